//! Registrations as stored. Every function takes the caller's connection: the registration
//! service runs them inside the transaction that holds the offer's lock.

use sqlx::{AnyConnection, FromRow};

use crate::domain::offer::Registration;
use crate::domain::registration::{
    Applicant, PaperConsent, PhotoPermission, Status, Waiting, consent_missing, needs_readable, needs_trip_consent,
    photo_permission,
};
use crate::domain::schedule::local_instant;
use crate::i18n::Lang;
use chrono_tz::Tz;

/// Whom a registration is for: the whole series, or one date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scope {
    pub offer_id: i64,
    pub session_id: Option<i64>,
}

/// What the registration rules need to know about an offer, read under its lock.
#[derive(Debug, Clone, FromRow)]
pub struct OfferForRegistration {
    pub id: i64,
    pub status: String,
    #[sqlx(try_from = "String")]
    pub registration: Registration,
    pub capacity: Option<i64>,
    pub places_taken: i64,
    pub min_age: i64,
    pub max_age: i64,
    pub audience: String,
    pub age_tolerance: i64,
    pub registration_opens_at: Option<i64>,
    pub registration_closes_at: Option<i64>,
    pub title: String,
    pub time_zone: String,
    /// Whose name the messages about the offer carry.
    pub site_id: i64,
    pub venue: Option<String>,
    pub address: Option<String>,
    /// The next scheduled date, for messages ("when").
    pub next_starts_at: Option<i64>,
    pub next_ends_at: Option<i64>,
    /// The share of the places (percent) one network may take within an hour.
    pub network_share: i64,
    /// "public", "partners" or "invited".
    pub visibility: String,
    /// 1: a trip with a night away (an emergency contact and, under 18, a paper consent).
    pub overnight: i64,
}

pub async fn offer(conn: &mut AnyConnection, offer_id: i64, now: i64) -> sqlx::Result<Option<OfferForRegistration>> {
    sqlx::query_as(
        "SELECT o.id, o.status, o.registration, o.capacity, o.places_taken, o.min_age, o.max_age, o.audience,
                o.age_tolerance, o.registration_opens_at, o.registration_closes_at, o.title, o.time_zone, o.site_id,
                o.network_share, o.visibility, o.overnight,
                v.name AS venue, v.street || ', ' || v.postal_code || ' ' || v.city AS address,
                nx.starts_at AS next_starts_at, nx.ends_at AS next_ends_at
         FROM offers o
         LEFT JOIN venues v ON v.id = o.venue_id
         LEFT JOIN sessions nx ON nx.id = (SELECT s.id FROM sessions s WHERE s.offer_id = o.id
                                           AND s.status = 'scheduled' AND s.ends_at > $2
                                           ORDER BY s.starts_at LIMIT 1)
         WHERE o.id = $1",
    )
    .bind(offer_id)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await
}

/// The offer and the date a registration is for, in one query (it runs under the offer's lock,
/// where every round trip counts): the named date of a per-date offer, else the next date of the
/// series that has not begun (a series stays open while dates are to come, also while one of
/// them is running).
pub async fn offer_and_date(
    conn: &mut AnyConnection,
    offer_id: i64,
    session_id: Option<i64>,
    now: i64,
) -> sqlx::Result<Option<(OfferForRegistration, Option<DateForRegistration>)>> {
    #[derive(FromRow)]
    struct Row {
        #[sqlx(flatten)]
        offer: OfferForRegistration,
        date_id: Option<i64>,
        date_starts_at: Option<i64>,
        date_ends_at: Option<i64>,
        date_places_taken: Option<i64>,
    }
    let row: Option<Row> = sqlx::query_as(
        "SELECT o.id, o.status, o.registration, o.capacity, o.places_taken, o.min_age, o.max_age, o.audience,
                o.age_tolerance, o.registration_opens_at, o.registration_closes_at, o.title, o.time_zone, o.site_id,
                o.network_share, o.visibility, o.overnight,
                v.name AS venue, v.street || ', ' || v.postal_code || ' ' || v.city AS address,
                n.starts_at AS next_starts_at, n.ends_at AS next_ends_at, n.id AS date_id, n.starts_at AS date_starts_at, n.ends_at AS date_ends_at,
                n.places_taken AS date_places_taken
         FROM offers o
         LEFT JOIN venues v ON v.id = o.venue_id
         LEFT JOIN sessions n ON n.id = (
             SELECT s.id FROM sessions s
             WHERE s.offer_id = o.id AND s.status = 'scheduled'
               AND ((o.registration <> 'session' AND s.starts_at > $3)
                    OR (o.registration = 'session' AND s.id = $2 AND s.ends_at > $3))
             ORDER BY s.starts_at LIMIT 1)
         WHERE o.id = $1",
    )
    .bind(offer_id)
    .bind(session_id)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|row| {
        let date = match (row.date_id, row.date_starts_at, row.date_ends_at, row.date_places_taken) {
            (Some(id), Some(starts_at), Some(ends_at), Some(places_taken)) => {
                Some(DateForRegistration { id, starts_at, ends_at, places_taken })
            }
            _ => None,
        };
        (row.offer, date)
    }))
}

