//! The sites of the network for the public: "JMD in deiner Nähe" (every site with its city and
//! contact) and one page per site with its contact details, opening hours and coming offers.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::agenda::Agenda;
use crate::domain::schedule;
use crate::i18n::{Lang, use_lang};
use crate::ssr::db::sites::{self, Profile};
use crate::ssr::state::AppState;
use crate::ui::components::{CalendarLinks, LoadError};
use crate::ui::pages::NotFoundPage;

#[component]
pub fn SitesPage() -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    let list = Suspend::new(async move {
        match sites::directory(&db, lang).await {
            Ok(sites) => view! {
                <ul class="site-list">
                    {sites
                        .into_iter()
                        .map(|site| view! {
                            <li>
                                <h2><a href=format!("/sites/{}", site.slug)><bdi>{site.name.clone()}</bdi></a></h2>
                                {contact(lang, &site)}
                            </li>
                        })
                        .collect_view()}
                </ul>
            }
            .into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    });
    view! {
        <Title text=format!("{} – {}", lang.t("sites-title"), lang.t("site-name"))/>
        <section class="intro">
            <h1>{lang.t("sites-title")}</h1>
            <p>{lang.t("sites-intro")}</p>
        </section>
        {list}
    }
}

/// Address, phone and email of a site, each a link where a phone can follow it.
fn contact(lang: Lang, site: &Profile) -> impl IntoView + use<> {
    let address = [site.street.as_str(), &format!("{} {}", site.postal_code, site.city)]
        .iter()
        .map(|part| part.trim().to_owned())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    let phone = (!site.phone.is_empty()).then(|| {
        let dial: String = site.phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        view! { <p><strong>{lang.t("site-field-phone")}": "</strong><a href=format!("tel:{dial}") dir="ltr">{site.phone.clone()}</a></p> }
    });
    let email = (!site.email.is_empty()).then(|| {
        view! { <p><strong>{lang.t("field-email")}": "</strong><a href=format!("mailto:{}", site.email) dir="ltr">{site.email.clone()}</a></p> }
    });
    view! {
        <p><bdi>{address}</bdi></p>
        {phone}
        {email}
    }
}

#[component]
pub fn SiteHomePage() -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    let slug = use_params_map().with_untracked(|params| params.get("slug").unwrap_or_default());
    Suspend::new(async move {
        match sites::profile(&db, lang, &slug).await {
            Ok(Some(site)) => {
                let zone = schedule::zone(&site.time_zone);
                let description = (!site.description.is_empty()).then(|| {
                    view! { <p dir="auto" lang=(site.in_german == 1).then_some("de")>{site.description.clone()}</p> }
                });
                let hours = (!site.opening_hours.is_empty()).then(|| {
                    view! {
                        <h2>{lang.t("site-field-opening-hours")}</h2>
                        <p class="pre-line" dir="auto" lang="de">{site.opening_hours.clone()}</p>
                    }
                });
                let carrier = (!site.carrier_name.is_empty()).then(|| {
                    view! {
                        <p class="hint">
                            {lang.t("site-carrier-label")}": "<bdi>{site.carrier_name.clone()}</bdi>
                            ", "<bdi class="pre-line">{site.carrier_address.clone()}</bdi>
                        </p>
                    }
                });
                view! {
                    <Title text=format!("{} – {}", site.name, lang.t("site-name"))/>
                    <section class="intro">
                        <h1><bdi>{site.name.clone()}</bdi></h1>
                        {description}
                        {contact(lang, &site)}
                        {hours}
                        {carrier}
                        <CalendarLinks path=format!("/sites/{slug}/calendar.ics")/>
                    </section>
                    <Agenda path=format!("/sites/{slug}") zone site_id=Some(site.id)/>
                }
                .into_any()
            }
            Ok(None) => view! { <NotFoundPage/> }.into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}
