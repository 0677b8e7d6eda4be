//! Creating and changing offers and their dates.

use chrono_tz::Tz;

use crate::domain::offer_form::{DateTimes, Errors, NewOffer, validate_details};
use crate::domain::schedule::Occurrence;
use crate::ssr::audit::{self, Entry};
use crate::ssr::db::{Db, offers};
use crate::ssr::service::registrations;

/// What a change did, for the page the editor goes back to.
#[derive(Debug, PartialEq, Eq)]
pub enum Change {
    Done,
    /// The form's fields with their problems, nothing stored.
    Invalid(Errors),
    /// No such offer or date (any more).
    Gone,
}

fn entry<'a>(action: &'a str, object_type: &'a str, object_id: i64, detail: &'a str) -> Entry<'a> {
    Entry { action, object_type, object_id: Some(object_id), detail }
}

/// Stores a new offer with all its dates; returns its id, or the problems with what it points
/// to (a venue, programme or co-host of another site).
pub async fn create(
    db: &Db,
    user_id: Option<i64>,
    site_id: i64,
    offer: &NewOffer,
    time_zone: Tz,
    now: i64,
) -> sqlx::Result<Result<i64, Errors>> {
    let mut tx = db.write().await?;
    let errors = offers::foreign_references(&mut tx, site_id, &offer.details).await?;
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let status = if offer.publish { "published" } else { "draft" };
    let id = offers::insert(&mut tx, site_id, &offer.details, offer.plan.kind(), status, time_zone).await?;
    offers::insert_sessions(&mut tx, id, time_zone, (&offer.plan.recurrence(time_zone).occurrences(), now)).await?;
    audit::record(&mut tx, user_id, entry("offer-created", "offer", id, &offer.details.title), now).await?;
    tx.commit().await?;
    Ok(Ok(id))
}

/// Changes an offer's details. The limits (places taken, the last date) are read under the
/// offer's lock, so that a registration arriving meanwhile cannot slip under a lowered capacity.
pub async fn update_details(
    db: &Db,
    user_id: i64,
    id: i64,
    fields: &crate::domain::offer_form::Fields,
    now: i64,
) -> sqlx::Result<Change> {
    let mut tx = db.lock_offer(id).await?;
    let Some(stored) = offers::editable(&mut tx, id, now).await? else { return Ok(Change::Gone) };
    let details = match validate_details(fields, stored.limits) {
        Ok(details) => details,
        Err(errors) => return Ok(Change::Invalid(errors)),
    };
    let errors = offers::foreign_references(&mut tx, stored.site_id, &details).await?;
    if !errors.is_empty() {
        return Ok(Change::Invalid(errors));
    }
    offers::update(&mut tx, id, &details, stored.time_zone).await?;
    audit::record(&mut tx, Some(user_id), entry("offer-changed", "offer", id, &details.title), now).await?;
    tx.commit().await?;
    Ok(Change::Done)
}

/// "All coming dates": gives every scheduled date that has not started the new times, each on
/// its own local day (a 17:00 group becomes an 18:00 group on both sides of a DST change).
pub async fn retime_coming(
    db: &Db,
    (user_id, links): (i64, registrations::Links<'_>),
    id: i64,
    (start, end): (chrono::NaiveTime, chrono::NaiveTime),
    now: i64,
) -> sqlx::Result<usize> {
    let mut tx = db.lock_offer(id).await?;
    let coming = offers::coming_sessions(&mut tx, id, now).await?;
    for (session_id, span) in &coming {
        let moved = Occurrence::on(span.starts.timezone(), span.starts.date_naive(), start, end);
        offers::move_session(&mut tx, id, *session_id, (moved, now)).await?;
    }
    let changed: Vec<i64> = coming.iter().map(|(session_id, _)| *session_id).collect();
    registrations::announce_changed_dates(&mut tx, links, id, &changed, now).await?;
    let detail = format!("{} → {}", start.format("%H:%M"), end.format("%H:%M"));
    audit::record(&mut tx, Some(user_id), entry("series-retimed", "offer", id, &detail), now).await?;
    tx.commit().await?;
    Ok(coming.len())
}

/// "This date only": moves one date to another day or time.
pub async fn move_session(
    db: &Db,
    (user_id, links): (i64, registrations::Links<'_>),
    id: i64,
    session_id: i64,
    to: DateTimes,
    time_zone: Tz,
    now: i64,
) -> sqlx::Result<Change> {
    let mut tx = db.lock_offer(id).await?;
    let occurrence = to.occurrence(time_zone);
    if !offers::move_session(&mut tx, id, session_id, (occurrence, now)).await? {
        return Ok(Change::Gone);
    }
    registrations::announce_changed_dates(&mut tx, links, id, &[session_id], now).await?;
    let detail = format!("{} {}", to.date, to.start.format("%H:%M"));
    audit::record(&mut tx, Some(user_id), entry("session-moved", "session", session_id, &detail), now).await?;
    tx.commit().await?;
    Ok(Change::Done)
}

/// Adds one date to an offer (an extra meeting, or the series continued).
pub async fn add_session(db: &Db, user_id: i64, id: i64, date: DateTimes, time_zone: Tz, now: i64) -> sqlx::Result<()> {
    let mut tx = db.lock_offer(id).await?;
    offers::insert_sessions(&mut tx, id, time_zone, (&[date.occurrence(time_zone)], now)).await?;
    let detail = format!("{} {}", date.date, date.start.format("%H:%M"));
    audit::record(&mut tx, Some(user_id), entry("session-added", "offer", id, &detail), now).await?;
    tx.commit().await?;
    Ok(())
}

/// Cancels one date ("this date only"); the rest of the series stays. Everyone registered for
/// it is told, with the staff's `note`, in the same transaction.
pub async fn cancel_session(
    db: &Db,
    (user_id, links): (i64, registrations::Links<'_>),
    (id, session_id): (i64, i64),
    note: &str,
    now: i64,
) -> sqlx::Result<Change> {
    let mut tx = db.lock_offer(id).await?;
    let span = offers::coming_sessions(&mut tx, id, i64::MIN).await?.into_iter().find(|(sid, _)| *sid == session_id);
    if !offers::cancel_session(&mut tx, id, session_id, now).await? {
        return Ok(Change::Gone);
    }
    if let Some((_, span)) = span {
        registrations::announce_cancellation(&mut tx, links, (id, Some((session_id, span))), note, now).await?;
    }
    audit::record(&mut tx, Some(user_id), entry("session-cancelled", "session", session_id, ""), now).await?;
    tx.commit().await?;
    Ok(Change::Done)
}

/// Publishes a draft or cancels a published offer (telling everyone registered, with the staff's
/// `note`); no other move exists.
pub async fn change_status(
    db: &Db,
    (user_id, links): (i64, registrations::Links<'_>),
    (id, to): (i64, &str),
    note: &str,
    now: i64,
) -> sqlx::Result<Change> {
    let mut tx = db.lock_offer(id).await?;
    let Some(owner) = offers::ownership(&mut *tx, id).await? else { return Ok(Change::Gone) };
    let action = match (owner.status.as_str(), to) {
        ("draft", "published") => "offer-published",
        ("published", "cancelled") => "offer-cancelled",
        _ => return Ok(Change::Gone),
    };
    offers::set_status(&mut tx, id, to, now).await?;
    if to == "cancelled" {
        registrations::announce_cancellation(&mut tx, links, (id, None), note, now).await?;
    }
    audit::record(&mut tx, Some(user_id), entry(action, "offer", id, &owner.title), now).await?;
    tx.commit().await?;
    Ok(Change::Done)
}
