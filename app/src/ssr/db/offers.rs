//! Reading offers for the public pages. Every function runs a fixed number of queries, whatever
//! the number of offers: organisers of a whole list come in one batched query.

use std::collections::HashMap;

use sqlx::FromRow;

use super::{Db, placeholders};
use crate::domain::offer::{Audience, Category, OfferKind};
use crate::domain::schedule::LocalSpan;
use crate::i18n::Lang;

/// An offer with its next session, as the staff dashboard lists it.
#[derive(Debug, Clone, FromRow)]
pub struct UpcomingOffer {
    pub id: i64,
    pub title: String,
    #[sqlx(try_from = "String")]
    pub kind: OfferKind,
    #[sqlx(try_from = "String")]
    pub category: Category,
    starts_at: i64,
    ends_at: i64,
    time_zone: String,
    pub venue_name: Option<String>,
    pub district: Option<String>,
    pub organisation: String,
}

impl UpcomingOffer {
    pub fn next_session(&self) -> LocalSpan {
        LocalSpan::from_stored(self.starts_at, self.ends_at, &self.time_zone)
    }
}

/// Published offers (of one site, or of all) whose next scheduled session has not ended by
/// `now`, soonest first.
pub async fn list_upcoming(
    db: &Db,
    lang: Lang,
    site_id: Option<i64>,
    now: i64,
    limit: i64,
) -> sqlx::Result<Vec<UpcomingOffer>> {
    sqlx::query_as(
        "SELECT o.id, COALESCE(tr.title, o.title) AS title, o.kind, o.category,
                s.starts_at, s.ends_at, s.time_zone,
                v.name AS venue_name, v.district, org.name AS organisation
         FROM offers o
         JOIN sessions s ON s.offer_id = o.id
         JOIN organisations org ON org.id = o.organisation_id
         LEFT JOIN venues v ON v.id = o.venue_id
         LEFT JOIN offer_translations tr ON tr.offer_id = o.id AND tr.lang = $1
         WHERE o.status = 'published' AND ($4 IS NULL OR o.site_id = $4)
           AND s.id = (SELECT s2.id FROM sessions s2
                       WHERE s2.offer_id = o.id AND s2.status = 'scheduled' AND s2.ends_at > $2
                       ORDER BY s2.starts_at, s2.id LIMIT 1)
         ORDER BY s.starts_at, o.id
         LIMIT $3",
    )
    .bind(lang.code())
    .bind(now)
    .bind(limit)
    .bind(site_id)
    .fetch_all(db.pool())
    .await
}

/// Everything the offer page shows about one published offer.
#[derive(Debug, Clone, FromRow)]
pub struct OfferDetail {
    pub id: i64,
    /// "published" or "cancelled": a cancelled offer keeps its page, so that old links explain it.
    pub status: String,
    pub title: String,
    pub description: String,
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
    pub accessibility_notes: Option<String>,
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
}

/// A public offer: published, or cancelled (drafts stay private).
pub async fn find_public(db: &Db, lang: Lang, id: i64) -> sqlx::Result<Option<OfferDetail>> {
    let offer: Option<OfferDetail> = sqlx::query_as(
        "SELECT o.id, o.status, COALESCE(tr.title, o.title) AS title,
                COALESCE(NULLIF(tr.description, ''), o.description) AS description,
                o.kind, o.category, o.audience, o.focus, o.min_age, o.max_age, o.languages, o.capacity,
                o.organisation_id, org.name AS organisation,
                COALESCE(ptr.title, p.title) AS programme, p.slug AS programme_slug,
                v.name AS venue_name, v.street, v.postal_code, v.city, v.district,
                v.step_free, v.accessible_toilet, v.accessibility_notes
         FROM offers o
         JOIN organisations org ON org.id = o.organisation_id
         LEFT JOIN venues v ON v.id = o.venue_id
         LEFT JOIN programmes p ON p.id = o.programme_id
         LEFT JOIN programme_translations ptr ON ptr.programme_id = p.id AND ptr.lang = $1
         LEFT JOIN offer_translations tr ON tr.offer_id = o.id AND tr.lang = $1
         WHERE o.id = $2 AND o.status IN ('published', 'cancelled')",
    )
    .bind(lang.code())
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
}

