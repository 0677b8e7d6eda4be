use axum::http::StatusCode;
use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::use_lang;
use crate::ui::components::set_status;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    set_status(StatusCode::NOT_FOUND);
    let lang = use_lang();
    view! {
        <Title text=lang.t("not-found-title")/>
        <section class="notice">
            <h1>{lang.t("not-found-title")}</h1>
            <p>{lang.t("not-found-text")}</p>
            <p><a href="/">{lang.t("back-home")}</a></p>
        </section>
    }
}
