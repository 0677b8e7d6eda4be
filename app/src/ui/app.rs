use axum::http::{header, request::Parts};
use leptos::prelude::*;
use leptos_meta::{MetaTags, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use super::components::Layout;
use super::pages::{HomePage, NotFoundPage, OfferPage};
use crate::i18n::{LANG_COOKIE, Lang};

/// The HTML document around every page. The reader's language is settled here, once per request,
/// and handed to every component below as context.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = use_context::<Parts>()
        .map(|parts| request_lang(&parts))
        .unwrap_or_default();
    provide_context(lang);
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="stylesheet" href="/pkg/treffpunkt.css"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

fn request_lang(parts: &Parts) -> Lang {
    let cookie = parts
        .headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(LANG_COOKIE)?.strip_prefix('='));
    let accept = parts
        .headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok());
    Lang::negotiate(cookie, accept)
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Async rendering sends each page whole, so it reads the same without JavaScript.
    view! {
        <Router>
            <Layout>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/offers/:id") view=OfferPage ssr=SsrMode::Async/>
                </Routes>
            </Layout>
        </Router>
    }
}
