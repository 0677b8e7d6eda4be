//! Sites: one youth migration service each (JMD Köln, JMD Bonn), with the time zone its dates
//! are planned in.

use chrono::NaiveDate;
use chrono_tz::Tz;
use sqlx::{AnyConnection, FromRow};

use super::Db;
use crate::domain::days_off::{self, Period, Reason};
use crate::domain::offer_form::Fields;
use crate::domain::site_form::{FederalState, SiteDetails, description_field, districts_of};
use crate::domain::site_mail::SiteMail;
use crate::i18n::Lang;

/// Every site (id, name), for an admin's choices.
pub async fn list(db: &Db) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as("SELECT id, name FROM sites ORDER BY name LIMIT 1000").fetch_all(db.pool()).await
}

/// A site as the home page's choice names it.
#[derive(Debug, Clone, FromRow)]
pub struct SiteLink {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub time_zone: String,
}

/// Every site for the home page's choice, by name.
pub async fn links(db: &Db) -> sqlx::Result<Vec<SiteLink>> {
    sqlx::query_as("SELECT id, slug, name, time_zone FROM sites ORDER BY name LIMIT 1000").fetch_all(db.pool()).await
}

/// Whether there is a site with this id (an admin's form names one).
pub async fn exists(db: &Db, site_id: i64) -> sqlx::Result<bool> {
    let found: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM sites WHERE id = $1").bind(site_id).fetch_optional(db.pool()).await?;
    Ok(found.is_some())
}

/// The zone a site plans in.
pub async fn time_zone(db: &Db, site_id: i64) -> sqlx::Result<Tz> {
    let (zone,): (String,) =
        sqlx::query_as("SELECT time_zone FROM sites WHERE id = $1").bind(site_id).fetch_one(db.pool()).await?;
    Ok(crate::domain::schedule::zone(&zone))
}

/// The site with this address part ("koeln"): its id and name.
pub async fn find_by_slug(db: &Db, slug: &str) -> sqlx::Result<Option<(i64, String)>> {
    sqlx::query_as("SELECT id, name FROM sites WHERE slug = $1").bind(slug).fetch_optional(db.pool()).await
}

/// The sender a site chose for its messages (empty parts: the server's own).
pub async fn site_sender(db: &Db, site_id: i64) -> sqlx::Result<SiteMail> {
    let row: Option<(Option<String>, Option<String>, Option<String>)> =
        sqlx::query_as("SELECT mail_from_name, mail_from_address, mail_reply_to FROM sites WHERE id = $1")
            .bind(site_id)
            .fetch_optional(db.pool())
            .await?;
    Ok(row
        .map(|(from_name, from_address, reply_to)| SiteMail { from_name, from_address, reply_to })
        .unwrap_or_default())
}

/// A site's stored settings as its form's fields (what `site_form::validate` reads back), with
/// its address part, which stays as created so that shared links keep working.
pub async fn editable(db: &Db, site_id: i64) -> sqlx::Result<Option<(String, Fields)>> {
    #[derive(FromRow)]
    struct Row {
        slug: String,
        name: String,
        city: String,
        street: String,
        postal_code: String,
        carrier_name: String,
        carrier_address: String,
        phone: String,
        email: String,
        opening_hours: String,
        time_zone: String,
        federal_state: String,
        districts: String,
        mail_from_name: Option<String>,
        mail_from_address: Option<String>,
        mail_reply_to: Option<String>,
        keep_registration_months: i64,
        keep_message_days: i64,
        privacy_contact: String,
        processors: String,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT slug, name, city, street, postal_code, carrier_name, carrier_address, phone, email, opening_hours,
                time_zone, federal_state, districts, mail_from_name, mail_from_address, mail_reply_to,
                keep_registration_months, keep_message_days, privacy_contact, processors
         FROM sites WHERE id = $1",
    )
    .bind(site_id)
    .fetch_optional(db.pool())
    .await?;
    let Some(row) = row else { return Ok(None) };
    let mut fields: Fields = [
        ("slug", row.slug.clone()),
        ("name", row.name),
        ("city", row.city),
        ("street", row.street),
        ("postal_code", row.postal_code),
        ("carrier_name", row.carrier_name),
        ("carrier_address", row.carrier_address),
        ("phone", row.phone),
        ("email", row.email),
        ("opening_hours", row.opening_hours),
        ("time_zone", row.time_zone),
        ("federal_state", row.federal_state),
        ("districts", row.districts),
        ("from_name", row.mail_from_name.unwrap_or_default()),
        ("from_address", row.mail_from_address.unwrap_or_default()),
        ("reply_to", row.mail_reply_to.unwrap_or_default()),
        ("keep_registration_months", row.keep_registration_months.to_string()),
        ("keep_message_days", row.keep_message_days.to_string()),
        ("privacy_contact", row.privacy_contact),
        ("processors", row.processors),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_owned(), value))
    .collect();
    for (lang, description) in descriptions(db, site_id).await? {
        fields.insert(description_field(&lang), description);
    }
    Ok(Some((row.slug, fields)))
}

