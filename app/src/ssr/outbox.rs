//! Every outgoing email is a row written in the same transaction as its cause; a worker delivers
//! it later. A message is never lost because a mail server was down, and never sent for a change
//! that was rolled back.

use sqlx::FromRow;

use super::db::Db;
use crate::i18n::Lang;

/// A message ready to send, already written in the recipient's language.
#[derive(Debug, Clone)]
pub struct Email {
    pub kind: &'static str,
    pub recipient: String,
    pub lang: Lang,
    pub subject: String,
    pub body_text: String,
}

pub async fn enqueue(tx: &mut sqlx::AnyConnection, email: &Email, now: i64) -> sqlx::Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO outbox (kind, recipient, lang, subject, body_text, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(email.kind)
    .bind(&email.recipient)
    .bind(email.lang.code())
    .bind(&email.subject)
    .bind(&email.body_text)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    Ok(id)
}

#[derive(Debug, Clone, FromRow)]
pub struct Pending {
    pub id: i64,
    pub kind: String,
    pub recipient: String,
    pub lang: String,
    pub subject: String,
    pub body_text: String,
    pub attempts: i64,
}

/// The oldest unsent messages that have attempts left.
pub async fn pending(db: &Db, max_attempts: i64, limit: i64) -> sqlx::Result<Vec<Pending>> {
    sqlx::query_as(
        "SELECT id, kind, recipient, lang, subject, body_text, attempts FROM outbox
         WHERE sent_at IS NULL AND attempts < $1 ORDER BY id LIMIT $2",
    )
    .bind(max_attempts)
    .bind(limit)
    .fetch_all(db.pool())
    .await
}

pub async fn mark_sent(db: &Db, id: i64, now: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE outbox SET sent_at = $1, attempts = attempts + 1, last_error = NULL WHERE id = $2")
        .bind(now)
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(())
}

pub async fn mark_failed(db: &Db, id: i64, error: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE outbox SET attempts = attempts + 1, last_error = $1 WHERE id = $2")
        .bind(error)
        .bind(id)
        .execute(db.pool())
        .await?;
    Ok(())
}
