//! A site's partner network: organisations and venues, for staff's lists and forms and for the
//! public organisation page.

use sqlx::{AnyConnection, FromRow};

use super::Db;
use crate::domain::network_form::{OrganisationDetails, VenueDetails};
use crate::domain::offer_form::Fields;
use crate::domain::site_form::description_field;
use crate::domain::text::slug;
use crate::i18n::Lang;

/// Lists stay bounded: a big city's network has a few hundred partners and places.
const LIST_LIMIT: i64 = 1000;

/// An organisation or a venue in staff's list.
#[derive(Debug, Clone, FromRow)]
pub struct Listed {
    pub id: i64,
    pub site_id: i64,
    pub name: String,
    /// The organisation's kind code, or the venue's district.
    pub detail: String,
    pub archived: i64,
    /// 1 for a venue a partner proposed that staff have not confirmed yet.
    pub proposed: i64,
}

/// The organisations of a site (an admin: of every site, `None`), archived ones last.
pub async fn organisations(db: &Db, site_id: Option<i64>) -> sqlx::Result<Vec<Listed>> {
    sqlx::query_as(
        "SELECT id, site_id, name, kind AS detail, archived, CAST(0 AS BIGINT) AS proposed FROM organisations
         WHERE ($1 IS NULL OR site_id = $1) ORDER BY archived, name LIMIT $2",
    )
    .bind(site_id)
    .bind(LIST_LIMIT)
    .fetch_all(db.pool())
    .await
}

/// The venues of a site (an admin: of every site), archived ones last.
pub async fn venues(db: &Db, site_id: Option<i64>) -> sqlx::Result<Vec<Listed>> {
    sqlx::query_as(
        "SELECT id, site_id, name, district AS detail, archived,
                CAST(CASE WHEN proposed_by IS NULL THEN 0 ELSE 1 END AS BIGINT) AS proposed
         FROM venues
         WHERE ($1 IS NULL OR site_id = $1) ORDER BY archived, proposed DESC, district, name LIMIT $2",
    )
    .bind(site_id)
    .bind(LIST_LIMIT)
    .fetch_all(db.pool())
    .await
}

/// The site an organisation belongs to.
pub async fn organisation_site(db: &Db, id: i64) -> sqlx::Result<Option<i64>> {
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT site_id FROM organisations WHERE id = $1").bind(id).fetch_optional(db.pool()).await?;
    Ok(row.map(|(site_id,)| site_id))
}

/// The site a venue belongs to.
pub async fn venue_site(db: &Db, id: i64) -> sqlx::Result<Option<i64>> {
    let row: Option<(i64,)> =
        sqlx::query_as("SELECT site_id FROM venues WHERE id = $1").bind(id).fetch_optional(db.pool()).await?;
    Ok(row.map(|(site_id,)| site_id))
}

/// An organisation as its form's fields, with its site and whether it is archived.
pub async fn editable_organisation(db: &Db, id: i64) -> sqlx::Result<Option<(i64, bool, Fields)>> {
    let row: Option<(i64, String, String, Option<String>, String, i64)> =
        sqlx::query_as("SELECT site_id, name, kind, website, contact, archived FROM organisations WHERE id = $1")
            .bind(id)
            .fetch_optional(db.pool())
            .await?;
    let Some((site_id, name, kind, website, contact, archived)) = row else { return Ok(None) };
    let mut fields: Fields =
        [("name", name), ("kind", kind), ("website", website.unwrap_or_default()), ("contact", contact)]
            .into_iter()
            .map(|(field, value)| (field.to_owned(), value))
            .collect();
    let descriptions: Vec<(String, String)> =
        sqlx::query_as("SELECT lang, description FROM organisation_descriptions WHERE organisation_id = $1")
            .bind(id)
            .fetch_all(db.pool())
            .await?;
    for (lang, description) in descriptions {
        fields.insert(description_field(&lang), description);
    }
    Ok(Some((site_id, archived == 1, fields)))
}

