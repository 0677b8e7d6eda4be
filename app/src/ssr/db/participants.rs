//! Participants: one record per person and site, which registrations (and later co-design and
//! volunteering) point to. "The same person" is the same address and the same first name, told
//! by the unique index on (site, email, name_key). That rule only decides which record a new
//! registration belongs to: no form changes a stored record (see `as_applicant`).

use sqlx::{AnyConnection, FromRow};

use crate::domain::registration::{Applicant, Correction, name_key};
use crate::ssr::db::Db;

/// A participant as stored.
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
    /// Who the form describes, as far as the form may say it of a person already on file: a form
    /// is anonymous input, so the stored record decides. The younger of the stored and the typed
    /// year of birth counts (nobody makes a 14-year-old "21" to skip the parent), and a consent
    /// request goes to the parent on file only. The details of this registration (phone, needs,
    /// gender, photos) stay as typed.
    pub fn as_applicant(&self, typed: &Applicant) -> Applicant {
        Applicant {
            first_name: self.first_name.clone(),
            birth_year: self.birth_year.max(typed.birth_year),
            parent_email: self.parent_email.clone(),
            parent_lang: self.parent_lang.clone(),
            ..typed.clone()
        }
    }
}

/// The parent's language only goes with a parent's address.
fn parent_lang(applicant: &Applicant) -> Option<String> {
    applicant.parent_email.as_ref().and(applicant.parent_lang.clone())
}

/// The participant a join-code session proved, if they belong to `site_id`, and how many
/// registrations they made and "registered already" messages they got since `since`.
pub async fn find_member(
    conn: &mut AnyConnection,
    id: i64,
    site_id: i64,
    (bucket, since): (&str, i64),
) -> sqlx::Result<(Option<Participant>, i64)> {
    let found: Option<Participant> = sqlx::query_as(
        "SELECT id, first_name, birth_year, lang, parent_email, parent_lang FROM participants WHERE id = $1 AND site_id = $2",
    )
    .bind(id)
    .bind(site_id)
    .fetch_optional(&mut *conn)
    .await?;
    let (recent,): (i64,) = sqlx::query_as(
        "SELECT (SELECT COUNT(*) FROM registrations WHERE participant_id = $1 AND created_at > $2)
                + COALESCE((SELECT hits FROM rate_limits WHERE bucket = $3 AND window_start > $2), 0)",
    )
    .bind(id)
    .bind(since)
    .bind(bucket)
    .fetch_one(&mut *conn)
    .await?;
    Ok((found, recent))
}

/// The participant `applicant` names at the site, as stored, if there is one; and how many
/// messages the registration form sent to the address since `since`: its registrations at the
/// site (siblings share an address) and the "registered already" messages counted in `bucket`.
/// One statement: under the offer's lock every round trip to SQLite's thread counts.
pub async fn find_with_recent(
    conn: &mut AnyConnection,
    site_id: i64,
    applicant: &Applicant,
    (bucket, since): (&str, i64),
) -> sqlx::Result<(Option<Participant>, i64)> {
    #[derive(FromRow)]
    struct Row {
        id: Option<i64>,
        first_name: Option<String>,
        birth_year: Option<i64>,
        lang: Option<String>,
        parent_email: Option<String>,
        parent_lang: Option<String>,
        recent: i64,
    }
    let row: Row = sqlx::query_as(
        "SELECT p.id, p.first_name, p.birth_year, p.lang, p.parent_email, p.parent_lang,
                (SELECT COUNT(*) FROM registrations r JOIN participants q ON q.id = r.participant_id
                 WHERE q.site_id = $1 AND q.email = $2 AND r.created_at > $4)
                + COALESCE((SELECT hits FROM rate_limits WHERE bucket = $5 AND window_start > $4), 0) AS recent
         FROM (SELECT 1 AS one) anchor
         LEFT JOIN participants p ON p.site_id = $1 AND p.email = $2 AND p.name_key = $3",
    )
    .bind(site_id)
    .bind(&applicant.email)
    .bind(name_key(&applicant.first_name))
    .bind(since)
    .bind(bucket)
    .fetch_one(&mut *conn)
    .await?;
    let on_file = match (row.id, row.first_name, row.birth_year, row.lang) {
        (Some(id), Some(first_name), Some(birth_year), Some(lang)) => Some(Participant {
            id,
            first_name,
            birth_year,
            lang,
            parent_email: row.parent_email,
            parent_lang: row.parent_lang,
        }),
        _ => None,
    };
    Ok((on_file, row.recent))
}

