//! Programmes (Interkulturelle Wochen, district festivals) and organisations, for their pages.

use sqlx::FromRow;

use super::Db;
use crate::domain::offer_form::Fields;
use crate::domain::programme_form::ProgrammeDetails;
use crate::i18n::Lang;

#[derive(Debug, Clone, FromRow)]
pub struct Programme {
    pub id: i64,
    pub title: String,
    pub description: String,
    /// 1 when the texts are the German original: no translation into the reader's language.
    pub in_german: i64,
    /// First and last day, "YYYY-MM-DD".
    pub starts_on: String,
    pub ends_on: String,
    /// The zone of the programme's site: its days begin at that midnight.
    pub time_zone: String,
}

pub async fn find_by_slug(db: &Db, lang: Lang, slug: &str) -> sqlx::Result<Option<Programme>> {
    sqlx::query_as(
        "SELECT p.id, COALESCE(tr.title, p.title) AS title,
                COALESCE(NULLIF(tr.description, ''), p.description) AS description, p.starts_on, p.ends_on,
                CAST(CASE WHEN tr.title IS NULL THEN 1 ELSE 0 END AS BIGINT) AS in_german, s.time_zone
         FROM programmes p
         JOIN sites s ON s.id = p.site_id
         LEFT JOIN programme_translations tr ON tr.programme_id = p.id AND tr.lang = $1
         WHERE p.slug = $2
         ORDER BY p.id LIMIT 1",
    )
    .bind(lang.content_code())
    .bind(slug)
    .fetch_optional(db.pool())
    .await
}

#[derive(Debug, Clone, FromRow)]
pub struct ProgrammeLink {
    pub slug: String,
    pub title: String,
    pub in_german: i64,
}

/// Programmes that have not ended by `today` ("YYYY-MM-DD"), soonest first.
pub async fn current(db: &Db, lang: Lang, today: &str) -> sqlx::Result<Vec<ProgrammeLink>> {
    sqlx::query_as(
        "SELECT p.slug, COALESCE(tr.title, p.title) AS title,
                CAST(CASE WHEN tr.title IS NULL THEN 1 ELSE 0 END AS BIGINT) AS in_german
         FROM programmes p
         LEFT JOIN programme_translations tr ON tr.programme_id = p.id AND tr.lang = $1
         WHERE p.ends_on >= $2
         ORDER BY p.starts_on, p.id LIMIT 6",
    )
    .bind(lang.content_code())
    .bind(today)
    .fetch_all(db.pool())
    .await
}

/// A programme as the staff list shows it.
#[derive(Debug, Clone, FromRow)]
pub struct ProgrammeSummary {
    pub id: i64,
    pub site_id: i64,
    pub slug: String,
    pub title: String,
    pub starts_on: String,
    pub ends_on: String,
    pub offers: i64,
}

/// Programmes of one site (or all), the newest first, with how many offers each has.
pub async fn list(db: &Db, site_id: Option<i64>) -> sqlx::Result<Vec<ProgrammeSummary>> {
    sqlx::query_as(
        "SELECT p.id, p.site_id, p.slug, p.title, p.starts_on, p.ends_on,
                (SELECT COUNT(*) FROM offers o WHERE o.programme_id = p.id) AS offers
         FROM programmes p WHERE ($1 IS NULL OR p.site_id = $1)
         ORDER BY p.starts_on DESC, p.id LIMIT 200",
    )
    .bind(site_id)
    .fetch_all(db.pool())
    .await
}

/// A stored programme as its form's fields.
pub struct EditableProgramme {
    pub site_id: i64,
    pub slug: String,
    pub fields: Fields,
}

pub async fn editable(db: &Db, id: i64) -> sqlx::Result<Option<EditableProgramme>> {
    let row: Option<(i64, String, String, String, String, String)> =
        sqlx::query_as("SELECT site_id, slug, title, description, starts_on, ends_on FROM programmes WHERE id = $1")
            .bind(id)
            .fetch_optional(db.pool())
            .await?;
    let Some((site_id, slug, title, description, starts_on, ends_on)) = row else { return Ok(None) };
    let mut fields: Fields =
        [("title", title), ("description", description), ("starts_on", starts_on), ("ends_on", ends_on)]
            .into_iter()
            .map(|(name, value)| (name.to_owned(), value))
            .collect();
    let translations: Vec<(String, String, String)> =
        sqlx::query_as("SELECT lang, title, description FROM programme_translations WHERE programme_id = $1")
            .bind(id)
            .fetch_all(db.pool())
            .await?;
    for (lang, title, description) in translations {
        fields.insert(format!("title_{lang}"), title);
        fields.insert(format!("description_{lang}"), description);
    }
    Ok(Some(EditableProgramme { site_id, slug, fields }))
}

