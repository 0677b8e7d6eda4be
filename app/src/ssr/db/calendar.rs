//! The dates that calendar feeds carry: scheduled and cancelled ones (a cancelled date stays in
//! the feed as cancelled, so that subscribed calendars remove it), from a month back.

use sqlx::FromRow;

use super::Db;

/// Whose dates a feed holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedScope {
    Offer(i64),
    Programme(i64),
    Organisation(i64),
    Site(i64),
}

#[derive(Debug, Clone, FromRow)]
pub struct FeedDate {
    pub session_id: i64,
    pub offer_id: i64,
    pub title: String,
    pub description: String,
    pub starts_at: i64,
    pub ends_at: i64,
    pub cancelled: i64,
    pub revision: i64,
    pub changed_at: i64,
    pub venue: Option<String>,
    pub address: Option<String>,
}

/// Most dates in one feed: a year of a busy site.
const FEED_LIMIT: i64 = 1000;

pub async fn dates(db: &Db, scope: FeedScope, from: i64) -> sqlx::Result<Vec<FeedDate>> {
    dates_in(&mut *db.pool().acquire().await?, scope, from).await
}

/// The same, on the caller's connection (an invite written in the transaction that causes it).
pub async fn dates_in(conn: &mut sqlx::AnyConnection, scope: FeedScope, from: i64) -> sqlx::Result<Vec<FeedDate>> {
    let (column, id) = match scope {
        FeedScope::Offer(id) => ("o.id", id),
        FeedScope::Programme(id) => ("o.programme_id", id),
        FeedScope::Organisation(id) => ("o.organisation_id", id),
        FeedScope::Site(id) => ("o.site_id", id),
    };
    let sql = format!(
        "SELECT s.id AS session_id, o.id AS offer_id, o.title, o.description, s.starts_at, s.ends_at,
                CASE WHEN s.status = 'cancelled' OR o.status = 'cancelled' THEN 1 ELSE 0 END AS cancelled,
                s.revision, s.changed_at, v.name AS venue,
                v.street || ', ' || v.postal_code || ' ' || v.city AS address
         FROM sessions s
         JOIN offers o ON o.id = s.offer_id
         LEFT JOIN venues v ON v.id = o.venue_id
         WHERE {column} = $1 AND o.status IN ('published', 'cancelled') AND s.ends_at > $2
         ORDER BY s.starts_at, s.id LIMIT {FEED_LIMIT}"
    );
    // Only a fixed column name and a constant are formatted into the statement; values are bound.
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).bind(from).fetch_all(&mut *conn).await
}
