//! An address for messages, for a young person who joined with a code: given on their "my" page,
//! confirmed by its owner and, for an under-16, agreed to by a parent. The links in the messages
//! open a page with a button; only its POST acts (mail scanners open links).

use app::domain::co_design_form::validate_contact_address;
use app::domain::offer_form::{Errors, Fields};
use app::domain::policy::Actor;
use app::i18n::Lang;
use app::ssr::http::request_lang;
use app::ssr::links::Purpose;
use app::ssr::service::contact_address::{self as service, Answered, Requested};
use app::ssr::service::participants;
use app::ssr::state::AppState;
use axum::Extension;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect};
use chrono::Datelike;

use super::{Answer, HandlerError, back_to_form, now};
use crate::forms::CleanForm;
use crate::proxy::ClientIp;

/// Where the form stands on `/me`.
const FORM: (&str, &str) = ("/me", "address");

/// Person `id` if this session joined as them with a code; others have an address already.
fn joined(actor: &Actor, id: i64) -> Result<i64, HandlerError> {
    match actor {
        Actor::Anonymous => Err(HandlerError::answer(Redirect::to("/me").into_response())),
        _ if actor.joined().contains(&id) => Ok(id),
        _ => Err(HandlerError::Forbidden),
    }
}

pub async fn request(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Extension(client): Extension<ClientIp>,
    Path(id): Path<i64>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let id = joined(&actor, id)?;
    let person = participants::people(&state.db, &[id]).await?.into_iter().next().ok_or(HandlerError::NotFound)?;
    let this_year = i64::from(chrono::Utc::now().year());
    let languages: Vec<&str> = Lang::ALL.iter().map(|lang| lang.code()).collect();
    let given = match validate_contact_address(&fields, person.birth_year, this_year, &languages) {
        Ok(given) => given,
        Err(errors) => return back_to_form(&state, None, FORM, &fields, &errors).await,
    };
    let network = client.network(&state.links);
    match service::request(&state.db, &state.links, id, &given, &network, now()).await? {
        Requested::Sent => Ok(Redirect::to("/me?address-sent#address").into_response()),
        Requested::Limited => {
            let errors = Errors::from([("form".to_owned(), "too-many-attempts".to_owned())]);
            back_to_form(&state, None, FORM, &fields, &errors).await
        }
        Requested::NotForThem => Err(HandlerError::Forbidden),
    }
}

pub async fn remove(State(state): State<AppState>, Extension(actor): Extension<Actor>, Path(id): Path<i64>) -> Answer {
    let id = joined(&actor, id)?;
    service::remove(&state.db, id, now()).await?;
    Ok(Redirect::to("/me?address-removed#address").into_response())
}

/// What a link's page says after its button: the answer as a flag.
fn flag(answered: &Answered) -> &'static str {
    match answered {
        Answered::Kept => "kept",
        Answered::ParentAsked => "parent-asked",
        Answered::Declined => "declined",
        Answered::Taken => "taken",
        Answered::Gone => "gone",
    }
}

/// The owner of the address presses "confirm" on the page the message's link opened.
pub async fn confirm(State(state): State<AppState>, Path(token): Path<String>) -> Answer {
    let id = state.links.verify(Purpose::ContactAddress, &token).ok_or(HandlerError::NotFound)?;
    let answered = service::confirm(&state.db, id, now()).await?;
    Ok(Redirect::to(&format!("/me/address/{token}?{}", flag(&answered))).into_response())
}

#[derive(serde::Deserialize)]
pub struct ParentForm {
    answer: String,
    lang: Option<String>,
}

/// A parent's yes or no on the page their message's link opened.
pub async fn answer_parent(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    CleanForm(form): CleanForm<ParentForm>,
) -> Answer {
    let id = state.links.verify(Purpose::ContactParent, &token).ok_or(HandlerError::NotFound)?;
    let lang = form.lang.as_deref().and_then(Lang::from_code).unwrap_or_else(|| request_lang(&headers));
    let answered = service::answer_parent(&state.db, id, form.answer == "yes", lang, now()).await?;
    Ok(Redirect::to(&format!("/me/address/parent/{token}?{}&lang={}", flag(&answered), lang.code())).into_response())
}
