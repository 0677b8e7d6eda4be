//! Joining a site's co-design with a code that staff hand to a group or an event, without an
//! email address: a nickname, a year of birth, a language, and a session on this phone. A
//! re-entry code, shown once, opens the session again on another phone.

use sqlx::FromRow;

use crate::domain::co_design_form::{CODE_ALPHABET, JOIN_CODE_LEN, Joining, REENTRY_CODE_LEN, grouped};
use crate::domain::registration::name_key;
use crate::ssr::audit::{self, Entry};
use crate::ssr::auth::{Secret, SessionFor, start_session};
use crate::ssr::db::Db;
use crate::ssr::links::LinkKey;
use crate::ssr::rate_limit::{self, Counted, Limit};

/// Joins with one code in a quarter of an hour: a whole class at once, not a script.
pub const PER_CODE: Limit = Limit { max_hits: 60, window_seconds: 15 * 60 };
/// Tries of codes (join and re-entry) from one network: enough for a school's Wi-Fi, too few to
/// guess a code.
pub const CODE_TRIES_PER_NETWORK: Limit = Limit { max_hits: 120, window_seconds: 15 * 60 };

fn random_code(len: usize) -> String {
    let mut bytes = vec![0u8; len];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    // 256 is not a multiple of the alphabet's 31 letters; the slight lean towards the first
    // letters costs less than a bit of a 40-bit code.
    bytes.iter().map(|b| CODE_ALPHABET[usize::from(*b) % CODE_ALPHABET.len()] as char).collect()
}

/// The re-entry code as stored: keyed, so that a copy of the database cannot try all codes.
fn reentry_hash(key: &LinkKey, code: &str) -> String {
    key.digest(&[b"reentry", code.as_bytes()])
}

/// A join code as staff see it: who may join with it and how many did.
#[derive(Debug, Clone, FromRow)]
pub struct JoinCode {
    pub id: i64,
    pub label: String,
    pub code: String,
    pub max_joins: i64,
    pub valid_until: i64,
    pub revoked_at: Option<i64>,
    pub joined: i64,
}

pub struct NewCode<'a> {
    pub site_id: i64,
    pub label: &'a str,
    pub max_joins: i64,
    pub valid_until: i64,
}

/// `user_id`: the staff member (None: the demo loader). Returns the id and the code.
pub async fn create_code(db: &Db, code: NewCode<'_>, user_id: Option<i64>, now: i64) -> sqlx::Result<(i64, String)> {
    let mut tx = db.write().await?;
    let text = random_code(JOIN_CODE_LEN);
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO join_codes (site_id, label, code, max_joins, valid_until, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
    )
    .bind(code.site_id)
    .bind(code.label)
    .bind(&text)
    .bind(code.max_joins)
    .bind(code.valid_until)
    .bind(user_id)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    let entry = Entry { action: "join-code-created", object_type: "join_code", object_id: Some(id), detail: "" };
    audit::record(&mut tx, user_id, entry, now).await?;
    tx.commit().await?;
    Ok((id, text))
}

