//! A site's settings (staff of the site and admins) and the admin's "new site" form: one form for
//! both, checked by `domain::site_form`.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::offer_form::{Typed, translation_fields};
use super::{StaffNav, guarded, take_draft};
use crate::domain::offer_form::{Errors, Fields};
use crate::domain::policy::{Action, Actor};
use crate::domain::schedule::DEFAULT_ZONE;
use crate::domain::site_form::FederalState;
use crate::i18n::use_lang;
use crate::ssr::db::sites;
use crate::ssr::state::AppState;
use crate::ui::components::{Field, FormAlert, LoadError, SelectField, TextArea, use_actor};
use crate::ui::pages::NotFoundPage;

/// The site an admin names in the address (`?site=`), or the actor's own.
pub(super) fn chosen_site(actor: &Actor) -> Option<i64> {
    match actor {
        Actor::Staff { site_id, .. } | Actor::Partner { site_id, .. } => Some(*site_id),
        _ => use_query_map().with_untracked(|query| query.get("site").and_then(|id| id.parse::<i64>().ok())),
    }
}

/// The site a page at `path` is about: the chosen one, or for an admin of a single-site
/// installation that site. Otherwise (Err) the view to show instead: the admin's choice of sites.
pub(super) async fn site_or_choice(
    db: &crate::ssr::db::Db,
    chosen: Option<i64>,
    (path, title_key): (&'static str, &'static str),
) -> Result<i64, AnyView> {
    if let Some(site_id) = chosen {
        return Ok(site_id);
    }
    match sites::list(db).await {
        Ok(sites) if sites.len() == 1 => Ok(sites[0].0),
        Ok(_) => Err(view! { <SiteChoice path title_key/> }.into_any()),
        Err(error) => Err(view! { <LoadError error/> }.into_any()),
    }
}