/// A date as registration sees it: when it starts and ends, and the places its registrations hold.
#[derive(Debug, Clone, Copy, FromRow)]
pub struct DateForRegistration {
    pub id: i64,
    pub starts_at: i64,
    pub ends_at: i64,
    pub places_taken: i64,
}

/// The scheduled date `session_id` of the offer, or (None) the offer's next date.
pub async fn date(
    conn: &mut AnyConnection,
    offer_id: i64,
    session_id: Option<i64>,
    now: i64,
) -> sqlx::Result<Option<DateForRegistration>> {
    sqlx::query_as(
        "SELECT id, starts_at, ends_at, places_taken FROM sessions
         WHERE offer_id = $1 AND status = 'scheduled' AND ($2 IS NULL OR id = $2) AND ends_at > $3
         ORDER BY starts_at LIMIT 1",
    )
    .bind(offer_id)
    .bind(session_id)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await
}

/// A registration as its pages and messages show it.
#[derive(Debug, Clone, FromRow)]
pub struct Stored {
    pub id: i64,
    pub participant_id: i64,
    pub offer_id: i64,
    pub session_id: Option<i64>,
    pub email: String,
    pub first_name: String,
    pub birth_year: i64,
    pub phone: String,
    pub needs: String,
    pub gender: String,
    pub photo_consent: i64,
    pub lang: String,
    #[sqlx(try_from = "String")]
    pub status: Status,
    pub created_at: i64,
    pub parent_email: Option<String>,
    pub parent_lang: Option<String>,
    pub consent_deadline: Option<i64>,
    pub consent_given_at: Option<i64>,
    pub cancel_reason: Option<String>,
    pub form_token: Option<String>,
    /// 1: on the waiting list because one network took its share of the places.
    pub burst: i64,
    /// The day on the trip's paper consent, once staff recorded it.
    pub trip_consent_signed_on: Option<String>,
}

impl Stored {
    /// The language chosen for the parent, else the young person's.
    pub fn parent_lang(&self) -> &str {
        self.parent_lang.as_deref().unwrap_or(&self.lang)
    }

    pub fn scope(&self) -> Scope {
        Scope { offer_id: self.offer_id, session_id: self.session_id }
    }
}

/// A registration with its participant's details.
const STORED: &str =
    "SELECT r.id, r.participant_id, r.offer_id, r.session_id, COALESCE(p.email, '') AS email, p.first_name, p.birth_year, r.phone, r.needs,
                             r.gender, r.photo_consent, p.lang, r.status, r.created_at, p.parent_email, p.parent_lang,
                             r.consent_deadline, r.consent_given_at, r.cancel_reason, r.form_token, r.burst,
                             r.trip_consent_signed_on
                      FROM registrations r JOIN participants p ON p.id = r.participant_id";

pub async fn find(conn: &mut AnyConnection, id: i64) -> sqlx::Result<Option<Stored>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!("{STORED} WHERE r.id = $1"))).bind(id).fetch_optional(&mut *conn).await
}

/// The participant's active registration in the scope, if any.
pub async fn active(conn: &mut AnyConnection, scope: Scope, participant_id: i64) -> sqlx::Result<Option<Stored>> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "{STORED}
         WHERE r.offer_id = $1 AND COALESCE(r.session_id, 0) = COALESCE($2, 0) AND r.participant_id = $3
           AND r.status <> 'cancelled'"
    )))
    .bind(scope.offer_id)
    .bind(scope.session_id)
    .bind(participant_id)
    .fetch_optional(&mut *conn)
    .await
}

