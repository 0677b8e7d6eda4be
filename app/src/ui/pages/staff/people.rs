//! Requests by phone or in person ("what do you keep about me?", "delete my daughter's data"):
//! staff find a person of their site by address or first name, read and download what is held,
//! correct the record; admins delete a person with everything of theirs. Each look is audited.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

use super::participants::{Record, correction_form};
use super::{StaffNav, Typed, guarded, take_draft};
use crate::domain::policy::{Action, Actor, allows};
use crate::i18n::use_lang;
use crate::ssr::audit::{self, Entry};
use crate::ssr::db::participants as stored;
use crate::ssr::service::participants;
use crate::ssr::state::AppState;
use crate::ui::components::{Field, FormAlert, LoadError};
use crate::ui::pages::NotFoundPage;
use crate::ui::pages::me::tables;

/// Whose people an actor searches: staff their site's, admins everybody's.
fn searchable(actor: &Actor) -> Option<Option<i64>> {
    match actor {
        Actor::Staff { site_id, .. } => Some(Some(*site_id)),
        Actor::Admin { .. } => Some(None),
        _ => None,
    }
}

#[component]
pub fn PeoplePage() -> impl IntoView {
    let query = use_query_map().with_untracked(|query| query.get("q").unwrap_or_default());
    guarded(
        |actor| match actor {
            Actor::Staff { site_id, .. } => Action::CorrectParticipant { site_id: *site_id },
            _ => Action::DeleteParticipant,
        },
        move |actor| {
            let lang = use_lang();
            let db = expect_context::<AppState>().db;
            let scope = searchable(&actor).flatten();
            let typed = query.trim().to_owned();
            let results = Suspend::new(async move {
                if typed.chars().count() < 2 {
                    return ().into_any();
                }
                match stored::search(&db, scope, &typed).await {
                    Ok(found) if found.is_empty() => view! { <p>{lang.t("people-none")}</p> }.into_any(),
                    Ok(found) => view! {
                        <ul class="plain-list">
                            {found.into_iter().map(|person| view! {
                                <li>
                                    <a href=format!("/staff/people/{}", person.id)><bdi>{person.first_name}</bdi></a>
                                    " · "<span dir="ltr">{person.email}</span>
                                    " · "{person.birth_year}
                                    " · "{lang.t_with("people-registrations", &[("count", person.registrations.into())])}
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                    .into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            });
            let deleted = use_query_map()
                .with_untracked(|query| ["deleted", "restricted"].into_iter().find(|flag| query.get(flag).is_some()));
            view! {
                <Title text=format!("{} – {}", lang.t("people-title"), lang.t("site-name"))/>
                <Meta name="robots" content="noindex"/>
                <StaffNav actor/>
                <h1>{lang.t("people-title")}</h1>
                <FormAlert message=deleted.map(|flag| lang.t(&format!("own-data-{flag}"))) good=true/>
                <p>{lang.t("people-intro")}</p>
                <form method="get" action="/staff/people" class="stack form-page">
                    <Field name="q" kind="search" label=lang.t("people-search") value=query.clone() hint=Some(lang.t("people-search-hint"))/>
                    <button type="submit" class="button">{lang.t("people-search-submit")}</button>
                </form>
                {results}
            }
            .into_any()
        },
    )
}

#[component]
pub fn PersonPage() -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    let actor = crate::ui::components::use_actor();
    let id = use_params_map().with_untracked(|params| params.get("id").and_then(|id| id.parse::<i64>().ok()));
    let corrected = use_query_map().with_untracked(|query| query.get("corrected").is_some());
    Suspend::new(async move {
        let Some(id) = id else { return view! { <NotFoundPage/> }.into_any() };
        let site = match db.pool().acquire().await {
            Ok(mut conn) => stored::site_of(&mut conn, id).await,
            Err(error) => Err(error),
        };
        let site_id = match site {
            Ok(Some(site_id)) => site_id,
            Ok(None) => return view! { <NotFoundPage/> }.into_any(),
            Err(error) => return view! { <LoadError error/> }.into_any(),
        };
        let action = Action::CorrectParticipant { site_id };
        if !allows(&actor, action) {
            // Sign-in for strangers, "no access" for others: nothing is read for them.
            return guarded(move |_| action, |_| ().into_any());
        }
        let may_delete = allows(&actor, Action::DeleteParticipant);
        let loaded = async {
            let person = participants::people(&db, &[id]).await?.into_iter().next();
            let data = participants::export(&db, id, true).await?;
            let draft = take_draft(&db, &actor).await?;
            // Who looked at whose record is the person's to know.
            if let Some(user_id) = actor.user_id() {
                let mut tx = db.write().await?;
                let entry =
                    Entry { action: "participant-viewed", object_type: "participant", object_id: Some(id), detail: "" };
                audit::record(&mut tx, Some(user_id), entry, chrono::Utc::now().timestamp()).await?;
                tx.commit().await?;
            }
            Ok::<_, sqlx::Error>((person, data, draft))
        };
        let loaded = loaded.await;
        guarded(
            move |_| action,
            move |actor| match loaded {
                Ok((Some(person), data, (fields, errors))) => {
                    let typed = Typed { lang, fields: &fields, errors: &errors };
                    let draft = (!fields.is_empty()).then_some(&typed);
                    let record = Record {
                        anchor: person.id,
                        participant_id: person.id,
                        birth_year: person.birth_year,
                        lang: data["participants"][0]["lang"].as_str().unwrap_or("de").to_owned(),
                        parent_email: data["participants"][0]["parent_email"].as_str().map(str::to_owned),
                        parent_lang: data["participants"][0]["parent_lang"].as_str().map(str::to_owned),
                    };
                    let zone = crate::domain::schedule::zone(&person.time_zone);
                    view! {
                        <Title text=format!("{} – {}", person.first_name, lang.t("site-name"))/>
                        <Meta name="robots" content="noindex"/>
                        <StaffNav actor/>
                        <h1>{lang.t_with("own-data-of", &[("name", lang.isolate(&person.first_name).into())])}</h1>
                        <FormAlert message=corrected.then(|| lang.t("participants-flag-corrected")) good=true/>
                        <p><a href="/staff/people">{lang.t("people-title")}</a></p>
                        {tables((lang, zone), &data)}
                        <p><a href=format!("/staff/people/{id}/data.json") download="">{lang.t("own-data-download")}</a></p>
                        {correction_form(lang, (None, &record), draft)}
                        {may_delete.then(|| view! {
                            <h2>{lang.t("own-data-delete-title")}</h2>
                            <form method="post" action=format!("/staff/people/{id}/delete") class="stack form-page">
                                <p>{lang.t_with("own-data-delete-warning", &[("name", lang.isolate(&person.first_name).into())])}</p>
                                <div class="field-check">
                                    <input type="checkbox" id="field-confirm" name="confirm"/>
                                    <label for="field-confirm">{lang.t("own-data-delete-confirm")}</label>
                                </div>
                                <button type="submit" class="button">{lang.t("own-data-delete")}</button>
                            </form>
                        })}
                    }
                    .into_any()
                }
                Ok((None, ..)) => view! { <NotFoundPage/> }.into_any(),
                Err(error) => view! { <LoadError error/> }.into_any(),
            },
        )
    })
}
