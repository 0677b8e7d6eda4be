//! A site's partner network for staff: the organisations and venues, each with a list, a form for
//! a new one and an editor (archive included). Admins pick the site first.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::offer_form::{Typed, translation_fields};
use super::site::{SiteChoice, chosen_site, site_or_choice};
use super::{StaffNav, guarded, take_draft};
use crate::domain::network_form::OrganisationKind;
use crate::domain::offer_form::{Errors, Fields};
use crate::domain::policy::{Action, Actor};
use crate::i18n::{Lang, use_lang};
use crate::ssr::db::network::{self, Listed};
use crate::ssr::db::sites;
use crate::ssr::http::map_link;
use crate::ssr::state::AppState;
use crate::ui::components::{Field, FormAlert, LoadError, ScrollRegion, SelectField, TextArea, use_actor};
use crate::ui::pages::NotFoundPage;

/// Which half of the network a page shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Organisations,
    Venues,
}

impl Part {
    fn path(self) -> &'static str {
        match self {
            Part::Organisations => "/staff/organisations",
            Part::Venues => "/staff/venues",
        }
    }

    fn title_key(self) -> &'static str {
        match self {
            Part::Organisations => "network-organisations",
            Part::Venues => "network-venues",
        }
    }
}

#[component]
pub fn OrganisationsPage() -> impl IntoView {
    view! { <NetworkList part=Part::Organisations/> }
}

#[component]
pub fn VenuesPage() -> impl IntoView {
    view! { <NetworkList part=Part::Venues/> }
}

