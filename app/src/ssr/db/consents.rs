//! The consents table: every consent with its purpose, giver, method, text version, language and
//! time, and its withdrawal.

use sqlx::AnyConnection;

use crate::domain::registration::{ConsentMethod, ConsentPurpose, GivenBy};

/// What a consent belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConsentOf {
    /// A registration, and so its person.
    Registration(i64),
    /// A person, for something beside any registration (their address for messages).
    Person(i64),
}

/// A consent given for `of`.
pub struct Given<'a> {
    pub of: ConsentOf,
    pub purpose: ConsentPurpose,
    pub given_by: GivenBy,
    pub method: ConsentMethod,
    /// The staff member who copied in a paper or took it in person.
    pub recorded_by: Option<i64>,
    /// The language of the text agreed to (for a paper form, the giver's), and its version.
    pub text: (&'a str, &'a str),
}

pub async fn record(conn: &mut AnyConnection, given: &Given<'_>, now: i64) -> sqlx::Result<()> {
    let (lang, text_version) = given.text;
    let (sql, id) = match given.of {
        ConsentOf::Registration(id) => (
            "INSERT INTO consents (participant_id, registration_id, purpose, given_by, method, text_version, lang,
                                   given_at, recorded_by)
             SELECT r.participant_id, r.id, $2, $3, $4, $5, $6, $7, $8 FROM registrations r WHERE r.id = $1",
            id,
        ),
        ConsentOf::Person(id) => (
            "INSERT INTO consents (participant_id, purpose, given_by, method, text_version, lang, given_at, recorded_by)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            id,
        ),
    };
    sqlx::query(sql)
        .bind(id)
        .bind(given.purpose.code())
        .bind(given.given_by.code())
        .bind(given.method.code())
        .bind(text_version)
        .bind(lang)
        .bind(now)
        .bind(given.recorded_by)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Takes back every consent of `purpose` a person gave that still stands; returns how many.
pub async fn withdraw(
    conn: &mut AnyConnection,
    participant_id: i64,
    purpose: ConsentPurpose,
    now: i64,
) -> sqlx::Result<u64> {
    let withdrawn = sqlx::query(
        "UPDATE consents SET withdrawn_at = $1 WHERE participant_id = $2 AND purpose = $3 AND withdrawn_at IS NULL",
    )
    .bind(now)
    .bind(participant_id)
    .bind(purpose.code())
    .execute(&mut *conn)
    .await?;
    Ok(withdrawn.rows_affected())
}

/// Whether a consent of `purpose` given by `given_by` with registration `registration_id` stands.
pub async fn standing(
    conn: &mut AnyConnection,
    registration_id: i64,
    purpose: ConsentPurpose,
    given_by: GivenBy,
) -> sqlx::Result<bool> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM consents
         WHERE registration_id = $1 AND purpose = $2 AND given_by = $3 AND withdrawn_at IS NULL",
    )
    .bind(registration_id)
    .bind(purpose.code())
    .bind(given_by.code())
    .fetch_one(&mut *conn)
    .await?;
    Ok(count > 0)
}
