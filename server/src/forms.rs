//! Every form post is read through `CleanForm`: each value is cleaned once (see
//! `app::domain::text::clean`) before the handler, its validation or the database sees it.

use app::domain::text::{clean, is_multi_line};
use axum::Form;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

/// Longer values are cut here: every field's own limit (a name 60, a description 4,000) is far below,
/// so its validation still says "too long", and a draft never holds a megabyte.
const MAX_LINE_CHARS: usize = 1_000;
const MAX_TEXT_CHARS: usize = 10_000;

/// Like `axum::Form`, with every value cleaned. A body that is not a form, or lacks a field the
/// handler needs, gets the same plain 4xx as from `Form`, which the translation layer turns into
/// a page in the reader's language.
pub struct CleanForm<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for CleanForm<T> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let Form(pairs) =
            Form::<Vec<(String, String)>>::from_request(request, state).await.map_err(IntoResponse::into_response)?;
        let cleaned: Vec<(String, String)> = pairs
            .into_iter()
            .map(|(name, value)| {
                let multi_line = is_multi_line(&name);
                let cap = if multi_line { MAX_TEXT_CHARS } else { MAX_LINE_CHARS };
                let value: String = clean(&value, multi_line).chars().take(cap).collect();
                (clean(&name, false).chars().take(MAX_LINE_CHARS).collect::<String>(), value)
            })
            .collect();
        // Forms are a few hundred bytes: encoding them again costs nothing worth a second parser.
        let encoded = serde_urlencoded::to_string(&cleaned).map_err(unreadable)?;
        serde_urlencoded::from_str(&encoded).map(CleanForm).map_err(unreadable)
    }
}

fn unreadable(error: impl std::fmt::Display) -> Response {
    (StatusCode::UNPROCESSABLE_ENTITY, format!("Failed to deserialize form body: {error}")).into_response()
}
