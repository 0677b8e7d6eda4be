use leptos::prelude::*;
use leptos_meta::Title;

use super::{StaffNav, guarded, open_staff_area};
use crate::domain::policy::Actor;
use crate::i18n::use_lang;
use crate::ssr::db::offers;
use crate::ssr::state::AppState;
use crate::ui::components::{LoadError, When};

const DASHBOARD_LIMIT: i64 = 100;

/// The start page after signing in: the offers this person edits (a partner: their
/// organisation's; staff: their site's; admins: all), drafts included, next first.
#[component]
pub fn DashboardPage() -> impl IntoView {
    guarded(open_staff_area, |actor| {
        let lang = use_lang();
        let db = expect_context::<AppState>().db;
        let (site, organisation) = match actor {
            Actor::Staff { site_id, .. } => (Some(site_id), None),
            Actor::Partner { site_id, organisation_id, .. } => (Some(site_id), Some(organisation_id)),
            _ => (None, None),
        };
        let list = Suspend::new(async move {
            let now = chrono::Utc::now().timestamp();
            match offers::for_editors(&db, site, organisation, now, DASHBOARD_LIMIT).await {
                Ok(list) if list.is_empty() => view! { <p>{lang.t("home-empty")}</p> }.into_any(),
                Ok(list) => view! {
                    <ul class="plain-list">
                        {list
                            .into_iter()
                            .map(|offer| {
                                let next = offer.next_session();
                                let draft = (offer.status == "draft").then(|| view! {
                                    <span class="badge">{lang.t("offer-status-draft")}</span>" "
                                });
                                view! {
                                    <li>
                                        {draft}
                                        <a href=format!("/staff/offers/{}/edit", offer.id)><bdi>{offer.title}</bdi></a>
                                        {next.map(|span| view! { " · "<When span/> })}
                                        " · "<bdi>{offer.organisation}</bdi>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                }
                .into_any(),
                Err(error) => view! { <LoadError error/> }.into_any(),
            }
        });
        view! {
            <Title text=format!("{} – {}", lang.t("staff-home"), lang.t("site-name"))/>
            <StaffNav actor/>
            <h1>{lang.t("staff-home")}</h1>
            <h2>{lang.t("staff-your-offers")}</h2>
            {list}
        }
        .into_any()
    })
}