/// Someone holding or waiting for a place, as messages to them need it.
#[derive(Debug, Clone, FromRow)]
pub struct Registered {
    pub id: i64,
    pub session_id: Option<i64>,
    pub email: String,
    pub lang: String,
    pub first_name: String,
    #[sqlx(try_from = "String")]
    pub status: Status,
    /// Whose name the messages carry.
    pub site_id: i64,
}

/// Everyone not cancelled on the offer (with `session_id`: those of that date and of the whole
/// series), in order of arrival.
pub async fn registered(
    conn: &mut AnyConnection,
    offer_id: i64,
    session_id: Option<i64>,
) -> sqlx::Result<Vec<Registered>> {
    sqlx::query_as(
        "SELECT r.id, r.session_id, COALESCE(p.email, '') AS email, p.lang, p.first_name, r.status, o.site_id
         FROM registrations r JOIN participants p ON p.id = r.participant_id JOIN offers o ON o.id = r.offer_id
         WHERE r.offer_id = $1 AND r.status <> 'cancelled'
           AND ($2 IS NULL OR r.session_id IS NULL OR r.session_id = $2)
         ORDER BY r.id LIMIT 5000",
    )
    .bind(offer_id)
    .bind(session_id)
    .fetch_all(&mut *conn)
    .await
}

/// People waiting in the scope, first come first. Those waiting because one network took its
/// share wait for staff, not for the next free place.
pub async fn waiting(conn: &mut AnyConnection, scope: Scope, this_year: i64, limit: i64) -> sqlx::Result<Vec<Waiting>> {
    let rows: Vec<(i64, i64, i64)> = sqlx::query_as(
        "SELECT r.id, p.birth_year, COALESCE(r.consent_given_at, 0)
         FROM registrations r JOIN participants p ON p.id = r.participant_id
         WHERE r.offer_id = $1 AND COALESCE(r.session_id, 0) = COALESCE($2, 0) AND r.status = 'waitlisted'
           AND r.burst = 0
         ORDER BY r.id LIMIT $3",
    )
    .bind(scope.offer_id)
    .bind(scope.session_id)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    // A parent may have signed a paper form while their child was still waiting.
    let waiting = rows.into_iter().map(|(id, born, consented_at)| Waiting {
        id,
        needs_consent: consent_missing(born, consented_at != 0, this_year),
    });
    Ok(waiting.collect())
}

/// Whether anybody waits in the scope for the next free place; one index probe, however long the
/// list.
pub async fn anyone_waiting(conn: &mut AnyConnection, scope: Scope) -> sqlx::Result<bool> {
    let found: Option<(i64,)> = sqlx::query_as(
        "SELECT id FROM registrations
         WHERE offer_id = $1 AND COALESCE(session_id, 0) = COALESCE($2, 0) AND status = 'waitlisted' AND burst = 0
         LIMIT 1",
    )
    .bind(scope.offer_id)
    .bind(scope.session_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(found.is_some())
}

/// How many wait in the scope (ahead of `before_id`, when given: a position less one).
pub async fn count_waiting(conn: &mut AnyConnection, scope: Scope, before_id: Option<i64>) -> sqlx::Result<i64> {
    let (count,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM registrations
         WHERE offer_id = $1 AND COALESCE(session_id, 0) = COALESCE($2, 0) AND status = 'waitlisted'
           AND burst = 0 AND ($3 IS NULL OR id < $3)",
    )
    .bind(scope.offer_id)
    .bind(scope.session_id)
    .bind(before_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(count)
}

/// Adds `delta` to the places held in the scope (the offer's, or the date's).
pub async fn add_taken(conn: &mut AnyConnection, scope: Scope, delta: i64) -> sqlx::Result<()> {
    match scope.session_id {
        Some(session_id) => {
            sqlx::query("UPDATE sessions SET places_taken = places_taken + $1 WHERE id = $2")
                .bind(delta)
                .bind(session_id)
                .execute(&mut *conn)
                .await?
        }
        None => {
            sqlx::query("UPDATE offers SET places_taken = places_taken + $1 WHERE id = $2")
                .bind(delta)
                .bind(scope.offer_id)
                .execute(&mut *conn)
                .await?
        }
    };
    Ok(())
}

pub struct NewRegistration<'a> {
    pub scope: Scope,
    pub participant_id: i64,
    /// What the form says for this offer only (phone, needs, gender, photos).
    pub applicant: &'a Applicant,
    pub status: Status,
    pub consent_deadline: Option<i64>,
    /// The one-time token of the form it came from, to recognise a double tap.
    pub form_token: Option<&'a str>,
    /// A parent's address typed in for a person whose record names another (or none): shown to
    /// staff, never asked by itself.
    pub typed_parent_email: Option<&'a str>,
    /// The client's network (an HMAC), and whether its share of the places sent this one to the
    /// waiting list.
    pub network: Option<&'a str>,
    pub burst: bool,
}

/// Stores a registration; None when the participant already holds one in the scope (the unique
/// index decides, so that the usual case costs no extra query).
pub async fn insert(conn: &mut AnyConnection, new: NewRegistration<'_>, now: i64) -> sqlx::Result<Option<i64>> {
    let applicant = new.applicant;
    let id: Option<(i64,)> = sqlx::query_as(
        "INSERT INTO registrations (offer_id, session_id, participant_id, phone, needs, gender, photo_consent, status,
                                    created_at, consent_deadline, form_token, typed_parent_email, network, burst,
                                    emergency_contact)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
         ON CONFLICT DO NOTHING RETURNING id",
    )
    .bind(new.scope.offer_id)
    .bind(new.scope.session_id)
    .bind(new.participant_id)
    .bind(&applicant.phone)
    .bind(&applicant.needs)
    .bind(applicant.gender.code())
    .bind(i64::from(applicant.photo_consent))
    .bind(new.status.code())
    .bind(now)
    .bind(new.consent_deadline)
    .bind(new.form_token)
    .bind(new.typed_parent_email)
    .bind(new.network)
    .bind(i64::from(new.burst))
    .bind(&applicant.emergency_contact)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(id.map(|(id,)| id))
}

