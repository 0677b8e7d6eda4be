//! Reading offers for the public pages. Every function runs a fixed number of queries, whatever
//! the number of offers: organisers of a whole list come in one batched query.

use std::collections::HashMap;

use sqlx::FromRow;

use chrono_tz::Tz;

use super::{Db, placeholders};
use crate::domain::offer::{Audience, Category, OfferKind, Registration, Visibility, search_text};
use crate::domain::offer_form::{Errors, Fields, Limits, OfferDetails};
use crate::domain::schedule::{LocalSpan, Occurrence, local_to_utc};
use crate::i18n::Lang;

/// An offer as its editors list it: drafts too, with the next date if there is one.
#[derive(Debug, Clone, FromRow)]
pub struct EditorItem {
    pub id: i64,
    pub title: String,
    pub status: String,
    pub organisation: String,
    starts_at: Option<i64>,
    ends_at: Option<i64>,
    time_zone: Option<String>,
}

impl EditorItem {
    pub fn next_session(&self) -> Option<LocalSpan> {
        match (self.starts_at, self.ends_at, &self.time_zone) {
            (Some(starts), Some(ends), Some(zone)) => Some(LocalSpan::from_stored(starts, ends, zone)),
            _ => None,
        }
    }
}

/// Offers that are not cancelled, of one site and (for partners) one lead organisation, the
/// next to happen first and those without coming dates last.
pub async fn for_editors(
    db: &Db,
    site_id: Option<i64>,
    organisation_id: Option<i64>,
    now: i64,
    limit: i64,
) -> sqlx::Result<Vec<EditorItem>> {
    sqlx::query_as(
        "SELECT o.id, o.title, o.status, org.name AS organisation, n.starts_at, n.ends_at, n.time_zone
         FROM offers o
         JOIN organisations org ON org.id = o.organisation_id
         LEFT JOIN sessions n ON n.id = (SELECT s.id FROM sessions s
                                         WHERE s.offer_id = o.id AND s.status = 'scheduled' AND s.ends_at > $1
                                         ORDER BY s.starts_at, s.id LIMIT 1)
         WHERE ($2 IS NULL OR o.site_id = $2) AND ($3 IS NULL OR o.organisation_id = $3) AND o.status <> 'cancelled'
         ORDER BY n.starts_at IS NULL, n.starts_at, o.id
         LIMIT $4",
    )
    .bind(now)
    .bind(site_id)
    .bind(organisation_id)
    .bind(limit)
    .fetch_all(db.pool())
    .await
}

/// Everything the offer page shows about one published offer.
#[derive(Debug, Clone, FromRow)]
pub struct OfferDetail {
    pub id: i64,
    pub site_id: i64,
    /// "published" or "cancelled": a cancelled offer keeps its page, so that old links explain it.
    pub status: String,
    pub title: String,
    pub description: String,
    /// 1 when the texts are the German original: no translation into the reader's language.
    pub in_german: i64,
    #[sqlx(try_from = "String")]
    pub kind: OfferKind,
    #[sqlx(try_from = "String")]
    pub category: Category,
    #[sqlx(try_from = "String")]
    pub audience: Audience,
    pub focus: String,
    pub min_age: i64,
    pub max_age: i64,
    pub languages: String,
    pub capacity: Option<i64>,
    #[sqlx(try_from = "String")]
    pub registration: Registration,
    pub registration_opens_at: Option<i64>,
    pub registration_closes_at: Option<i64>,
    pub places_taken: i64,
    pub time_zone: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub organisation_id: i64,
    pub organisation: String,
    pub programme: Option<String>,
    pub programme_slug: Option<String>,
    pub venue_name: Option<String>,
    pub street: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
    pub district: Option<String>,
    step_free: Option<i64>,
    accessible_toilet: Option<i64>,
    hearing_loop: Option<i64>,
    pub accessibility_notes: Option<String>,
    /// How to get there by bus and train.
    pub transit: Option<String>,
    /// None: free.
    pub cost_cents: Option<i64>,
    pub bring: String,
    pub meeting_point: String,
    #[sqlx(try_from = "String")]
    pub visibility: Visibility,
    pub overnight: i64,
    /// How many months after the last date the site deletes registrations (the form says so).
    pub keep_months: i64,
    #[sqlx(skip)]
    pub cohosts: Vec<Host>,
}

