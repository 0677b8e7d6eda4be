//! Server-rendered building blocks shared by the pages.

use axum::http::{StatusCode, request::Parts};
use leptos::prelude::*;
use leptos_axum::ResponseOptions;

use crate::domain::offer::{Category, OfferKind};
use crate::domain::schedule::LocalSpan;
use crate::i18n::{Lang, use_lang};

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let lang = use_lang();
    view! {
        <a class="skip-link" href="#main">{lang.t("skip-to-content")}</a>
        <header class="site-header">
            <a class="brand" href="/">
                <span class="brand-name">{lang.t("site-name")}</span>
                <span class="brand-tagline">{lang.t("site-tagline")}</span>
            </a>
            <LanguagePicker/>
        </header>
        <main id="main" tabindex="-1">{children()}</main>
        <footer class="site-footer">
            <p>{lang.t("footer-about")}</p>
            <p>{lang.t("footer-privacy")}</p>
        </footer>
    }
}

/// Plain links, so switching works without JavaScript; each language is named in its own script.
#[component]
fn LanguagePicker() -> impl IntoView {
    let current = use_lang();
    let back = use_context::<Parts>()
        .and_then(|parts| parts.uri.path_and_query().map(|pq| pq.as_str().to_owned()))
        .unwrap_or_else(|| "/".to_owned());
    let back = url_encode(&back);
    view! {
        <nav class="lang-picker" aria-label=current.t("lang-picker-label")>
            <ul>
                {Lang::ALL
                    .iter()
                    .map(|lang| {
                        view! {
                            <li>
                                <a
                                    href=format!("/lang/{}?back={back}", lang.code())
                                    hreflang=lang.code()
                                    lang=lang.code()
                                    aria-current=(*lang == current).then_some("true")
                                >
                                    {lang.native_name()}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// Percent-encodes a query value (RFC 3986: everything but the unreserved characters).
pub fn url_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

/// "Di., 3. März, 17:00–19:00", or with both dates when a session runs past midnight.
pub fn span_text(lang: Lang, span: &LocalSpan) -> String {
    let end = if span.same_day() {
        lang.time(&span.ends)
    } else {
        lang.date_time(&span.ends)
    };
    format!("{}–{}", lang.date_time(&span.starts), end)
}

#[component]
pub fn When(span: LocalSpan) -> impl IntoView {
    let lang = use_lang();
    view! { <time datetime=span.starts.to_rfc3339()>{span_text(lang, &span)}</time> }
}

pub fn kind_label(lang: Lang, kind: OfferKind) -> String {
    lang.t(&format!("offer-kind-{}", kind.code()))
}

pub fn category_label(lang: Lang, category: Category) -> String {
    lang.t(&format!("category-{}", category.code()))
}

/// Sets the response status of the page being rendered.
pub fn set_status(status: StatusCode) {
    if let Some(response) = use_context::<ResponseOptions>() {
        response.set_status(status);
    }
}

/// What a reader sees when the database failed; the cause goes to the log only.
#[component]
pub fn LoadError(error: sqlx::Error) -> impl IntoView {
    tracing::error!(%error, "page data could not be loaded");
    set_status(StatusCode::INTERNAL_SERVER_ERROR);
    let lang = use_lang();
    view! {
        <section class="notice" role="alert">
            <h1>{lang.t("error-title")}</h1>
            <p>{lang.t("error-text")}</p>
        </section>
    }
}
