//! Co-design for staff: idea rounds, join codes (and who joined), the moderation queue and the
//! staff check with its overdue list, and ideas from a workshop's paper.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use super::offer_form::Typed;
use super::{StaffNav, guarded, take_draft};
use crate::domain::idea::{Criterion, IdeaState, RoundPhase, round_phase, staff_moves};
use crate::domain::offer::Category;
use crate::domain::policy::{Action, Actor};
use crate::domain::vote::{VotePhase, vote_phase};
use crate::i18n::use_lang;
use crate::ssr::db::ideas::{self, Idea, Round};
use crate::ssr::service::joining::{self, JoinCode};
use crate::ssr::state::AppState;
use crate::ui::components::{Field, FormAlert, LoadError, SelectField, TextArea, category_label, use_actor};
use crate::ui::pages::NotFoundPage;
use crate::ui::pages::ideas::category_icon;

const FLAGS: [&str; 9] =
    ["saved", "moved", "code-made", "revoked", "paused", "resumed", "not-found", "paper-saved", "vote-opened"];

/// The site staff work on: their own; an admin's choice by `?site=`, else the first site.
async fn staff_site(db: &crate::ssr::db::Db, actor: &Actor) -> sqlx::Result<Option<i64>> {
    let chosen = use_query_map().with_untracked(|query| query.get("site").and_then(|id| id.parse().ok()));
    Ok(match (actor, chosen) {
        (Actor::Staff { site_id, .. } | Actor::Partner { site_id, .. }, _) => Some(*site_id),
        (_, Some(site_id)) => Some(site_id),
        _ => crate::ssr::db::sites::list(db).await?.first().map(|(id, _)| *id),
    })
}

