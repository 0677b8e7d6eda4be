use leptos::prelude::*;
use leptos_meta::Title;

use super::{StaffNav, guarded, open_staff_area};
use crate::domain::policy::Actor;
use crate::i18n::use_lang;
use crate::ssr::db::offers;
use crate::ssr::state::AppState;
use crate::ui::components::{LoadError, When};

const DASHBOARD_LIMIT: i64 = 30;

/// The start page after signing in: the site's next offers. Admins see every site.
#[component]
pub fn DashboardPage() -> impl IntoView {
    guarded(open_staff_area, |actor| {
        let lang = use_lang();
        let db = expect_context::<AppState>().db;
        let site = match actor {
            Actor::Staff { site_id, .. } | Actor::Partner { site_id, .. } => Some(site_id),
            _ => None,
        };
        let list = Suspend::new(async move {
            let now = chrono::Utc::now().timestamp();
            match offers::list_upcoming(&db, lang, site, now, DASHBOARD_LIMIT).await {
                Ok(list) if list.is_empty() => view! { <p>{lang.t("home-empty")}</p> }.into_any(),
                Ok(list) => view! {
                    <ul class="plain-list">
                        {list
                            .into_iter()
                            .map(|offer| {
                                let span = offer.next_session();
                                view! {
                                    <li>
                                        <a href=format!("/offers/{}", offer.id)>{offer.title}</a>
                                        " · "<When span/>" · "<bdi>{offer.organisation}</bdi>
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
            <h2>{lang.t("staff-upcoming")}</h2>
            {list}
        }
        .into_any()
    })
}