/// An organisation that runs or co-hosts an offer.
#[derive(Debug, Clone, FromRow)]
pub struct Host {
    pub offer_id: i64,
    pub id: i64,
    pub name: String,
}

impl OfferDetail {
    pub fn step_free(&self) -> bool {
        self.step_free == Some(1)
    }

    pub fn accessible_toilet(&self) -> bool {
        self.accessible_toilet == Some(1)
    }

    pub fn hearing_loop(&self) -> bool {
        self.hearing_loop == Some(1)
    }
}

/// A public offer: published, or cancelled (drafts stay private).
pub async fn find_public(db: &Db, lang: Lang, id: i64) -> sqlx::Result<Option<OfferDetail>> {
    let offer: Option<OfferDetail> = sqlx::query_as(
        "SELECT o.id, o.site_id, o.status, COALESCE(tr.title, o.title) AS title,
                COALESCE(NULLIF(tr.description, ''), o.description) AS description,
                CAST(CASE WHEN tr.title IS NULL THEN 1 ELSE 0 END AS BIGINT) AS in_german,
                o.kind, o.category, o.audience, o.focus, o.min_age, o.max_age, o.languages, o.capacity,
                o.registration, o.registration_opens_at, o.registration_closes_at, o.places_taken, o.time_zone,
                o.contact_name, o.contact_email, o.contact_phone,
                o.organisation_id, org.name AS organisation,
                COALESCE(ptr.title, p.title) AS programme, p.slug AS programme_slug,
                v.name AS venue_name, v.street, v.postal_code, v.city, v.district,
                v.step_free, v.accessible_toilet, v.hearing_loop, v.accessibility_notes, v.transit,
                o.cost_cents, o.bring, o.meeting_point, o.visibility, o.overnight,
                (SELECT keep_registration_months FROM sites WHERE id = o.site_id) AS keep_months
         FROM offers o
         JOIN organisations org ON org.id = o.organisation_id
         LEFT JOIN venues v ON v.id = o.venue_id
         LEFT JOIN programmes p ON p.id = o.programme_id
         LEFT JOIN programme_translations ptr ON ptr.programme_id = p.id AND ptr.lang = $1
         LEFT JOIN offer_translations tr ON tr.offer_id = o.id AND tr.lang = $1
         WHERE o.id = $2 AND o.status IN ('published', 'cancelled')",
    )
    .bind(lang.content_code())
    .bind(id)
    .fetch_optional(db.pool())
    .await?;
    let Some(mut offer) = offer else {
        return Ok(None);
    };
    offer.cohosts = cohosts_of(db, &[offer.id]).await?.remove(&offer.id).unwrap_or_default();
    Ok(Some(offer))
}

/// Who owns an offer, for the permission check of its editor.
#[derive(Debug, Clone, FromRow)]
pub struct Ownership {
    pub site_id: i64,
    pub organisation_id: i64,
    pub title: String,
    pub status: String,
    pub time_zone: String,
}

impl Ownership {
    pub fn zone(&self) -> Tz {
        crate::domain::schedule::zone(&self.time_zone)
    }
}

pub async fn ownership(
    executor: impl sqlx::Executor<'_, Database = sqlx::Any>,
    id: i64,
) -> sqlx::Result<Option<Ownership>> {
    sqlx::query_as("SELECT site_id, organisation_id, title, status, time_zone FROM offers WHERE id = $1")
        .bind(id)
        .fetch_optional(executor)
        .await
}