#[component]
pub fn SitePage() -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    let actor = use_actor();
    let saved = use_query_map().with_untracked(|query| query.get("saved").is_some());
    let site_id = chosen_site(&actor);
    Suspend::new(async move {
        let site_id = match site_or_choice(&db, site_id, ("/staff/site", "site-settings-title")).await {
            Ok(site_id) => site_id,
            Err(choice) => return choice,
        };
        let loaded = async {
            let Some(site) = sites::editable(&db, site_id).await? else { return Ok(None) };
            let closing = sites::closing_days(db.pool(), site_id).await?;
            Ok::<_, sqlx::Error>(Some((site, closing, take_draft(&db, &actor).await?)))
        };
        match loaded.await {
            Ok(Some(((slug, stored), closing, (draft, errors)))) => guarded(
                move |_| Action::EditSite { site_id },
                move |actor| {
                    let name = stored.get("name").cloned().unwrap_or_default();
                    // The page has two forms; a draft belongs to the one that sent it.
                    let closing_draft = draft.get("form").is_some_and(|form| form == "closing");
                    let (fields, site_errors, closing_typed, closing_errors) = match (draft.is_empty(), closing_draft) {
                        (true, _) => (stored, Errors::new(), Fields::new(), Errors::new()),
                        (false, true) => (stored, Errors::new(), draft, errors.clone()),
                        (false, false) => (draft, errors.clone(), Fields::new(), Errors::new()),
                    };
                    let done = (saved && errors.is_empty()).then(|| lang.t("offer-flag-saved"));
                    view! {
                        <Title text=format!("{} – {}", lang.t("site-settings-title"), lang.t("site-name"))/>
                        <StaffNav actor/>
                        <h1>{lang.t("site-settings-title")}</h1>
                        <p><bdi>{name}</bdi>" · "<a href=format!("/sites/{slug}")>{lang.t("site-public-page")}</a></p>
                        <FormAlert message=done good=true/>
                        <SiteForm action=format!("/staff/sites/{site_id}") fields errors=site_errors new=false/>
                        <ClosingDays site_id closing fields=closing_typed errors=closing_errors/>
                    }
                    .into_any()
                },
            ),
            Ok(None) => view! { <NotFoundPage/> }.into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// An admin starts a site: the same form, with the address part to choose.
#[component]
pub fn SiteNewPage() -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    let actor = use_actor();
    Suspend::new(async move {
        match take_draft(&db, &actor).await {
            Ok((fields, errors)) => guarded(
                |_| Action::CreateSite,
                move |actor| {
                    view! {
                        <Title text=format!("{} – {}", lang.t("site-new-title"), lang.t("site-name"))/>
                        <StaffNav actor/>
                        <h1>{lang.t("site-new-title")}</h1>
                        <p>{lang.t("site-new-intro")}</p>
                        <SiteForm action="/staff/sites".to_owned() fields errors new=true/>
                    }
                    .into_any()
                },
            ),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

#[component]
fn SiteForm(action: String, fields: Fields, errors: Errors, new: bool) -> impl IntoView {
    let lang = use_lang();
    let typed = Typed { lang, fields: &fields, errors: &errors };
    let problem = (!errors.is_empty()).then(|| lang.t("offer-form-has-errors"));
    let first_visit = fields.is_empty();
    let zone = if first_visit { DEFAULT_ZONE.name().to_owned() } else { typed.value("time_zone") };
    let states = std::iter::once((String::new(), lang.t("site-field-state-choose")))
        .chain(FederalState::ALL.iter().map(|state| (state.code().to_owned(), state.name().to_owned())))
        .collect();
    let slug = new.then(|| {
        view! {
            <Field name="slug" label=lang.t("site-field-slug") value=typed.value("slug") error=typed.error("slug")
                hint=Some(lang.t("site-field-slug-hint")) required=false/>
        }
    });
    view! {
        <FormAlert message=problem/>
        <form method="post" action=action class="stack form-page">
            <fieldset class="stack">
                <legend>{lang.t("site-section-public")}</legend>
                <Field name="name" label=lang.t("site-field-name") value=typed.value("name") error=typed.error("name")
                    hint=Some(lang.t("site-field-name-hint"))/>
                <Field name="city" label=lang.t("site-field-city") value=typed.value("city") error=typed.error("city")/>
                {slug}
                <Field name="street" label=lang.t("venue-field-street") value=typed.value("street") error=typed.error("street")/>
                <Field name="postal_code" label=lang.t("venue-field-postal-code") value=typed.value("postal_code") error=typed.error("postal_code")/>
                <Field name="phone" kind="tel" label=lang.t("site-field-phone") value=typed.value("phone") error=typed.error("phone") required=false/>
                <Field name="email" kind="email" label=lang.t("field-email") value=typed.value("email") error=typed.error("email") required=false/>
                <TextArea name="opening_hours" label=lang.t("site-field-opening-hours") value=typed.value("opening_hours")
                    error=typed.error("opening_hours") hint=Some(lang.t("site-field-opening-hours-hint")) rows=3/>
                <TextArea name="description" label=lang.t("site-field-description") value=typed.value("description")
                    error=typed.error("description") rows=3/>
                {translation_fields(&typed, false)}
            </fieldset>
            <fieldset class="stack">
                <legend>{lang.t("site-section-carrier")}</legend>
                <p class="hint">{lang.t("site-section-carrier-hint")}</p>
                <Field name="carrier_name" label=lang.t("site-field-carrier") value=typed.value("carrier_name") error=typed.error("carrier_name")/>
                <TextArea name="carrier_address" label=lang.t("site-field-carrier-address") value=typed.value("carrier_address")
                    error=typed.error("carrier_address") rows=3/>
            </fieldset>
            <fieldset class="stack">
                <legend>{lang.t("site-section-planning")}</legend>
                <SelectField name="federal_state" label=lang.t("site-field-state") options=states selected=typed.value("federal_state")
                    error=typed.error("federal_state") hint=Some(lang.t("site-field-state-hint"))/>
                <TextArea name="districts" label=lang.t("site-field-districts") value=typed.value("districts")
                    error=typed.error("districts") hint=Some(lang.t("site-field-districts-hint")) rows=6/>
                <Field name="time_zone" label=lang.t("site-field-time-zone") value=zone error=typed.error("time_zone")
                    hint=Some(lang.t("site-field-time-zone-hint"))/>
            </fieldset>
            <fieldset class="stack">
                <legend>{lang.t("site-mail-title")}</legend>
                <p class="hint">{lang.t("site-mail-intro")}</p>
                <Field name="from_name" label=lang.t("site-mail-from-name") value=typed.value("from_name")
                    error=typed.error("from_name") hint=Some(lang.t("site-mail-from-name-hint")) required=false/>
                <Field name="from_address" kind="email" label=lang.t("site-mail-from-address") value=typed.value("from_address")
                    error=typed.error("from_address") hint=Some(lang.t("site-mail-from-address-hint")) required=false/>
                <Field name="reply_to" kind="email" label=lang.t("site-mail-reply-to") value=typed.value("reply_to")
                    error=typed.error("reply_to") hint=Some(lang.t("site-mail-reply-to-hint")) required=false/>
            </fieldset>
            <fieldset class="stack">
                <legend>{lang.t("site-section-privacy")}</legend>
                <p class="hint">{lang.t("site-section-privacy-hint")}</p>
                <Field name="keep_registration_months" kind="number" label=lang.t("site-field-keep-months") value=typed.value("keep_registration_months")
                    error=typed.error("keep_registration_months") hint=Some(lang.t("site-field-keep-months-hint")) required=false/>
                <Field name="keep_message_days" kind="number" label=lang.t("site-field-keep-days") value=typed.value("keep_message_days")
                    error=typed.error("keep_message_days") hint=Some(lang.t("site-field-keep-days-hint")) required=false/>
                <TextArea name="privacy_contact" label=lang.t("site-field-privacy-contact") value=typed.value("privacy_contact")
                    error=typed.error("privacy_contact") rows=2/>
                <TextArea name="processors" label=lang.t("site-field-processors") value=typed.value("processors")
                    error=typed.error("processors") hint=Some(lang.t("site-field-processors-hint")) rows=3/>
            </fieldset>
            <button type="submit" class="button">{lang.t(if new { "site-create" } else { "site-mail-save" })}</button>
        </form>
    }
}

/// An admin's list of sites to choose from for the page at `path`, and the way to a new site.
#[component]
pub(super) fn SiteChoice(path: &'static str, title_key: &'static str) -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    guarded(
        |_| Action::CreateSite,
        move |actor| {
            let list = Suspend::new(async move {
                match sites::list(&db).await {
                    Ok(sites) => view! {
                        <ul>
                            {sites
                                .into_iter()
                                .map(|(id, name)| view! { <li><a href=format!("{path}?site={id}")><bdi>{name}</bdi></a></li> })
                                .collect_view()}
                        </ul>
                    }
                    .into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            });
            view! {
                <Title text=format!("{} – {}", lang.t(title_key), lang.t("site-name"))/>
                <StaffNav actor/>
                <h1>{lang.t(title_key)}</h1>
                <p><a class="button" href="/staff/sites/new">{lang.t("site-new-title")}</a></p>
                {list}
            }
            .into_any()
        },
    )
}

/// A site's own closing days, each with a button to remove it, and the form for a new one.
#[component]
fn ClosingDays(site_id: i64, closing: Vec<(NaiveDate, String)>, fields: Fields, errors: Errors) -> impl IntoView {
    let lang = use_lang();
    let typed = Typed { lang, fields: &fields, errors: &errors };
    let problem = (!errors.is_empty()).then(|| lang.t("offer-form-has-errors"));
    let list = if closing.is_empty() {
        view! { <p>{lang.t("site-closing-days-none")}</p> }.into_any()
    } else {
        view! {
            <ul class="plain-list">
                {closing
                    .into_iter()
                    .map(|(day, reason)| view! {
                        <li>
                            <time datetime=day.to_string()>{lang.long_day(day)}</time>": "<bdi>{reason}</bdi>" "
                            <form method="post" action=format!("/staff/sites/{site_id}/closing-days/remove") class="inline-form">
                                <input type="hidden" name="day" value=day.to_string()/>
                                <button type="submit" class="link-button">{lang.t("site-closing-day-remove")}</button>
                            </form>
                        </li>
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section aria-labelledby="closing-days">
            <h2 id="closing-days">{lang.t("site-closing-days")}</h2>
            <p class="hint">{lang.t("site-closing-days-hint")}</p>
            {list}
            <FormAlert message=problem/>
            <form method="post" action=format!("/staff/sites/{site_id}/closing-days") class="stack form-page">
                <Field name="day" kind="date" label=lang.t("site-closing-day-date") value=typed.value("day") error=typed.error("day")/>
                <Field name="reason" label=lang.t("site-closing-day-reason") value=typed.value("reason") error=typed.error("reason")/>
                <button type="submit" class="button">{lang.t("site-closing-day-add")}</button>
            </form>
        </section>
    }
}
