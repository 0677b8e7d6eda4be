use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::agenda::Agenda;
use crate::domain::schedule::{self, day_start};
use crate::i18n::{Lang, use_lang};
use crate::ssr::db::{network, programmes};
use crate::ssr::state::AppState;
use crate::ui::components::{CalendarLinks, LoadError, Written};
use crate::ui::pages::NotFoundPage;

/// A programme as a day-by-day agenda of its events, with the same filters as the home page.
#[component]
pub fn ProgrammePage() -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    let slug = use_params_map().with_untracked(|params| params.get("slug").unwrap_or_default());
    Suspend::new(async move {
        match programmes::find_by_slug(&db, lang, &slug).await {
            Ok(Some(programme)) => {
                let day = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
                let (first, last) = (day(&programme.starts_on), day(&programme.ends_on));
                let zone = schedule::zone(&programme.time_zone);
                let until = last.and_then(|d| d.succ_opt()).map(|date| day_start(zone, date));
                let period = match (first, last) {
                    (Some(from), Some(to)) => format!("{} – {}", lang.long_day(from), lang.long_day(to)),
                    _ => String::new(),
                };
                view! {
                    <Title text=format!("{} – {}", programme.title, lang.t("site-name"))/>
                    <section class="intro">
                        <h1><Written text=programme.title.clone() in_german=programme.in_german == 1/></h1>
                        <p class="period">{period}</p>
                        <p dir="auto" lang=(programme.in_german == 1 && lang != Lang::De).then_some("de")>{programme.description.clone()}</p>
                        <CalendarLinks path=format!("/programmes/{slug}/calendar.ics")/>
                    </section>
                    <Agenda path=format!("/programmes/{slug}") zone programme_id=programme.id until=until.unwrap_or(i64::MAX)/>
                }
                .into_any()
            }
            Ok(None) => view! { <NotFoundPage/> }.into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// An organisation's page: its profile and the offers it runs or co-hosts.
#[component]
pub fn OrganisationPage() -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    let id = use_params_map().with_untracked(|params| params.get("id").and_then(|id| id.parse::<i64>().ok()));
    Suspend::new(async move {
        let Some(id) = id else { return view! { <NotFoundPage/> }.into_any() };
        match network::organisation_profile(&db, lang, id).await {
            Ok(Some(organisation)) => {
                let zone = schedule::zone(&organisation.time_zone);
                let description = (!organisation.description.is_empty()).then(|| {
                    let in_german = organisation.in_german == 1;
                    view! { <p dir="auto" lang=in_german.then_some("de")>{organisation.description.clone()}</p> }
                });
                let contact = (!organisation.contact.is_empty()).then(|| {
                    view! { <p><strong>{lang.t("organisation-contact")}": "</strong><bdi>{organisation.contact.clone()}</bdi></p> }
                });
                // Only web addresses were accepted, so the link cannot run script.
                let website = organisation.website.clone().map(|url| {
                    view! { <p><a href=url.clone() rel="noopener noreferrer" dir="ltr">{url.clone()}</a></p> }
                });
                view! {
                    <Title text=format!("{} – {}", organisation.name, lang.t("site-name"))/>
                    <section class="intro">
                        <h1><bdi>{organisation.name.clone()}</bdi></h1>
                        <p class="badge">{lang.t(&format!("organisation-kind-{}", organisation.kind))}</p>
                        {description}
                        {contact}
                        {website}
                        <p>{lang.t("organisation-intro")}</p>
                    </section>
                    <Agenda path=format!("/organisations/{id}") zone organisation_id=id/>
                }
                .into_any()
            }
            Ok(None) => view! { <NotFoundPage/> }.into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}