#[derive(Debug, Clone, FromRow)]
struct StoredSession {
    id: i64,
    starts_at: i64,
    ends_at: i64,
    time_zone: String,
    /// All matching sessions, not only this page: the window runs before LIMIT.
    total: i64,
}

/// A scheduled session as pages show it.
#[derive(Debug, Clone, Copy)]
pub struct UpcomingSession {
    pub id: i64,
    pub span: LocalSpan,
}

/// The next scheduled sessions of an offer (at most `limit`), and how many more follow.
pub async fn upcoming_sessions(
    db: &Db,
    offer_id: i64,
    now: i64,
    limit: i64,
) -> sqlx::Result<(Vec<UpcomingSession>, i64)> {
    // The limit is written into the statement, not bound: SQLite prepares a statement with a bound
    // LIMIT again at every run. Only the integer is formatted in.
    let sessions: Vec<StoredSession> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT id, starts_at, ends_at, time_zone, COUNT(*) OVER () AS total FROM sessions
         WHERE offer_id = $1 AND status = 'scheduled' AND ends_at > $2
         ORDER BY starts_at, id LIMIT {limit}"
    )))
    .bind(offer_id)
    .bind(now)
    .fetch_all(db.pool())
    .await?;
    let total = sessions.first().map_or(0, |session| session.total);
    let shown = sessions.len() as i64;
    let sessions = sessions
        .iter()
        .map(|s| UpcomingSession { id: s.id, span: LocalSpan::from_stored(s.starts_at, s.ends_at, &s.time_zone) })
        .collect();
    Ok((sessions, total - shown))
}

/// Cancels one session of an offer ("this date only"); false when the offer has no such session.
pub async fn cancel_session(
    tx: &mut sqlx::AnyConnection,
    offer_id: i64,
    session_id: i64,
    now: i64,
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE sessions SET status = 'cancelled', revision = revision + 1, changed_at = $3
         WHERE id = $1 AND offer_id = $2",
    )
    .bind(session_id)
    .bind(offer_id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Co-hosts per offer, in one query for any number of offers.
async fn cohosts_of(db: &Db, offer_ids: &[i64]) -> sqlx::Result<HashMap<i64, Vec<Host>>> {
    if offer_ids.is_empty() {
        return Ok(HashMap::new());
    }
    let sql = format!(
        "SELECT c.offer_id, org.id, org.name FROM offer_cohosts c
         JOIN organisations org ON org.id = c.organisation_id
         WHERE c.offer_id IN ({}) ORDER BY org.name",
        placeholders(1, offer_ids.len())
    );
    // Only numbered placeholders are formatted into the text; the ids are bound.
    let mut query = sqlx::query_as::<_, Host>(sqlx::AssertSqlSafe(sql));
    for id in offer_ids {
        query = query.bind(*id);
    }
    let mut by_offer: HashMap<i64, Vec<Host>> = HashMap::new();
    for host in query.fetch_all(db.pool()).await? {
        by_offer.entry(host.offer_id).or_default().push(host);
    }
    Ok(by_offer)
}

/// Stores an offer's details in the caller's transaction; returns its id. Its dates follow with
/// `insert_sessions`.
pub async fn insert(
    tx: &mut sqlx::AnyConnection,
    site_id: i64,
    details: &OfferDetails,
    kind: OfferKind,
    status: &str,
    time_zone: Tz,
) -> sqlx::Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO offers (site_id, organisation_id, venue_id, kind, status, category, title, description, time_zone)
         VALUES ($1, $2, $3, $4, $5, $6, '', '', $7) RETURNING id",
    )
    .bind(site_id)
    .bind(details.organisation_id)
    .bind(details.venue_id)
    .bind(kind.code())
    .bind(status)
    .bind(details.category.code())
    .bind(time_zone.name())
    .fetch_one(&mut *tx)
    .await?;
    update(tx, id, details, time_zone).await?;
    Ok(id)
}

