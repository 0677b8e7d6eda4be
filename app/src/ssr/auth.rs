//! Sign-in for staff, partners and admins, and magic links for young people. A secret leaves the
//! server once (in a cookie or an email) and is stored only as its SHA-256 hash, so a copy of the
//! database opens no session.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use sha2::{Digest, Sha256};

use super::db::Db;
use super::links::{self, Link, LinkKey};
use crate::domain::policy::{Actor, Proof, Role};
use crate::domain::registration::CONSENT_AGE;

pub const SESSION_COOKIE: &str = "tp_session";
/// Staff and partners stay signed in for a working day.
pub const STAFF_SESSION_SECONDS: i64 = 12 * 3600;
/// A young person's "My registrations" stays open for a month on their phone.
pub const PARTICIPANT_SESSION_SECONDS: i64 = 30 * 24 * 3600;
pub const MIN_PASSWORD_CHARS: usize = 10;

/// A random token for a cookie or a link, and the hash that is stored.
pub struct Secret {
    pub token: String,
    pub hash: String,
}

pub fn new_secret() -> Secret {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    let token = hex(&bytes);
    let hash = hash_token(&token);
    Secret { token, hash }
}

pub fn hash_token(token: &str) -> String {
    hex(&Sha256::digest(token.as_bytes()))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Argon2id with the crate's defaults (19 MiB, 2 passes), as OWASP recommends.
pub fn hash_password(password: &str) -> String {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).expect("the operating system provides randomness");
    let salt = SaltString::encode_b64(&salt).expect("16 bytes make a valid salt");
    Argon2::default().hash_password(password.as_bytes(), &salt).expect("argon2 hashes any password").to_string()
}

/// A hash of no one's password, to verify against when an address has no account.
pub fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("decoy: no account has this password"))
}

fn verify_password(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored)
        .map(|hash| Argon2::default().verify_password(password.as_bytes(), &hash).is_ok())
        .unwrap_or(false)
}

/// Argon2 takes about 19 MiB and tens of milliseconds of one core: it runs on the blocking pool,
/// never on the async workers that serve pages, and at most this many at once, so that a burst
/// of sign-ins waits its turn instead of stalling every page on two cores.
static HASHING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(1);

async fn off_the_workers<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    let _turn = HASHING.acquire().await.expect("the semaphore is never closed");
    tokio::task::spawn_blocking(work).await.expect("password hashing does not panic")
}

/// Whether `password` matches the stored hash (or the decoy for an unknown address).
pub async fn password_matches(password: &str, stored: Option<&str>) -> bool {
    let (password, stored) = (password.to_owned(), stored.map(str::to_owned));
    off_the_workers(move || verify_password(&password, stored.as_deref().unwrap_or(decoy_hash()))).await
}

/// `hash_password` off the async workers.
pub async fn hash_password_off_thread(password: &str) -> String {
    let password = password.to_owned();
    off_the_workers(move || hash_password(&password)).await
}

/// Who a session belongs to.
pub enum SessionFor<'a> {
    User(i64),
    Participant(&'a str),
    /// A young person who joined with a code (or came back with their re-entry code).
    Joined(i64),
}

