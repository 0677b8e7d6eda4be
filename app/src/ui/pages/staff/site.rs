//! A site's settings (staff of the site and admins): the sender name, sender address and reply-to
//! address of its messages, so that participants see "JMD Köln" and their answers reach the team.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::offer_form::Typed;
use super::{StaffNav, guarded, take_draft};
use crate::domain::offer_form::Fields;
use crate::domain::policy::{Action, Actor};
use crate::i18n::use_lang;
use crate::ssr::db::sites;
use crate::ssr::state::AppState;
use crate::ui::components::{Field, FormAlert, LoadError, use_actor};
use crate::ui::pages::NotFoundPage;

#[component]
pub fn SitePage() -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    let actor = use_actor();
    let (chosen, saved) = use_query_map().with_untracked(|query| {
        (query.get("site").and_then(|id| id.parse::<i64>().ok()), query.get("saved").is_some())
    });
    // Staff look after their own site; admins name one in the address.
    let site_id = match actor {
        Actor::Staff { site_id, .. } | Actor::Partner { site_id, .. } => Some(site_id),
        _ => chosen,
    };
    Suspend::new(async move {
        let Some(site_id) = site_id else { return view! { <SiteChoice/> }.into_any() };
        let loaded = async {
            let Some(site) = sites::name_and_sender(&db, site_id).await? else { return Ok(None) };
            Ok::<_, sqlx::Error>(Some((site, take_draft(&db, &actor).await?)))
        };
        match loaded.await {
            Ok(Some(((name, sender), (draft, errors)))) => guarded(
                move |_| Action::EditSite { site_id },
                move |actor| {
                    let fields: Fields = if draft.is_empty() {
                        [
                            ("from_name", sender.from_name),
                            ("from_address", sender.from_address),
                            ("reply_to", sender.reply_to),
                        ]
                        .into_iter()
                        .map(|(field, value)| (field.to_owned(), value.unwrap_or_default()))
                        .collect()
                    } else {
                        draft
                    };
                    let problem = (!errors.is_empty()).then(|| lang.t("offer-form-has-errors"));
                    let done = (saved && errors.is_empty()).then(|| lang.t("offer-flag-saved"));
                    let typed = Typed { lang, fields: &fields, errors: &errors };
                    view! {
                        <Title text=format!("{} – {}", lang.t("site-mail-title"), lang.t("site-name"))/>
                        <StaffNav actor/>
                        <h1>{lang.t("site-mail-title")}</h1>
                        <p><bdi>{name}</bdi></p>
                        <FormAlert message=problem/>
                        <FormAlert message=done good=true/>
                        <p>{lang.t("site-mail-intro")}</p>
                        <form method="post" action=format!("/staff/sites/{site_id}/mail") class="stack">
                            <Field name="from_name" label=lang.t("site-mail-from-name") value=typed.value("from_name")
                                error=typed.error("from_name") hint=Some(lang.t("site-mail-from-name-hint")) required=false/>
                            <Field name="from_address" kind="email" label=lang.t("site-mail-from-address") value=typed.value("from_address")
                                error=typed.error("from_address") hint=Some(lang.t("site-mail-from-address-hint")) required=false/>
                            <Field name="reply_to" kind="email" label=lang.t("site-mail-reply-to") value=typed.value("reply_to")
                                error=typed.error("reply_to") hint=Some(lang.t("site-mail-reply-to-hint")) required=false/>
                            <button type="submit" class="button">{lang.t("site-mail-save")}</button>
                        </form>
                    }
                    .into_any()
                },
            ),
            Ok(None) => view! { <NotFoundPage/> }.into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// An admin's list of sites to choose from.
#[component]
fn SiteChoice() -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    guarded(
        |_| Action::ManageUsers,
        move |actor| {
            let list = Suspend::new(async move {
                match sites::list(&db).await {
                    Ok(sites) => view! {
                        <ul>
                            {sites
                                .into_iter()
                                .map(|(id, name)| view! { <li><a href=format!("/staff/site?site={id}")><bdi>{name}</bdi></a></li> })
                                .collect_view()}
                        </ul>
                    }
                    .into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            });
            view! {
                <Title text=format!("{} – {}", lang.t("site-mail-title"), lang.t("site-name"))/>
                <StaffNav actor/>
                <h1>{lang.t("site-mail-title")}</h1>
                {list}
            }
            .into_any()
        },
    )
}
