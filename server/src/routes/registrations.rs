//! Young people register from the offer page, open their registration from the link in every
//! message, cancel with one tap, and parents answer a consent request. Plain form posts: they
//! work on any phone, with or without JavaScript.

use crate::forms::CleanForm;
use crate::proxy::ClientIp;
use app::domain::offer_form::{Errors, Fields};
use app::domain::policy::Actor;
use app::domain::registration::{OnFile, validate, validate_as_member, validate_own_correction};
use app::i18n::Lang;
use app::ssr::db::registrations as stored;
use app::ssr::http::request_lang;
use app::ssr::http::wants_html;
use app::ssr::links::Purpose;
use app::ssr::service::participants;
use app::ssr::service::registrations::{self as service, By, Ending, Links, Outcome, ParentAnswer, Proof, Request};
use app::ssr::state::AppState;
use axum::Extension;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect};
use chrono::Datelike;

use super::{Answer, HandlerError, now};

pub fn links(state: &AppState) -> Links<'_> {
    Links { public_url: &state.public_url, key: &state.links, organizer: &state.organizer }
}

/// Back to the offer's form with what was typed and why it did not work.
async fn back_to_form(state: &AppState, offer_id: i64, fields: &Fields, errors: &Errors) -> Answer {
    super::back_to_form(state, None, (&format!("/offers/{offer_id}"), "register"), fields, errors).await
}

/// The registration form of the offer page. The form is anonymous input: what it answers depends
/// on what proves who sent it (the form's own token, a magic-link session), never on what a
/// stranger could type.
pub async fn register(
    State(state): State<AppState>,
    Path(offer_id): Path<i64>,
    Extension(actor): Extension<Actor>,
    Extension(client): Extension<ClientIp>,
    headers: HeaderMap,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let now = now();
    let this_year = i64::from(chrono::Utc::now().year());
    // A young person who joined with a code registers as the record their session proved.
    let member = match fields.get("as_member") {
        Some(_) => {
            let offer_site =
                app::ssr::db::offers::ownership(state.db.pool(), offer_id).await?.map(|owner| owner.site_id);
            match offer_site {
                Some(site_id) => participants::member_of_site(&state.db, &actor.joined(), site_id).await?,
                None => None,
            }
        }
        None => None,
    };
    let validated = match &member {
        Some(person) => {
            let email = Some(person.email.as_str()).filter(|email| !email.is_empty());
            validate_as_member(&fields, (&person.first_name, email, person.birth_year))
        }
        None => validate(&fields, this_year),
    };
    let applicant = match validated {
        Ok(applicant) => applicant,
        Err(errors) => return back_to_form(&state, offer_id, &fields, &errors).await,
    };
    let session_id = fields.get("session_id").and_then(|id| id.parse().ok());
    let lang = request_lang(&headers);
    // Only the token's hash is compared and stored: a copy of the database replays no form.
    let form = fields
        .get("form_token")
        .filter(|token| state.links.verify(Purpose::Form, token).is_some())
        .map(|token| app::ssr::auth::hash_token(token));
    let owns_address = matches!(&actor, Actor::Participant { email: Some(email), .. } if *email == applicant.email);
    let invited = fields.get("invite").and_then(|token| state.links.verify(Purpose::OfferInvitation, token));
    let may_see_hidden = actor.is_signed_in_user() || invited == Some(offer_id);
    let proof = Proof { form, owns_address, may_see_hidden, member: member.map(|person| person.id) };
    let network = Some(client.network(&state.links));
    let request = Request { target: (offer_id, session_id), applicant, lang, by: By::Participant, now, proof, network };
    let refused = |key: &str| Errors::from([("form".to_owned(), key.to_owned())]);
    match service::register(&state.db, &state.desk, links(&state), request).await? {
        Outcome::Registered { id, .. } => {
            let token = state.links.token(Purpose::Registration, id);
            Ok(Redirect::to(&format!("/r/{token}")).into_response())
        }
        Outcome::LinkSent | Outcome::AlreadyRegistered => {
            // The invited come back to the page through their invitation.
            let invitation = match (invited, fields.get("invite")) {
                (Some(_), Some(token)) => format!("&invite={token}"),
                _ => String::new(),
            };
            Ok(Redirect::to(&format!("/offers/{offer_id}?sent{invitation}#register")).into_response())
        }
        Outcome::Limited if wants_html(&headers) => {
            back_to_form(&state, offer_id, &fields, &refused("register-limited")).await
        }
        Outcome::Limited => Ok((StatusCode::TOO_MANY_REQUESTS, lang.t("register-limited")).into_response()),
        Outcome::Ineligible(reason) => {
            let errors = Errors::from([(reason.field().to_owned(), reason.key().to_owned())]);
            back_to_form(&state, offer_id, &fields, &errors).await
        }
        Outcome::Gone => Err(HandlerError::NotFound),
    }
}

