//! Every form post is read through `CleanForm`: each value is cleaned once (see
//! `app::domain::text::clean`) before the handler, its validation or the database sees it.

use app::domain::text::{clean, is_multi_line};
use axum::Form;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::de::DeserializeOwned;

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
                let value = clean(&value, is_multi_line(&name));
                (clean(&name, false), value)
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