/// Stores a new organisation of `site_id` under an address part not yet taken there.
pub async fn insert_organisation(
    tx: &mut AnyConnection,
    site_id: i64,
    organisation: &OrganisationDetails,
) -> sqlx::Result<i64> {
    let base = Some(slug(&organisation.name)).filter(|slug| !slug.is_empty()).unwrap_or_else(|| "partner".to_owned());
    let (taken,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM organisations WHERE site_id = $1 AND (slug = $2 OR slug LIKE $3)")
            .bind(site_id)
            .bind(&base)
            .bind(format!("{base}-%"))
            .fetch_one(&mut *tx)
            .await?;
    let unique = if taken == 0 { base } else { format!("{base}-{}", taken + 1) };
    let (id,): (i64,) =
        sqlx::query_as("INSERT INTO organisations (site_id, slug, name, kind) VALUES ($1, $2, '', '') RETURNING id")
            .bind(site_id)
            .bind(unique)
            .fetch_one(&mut *tx)
            .await?;
    update_organisation(tx, id, organisation).await?;
    Ok(id)
}

pub async fn update_organisation(
    tx: &mut AnyConnection,
    id: i64,
    organisation: &OrganisationDetails,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE organisations SET name = $2, kind = $3, website = $4, contact = $5 WHERE id = $1")
        .bind(id)
        .bind(&organisation.name)
        .bind(organisation.kind.code())
        .bind(&organisation.website)
        .bind(&organisation.contact)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM organisation_descriptions WHERE organisation_id = $1").bind(id).execute(&mut *tx).await?;
    for (lang, description) in &organisation.descriptions {
        sqlx::query("INSERT INTO organisation_descriptions (organisation_id, lang, description) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(lang)
            .bind(description)
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

/// Archives or brings back an organisation or a venue (`table` is one of the two, never typed).
pub async fn set_archived(tx: &mut AnyConnection, table: Archivable, id: i64, archived: bool) -> sqlx::Result<()> {
    let sql = match table {
        Archivable::Organisation => "UPDATE organisations SET archived = $2 WHERE id = $1",
        Archivable::Venue => "UPDATE venues SET archived = $2 WHERE id = $1",
    };
    sqlx::query(sql).bind(id).bind(i64::from(archived)).execute(&mut *tx).await?;
    Ok(())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Archivable {
    Organisation,
    Venue,
}

/// A venue as its form's fields, with its site and whether it is archived (a proposed venue
/// carries the field "proposed").
pub async fn editable_venue(db: &Db, id: i64) -> sqlx::Result<Option<(i64, bool, Fields)>> {
    #[derive(FromRow)]
    struct Row {
        site_id: i64,
        name: String,
        street: String,
        postal_code: String,
        city: String,
        district: String,
        transit: String,
        step_free: i64,
        accessible_toilet: i64,
        hearing_loop: i64,
        accessibility_notes: String,
        archived: i64,
        proposed: i64,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT site_id, name, street, postal_code, city, district, transit, step_free, accessible_toilet,
                hearing_loop, accessibility_notes, archived,
                CAST(CASE WHEN proposed_by IS NULL THEN 0 ELSE 1 END AS BIGINT) AS proposed
         FROM venues WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else { return Ok(None) };
    let check = |value: i64| if value == 1 { "on".to_owned() } else { String::new() };
    let fields = [
        ("name", row.name),
        ("street", row.street),
        ("postal_code", row.postal_code),
        ("city", row.city),
        ("district", row.district),
        ("transit", row.transit),
        ("step_free", check(row.step_free)),
        ("accessible_toilet", check(row.accessible_toilet)),
        ("hearing_loop", check(row.hearing_loop)),
        ("note", row.accessibility_notes),
        ("proposed", check(row.proposed)),
    ]
    .into_iter()
    .filter(|(field, value)| *field != "proposed" || !value.is_empty())
    .map(|(field, value)| (field.to_owned(), value))
    .collect();
    Ok(Some((row.site_id, row.archived == 1, fields)))
}

/// Stores a new venue of `site_id`; one `proposed_by` a partner waits for staff to confirm it.
pub async fn insert_venue(
    tx: &mut AnyConnection,
    (site_id, proposed_by): (i64, Option<i64>),
    venue: &VenueDetails,
) -> sqlx::Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO venues (site_id, name, street, postal_code, city, district, proposed_by)
         VALUES ($1, '', '', '', '', '', $2) RETURNING id",
    )
    .bind(site_id)
    .bind(proposed_by)
    .fetch_one(&mut *tx)
    .await?;
    update_venue(tx, id, venue).await?;
    Ok(id)
}

pub async fn update_venue(tx: &mut AnyConnection, id: i64, venue: &VenueDetails) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE venues SET name = $2, street = $3, postal_code = $4, city = $5, district = $6, transit = $7,
                step_free = $8, accessible_toilet = $9, hearing_loop = $10, accessibility_notes = $11
         WHERE id = $1",
    )
    .bind(id)
    .bind(&venue.name)
    .bind(&venue.street)
    .bind(&venue.postal_code)
    .bind(&venue.city)
    .bind(&venue.district)
    .bind(&venue.transit)
    .bind(i64::from(venue.step_free))
    .bind(i64::from(venue.accessible_toilet))
    .bind(i64::from(venue.hearing_loop))
    .bind(&venue.accessibility_notes)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Confirms a proposed venue: from now on it is offered for offers.
pub async fn confirm_venue(tx: &mut AnyConnection, id: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE venues SET proposed_by = NULL WHERE id = $1").bind(id).execute(&mut *tx).await?;
    Ok(())
}

/// An organisation as its public page shows it.
#[derive(Debug, Clone, FromRow)]
pub struct OrganisationProfile {
    pub id: i64,
    pub name: String,
    pub kind: String,
    pub website: Option<String>,
    pub contact: String,
    /// In the reader's language, else German, else empty.
    pub description: String,
    pub in_german: i64,
    /// The zone of the organisation's site.
    pub time_zone: String,
}

pub async fn organisation_profile(db: &Db, lang: Lang, id: i64) -> sqlx::Result<Option<OrganisationProfile>> {
    sqlx::query_as(
        "SELECT o.id, o.name, o.kind, o.website, o.contact,
                COALESCE(own.description, de.description, '') AS description,
                CAST(CASE WHEN own.description IS NULL AND de.description IS NOT NULL AND $1 <> 'de' THEN 1 ELSE 0 END
                     AS BIGINT) AS in_german,
                s.time_zone
         FROM organisations o
         JOIN sites s ON s.id = o.site_id
         LEFT JOIN organisation_descriptions own ON own.organisation_id = o.id AND own.lang = $1
         LEFT JOIN organisation_descriptions de ON de.organisation_id = o.id AND de.lang = 'de'
         WHERE o.id = $2",
    )
    .bind(lang.content_code())
    .bind(id)
    .fetch_optional(db.pool())
    .await
}