/// The list of one part of a site's network with the form for a new entry below it.
#[component]
fn NetworkList(part: Part) -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    let actor = use_actor();
    let saved = use_query_map().with_untracked(|query| query.get("saved").is_some());
    let site_id = chosen_site(&actor);
    Suspend::new(async move {
        let site_id = match site_or_choice(&db, site_id, (part.path(), part.title_key())).await {
            Ok(site_id) => site_id,
            Err(choice) => return choice,
        };
        let loaded = async {
            let list = match part {
                Part::Organisations => network::organisations(&db, Some(site_id)).await?,
                Part::Venues => network::venues(&db, Some(site_id)).await?,
            };
            let districts = sites::districts(db.pool(), site_id).await?;
            Ok::<_, sqlx::Error>((list, districts, take_draft(&db, &actor).await?))
        };
        match loaded.await {
            Ok((list, districts, (fields, errors))) => guarded(
                move |_| Action::EditNetwork { site_id },
                move |actor| {
                    let done = (saved && errors.is_empty()).then(|| lang.t("offer-flag-saved"));
                    let form = match part {
                        Part::Organisations => view! {
                            <OrganisationForm action="/staff/organisations".to_owned() site_id fields errors/>
                        }
                        .into_any(),
                        Part::Venues => view! {
                            <VenueForm action="/staff/venues".to_owned() site_id districts fields errors/>
                        }
                        .into_any(),
                    };
                    let (new_key, empty_key) = match part {
                        Part::Organisations => ("network-organisation-new", "network-organisations-none"),
                        Part::Venues => ("network-venue-new", "network-venues-none"),
                    };
                    let table = if list.is_empty() {
                        view! { <p>{lang.t(empty_key)}</p> }.into_any()
                    } else {
                        list_table(lang, part, list).into_any()
                    };
                    view! {
                        <Title text=format!("{} – {}", lang.t(part.title_key()), lang.t("site-name"))/>
                        <StaffNav actor/>
                        <h1>{lang.t(part.title_key())}</h1>
                        <FormAlert message=done good=true/>
                        {table}
                        <h2 id="new">{lang.t(new_key)}</h2>
                        {form}
                    }
                    .into_any()
                },
            ),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

fn list_table(lang: Lang, part: Part, list: Vec<Listed>) -> impl IntoView {
    let detail_key = match part {
        Part::Organisations => "organisation-field-kind",
        Part::Venues => "filter-district",
    };
    view! {
        <ScrollRegion label=lang.t(part.title_key())>
            <table>
                <thead>
                    <tr>
                        <th scope="col">{lang.t("site-field-name")}</th>
                        <th scope="col">{lang.t(detail_key)}</th>
                        <th scope="col">{lang.t("participants-actions")}</th>
                    </tr>
                </thead>
                <tbody>
                    {list
                        .into_iter()
                        .map(|entry| {
                            let detail = match part {
                                Part::Organisations => lang.t(&format!("organisation-kind-{}", entry.detail)),
                                Part::Venues => entry.detail.clone(),
                            };
                            let archived = (entry.archived == 1).then(|| view! { " "<span class="badge">{lang.t("network-archived")}</span> });
                            let proposed = (entry.proposed == 1).then(|| view! { " "<span class="badge">{lang.t("network-proposed")}</span> });
                            let confirm = (entry.proposed == 1).then(|| confirm_button(lang, entry.id));
                            view! {
                                <tr>
                                    <td><bdi>{entry.name}</bdi>{archived}{proposed}</td>
                                    <td><bdi>{detail}</bdi></td>
                                    <td><a href=format!("{}/{}", part.path(), entry.id)>{lang.t("network-edit")}</a>{confirm}</td>
                                </tr>
                            }
                        })
                        .collect_view()}
                </tbody>
            </table>
        </ScrollRegion>
    }
}

/// Staff's button that makes a partner's proposed venue available for offers.
fn confirm_button(lang: Lang, id: i64) -> impl IntoView {
    view! {
        <form method="post" action=format!("/staff/venues/{id}/confirm") class="inline-form">
            <button type="submit" class="link-button">{lang.t("network-confirm")}</button>
        </form>
    }
}

/// A partner proposes a venue of their site, which staff then confirm.
#[component]
pub fn VenueProposePage() -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    let actor = use_actor();
    let site_id = match actor {
        Actor::Partner { site_id, .. } | Actor::Staff { site_id, .. } => Some(site_id),
        _ => None,
    };
    Suspend::new(async move {
        // Admins have no site of their own: they add venues of a site directly.
        let Some(site_id) = site_id else {
            return guarded(
                |_| Action::CreateSite,
                |_| view! { <SiteChoice path=Part::Venues.path() title_key=Part::Venues.title_key()/> }.into_any(),
            );
        };
        let loaded = async {
            Ok::<_, sqlx::Error>((sites::districts(db.pool(), site_id).await?, take_draft(&db, &actor).await?))
        };
        match loaded.await {
            Ok((districts, (fields, errors))) => guarded(
                move |_| Action::ProposeVenue { site_id },
                move |actor| {
                    view! {
                        <Title text=format!("{} – {}", lang.t("venue-propose-title"), lang.t("site-name"))/>
                        <StaffNav actor/>
                        <h1 id="new">{lang.t("venue-propose-title")}</h1>
                        <p>{lang.t("venue-propose-intro")}</p>
                        <VenueForm action="/staff/venues/propose".to_owned() site_id districts fields errors/>
                    }
                    .into_any()
                },
            ),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

#[component]
pub fn OrganisationEditPage() -> impl IntoView {
    view! { <NetworkEditor part=Part::Organisations/> }
}

#[component]
pub fn VenueEditPage() -> impl IntoView {
    view! { <NetworkEditor part=Part::Venues/> }
}

/// The editor of one organisation or venue, with archiving below.
#[component]
fn NetworkEditor(part: Part) -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    let actor = use_actor();
    let id = use_params_map().with_untracked(|params| params.get("id").and_then(|id| id.parse::<i64>().ok()));
    Suspend::new(async move {
        let Some(id) = id else { return view! { <NotFoundPage/> }.into_any() };
        let loaded = async {
            let stored = match part {
                Part::Organisations => network::editable_organisation(&db, id).await?,
                Part::Venues => network::editable_venue(&db, id).await?,
            };
            let Some((site_id, archived, stored)) = stored else { return Ok(None) };
            let districts = sites::districts(db.pool(), site_id).await?;
            Ok::<_, sqlx::Error>(Some((site_id, archived, stored, districts, take_draft(&db, &actor).await?)))
        };
        match loaded.await {
            Ok(Some((site_id, archived, stored, districts, (draft, errors)))) => guarded(
                move |_| Action::EditNetwork { site_id },
                move |actor| {
                    let name = stored.get("name").cloned().unwrap_or_default();
                    let confirm = stored.contains_key("proposed").then(|| {
                        view! { <p><span class="badge">{lang.t("network-proposed")}</span>" "{confirm_button(lang, id)}</p> }
                    });
                    let fields = if draft.is_empty() { stored } else { draft };
                    let action = format!("{}/{id}", part.path());
                    let form = match part {
                        Part::Organisations => {
                            view! { <OrganisationForm action=action.clone() site_id fields errors/> }.into_any()
                        }
                        Part::Venues => {
                            view! { <VenueForm action=action.clone() site_id districts fields errors/> }.into_any()
                        }
                    };
                    let (archive_key, hint_key) = if archived {
                        ("network-restore", "network-restore-hint")
                    } else {
                        ("network-archive", "network-archive-hint")
                    };
                    view! {
                        <Title text=format!("{} – {}", name, lang.t("site-name"))/>
                        <StaffNav actor/>
                        <p><a href=format!("{}?site={site_id}", part.path())>{lang.t(part.title_key())}</a></p>
                        <h1><bdi>{name.clone()}</bdi></h1>
                        {confirm}
                        {(part == Part::Organisations).then(|| view! {
                            <p><a href=format!("/organisations/{id}")>{lang.t("network-public-page")}</a></p>
                        })}
                        {form}
                        <h2>{lang.t(archive_key)}</h2>
                        <p>{lang.t(hint_key)}</p>
                        <form method="post" action=format!("{action}/archive") class="inline-form">
                            <input type="hidden" name="archived" value=if archived { "0" } else { "1" }/>
                            <button type="submit" class="button button-quiet">{lang.t(archive_key)}</button>
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

/// An admin's form names its site; staff's site comes from their account.
fn site_field(site_id: i64) -> impl IntoView {
    let actor = use_actor();
    (!matches!(actor, Actor::Staff { .. }))
        .then(|| view! { <input type="hidden" name="site_id" value=site_id.to_string()/> })
}

#[component]
fn OrganisationForm(action: String, site_id: i64, fields: Fields, errors: Errors) -> impl IntoView {
    let lang = use_lang();
    let typed = Typed { lang, fields: &fields, errors: &errors };
    let problem = (!errors.is_empty()).then(|| lang.t("offer-form-has-errors"));
    let kinds = std::iter::once((String::new(), lang.t("site-field-state-choose")))
        .chain(
            OrganisationKind::ALL
                .iter()
                .map(|kind| (kind.code().to_owned(), lang.t(&format!("organisation-kind-{}", kind.code())))),
        )
        .collect();
    view! {
        <FormAlert message=problem/>
        <form method="post" action=action class="stack form-page">
            {site_field(site_id)}
            <Field name="name" label=lang.t("site-field-name") value=typed.value("name") error=typed.error("name")/>
            <SelectField name="kind" label=lang.t("organisation-field-kind") options=kinds selected=typed.value("kind") error=typed.error("kind")/>
            <Field name="website" kind="text" label=lang.t("organisation-field-website") value=typed.value("website")
                error=typed.error("website") hint=Some(lang.t("organisation-field-website-hint")) required=false/>
            <Field name="contact" label=lang.t("organisation-contact") value=typed.value("contact")
                error=typed.error("contact") hint=Some(lang.t("organisation-field-contact-hint")) required=false/>
            <TextArea name="description" label=lang.t("site-field-description") value=typed.value("description")
                error=typed.error("description") rows=3/>
            {translation_fields(&typed, false)}
            <button type="submit" class="button">{lang.t("site-mail-save")}</button>
        </form>
    }
}

#[component]
fn VenueForm(action: String, site_id: i64, districts: Vec<String>, fields: Fields, errors: Errors) -> impl IntoView {
    let lang = use_lang();
    let typed = Typed { lang, fields: &fields, errors: &errors };
    let problem = (!errors.is_empty()).then(|| lang.t("offer-form-has-errors"));
    // Without districts the site has to list them first: the form says where.
    let no_districts = districts.is_empty().then(|| {
        view! { <p class="notice">{lang.t("venue-error-no-districts")}" "<a href=format!("/staff/site?site={site_id}")>{lang.t("site-settings-title")}</a></p> }
    });
    let districts = std::iter::once((String::new(), lang.t("site-field-state-choose")))
        .chain(districts.into_iter().map(|district| (district.clone(), district)))
        .collect();
    let checkbox = |name: &'static str, key: &'static str| {
        let id = format!("field-{name}");
        view! {
            <div class="field-check">
                <input type="checkbox" id=id.clone() name=name checked=!typed.value(name).is_empty()/>
                <label for=id>{lang.t(key)}</label>
            </div>
        }
    };
    let map = {
        let (street, postal_code, city) = (typed.value("street"), typed.value("postal_code"), typed.value("city"));
        (!street.is_empty()).then(|| {
            view! { <p><a href=map_link(&street, &postal_code, &city) rel="noopener noreferrer">{lang.t("venue-map-link")}</a></p> }
        })
    };
    view! {
        <FormAlert message=problem/>
        {no_districts}
        <form method="post" action=action class="stack form-page">
            {site_field(site_id)}
            <Field name="name" label=lang.t("site-field-name") value=typed.value("name") error=typed.error("name")
                hint=Some(lang.t("venue-field-name-hint"))/>
            <Field name="street" label=lang.t("venue-field-street") value=typed.value("street") error=typed.error("street")/>
            <Field name="postal_code" label=lang.t("venue-field-postal-code") value=typed.value("postal_code") error=typed.error("postal_code")/>
            <Field name="city" label=lang.t("site-field-city") value=typed.value("city") error=typed.error("city")/>
            {map}
            <SelectField name="district" label=lang.t("filter-district") options=districts selected=typed.value("district") error=typed.error("district")/>
            <Field name="transit" label=lang.t("venue-field-transit") value=typed.value("transit") error=typed.error("transit")
                hint=Some(lang.t("venue-field-transit-hint")) required=false/>
            <fieldset class="field">
                <legend>{lang.t("venue-section-access")}</legend>
                {checkbox("step_free", "venue-step-free")}
                {checkbox("accessible_toilet", "venue-accessible-toilet")}
                {checkbox("hearing_loop", "venue-hearing-loop")}
            </fieldset>
            <TextArea name="note" label=lang.t("venue-field-notes") value=typed.value("note") error=typed.error("note") rows=2/>
            <button type="submit" class="button">{lang.t("site-mail-save")}</button>
        </form>
    }
}
