//! Participants: one record per person and site, which registrations (and later co-design and
//! volunteering) point to. "The same person" is the same address and the same first name, told
//! by the unique index on (site, email, name_key).

use sqlx::{AnyConnection, FromRow};

use crate::domain::registration::{Applicant, name_key};

/// A participant as stored before the form at hand changed anything.
#[derive(Debug, Clone, PartialEq, Eq, FromRow)]
pub struct Participant {
    pub id: i64,
    pub first_name: String,
    pub birth_year: i64,
    pub lang: String,
    pub parent_email: Option<String>,
    pub parent_lang: Option<String>,
}

impl Participant {
    /// Whether the form says something new about the person (a corrected year of birth, another
    /// language, a parent's address).
    fn differs_from(&self, applicant: &Applicant, lang: &str) -> bool {
        self.first_name != applicant.first_name
            || self.birth_year != applicant.birth_year
            || self.lang != lang
            || self.parent_email != applicant.parent_email
            || self.parent_lang != parent_lang(applicant)
    }
}

/// The parent's language only goes with a parent's address.
fn parent_lang(applicant: &Applicant) -> Option<String> {
    applicant.parent_email.as_ref().and(applicant.parent_lang.clone())
}

/// The participant that `applicant` is at the site, added when new; returned as stored before
/// this form (one statement either way).
pub async fn find_or_add(
    conn: &mut AnyConnection,
    site_id: i64,
    applicant: &Applicant,
    lang: &str,
    now: i64,
) -> sqlx::Result<Participant> {
    // The no-op update makes RETURNING answer for an existing row too.
    sqlx::query_as(
        "INSERT INTO participants (site_id, email, first_name, name_key, birth_year, lang, parent_email, parent_lang,
                                   created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
         ON CONFLICT (site_id, email, name_key) DO UPDATE SET updated_at = participants.updated_at
         RETURNING id, first_name, birth_year, lang, parent_email, parent_lang",
    )
    .bind(site_id)
    .bind(&applicant.email)
    .bind(&applicant.first_name)
    .bind(name_key(&applicant.first_name))
    .bind(applicant.birth_year)
    .bind(lang)
    .bind(&applicant.parent_email)
    .bind(parent_lang(applicant))
    .bind(now)
    .fetch_one(&mut *conn)
    .await
}

/// Keeps the latest form's details: people correct their year of birth, change language, or
/// name another parent. Costs nothing when nothing changed.
pub async fn remember(
    conn: &mut AnyConnection,
    known: &Participant,
    applicant: &Applicant,
    lang: &str,
    now: i64,
) -> sqlx::Result<()> {
    if !known.differs_from(applicant, lang) {
        return Ok(());
    }
    sqlx::query(
        "UPDATE participants SET first_name = $1, birth_year = $2, lang = $3, parent_email = $4, parent_lang = $5,
                                 updated_at = $6
         WHERE id = $7",
    )
    .bind(&applicant.first_name)
    .bind(applicant.birth_year)
    .bind(lang)
    .bind(&applicant.parent_email)
    .bind(parent_lang(applicant))
    .bind(now)
    .bind(known.id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
