use std::sync::Arc;

use chrono::Utc;
use leptos::prelude::*;
use leptos_meta::Title;

use axum::http::request::Parts;

use super::agenda::Agenda;
use crate::domain::schedule;
use crate::i18n::{Lang, use_lang};
use crate::ssr::db::sites::SiteLink;
use crate::ssr::db::{programmes, sites};
use crate::ssr::http::{SITE_COOKIE, cookie};
use crate::ssr::state::AppState;
use crate::ui::components::Written;

/// What's on: current programmes, then every upcoming session by day, with filters.
#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    let AppState { db, caches, zone, .. } = expect_context::<AppState>();
    let chosen = use_context::<Parts>().and_then(|parts| cookie(&parts.headers, SITE_COOKIE).map(str::to_owned));
    let (agenda_db, agenda_caches) = (db.clone(), caches.clone());
    // A network of several sites offers a choice; the chosen site's offers and days follow.
    let agenda = Suspend::new(async move {
        let load = async { sites::links(&agenda_db).await.map(Arc::new) };
        let sites = agenda_caches.sites.get_or_load((), load).await.unwrap_or_else(|error| {
            tracing::error!(%error, "the sites could not be loaded");
            Arc::default()
        });
        let chosen = chosen.and_then(|slug| sites.iter().find(|site| site.slug == slug).cloned());
        let zone = chosen.as_ref().map_or(zone, |site| schedule::zone(&site.time_zone));
        let choice = (sites.len() > 1).then(|| site_choice(lang, &sites, chosen.as_ref()));
        view! {
            {choice}
            <Agenda path="/".to_owned() zone site_id=chosen.map(|site| site.id)/>
        }
    });
    let programmes = Suspend::new(async move {
        let today = Utc::now().with_timezone(&zone).date_naive().to_string();
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
        {agenda}
    }
}

/// The sites of the network as links that remember the choice; the current one marked.
fn site_choice(lang: Lang, sites: &[SiteLink], chosen: Option<&SiteLink>) -> impl IntoView + use<> {
    let link = |href: String, label: String, current: bool| {
        view! { <li><a href=href aria-current=current.then_some("true")><bdi>{label}</bdi></a></li> }
    };
    view! {
        <nav class="site-choice" aria-label=lang.t("home-site-choice")>
            <ul class="cluster">
                {link("/site-choice".to_owned(), lang.t("home-all-sites"), chosen.is_none())}
                {sites
                    .iter()
                    .map(|site| {
                        let current = chosen.is_some_and(|chosen| chosen.id == site.id);
                        link(format!("/site-choice?site={}", site.slug), site.name.clone(), current)
                    })
                    .collect_view()}
                <li><a href="/sites">{lang.t("sites-title")}</a></li>
            </ul>
        </nav>
    }
}
