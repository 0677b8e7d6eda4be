//! The staff's side of registrations: walk-ins, cancelling with a reason, moving someone up, a
//! message to everyone, and the list as a spreadsheet. Only the offer's editors reach them; a
//! correction of a person's record only staff of the person's site.

use crate::forms::CleanForm;
use app::domain::hold::validate_hold;
use app::domain::offer_form::{Errors, Fields};
use app::domain::policy::{Action, Actor};
use app::domain::registration::{validate, validate_correction, validate_paper_consent};
use app::domain::schedule::local_instant;
use app::i18n::Lang;
use app::ssr::audit::{self, Entry};
use app::ssr::db::offers::Ownership;
use app::ssr::db::{participants, registrations as stored};
use app::ssr::http::request_lang;
use app::ssr::privacy::holds;
use app::ssr::service::participants as service_participants;
use app::ssr::service::registrations::{self as service, By, Ending, Outcome, Proof, Request};
use app::ssr::state::AppState;
use axum::Extension;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Datelike;

use super::offers::{OfferEditor, editable_offer};
use super::registrations::links;
use super::{Answer, HandlerError, now, permit};

/// The editor's user id and the offer of a registration, if the actor may edit that offer.
async fn offer_of(state: &AppState, actor: &Actor, registration: i64) -> Result<(i64, i64, Ownership), HandlerError> {
    let found = stored::find(&mut *state.db.pool().acquire().await?, registration).await?;
    let offer_id = found.map(|r| r.offer_id).ok_or(HandlerError::NotFound)?;
    let (user_id, owner) = editable_offer(state, actor, offer_id).await?;
    Ok((user_id, offer_id, owner))
}

fn list(id: i64, flag: &str) -> Response {
    Redirect::to(&format!("/staff/offers/{id}/participants?{flag}")).into_response()
}

/// Staff add someone who came to the door: the window and ages are theirs to judge.
pub async fn add_walk_in(
    State(state): State<AppState>,
    OfferEditor { user_id, id, .. }: OfferEditor,
    CleanForm(mut fields): CleanForm<Fields>,
) -> Answer {
    // The staff member has explained the privacy notice in person.
    fields.insert("privacy".to_owned(), "on".to_owned());
    let this_year = i64::from(chrono::Utc::now().year());
    let errors = match validate(&fields, this_year) {
        Ok(applicant) => {
            let session_id = fields.get("session_id").and_then(|s| s.parse().ok());
            let target = (id, session_id);
            let proof = Proof::default();
            let (lang, network) = (Lang::default(), None);
            let request = Request { target, applicant, lang, by: By::Staff, now: now(), proof, network };
            match service::register(&state.db, &state.desk, links(&state), request).await? {
                Outcome::Registered { .. } => return Ok(list(id, "saved")),
                Outcome::Gone => return Ok(list(id, "gone")),
                // LinkSent and Limited answer the public form only; staff see their list.
                Outcome::AlreadyRegistered | Outcome::LinkSent | Outcome::Limited => {
                    Errors::from([("email".to_owned(), "register-already".to_owned())])
                }
                Outcome::Ineligible(reason) => Errors::from([("form".to_owned(), reason.key().to_owned())]),
            }
        }
        Err(errors) => errors,
    };
    super::back_to_form(&state, Some(user_id), (&format!("/staff/offers/{id}/participants"), "add"), &fields, &errors)
        .await
}

#[derive(serde::Deserialize)]
pub struct CancelForm {
    #[serde(default)]
    reason: String,
}

pub async fn cancel(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(registration): Path<i64>,
    CleanForm(form): CleanForm<CancelForm>,
) -> Answer {
    let (_, id, _) = offer_of(&state, &actor, registration).await?;
    let reason = form.reason.trim();
    let done = service::cancel(&state.db, links(&state), registration, Ending::Staff(reason), now()).await?;
    Ok(list(id, if done { "saved" } else { "gone" }))
}

pub async fn move_up(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(registration): Path<i64>,
) -> Answer {
    let (_, id, _) = offer_of(&state, &actor, registration).await?;
    let done = service::move_up(&state.db, links(&state), registration, now()).await?;
    Ok(list(id, if done { "saved" } else { "full" }))
}

/// Staff copy in a consent a parent signed on paper (who, the day on the form, its version).
pub async fn paper_consent(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(registration): Path<i64>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    record_paper(&state, &actor, (registration, Paper::Registration), fields).await
}

