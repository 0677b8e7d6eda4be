use std::sync::Arc;

use chrono::Utc;
use chrono_tz::Europe::Berlin;
use leptos::prelude::*;
use leptos_meta::Title;

use super::agenda::Agenda;
use crate::i18n::use_lang;
use crate::ssr::db::programmes;
use crate::ssr::state::AppState;
use crate::ui::components::Written;

/// What's on: current programmes, then every upcoming session by day, with filters.
#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    let AppState { db, caches, .. } = expect_context::<AppState>();
    let programmes = Suspend::new(async move {
        let today = Utc::now().with_timezone(&Berlin).date_naive().to_string();
        let load = async { programmes::current(&db, lang, &today).await.map(Arc::new) };
        // The agenda below still helps when this fails, so a failure only leaves the links out.
        let current = caches.programmes.get_or_load((lang, today.clone()), load).await.unwrap_or_else(|error| {
            tracing::error!(%error, "current programmes could not be loaded");
            Arc::default()
        });
        (!current.is_empty()).then(|| {
            view! {
                <nav class="programmes" aria-label=lang.t("home-programmes")>
                    <h2>{lang.t("home-programmes")}</h2>
                    <ul>
                        {current
                            .iter()
                            .map(|p| view! { <li><a href=format!("/programmes/{}", p.slug)><Written text=p.title.clone() in_german=p.in_german == 1/></a></li> })
                            .collect_view()}
                    </ul>
                </nav>
            }
        })
    });
    view! {
        <Title text=format!("{} – {}", lang.t("home-title"), lang.t("site-name"))/>
        <section class="intro">
            <h1>{lang.t("home-title")}</h1>
            <p>{lang.t("home-intro")}</p>
        </section>
        {programmes}
        <Agenda path="/".to_owned()/>
    }
}