/// Ends a code of `site_id` at once; those who joined with it stay.
pub async fn revoke_code(db: &Db, site_id: i64, id: i64, user_id: i64, now: i64) -> sqlx::Result<bool> {
    let mut tx = db.write().await?;
    let revoked =
        sqlx::query("UPDATE join_codes SET revoked_at = $1 WHERE id = $2 AND site_id = $3 AND revoked_at IS NULL")
            .bind(now)
            .bind(id)
            .bind(site_id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            == 1;
    if revoked {
        let entry = Entry { action: "join-code-revoked", object_type: "join_code", object_id: Some(id), detail: "" };
        audit::record(&mut tx, Some(user_id), entry, now).await?;
    }
    tx.commit().await?;
    Ok(revoked)
}

/// The site's codes, newest first, with how many joined with each.
pub async fn codes(db: &Db, site_id: i64) -> sqlx::Result<Vec<JoinCode>> {
    sqlx::query_as(
        "SELECT c.id, c.label, c.code, c.max_joins, c.valid_until, c.revoked_at,
                (SELECT COUNT(*) FROM participants p WHERE p.join_code_id = c.id) AS joined
         FROM join_codes c WHERE c.site_id = $1 ORDER BY c.id DESC LIMIT 100",
    )
    .bind(site_id)
    .fetch_all(db.pool())
    .await
}

pub async fn site_of_code(db: &Db, id: i64) -> sqlx::Result<Option<i64>> {
    let found: Option<(i64,)> =
        sqlx::query_as("SELECT site_id FROM join_codes WHERE id = $1").bind(id).fetch_optional(db.pool()).await?;
    Ok(found.map(|(site,)| site))
}

/// Who joined with a code: nicknames for staff, never for public pages.
pub async fn joined_with(db: &Db, site_id: i64, code_id: i64) -> sqlx::Result<Vec<Joiner>> {
    sqlx::query_as(
        "SELECT p.id, p.first_name AS nickname, p.birth_year, p.join_confirmed_at
         FROM participants p JOIN join_codes c ON c.id = p.join_code_id
         WHERE c.id = $1 AND c.site_id = $2 ORDER BY p.id LIMIT 500",
    )
    .bind(code_id)
    .bind(site_id)
    .fetch_all(db.pool())
    .await
}

/// Someone who joined with a code, as staff see them.
#[derive(Debug, Clone, FromRow)]
pub struct Joiner {
    pub id: i64,
    pub nickname: String,
    pub birth_year: i64,
    /// When staff confirmed they belong to the group: then they vote.
    pub join_confirmed_at: Option<i64>,
}

/// Staff confirm that one person (`participant_id`), or everyone who joined with code `code_id`,
/// belongs to the group; returns how many were confirmed now.
pub async fn confirm(
    db: &Db,
    (site_id, code_id): (i64, i64),
    participant_id: Option<i64>,
    user_id: Option<i64>,
    now: i64,
) -> sqlx::Result<u64> {
    let mut tx = db.write().await?;
    let confirmed = sqlx::query(
        "UPDATE participants SET join_confirmed_at = $1
         WHERE join_code_id = $2 AND join_confirmed_at IS NULL AND ($3 IS NULL OR id = $3)
           AND join_code_id IN (SELECT id FROM join_codes WHERE site_id = $4)",
    )
    .bind(now)
    .bind(code_id)
    .bind(participant_id)
    .bind(site_id)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    let detail = confirmed.to_string();
    let entry = Entry { action: "join-confirmed", object_type: "join_code", object_id: Some(code_id), detail: &detail };
    audit::record(&mut tx, user_id, entry, now).await?;
    tx.commit().await?;
    Ok(confirmed)
}

/// What a code is for, shown before joining.
#[derive(Debug, Clone, FromRow)]
pub struct CodeInvitation {
    pub label: String,
    pub site: String,
}

/// The group and site of a code that still takes people; None for an unknown, ended or full code.
pub async fn invitation(db: &Db, code: &str, now: i64) -> sqlx::Result<Option<CodeInvitation>> {
    sqlx::query_as(
        "SELECT c.label, s.name AS site FROM join_codes c JOIN sites s ON s.id = c.site_id
         WHERE c.code = $1 AND c.revoked_at IS NULL AND c.valid_until > $2
           AND (SELECT COUNT(*) FROM participants p WHERE p.join_code_id = c.id) < c.max_joins",
    )
    .bind(code)
    .bind(now)
    .fetch_optional(db.pool())
    .await
}

pub enum Joined {
    /// The session for the cookie, and the re-entry code to show once.
    Welcome {
        session: Secret,
        reentry: String,
    },
    /// Unknown, revoked, past its day or full: one answer, so that nobody learns which.
    CodeNotValid,
    Limited,
}

#[derive(FromRow)]
struct OpenCode {
    id: i64,
    site_id: i64,
    max_joins: i64,
}

/// Makes a participant of `joining` if the code takes them: checked and written in one write
/// transaction, so that two phones at once cannot pass the cap together.
pub async fn join(db: &Db, key: &LinkKey, joining: &Joining, network: &str, now: i64) -> sqlx::Result<Joined> {
    let network_bucket = Counted::Network { what: "code-try", network }.bucket(key);
    if !rate_limit::hit(db, &network_bucket, CODE_TRIES_PER_NETWORK, now).await? {
        return Ok(Joined::Limited);
    }
    let mut tx = db.write().await?;
    let lock = match db.backend() {
        crate::ssr::db::Backend::Postgres => "FOR UPDATE",
        crate::ssr::db::Backend::Sqlite => "",
    };
    let sql = format!(
        "SELECT id, site_id, max_joins FROM join_codes WHERE code = $1 AND revoked_at IS NULL AND valid_until > $2 {lock}"
    );
    let code: Option<OpenCode> =
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(&joining.code).bind(now).fetch_optional(&mut *tx).await?;
    let Some(code) = code else { return Ok(Joined::CodeNotValid) };
    let code_bucket = Counted::Link { what: "join-code", address: &joining.code }.bucket(key);
    if !rate_limit::hit_in(&mut tx, &code_bucket, PER_CODE, now).await? {
        tx.commit().await?;
        return Ok(Joined::Limited);
    }
    let (joined,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM participants WHERE join_code_id = $1")
        .bind(code.id)
        .fetch_one(&mut *tx)
        .await?;
    if joined >= code.max_joins {
        tx.commit().await?;
        return Ok(Joined::CodeNotValid);
    }
    let reentry = random_code(REENTRY_CODE_LEN);
    // The name key of a nickname is its own: no registration form can match or reach it.
    let (participant_id,): (i64,) = sqlx::query_as(
        "INSERT INTO participants (site_id, email, first_name, name_key, birth_year, lang, created_at, updated_at,
                                   join_code_id, reentry_hash)
         VALUES ($1, NULL, $2, $3, $4, $5, $6, $6, $7, $8) RETURNING id",
    )
    .bind(code.site_id)
    .bind(&joining.nickname)
    .bind(format!("joined:{}:{}", code.id, name_key(&joining.nickname)))
    .bind(joining.birth_year)
    .bind(&joining.lang)
    .bind(now)
    .bind(code.id)
    .bind(reentry_hash(key, &reentry))
    .fetch_one(&mut *tx)
    .await?;
    tx.commit().await?;
    let session = start_session(db, SessionFor::Joined(participant_id), now).await?;
    Ok(Joined::Welcome { session, reentry: grouped(&reentry) })
}

pub enum Reentered {
    Welcome(Secret),
    Unknown,
    Limited,
}

/// A new session for whoever holds a re-entry code; the code stays valid (it is the person's
/// key, like a password they were given).
pub async fn reenter(db: &Db, key: &LinkKey, typed: &str, network: &str, now: i64) -> sqlx::Result<Reentered> {
    let bucket = Counted::Network { what: "code-try", network }.bucket(key);
    if !rate_limit::hit(db, &bucket, CODE_TRIES_PER_NETWORK, now).await? {
        return Ok(Reentered::Limited);
    }
    let code = crate::domain::co_design_form::normalise_code(typed);
    let found: Option<(i64,)> = sqlx::query_as("SELECT id FROM participants WHERE reentry_hash = $1")
        .bind(reentry_hash(key, &code))
        .fetch_optional(db.pool())
        .await?;
    match found {
        Some((id,)) => Ok(Reentered::Welcome(start_session(db, SessionFor::Joined(id), now).await?)),
        None => Ok(Reentered::Unknown),
    }
}
