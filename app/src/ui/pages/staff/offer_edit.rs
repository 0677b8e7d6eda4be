use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::offer_form::{FormFor, OfferForm, Typed, load_choices};
use super::{StaffNav, guarded};
use crate::domain::offer::OfferKind;
use crate::domain::offer_form::{Errors, Fields};
use crate::domain::policy::Action;
use crate::i18n::{Lang, use_lang};
use crate::ssr::db::offers;
use crate::ssr::drafts;
use crate::ssr::links::Purpose;
use crate::ssr::state::AppState;
use crate::ui::components::{Field, FormAlert, LoadError, TextArea, When};
use crate::ui::pages::NotFoundPage;

/// The editor lists this many coming dates.
const EDITOR_SESSIONS: i64 = 30;

/// The offer editor: status, details, and the dates ("all coming dates" or "this date only").
/// Only the lead organisation's partners, the site's staff and admins reach it.
#[component]
pub fn OfferEditPage() -> impl IntoView {
    let lang = use_lang();
    let AppState { db, zone, public_url, links, .. } = expect_context::<AppState>();
    let id = use_params_map().with_untracked(|params| params.get("id").and_then(|id| id.parse::<i64>().ok()));
    let (draft_token, flag) = use_query_map().with_untracked(|query| {
        let flag = ["saved", "gone"].into_iter().find(|flag| query.get(flag).is_some());
        (query.get("draft"), flag)
    });
    let actor = crate::ui::components::use_actor();
    Suspend::new(async move {
        let Some(id) = id else { return view! { <NotFoundPage/> }.into_any() };
        let now = chrono::Utc::now().timestamp();
        let loaded = async {
            let Some(owner) = offers::ownership(db.pool(), id).await? else { return Ok(None) };
            let mut conn = db.pool().acquire().await?;
            let Some(stored) = offers::editable(&mut conn, id, now).await? else { return Ok(None) };
            drop(conn);
            let sessions = offers::upcoming_sessions(&db, id, now, EDITOR_SESSIONS).await?;
            let draft = match (draft_token, actor.user_id()) {
                (Some(token), Some(user_id)) => drafts::take(&db, Some(user_id), &token, now).await?,
                _ => None,
            };
            let choices = load_choices((&db, zone), &actor, &stored.fields).await?;
            Ok::<_, sqlx::Error>(Some((owner, stored, sessions, draft, choices)))
        };
        match loaded.await {
            Ok(Some((owner, stored, (sessions, more), draft, choices))) => guarded(
                |_| Action::EditOffer { site_id: owner.site_id, organisation_id: owner.organisation_id },
                move |actor| {
                    let (draft_fields, draft_errors) = draft.unwrap_or_default();
                    let draft_form = draft_fields.get("form").cloned().unwrap_or_default();
                    let for_form = |form: &str| {
                        if draft_form == form {
                            (draft_fields.clone(), draft_errors.clone())
                        } else {
                            (Fields::new(), Errors::new())
                        }
                    };
                    let (details_fields, details_errors) = match draft_form.as_str() {
                        "details" => (draft_fields.clone(), draft_errors.clone()),
                        _ => (stored.fields.clone(), Errors::new()),
                    };
                    let alert = flag.map(|flag| lang.t(&format!("offer-flag-{flag}")));
                    let series = stored.kind == OfferKind::Group && !sessions.is_empty();
                    let (times_fields, times_errors) = for_form("times");
                    let times_fields = if times_fields.is_empty() { stored.fields.clone() } else { times_fields };
                    let (add_fields, add_errors) = for_form("add");
                    view! {
                        <Title text=format!("{} – {}", lang.t("edit-offer-title"), lang.t("site-name"))/>
                        <StaffNav actor/>
                        <h1>{lang.t("edit-offer-title")}</h1>
                        <p class="lead"><bdi>{owner.title.clone()}</bdi></p>
                        <FormAlert message=alert good=flag == Some("saved")/>
                        <p>{lang.t("edit-offer-status")}": "<strong>{lang.t(&format!("offer-status-{}", owner.status))}</strong></p>
                        <p class="cluster">
                            {(owner.status != "draft").then(|| view! {
                                <a href=format!("/offers/{id}")>{lang.t("edit-offer-public-page")}</a>
                            })}
                            <a href=format!("/staff/offers/{id}/participants")>{lang.t("participants-title")}</a>
                            <a href=format!("/staff/offers/new?from={id}")>{lang.t("offer-duplicate")}</a>
                        </p>
                        {(stored.fields.get("visibility").map(String::as_str) == Some("invited")).then(|| {
                            let link = format!("{public_url}/offers/{id}?invite={}", links.token(Purpose::OfferInvitation, id));
                            view! {
                                <p>{lang.t("offer-invitation-link")}<br/><code class="share-link" dir="ltr">{link}</code></p>
                            }
                        })}
                        <StatusForm id status=owner.status.clone()/>
                        <h2>{lang.t("offer-details")}</h2>
                        <OfferForm action=format!("/staff/offers/{id}") form_for=FormFor::Existing choices fields=details_fields errors=details_errors/>
                        <h2 id="dates">{lang.t("offer-sessions")}</h2>
                        {series.then(|| {
                            let typed = Typed { lang, fields: &times_fields, errors: &times_errors };
                            view! {
                                <form method="post" action=format!("/staff/offers/{id}/times") class="stack form-page" id="form-times">
                                    <h3>{lang.t("series-retime-title")}</h3>
                                    <p class="hint">{lang.t("series-retime-hint")}</p>
                                    <Field name="start" id="times-start" kind="time" label=lang.t("offer-field-start") value=typed.value("start") error=typed.error("start")/>
                                    <Field name="end" id="times-end" kind="time" label=lang.t("offer-field-end") value=typed.value("end") error=typed.error("end")/>
                                    <button type="submit" class="button">{lang.t("series-retime-save")}</button>
                                </form>
                            }
                        })}
                        {sessions.is_empty().then(|| view! { <p>{lang.t("offer-no-sessions")}</p> })}
                        <ul class="plain-list session-list staff-sessions">
                            {sessions
                                .into_iter()
                                .map(|session| {
                                    let form = format!("move-{}", session.id);
                                    let (fields, errors) = for_form(&form);
                                    session_item(lang, id, session, &fields, &errors)
                                })
                                .collect_view()}
                        </ul>
                        {(more > 0).then(|| view! { <p>{lang.t_with("offer-sessions-more", &[("count", more.into())])}</p> })}
                        {date_form(lang, DateForm { action: format!("/staff/offers/{id}/sessions"), id_prefix: "add".to_owned(), title_key: "session-add-title", button_key: "session-add" }, &add_fields, &add_errors)}
                    }
                    .into_any()
                },
            ),
            Ok(None) => view! { <NotFoundPage/> }.into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// Publish a draft, or cancel a published offer.
#[component]
fn StatusForm(id: i64, status: String) -> impl IntoView {
    let lang = use_lang();
    view! {
        <form method="post" action=format!("/staff/offers/{id}/status") class="stack">
            {match status.as_str() {
                "draft" => view! {
                    <button type="submit" name="status" value="published" class="button">{lang.t("offer-publish")}</button>
                }.into_any(),
                "published" => view! {
                    <p>{lang.t("offer-cancel-explained")}</p>
                    <TextArea name="note" label=lang.t("cancel-note") hint=Some(lang.t("cancel-note-hint")) rows=2/>
                    <button type="submit" name="status" value="cancelled" class="button button-quiet">{lang.t("offer-cancel")}</button>
                }.into_any(),
                _ => ().into_any(),
            }}
        </form>
    }
}

/// A form for one date: a day, a start and an end.
struct DateForm {
    action: String,
    /// Keeps the ids of the fields unique when a page has several such forms.
    id_prefix: String,
    title_key: &'static str,
    button_key: &'static str,
}

fn date_form(lang: Lang, form: DateForm, fields: &Fields, errors: &Errors) -> impl IntoView + use<> {
    let typed = Typed { lang, fields, errors };
    let id = |name: &str| format!("{}-{name}", form.id_prefix);
    view! {
        <form method="post" action=form.action class="stack form-page" id=format!("form-{}", form.id_prefix)>
            <h3>{lang.t(form.title_key)}</h3>
            <Field name="date" id=id("date") kind="date" label=lang.t("session-field-date") value=typed.value("date") error=typed.error("date")/>
            <Field name="start" id=id("start") kind="time" label=lang.t("offer-field-start") value=typed.value("start") error=typed.error("start")/>
            <Field name="end" id=id("end") kind="time" label=lang.t("offer-field-end") value=typed.value("end") error=typed.error("end")/>
            <Field name="end_date" id=id("end-date") kind="date" label=lang.t("offer-field-end-date") value=typed.value("end_date") error=typed.error("end_date") required=false hint=Some(lang.t("offer-field-end-date-hint"))/>
            <button type="submit" class="button">{lang.t(form.button_key)}</button>
        </form>
    }
}

/// One coming date with "move this date only" (folded away until needed) and "cancel this date only".
fn session_item(
    lang: Lang,
    offer_id: i64,
    session: offers::UpcomingSession,
    fields: &Fields,
    errors: &Errors,
) -> impl IntoView + use<> {
    let prefix = format!("move-{}", session.id);
    // Until somebody types, the form shows the date as it is (a trip with its last day).
    let (first_day, last_day) = (session.span.starts.date_naive(), session.span.ends.date_naive());
    let end_date = if last_day > first_day { last_day.to_string() } else { String::new() };
    let fields = if fields.is_empty() {
        [
            ("date", first_day.to_string()),
            ("start", session.span.starts.format("%H:%M").to_string()),
            ("end", session.span.ends.format("%H:%M").to_string()),
            ("end_date", end_date),
        ]
        .into_iter()
        .map(|(name, value)| (name.to_owned(), value))
        .collect()
    } else {
        fields.clone()
    };
    let form = DateForm {
        action: format!("/staff/offers/{offer_id}/sessions/{}/move", session.id),
        id_prefix: prefix,
        title_key: "session-move-title",
        button_key: "session-move",
    };
    view! {
        <li class="stack">
            <When span=session.span/>
            <details open=!errors.is_empty()>
                <summary>{lang.t("session-move-title")}</summary>
                {date_form(lang, form, &fields, errors)}
            </details>
            <details>
                <summary>{lang.t("session-cancel")}</summary>
                <form method="post" action=format!("/staff/offers/{offer_id}/sessions/{}/cancel", session.id) class="stack">
                    <div class="field">
                        <label for=format!("cancel-{}-note", session.id)>{lang.t("cancel-note")}</label>
                        <textarea id=format!("cancel-{}-note", session.id) name="note" rows="2"></textarea>
                    </div>
                    <button type="submit" class="button button-quiet">{lang.t("session-cancel-confirm")}</button>
                </form>
            </details>
        </li>
    }
}