/// Starts a session and returns the token for the cookie.
pub async fn start_session(db: &Db, owner: SessionFor<'_>, now: i64) -> sqlx::Result<Secret> {
    let secret = new_secret();
    let (user_id, email, lifetime) = match owner {
        SessionFor::User(id) => (Some(id), None, STAFF_SESSION_SECONDS),
        SessionFor::Participant(email) => (None, Some(email), PARTICIPANT_SESSION_SECONDS),
        SessionFor::Joined(_) => (None, None, PARTICIPANT_SESSION_SECONDS),
    };
    sqlx::query(
        "INSERT INTO auth_sessions (token_hash, user_id, participant_email, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(&secret.hash)
    .bind(user_id)
    .bind(email)
    .bind(now)
    .bind(now + lifetime)
    .execute(db.pool())
    .await?;
    match owner {
        SessionFor::Participant(email) => open_people(db, &secret.hash, email, now).await?,
        SessionFor::Joined(participant_id) => {
            sqlx::query("INSERT INTO session_people (token_hash, participant_id, proof) VALUES ($1, $2, 'join')")
                .bind(&secret.hash)
                .bind(participant_id)
                .execute(db.pool())
                .await?;
        }
        SessionFor::User(_) => {}
    }
    Ok(secret)
}

/// The people a proven address opens: those registered with it, and the children under 16 whose
/// parent gave it (their own address wins where both apply).
async fn open_people(db: &Db, token_hash: &str, email: &str, now: i64) -> sqlx::Result<()> {
    let this_year = chrono::DateTime::from_timestamp(now, 0).map_or(1970, |at| i64::from(chrono::Datelike::year(&at)));
    // Whoever may still be 16 this year is a parent's to open (as `needs_consent` decides).
    let youngest_without_parent = this_year - CONSENT_AGE - 1;
    sqlx::query(
        "INSERT INTO session_people (token_hash, participant_id, proof)
         SELECT $1, id, CASE WHEN email = $2 THEN 'address' ELSE 'parent' END FROM participants
         WHERE email = $2 OR (parent_email = $2 AND birth_year > $3)",
    )
    .bind(token_hash)
    .bind(email)
    .bind(youngest_without_parent)
    .execute(db.pool())
    .await?;
    Ok(())
}

pub async fn end_session(db: &Db, token: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM auth_sessions WHERE token_hash = $1").bind(hash_token(token)).execute(db.pool()).await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    /// 1 for a young person's session (by magic link or join code), 0 for an account's.
    participant_session: i64,
    participant_email: Option<String>,
    user_id: Option<i64>,
    role: Option<String>,
    site_id: Option<i64>,
    organisation_id: Option<i64>,
    organisation_site_id: Option<i64>,
}

/// The actor behind a session token; expired sessions and disabled accounts are anonymous.
pub async fn actor_for_session(db: &Db, token: &str, now: i64) -> sqlx::Result<Actor> {
    let row: Option<SessionRow> = sqlx::query_as(
        "SELECT CAST(CASE WHEN s.user_id IS NULL THEN 1 ELSE 0 END AS BIGINT) AS participant_session, s.participant_email,
                u.id AS user_id, u.role, u.site_id, u.organisation_id,
                o.site_id AS organisation_site_id
         FROM auth_sessions s
         LEFT JOIN users u ON u.id = s.user_id AND u.disabled = 0
         LEFT JOIN organisations o ON o.id = u.organisation_id
         WHERE s.token_hash = $1 AND s.expires_at > $2",
    )
    .bind(hash_token(token))
    .bind(now)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else { return Ok(Actor::Anonymous) };
    if row.participant_session == 1 {
        let opened: Vec<(i64, String)> = sqlx::query_as(
            "SELECT participant_id, proof FROM session_people WHERE token_hash = $1 ORDER BY participant_id",
        )
        .bind(hash_token(token))
        .fetch_all(db.pool())
        .await?;
        let people = opened.into_iter().filter_map(|(id, proof)| Some((id, Proof::from_code(&proof)?))).collect();
        return Ok(Actor::Participant { email: row.participant_email, people });
    }
    let (Some(user_id), Some(role)) = (row.user_id, row.role.as_deref().and_then(Role::from_code)) else {
        return Ok(Actor::Anonymous);
    };
    Ok(match (role, row.site_id, row.organisation_id, row.organisation_site_id) {
        (Role::Admin, ..) => Actor::Admin { user_id },
        (Role::Staff, Some(site_id), ..) => Actor::Staff { user_id, site_id },
        (Role::Partner, _, Some(organisation_id), Some(site_id)) => {
            Actor::Partner { user_id, organisation_id, site_id }
        }
        // An account without the site or organisation its role needs can do nothing.
        _ => Actor::Anonymous,
    })
}

/// Why a link from an email does not work any more.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("unknown link")]
    Unknown,
    #[error("link already used")]
    Used,
    #[error("link expired")]
    Expired,
}

