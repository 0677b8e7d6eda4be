//! The staff area: sign-in, the dashboard, accounts and the audit log. Forms post to plain
//! routes (server/src/routes/account.rs) and come back here with a flash, so they work without
//! JavaScript.

mod audit;
mod co_design;
mod dashboard;
mod login;
mod network;
mod offer_edit;
mod offer_form;
mod offer_new;
mod outbox;
mod participants;
mod password;
mod people;
mod privacy;
mod programmes;
mod site;
mod users;

pub use audit::AuditPage;
pub use co_design::{CoDesignPage, JoinCodePage};
pub use dashboard::DashboardPage;
pub use login::LoginPage;
pub use network::{OrganisationEditPage, OrganisationsPage, VenueEditPage, VenueProposePage, VenuesPage};
pub use offer_edit::OfferEditPage;
pub use offer_form::Typed;
pub use offer_new::OfferNewPage;
pub use outbox::OutboxPage;
pub use participants::ParticipantsPage;
pub use password::{PasswordResetPage, SetPasswordPage};
pub use people::{PeoplePage, PersonPage};
pub use privacy::PrivacyAdminPage;
pub use programmes::{ProgrammeEditPage, ProgrammesPage};
pub use site::{SiteNewPage, SitePage};
pub use users::UsersPage;

use leptos::prelude::*;

use crate::domain::offer_form::{Errors, Fields};
use crate::domain::policy::{Action, Actor, Role, allows};
use crate::i18n::use_lang;
use crate::ssr::db::Db;
use crate::ssr::drafts;
use crate::ui::components::{ForbiddenPage, redirect_to_sign_in, use_actor};

/// Renders `page` when the actor may do `action`; sends anonymous readers to sign in and shows
/// everybody else the translated 403 page.
pub fn guarded(action: impl FnOnce(&Actor) -> Action, page: impl FnOnce(Actor) -> AnyView) -> AnyView {
    let actor = use_actor();
    if allows(&actor, action(&actor)) {
        page(actor)
    } else if actor == Actor::Anonymous {
        redirect_to_sign_in();
        ().into_any()
    } else {
        view! { <ForbiddenPage/> }.into_any()
    }
}

/// Opening the staff area: staff and partners for their own site; admins everywhere (they may do
/// anything, and ManageUsers is theirs alone, so it stands for "an admin").
pub fn open_staff_area(actor: &Actor) -> Action {
    match actor {
        Actor::Staff { site_id, .. } | Actor::Partner { site_id, .. } => Action::ViewDashboard { site_id: *site_id },
        _ => Action::ManageUsers,
    }
}

/// The navigation of the staff area, with what this actor may open.
#[component]
fn StaffNav(actor: Actor) -> impl IntoView {
    let lang = use_lang();
    let may_edit_programmes = match actor {
        Actor::Staff { site_id, .. } => allows(&actor, Action::EditProgramme { site_id }),
        _ => allows(&actor, Action::ManageUsers),
    };
    let may_edit_site = match actor {
        Actor::Staff { site_id, .. } => allows(&actor, Action::EditSite { site_id }),
        _ => allows(&actor, Action::CreateSite),
    };
    let may_edit_network = match actor {
        Actor::Staff { site_id, .. } => allows(&actor, Action::EditNetwork { site_id }),
        _ => allows(&actor, Action::CreateSite),
    };
    let may_manage_users = allows(&actor, Action::ManageUsers)
        || matches!(actor, Actor::Staff { site_id, .. }
            if allows(&actor, Action::InviteUser { role: Role::Partner, site_id: Some(site_id) }));
    // Requests about a person's data: staff of the site and admins, not partners.
    let may_find_people = match actor {
        Actor::Staff { site_id, .. } => allows(&actor, Action::CorrectParticipant { site_id }),
        _ => allows(&actor, Action::DeleteParticipant),
    };
    view! {
        <nav class="staff-nav" aria-label=lang.t("staff-nav-label")>
            <a href="/staff">{lang.t("staff-home")}</a>
            <a href="/staff/offers/new">{lang.t("new-offer-title")}</a>
            {may_find_people.then(|| view! { <a href="/staff/ideas">{lang.t("co-design-title")}</a> })}
            {may_edit_programmes.then(|| view! { <a href="/staff/programmes">{lang.t("staff-programmes")}</a> })}
            {may_manage_users.then(|| view! { <a href="/staff/users">{lang.t("staff-users")}</a> })}
            {may_find_people.then(|| view! { <a href="/staff/people">{lang.t("people-title")}</a> })}
            {may_edit_network.then(|| view! { <a href="/staff/organisations">{lang.t("network-organisations")}</a> })}
            {may_edit_network.then(|| view! { <a href="/staff/venues">{lang.t("network-venues")}</a> })}
            {may_edit_site.then(|| view! { <a href="/staff/site">{lang.t("site-settings-title")}</a> })}
            {allows(&actor, Action::ViewAuditLog).then(|| view! { <a href="/staff/audit">{lang.t("staff-audit")}</a> })}
            {allows(&actor, Action::ViewAuditLog).then(|| view! { <a href="/staff/privacy">{lang.t("privacy-admin-title")}</a> })}
            {allows(&actor, Action::ManageMail).then(|| view! { <a href="/staff/outbox">{lang.t("outbox-title")}</a> })}
            <form method="post" action="/logout" class="inline-form">
                <button type="submit" class="link-button">{lang.t("sign-out")}</button>
            </form>
        </nav>
    }
}

/// What the signed-in user typed into a form that came back with errors, if the URL names it.
pub(super) async fn take_draft(db: &Db, actor: &Actor) -> sqlx::Result<(Fields, Errors)> {
    let token = leptos_router::hooks::use_query_map().with_untracked(|query| query.get("draft"));
    match (token, actor.user_id()) {
        (Some(token), Some(user_id)) => {
            Ok(drafts::take(db, Some(user_id), &token, chrono::Utc::now().timestamp()).await?.unwrap_or_default())
        }
        _ => Ok(Default::default()),
    }
}