#[component]
pub fn CoDesignPage() -> impl IntoView {
    let lang = use_lang();
    let actor = use_actor();
    let state = expect_context::<AppState>();
    let flag = use_query_map().with_untracked(|query| FLAGS.into_iter().find(|flag| query.get(flag).is_some()));
    Suspend::new(async move {
        let loaded = async {
            let site_id = staff_site(&state.db, &actor).await?.unwrap_or_default();
            let rounds = ideas::rounds(&state.db, Some(site_id)).await?;
            let queue = ideas::staff_queue(&state.db, site_id).await?;
            let codes = joining::codes(&state.db, site_id).await?;
            let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
            let programmes = crate::ssr::db::programmes::choices(&state.db, Some(site_id), &today, None).await?;
            let (fields, errors) = take_draft(&state.db, &actor).await?;
            Ok::<_, sqlx::Error>((site_id, rounds, queue, codes, programmes, fields, errors))
        };
        match loaded.await {
            Ok((site_id, rounds, queue, codes, programmes, fields, errors)) => guarded(
                move |_| Action::ManageCoDesign { site_id },
                move |actor| {
                    let now = chrono::Utc::now().timestamp();
                    let typed = Typed { lang, fields: &fields, errors: &errors };
                    let alert = (!errors.is_empty())
                        .then(|| lang.t("offer-form-has-errors"))
                        .or_else(|| flag.map(|flag| lang.t(&format!("co-design-flag-{flag}"))));
                    let good = errors.is_empty() && flag.is_some_and(|flag| flag != "not-found");
                    let draft_idea = fields.get("idea").and_then(|id| id.parse::<i64>().ok());
                    let late: Vec<&Idea> =
                        queue.iter().filter(|idea| crate::ssr::service::ideas::late(idea, &rounds, now)).collect();
                    let late_list = (!late.is_empty()).then(|| view! {
                        <div class="overdue" role="note">
                            <h2>{lang.t_with("co-design-overdue", &[("count", late.len().into())])}</h2>
                            <ul>{late.iter().map(|idea| view! { <li><a href=format!("#idea-{}", idea.id)><bdi>{idea.what.clone()}</bdi></a></li> }).collect_view()}</ul>
                        </div>
                    });
                    let round_choices: Vec<(String, String)> =
                        rounds.iter().map(|round| (round.id.to_string(), round.question.clone())).collect();
                    view! {
                        <Title text=format!("{} – {}", lang.t("co-design-title"), lang.t("site-name"))/>
                        <StaffNav actor=actor/>
                        <section class="staff-page">
                            <h1>{lang.t("co-design-title")}</h1>
                            <FormAlert message=alert good/>
                            {late_list}
                            <h2>{lang.t("co-design-queue")}</h2>
                            {if queue.is_empty() { view! { <p>{lang.t("co-design-queue-empty")}</p> }.into_any() } else {
                                view! { <ul class="card-list">
                                    {queue.iter().cloned().map(|idea| {
                                        let mine = draft_idea == Some(idea.id);
                                        view! { <QueueItem idea typed=mine.then_some(&typed).map(|typed| (typed.fields.clone(), typed.errors.clone()))/> }
                                    }).collect_view()}
                                </ul> }.into_any()
                            }}
                            <h2>{lang.t("co-design-rounds")}</h2>
                            <ul class="plain-list">
                                {rounds.iter().cloned().map(|round| {
                                    // A vote form that came back fills its own round's form only.
                                    let draft = (fields.get("vote_round") == Some(&round.id.to_string()))
                                        .then(|| (fields.clone(), errors.clone()));
                                    view! { <RoundRow round now draft/> }
                                }).collect_view()}
                            </ul>
                            <RoundForm site_id programmes=programmes.clone() fields=fields.clone() errors=errors.clone()/>
                            <h2>{lang.t("co-design-codes")}</h2>
                            <p class="hint">{lang.t("co-design-codes-intro")}</p>
                            <ul class="plain-list">
                                {codes.into_iter().map(|code| view! { <CodeRow code now/> }).collect_view()}
                            </ul>
                            <form method="post" action="/staff/join-codes" class="stack">
                                <h3>{lang.t("co-design-code-new")}</h3>
                                <input type="hidden" name="site_id" value=site_id.to_string()/>
                                <Field name="label" label=lang.t("co-design-code-label") value=typed.value("label") error=typed.error("label")
                                    hint=Some(lang.t("co-design-code-label-hint"))/>
                                <Field name="max_joins" kind="number" label=lang.t("co-design-code-max") value=typed.value("max_joins")
                                    error=typed.error("max_joins")/>
                                <Field name="valid_until" kind="date" label=lang.t("co-design-code-until") value=typed.value("valid_until")
                                    error=typed.error("valid_until")/>
                                <button type="submit" class="button">{lang.t("co-design-code-create")}</button>
                            </form>
                            {(!round_choices.is_empty()).then(|| view! { <PaperIdeaForm site_id rounds=round_choices.clone()/> })}
                        </section>
                    }
                    .into_any()
                },
            ),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// An idea waiting for staff: what it says (nickname for staff only, never public), why it was
/// held, and one form for every move the lifecycle allows from here.
#[component]
fn QueueItem(
    idea: Idea,
    typed: Option<(crate::domain::offer_form::Fields, crate::domain::offer_form::Errors)>,
) -> impl IntoView {
    let lang = use_lang();
    let (fields, errors) = typed.unwrap_or_default();
    let typed = Typed { lang, fields: &fields, errors: &errors };
    let from = IdeaState::from_code(&idea.state);
    let mut moves: Vec<(String, String)> = from
        .map(|from| {
            staff_moves(from)
                .iter()
                .map(|to| (to.code().to_owned(), lang.t(&format!("idea-move-{}", to.code()))))
                .collect()
        })
        .unwrap_or_default();
    // A held or reported idea that is public can be kept as it is, back on the board.
    if let Some(from) = from.filter(|from| idea.held == 1 && from.is_public()) {
        moves.insert(0, (from.code().to_owned(), lang.t("co-design-keep")));
    }
    let chosen = typed.value("state");
    view! {
        <li class="card" id=format!("idea-{}", idea.id)>
            <p class="idea-category"><span aria-hidden="true">{category_icon(&idea.category)}</span>" "
                {Category::from_code(&idea.category).map(|category| category_label(lang, category))}
                " · #"{idea.id}</p>
            <h3><bdi>{idea.what.clone()}</bdi></h3>
            <p class="hint">
                <span class=format!("idea-state idea-state-{}", idea.state)>{lang.t(&format!("idea-state-{}", idea.state))}</span>
                {(idea.held == 1).then(|| view! { " · "<strong>{lang.t("co-design-held")}</strong> })}
                {(idea.reports > 0).then(|| view! { " · "{lang.t_with("co-design-reports", &[("count", idea.reports.into())])} })}
                " · "{lang.t_with("idea-supports", &[("count", idea.all_supports().into())])}
                " · "<bdi>{idea.question.clone()}</bdi>
            </p>
            {(!idea.for_whom.is_empty() || !idea.place.is_empty()).then(|| view! {
                <p><bdi>{idea.for_whom.clone()}</bdi>" · "<bdi>{idea.place.clone()}</bdi></p>
            })}
            <form method="post" action=format!("/staff/ideas/{}/decide", idea.id) class="stack">
                <input type="hidden" name="idea" value=idea.id.to_string()/>
                <SelectField name="state" id=format!("state-{}", idea.id) label=lang.t("co-design-move") options=moves selected=chosen error=typed.error("state")/>
                <fieldset class="choices">
                    <legend>{lang.t("co-design-criteria")}</legend>
                    {Criterion::ALL.iter().map(|criterion| {
                        let name = format!("problem-{}", criterion.code());
                        let id = format!("{name}-{}", idea.id);
                        let checked = fields.contains_key(&name);
                        let label_for = id.clone();
                        view! { <label class="choice" for=label_for><input type="checkbox" id=id name=name checked=checked/>" "{lang.t(&format!("criterion-{}", criterion.code()))}</label> }
                    }).collect_view()}
                </fieldset>
                <ReasonField idea_id=idea.id name="reason" label=lang.t("co-design-reason") value=typed.value("reason") error=typed.error("reason") hint=Some(lang.t("co-design-reason-hint"))/>
                <ReasonField idea_id=idea.id name="would_work" label=lang.t("idea-would-work") value=typed.value("would_work") error=typed.error("would_work") hint=None/>
                <ReasonField idea_id=idea.id name="staff_notes" label=lang.t("co-design-notes") value=typed.value("staff_notes") error=typed.error("staff_notes") hint=Some(lang.t("co-design-notes-hint"))/>
                <Field name="revisit_on" id=format!("revisit-{}", idea.id) kind="date" label=lang.t("co-design-revisit") value=typed.value("revisit_on") error=typed.error("revisit_on") required=false/>
                <Field name="merged_into" id=format!("merge-{}", idea.id) label=lang.t("co-design-merge") value=typed.value("merged_into") error=typed.error("merged_into") required=false/>
                <Field name="offer_id" id=format!("offer-{}", idea.id) kind="number" label=lang.t("co-design-offer") value=typed.value("offer_id") error=typed.error("offer_id") required=false/>
                <button type="submit" class="button">{lang.t("co-design-save-move")}</button>
            </form>
            <form method="post" action=format!("/staff/ideas/{}/paper-supports", idea.id) class="inline-form">
                <Field name="count" id=format!("paper-{}", idea.id) kind="number" label=lang.t("co-design-paper-supports")
                    value=typed.value("count") error=typed.error("count") required=false/>
                <button type="submit" class="button button-quiet">{lang.t("co-design-add")}</button>
            </form>
        </li>
    }
}

/// A text area whose id is unique on a page with many ideas.
#[component]
fn ReasonField(
    idea_id: i64,
    name: &'static str,
    label: String,
    value: String,
    error: Option<String>,
    hint: Option<String>,
) -> impl IntoView {
    let id = format!("{name}-{idea_id}");
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=hint_id.clone()>{hint}</p> })}
            <textarea id=id name=name rows=2 aria-invalid=error.is_some().then_some("true")>{value}</textarea>
            {error.map(|error| view! { <p class="field-error">{error}</p> })}
        </div>
    }
}

