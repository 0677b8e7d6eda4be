use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{StaffNav, guarded, open_staff_area};
use crate::domain::offer::Category;
use crate::domain::offer_form::{Errors, Fields};
use crate::domain::policy::Actor;
use crate::i18n::use_lang;
use crate::ssr::db::offers::{self, VenueChoice};
use crate::ssr::db::users::{self, OrganisationChoice};
use crate::ssr::drafts;
use crate::ssr::state::AppState;
use crate::ui::components::{Field, FormAlert, LoadError};

/// The languages an offer can name; the same list as the public filter.
const SPOKEN: &[&str] = &["de", "en", "ar", "uk", "ru", "fa", "tr", "fr", "ku", "ti"];

/// A new offer: one date or a weekly series, for an organisation the actor may edit for.
#[component]
pub fn OfferNewPage() -> impl IntoView {
    guarded(open_staff_area, |actor| {
        let lang = use_lang();
        let db = expect_context::<AppState>().db;
        let draft_token = use_query_map().with_untracked(|query| query.get("draft"));
        let (site, own_org) = match actor {
            Actor::Staff { site_id, .. } => (Some(site_id), None),
            Actor::Partner { site_id, organisation_id, .. } => (Some(site_id), Some(organisation_id)),
            _ => (None, None),
        };
        let user_id = actor.user_id();
        let content = Suspend::new(async move {
            let now = chrono::Utc::now().timestamp();
            let draft = match (draft_token, user_id) {
                (Some(token), Some(user_id)) => drafts::take(&db, user_id, &token, now).await,
                _ => Ok(None),
            };
            let loaded = match (draft, users::organisations(&db, site).await, offers::venues(&db, site).await) {
                (Ok(draft), Ok(organisations), Ok(venues)) => Ok((draft, organisations, venues)),
                (Err(error), ..) | (_, Err(error), _) | (.., Err(error)) => Err(error),
            };
            match loaded {
                Ok((draft, organisations, venues)) => {
                    let organisations =
                        organisations.into_iter().filter(|org| own_org.is_none_or(|own| own == org.id)).collect();
                    let (fields, errors) = draft.unwrap_or_default();
                    view! { <OfferForm organisations venues fields errors/> }.into_any()
                }
                Err(error) => view! { <LoadError error/> }.into_any(),
            }
        });
        view! {
            <Title text=format!("{} – {}", lang.t("new-offer-title"), lang.t("site-name"))/>
            <StaffNav actor/>
            <h1>{lang.t("new-offer-title")}</h1>
            {content}
        }
        .into_any()
    })
}

