//! Who is coming: an offer's registrations by status, with the waiting list in order, walk-ins,
//! cancelling with a reason, moving someone up, one message to all, and the spreadsheet.

use chrono::{Datelike, NaiveDate};
use chrono_tz::Tz;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::offer_form::Typed;
use super::{StaffNav, guarded};
use crate::domain::offer_form::{Errors, Fields};
use crate::domain::policy::{Action, allows};
use crate::domain::registration::{PhotoPermission, consent_missing};
use crate::i18n::{Lang, use_lang};
use crate::ssr::db::offers;
use crate::ssr::db::registrations::{self as stored, Listed};
use crate::ssr::drafts;
use crate::ssr::privacy::holds::{self, Active};
use crate::ssr::state::AppState;
use crate::ui::components::{Field, FormAlert, LoadError, ScrollRegion, SelectField, TextArea, use_actor};
use crate::ui::pages::NotFoundPage;

/// Flags that confirm what staff did (the others report why it did not work).
const GOOD_FLAGS: [&str; 6] = ["saved", "message-sent", "consent-saved", "corrected", "held", "hold-ended"];

/// The list's groups; "restricted": deleted at the person's request while a hold keeps the list.
const GROUPS: [&str; 5] = ["confirmed", "awaiting_consent", "waitlisted", "cancelled", "restricted"];

