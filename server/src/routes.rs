//! Plain HTTP routes beside the Leptos pages.

pub mod account;
pub mod calendar;
pub mod contact_address;
pub mod health;
pub mod ideas;
pub mod lang;
pub mod network;
pub mod offers;
pub mod own_data;
pub mod participants;
pub mod programmes;
pub mod registrations;
pub mod sites;

use app::domain::offer_form::{Errors, Fields};
use app::domain::policy::{Action, Actor, allows};
use app::ssr::drafts;
use app::ssr::state::AppState;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

/// Why a handler answers otherwise than it was asked. Every handler and helper returns this, so
/// `?` carries a refusal as far as a database error. The page that explains it is written by
/// `security::answer_in_readers_language`, which knows the request: its language and its page.
pub enum HandlerError {
    /// The server failed: logged in full; the reader gets an apology (500).
    Failed(anyhow::Error),
    NotFound,
    /// Nobody is signed in: to the sign-in page, which brings the reader back.
    SignIn,
    /// Signed in, and the policy says no.
    Forbidden,
    /// An answer decided on the way, such as back to a form with what was typed and why (boxed:
    /// a response is large, and this type travels in every `Result`).
    Answer(Box<Response>),
}

impl HandlerError {
    pub fn answer(response: Response) -> Self {
        HandlerError::Answer(Box::new(response))
    }
}

impl<E: Into<anyhow::Error>> From<E> for HandlerError {
    fn from(error: E) -> Self {
        HandlerError::Failed(error.into())
    }
}

/// What a refusal's page says; the response carries it until the language layer writes the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refused {
    Failed,
    NotFound,
    SignIn,
    Forbidden,
}

impl IntoResponse for HandlerError {
    fn into_response(self) -> Response {
        let (status, refused) = match self {
            HandlerError::Answer(response) => return *response,
            HandlerError::Failed(error) => {
                tracing::error!(error = app::ssr::redact::addresses(&format!("{error:#}")), "request failed");
                (StatusCode::INTERNAL_SERVER_ERROR, Refused::Failed)
            }
            HandlerError::NotFound => (StatusCode::NOT_FOUND, Refused::NotFound),
            HandlerError::SignIn => (StatusCode::SEE_OTHER, Refused::SignIn),
            HandlerError::Forbidden => (StatusCode::FORBIDDEN, Refused::Forbidden),
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(refused);
        response
    }
}

pub type Answer = Result<Response, HandlerError>;

pub fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// The signed-in user's id when the policy allows `action`; otherwise sign-in for nobody signed
/// in, and "no access" for everybody else (a young person's session included).
pub fn permit(actor: &Actor, action: Action) -> Result<i64, HandlerError> {
    if *actor == Actor::Anonymous {
        return Err(HandlerError::SignIn);
    }
    actor.user_id().filter(|_| allows(actor, action)).ok_or(HandlerError::Forbidden)
}

/// Back to the form at `page` (a path, maybe with a query) and its `#anchor`, with what was typed
/// and why it did not work, kept as a draft of `user_id` (None: a young person's form).
async fn back_to_form(
    state: &AppState,
    user_id: Option<i64>,
    (page, anchor): (&str, &str),
    fields: &Fields,
    errors: &Errors,
) -> Answer {
    let token = drafts::save(&state.db, user_id, fields, errors, now()).await?;
    let separator = if page.contains('?') { '&' } else { '?' };
    let anchor = if anchor.is_empty() { String::new() } else { format!("#{anchor}") };
    Ok(Redirect::to(&format!("{page}{separator}draft={token}{anchor}")).into_response())
}