/// One tap from the link in every message: the registration ends and the next person moves up.
pub async fn cancel(State(state): State<AppState>, Path(token): Path<String>) -> Answer {
    let Some(id) = state.links.verify(Purpose::Registration, &token) else { return Err(HandlerError::NotFound) };
    service::cancel(&state.db, links(&state), id, Ending::Participant, now()).await?;
    Ok(Redirect::to(&format!("/r/{token}")).into_response())
}

#[derive(serde::Deserialize)]
pub struct ConsentForm {
    answer: String,
    /// The parent's yes to photos, ticked beside the answer.
    photos: Option<String>,
    /// The language the consent page was shown in (the parent's).
    lang: Option<String>,
}

/// A parent's yes or no; a few per registration and network, not a stream of them.
pub async fn answer_consent(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Extension(ClientIp(client)): Extension<ClientIp>,
    headers: HeaderMap,
    CleanForm(form): CleanForm<ConsentForm>,
) -> Answer {
    let Some(id) = state.links.verify(Purpose::Consent, &token) else { return Err(HandlerError::NotFound) };
    let lang = form.lang.as_deref().and_then(Lang::from_code).unwrap_or_else(|| request_lang(&headers));
    if !super::account::within_limits(&state, "consent-answer", &id.to_string(), client).await? {
        if !wants_html(&headers) {
            return Ok((StatusCode::TOO_MANY_REQUESTS, lang.t("too-many-attempts")).into_response());
        }
        return Ok(Redirect::to(&format!("/consent/{token}?limited&lang={}", lang.code())).into_response());
    }
    let approve = form.answer == "yes";
    let answer = if approve { ParentAnswer::Yes { photos: form.photos.is_some(), lang } } else { ParentAnswer::No };
    let answered = service::answer_consent(&state.db, links(&state), id, answer, now()).await?;
    let flag = match (answered, approve) {
        (true, true) => "yes",
        (true, false) => "no",
        (false, _) => "answered",
    };
    Ok(Redirect::to(&format!("/consent/{token}?{flag}&lang={}", lang.code())).into_response())
}

/// The person corrects their own record from their registration's page: the link is the proof.
/// What only staff may change comes back with a message, and with what was typed.
pub async fn correct_details(
    State(state): State<AppState>,
    Path(token): Path<String>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let id = state.links.verify(Purpose::Registration, &token).ok_or(HandlerError::NotFound)?;
    let registration = stored::find(&mut *state.db.pool().acquire().await?, id).await?.ok_or(HandlerError::NotFound)?;
    let on_file = OnFile { birth_year: registration.birth_year, parent_email: registration.parent_email };
    let this_year = i64::from(chrono::Utc::now().year());
    let languages: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    let page = format!("/r/{token}");
    match validate_own_correction(&fields, &on_file, this_year, &languages) {
        Ok(correction) => {
            participants::correct(&state.db, None, registration.participant_id, &correction, now()).await?;
            Ok(Redirect::to(&format!("{page}?corrected")).into_response())
        }
        Err(errors) => super::back_to_form(&state, None, (&page, "details"), &fields, &errors).await,
    }
}

/// "Add to calendar" on the registration's page: its dates as an .ics file.
pub async fn calendar_file(State(state): State<AppState>, Path(token): Path<String>) -> Answer {
    let Some(id) = state.links.verify(Purpose::Registration, &token) else { return Err(HandlerError::NotFound) };
    let Some(text) = service::calendar_file(&state.db, links(&state), id, now()).await? else {
        return Err(HandlerError::NotFound);
    };
    let mut response = text.into_response();
    let out = response.headers_mut();
    out.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    out.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"treffpunkt.ics\""));
    out.insert(header::CACHE_CONTROL, HeaderValue::from_static("private, no-store"));
    Ok(response)
}
