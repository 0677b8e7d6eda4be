use chrono::{NaiveDate, TimeZone};
use chrono_tz::Europe::Berlin;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::agenda::Agenda;
use crate::i18n::{Lang, use_lang};
use crate::ssr::db::programmes;
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
                let local = |date: NaiveDate| Berlin.from_local_datetime(&date.and_hms_opt(0, 0, 0)?).earliest();
                let until = last.and_then(|d| d.succ_opt()).and_then(local).map(|at| at.timestamp());
                let period = match (first.and_then(local), last.and_then(local)) {
                    (Some(from), Some(to)) => format!("{} – {}", lang.long_date(&from), lang.long_date(&to)),
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
                    <Agenda path=format!("/programmes/{slug}") programme_id=programme.id until=until.unwrap_or(i64::MAX)/>
                }
                .into_any()
            }
            Ok(None) => view! { <NotFoundPage/> }.into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// An organisation's page: its name and the offers it runs or co-hosts.
#[component]
pub fn OrganisationPage() -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    let id = use_params_map().with_untracked(|params| params.get("id").and_then(|id| id.parse::<i64>().ok()));
    Suspend::new(async move {
        let Some(id) = id else { return view! { <NotFoundPage/> }.into_any() };
        match programmes::find_organisation(&db, id).await {
            Ok(Some(organisation)) => view! {
                <Title text=format!("{} – {}", organisation.name, lang.t("site-name"))/>
                <section class="intro">
                    <h1><bdi>{organisation.name.clone()}</bdi></h1>
                    <p>{lang.t("organisation-intro")}</p>
                </section>
                <Agenda path=format!("/organisations/{id}") organisation_id=id/>
            }
            .into_any(),
            Ok(None) => view! { <NotFoundPage/> }.into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}
