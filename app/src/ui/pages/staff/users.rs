use leptos::prelude::*;
use leptos_meta::Title;

use super::{StaffNav, guarded};
use crate::domain::policy::{Action, Actor, Role, allows};
use crate::i18n::{Lang, use_lang};
use crate::ssr::db::users::{self, Account, OrganisationChoice};
use crate::ssr::state::AppState;
use crate::ui::components::{Field, FormAlert, FormFeedback, LoadError, ScrollRegion, form_feedback};

/// Accounts and invitations. Admins see and invite everybody; staff invite partners of their site.
#[component]
pub fn UsersPage() -> impl IntoView {
    guarded(
        |actor| match actor {
            Actor::Staff { site_id, .. } => Action::InviteUser { role: Role::Partner, site_id: Some(*site_id) },
            _ => Action::ManageUsers,
        },
        |actor| {
            let lang = use_lang();
            let db = expect_context::<AppState>().db;
            let FormFeedback { email, message: alert, good } = form_feedback(Some(("invited", "invite-sent")));
            let site = match actor {
                Actor::Staff { site_id, .. } => Some(site_id),
                _ => None,
            };
            let is_admin = allows(&actor, Action::ManageUsers);
            let content = Suspend::new(async move {
                let loaded = match users::organisations(&db, site).await {
                    Ok(mut organisations) => {
                        organisations.retain(|org| org.archived == 0);
                        users::list(&db, site).await.map(|accounts| (organisations, accounts))
                    }
                    Err(error) => Err(error),
                };
                match loaded {
                    Ok((organisations, accounts)) => view! {
                        <InviteForm organisations is_admin email alert good/>
                        <AccountTable accounts lang/>
                    }
                    .into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            });
            view! {
                <Title text=format!("{} – {}", lang.t("staff-users"), lang.t("site-name"))/>
                <StaffNav actor/>
                <h1>{lang.t("staff-users")}</h1>
                {content}
            }
            .into_any()
        },
    )
}

#[component]
fn InviteForm(
    organisations: Vec<OrganisationChoice>,
    is_admin: bool,
    email: String,
    alert: Option<String>,
    good: bool,
) -> impl IntoView {
    let lang = use_lang();
    // An admin setting up a site invites the team first; staff invite partners only.
    let roles: &[Role] = if is_admin { &[Role::Staff, Role::Partner, Role::Admin] } else { &[Role::Partner] };
    view! {
        <section class="form-page" aria-labelledby="invite-heading">
            <h2 id="invite-heading">{lang.t("invite-title")}</h2>
            <p>{lang.t("invite-intro")}</p>
            <FormAlert message=alert good/>
            <form method="post" action="/staff/users/invite" class="stack">
                <Field name="email" kind="email" label=lang.t("field-email") value=email autocomplete="off"/>
                <Field name="display_name" label=lang.t("field-display-name") autocomplete="off"/>
                <div class="field">
                    <label for="field-role">{lang.t("field-role")}</label>
                    <select id="field-role" name="role">
                        {roles.iter().map(|role| view! { <option value=role.code()>{lang.t(&format!("role-{}", role.code()))}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="field-organisation">{lang.t("field-organisation")}</label>
                    <p class="hint" id="field-organisation-hint">{lang.t("field-organisation-hint")}</p>
                    <select id="field-organisation" name="organisation_id" aria-describedby="field-organisation-hint">
                        {organisations.into_iter().map(|org| view! { <option value=org.id.to_string()>{org.name}</option> }).collect_view()}
                    </select>
                </div>
                <button type="submit" class="button">{lang.t("invite-submit")}</button>
            </form>
        </section>
    }
}

#[component]
fn AccountTable(accounts: Vec<Account>, lang: Lang) -> impl IntoView {
    view! {
        <h2>{lang.t("accounts-title")}</h2>
        <ScrollRegion label=lang.t("accounts-title")>
            <table class="table">
                <thead>
                    <tr>
                        <th scope="col">{lang.t("field-display-name")}</th>
                        <th scope="col">{lang.t("field-role")}</th>
                        <th scope="col">{lang.t("field-organisation")}</th>
                    </tr>
                </thead>
                <tbody>
                    {accounts
                        .into_iter()
                        .map(|account| {
                            let pending = (account.has_password == 0).then(|| lang.t("account-invited"));
                            view! {
                                <tr>
                                    <td><bdi>{account.display_name}</bdi><br/><small><bdi>{account.email}</bdi></small></td>
                                    <td>{lang.t(&format!("role-{}", account.role.code()))}<br/><small>{pending}</small></td>
                                    <td><bdi>{account.organisation.or(account.site).unwrap_or_default()}</bdi></td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </ScrollRegion>
    }
}