#[component]
fn OfferForm(
    organisations: Vec<OrganisationChoice>,
    venues: Vec<VenueChoice>,
    fields: Fields,
    errors: Errors,
) -> impl IntoView {
    let lang = use_lang();
    let value = |name: &str| fields.get(name).cloned().unwrap_or_default();
    let error = |name: &str| errors.get(name).map(|key| lang.t(key));
    let alert = (!errors.is_empty()).then(|| lang.t("offer-form-has-errors"));
    let chosen = |name: &str, option: &str| fields.get(name).is_some_and(|v| v == option);
    let select_error = |name: &'static str| {
        error(name).map(|message| view! { <p class="field-error" id=format!("field-{name}-error")>{message}</p> })
    };
    let first_visit = fields.is_empty();
    let spoken = value("languages");
    view! {
        <FormAlert message=alert/>
        <form method="post" action="/staff/offers" class="stack form-page">
            <Field name="title" label=lang.t("offer-field-title") value=value("title") error=error("title")/>
            <div class="field">
                <label for="field-description">{lang.t("offer-field-description")}</label>
                <textarea id="field-description" name="description" rows="5">{value("description")}</textarea>
                {select_error("description")}
            </div>
            <div class="field">
                <label for="field-category">{lang.t("filter-category")}</label>
                <select id="field-category" name="category" aria-describedby=error("category").map(|_| "field-category-error")>
                    {Category::ALL
                        .iter()
                        .map(|c| view! { <option value=c.code() selected=chosen("category", c.code())>{lang.t(&format!("category-{}", c.code()))}</option> })
                        .collect_view()}
                </select>
                {select_error("category")}
            </div>
            <div class="field">
                <label for="field-organisation_id">{lang.t("field-organisation")}</label>
                <select id="field-organisation_id" name="organisation_id">
                    {organisations
                        .into_iter()
                        .map(|org| { let id = org.id.to_string(); let selected = chosen("organisation_id", &id); view! { <option value=id selected=selected>{org.name}</option> } })
                        .collect_view()}
                </select>
                {select_error("organisation_id")}
            </div>
            <div class="field">
                <label for="field-venue_id">{lang.t("offer-where")}</label>
                <select id="field-venue_id" name="venue_id">
                    {venues
                        .into_iter()
                        .map(|venue| { let id = venue.id.to_string(); let selected = chosen("venue_id", &id); view! { <option value=id selected=selected>{format!("{} · {}", venue.district, venue.name)}</option> } })
                        .collect_view()}
                </select>
                {select_error("venue_id")}
            </div>
            <input type="hidden" name="audience" value="youth"/>
            <Field name="min_age" kind="number" label=lang.t("offer-field-min-age") value=if first_visit { "12".to_owned() } else { value("min_age") } error=error("min_age")/>
            <Field name="max_age" kind="number" label=lang.t("offer-field-max-age") value=if first_visit { "27".to_owned() } else { value("max_age") } error=error("max_age")/>
            <Field name="capacity" kind="number" label=lang.t("offer-field-capacity") value=value("capacity") error=error("capacity") required=false hint=Some(lang.t("offer-field-capacity-hint"))/>
            <fieldset class="field">
                <legend>{lang.t("offer-languages")}</legend>
                {SPOKEN
                    .iter()
                    .map(|code| {
                        let id = format!("spoken-{code}");
                        let checked = spoken.split(',').any(|c| c == *code) || (first_visit && *code == "de");
                        view! {
                            <div class="field-check">
                                <input type="checkbox" id=id.clone() name=format!("spoken_{code}") checked=checked/>
                                <label for=id>{lang.t(&format!("language-{code}"))}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
            <Field name="first_date" kind="date" label=lang.t("offer-field-first-date") value=value("first_date") error=error("first_date")/>
            <Field name="start" kind="time" label=lang.t("offer-field-start") value=value("start") error=error("start")/>
            <Field name="end" kind="time" label=lang.t("offer-field-end") value=value("end") error=error("end")/>
            <div class="field">
                <label for="field-repeat">{lang.t("offer-field-repeat")}</label>
                <select id="field-repeat" name="repeat">
                    <option value="once" selected=chosen("repeat", "once")>{lang.t("offer-repeat-once")}</option>
                    <option value="weekly" selected=chosen("repeat", "weekly") || first_visit>{lang.t("offer-repeat-weekly")}</option>
                    <option value="fortnightly" selected=chosen("repeat", "fortnightly")>{lang.t("offer-repeat-fortnightly")}</option>
                    <option value="monthly" selected=chosen("repeat", "monthly")>{lang.t("offer-repeat-monthly")}</option>
                </select>
            </div>
            <Field name="count" kind="number" label=lang.t("offer-field-count") value=if first_visit { "10".to_owned() } else { value("count") } error=error("count")/>
            <div class="field">
                <label for="field-except">{lang.t("offer-field-except")}</label>
                <p class="hint" id="field-except-hint">{lang.t("offer-field-except-hint")}</p>
                <textarea id="field-except" name="except" rows="2" aria-describedby="field-except-hint">{value("except")}</textarea>
                {select_error("except")}
            </div>
            <div class="field-check">
                <input type="checkbox" id="field-publish" name="publish" checked=first_visit || fields.contains_key("publish")/>
                <label for="field-publish">{lang.t("offer-field-publish")}</label>
            </div>
            <button type="submit" class="button">{lang.t("offer-save")}</button>
        </form>
    }
}