#[component]
fn RoundRow(
    round: Round,
    now: i64,
    draft: Option<(crate::domain::offer_form::Fields, crate::domain::offer_form::Errors)>,
) -> impl IntoView {
    let lang = use_lang();
    let last_day = round.vote_last_moment().map(|at| lang.long_date(&at)).unwrap_or_default();
    let vote = match vote_phase(round.vote_closes_at, now) {
        VotePhase::StaffDecide => {
            let (fields, errors) = draft.unwrap_or_default();
            let typed = Typed { lang, fields: &fields, errors: &errors };
            let choices =
                Some(typed.value("choices")).filter(|value| !value.is_empty()).unwrap_or_else(|| "3".to_owned());
            view! {
                <details class="vote-opening" open=!errors.is_empty()>
                    <summary>{lang.t("vote-open")}</summary>
                    <form method="post" action=format!("/staff/idea-rounds/{}/vote", round.id) class="stack">
                        <input type="hidden" name="vote_round" value=round.id.to_string()/>
                        <Field name="choices" id=format!("choices-{}", round.id) kind="number" label=lang.t("vote-field-choices")
                            value=choices error=typed.error("choices")/>
                        <Field name="last_day" id=format!("last-day-{}", round.id) kind="date" label=lang.t("vote-field-last-day")
                            value=typed.value("last_day") error=typed.error("last_day")/>
                        <p class="hint">{lang.t("vote-open-hint")}</p>
                        <button type="submit" class="button">{lang.t("vote-open")}</button>
                    </form>
                </details>
            }
            .into_any()
        }
        VotePhase::Open => view! {
            <br/>{lang.t_with("vote-running", &[("count", round.ballots.into()), ("day", last_day.into())])}
        }
        .into_any(),
        VotePhase::Closed => view! {
            <br/><a href=format!("/ideas/rounds/{}#vote", round.id)>{lang.t("vote-result-title")}</a>
        }
        .into_any(),
    };
    let phase = round_phase(round.closes_at, round.paused_at, now);
    let (action, label) = match phase {
        RoundPhase::Paused => ("resume", "co-design-resume"),
        _ => ("pause", "co-design-pause"),
    };
    view! {
        <li id=format!("round-{}", round.id)>
            <a href=format!("/ideas/rounds/{}", round.id)><bdi>{round.question.clone()}</bdi></a>
            " · "{lang.t(&format!("round-phase-{}", match phase { RoundPhase::Open => "open", RoundPhase::Paused => "paused", RoundPhase::Closed => "closed" }))}
            " · "{round.ideas}" "{lang.t_with("done-count-ideas", &[("count", round.ideas.into())])}" "
            {(phase != RoundPhase::Closed).then(|| view! {
                <form method="post" action=format!("/staff/idea-rounds/{}/{action}", round.id) class="inline-form">
                    <button type="submit" class="link-button">{lang.t(label)}</button>
                </form>
            })}
            {vote}
        </li>
    }
}