/// Staff copy in a parent's signed consent for a trip with a night away.
pub async fn trip_consent(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(registration): Path<i64>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    record_paper(&state, &actor, (registration, Paper::Trip), fields).await
}

/// Staff copy in a parent's signed yes to photos of someone under 18.
pub async fn photo_consent(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(registration): Path<i64>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    record_paper(&state, &actor, (registration, Paper::Photos), fields).await
}

/// What a signed paper form gives (see the list's row forms).
#[derive(Clone, Copy)]
enum Paper {
    Registration,
    Trip,
    Photos,
}

async fn record_paper(
    state: &AppState,
    actor: &Actor,
    (registration, paper): (i64, Paper),
    mut fields: Fields,
) -> Answer {
    let (user_id, id, owner) = offer_of(state, actor, registration).await?;
    let today = chrono::Utc::now().with_timezone(&owner.zone()).date_naive();
    match validate_paper_consent(&fields, today) {
        Ok(form) => {
            let signed = (&form, user_id);
            let recorded = match paper {
                Paper::Registration => {
                    service::record_paper_consent(&state.db, links(state), registration, signed, now()).await?
                }
                Paper::Trip => service::record_trip_consent(&state.db, registration, signed, now()).await?,
                Paper::Photos => service::record_photo_consent(&state.db, registration, signed, now()).await?,
            };
            Ok(list(id, if recorded { "consent-saved" } else { "gone" }))
        }
        Err(errors) => {
            // The page opens this registration's form again, with what was typed.
            let (marker, anchor) = match paper {
                Paper::Registration => ("registration", "consent"),
                Paper::Trip => ("trip_registration", "trip"),
                Paper::Photos => ("photo_registration", "photos"),
            };
            fields.insert(marker.to_owned(), registration.to_string());
            let page = format!("/staff/offers/{id}/participants");
            let back = (&page[..], &format!("{anchor}-{registration}")[..]);
            super::back_to_form(state, Some(user_id), back, &fields, &errors).await
        }
    }
}

/// Staff keep the list beyond its period for a funder's audit, with a reason and a last day.
pub async fn hold(
    State(state): State<AppState>,
    OfferEditor { user_id, id, offer }: OfferEditor,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let today = chrono::Utc::now().with_timezone(&offer.zone()).date_naive();
    match validate_hold(&fields, today) {
        Ok(hold) => {
            holds::place(&state.db, (id, offer.zone()), &hold, user_id, now()).await?;
            Ok(list(id, "held"))
        }
        Err(errors) => {
            let page = format!("/staff/offers/{id}/participants");
            super::back_to_form(&state, Some(user_id), (&page, "hold"), &fields, &errors).await
        }
    }
}

/// The audit is over early: what is past its period goes with the next daily run.
pub async fn end_hold(State(state): State<AppState>, OfferEditor { user_id, id, .. }: OfferEditor) -> Answer {
    let ended = holds::end(&state.db, id, user_id, now()).await?;
    Ok(list(id, if ended { "hold-ended" } else { "gone" }))
}

#[derive(serde::Deserialize)]
pub struct MessageForm {
    subject: String,
    body: String,
}

/// One message to everyone registered ("the room has changed").
pub async fn message(
    State(state): State<AppState>,
    OfferEditor { id, .. }: OfferEditor,
    CleanForm(form): CleanForm<MessageForm>,
) -> Answer {
    let (subject, body) = (form.subject.trim(), form.body.trim());
    if subject.is_empty() || body.is_empty() {
        return Ok(list(id, "message-empty"));
    }
    service::message_participants(&state.db, id, None, (subject, body), now()).await?;
    Ok(list(id, "message-sent"))
}

/// The list as a spreadsheet.
pub async fn csv(
    State(state): State<AppState>,
    OfferEditor { id, offer: owner, .. }: OfferEditor,
    headers: HeaderMap,
) -> Answer {
    let zone = owner.zone();
    let lang = request_lang(&headers);
    let mut conn = state.db.pool().acquire().await?;
    let rows = stored::of_offer(&mut conn, id).await?;
    let header_keys = [
        "register-field-first-name",
        "field-email",
        "register-field-birth-year",
        "register-field-phone",
        "register-field-needs",
        "register-field-emergency-contact",
        "register-field-gender",
        "consent-photos",
        "edit-offer-status",
        "participants-registered-at",
        "participants-consent",
    ];
    let mut table = vec![header_keys.iter().map(|key| lang.t(key)).collect::<Vec<_>>()];
    let this_year = i64::from(local_instant(now(), zone).year());
    for row in rows {
        let registered = local_instant(row.created_at, zone).format("%Y-%m-%d %H:%M").to_string();
        let consents = [row.consent(lang, zone), row.trip_consent(lang, this_year)];
        let consent = consents.into_iter().flatten().collect::<Vec<_>>().join(" / ");
        let needs =
            row.readable_needs(this_year).map_or_else(|| lang.t("participants-needs-wait-parent"), str::to_owned);
        let photos = lang.t(&format!("participants-photos-{}", row.photos(this_year).code()));
        let cells = [
            row.first_name,
            row.email,
            row.birth_year.to_string(),
            row.phone,
            needs,
            row.emergency_contact,
            lang.t(&format!("register-gender-{}", row.gender)),
            photos,
            lang.t(&format!("participants-status-{}", row.status)),
            registered,
            consent,
        ];
        table.push(cells.to_vec());
    }
    super::own_data::csv_file(&table, &format!("teilnehmende-{id}.csv"))
}

