use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use super::{StaffNav, guarded};
use crate::domain::policy::Action;
use crate::i18n::use_lang;
use crate::ssr::db::offers;
use crate::ssr::state::AppState;
use crate::ui::components::{LoadError, When};

/// The editor lists this many coming dates.
const EDITOR_SESSIONS: i64 = 30;
use crate::ui::pages::NotFoundPage;

/// The offer editor. Only the lead organisation's partners, the site's staff and admins reach it.
#[component]
pub fn OfferEditPage() -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    let id = use_params_map().with_untracked(|params| params.get("id").and_then(|id| id.parse::<i64>().ok()));
    Suspend::new(async move {
        let Some(id) = id else { return view! { <NotFoundPage/> }.into_any() };
        let now = chrono::Utc::now().timestamp();
        let loaded = match offers::ownership(&db, id).await {
            Ok(Some(owner)) => offers::upcoming_sessions(&db, id, now, EDITOR_SESSIONS).await.map(|s| Some((owner, s))),
            Ok(None) => Ok(None),
            Err(error) => Err(error),
        };
        match loaded {
            Ok(Some((owner, (sessions, more)))) => guarded(
                |_| Action::EditOffer { site_id: owner.site_id, organisation_id: owner.organisation_id },
                |actor| {
                    view! {
                        <Title text=format!("{} – {}", lang.t("edit-offer-title"), lang.t("site-name"))/>
                        <StaffNav actor/>
                        <h1>{lang.t("edit-offer-title")}</h1>
                        <p class="lead"><bdi>{owner.title}</bdi></p>
                        <p>{lang.t("edit-offer-status")}": "<strong>{lang.t(&format!("offer-status-{}", owner.status))}</strong></p>
                        {(owner.status == "published").then(|| view! {
                            <p><a href=format!("/offers/{id}")>{lang.t("edit-offer-public-page")}</a></p>
                        })}
                        <form method="post" action=format!("/staff/offers/{id}/status") class="stack">
                            {match owner.status.as_str() {
                                "draft" => view! {
                                    <button type="submit" name="status" value="published" class="button">{lang.t("offer-publish")}</button>
                                }.into_any(),
                                "published" => view! {
                                    <p>{lang.t("offer-cancel-explained")}</p>
                                    <button type="submit" name="status" value="cancelled" class="button button-quiet">{lang.t("offer-cancel")}</button>
                                }.into_any(),
                                _ => ().into_any(),
                            }}
                        </form>
                        <h2>{lang.t("offer-sessions")}</h2>
                        <ul class="plain-list">
                            {sessions
                                .into_iter()
                                .map(|session| view! {
                                    <li>
                                        <When span=session.span/>" "
                                        <form method="post" action=format!("/staff/offers/{id}/sessions/{}/cancel", session.id) class="inline-form">
                                            <button type="submit" class="link-button">{lang.t("session-cancel")}</button>
                                        </form>
                                    </li>
                                })
                                .collect_view()}
                        </ul>
                        {(more > 0).then(|| view! { <p>{lang.t_with("offer-sessions-more", &[("count", more.into())])}</p> })}
                        <p>{lang.t("edit-offer-coming")}</p>
                    }
                    .into_any()
                },
            ),
            Ok(None) => view! { <NotFoundPage/> }.into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}