#[component]
fn RoundForm(
    site_id: i64,
    /// The site's programmes a round may belong to: (id, site, title).
    programmes: Vec<(i64, i64, String)>,
    fields: crate::domain::offer_form::Fields,
    errors: crate::domain::offer_form::Errors,
) -> impl IntoView {
    let lang = use_lang();
    // Only a draft of this form fills it.
    let own = fields.contains_key("question");
    let empty = Default::default();
    let (fields, errors) = if own { (&fields, &errors) } else { (&empty, &empty) };
    let typed = Typed { lang, fields, errors };
    view! {
        <form method="post" action="/staff/idea-rounds" class="stack">
            <h3>{lang.t("co-design-round-new")}</h3>
            <input type="hidden" name="site_id" value=site_id.to_string()/>
            <Field name="question" label=lang.t("round-question") value=typed.value("question") error=typed.error("question")
                hint=Some(lang.t("round-question-hint"))/>
            <TextArea name="decidable" label=lang.t("round-decidable") value=typed.value("decidable") error=typed.error("decidable") rows=2/>
            <SelectField name="programme_id" label=lang.t("round-programme") options=std::iter::once((String::new(), lang.t("round-no-programme")))
                .chain(programmes.into_iter().map(|(id, _, title)| (id.to_string(), title)))
                .collect() selected=typed.value("programme_id")/>
            <Field name="budget" label=lang.t("round-budget") value=typed.value("budget") error=typed.error("budget") required=false/>
            <Field name="deciders" label=lang.t("round-deciders") value=typed.value("deciders") error=typed.error("deciders")/>
            <Field name="closes_on" kind="date" label=lang.t("round-closes-on") value=typed.value("closes_on") error=typed.error("closes_on")
                required=false hint=Some(lang.t("round-closes-hint"))/>
            <Field name="response_days" kind="number" label=lang.t("round-response-days") value=typed.value("response_days")
                error=typed.error("response_days") required=false/>
            <div class="field-check">
                <input type="checkbox" id="field-post-moderated" name="post_moderated" checked=fields.contains_key("post_moderated")/>
                <label for="field-post-moderated">{lang.t("round-post-moderated")}</label>
            </div>
            <button type="submit" class="button">{lang.t("co-design-round-create")}</button>
        </form>
    }
}

#[component]
fn CodeRow(code: JoinCode, now: i64) -> impl IntoView {
    let lang = use_lang();
    let active = code.revoked_at.is_none() && code.valid_until > now;
    view! {
        <li>
            <bdi>{code.label.clone()}</bdi>" · "<code dir="ltr">{crate::domain::co_design_form::grouped(&code.code)}</code>
            " · "<a href=format!("/staff/join-codes/{}", code.id)>{lang.t_with("co-design-joined", &[("count", code.joined.into()), ("max", code.max_joins.into())])}</a>
            {if active { view! {
                " · "<a href=format!("/join?code={}", code.code)>{lang.t("co-design-code-link")}</a>
                <form method="post" action=format!("/staff/join-codes/{}/revoke", code.id) class="inline-form">
                    <button type="submit" class="link-button">{lang.t("co-design-revoke")}</button>
                </form>
            }.into_any() } else { view! { " · "{lang.t("co-design-code-ended")} }.into_any() }}
        </li>
    }
}

