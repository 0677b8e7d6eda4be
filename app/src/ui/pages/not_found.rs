use axum::http::StatusCode;
use leptos::prelude::*;

use crate::ui::components::NoticePage;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <NoticePage status=StatusCode::NOT_FOUND title_key="not-found-title" text_key="not-found-text" back=("/", "back-home")/>
    }
}
