//! The consents table: every consent with its purpose, giver, method, text version, language and
//! time, and its withdrawal.

use sqlx::AnyConnection;

use crate::domain::registration::{CONSENT_TEXT_VERSION, ConsentMethod, ConsentPurpose, GivenBy};

/// A consent given with registration `registration_id`; the person and the language (a parent's
/// for a parent's consent) come from the stored records.
pub struct Given {
    pub registration_id: i64,
    pub purpose: ConsentPurpose,
    pub given_by: GivenBy,
    pub method: ConsentMethod,
    /// The staff member who copied in a paper or took it in person.
    pub recorded_by: Option<i64>,
}

pub async fn record(conn: &mut AnyConnection, given: &Given, now: i64) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO consents (participant_id, registration_id, purpose, given_by, method, text_version, lang,
                               given_at, recorded_by)
         SELECT p.id, r.id, $2, $3, $4, $5,
                CASE WHEN $3 = 'parent' THEN COALESCE(p.parent_lang, p.lang) ELSE p.lang END, $6, $7
         FROM registrations r JOIN participants p ON p.id = r.participant_id WHERE r.id = $1",
    )
    .bind(given.registration_id)
    .bind(given.purpose.code())
    .bind(given.given_by.code())
    .bind(given.method.code())
    .bind(CONSENT_TEXT_VERSION)
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