/// One CSV cell: quoted, quotes doubled, and a leading = + - @ defused so that a spreadsheet
/// never runs a name as a formula.
pub(super) fn cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) { format!("'{value}") } else { value.to_owned() };
    format!("\"{}\"", value.replace('"', "\"\""))
}

/// Staff correct a participant's record (year of birth, language, parent) from an offer's list;
/// the form names that offer, to return to it.
pub async fn correct(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(participant): Path<i64>,
    CleanForm(mut fields): CleanForm<Fields>,
) -> Answer {
    let site = participants::site_of(&mut *state.db.pool().acquire().await?, participant).await?;
    let site_id = site.ok_or(HandlerError::NotFound)?;
    let user_id = permit(&actor, Action::CorrectParticipant { site_id })?;
    // Back to the offer's list it came from, or to the person's own page.
    let page = match fields.get("offer").and_then(|id| id.parse::<i64>().ok()) {
        Some(offer) => format!("/staff/offers/{offer}/participants"),
        None => format!("/staff/people/{participant}"),
    };
    let this_year = i64::from(chrono::Utc::now().year());
    let languages: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    match validate_correction(&fields, this_year, &languages) {
        Ok(correction) => {
            service_participants::correct(&state.db, Some(user_id), participant, &correction, now()).await?;
            Ok(Redirect::to(&format!("{page}?corrected")).into_response())
        }
        Err(errors) => {
            // The list opens this person's form again, with what was typed.
            fields.insert("participant".to_owned(), participant.to_string());
            super::back_to_form(&state, Some(user_id), (&page, &format!("person-{participant}")), &fields, &errors)
                .await
        }
    }
}

/// A person's data as a file, for a request by phone or in person (audited).
pub async fn export_person(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(participant): Path<i64>,
) -> Answer {
    let site = participants::site_of(&mut *state.db.pool().acquire().await?, participant).await?;
    let site_id = site.ok_or(HandlerError::NotFound)?;
    let user_id = permit(&actor, Action::CorrectParticipant { site_id })?;
    let data = service_participants::export(&state.db, participant, true).await?;
    let mut tx = state.db.write().await?;
    let entry =
        Entry { action: "participant-exported", object_type: "participant", object_id: Some(participant), detail: "" };
    audit::record(&mut tx, Some(user_id), entry, now()).await?;
    tx.commit().await?;
    super::own_data::json_file(&data, &format!("treffpunkt-person-{participant}.json"))
}

/// An admin deletes a person with everything of theirs, at their request: running registrations
/// are cancelled first, so that their places go on.
pub async fn delete_person(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(participant): Path<i64>,
    CleanForm(form): CleanForm<super::own_data::DeleteForm>,
) -> Answer {
    let user_id = permit(&actor, Action::DeleteParticipant)?;
    if form.confirm.is_none() {
        return Ok(Redirect::to(&format!("/staff/people/{participant}")).into_response());
    }
    let Some(restricted) =
        service_participants::delete(&state.db, links(&state), (participant, Some(user_id), true), now()).await?
    else {
        return Err(HandlerError::NotFound);
    };
    Ok(Redirect::to(&format!("/staff/people?{}", super::own_data::deletion_flag(Some(restricted)))).into_response())
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn cells_are_quoted_and_formulas_defused() {
        assert_eq!(cell("Ayşe \"Ay\" Yılmaz"), "\"Ayşe \"\"Ay\"\" Yılmaz\"");
        assert_eq!(cell("=HYPERLINK(1)"), "\"'=HYPERLINK(1)\"");
        assert_eq!(cell("أميرة"), "\"أميرة\"");
    }
}