pub async fn ownership(db: &Db, id: i64) -> sqlx::Result<Option<Ownership>> {
    sqlx::query_as("SELECT site_id, organisation_id, title, status FROM offers WHERE id = $1")
        .bind(id)
        .fetch_optional(db.pool())
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
    let sessions: Vec<StoredSession> = sqlx::query_as(
        "SELECT id, starts_at, ends_at, time_zone, COUNT(*) OVER () AS total FROM sessions
         WHERE offer_id = $1 AND status = 'scheduled' AND ends_at > $2
         ORDER BY starts_at, id LIMIT $3",
    )
    .bind(offer_id)
    .bind(now)
    .bind(limit)
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
pub async fn cancel_session(tx: &mut sqlx::AnyConnection, offer_id: i64, session_id: i64) -> sqlx::Result<bool> {
    let done = sqlx::query("UPDATE sessions SET status = 'cancelled' WHERE id = $1 AND offer_id = $2")
        .bind(session_id)
        .bind(offer_id)
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

/// Stores a checked offer and its sessions in the caller's transaction; returns its id.
pub async fn insert(
    tx: &mut sqlx::AnyConnection,
    site_id: i64,
    offer: &crate::domain::offer_form::NewOffer,
    time_zone: chrono_tz::Tz,
) -> sqlx::Result<i64> {
    use crate::domain::offer::search_text;
    use crate::domain::schedule::{Frequency, Recurrence};

    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO offers (site_id, organisation_id, venue_id, kind, status, category, title, description,
                             min_age, max_age, audience, languages, time_zone, capacity, search_text)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id",
    )
    .bind(site_id)
    .bind(offer.organisation_id)
    .bind(offer.venue_id)
    .bind(offer.kind.code())
    .bind(if offer.publish { "published" } else { "draft" })
    .bind(offer.category.code())
    .bind(&offer.title)
    .bind(&offer.description)
    .bind(offer.min_age)
    .bind(offer.max_age)
    .bind(offer.audience.code())
    .bind(offer.languages.join(","))
    .bind(time_zone.name())
    .bind(offer.capacity)
    .bind(search_text([offer.title.as_str(), offer.description.as_str()]))
    .fetch_one(&mut *tx)
    .await?;
    let rule = Recurrence {
        frequency: offer.repeat.unwrap_or(Frequency::Weekly { interval: 1 }),
        first_date: offer.first_date,
        start: offer.start,
        duration: offer.duration,
        count: offer.count,
        time_zone,
        except: offer.except.clone(),
    };
    for session in rule.occurrences() {
        sqlx::query("INSERT INTO sessions (offer_id, starts_at, ends_at, time_zone) VALUES ($1, $2, $3, $4)")
            .bind(id)
            .bind(session.starts_at.timestamp())
            .bind(session.ends_at.timestamp())
            .bind(time_zone.name())
            .execute(&mut *tx)
            .await?;
    }
    Ok(id)
}

#[derive(Debug, Clone, FromRow)]
pub struct VenueChoice {
    pub id: i64,
    pub site_id: i64,
    pub name: String,
    pub district: String,
}

/// The venues an editor may pick from: those of one site, or all.
pub async fn venues(db: &Db, site_id: Option<i64>) -> sqlx::Result<Vec<VenueChoice>> {
    sqlx::query_as(
        "SELECT id, site_id, name, district FROM venues WHERE ($1 IS NULL OR site_id = $1) ORDER BY district, name LIMIT 500",
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
        sqlx::query("UPDATE sessions SET status = 'cancelled' WHERE offer_id = $1 AND starts_at > $2")
            .bind(id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}
