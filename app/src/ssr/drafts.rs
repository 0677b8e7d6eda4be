//! Typed values and errors of a long form that did not validate, kept for a quarter of an hour for
//! the person who typed them, and handed out once.

use super::auth::{hash_token, new_secret};
use super::db::Db;
use crate::domain::offer_form::{Errors, Fields};

const KEEP_SECONDS: i64 = 15 * 60;

/// Stores the draft of the account `user_id` (None: of whoever holds the token) and returns the
/// token for the redirect.
pub async fn save(db: &Db, user_id: Option<i64>, fields: &Fields, errors: &Errors, now: i64) -> sqlx::Result<String> {
    let secret = new_secret();
    let encode = |value| serde_json::to_string(value).expect("string maps always encode");
    sqlx::query("DELETE FROM form_drafts WHERE expires_at < $1").bind(now).execute(db.pool()).await?;
    sqlx::query(
        "INSERT INTO form_drafts (token_hash, user_id, fields, errors, expires_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&secret.hash)
    .bind(user_id)
    .bind(encode(fields))
    .bind(encode(errors))
    .bind(now + KEEP_SECONDS)
    .execute(db.pool())
    .await?;
    Ok(secret.token)
}

/// The draft behind `token` if it belongs to `user_id` (None: a draft of nobody's account) and
/// has not expired; it is removed.
pub async fn take(db: &Db, user_id: Option<i64>, token: &str, now: i64) -> sqlx::Result<Option<(Fields, Errors)>> {
    let row: Option<(String, String)> = sqlx::query_as(
        "DELETE FROM form_drafts
         WHERE token_hash = $1 AND (user_id = $2 OR (user_id IS NULL AND $2 IS NULL)) AND expires_at > $3
         RETURNING fields, errors",
    )
    .bind(hash_token(token))
    .bind(user_id)
    .bind(now)
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(|(fields, errors)| {
        (serde_json::from_str(&fields).unwrap_or_default(), serde_json::from_str(&errors).unwrap_or_default())
    }))
}