async fn descriptions(db: &Db, site_id: i64) -> sqlx::Result<Vec<(String, String)>> {
    sqlx::query_as("SELECT lang, description FROM site_descriptions WHERE site_id = $1 ORDER BY lang")
        .bind(site_id)
        .fetch_all(db.pool())
        .await
}

/// Stores a new site under its address part; None when another site has it.
pub async fn insert(tx: &mut AnyConnection, site: &SiteDetails) -> sqlx::Result<Option<i64>> {
    let created: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO sites (slug, name, city) VALUES ($1, $2, $3) ON CONFLICT (slug) DO NOTHING RETURNING id",
    )
    .bind(&site.slug)
    .bind(&site.name)
    .bind(&site.city)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((id,)) = created else { return Ok(None) };
    update(tx, id, site).await?;
    Ok(Some(id))
}

/// Writes everything of the form but the address part.
pub async fn update(tx: &mut AnyConnection, site_id: i64, site: &SiteDetails) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE sites SET name = $2, city = $3, street = $4, postal_code = $5, carrier_name = $6,
                carrier_address = $7, phone = $8, email = $9, opening_hours = $10, time_zone = $11,
                federal_state = $12, districts = $13, mail_from_name = $14, mail_from_address = $15,
                mail_reply_to = $16, keep_registration_months = $17, keep_message_days = $18,
                privacy_contact = $19, processors = $20
         WHERE id = $1",
    )
    .bind(site_id)
    .bind(&site.name)
    .bind(&site.city)
    .bind(&site.street)
    .bind(&site.postal_code)
    .bind(&site.carrier_name)
    .bind(&site.carrier_address)
    .bind(&site.phone)
    .bind(&site.email)
    .bind(&site.opening_hours)
    .bind(site.time_zone.name())
    .bind(site.federal_state.code())
    .bind(site.districts.join("\n"))
    .bind(&site.sender.from_name)
    .bind(&site.sender.from_address)
    .bind(&site.sender.reply_to)
    .bind(site.keep.registration_months)
    .bind(site.keep.message_days)
    .bind(&site.privacy_contact)
    .bind(&site.processors)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM site_descriptions WHERE site_id = $1").bind(site_id).execute(&mut *tx).await?;
    for (lang, description) in &site.descriptions {
        sqlx::query("INSERT INTO site_descriptions (site_id, lang, description) VALUES ($1, $2, $3)")
            .bind(site_id)
            .bind(lang)
            .bind(description)
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

/// The districts a site's venues may lie in, in the site's order.
pub async fn districts(
    executor: impl sqlx::Executor<'_, Database = sqlx::Any>,
    site_id: i64,
) -> sqlx::Result<Vec<String>> {
    let row: Option<(String,)> =
        sqlx::query_as("SELECT districts FROM sites WHERE id = $1").bind(site_id).fetch_optional(executor).await?;
    Ok(row.map(|(stored,)| districts_of(&stored)).unwrap_or_default())
}

/// A site's own closing days, by day (bounded: a few a year).
pub async fn closing_days(
    executor: impl sqlx::Executor<'_, Database = sqlx::Any>,
    site_id: i64,
) -> sqlx::Result<Vec<(NaiveDate, String)>> {
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT day, reason FROM site_closing_days WHERE site_id = $1 ORDER BY day LIMIT 1000")
            .bind(site_id)
            .fetch_all(executor)
            .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(day, reason)| Some((NaiveDate::parse_from_str(&day, "%Y-%m-%d").ok()?, reason)))
        .collect())
}

