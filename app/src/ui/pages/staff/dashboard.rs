use leptos::prelude::*;
use leptos_meta::Title;

use super::site::chosen_site;
use super::{StaffNav, guarded, open_staff_area};
use crate::domain::policy::{Action, Actor, Role, allows};
use crate::i18n::{Lang, use_lang};
use crate::ssr::db::sites::Setup;
use crate::ssr::db::{offers, sites};
use crate::ssr::state::AppState;
use crate::ui::components::{FormAlert, LoadError, When};

const DASHBOARD_LIMIT: i64 = 100;

/// The start page after signing in: the offers this person edits (a partner: their
/// organisation's; staff: their site's; admins: all), drafts included, next first.
#[component]
pub fn DashboardPage() -> impl IntoView {
    guarded(open_staff_area, |actor| {
        let lang = use_lang();
        let db = expect_context::<AppState>().db;
        // What the step before did: a new site, or a password just set by an invited person.
        let done = leptos_router::hooks::use_query_map()
            .with_untracked(|query| ["created", "welcome"].into_iter().find(|flag| query.get(flag).is_some()));
        let (site, organisation) = match actor {
            Actor::Staff { site_id, .. } => (Some(site_id), None),
            Actor::Partner { site_id, organisation_id, .. } => (Some(site_id), Some(organisation_id)),
            _ => (None, None),
        };
        // What a new site still lacks, for those who can add it (not partners).
        let setup_site =
            chosen_site(&actor).filter(|site_id| allows(&actor, Action::EditNetwork { site_id: *site_id }));
        let may_invite_staff = allows(&actor, Action::InviteUser { role: Role::Staff, site_id: setup_site });
        let may_create_site = allows(&actor, Action::CreateSite);
        let setup_db = db.clone();
        let setup = Suspend::new(async move {
            let steps = match setup_site {
                Some(site_id) => {
                    sites::setup(&setup_db, site_id).await.map(|setup| site_steps(site_id, setup, may_invite_staff))
                }
                // A new installation: the first step is the first site; with one site, its steps.
                None if may_create_site => match sites::list(&setup_db).await {
                    Ok(sites) if sites.is_empty() => Ok(vec![("setup-no-site", "/staff/sites/new".to_owned())]),
                    Ok(sites) if sites.len() == 1 => {
                        let only = sites[0].0;
                        sites::setup(&setup_db, only).await.map(|setup| site_steps(only, setup, true))
                    }
                    Ok(_) => Ok(Vec::new()),
                    Err(error) => Err(error),
                },
                None => Ok(Vec::new()),
            };
            match steps {
                Ok(steps) => setup_section(lang, steps),
                Err(error) => Some(view! { <LoadError error/> }.into_any()),
            }
        });
        // Young people's ideas waiting for the site's staff, the late ones counted apart.
        let co_design_site = match actor {
            Actor::Staff { site_id, .. } => {
                Some(site_id).filter(|site_id| allows(&actor, Action::ManageCoDesign { site_id: *site_id }))
            }
            _ => None,
        };
        let ideas_db = db.clone();
        let ideas = Suspend::new(async move {
            let site_id = co_design_site?;
            match crate::ssr::service::ideas::waiting(&ideas_db, site_id, chrono::Utc::now().timestamp()).await {
                Ok((0, _)) => None,
                Ok((waiting, late)) => Some(
                    view! {
                        <p class="notice"><a href="/staff/ideas">
                            {lang.t_with("dashboard-ideas-waiting", &[("count", waiting.into()), ("late", late.into())])}
                        </a></p>
                    }
                    .into_any(),
                ),
                Err(error) => Some(view! { <LoadError error/> }.into_any()),
            }
        });
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
            <FormAlert message=done.map(|flag| lang.t(&format!("staff-done-{flag}"))) good=true/>
            {setup}
            {ideas}
            <h2>{lang.t("staff-your-offers")}</h2>
            {list}
        }
        .into_any()
    })
}

/// The steps from a new site to its first published offer that are still open, each with the
/// page that does it; none once the site runs.
fn site_steps(site_id: i64, setup: Setup, may_invite_staff: bool) -> Vec<(&'static str, String)> {
    [
        (setup.details_missing, "setup-details", format!("/staff/site?site={site_id}")),
        (setup.venues == 0, "setup-no-venue", format!("/staff/venues?site={site_id}#new")),
        (setup.proposals > 0, "setup-venue-proposals", format!("/staff/venues?site={site_id}")),
        (setup.organisations <= 1, "setup-no-partner", format!("/staff/organisations?site={site_id}#new")),
        (setup.staff == 0 && may_invite_staff, "setup-no-staff", "/staff/users".to_owned()),
        (setup.offers == 0 && setup.venues > 0, "setup-no-offer", "/staff/offers/new".to_owned()),
    ]
    .into_iter()
    .filter(|(open, ..)| *open)
    .map(|(_, key, href)| (key, href))
    .collect()
}

fn setup_section(lang: Lang, steps: Vec<(&'static str, String)>) -> Option<AnyView> {
    (!steps.is_empty()).then(|| {
        view! {
            <section class="notice setup" aria-labelledby="setup-title">
                <h2 id="setup-title">{lang.t("setup-title")}</h2>
                <ol>
                    {steps
                        .into_iter()
                        .map(|(key, href)| view! { <li><a href=href>{lang.t(key)}</a></li> })
                        .collect_view()}
                </ol>
            </section>
        }
        .into_any()
    })
}
