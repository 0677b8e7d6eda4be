//! The programme editor (staff of the site and admins): programmes such as the Interkulturelle
//! Woche, their texts and period, and which offers of the site belong to them.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::offer_form::{Typed, translation_fields};
use super::{StaffNav, guarded, take_draft};
use crate::domain::offer_form::{Errors, Fields};
use crate::domain::policy::{Action, Actor};
use crate::i18n::use_lang;
use crate::ssr::db::programmes::{self, ProgrammeOffer};
use crate::ssr::db::sites;
use crate::ssr::state::AppState;
use crate::ui::components::{Field, FormAlert, LoadError, ScrollRegion, SelectField, TextArea, use_actor};
use crate::ui::pages::NotFoundPage;

/// The site a staff member works for; admins work across sites.
fn own_site(actor: &Actor) -> Option<i64> {
    match actor {
        Actor::Staff { site_id, .. } | Actor::Partner { site_id, .. } => Some(*site_id),
        _ => None,
    }
}

#[component]
pub fn ProgrammesPage() -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<AppState>();
    let actor = use_actor();
    // Partners see the programmes through their offers' form; this list is for staff and admins.
    let action = |actor: &Actor| match own_site(actor) {
        Some(site_id) => Action::EditProgramme { site_id },
        None => Action::ManageUsers,
    };
    let site = own_site(&actor);
    Suspend::new(async move {
        let loaded = async {
            // Staff create programmes for their site; an admin chooses one.
            let sites = if site.is_none() { sites::list(&state.db).await? } else { Vec::new() };
            Ok::<_, sqlx::Error>((
                programmes::list(&state.db, site).await?,
                take_draft(&state.db, &actor).await?,
                sites,
            ))
        };
        match loaded.await {
            Ok((list, (fields, errors), sites)) => guarded(action, move |actor| {
                let alert = (!errors.is_empty()).then(|| lang.t("offer-form-has-errors"));
                view! {
                    <Title text=format!("{} – {}", lang.t("staff-programmes"), lang.t("site-name"))/>
                    <StaffNav actor/>
                    <h1>{lang.t("staff-programmes")}</h1>
                    {list.is_empty().then(|| view! { <p>{lang.t("programmes-empty")}</p> })}
                    <ul class="plain-list">
                        {list
                            .into_iter()
                            .map(|p| view! {
                                <li>
                                    <a href=format!("/staff/programmes/{}/edit", p.id)><bdi>{p.title}</bdi></a>
                                    " · "{format!("{} – {}", p.starts_on, p.ends_on)}" · "
                                    {lang.t_with("programme-offer-count", &[("count", p.offers.into())])}
                                </li>
                            })
                            .collect_view()}
                    </ul>
                    <h2>{lang.t("programme-new")}</h2>
                    <FormAlert message=alert/>
                    <ProgrammeForm action="/staff/programmes".to_owned() fields errors sites/>
                }
                .into_any()
            }),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

#[component]
fn ProgrammeForm(
    action: String,
    fields: Fields,
    errors: Errors,
    /// The sites to choose from (for admins); empty: the actor's own site.
    #[prop(optional)]
    sites: Vec<(i64, String)>,
) -> impl IntoView {
    let lang = use_lang();
    let typed = Typed { lang, fields: &fields, errors: &errors };
    let site_choice = (!sites.is_empty()).then(|| {
        let options = sites.into_iter().map(|(id, name)| (id.to_string(), name)).collect();
        view! { <SelectField name="site_id" label=lang.t("field-site") options selected=typed.value("site_id")/> }
    });
    view! {
        <form method="post" action=action class="stack form-page" id="form-programme">
            {site_choice}
            <Field name="title" label=lang.t("offer-field-title") value=typed.value("title") error=typed.error("title")/>
            <TextArea name="description" label=lang.t("offer-field-description") value=typed.value("description") error=typed.error("description") rows=4/>
            <Field name="starts_on" kind="date" label=lang.t("programme-field-starts") value=typed.value("starts_on") error=typed.error("starts_on")/>
            <Field name="ends_on" kind="date" label=lang.t("programme-field-ends") value=typed.value("ends_on") error=typed.error("ends_on")/>
            {translation_fields(&typed, true)}
            <button type="submit" class="button">{lang.t("programme-save")}</button>
        </form>
    }
}

#[component]
pub fn ProgrammeEditPage() -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<AppState>();
    let actor = use_actor();
    let id = use_params_map().with_untracked(|params| params.get("id").and_then(|id| id.parse::<i64>().ok()));
    let flag =
        use_query_map().with_untracked(|query| ["saved", "gone"].into_iter().find(|flag| query.get(flag).is_some()));
    Suspend::new(async move {
        let Some(id) = id else { return view! { <NotFoundPage/> }.into_any() };
        let loaded = async {
            let Some(stored) = programmes::editable(&state.db, id).await? else { return Ok(None) };
            let offers = programmes::offers_for_editor(&state.db, stored.site_id, id).await?;
            Ok::<_, sqlx::Error>(Some((stored, offers, take_draft(&state.db, &actor).await?)))
        };
        match loaded.await {
            Ok(Some((stored, offers, (draft_fields, errors)))) => {
                let (site_id, slug) = (stored.site_id, stored.slug);
                guarded(
                    move |_| Action::EditProgramme { site_id },
                    move |actor| {
                        let fields = if draft_fields.is_empty() { stored.fields } else { draft_fields };
                        let alert = if errors.is_empty() {
                            flag.map(|flag| lang.t(&format!("offer-flag-{flag}")))
                        } else {
                            Some(lang.t("offer-form-has-errors"))
                        };
                        let (inside, outside): (Vec<ProgrammeOffer>, Vec<ProgrammeOffer>) =
                            offers.into_iter().partition(|offer| offer.programme_id == Some(id));
                        view! {
                            <Title text=format!("{} – {}", lang.t("programme-edit"), lang.t("site-name"))/>
                            <StaffNav actor/>
                            <h1>{lang.t("programme-edit")}</h1>
                            <FormAlert message=alert good=errors.is_empty() && flag == Some("saved")/>
                            <p><a href=format!("/programmes/{slug}")>{lang.t("edit-offer-public-page")}</a></p>
                            <ProgrammeForm action=format!("/staff/programmes/{id}") fields errors/>
                            <h2 id="offers">{lang.t("programme-offers")}</h2>
                            {inside.is_empty().then(|| view! { <p>{lang.t("programme-offers-none")}</p> })}
                            <OfferTable programme_id=id offers=inside change="remove"/>
                            <h2>{lang.t("programme-offers-add")}</h2>
                            <OfferTable programme_id=id offers=outside change="add"/>
                        }
                        .into_any()
                    },
                )
            }
            Ok(None) => view! { <NotFoundPage/> }.into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// Offers with one button each: add to the programme, or take out of it.
#[component]
fn OfferTable(programme_id: i64, offers: Vec<ProgrammeOffer>, change: &'static str) -> impl IntoView {
    let lang = use_lang();
    let label = lang.t(if change == "add" { "programme-offers-add" } else { "programme-offers" });
    (!offers.is_empty()).then(|| {
        view! {
            <ScrollRegion label>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{lang.t("offer-field-title-plain")}</th>
                            <th scope="col">{lang.t("field-organisation")}</th>
                            <th scope="col">{lang.t("edit-offer-status")}</th>
                            <th scope="col"><span class="visually-hidden">{lang.t("programme-offer-change")}</span></th>
                        </tr>
                    </thead>
                    <tbody>
                        {offers
                            .into_iter()
                            .map(|offer| view! {
                                <tr>
                                    <td><a href=format!("/staff/offers/{}/edit", offer.id)><bdi>{offer.title}</bdi></a></td>
                                    <td><bdi>{offer.organisation}</bdi></td>
                                    <td>{lang.t(&format!("offer-status-{}", offer.status))}</td>
                                    <td>
                                        <form method="post" action=format!("/staff/programmes/{programme_id}/offers") class="inline-form">
                                            <input type="hidden" name="offer_id" value=offer.id/>
                                            <button type="submit" name="change" value=change class="link-button">{lang.t(&format!("programme-offer-{change}"))}</button>
                                        </form>
                                    </td>
                                </tr>
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </ScrollRegion>
        }
    })
}
