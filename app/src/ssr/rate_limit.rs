//! Fixed-window counters in the database, so that several server processes share one count.

use super::db::Db;

#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub max_hits: i64,
    pub window_seconds: i64,
}

/// Sign-in, reset and magic-link requests: per address and per network address.
pub const PER_EMAIL: Limit = Limit { max_hits: 5, window_seconds: 15 * 60 };
pub const PER_IP: Limit = Limit { max_hits: 30, window_seconds: 15 * 60 };

/// Counts one attempt in `bucket`; false when the limit for the current window is used up.
pub async fn hit(db: &Db, bucket: &str, limit: Limit, now: i64) -> sqlx::Result<bool> {
    let (hits,): (i64,) = sqlx::query_as(
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
         ON CONFLICT (bucket) DO UPDATE SET
             hits = CASE WHEN rate_limits.window_start <= $3 THEN 1 ELSE rate_limits.hits + 1 END,
             window_start = CASE WHEN rate_limits.window_start <= $3 THEN $2 ELSE rate_limits.window_start END
         RETURNING hits",
    )
    .bind(bucket)
    .bind(now)
    .bind(now - limit.window_seconds)
    .fetch_one(db.pool())
    .await?;
    Ok(hits <= limit.max_hits)
}

/// Forgets the count of `bucket`: after a successful sign-in, the person's earlier attempts no
/// longer count against them (a staff member signing in on several devices is not an attack).
pub async fn clear(db: &Db, bucket: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM rate_limits WHERE bucket = $1").bind(bucket).execute(db.pool()).await?;
    Ok(())
}