/// Adds a closing day, or gives an existing one the new reason.
pub async fn set_closing_day(
    tx: &mut AnyConnection,
    site_id: i64,
    (day, reason): (NaiveDate, &str),
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO site_closing_days (site_id, day, reason) VALUES ($1, $2, $3)
         ON CONFLICT (site_id, day) DO UPDATE SET reason = excluded.reason",
    )
    .bind(site_id)
    .bind(day.to_string())
    .bind(reason)
    .execute(&mut *tx)
    .await?;
    Ok(())
}

pub async fn remove_closing_day(tx: &mut AnyConnection, site_id: i64, day: NaiveDate) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM site_closing_days WHERE site_id = $1 AND day = $2")
        .bind(site_id)
        .bind(day.to_string())
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// A site's days off from `from` to `to`: its state's public and school holidays (none known
/// while the state is not set) and its own closing days, each with its reason.
pub async fn days_off(
    db: &Db,
    school_holidays: &[Period],
    site_id: i64,
    range: (NaiveDate, NaiveDate),
) -> sqlx::Result<Vec<(NaiveDate, Reason)>> {
    // One round trip: the state with each closing day (or once, without any).
    let rows: Vec<(String, Option<String>, Option<String>)> = sqlx::query_as(
        "SELECT s.federal_state, c.day, c.reason FROM sites s
         LEFT JOIN site_closing_days c ON c.site_id = s.id
         WHERE s.id = $1 ORDER BY c.day LIMIT 1000",
    )
    .bind(site_id)
    .fetch_all(db.pool())
    .await?;
    let state = rows.first().and_then(|(code, ..)| FederalState::from_code(code));
    let closing: Vec<(NaiveDate, String)> = rows
        .into_iter()
        .filter_map(|(_, day, reason)| Some((NaiveDate::parse_from_str(&day?, "%Y-%m-%d").ok()?, reason?)))
        .collect();
    Ok(match state {
        Some(state) => days_off::days_off(state, school_holidays, &closing, range),
        None => closing
            .into_iter()
            .filter(|(day, _)| (range.0..=range.1).contains(day))
            .map(|(day, reason)| (day, Reason::Closed(reason)))
            .collect(),
    })
}

/// A site as its public page and the list of sites show it.
#[derive(Debug, Clone, FromRow)]
pub struct Profile {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub city: String,
    pub street: String,
    pub postal_code: String,
    pub phone: String,
    pub email: String,
    pub opening_hours: String,
    pub carrier_name: String,
    pub carrier_address: String,
    pub time_zone: String,
    /// In the reader's language, else German, else empty.
    pub description: String,
    /// 1 when the description is the German one shown to a reader of another language.
    pub in_german: i64,
}

const PROFILE: &str = "SELECT s.id, s.slug, s.name, s.city, s.street, s.postal_code, s.phone, s.email, s.opening_hours,
        s.carrier_name, s.carrier_address, s.time_zone,
        COALESCE(own.description, de.description, '') AS description,
        CAST(CASE WHEN own.description IS NULL AND de.description IS NOT NULL AND $1 <> 'de' THEN 1 ELSE 0 END AS BIGINT)
            AS in_german
    FROM sites s
    LEFT JOIN site_descriptions own ON own.site_id = s.id AND own.lang = $1
    LEFT JOIN site_descriptions de ON de.site_id = s.id AND de.lang = 'de'";