#[component]
pub fn ParticipantsPage() -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    let actor = use_actor();
    let id = use_params_map().with_untracked(|params| params.get("id").and_then(|id| id.parse::<i64>().ok()));
    let (draft_token, flag) = use_query_map().with_untracked(|query| {
        let flag = ["saved", "gone", "full", "message-sent", "message-empty", "consent-saved", "corrected", "held"]
            .into_iter()
            .chain(["hold-ended"])
            .find(|f| query.get(f).is_some());
        (query.get("draft"), flag)
    });
    Suspend::new(async move {
        let Some(id) = id else { return view! { <NotFoundPage/> }.into_any() };
        let loaded = async {
            let Some(owner) = offers::ownership(db.pool(), id).await? else { return Ok(None) };
            let mut conn = db.pool().acquire().await?;
            let rows = stored::of_offer(&mut conn, id).await?;
            let hold = holds::active(&mut conn, Some(id), chrono::Utc::now().timestamp()).await?.pop();
            drop(conn);
            let draft = match (draft_token, actor.user_id()) {
                (Some(token), Some(user_id)) => {
                    drafts::take(&db, Some(user_id), &token, chrono::Utc::now().timestamp()).await?
                }
                _ => None,
            };
            Ok::<_, sqlx::Error>(Some((owner, rows, hold, draft.unwrap_or_default())))
        };
        match loaded.await {
            Ok(Some((owner, rows, hold, (fields, errors)))) => {
                guarded(
                    move |_| Action::EditOffer { site_id: owner.site_id, organisation_id: owner.organisation_id },
                    move |actor| {
                        let typed = Typed { lang, fields: &fields, errors: &errors };
                        let alert = typed
                            .error("form")
                            .or_else(|| (!errors.is_empty()).then(|| lang.t("offer-form-has-errors")))
                            .or_else(|| flag.map(|flag| lang.t(&format!("participants-flag-{flag}"))));
                        let counts = GROUPS.map(|group| rows.iter().filter(|row| row.status == group).count());
                        // A paper consent or a correction that did not validate opens again in its row.
                        let paper_draft = fields.get("registration").and_then(|id| id.parse::<i64>().ok());
                        let trip_draft = fields.get("trip_registration").and_then(|id| id.parse::<i64>().ok());
                        let photo_draft = fields.get("photo_registration").and_then(|id| id.parse::<i64>().ok());
                        let correction_draft = fields.get("row").and_then(|id| id.parse::<i64>().ok());
                        let may_correct = allows(&actor, Action::CorrectParticipant { site_id: owner.site_id });
                        let zone = owner.zone();
                        let today = chrono::Utc::now().with_timezone(&zone).date_naive();
                        let this_year = i64::from(today.year());
                        // The walk-in form shares field names with a row's forms: it shows a draft only
                        // when the draft is its own.
                        let (no_fields, no_errors) = (Fields::new(), Errors::new());
                        let walk_in = match paper_draft.or(correction_draft).or(trip_draft).or(photo_draft) {
                            Some(_) => Typed { lang, fields: &no_fields, errors: &no_errors },
                            None => Typed { lang, fields: &fields, errors: &errors },
                        };
                        let tables = GROUPS.map(|group| {
                        let rows = rows.iter().filter(|row| row.status == group).map(|row| {
                            let needs_paper = needs_consent_form(row, this_year);
                            let paper = needs_paper.then(|| {
                                let draft = (paper_draft == Some(row.id)).then_some(&typed);
                                paper_consent_form(lang, (row.id, today), PaperFor::Registration, draft)
                            });
                            let trip = row.trip_consent(lang, this_year).map(|status| {
                                let missing = row.trip_consent_signed_on.is_none() && !row.ended();
                                let draft = (trip_draft == Some(row.id)).then_some(&typed);
                                let form = missing.then(|| paper_consent_form(lang, (row.id, today), PaperFor::Trip, draft));
                                view! { <p class=if missing { "hint field-error" } else { "hint" }>{status}</p> {form} }.into_any()
                            });
                            // A parent's yes to photos on paper, where nothing else asks for it.
                            let photos = (!needs_paper
                                && !row.ended()
                                && row.photos(this_year) == PhotoPermission::ParentMissing)
                                .then(|| {
                                    let draft = (photo_draft == Some(row.id)).then_some(&typed);
                                    paper_consent_form(lang, (row.id, today), PaperFor::Photos, draft)
                                });
                            let paper = match (paper, trip, photos) {
                                (None, None, None) => None,
                                (paper, trip, photos) => Some(view! { {paper} {trip} {photos} }.into_any()),
                            };
                            let correction = (may_correct && row.status != "restricted").then(|| {
                                let draft = (correction_draft == Some(row.id)).then_some(&typed);
                                correction_form(lang, (Some(id), &Record::from(row)), draft)
                            });
                            (row.clone(), paper, correction)
                        });
                        group_table((lang, zone, this_year), group, rows.collect())
                    });
                        view! {
                        <Title text=format!("{} – {}", lang.t("participants-title"), lang.t("site-name"))/>
                        <StaffNav actor/>
                        <h1>{lang.t("participants-title")}</h1>
                        <p class="lead"><a href=format!("/staff/offers/{id}/edit")><bdi>{owner.title.clone()}</bdi></a></p>
                        <FormAlert message=alert good=errors.is_empty() && flag.is_some_and(|flag| GOOD_FLAGS.contains(&flag))/>
                        <p class="cluster">
                            {GROUPS.iter().zip(counts).filter(|(group, count)| **group != "restricted" || *count > 0).map(|(group, count)| view! {
                                <span>{lang.t(&format!("participants-status-{group}"))}": "<strong>{count}</strong></span>
                            }).collect_view()}
                        </p>
                        <p><a href=format!("/staff/offers/{id}/participants.csv") download="">{lang.t("participants-csv")}</a></p>
                        {tables.into_iter().collect_view()}
                        <h2 id="add">{lang.t("participants-add")}</h2>
                        <form method="post" action=format!("/staff/offers/{id}/participants") class="stack form-page">
                            <Field name="first_name" label=lang.t("register-field-first-name") value=walk_in.value("first_name") error=walk_in.error("first_name")/>
                            <Field name="email" kind="email" label=lang.t("field-email") value=walk_in.value("email") error=walk_in.error("email")/>
                            <Field name="birth_year" kind="number" label=lang.t("register-field-birth-year") value=walk_in.value("birth_year") error=walk_in.error("birth_year")/>
                            <Field name="parent_email" kind="email" label=lang.t("register-field-parent-email") value=walk_in.value("parent_email") error=walk_in.error("parent_email") required=false/>
                            <button type="submit" class="button">{lang.t("participants-add-submit")}</button>
                        </form>
                        <h2 id="message">{lang.t("participants-message")}</h2>
                        <form method="post" action=format!("/staff/offers/{id}/message") class="stack form-page">
                            <Field name="subject" label=lang.t("participants-message-subject")/>
                            <TextArea name="body" label=lang.t("participants-message-body") rows=5/>
                            <button type="submit" class="button">{lang.t("participants-message-send")}</button>
                        </form>
                        {hold_section(lang, id, hold, &typed)}
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

/// Keeping the list for a funder's audit: the hold that lasts with a way to end it, or the form
/// to place one (opened with what was typed when it came back).
fn hold_section(lang: Lang, id: i64, hold: Option<Active>, typed: &Typed) -> AnyView {
    let body = match hold {
        Some(hold) => view! {
            <p>{lang.t_with("hold-active", &[
                ("date", lang.isolate(&hold.until_day).into()),
                ("reason", lang.isolate(&hold.reason).into()),
            ])}</p>
            <form method="post" action=format!("/staff/offers/{id}/hold/end")>
                <button type="submit" class="button button-quiet">{lang.t("hold-end")}</button>
            </form>
        }
        .into_any(),
        None => view! {
            <p class="hint">{lang.t("hold-intro")}</p>
            <form method="post" action=format!("/staff/offers/{id}/hold") class="stack form-page">
                <Field name="reason" label=lang.t("hold-reason") value=typed.value("reason") error=typed.error("reason") hint=Some(lang.t("hold-reason-hint"))/>
                <Field name="until" kind="date" label=lang.t("hold-until") value=typed.value("until") error=typed.error("until") hint=Some(lang.t("hold-until-hint"))/>
                <button type="submit" class="button">{lang.t("hold-submit")}</button>
            </form>
        }
        .into_any(),
    };
    view! {
        <h2 id="hold">{lang.t("hold-title")}</h2>
        {body}
    }
    .into_any()
}

/// Whether staff can copy in a parent's paper consent: a place is held for it, or someone under
/// 16 waits without one.
fn needs_consent_form(row: &Listed, this_year: i64) -> bool {
    row.status == "awaiting_consent"
        || (row.status == "waitlisted" && consent_missing(row.birth_year, row.consent_given_at.is_some(), this_year))
}

/// Which consent a signed paper gives: the registration's (under 16), a trip's (under 18), or
/// photos (under 18).
#[derive(Clone, Copy, PartialEq, Eq)]
enum PaperFor {
    Registration,
    Trip,
    Photos,
}

/// The form for a consent given on paper, opened with what was typed when it came back.
fn paper_consent_form(lang: Lang, (id, today): (i64, NaiveDate), paper: PaperFor, draft: Option<&Typed>) -> AnyView {
    let (anchor, action, summary) = match paper {
        PaperFor::Registration => (format!("consent-{id}"), "paper-consent", "participants-consent-record"),
        PaperFor::Trip => (format!("trip-{id}"), "trip-consent", "participants-trip-consent-record"),
        PaperFor::Photos => (format!("photos-{id}"), "photo-consent", "participants-photo-consent-record"),
    };
    // A registration's or a trip's form may say yes to photos too; the photo form says nothing else.
    let photos = (paper != PaperFor::Photos).then(|| {
        let id = format!("{anchor}-photos");
        view! {
            <div class="field-check">
                <input type="checkbox" id=id.clone() name="photos" checked=draft.is_some_and(|typed| typed.fields.contains_key("photos"))/>
                <label for=id>{lang.t("consent-paper-photos")}</label>
            </div>
        }
    });
    let value = |name: &str| draft.map(|typed| typed.value(name)).unwrap_or_default();
    let error = |name: &str| draft.and_then(|typed| typed.error(name));
    let signed_on = Some(value("signed_on")).filter(|typed| !typed.is_empty()).unwrap_or_else(|| today.to_string());
    view! {
        <details id=anchor.clone() open=draft.is_some()>
            <summary>{lang.t(summary)}</summary>
            <form method="post" action=format!("/staff/registrations/{id}/{action}") class="stack">
                <Field name="signed_by" id=format!("{anchor}-signed-by") label=lang.t("consent-paper-signed-by") value=value("signed_by") error=error("signed_by")/>
                <Field name="signed_on" id=format!("{anchor}-signed-on") kind="date" label=lang.t("consent-paper-signed-on") value=signed_on error=error("signed_on")/>
                <Field name="form_version" id=format!("{anchor}-form-version") label=lang.t("consent-paper-form") value=value("form_version") error=error("form_version") hint=Some(lang.t("consent-paper-form-hint"))/>
                {photos}
                <button type="submit" class="button">{lang.t("consent-paper-submit")}</button>
            </form>
        </details>
    }
    .into_any()
}

/// Staff's correction of the person's record (not of the address and first name, which say who
/// it is), opened with what was typed when it came back.
pub(super) fn correction_form(lang: Lang, (offer, row): (Option<i64>, &Record), draft: Option<&Typed>) -> AnyView {
    let id = row.anchor;
    let value = |name: &str, stored: String| draft.map_or(stored, |typed| typed.value(name));
    let error = |name: &str| draft.and_then(|typed| typed.error(name));
    let languages: Vec<(String, String)> =
        Lang::ALL.iter().map(|l| (l.code().to_owned(), l.native_name().to_owned())).collect();
    let birth_year = value("birth_year", row.birth_year.to_string());
    let parent_email = value("parent_email", row.parent_email.clone().unwrap_or_default());
    let own_lang = value("lang", row.lang.clone());
    let parent_lang = value("parent_lang", row.parent_lang.clone().unwrap_or_else(|| row.lang.clone()));
    view! {
        <details id=format!("person-{id}") open=draft.is_some()>
            <summary>{lang.t("participants-correct")}</summary>
            <form method="post" action=format!("/staff/participants/{}", row.participant_id) class="stack">
                {offer.map(|offer| view! { <input type="hidden" name="offer" value=offer.to_string()/> })}
                <input type="hidden" name="row" value=id.to_string()/>
                <Field name="birth_year" id=format!("birth-year-{id}") kind="number" label=lang.t("register-field-birth-year") value=birth_year error=error("birth_year")/>
                <SelectField name="lang" id=format!("lang-{id}") label=lang.t("participants-field-lang") options=languages.clone() selected=own_lang/>
                <Field name="parent_email" id=format!("parent-email-{id}") kind="email" label=lang.t("register-field-parent-email") value=parent_email error=error("parent_email") required=false/>
                <SelectField name="parent_lang" id=format!("parent-lang-{id}") label=lang.t("participants-field-parent-lang") options=languages selected=parent_lang/>
                <p class="hint">{lang.t("participants-correct-hint")}</p>
                <button type="submit" class="button">{lang.t("participants-correct-submit")}</button>
            </form>
        </details>
    }
    .into_any()
}

/// What the correction form shows of a person's record; `anchor` keeps its ids apart from other
/// forms on the page (a registration's id in an offer's list).
pub(super) struct Record {
    pub anchor: i64,
    pub participant_id: i64,
    pub birth_year: i64,
    pub lang: String,
    pub parent_email: Option<String>,
    pub parent_lang: Option<String>,
}

impl From<&Listed> for Record {
    fn from(row: &Listed) -> Self {
        Record {
            anchor: row.id,
            participant_id: row.participant_id,
            birth_year: row.birth_year,
            lang: row.lang.clone(),
            parent_email: row.parent_email.clone(),
            parent_lang: row.parent_lang.clone(),
        }
    }
}

/// A row of the list with the forms it offers: a parent's consent on paper, a correction.
type ListRow = (Listed, Option<AnyView>, Option<AnyView>);

/// The registrations of one status; the waiting list numbered in its order.
fn group_table(
    (lang, zone, this_year): (Lang, Tz, i64),
    group: &'static str,
    rows: Vec<ListRow>,
) -> impl IntoView + use<> {
    let heading = lang.t(&format!("participants-status-{group}"));
    (!rows.is_empty()).then(|| view! {
        <h2>{heading.clone()}</h2>
        <ScrollRegion label=heading>
            <table>
                <thead>
                    <tr>
                        <th scope="col">"#"</th>
                        <th scope="col">{lang.t("register-field-first-name")}</th>
                        <th scope="col">{lang.t("field-email")}</th>
                        <th scope="col">{lang.t("register-field-birth-year")}</th>
                        <th scope="col">{lang.t("register-field-needs")}</th>
                        <th scope="col">{lang.t("participants-consent")}</th>
                        <th scope="col">{lang.t("participants-actions")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().enumerate().map(|(index, (row, paper_form, correction))| {
                        let id = row.id;
                        let consent = row.consent(lang, zone);
                        let needs = match row.readable_needs(this_year) {
                            Some(needs) => view! { <bdi>{needs.to_owned()}</bdi> }.into_any(),
                            None => view! { <p class="hint">{lang.t("participants-needs-wait-parent")}</p> }.into_any(),
                        };
                        let photos = lang.t(&format!("participants-photos-{}", row.photos(this_year).code()));
                        view! {
                            <tr>
                                <td>{index + 1}</td>
                                <td><bdi>{row.first_name}</bdi></td>
                                <td dir="ltr">{row.email}</td>
                                <td>{row.birth_year}</td>
                                <td>
                                    {(!row.needs.is_empty()).then_some(needs)}
                                    {row.cancel_reason.map(|reason| view! { <bdi>{reason}</bdi> })}
                                    {(!row.emergency_contact.is_empty()).then(|| view! {
                                        <p>{lang.t("register-field-emergency-contact")}": "<bdi>{row.emergency_contact.clone()}</bdi></p>
                                    })}
                                </td>
                                <td>
                                    {consent}
                                    <p>{photos}</p>
                                    {(row.burst == 1 && group == "waitlisted").then(|| view! { <p class="hint">{lang.t("participants-burst")}</p> })}
                                    {row.typed_parent_email.map(|email| view! {
                                        <p class="hint">{lang.t_with("participants-typed-parent", &[("email", lang.isolate(&email).into())])}</p>
                                    })}
                                    {paper_form}
                                </td>
                                <td>
                                    {(group == "waitlisted").then(|| view! {
                                        <form method="post" action=format!("/staff/registrations/{id}/move-up") class="inline-form">
                                            <button type="submit" class="link-button">{lang.t("participants-move-up")}</button>
                                        </form>
                                    })}
                                    {correction}
                                    {(!matches!(group, "cancelled" | "restricted")).then(|| view! {
                                        <details>
                                            <summary>{lang.t("participants-cancel")}</summary>
                                            <form method="post" action=format!("/staff/registrations/{id}/cancel") class="stack">
                                                <div class="field">
                                                    <label for=format!("reason-{id}")>{lang.t("participants-cancel-reason")}</label>
                                                    <input id=format!("reason-{id}") name="reason" type="text"/>
                                                </div>
                                                <button type="submit" class="button button-quiet">{lang.t("participants-cancel")}</button>
                                            </form>
                                        </details>
                                    })}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </ScrollRegion>
    })
}