/// An idea collected on paper in a workshop, typed in by staff and marked as such.
#[component]
fn PaperIdeaForm(site_id: i64, rounds: Vec<(String, String)>) -> impl IntoView {
    let lang = use_lang();
    let categories: Vec<(String, String)> =
        Category::ALL.iter().map(|category| (category.code().to_owned(), category_label(lang, *category))).collect();
    view! {
        <form method="post" action="/staff/ideas/paper" class="stack">
            <h2>{lang.t("co-design-paper-title")}</h2>
            <p class="hint">{lang.t("co-design-paper-intro")}</p>
            <input type="hidden" name="site_id" value=site_id.to_string()/>
            <SelectField name="round_id" id="paper-round" label=lang.t("co-design-round") options=rounds/>
            <Field name="what" id="paper-what" label=lang.t("idea-field-what")/>
            <SelectField name="category" id="paper-category" label=lang.t("idea-field-category") options=categories/>
            <button type="submit" class="button">{lang.t("co-design-paper-save")}</button>
        </form>
    }
}

/// Who joined with one code: nicknames and years of birth, for staff only.
#[component]
pub fn JoinCodePage() -> impl IntoView {
    let lang = use_lang();
    let actor = use_actor();
    let state = expect_context::<AppState>();
    let id = use_params_map().with_untracked(|params| params.get("id").and_then(|id| id.parse::<i64>().ok()));
    let confirmed = use_query_map().with_untracked(|query| query.get("confirmed").is_some());
    Suspend::new(async move {
        let Some(id) = id else { return view! { <NotFoundPage/> }.into_any() };
        let loaded = async {
            let site_id = staff_site(&state.db, &actor).await?.unwrap_or_default();
            let code = joining::codes(&state.db, site_id).await?.into_iter().find(|code| code.id == id);
            Ok::<_, sqlx::Error>((site_id, code, joining::joined_with(&state.db, site_id, id).await?))
        };
        match loaded.await {
            Ok((site_id, code, people)) => guarded(
                move |_| Action::ManageCoDesign { site_id },
                move |actor| {
                    view! {
                    <Title text=format!("{} – {}", lang.t("co-design-joined-title"), lang.t("site-name"))/>
                    <StaffNav actor=actor/>
                    <section class="staff-page">
                        {code.map(|code| {
                            let link = format!("{}/join?code={}", state.public_url, code.code);
                            let shown = crate::domain::co_design_form::grouped(&code.code);
                            let qr = crate::ssr::qr::svg(&link, &lang.t_with("co-design-qr-label", &[("code", shown.clone().into())]));
                            view! {
                                <div class="join-poster">
                                    <h1><bdi>{code.label}</bdi></h1>
                                    <p>{lang.t("co-design-poster-intro")}</p>
                                    <div class="qr" inner_html=qr.unwrap_or_default()></div>
                                    <p class="reentry-code" dir="ltr">{shown}</p>
                                    <p class="hint" dir="ltr">{link}</p>
                                </div>
                            }
                        })}
                        <h2>{lang.t("co-design-joined-title")}</h2>
                        <FormAlert message=confirmed.then(|| lang.t("co-design-flag-confirmed")) good=true/>
                        <p class="hint">{lang.t("co-design-confirm-intro")}</p>
                        {people.iter().any(|joiner| joiner.join_confirmed_at.is_none()).then(|| view! {
                            <form method="post" action=format!("/staff/join-codes/{id}/confirm")>
                                <button type="submit" class="button button-quiet">{lang.t("co-design-confirm-all")}</button>
                            </form>
                        })}
                        <ul class="plain-list">
                            {people.into_iter().map(|joiner| view! {
                                <li>
                                    <bdi>{joiner.nickname}</bdi>" · "{joiner.birth_year}" · "
                                    {if joiner.join_confirmed_at.is_some() {
                                        lang.t("co-design-confirmed").into_any()
                                    } else {
                                        view! {
                                            <form method="post" action=format!("/staff/join-codes/{id}/confirm") class="inline-form">
                                                <input type="hidden" name="participant_id" value=joiner.id.to_string()/>
                                                <button type="submit" class="link-button">{lang.t("co-design-confirm")}</button>
                                            </form>
                                        }.into_any()
                                    }}
                                </li>
                            }).collect_view()}
                        </ul>
                        <p><a href="/staff/ideas">{lang.t("co-design-title")}</a></p>
                    </section>
                }.into_any()
                },
            ),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}