/// Stores a new programme under a slug not yet taken on the site; returns its id.
pub async fn insert(tx: &mut sqlx::AnyConnection, site_id: i64, details: &ProgrammeDetails) -> sqlx::Result<i64> {
    let base = details.slug();
    let (taken,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM programmes WHERE site_id = $1 AND (slug = $2 OR slug LIKE $3)")
            .bind(site_id)
            .bind(&base)
            .bind(format!("{base}-%"))
            .fetch_one(&mut *tx)
            .await?;
    let slug = if taken == 0 { base } else { format!("{base}-{}", taken + 1) };
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO programmes (site_id, slug, title, starts_on, ends_on) VALUES ($1, $2, '', '', '') RETURNING id",
    )
    .bind(site_id)
    .bind(slug)
    .fetch_one(&mut *tx)
    .await?;
    update(tx, id, details).await?;
    Ok(id)
}

/// Writes a programme's texts and period; its address stays, so that shared links keep working.
pub async fn update(tx: &mut sqlx::AnyConnection, id: i64, details: &ProgrammeDetails) -> sqlx::Result<()> {
    sqlx::query("UPDATE programmes SET title = $2, description = $3, starts_on = $4, ends_on = $5 WHERE id = $1")
        .bind(id)
        .bind(&details.title)
        .bind(&details.description)
        .bind(details.starts_on.to_string())
        .bind(details.ends_on.to_string())
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM programme_translations WHERE programme_id = $1").bind(id).execute(&mut *tx).await?;
    for (lang, title, description) in &details.translations {
        sqlx::query(
            "INSERT INTO programme_translations (programme_id, lang, title, description) VALUES ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(lang)
        .bind(title)
        .bind(description)
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

/// An offer as the programme editor lists it.
#[derive(Debug, Clone, FromRow)]
pub struct ProgrammeOffer {
    pub id: i64,
    pub title: String,
    pub status: String,
    pub organisation: String,
    pub programme_id: Option<i64>,
}

/// The site's offers that are in the programme or in none, those in it first. Offers of another
/// programme stay with it.
pub async fn offers_for_editor(db: &Db, site_id: i64, programme_id: i64) -> sqlx::Result<Vec<ProgrammeOffer>> {
    sqlx::query_as(
        "SELECT o.id, o.title, o.status, org.name AS organisation, o.programme_id
         FROM offers o JOIN organisations org ON org.id = o.organisation_id
         WHERE o.site_id = $1 AND (o.programme_id = $2 OR o.programme_id IS NULL) AND o.status <> 'cancelled'
         ORDER BY o.programme_id IS NULL, org.name, o.title LIMIT 500",
    )
    .bind(site_id)
    .bind(programme_id)
    .fetch_all(db.pool())
    .await
}

/// Puts an offer of the programme's site into the programme (or takes it out, with None);
/// false when the offer is of another site.
pub async fn assign_offer(
    tx: &mut sqlx::AnyConnection,
    site_id: i64,
    offer_id: i64,
    programme_id: Option<i64>,
) -> sqlx::Result<bool> {
    let done = sqlx::query("UPDATE offers SET programme_id = $3 WHERE id = $1 AND site_id = $2")
        .bind(offer_id)
        .bind(site_id)
        .bind(programme_id)
        .execute(&mut *tx)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// The programmes an offer of the site may join: those that have not ended, and the one it is in.
pub async fn choices(
    db: &Db,
    site_id: Option<i64>,
    today: &str,
    current: Option<i64>,
) -> sqlx::Result<Vec<(i64, i64, String)>> {
    sqlx::query_as(
        "SELECT id, site_id, title FROM programmes WHERE ($1 IS NULL OR site_id = $1) AND (ends_on >= $2 OR id = $3)
         ORDER BY starts_on LIMIT 50",
    )
    .bind(site_id)
    .bind(today)
    .bind(current)
    .fetch_all(db.pool())
    .await
}
