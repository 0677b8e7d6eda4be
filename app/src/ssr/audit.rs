//! What staff, partners and admins did: who, what, when, on which object. Admins read it.

use sqlx::FromRow;

use super::db::Db;

pub struct Entry<'a> {
    pub action: &'a str,
    pub object_type: &'a str,
    pub object_id: Option<i64>,
    pub detail: &'a str,
}

/// Records an action of the account `actor_user_id` (None: done by the system).
pub async fn record(
    tx: &mut sqlx::AnyConnection,
    actor_user_id: Option<i64>,
    entry: Entry<'_>,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (actor_user_id, action, object_type, object_id, detail, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(actor_user_id)
    .bind(entry.action)
    .bind(entry.object_type)
    .bind(entry.object_id)
    .bind(entry.detail)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

#[derive(Debug, Clone, FromRow)]
pub struct LoggedAction {
    pub actor: Option<String>,
    pub action: String,
    pub object_type: String,
    pub object_id: Option<i64>,
    pub detail: String,
    pub created_at: i64,
}

pub async fn latest(db: &Db, limit: i64) -> sqlx::Result<Vec<LoggedAction>> {
    sqlx::query_as(
        "SELECT u.email AS actor, a.action, a.object_type, a.object_id, a.detail, a.created_at
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id
         ORDER BY a.created_at DESC, a.id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(db.pool())
    .await
}
