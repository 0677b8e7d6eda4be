//! The dates that calendar feeds carry: scheduled and cancelled ones (a cancelled date stays in
//! the feed as cancelled, so that subscribed calendars remove it), from a month back.

use sqlx::FromRow;

use super::Db;
use crate::i18n::Lang;

/// Whose dates a feed holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedScope<'a> {
    /// The dates a person holds a place for (their private feed).
    Participant(&'a str),
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

/// What a calendar needs of a date, from `sessions s`, `offers o` and `venues v`, with the title
/// and description in the content language bound as `$3` (see `offers::title_for_sql`).
fn date_columns() -> String {
    format!(
        "s.id AS session_id, o.id AS offer_id, {} AS title,
         COALESCE((SELECT t.description FROM offer_translations t
                   WHERE t.offer_id = o.id AND t.lang = $3 AND t.description <> ''), o.description) AS description,
         s.starts_at, s.ends_at,
         CASE WHEN s.status = 'cancelled' OR o.status = 'cancelled' THEN 1 ELSE 0 END AS cancelled,
         s.revision, s.changed_at, v.name AS venue, v.street || ', ' || v.postal_code || ' ' || v.city AS address",
        super::offers::title_for_sql("$3")
    )
}

/// The dates of `scope` for a reader of `lang`.
pub async fn dates(db: &Db, scope: FeedScope<'_>, from: i64, lang: Lang) -> sqlx::Result<Vec<FeedDate>> {
    dates_in(&mut *db.pool().acquire().await?, scope, from, lang).await
}

/// The same, on the caller's connection (an invite written in the transaction that causes it).
pub async fn dates_in(
    conn: &mut sqlx::AnyConnection,
    scope: FeedScope<'_>,
    from: i64,
    lang: Lang,
) -> sqlx::Result<Vec<FeedDate>> {
    // An offer's own feed shows it whoever may see it (the route decides); the feeds of many offers
    // show public ones only.
    let (column, id, shown) = match scope {
        FeedScope::Participant(email) => return participant_dates(conn, email, from, lang).await,
        FeedScope::Offer(id) => ("o.id", id, ""),
        FeedScope::Programme(id) => ("o.programme_id", id, "AND o.visibility = 'public'"),
        FeedScope::Organisation(id) => ("o.organisation_id", id, "AND o.visibility = 'public'"),
        FeedScope::Site(id) => ("o.site_id", id, "AND o.visibility = 'public'"),
    };
    let sql = format!(
        "SELECT {}
         FROM sessions s
         JOIN offers o ON o.id = s.offer_id
         LEFT JOIN venues v ON v.id = o.venue_id
         WHERE {column} = $1 AND o.status IN ('published', 'cancelled') {shown} AND s.ends_at > $2
         ORDER BY s.starts_at, s.id LIMIT {FEED_LIMIT}",
        date_columns()
    );
    // Only fixed SQL (a column name, a condition, the columns, a constant) is formatted into the
    // statement; values are bound.
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).bind(from).bind(lang.content_code()).fetch_all(&mut *conn).await
}

/// The dates of the offers (or single dates) `email` holds a confirmed place for.
async fn participant_dates(
    conn: &mut sqlx::AnyConnection,
    email: &str,
    from: i64,
    lang: Lang,
) -> sqlx::Result<Vec<FeedDate>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT {}
         FROM participants p
         JOIN registrations r ON r.participant_id = p.id
         JOIN offers o ON o.id = r.offer_id
         JOIN sessions s ON s.offer_id = o.id AND (r.session_id IS NULL OR r.session_id = s.id)
         LEFT JOIN venues v ON v.id = o.venue_id
         WHERE p.email = $1 AND r.status = 'confirmed' AND s.ends_at > $2
         ORDER BY s.starts_at, s.id LIMIT 1000",
        date_columns()
    )))
    .bind(email)
    .bind(from)
    .bind(lang.content_code())
    .fetch_all(&mut *conn)
    .await
}

/// A new secret address for `email`'s private feed; the old one stops working.
pub async fn renew_private_feed(db: &Db, email: &str, now: i64) -> sqlx::Result<String> {
    let secret = crate::ssr::auth::new_secret();
    let mut tx = db.write().await?;
    sqlx::query("DELETE FROM calendar_feeds WHERE email = $1").bind(email).execute(&mut *tx).await?;
    sqlx::query("INSERT INTO calendar_feeds (token_hash, email, created_at) VALUES ($1, $2, $3)")
        .bind(&secret.hash)
        .bind(email)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(secret.token)
}

/// Whose private feed `token` opens, if it is the current one.
pub async fn private_feed_owner(db: &Db, token: &str) -> sqlx::Result<Option<String>> {
    let owner: Option<(String,)> = sqlx::query_as("SELECT email FROM calendar_feeds WHERE token_hash = $1")
        .bind(crate::ssr::auth::hash_token(token))
        .fetch_optional(db.pool())
        .await?;
    Ok(owner.map(|(email,)| email))
}