impl TokenError {
    /// The catalogue key of the message a reader sees.
    pub fn message_key(self) -> &'static str {
        match self {
            TokenError::Unknown => "link-unknown",
            TokenError::Used => "link-used",
            TokenError::Expired => "link-expired",
        }
    }
}

/// What a link from an email lets its holder do once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenPurpose {
    /// Set the password of an account: after an invitation or a reset request.
    SetPassword,
    /// Open "My registrations" of an email address.
    MagicLink,
}

impl TokenPurpose {
    fn code(self) -> &'static str {
        match self {
            TokenPurpose::SetPassword => "password",
            TokenPurpose::MagicLink => "magic",
        }
    }

    fn link(self, nonce: i64) -> Link {
        match self {
            TokenPurpose::SetPassword => Link::SetPassword(nonce),
            TokenPurpose::MagicLink => Link::MagicLink(nonce),
        }
    }
}

/// How long links stay valid.
pub const RESET_LINK_SECONDS: i64 = 3600;
pub const INVITE_LINK_SECONDS: i64 = 7 * 24 * 3600;
pub const MAGIC_LINK_SECONDS: i64 = 30 * 60;

/// Creates a single-use token inside the caller's transaction, beside the message that carries it.
/// The token is signed with the key and stored only as its hash; the link names the nonce it
/// signs, so that the outbox can hold the link without its secret and the worker make it again.
pub async fn issue_token(
    tx: &mut sqlx::AnyConnection,
    purpose: TokenPurpose,
    (user_id, email): (Option<i64>, &str),
    now: i64,
    lifetime_seconds: i64,
    key: &LinkKey,
) -> sqlx::Result<Link> {
    let link = purpose.link(links::nonce());
    let hash = hash_token(&link.token(key));
    sqlx::query(
        "INSERT INTO auth_tokens (token_hash, purpose, user_id, email, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(&hash)
    .bind(purpose.code())
    .bind(user_id)
    .bind(email)
    .bind(now)
    .bind(now + lifetime_seconds)
    .execute(&mut *tx)
    .await?;
    Ok(link)
}

/// What a redeemed token was issued for.
#[derive(Debug, sqlx::FromRow)]
pub struct Redeemed {
    pub user_id: Option<i64>,
    pub email: String,
}

/// Uses a token once: the update that marks it used is also the check, so two clicks on the
/// same link cannot both succeed.
pub async fn redeem_token(
    tx: &mut sqlx::AnyConnection,
    purpose: TokenPurpose,
    token: &str,
    now: i64,
) -> sqlx::Result<Result<Redeemed, TokenError>> {
    let hash = hash_token(token);
    let redeemed: Option<Redeemed> = sqlx::query_as(
        "UPDATE auth_tokens SET used_at = $1
         WHERE token_hash = $2 AND purpose = $3 AND used_at IS NULL AND expires_at > $1
         RETURNING user_id, email",
    )
    .bind(now)
    .bind(&hash)
    .bind(purpose.code())
    .fetch_optional(&mut *tx)
    .await?;
    if let Some(redeemed) = redeemed {
        return Ok(Ok(redeemed));
    }
    let state: Option<(Option<i64>,)> =
        sqlx::query_as("SELECT used_at FROM auth_tokens WHERE token_hash = $1 AND purpose = $2")
            .bind(&hash)
            .bind(purpose.code())
            .fetch_optional(&mut *tx)
            .await?;
    Ok(Err(match state {
        None => TokenError::Unknown,
        Some((Some(_),)) => TokenError::Used,
        Some((None,)) => TokenError::Expired,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_themselves() {
        let stored = hash_password("lange genug 123");
        assert!(stored.starts_with("$argon2id$"));
        assert!(verify_password("lange genug 123", &stored));
        assert!(!verify_password("lange genug 124", &stored));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn secrets_are_random_and_stored_hashed() {
        let (a, b) = (new_secret(), new_secret());
        assert_ne!(a.token, b.token);
        assert_eq!(a.token.len(), 64);
        assert_eq!(a.hash, hash_token(&a.token));
        assert_ne!(a.hash, a.token);
    }
}