/// The site with this address part, for its public page.
pub async fn profile(db: &Db, lang: Lang, slug: &str) -> sqlx::Result<Option<Profile>> {
    // Only fixed text is formatted into the statement; values are bound.
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{PROFILE} WHERE s.slug = $2")))
        .bind(lang.content_code())
        .bind(slug)
        .fetch_optional(db.pool())
        .await
}

/// Every site with its contact details, by city ("JMD in deiner Nähe").
pub async fn directory(db: &Db, lang: Lang) -> sqlx::Result<Vec<Profile>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{PROFILE} ORDER BY s.city, s.name LIMIT 1000")))
        .bind(lang.content_code())
        .fetch_all(db.pool())
        .await
}

/// What a site still lacks before its staff can publish a first offer, in the order to do it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Setup {
    /// Address, carrier, federal state or districts not given yet.
    pub details_missing: bool,
    pub organisations: i64,
    pub venues: i64,
    /// Venues partners proposed that wait for staff.
    pub proposals: i64,
    pub staff: i64,
    pub offers: i64,
}

pub async fn setup(db: &Db, site_id: i64) -> sqlx::Result<Setup> {
    #[derive(FromRow)]
    struct Row {
        details_missing: i64,
        organisations: i64,
        venues: i64,
        proposals: i64,
        staff: i64,
        offers: i64,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT CAST(CASE WHEN s.street = '' OR s.carrier_name = '' OR s.federal_state = '' OR s.districts = ''
                     THEN 1 ELSE 0 END AS BIGINT) AS details_missing,
                (SELECT COUNT(*) FROM organisations o WHERE o.site_id = s.id AND o.archived = 0) AS organisations,
                (SELECT COUNT(*) FROM venues v WHERE v.site_id = s.id AND v.archived = 0 AND v.proposed_by IS NULL)
                    AS venues,
                (SELECT COUNT(*) FROM venues v WHERE v.site_id = s.id AND v.archived = 0 AND v.proposed_by IS NOT NULL)
                    AS proposals,
                (SELECT COUNT(*) FROM users u WHERE u.site_id = s.id AND u.role = 'staff') AS staff,
                (SELECT COUNT(*) FROM offers f WHERE f.site_id = s.id) AS offers
         FROM sites s WHERE s.id = $1",
    )
    .bind(site_id)
    .fetch_optional(db.pool())
    .await?;
    Ok(row
        .map(|row| Setup {
            details_missing: row.details_missing == 1,
            organisations: row.organisations,
            venues: row.venues,
            proposals: row.proposals,
            staff: row.staff,
            offers: row.offers,
        })
        .unwrap_or_default())
}

/// What a site's Impressum and privacy notice say about it.
#[derive(Debug, Clone, FromRow)]
pub struct Legal {
    pub name: String,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub phone: String,
    pub email: String,
    pub carrier_name: String,
    pub carrier_address: String,
    pub privacy_contact: String,
    pub processors: String,
    pub keep_registration_months: i64,
    pub keep_message_days: i64,
}

/// The legal facts of the site `slug`; with no slug, of the only site (None with several).
pub async fn legal(db: &Db, slug: Option<&str>) -> sqlx::Result<Option<Legal>> {
    let rows: Vec<Legal> = sqlx::query_as(
        "SELECT name, street, postal_code, city, phone, email, carrier_name, carrier_address, privacy_contact,
                processors, keep_registration_months, keep_message_days
         FROM sites WHERE ($1 IS NULL OR slug = $1) ORDER BY id LIMIT 2",
    )
    .bind(slug)
    .fetch_all(db.pool())
    .await?;
    Ok(if rows.len() == 1 { rows.into_iter().next() } else { None })
}
