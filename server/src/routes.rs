//! Plain HTTP routes beside the Leptos pages.

pub mod account;
pub mod calendar;
pub mod health;
pub mod lang;
pub mod offers;
pub mod participants;
pub mod programmes;
pub mod registrations;
pub mod sites;

use app::domain::offer_form::{Errors, Fields};
use app::ssr::drafts;
use app::ssr::http::request_lang;
use app::ssr::state::AppState;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use account::{Answer, now};

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

/// "Not found", in the reader's language.
fn not_found(headers: &HeaderMap) -> Response {
    (StatusCode::NOT_FOUND, request_lang(headers).t("not-found-title")).into_response()
}

/// "No access", in the reader's language.
fn forbidden(headers: &HeaderMap) -> Response {
    (StatusCode::FORBIDDEN, request_lang(headers).t("forbidden-text")).into_response()
}
