//! Sites: one youth migration service each (JMD Köln, JMD Bonn), with the time zone its dates
//! are planned in.

use chrono_tz::Tz;

use super::Db;
use crate::domain::site_mail::SiteMail;

/// Every site (id, name), for an admin's choices.
pub async fn list(db: &Db) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as("SELECT id, name FROM sites ORDER BY name LIMIT 1000").fetch_all(db.pool()).await
}

/// Whether there is a site with this id (an admin's form names one).
pub async fn exists(db: &Db, site_id: i64) -> sqlx::Result<bool> {
    let found: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM sites WHERE id = $1").bind(site_id).fetch_optional(db.pool()).await?;
    Ok(found.is_some())
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

/// The sender a site chose for its messages (empty parts: the server's own).
pub async fn site_sender(db: &Db, site_id: i64) -> sqlx::Result<SiteMail> {
    let row: Option<(Option<String>, Option<String>, Option<String>)> =
        sqlx::query_as("SELECT mail_from_name, mail_from_address, mail_reply_to FROM sites WHERE id = $1")
            .bind(site_id)
            .fetch_optional(db.pool())
            .await?;
    Ok(row
        .map(|(from_name, from_address, reply_to)| SiteMail { from_name, from_address, reply_to })
        .unwrap_or_default())
}

/// The site's name and sender settings, for its settings page.
pub async fn name_and_sender(db: &Db, site_id: i64) -> sqlx::Result<Option<(String, SiteMail)>> {
    let Some((name,)): Option<(String,)> =
        sqlx::query_as("SELECT name FROM sites WHERE id = $1").bind(site_id).fetch_optional(db.pool()).await?
    else {
        return Ok(None);
    };
    Ok(Some((name, site_sender(db, site_id).await?)))
}