/// Places taken or held in the scope by registrations from `network` since `since`.
pub async fn taken_from_network(
    conn: &mut AnyConnection,
    scope: Scope,
    network: &str,
    since: i64,
) -> sqlx::Result<i64> {
    let (taken,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM registrations
         WHERE offer_id = $1 AND network = $2 AND created_at > $3 AND COALESCE(session_id, 0) = COALESCE($4, 0)
           AND status IN ('confirmed', 'awaiting_consent')",
    )
    .bind(scope.offer_id)
    .bind(network)
    .bind(since)
    .bind(scope.session_id)
    .fetch_one(&mut *conn)
    .await?;
    Ok(taken)
}

/// Moves a registration to `status`; a consent deadline goes with "awaiting_consent".
pub async fn set_status(
    conn: &mut AnyConnection,
    id: i64,
    status: Status,
    consent_deadline: Option<i64>,
) -> sqlx::Result<()> {
    sqlx::query("UPDATE registrations SET status = $1, consent_deadline = $2 WHERE id = $3")
        .bind(status.code())
        .bind(consent_deadline)
        .bind(id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

pub async fn cancel(conn: &mut AnyConnection, id: i64, reason: &str, now: i64) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE registrations SET status = 'cancelled', cancelled_at = $1, cancel_reason = $2, consent_deadline = NULL
         WHERE id = $3",
    )
    .bind(now)
    .bind(reason)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// How a parent said yes.
pub enum GivenConsent<'a> {
    /// On the emailed consent page, to the current texts in `lang`; `photos`: the parent's yes to
    /// photos.
    Link { photos: bool, lang: Lang },
    /// On a signed paper form that the staff member `recorded_by` copied in.
    Paper { form: &'a PaperConsent, recorded_by: i64 },
}

impl GivenConsent<'_> {
    /// Which text was agreed to: the page's language version, or the paper form's.
    pub fn text_version(&self) -> &str {
        match self {
            GivenConsent::Link { lang, .. } => lang.consent_version(),
            GivenConsent::Paper { form, .. } => &form.form_version,
        }
    }
}

