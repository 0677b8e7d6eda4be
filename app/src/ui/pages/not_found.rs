use axum::http::StatusCode;
use leptos::prelude::*;

use crate::ui::components::NoticePage;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <NoticePage status=StatusCode::NOT_FOUND title_key="not-found-title" text_key="not-found-text" back=("/", "back-home")/>
    }
}

/// What the service worker shows when there is no connection: for a page it has not kept, and
/// for a form that could not be sent.
#[component]
pub fn OfflinePage() -> impl IntoView {
    view! {
        <NoticePage status=StatusCode::OK title_key="offline-title" text_key="offline-text" back=("/me", "offline-own-registrations")/>
    }
}
