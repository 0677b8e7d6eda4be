//! Sites: one youth migration service each (JMD Köln, JMD Bonn), with the time zone its dates
//! are planned in.

use chrono_tz::Tz;

use super::Db;

/// Every site (id, name), for an admin's choices.
pub async fn list(db: &Db) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as("SELECT id, name FROM sites ORDER BY name LIMIT 1000").fetch_all(db.pool()).await
}

/// The zone a site plans in; Berlin when the stored name is unknown.
pub async fn time_zone(db: &Db, site_id: i64) -> sqlx::Result<Tz> {
    let (zone,): (String,) =
        sqlx::query_as("SELECT time_zone FROM sites WHERE id = $1").bind(site_id).fetch_one(db.pool()).await?;
    Ok(zone.parse().unwrap_or(chrono_tz::Europe::Berlin))
}

/// The site with this address part ("koeln"): its id and name.
pub async fn find_by_slug(db: &Db, slug: &str) -> sqlx::Result<Option<(i64, String)>> {
    sqlx::query_as("SELECT id, name FROM sites WHERE slug = $1").bind(slug).fetch_optional(db.pool()).await
}