/// Records a parent's yes: who, when, and which text they agreed to. A held place becomes a
/// confirmed one; someone waiting keeps waiting, and needs no further consent when moved up.
pub async fn record_consent(conn: &mut AnyConnection, id: i64, given: &GivenConsent<'_>, now: i64) -> sqlx::Result<()> {
    let (source, text_version, signed_by, signed_on, recorded_by) = match given {
        GivenConsent::Link { .. } => ("link", given.text_version(), None, None, None),
        GivenConsent::Paper { form, recorded_by } => (
            "paper",
            given.text_version(),
            Some(form.signed_by.clone()),
            Some(form.signed_on.format("%Y-%m-%d").to_string()),
            Some(*recorded_by),
        ),
    };
    sqlx::query(
        "UPDATE registrations
         SET status = CASE WHEN status = 'awaiting_consent' THEN 'confirmed' ELSE status END,
             consent_given_at = $1, consent_text_version = $2, consent_deadline = NULL, consent_source = $3,
             consent_signed_by = $4, consent_signed_on = $5, consent_recorded_by = $6
         WHERE id = $7",
    )
    .bind(now)
    .bind(text_version)
    .bind(source)
    .bind(signed_by)
    .bind(signed_on)
    .bind(recorded_by)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Stores the trip's paper consent of registration `id`.
pub async fn record_trip_consent(
    conn: &mut AnyConnection,
    id: i64,
    (form, recorded_by): (&PaperConsent, i64),
) -> sqlx::Result<()> {
    sqlx::query(
        "UPDATE registrations SET trip_consent_signed_by = $1, trip_consent_signed_on = $2, trip_consent_form = $3,
                trip_consent_recorded_by = $4
         WHERE id = $5",
    )
    .bind(&form.signed_by)
    .bind(form.signed_on.format("%Y-%m-%d").to_string())
    .bind(&form.form_version)
    .bind(recorded_by)
    .bind(id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Registrations whose parent has not answered in time (at most `limit`).
pub async fn expired_consents(conn: &mut AnyConnection, now: i64, limit: i64) -> sqlx::Result<Vec<(i64, i64)>> {
    sqlx::query_as(
        "SELECT id, offer_id FROM registrations WHERE status = 'awaiting_consent' AND consent_deadline < $1
         ORDER BY consent_deadline LIMIT $2",
    )
    .bind(now)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await
}

/// A registration in the staff's list of an offer, with its position when waiting.
#[derive(Debug, Clone, FromRow)]
pub struct Listed {
    pub id: i64,
    pub session_id: Option<i64>,
    pub first_name: String,
    pub email: String,
    pub birth_year: i64,
    pub phone: String,
    pub needs: String,
    pub gender: String,
    pub photo_consent: i64,
    pub status: String,
    pub created_at: i64,
    pub cancel_reason: Option<String>,
    pub consent_source: Option<String>,
    pub consent_given_at: Option<i64>,
    pub consent_signed_by: Option<String>,
    pub consent_signed_on: Option<String>,
    pub consent_text_version: Option<String>,
    pub typed_parent_email: Option<String>,
    pub burst: i64,
    pub participant_id: i64,
    pub lang: String,
    pub parent_email: Option<String>,
    pub parent_lang: Option<String>,
    pub emergency_contact: String,
    /// 1: the offer is a trip with a night away.
    pub overnight: i64,
    pub trip_consent_signed_by: Option<String>,
    pub trip_consent_signed_on: Option<String>,
    pub trip_consent_form: Option<String>,
    /// How many standing yeses to photos a parent gave (online or on paper).
    pub parent_photos: i64,
}

impl Listed {
    /// Cancelled, or restricted at the person's request while a funder's audit keeps the list:
    /// nothing more is asked or done for it.
    pub fn ended(&self) -> bool {
        matches!(self.status.as_str(), "cancelled" | "restricted")
    }

    /// Whether photos of this person may be taken, by both yeses that count at their age.
    pub fn photos(&self, this_year: i64) -> PhotoPermission {
        photo_permission(self.birth_year, this_year, self.photo_consent == 1, self.parent_photos > 0)
    }

    /// What the person wrote under needs, once whoever must agree to its use has: None while a
    /// parent's yes is missing.
    pub fn readable_needs(&self, this_year: i64) -> Option<&str> {
        let readable =
            self.needs.is_empty() || needs_readable(self.birth_year, this_year, self.consent_given_at.is_some());
        readable.then_some(self.needs.as_str())
    }

    /// How the parent agreed, for the list: on the emailed page, or on paper (who, when, which form).
    pub fn consent(&self, lang: Lang, zone: Tz) -> Option<String> {
        let day = |at: i64| local_instant(at, zone).format("%Y-%m-%d").to_string();
        match self.consent_source.as_deref() {
            Some("link") => {
                Some(lang.t_with("participants-consent-link", &[("date", day(self.consent_given_at?).into())]))
            }
            Some("paper") => Some(lang.t_with(
                "participants-consent-paper",
                &[
                    ("name", lang.isolate(self.consent_signed_by.as_deref()?).into()),
                    ("date", self.consent_signed_on.clone()?.into()),
                    ("form", lang.isolate(self.consent_text_version.as_deref()?).into()),
                ],
            )),
            _ => None,
        }
    }

    /// For a trip with a night away and someone who may be under 18 in `this_year`: the parent's
    /// consent on paper as recorded (who, when, which form), or that it is still missing.
    pub fn trip_consent(&self, lang: Lang, this_year: i64) -> Option<String> {
        if self.overnight == 0 || !needs_trip_consent(self.birth_year, this_year) {
            return None;
        }
        Some(match (&self.trip_consent_signed_by, &self.trip_consent_signed_on, &self.trip_consent_form) {
            (Some(name), Some(date), Some(form)) => lang.t_with(
                "participants-trip-consent-paper",
                &[
                    ("name", lang.isolate(name).into()),
                    ("date", lang.isolate(date).into()),
                    ("form", lang.isolate(form).into()),
                ],
            ),
            _ => lang.t("participants-trip-consent-missing"),
        })
    }
}

/// All registrations of an offer, in order of arrival (bounded: an offer has at most a few
/// hundred).
pub async fn of_offer(conn: &mut AnyConnection, offer_id: i64) -> sqlx::Result<Vec<Listed>> {
    sqlx::query_as(
        "SELECT r.id, r.session_id, p.first_name, COALESCE(p.email, '') AS email, p.birth_year, r.phone, r.needs, r.gender, r.photo_consent,
                CASE WHEN r.restricted_at IS NULL THEN r.status ELSE 'restricted' END AS status, r.created_at, r.cancel_reason, r.consent_source, r.consent_given_at, r.consent_signed_by,
                r.consent_signed_on, r.consent_text_version, r.typed_parent_email, r.burst, r.participant_id, p.lang,
                p.parent_email, p.parent_lang, r.emergency_contact, o.overnight, r.trip_consent_signed_by,
                r.trip_consent_signed_on, r.trip_consent_form,
                (SELECT COUNT(*) FROM consents c WHERE c.registration_id = r.id AND c.purpose = 'photos'
                   AND c.given_by = 'parent' AND c.withdrawn_at IS NULL) AS parent_photos
         FROM registrations r JOIN participants p ON p.id = r.participant_id JOIN offers o ON o.id = r.offer_id
         WHERE r.offer_id = $1 ORDER BY r.session_id, r.id LIMIT 5000",
    )
    .bind(offer_id)
    .fetch_all(&mut *conn)
    .await
}

/// A participant's registrations (their "My registrations"), newest first, each with its next
/// date and its place: what a young person needs on the way there, also offline.
#[derive(Debug, Clone, FromRow)]
pub struct Own {
    pub id: i64,
    /// Whose registration: siblings may share a parent's address.
    pub first_name: String,
    pub offer_id: i64,
    pub title: String,
    pub status: String,
    pub next_starts_at: Option<i64>,
    pub next_ends_at: Option<i64>,
    pub time_zone: String,
    pub venue: Option<String>,
    pub address: Option<String>,
}

/// The registrations of the people a participant's session opened (at most a family's), and of
/// the proven address (a registration made after the link was opened is a new record).
pub async fn of_people(conn: &mut AnyConnection, ids: &[i64], email: Option<&str>, now: i64) -> sqlx::Result<Vec<Own>> {
    let ids = &ids[..ids.len().min(20)];
    let sql = format!(
        "SELECT r.id, p.first_name, r.offer_id, o.title, r.status, nx.starts_at AS next_starts_at, nx.ends_at AS next_ends_at,
                o.time_zone, v.name AS venue, v.street || ', ' || v.postal_code || ' ' || v.city AS address
         FROM participants p
         JOIN registrations r ON r.participant_id = p.id
         JOIN offers o ON o.id = r.offer_id
         LEFT JOIN venues v ON v.id = o.venue_id
         LEFT JOIN sessions nx ON nx.id = (SELECT s.id FROM sessions s WHERE s.offer_id = r.offer_id
                                           AND (r.session_id IS NULL OR s.id = r.session_id)
                                           AND s.status = 'scheduled' AND s.ends_at > $1
                                           ORDER BY s.starts_at LIMIT 1)
         WHERE p.email = $2 OR p.id IN ({}) ORDER BY r.id DESC LIMIT 200",
        if ids.is_empty() { "NULL".to_owned() } else { super::placeholders(3, ids.len()) }
    );
    let query = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(now).bind(email);
    ids.iter().fold(query, |query, id| query.bind(*id)).fetch_all(&mut *conn).await
}