/// Adds the participant `applicant` describes and returns its id. Should another transaction have
/// added the same person a moment ago, that record is returned unchanged: a form never overwrites.
pub async fn add(
    conn: &mut AnyConnection,
    site_id: i64,
    applicant: &Applicant,
    lang: &str,
    now: i64,
) -> sqlx::Result<i64> {
    // The no-op update makes RETURNING answer for an existing row too.
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO participants (site_id, email, first_name, name_key, birth_year, lang, parent_email, parent_lang,
                                   created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9)
         ON CONFLICT (site_id, email, name_key) DO UPDATE SET updated_at = participants.updated_at
         RETURNING id",
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
    .await?;
    Ok(id)
}

/// The site a participant belongs to, if there is such a participant.
pub async fn site_of(conn: &mut AnyConnection, id: i64) -> sqlx::Result<Option<i64>> {
    let site: Option<(i64,)> =
        sqlx::query_as("SELECT site_id FROM participants WHERE id = $1").bind(id).fetch_optional(&mut *conn).await?;
    Ok(site.map(|(site,)| site))
}

/// Writes a correction of a record; returns the names of the fields that changed (for the
/// audit log, which records what changed, not the values).
pub async fn correct(
    conn: &mut AnyConnection,
    id: i64,
    correction: &Correction,
    now: i64,
) -> sqlx::Result<Vec<&'static str>> {
    let Some(before) = sqlx::query_as::<_, Participant>(
        "SELECT id, first_name, birth_year, lang, parent_email, parent_lang FROM participants WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(Vec::new());
    };
    let changed: Vec<&'static str> = [
        ("birth_year", before.birth_year != correction.birth_year),
        ("lang", before.lang != correction.lang),
        ("parent_email", before.parent_email != correction.parent_email),
        ("parent_lang", before.parent_lang != correction.parent_lang),
    ]
    .into_iter()
    .filter_map(|(field, differs)| differs.then_some(field))
    .collect();
    if !changed.is_empty() {
        sqlx::query(
            "UPDATE participants SET birth_year = $1, lang = $2, parent_email = $3, parent_lang = $4, updated_at = $5
             WHERE id = $6",
        )
        .bind(correction.birth_year)
        .bind(&correction.lang)
        .bind(&correction.parent_email)
        .bind(&correction.parent_lang)
        .bind(now)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    }
    Ok(changed)
}

/// A person as staff find them for a request by phone or in person.
#[derive(Debug, Clone, FromRow)]
pub struct Found {
    pub id: i64,
    pub site_id: i64,
    pub first_name: String,
    pub email: String,
    pub birth_year: i64,
    pub registrations: i64,
}

/// The people of a site (an admin: of every site, `None`) whose address or parent's address is
/// `query`, or whose first name starts with it; at most 50.
pub async fn search(db: &Db, site_id: Option<i64>, query: &str) -> sqlx::Result<Vec<Found>> {
    let address = crate::domain::email::normalise(query);
    // A name's beginning of two letters or more; wildcards typed in are letters like any other.
    let typed = name_key(query).replace(['%', '_', '\\'], "");
    let name = (typed.chars().count() >= 2).then(|| format!("{typed}%"));
    sqlx::query_as(
        "SELECT p.id, p.site_id, p.first_name, COALESCE(p.email, '') AS email, p.birth_year,
                (SELECT COUNT(*) FROM registrations r WHERE r.participant_id = p.id) AS registrations
         FROM participants p
         WHERE ($1 IS NULL OR p.site_id = $1)
           AND (p.email = $2 OR p.parent_email = $2 OR ($3 IS NOT NULL AND p.name_key LIKE $3))
         ORDER BY p.name_key, p.id LIMIT 50",
    )
    .bind(site_id)
    .bind(address)
    .bind(name)
    .fetch_all(db.pool())
    .await
}
