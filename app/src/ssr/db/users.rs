//! Accounts of admins, staff and partners. Email addresses are stored trimmed and lower-case, so
//! that "Frau.Yilmaz@…" and "frau.yilmaz@…" are one account.

use sqlx::FromRow;

use super::Db;
use crate::domain::email;
use crate::domain::policy::Role;

#[derive(Debug, Clone, FromRow)]
pub struct Credentials {
    pub id: i64,
    pub password_hash: Option<String>,
}

/// The stored password of an enabled account.
pub async fn credentials(db: &Db, email: &str) -> sqlx::Result<Option<Credentials>> {
    sqlx::query_as("SELECT id, password_hash FROM users WHERE email = $1 AND disabled = 0")
        .bind(email::normalise(email))
        .fetch_optional(db.pool())
        .await
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub role: Role,
    pub site_id: Option<i64>,
    pub organisation_id: Option<i64>,
    pub lang: &'a str,
}

/// Creates an account without a password; None when the address has one already.
pub async fn insert(tx: &mut sqlx::AnyConnection, user: &NewUser<'_>, now: i64) -> sqlx::Result<Option<i64>> {
    sqlx::query_as::<_, (i64,)>(
        "INSERT INTO users (email, display_name, role, site_id, organisation_id, lang, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (email) DO NOTHING RETURNING id",
    )
    .bind(email::normalise(user.email))
    .bind(user.display_name.trim())
    .bind(user.role.code())
    .bind(user.site_id)
    .bind(user.organisation_id)
    .bind(user.lang)
    .bind(now)
    .fetch_optional(&mut *tx)
    .await
    .map(|row| row.map(|(id,)| id))
}

/// Sets a new password and ends every session of the account, as a reset should.
pub async fn set_password(tx: &mut sqlx::AnyConnection, user_id: i64, password_hash: &str) -> sqlx::Result<()> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(password_hash)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM auth_sessions WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
    Ok(())
}

#[derive(Debug, Clone, FromRow)]
pub struct Account {
    pub id: i64,
    pub email: String,
    pub display_name: String,
    #[sqlx(try_from = "String")]
    pub role: Role,
    pub organisation: Option<String>,
    pub site: Option<String>,
    pub has_password: i64,
}

/// Accounts of one site (its staff and its organisations' partners), or of all sites.
pub async fn list(db: &Db, site_id: Option<i64>) -> sqlx::Result<Vec<Account>> {
    sqlx::query_as(
        "SELECT u.id, u.email, u.display_name, u.role, o.name AS organisation, s.name AS site,
                CASE WHEN u.password_hash IS NULL THEN 0 ELSE 1 END AS has_password
         FROM users u
         LEFT JOIN organisations o ON o.id = u.organisation_id
         LEFT JOIN sites s ON s.id = COALESCE(u.site_id, o.site_id)
         WHERE $1 IS NULL OR s.id = $1
         ORDER BY u.role, u.email
         LIMIT 500",
    )
    .bind(site_id)
    .fetch_all(db.pool())
    .await
}

#[derive(Debug, Clone, FromRow)]
pub struct OrganisationChoice {
    pub id: i64,
    pub site_id: i64,
    pub name: String,
    /// Its kind code: the site's own service ("jmd") leads a new offer unless staff pick another.
    pub kind: String,
    /// 1 when it takes part no more: offered only where it is already chosen.
    pub archived: i64,
}

/// The organisations an inviter may pick from: those of one site, or all for admins.
/// How an account signs its messages: the name it was invited with.
pub async fn display_name(conn: &mut sqlx::AnyConnection, id: i64) -> sqlx::Result<Option<String>> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT display_name FROM users WHERE id = $1").bind(id).fetch_optional(&mut *conn).await?;
    Ok(row.map(|(name,)| name))
}

pub async fn organisations(db: &Db, site_id: Option<i64>) -> sqlx::Result<Vec<OrganisationChoice>> {
    sqlx::query_as(
        "SELECT id, site_id, name, kind, archived FROM organisations WHERE ($1 IS NULL OR site_id = $1) ORDER BY name LIMIT 500",
    )
    .bind(site_id)
    .fetch_all(db.pool())
    .await
}

/// One organisation, for checking what a form names.
pub async fn organisation(db: &Db, id: i64) -> sqlx::Result<Option<OrganisationChoice>> {
    sqlx::query_as("SELECT id, site_id, name, kind, archived FROM organisations WHERE id = $1")
        .bind(id)
        .fetch_optional(db.pool())
        .await
}