/// Writes an offer's details over the stored ones, with its translations and co-hosts.
pub async fn update(tx: &mut sqlx::AnyConnection, id: i64, details: &OfferDetails, time_zone: Tz) -> sqlx::Result<()> {
    let instant = |local: Option<chrono::NaiveDateTime>| local.map(|at| local_to_utc(time_zone, at).timestamp());
    let texts = std::iter::once((details.title.as_str(), details.description.as_str()))
        .chain(details.translations.iter().map(|(_, title, description)| (title.as_str(), description.as_str())))
        .flat_map(|(title, description)| [title, description]);
    sqlx::query(
        "UPDATE offers SET organisation_id = $2, venue_id = $3, programme_id = $4, category = $5, title = $6,
                description = $7, min_age = $8, max_age = $9, audience = $10, focus = $11, languages = $12,
                capacity = $13, contact_name = $14, contact_email = $15, contact_phone = $16, registration = $17,
                registration_opens_at = $18, registration_closes_at = $19, search_text = $20,
                remind_day_before = $21, remind_two_hours_before = $22, network_share = $23, cost_cents = $24,
                bring = $25, meeting_point = $26, visibility = $27, overnight = $28
         WHERE id = $1",
    )
    .bind(id)
    .bind(details.organisation_id)
    .bind(details.venue_id)
    .bind(details.programme_id)
    .bind(details.category.code())
    .bind(&details.title)
    .bind(&details.description)
    .bind(details.min_age)
    .bind(details.max_age)
    .bind(details.audience.code())
    .bind(details.focus.code())
    .bind(details.languages.join(","))
    .bind(details.capacity)
    .bind(&details.contact_name)
    .bind(&details.contact_email)
    .bind(&details.contact_phone)
    .bind(details.registration.code())
    .bind(instant(details.registration_opens))
    .bind(instant(details.registration_closes))
    .bind(search_text(texts))
    .bind(i64::from(details.remind_day_before))
    .bind(i64::from(details.remind_two_hours_before))
    .bind(details.network_share)
    .bind(details.cost_cents)
    .bind(&details.bring)
    .bind(&details.meeting_point)
    .bind(details.visibility.code())
    .bind(i64::from(details.overnight))
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM offer_translations WHERE offer_id = $1").bind(id).execute(&mut *tx).await?;
    for (lang, title, description) in &details.translations {
        sqlx::query("INSERT INTO offer_translations (offer_id, lang, title, description) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(lang)
            .bind(title)
            .bind(description)
            .execute(&mut *tx)
            .await?;
    }
    sqlx::query("DELETE FROM offer_cohosts WHERE offer_id = $1").bind(id).execute(&mut *tx).await?;
    for organisation_id in &details.cohosts {
        sqlx::query("INSERT INTO offer_cohosts (offer_id, organisation_id) VALUES ($1, $2)")
            .bind(id)
            .bind(organisation_id)
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

/// Problems with what the details point to: a venue, programme or co-host of another site, or a
/// venue a partner proposed that staff have not confirmed.
pub async fn foreign_references(
    conn: &mut sqlx::AnyConnection,
    site_id: i64,
    details: &OfferDetails,
) -> sqlx::Result<Errors> {
    let mut errors = Errors::new();
    let venue: Option<(i64,)> = sqlx::query_as("SELECT site_id FROM venues WHERE id = $1 AND proposed_by IS NULL")
        .bind(details.venue_id)
        .fetch_optional(&mut *conn)
        .await?;
    if venue != Some((site_id,)) {
        errors.insert("venue_id".to_owned(), "offer-error-venue-site".to_owned());
    }
    if let Some(programme_id) = details.programme_id {
        let programme: Option<(i64,)> = sqlx::query_as("SELECT site_id FROM programmes WHERE id = $1")
            .bind(programme_id)
            .fetch_optional(&mut *conn)
            .await?;
        if programme != Some((site_id,)) {
            errors.insert("programme_id".to_owned(), "offer-error-choose".to_owned());
        }
    }
    if !details.cohosts.is_empty() {
        let sql = format!(
            "SELECT COUNT(*) FROM organisations WHERE site_id = $1 AND id IN ({})",
            placeholders(2, details.cohosts.len())
        );
        // Only numbered placeholders are formatted into the text; the ids are bound.
        let mut query = sqlx::query_as::<_, (i64,)>(sqlx::AssertSqlSafe(sql)).bind(site_id);
        for id in &details.cohosts {
            query = query.bind(*id);
        }
        let (found,) = query.fetch_one(&mut *conn).await?;
        if usize::try_from(found).ok() != Some(details.cohosts.len()) {
            errors.insert("cohosts".to_owned(), "offer-error-choose".to_owned());
        }
    }
    Ok(errors)
}

/// Adds dates to an offer.
pub async fn insert_sessions(
    tx: &mut sqlx::AnyConnection,
    offer_id: i64,
    time_zone: Tz,
    (occurrences, now): (&[Occurrence], i64),
) -> sqlx::Result<()> {
    for occurrence in occurrences {
        sqlx::query(
            "INSERT INTO sessions (offer_id, starts_at, ends_at, time_zone, changed_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(offer_id)
        .bind(occurrence.starts_at.timestamp())
        .bind(occurrence.ends_at.timestamp())
        .bind(time_zone.name())
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

/// The scheduled dates of an offer that have not started by `now`, as stored.
pub async fn coming_sessions(
    tx: &mut sqlx::AnyConnection,
    offer_id: i64,
    now: i64,
) -> sqlx::Result<Vec<(i64, LocalSpan)>> {
    let rows: Vec<(i64, i64, i64, String)> = sqlx::query_as(
        "SELECT id, starts_at, ends_at, time_zone FROM sessions
         WHERE offer_id = $1 AND status = 'scheduled' AND starts_at > $2 ORDER BY starts_at",
    )
    .bind(offer_id)
    .bind(now)
    .fetch_all(&mut *tx)
    .await?;
    Ok(rows.into_iter().map(|(id, starts, ends, zone)| (id, LocalSpan::from_stored(starts, ends, &zone))).collect())
}

/// Moves one date of an offer; false when the offer has no such scheduled date.
pub async fn move_session(
    tx: &mut sqlx::AnyConnection,
    offer_id: i64,
    session_id: i64,
    (to, now): (Occurrence, i64),
) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE sessions SET starts_at = $3, ends_at = $4, revision = revision + 1, changed_at = $5
         WHERE id = $1 AND offer_id = $2 AND status = 'scheduled'",
    )
    .bind(session_id)
    .bind(offer_id)
    .bind(to.starts_at.timestamp())
    .bind(to.ends_at.timestamp())
    .bind(now)
    .execute(&mut *tx)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// An offer as its editor form shows it, with what its changes must respect.
pub struct Editable {
    pub fields: Fields,
    pub limits: Limits,
    pub site_id: i64,
    pub time_zone: Tz,
    pub kind: OfferKind,
}

#[derive(FromRow)]
struct EditableRow {
    site_id: i64,
    kind: String,
    category: String,
    title: String,
    description: String,
    min_age: i64,
    max_age: i64,
    audience: String,
    focus: String,
    languages: String,
    capacity: Option<i64>,
    network_share: i64,
    organisation_id: i64,
    venue_id: Option<i64>,
    programme_id: Option<i64>,
    contact_name: String,
    contact_email: String,
    contact_phone: String,
    registration: String,
    registration_opens_at: Option<i64>,
    registration_closes_at: Option<i64>,
    time_zone: String,
    remind_day_before: i64,
    remind_two_hours_before: i64,
    cost_cents: Option<i64>,
    bring: String,
    meeting_point: String,
    visibility: String,
    overnight: i64,
    places_taken: i64,
    places_taken_per_date: Option<i64>,
    last_start: Option<i64>,
    next_start: Option<i64>,
    next_end: Option<i64>,
}

/// The stored offer `id` as form fields, in the names the offer form uses.
pub async fn editable(conn: &mut sqlx::AnyConnection, id: i64, now: i64) -> sqlx::Result<Option<Editable>> {
    let row: Option<EditableRow> = sqlx::query_as(
        "SELECT o.site_id, o.kind, o.category, o.title, o.description, o.min_age, o.max_age, o.audience, o.focus,
                o.languages, o.capacity, o.network_share, o.organisation_id, o.venue_id, o.programme_id, o.contact_name,
                o.contact_email, o.contact_phone, o.registration, o.registration_opens_at,
                o.registration_closes_at, o.time_zone, o.remind_day_before, o.remind_two_hours_before,
                o.cost_cents, o.bring, o.meeting_point, o.visibility, o.overnight, o.places_taken,
                (SELECT MAX(s.places_taken) FROM sessions s WHERE s.offer_id = o.id) AS places_taken_per_date,
                (SELECT MAX(s.starts_at) FROM sessions s WHERE s.offer_id = o.id AND s.status = 'scheduled')
                    AS last_start,
                n.starts_at AS next_start, n.ends_at AS next_end
         FROM offers o
         LEFT JOIN sessions n ON n.id = (SELECT s.id FROM sessions s WHERE s.offer_id = o.id
                                         ORDER BY s.starts_at < $2, s.starts_at LIMIT 1)
         WHERE o.id = $1",
    )
    .bind(id)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let translations: Vec<(String, String, String)> =
        sqlx::query_as("SELECT lang, title, description FROM offer_translations WHERE offer_id = $1")
            .bind(id)
            .fetch_all(&mut *conn)
            .await?;
    let cohosts: Vec<(i64,)> = sqlx::query_as("SELECT organisation_id FROM offer_cohosts WHERE offer_id = $1")
        .bind(id)
        .fetch_all(&mut *conn)
        .await?;
    let time_zone = crate::domain::schedule::zone(&row.time_zone);
    let local = |instant: Option<i64>| {
        instant.and_then(|secs| chrono::DateTime::from_timestamp(secs, 0)).map(|at| at.with_timezone(&time_zone))
    };
    let moment = |instant| local(instant).map(|at| at.format("%Y-%m-%dT%H:%M").to_string()).unwrap_or_default();
    let clock = |instant| local(instant).map(|at| at.format("%H:%M").to_string()).unwrap_or_default();
    let mut fields: Fields = [
        ("title", row.title),
        ("description", row.description),
        ("category", row.category),
        ("audience", row.audience),
        ("focus", row.focus),
        ("min_age", row.min_age.to_string()),
        ("max_age", row.max_age.to_string()),
        ("languages", row.languages),
        ("capacity", row.capacity.map(|c| c.to_string()).unwrap_or_default()),
        ("network_share", row.network_share.to_string()),
        ("organisation_id", row.organisation_id.to_string()),
        ("venue_id", row.venue_id.map(|v| v.to_string()).unwrap_or_default()),
        ("programme_id", row.programme_id.map(|p| p.to_string()).unwrap_or_default()),
        ("contact_name", row.contact_name),
        ("contact_email", row.contact_email),
        ("contact_phone", row.contact_phone),
        ("registration", row.registration),
        ("registration_opens", moment(row.registration_opens_at)),
        ("registration_closes", moment(row.registration_closes_at)),
        ("cohosts", cohosts.iter().map(|(id,)| id.to_string()).collect::<Vec<_>>().join(",")),
        ("cost", row.cost_cents.map(|cents| format!("{},{:02}", cents / 100, cents % 100)).unwrap_or_default()),
        ("bring", row.bring),
        ("meeting_point", row.meeting_point),
        ("visibility", row.visibility),
        ("start", clock(row.next_start)),
        ("end", clock(row.next_end)),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_owned(), value))
    .collect();
    // Checkboxes: present when on, as a browser sends them.
    for (name, on) in [
        ("remind_day_before", row.remind_day_before),
        ("remind_two_hours_before", row.remind_two_hours_before),
        ("overnight", row.overnight),
    ] {
        if on == 1 {
            fields.insert(name.to_owned(), "on".to_owned());
        }
    }
    for (lang, title, description) in translations {
        fields.insert(format!("title_{lang}"), title);
        fields.insert(format!("description_{lang}"), description);
    }
    let limits = Limits {
        // Per-date registrations hold places per date: the fullest date counts.
        places_taken: row.places_taken.max(row.places_taken_per_date.unwrap_or(0)),
        last_start: local(row.last_start).map(|at| at.naive_local()),
    };
    let kind = OfferKind::from_code(&row.kind).unwrap_or(OfferKind::Event);
    Ok(Some(Editable { fields, limits, site_id: row.site_id, time_zone, kind }))
}

#[derive(Debug, Clone, FromRow)]
pub struct VenueChoice {
    pub id: i64,
    pub site_id: i64,
    pub name: String,
    pub district: String,
    /// 1 when it is used no more, or (a partner's proposal) not confirmed yet: offered only where
    /// it is already chosen.
    pub archived: i64,
}

/// The venues an editor may pick from: those of one site, or all.
pub async fn venues(db: &Db, site_id: Option<i64>) -> sqlx::Result<Vec<VenueChoice>> {
    sqlx::query_as(
        "SELECT id, site_id, name, district,
                CAST(CASE WHEN archived = 1 OR proposed_by IS NOT NULL THEN 1 ELSE 0 END AS BIGINT) AS archived
         FROM venues WHERE ($1 IS NULL OR site_id = $1)
         ORDER BY district, name LIMIT 500",
    )
    .bind(site_id)
    .fetch_all(db.pool())
    .await
}

/// Moves an offer to `status` ("published" or "cancelled"); cancelling also cancels its sessions
/// that have not started, so calendars and the agenda drop them.
pub async fn set_status(tx: &mut sqlx::AnyConnection, id: i64, status: &str, now: i64) -> sqlx::Result<()> {
    sqlx::query("UPDATE offers SET status = $1 WHERE id = $2").bind(status).bind(id).execute(&mut *tx).await?;
    if status == "cancelled" {
        sqlx::query(
            "UPDATE sessions SET status = 'cancelled', revision = revision + 1, changed_at = $2
             WHERE offer_id = $1 AND starts_at > $2",
        )
        .bind(id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

/// The SQL for the title of offer `o` as a reader of the content language `lang` (an SQL
/// expression) sees it in messages: the translation with the German original beside it, so that
/// staff and young people speak of the same thing ("تعلم الطبخ (Kochen ohne Grenzen)"), or the
/// German title where there is none.
pub fn title_for_sql(lang: &str) -> String {
    format!(
        "COALESCE((SELECT t.title || ' (' || o.title || ')' FROM offer_translations t
                   WHERE t.offer_id = o.id AND t.lang = {lang} AND t.title <> '' AND t.title <> o.title), o.title)"
    )
}

/// The content language of the language code in column `column`, in SQL (Dari readers read the
/// Persian texts; see `Lang::content_code`).
pub fn content_lang_sql(column: &str) -> String {
    let mapped: Vec<String> = Lang::ALL
        .iter()
        .filter(|lang| lang.content_code() != lang.code())
        .map(|lang| format!("WHEN '{}' THEN '{}'", lang.code(), lang.content_code()))
        .collect();
    format!("CASE {column} {} ELSE {column} END", mapped.join(" "))
}

/// Offer `id`'s title for messages to a reader of `lang` (see `title_for_sql`).
pub async fn title_in(conn: &mut sqlx::AnyConnection, id: i64, lang: Lang) -> sqlx::Result<String> {
    let sql = format!("SELECT {} FROM offers o WHERE o.id = $1", title_for_sql("$2"));
    let (title,): (String,) =
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).bind(lang.content_code()).fetch_one(&mut *conn).await?;
    Ok(title)
}
