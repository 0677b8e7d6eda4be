//! Holds for a funder's audit: one offer's list kept beyond its period, until the hold's last day
//! (see `domain::hold`). Retention skips a held offer's registrations; a deletion request during a
//! hold restricts them instead (`service::participants::delete`).

use chrono_tz::Tz;
use sqlx::{AnyConnection, FromRow};

use crate::domain::hold::Hold;
use crate::domain::schedule::day_end;
use crate::ssr::audit::{self, Entry};
use crate::ssr::db::Db;

/// The condition that offer `{offer}` is held at `$now` (an SQL fragment shared by retention and
/// deletion; `$now` is the caller's parameter).
pub fn held_at(offer: &str, now: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM retention_holds h WHERE h.offer_id = {offer} AND h.ended_at IS NULL
                 AND h.until_at > {now})"
    )
}

/// A hold that lasts, as pages show it.
#[derive(Debug, Clone, FromRow)]
pub struct Active {
    pub offer_id: i64,
    pub title: String,
    pub reason: String,
    pub until_day: String,
}

/// Keeps offer `offer_id`'s list until the end of `hold.until` in the site's time zone; a new
/// hold replaces one that lasts (to extend or shorten it). Audited.
pub async fn place(db: &Db, (offer_id, zone): (i64, Tz), hold: &Hold, user_id: i64, now: i64) -> sqlx::Result<()> {
    let mut tx = db.write().await?;
    end_active(&mut tx, offer_id, now).await?;
    let until_at = day_end(zone, hold.until);
    sqlx::query(
        "INSERT INTO retention_holds (offer_id, reason, until_day, until_at, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(offer_id)
    .bind(&hold.reason)
    .bind(hold.until.to_string())
    .bind(until_at)
    .bind(user_id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    let detail = format!("until {}: {}", hold.until, hold.reason);
    let entry =
        Entry { action: "retention-hold-placed", object_type: "offer", object_id: Some(offer_id), detail: &detail };
    audit::record(&mut tx, Some(user_id), entry, now).await?;
    tx.commit().await
}

/// Ends offer `offer_id`'s hold now: what is past its period goes with the next run. False when
/// none lasted.
pub async fn end(db: &Db, offer_id: i64, user_id: i64, now: i64) -> sqlx::Result<bool> {
    let mut tx = db.write().await?;
    if end_active(&mut tx, offer_id, now).await? == 0 {
        return Ok(false);
    }
    let entry = Entry { action: "retention-hold-ended", object_type: "offer", object_id: Some(offer_id), detail: "" };
    audit::record(&mut tx, Some(user_id), entry, now).await?;
    tx.commit().await?;
    Ok(true)
}

async fn end_active(tx: &mut AnyConnection, offer_id: i64, now: i64) -> sqlx::Result<u64> {
    let ended = sqlx::query(
        "UPDATE retention_holds SET ended_at = $2 WHERE offer_id = $1 AND ended_at IS NULL AND until_at > $2",
    )
    .bind(offer_id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    Ok(ended.rows_affected())
}

/// The holds that last at `now`, of one offer (`Some`) or of all (admins' privacy page).
pub async fn active(conn: &mut AnyConnection, offer_id: Option<i64>, now: i64) -> sqlx::Result<Vec<Active>> {
    sqlx::query_as(
        "SELECT h.offer_id, o.title, h.reason, h.until_day FROM retention_holds h JOIN offers o ON o.id = h.offer_id
         WHERE h.ended_at IS NULL AND h.until_at > $1 AND ($2 IS NULL OR h.offer_id = $2)
         ORDER BY h.until_day, h.id LIMIT 500",
    )
    .bind(now)
    .bind(offer_id)
    .fetch_all(&mut *conn)
    .await
}
