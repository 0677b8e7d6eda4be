//! The accessibility statement (Erklärung zur Barrierefreiheit, BITV 2.0 § 7): how accessible
//! Treffpunkt is, what is known not to be, how it was checked, and whom to tell about barriers.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::use_lang;
use crate::ssr::state::AppState;

/// When this statement was last checked against the pages.
const PREPARED_ON: &str = "2026-11-25";

#[component]
pub fn AccessibilityPage() -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<AppState>();
    let contact = state.organizer.clone();
    let section = |heading: &str, text: String| {
        view! {
            <h2>{lang.t(heading)}</h2>
            <p>{text}</p>
        }
    };
    view! {
        <Title text=format!("{} – {}", lang.t("accessibility-title"), lang.t("site-name"))/>
        <h1>{lang.t("accessibility-title")}</h1>
        <p>{lang.t_with("accessibility-scope", &[("url", state.public_url.clone().into())])}</p>
        {section("accessibility-status-heading", lang.t("accessibility-status"))}
        <h2>{lang.t("accessibility-gaps-heading")}</h2>
        <ul>
            <li>{lang.t("accessibility-gap-translations")}</li>
            <li>{lang.t("accessibility-gap-tables")}</li>
        </ul>
        {section("accessibility-method-heading", lang.t_with("accessibility-method", &[("date", PREPARED_ON.into())]))}
        <h2 id="feedback">{lang.t("accessibility-feedback-heading")}</h2>
        <p>{lang.t("accessibility-feedback")}</p>
        <p><a href=format!("mailto:{contact}") dir="ltr">{contact.clone()}</a></p>
        {section("accessibility-enforcement-heading", lang.t("accessibility-enforcement"))}
        <p><a href="https://www.schlichtungsstelle-bgg.de" dir="ltr">"www.schlichtungsstelle-bgg.de"</a></p>
    }
}
