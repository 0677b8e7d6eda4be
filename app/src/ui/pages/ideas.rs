//! Youth co-design in public: joining with a code, the ideas board, an idea's page with its
//! timeline, the guided idea card, and "Ihr habt gesagt – wir haben gemacht". Plain forms that
//! work without JavaScript on a phone; nicknames never appear here ("a young person from …").

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::domain::co_design_form::normalise_code;
use crate::domain::idea::{DayPart, IdeaState, RoundPhase, round_phase};
use crate::domain::offer::{Category, SPOKEN_LANGUAGES};
use crate::domain::offer_form::{Errors, Fields};
use crate::domain::vote::{VotePhase, tally, vote_phase};
use crate::i18n::{Lang, use_lang};
use crate::ssr::db::ideas::{self, Board, Idea, Round};
use crate::ssr::db::sites;
use crate::ssr::drafts;
use crate::ssr::service::ideas::{Member, member};
use crate::ssr::service::votes::{self, Standing};
use crate::ssr::state::AppState;
use crate::ui::components::{
    Field, FormAlert, LoadError, SelectField, TextArea, category_label, spoken_language_label, use_actor,
};
use crate::ui::pages::NotFoundPage;
use crate::ui::pages::staff::Typed;

/// A category's sign beside its name, for readers who read little.
pub fn category_icon(category: &str) -> &'static str {
    match Category::from_code(category) {
        Some(Category::Language) => "💬",
        Some(Category::Sport) => "⚽",
        Some(Category::Culture) => "🎨",
        Some(Category::Education) => "📚",
        Some(Category::Information) => "ℹ️",
        Some(Category::Leisure) => "🎲",
        Some(Category::Festival) => "🎉",
        None => "💡",
    }
}

/// The `?draft=` token of a form that came back; read before the page's data loads (router hooks
/// need the page's context, which an awaited future no longer has).
pub(crate) fn draft_token() -> Option<String> {
    use_query_map().with_untracked(|query| query.get("draft"))
}

/// The typed values and errors of a young person's form that came back, taken once.
pub(crate) async fn young_draft(db: &crate::ssr::db::Db, token: Option<String>) -> sqlx::Result<(Fields, Errors)> {
    match token {
        Some(token) => Ok(drafts::take(db, None, &token, chrono::Utc::now().timestamp()).await?.unwrap_or_default()),
        None => Ok(Default::default()),
    }
}

pub(crate) fn flag(names: &[&'static str]) -> Option<&'static str> {
    use_query_map().with_untracked(|query| names.iter().copied().find(|name| query.get(name).is_some()))
}

/// Joining with a code from staff (typed, or from the QR code's link), and coming back with the
/// re-entry code on another phone.
#[component]
pub fn JoinPage() -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<AppState>();
    let code = use_query_map().with_untracked(|query| query.get("code")).map(|code| normalise_code(&code));
    let alert = flag(&["limited", "unknown", "not-valid"]).map(|flag| lang.t(&format!("join-flag-{flag}")));
    let token = draft_token();
    Suspend::new(async move {
        let loaded = async {
            let draft = young_draft(&state.db, token).await?;
            let invitation = match code.as_deref().or(draft.0.get("code").map(String::as_str)) {
                Some(code) => {
                    crate::ssr::service::joining::invitation(
                        &state.db,
                        &normalise_code(code),
                        chrono::Utc::now().timestamp(),
                    )
                    .await?
                }
                None => None,
            };
            Ok::<_, sqlx::Error>((draft, invitation))
        };
        match loaded.await {
            Ok(((fields, errors), invitation)) => {
                let typed = Typed { lang, fields: &fields, errors: &errors };
                let code_value = code.clone().unwrap_or_else(|| typed.value("code"));
                let languages: Vec<(String, String)> =
                    Lang::ALL.iter().map(|each| (each.code().to_owned(), each.native_name().to_owned())).collect();
                let chosen = fields.get("lang").cloned().unwrap_or_else(|| lang.code().to_owned());
                let alert = alert.clone().or_else(|| (!errors.is_empty()).then(|| lang.t("offer-form-has-errors")));
                view! {
                    <Title text=format!("{} – {}", lang.t("join-title"), lang.t("site-name"))/>
                    <section class="form-page">
                        <h1>{lang.t("join-title")}</h1>
                        {invitation.map(|invitation| view! {
                            <p class="lead">{lang.t_with("join-invitation", &[
                                ("group", lang.isolate(&invitation.label).into()),
                                ("site", lang.isolate(&invitation.site).into()),
                            ])}</p>
                        })}
                        <p>{lang.t("join-intro")}</p>
                        <FormAlert message=alert/>
                        <form method="post" action="/join" class="stack" id="join">
                            <Field name="code" label=lang.t("join-field-code") value=code_value error=typed.error("code")
                                autocomplete="off"/>
                            <Field name="nickname" label=lang.t("join-field-nickname") value=typed.value("nickname")
                                error=typed.error("nickname") hint=Some(lang.t("join-nickname-hint")) autocomplete="nickname"/>
                            <Field name="birth_year" kind="number" label=lang.t("register-field-birth-year")
                                value=typed.value("birth_year") error=typed.error("birth_year")/>
                            <SelectField name="lang" label=lang.t("join-field-lang") options=languages selected=chosen
                                error=typed.error("lang")/>
                            <p class="hint">{lang.t("join-privacy")}" "<a href="/datenschutz">{lang.t("legal-privacy")}</a></p>
                            <button type="submit" class="button">{lang.t("join-submit")}</button>
                        </form>
                        <h2>{lang.t("join-again-title")}</h2>
                        <form method="post" action="/join/again" class="stack">
                            <Field name="reentry" label=lang.t("join-field-reentry") autocomplete="off"/>
                            <button type="submit" class="button button-quiet">{lang.t("join-again-submit")}</button>
                        </form>
                    </section>
                }
                .into_any()
            }
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// Right after joining: the re-entry code, shown this once, and where to go next.
#[component]
pub fn JoinWelcomePage() -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    let token = draft_token();
    Suspend::new(async move {
        match young_draft(&db, token).await {
            Ok((fields, _)) => {
                let code = fields.get("reentry").cloned();
                view! {
                    <Title text=format!("{} – {}", lang.t("join-welcome-title"), lang.t("site-name"))/>
                    <section class="form-page">
                        <h1>{lang.t("join-welcome-title")}</h1>
                        {code.map(|code| view! {
                            <p>{lang.t("join-reentry-intro")}</p>
                            <p class="reentry-code" dir="ltr"><strong>{code}</strong></p>
                            <p class="hint">{lang.t("join-reentry-hint")}</p>
                        })}
                        <p><a class="button" href="/ideas">{lang.t("ideas-title")}</a></p>
                        <p><a href="/">{lang.t("join-welcome-offers")}</a></p>
                    </section>
                }
                .into_any()
            }
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// The site a board is about: `?site=slug`, else the reader's own (by their join), else all.
async fn board_site(
    db: &crate::ssr::db::Db,
    slug: Option<String>,
    member: Option<&Member>,
) -> sqlx::Result<Option<(i64, String)>> {
    match (slug, member) {
        (Some(slug), _) => sites::find_by_slug(db, &slug).await,
        (None, Some(member)) => Ok(sites::list(db).await?.into_iter().find(|(id, _)| *id == member.site_id)),
        (None, None) => Ok(None),
    }
}

/// The ideas board: open rounds with their rules, and the ideas, most supported first.
#[component]
pub fn IdeasPage() -> impl IntoView {
    let lang = use_lang();
    let actor = use_actor();
    let state = expect_context::<AppState>();
    let alert = flag(&["sent", "held", "supported", "limited", "closed", "reported", "withdrawn"]);
    let page = use_query_map()
        .with_untracked(|query| query.get("page").and_then(|page| page.parse::<i64>().ok()))
        .unwrap_or(0);
    let slug = use_query_map().with_untracked(|query| query.get("site"));
    Suspend::new(async move {
        let people = actor.co_designers();
        let loaded = async {
            let me = member(&state.db, &people, None).await?;
            let site = board_site(&state.db, slug.clone(), me.as_ref()).await?;
            let site_id = site.as_ref().map(|(id, _)| *id);
            let rounds = ideas::rounds(&state.db, site_id).await?;
            let listed = ideas::board(&state.db, Board::Open { site_id }, page).await?;
            let ids: Vec<i64> = listed.iter().map(|idea| idea.id).collect();
            let mine = ideas::supports_of(&state.db, &people, &ids).await?;
            Ok::<_, sqlx::Error>((me, site, rounds, listed, mine))
        };
        match loaded.await {
            Ok((me, site, rounds, listed, mine)) => {
                let now = chrono::Utc::now().timestamp();
                let open: Vec<Round> = rounds
                    .into_iter()
                    .filter(|round| round_phase(round.closes_at, round.paused_at, now) != RoundPhase::Closed)
                    .collect();
                let more = listed.len() as i64 == ideas::PAGE_SIZE;
                let title = match &site {
                    Some((_, name)) => lang.t_with("ideas-title-site", &[("site", lang.isolate(name).into())]),
                    None => lang.t("ideas-title"),
                };
                let done_link = match &slug {
                    Some(slug) => format!("/ideas/done?site={}", crate::ssr::http::percent_encode(slug)),
                    None => "/ideas/done".to_owned(),
                };
                view! {
                    <Title text=format!("{title} – {}", lang.t("site-name"))/>
                    <section class="ideas-page">
                        <h1>{title}</h1>
                        <p class="lead">{lang.t("ideas-intro")}</p>
                        <FormAlert message=alert.map(|flag| lang.t(&format!("ideas-flag-{flag}"))) good=matches!(alert, Some("sent" | "supported" | "reported" | "withdrawn"))/>
                        {me.is_none().then(|| view! {
                            <p class="join-hint">{lang.t("ideas-join-hint")}" "<a href="/join">{lang.t("join-title")}</a></p>
                        })}
                        <p><a href="/ideas/done">{lang.t("done-title")}</a></p>
                        <h2>{lang.t("ideas-rounds")}</h2>
                        {if open.is_empty() { view! { <p>{lang.t("ideas-no-rounds")}</p> }.into_any() } else {
                            view! {
                                <ul class="card-list">
                                    {open.into_iter().map(|round| view! { <RoundCard round can_propose=me.is_some()/> }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        <h2>{lang.t("ideas-list")}</h2>
                        {if listed.is_empty() { view! { <p>{lang.t("ideas-none")}</p> }.into_any() } else {
                            view! {
                                <ul class="card-list">
                                    {listed.into_iter().map(|idea| {
                                        let supported = mine.iter().any(|(id, kind)| *id == idea.id && kind == "support");
                                        let can_support = me.as_ref().is_some_and(|me| me.site_id == idea.site_id && idea.author_id != Some(me.participant_id));
                                        view! { <IdeaCard idea supported can_support/> }
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        {more.then(|| view! { <p><a href=format!("/ideas?page={}", page + 1)>{lang.t("ideas-more")}</a></p> })}
                        <p><a href=done_link>{lang.t("done-title")}</a></p>
                    </section>
                }
                .into_any()
            }
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// A round's question and rules, in plain words.
#[component]
fn RoundCard(round: Round, can_propose: bool) -> impl IntoView {
    let lang = use_lang();
    let now = chrono::Utc::now().timestamp();
    let zone: chrono_tz::Tz = round.time_zone.parse().unwrap_or(chrono_tz::Europe::Berlin);
    let phase = round_phase(round.closes_at, round.paused_at, now);
    let until = round
        .closes_at
        .and_then(|at| chrono::DateTime::from_timestamp(at - 1, 0))
        .map(|at| lang.long_date(&at.with_timezone(&zone)));
    view! {
        <li class="card round-card">
            <h3><a href=format!("/ideas/rounds/{}", round.id)><bdi>{round.question.clone()}</bdi></a></h3>
            {round.programme.clone().map(|programme| view! { <p class="hint"><bdi>{programme}</bdi></p> })}
            <dl class="facts">
                <dt>{lang.t("round-decidable")}</dt><dd><bdi>{round.decidable.clone()}</bdi></dd>
                {(!round.budget.is_empty()).then(|| view! { <dt>{lang.t("round-budget")}</dt><dd><bdi>{round.budget.clone()}</bdi></dd> })}
                <dt>{lang.t("round-deciders")}</dt><dd><bdi>{round.deciders.clone()}</bdi></dd>
                <dt>{lang.t("round-until")}</dt>
                <dd>{match (phase, until) {
                    (RoundPhase::Paused, _) => lang.t("round-paused"),
                    (_, Some(until)) => until,
                    (_, None) => lang.t("round-always-open"),
                }}</dd>
            </dl>
            {(can_propose && phase == RoundPhase::Open).then(|| view! {
                <a class="button" href=format!("/ideas/new?round={}", round.id)>{lang.t("idea-new")}</a>
            })}
        </li>
    }
}

/// Who wrote an idea, as the public may read it: never a nickname.
fn author_line(lang: Lang, idea: &Idea) -> String {
    if idea.on_paper == 1 {
        lang.t("idea-by-workshop")
    } else if idea.author_group.is_empty() {
        lang.t("idea-by-someone")
    } else {
        lang.t_with("idea-by-group", &[("group", lang.isolate(&idea.author_group).into())])
    }
}

/// An idea on the board: what, from whom (a group, never a name), its state and supports, and
/// the support button for those who may give it.
#[component]
fn IdeaCard(idea: Idea, supported: bool, can_support: bool) -> impl IntoView {
    let lang = use_lang();
    let state = IdeaState::from_code(&idea.state);
    let takes_support = state.is_some_and(IdeaState::takes_support);
    let withdrawable = state.is_some_and(IdeaState::support_withdrawable);
    let count = lang.t_with("idea-supports", &[("count", idea.all_supports().into())]);
    view! {
        <li class="card idea-card">
            <p class="idea-category"><span aria-hidden="true">{category_icon(&idea.category)}</span>" "
                {Category::from_code(&idea.category).map(|category| category_label(lang, category))}</p>
            <h3><a href=format!("/ideas/{}", idea.id)><bdi>{idea.what.clone()}</bdi></a></h3>
            <p class="hint">{author_line(lang, &idea)}</p>
            <p>
                <span class=format!("idea-state idea-state-{}", idea.state)>{lang.t(&format!("idea-state-{}", idea.state))}</span>
                " · "<span class="idea-supports">{count}</span>
            </p>
            {(can_support && takes_support && (!supported || withdrawable)).then(|| view! {
                <SupportButton id=idea.id kind="support" on=!supported/>
            })}
        </li>
    }
}

#[component]
fn SupportButton(id: i64, kind: &'static str, on: bool) -> impl IntoView {
    let lang = use_lang();
    let label = match (kind, on) {
        ("support", true) => "idea-support",
        ("support", false) => "idea-unsupport",
        (_, true) => "idea-plan",
        _ => "idea-unplan",
    };
    view! {
        <form method="post" action=format!("/ideas/{id}/support") class="inline-form">
            <input type="hidden" name="kind" value=kind/>
            {(!on).then(|| view! { <input type="hidden" name="off" value="1"/> })}
            <button type="submit" class=if on { "button" } else { "button button-quiet" }>{lang.t(label)}</button>
        </form>
    }
}

/// One idea: the card's details, its timeline with the reasons, the offer it became, and what
/// the reader may do (support, plan along, take back their own idea, report it).
#[component]
pub fn IdeaPage() -> impl IntoView {
    let lang = use_lang();
    let actor = use_actor();
    let state = expect_context::<AppState>();
    let id = use_params_map().with_untracked(|params| params.get("id").and_then(|id| id.parse::<i64>().ok()));
    let alert = flag(&["sent", "held", "supported", "limited", "reported", "not-now", "withdrawn"]);
    Suspend::new(async move {
        let Some(id) = id else { return view! { <NotFoundPage/> }.into_any() };
        let people = actor.co_designers();
        let loaded = async {
            let mut conn = state.db.pool().acquire().await?;
            let Some(idea) = ideas::idea(&mut conn, id).await? else { return Ok(None) };
            drop(conn);
            let events = ideas::events(&state.db, &[id]).await?;
            let mine = ideas::supports_of(&state.db, &people, &[id]).await?;
            let me = member(&state.db, &people, Some(idea.site_id)).await?;
            Ok::<_, sqlx::Error>(Some((idea, events, mine, me)))
        };
        match loaded.await {
            Ok(Some((idea, events, mine, me))) => {
                let idea_state = IdeaState::from_code(&idea.state);
                let own = me.as_ref().is_some_and(|me| idea.author_id == Some(me.participant_id));
                // Its author may see a held or unpublished idea; nobody else.
                let public = idea_state.is_some_and(IdeaState::is_public) && idea.held == 0;
                if !public && !own {
                    return view! { <NotFoundPage/> }.into_any();
                }
                let supported = mine.iter().any(|(_, kind)| kind == "support");
                let planning = mine.iter().any(|(_, kind)| kind == "plan");
                let may_tap = me.is_some() && !own;
                let takes = idea_state.is_some_and(IdeaState::takes_support);
                let withdrawable = idea_state.is_some_and(IdeaState::support_withdrawable);
                let zone: chrono_tz::Tz = idea.time_zone.parse().unwrap_or(chrono_tz::Europe::Berlin);
                let weekdays: Vec<String> =
                    idea.weekdays.split_whitespace().map(|day| lang.t(&format!("weekday-{day}"))).collect();
                let parts: Vec<String> =
                    idea.day_parts.split_whitespace().map(|part| lang.t(&format!("day-part-{part}"))).collect();
                let languages: Vec<String> =
                    idea.languages.split_whitespace().map(|code| spoken_language_label(lang, code)).collect();
                let when = weekdays.into_iter().chain(parts).collect::<Vec<_>>().join(", ");
                let author_may_withdraw =
                    own && matches!(idea_state, Some(IdeaState::Submitted | IdeaState::Published));
                view! {
                    <Title text=format!("{} – {}", idea.what, lang.t("site-name"))/>
                    <section class="idea-page">
                        <p class="idea-category"><span aria-hidden="true">{category_icon(&idea.category)}</span>" "
                            {Category::from_code(&idea.category).map(|category| category_label(lang, category))}</p>
                        <h1><bdi>{idea.what.clone()}</bdi></h1>
                        <FormAlert message=alert.map(|flag| lang.t(&format!("ideas-flag-{flag}"))) good=matches!(alert, Some("sent" | "supported" | "reported" | "withdrawn"))/>
                        <p class="hint">{author_line(lang, &idea)}" · "<a href=format!("/ideas/rounds/{}", idea.round_id)><bdi>{idea.question.clone()}</bdi></a></p>
                        <p>
                            <span class=format!("idea-state idea-state-{}", idea.state)>{lang.t(&format!("idea-state-{}", idea.state))}</span>
                            " · "{lang.t_with("idea-supports", &[("count", idea.all_supports().into())])}
                            " · "{lang.t_with("idea-planners", &[("count", idea.planners.into())])}
                        </p>
                        <dl class="facts">
                            {(!idea.for_whom.is_empty()).then(|| view! { <dt>{lang.t("idea-field-for-whom")}</dt><dd><bdi>{idea.for_whom.clone()}</bdi></dd> })}
                            {(!idea.place.is_empty()).then(|| view! { <dt>{lang.t("idea-field-place")}</dt><dd><bdi>{idea.place.clone()}</bdi></dd> })}
                            {(!when.is_empty()).then(|| view! { <dt>{lang.t("idea-field-when")}</dt><dd>{when.clone()}</dd> })}
                            {(!languages.is_empty()).then(|| view! { <dt>{lang.t("idea-field-languages")}</dt><dd>{languages.join(", ")}</dd> })}
                            {(!idea.would_work.is_empty()).then(|| view! { <dt>{lang.t("idea-would-work")}</dt><dd><bdi>{idea.would_work.clone()}</bdi></dd> })}
                            {idea.offer_id.zip(idea.offer_title.clone()).map(|(offer, title)| view! {
                                <dt>{lang.t("idea-became")}</dt><dd><a href=format!("/offers/{offer}")><bdi>{title}</bdi></a></dd>
                            })}
                            {idea.merged_into.map(|other| view! {
                                <dt>{lang.t("idea-merged-into")}</dt><dd><a href=format!("/ideas/{other}")>{format!("#{other}")}</a></dd>
                            })}
                        </dl>
                        {may_tap.then(|| view! {
                            <div class="actions">
                                {(takes && (!supported || withdrawable)).then(|| view! { <SupportButton id=idea.id kind="support" on=!supported/> })}
                                {(takes && (!planning || withdrawable)).then(|| view! { <SupportButton id=idea.id kind="plan" on=!planning/> })}
                            </div>
                            <p class="hint">{lang.t("idea-plan-hint")}</p>
                        })}
                        {author_may_withdraw.then(|| view! {
                            <form method="post" action=format!("/ideas/{}/withdraw", idea.id)>
                                <button type="submit" class="button button-quiet">{lang.t("idea-withdraw")}</button>
                            </form>
                        })}
                        <h2>{lang.t("idea-timeline")}</h2>
                        <ol class="timeline">
                            {events.into_iter().filter(|event| event.state != "submitted" || own).map(|event| {
                                let at = chrono::DateTime::from_timestamp(event.at, 0).map(|at| lang.long_date(&at.with_timezone(&zone))).unwrap_or_default();
                                view! {
                                    <li>
                                        <strong>{lang.t(&format!("idea-state-{}", event.state))}</strong>" · "{at}
                                        {(!event.reason.is_empty()).then(|| view! { <br/><bdi>{event.reason}</bdi> })}
                                    </li>
                                }
                            }).collect_view()}
                        </ol>
                        <form method="post" action=format!("/ideas/{}/report", idea.id) class="report-form">
                            <button type="submit" class="link-button">{lang.t("idea-report")}</button>
                        </form>
                    </section>
                }
                .into_any()
            }
            Ok(None) => view! { <NotFoundPage/> }.into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// The guided idea card: what, for whom, where, when, languages, category. Similar ideas of the
/// round are shown before it is sent (a first send finds them; a second sends anyway).
#[component]
pub fn IdeaNewPage() -> impl IntoView {
    let lang = use_lang();
    let actor = use_actor();
    let state = expect_context::<AppState>();
    let round_id = use_query_map().with_untracked(|query| query.get("round").and_then(|id| id.parse::<i64>().ok()));
    let token = draft_token();
    Suspend::new(async move {
        let people = actor.co_designers();
        let loaded = async {
            let (fields, errors) = young_draft(&state.db, token).await?;
            let round_id = round_id.or_else(|| fields.get("round_id").and_then(|id| id.parse().ok()));
            let round = match round_id {
                Some(id) => ideas::round(&mut *state.db.pool().acquire().await?, id).await?,
                None => None,
            };
            let me = match &round {
                Some(round) => member(&state.db, &people, Some(round.site_id)).await?,
                None => None,
            };
            let similar: Vec<i64> = fields
                .get("similar")
                .map(|ids| ids.split(' ').filter_map(|id| id.parse().ok()).collect())
                .unwrap_or_default();
            let similar_ideas = match round_id {
                Some(round_id) => {
                    let found =
                        ideas::of_round_among(&mut *state.db.pool().acquire().await?, round_id, &similar).await?;
                    // Only public ideas, whatever a draft says.
                    found
                        .into_iter()
                        .filter(|idea| {
                            idea.held == 0 && IdeaState::from_code(&idea.state).is_some_and(IdeaState::is_public)
                        })
                        .collect()
                }
                None => Vec::new(),
            };
            Ok::<_, sqlx::Error>((fields, errors, round, me, similar_ideas))
        };
        match loaded.await {
            Ok((_, _, None, ..)) => view! { <NotFoundPage/> }.into_any(),
            Ok((_, _, Some(round), None, _)) => view! {
                <Title text=format!("{} – {}", lang.t("idea-new"), lang.t("site-name"))/>
                <section class="form-page">
                    <h1>{lang.t("idea-new")}</h1>
                    <p><bdi>{round.question}</bdi></p>
                    <p>{lang.t("ideas-join-hint")}" "<a href="/join">{lang.t("join-title")}</a></p>
                </section>
            }
            .into_any(),
            Ok((fields, errors, Some(round), Some(_), similar)) => {
                let typed = Typed { lang, fields: &fields, errors: &errors };
                let categories: Vec<(String, String)> =
                    std::iter::once((String::new(), lang.t("idea-choose-category")))
                        .chain(Category::ALL.iter().map(|category| {
                            (
                                category.code().to_owned(),
                                format!("{} {}", category_icon(category.code()), category_label(lang, *category)),
                            )
                        }))
                        .collect();
                let ticked = |name: String| fields.contains_key(&name);
                let alert =
                    typed.error("form").or_else(|| (!errors.is_empty()).then(|| lang.t("offer-form-has-errors")));
                view! {
                    <Title text=format!("{} – {}", lang.t("idea-new"), lang.t("site-name"))/>
                    <section class="form-page">
                        <h1>{lang.t("idea-new")}</h1>
                        <p class="lead"><bdi>{round.question.clone()}</bdi></p>
                        <FormAlert message=alert/>
                        {(!similar.is_empty()).then(|| view! {
                            <div class="similar" role="note">
                                <h2>{lang.t("idea-similar-title")}</h2>
                                <p>{lang.t("idea-similar-intro")}</p>
                                <ul>
                                    {similar.into_iter().map(|idea| {
                                        let supports = lang.t_with("idea-supports", &[("count", idea.all_supports().into())]);
                                        view! {
                                            <li><a href=format!("/ideas/{}", idea.id)><bdi>{idea.what}</bdi></a>" · "{supports}</li>
                                        }
                                    }).collect_view()}
                                </ul>
                            </div>
                        })}
                        <form method="post" action="/ideas" class="stack idea-form">
                            <input type="hidden" name="round_id" value=round.id.to_string()/>
                            {fields.contains_key("similar").then(|| view! { <input type="hidden" name="seen_similar" value="1"/> })}
                            <TextArea name="what" label=lang.t("idea-field-what") value=typed.value("what") error=typed.error("what")
                                hint=Some(lang.t("idea-what-hint")) rows=3/>
                            <SelectField name="category" label=lang.t("idea-field-category") options=categories
                                selected=typed.value("category") error=typed.error("category")/>
                            <Field name="for_whom" label=lang.t("idea-field-for-whom") value=typed.value("for_whom")
                                error=typed.error("for_whom") required=false hint=Some(lang.t("idea-for-whom-hint"))/>
                            <Field name="place" label=lang.t("idea-field-place") value=typed.value("place")
                                error=typed.error("place") required=false/>
                            <fieldset class="choices">
                                <legend>{lang.t("idea-field-days")}</legend>
                                {(1..=7).map(|day| {
                                    let name = format!("weekday-{day}");
                                    view! {
                                        <label class="choice"><input type="checkbox" name=name.clone() checked=ticked(name)/>" "{lang.t(&format!("weekday-{day}"))}</label>
                                    }
                                }).collect_view()}
                            </fieldset>
                            <fieldset class="choices">
                                <legend>{lang.t("idea-field-parts")}</legend>
                                {DayPart::ALL.iter().map(|part| {
                                    let name = format!("part-{}", part.code());
                                    view! {
                                        <label class="choice"><input type="checkbox" name=name.clone() checked=ticked(name)/>" "{lang.t(&format!("day-part-{}", part.code()))}</label>
                                    }
                                }).collect_view()}
                            </fieldset>
                            <fieldset class="choices">
                                <legend>{lang.t("idea-field-languages")}</legend>
                                {SPOKEN_LANGUAGES.iter().map(|code| {
                                    let name = format!("language-{code}");
                                    view! {
                                        <label class="choice"><input type="checkbox" name=name.clone() checked=ticked(name)/>" "{spoken_language_label(lang, code)}</label>
                                    }
                                }).collect_view()}
                            </fieldset>
                            <p class="hint">{lang.t("idea-public-hint")}</p>
                            <button type="submit" class="button">{lang.t("idea-send")}</button>
                        </form>
                    </section>
                }
                .into_any()
            }
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// "Ihr habt gesagt – wir haben gemacht": every answered idea with its timeline, outcome and
/// reason, the offer it became, and the counters; for a site (`?site=`) or one round.
#[component]
pub fn DonePage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let slug = use_query_map().with_untracked(|query| query.get("site"));
    Suspend::new(async move {
        let site = match slug {
            Some(slug) => sites::find_by_slug(&state.db, &slug).await,
            None => Ok(None),
        };
        match site {
            Ok(site) => view! { <AnsweredIdeas site_id=site.map(|(id, _)| id) round=None/> }.into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// One round: its rules, its ideas, and what became of them.
#[component]
pub fn RoundPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let actor = use_actor();
    let id = use_params_map().with_untracked(|params| params.get("id").and_then(|id| id.parse::<i64>().ok()));
    Suspend::new(async move {
        let Some(id) = id else { return view! { <NotFoundPage/> }.into_any() };
        let people = actor.co_designers();
        let loaded = async {
            let round = ideas::round(&mut *state.db.pool().acquire().await?, id).await?;
            let me = match &round {
                Some(round) => member(&state.db, &people, Some(round.site_id)).await?,
                None => None,
            };
            Ok::<_, sqlx::Error>((round, me))
        };
        match loaded.await {
            Ok((Some(round), me)) => {
                view! { <AnsweredIdeas site_id=Some(round.site_id) round=Some((round, me.map(|me| me.participant_id)))/> }.into_any()
            }
            Ok((None, _)) => view! { <NotFoundPage/> }.into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

#[component]
fn AnsweredIdeas(site_id: Option<i64>, round: Option<(Round, Option<i64>)>) -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<AppState>();
    let round_id = round.as_ref().map(|(round, _)| round.id);
    Suspend::new(async move {
        let loaded = async {
            let answered = ideas::board(&state.db, Board::Answered { site_id, round_id }, 0).await?;
            let open = match round_id {
                Some(id) => ideas::board(&state.db, Board::Round(id), 0).await?,
                None => Vec::new(),
            };
            let ids: Vec<i64> = answered.iter().map(|idea| idea.id).collect();
            let events = ideas::events(&state.db, &ids).await?;
            let counters = ideas::counters(&state.db, site_id, round_id).await?;
            Ok::<_, sqlx::Error>((answered, open, events, counters))
        };
        match loaded.await {
            Ok((answered, open, events, counters)) => {
                let title = match &round {
                    Some((round, _)) => round.question.clone(),
                    None => lang.t("done-title"),
                };
                let open: Vec<Idea> =
                    open.into_iter().filter(|idea| !answered.iter().any(|done| done.id == idea.id)).collect();
                view! {
                    <Title text=format!("{title} – {}", lang.t("site-name"))/>
                    <section class="ideas-page">
                        <h1><bdi>{title}</bdi></h1>
                        {round.map(|(round, voter)| view! {
                            // The card's own heading is an h3: a heading of the rules keeps the order.
                            <h2>{lang.t("round-rules-title")}</h2>
                            <ul class="card-list"><RoundCard round=round.clone() can_propose=voter.is_some()/></ul>
                            <RoundVote round voter/>
                        })}
                        <p class="lead">{lang.t("done-intro")}</p>
                        <ul class="counters">
                            <li><strong>{counters.ideas}</strong>" "{lang.t_with("done-count-ideas", &[("count", counters.ideas.into())])}</li>
                            <li><strong>{counters.supports}</strong>" "{lang.t_with("done-count-supports", &[("count", counters.supports.into())])}</li>
                            <li><strong>{counters.offers}</strong>" "{lang.t_with("done-count-offers", &[("count", counters.offers.into())])}</li>
                        </ul>
                        {if answered.is_empty() { view! { <p>{lang.t("done-none")}</p> }.into_any() } else {
                            view! {
                                <ul class="card-list">
                                    {answered.into_iter().map(|idea| {
                                        let zone: chrono_tz::Tz = idea.time_zone.parse().unwrap_or(chrono_tz::Europe::Berlin);
                                        let steps: Vec<_> = events.iter().filter(|event| event.idea_id == idea.id && event.state != "submitted").cloned().collect();
                                        view! {
                                            <li class="card idea-card">
                                                <p class="idea-category"><span aria-hidden="true">{category_icon(&idea.category)}</span>" "
                                                    {Category::from_code(&idea.category).map(|category| category_label(lang, category))}</p>
                                                <h2 class="card-title"><a href=format!("/ideas/{}", idea.id)><bdi>{idea.what.clone()}</bdi></a></h2>
                                                <p class="hint">{author_line(lang, &idea)}" · "{lang.t_with("idea-supports", &[("count", idea.all_supports().into())])}</p>
                                                <p><span class=format!("idea-state idea-state-{}", idea.state)>{lang.t(&format!("idea-state-{}", idea.state))}</span></p>
                                                {(!idea.reason.is_empty()).then(|| view! { <p><bdi>{idea.reason.clone()}</bdi></p> })}
                                                {idea.offer_id.zip(idea.offer_title.clone()).map(|(offer, title)| view! {
                                                    <p>{lang.t("idea-became")}" "<a href=format!("/offers/{offer}")><bdi>{title}</bdi></a></p>
                                                })}
                                                <ol class="timeline">
                                                    {steps.into_iter().map(|event| {
                                                        let at = chrono::DateTime::from_timestamp(event.at, 0).map(|at| lang.long_date(&at.with_timezone(&zone))).unwrap_or_default();
                                                        view! { <li>{lang.t(&format!("idea-state-{}", event.state))}" · "{at}</li> }
                                                    }).collect_view()}
                                                </ol>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        {(!open.is_empty()).then(|| view! {
                            <h2>{lang.t("ideas-list")}</h2>
                            <ul class="card-list">
                                {open.into_iter().map(|idea| view! { <IdeaCard idea supported=false can_support=false/> }).collect_view()}
                            </ul>
                        })}
                    </section>
                }
                .into_any()
            }
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// A round's vote: a ballot for a confirmed member while it is open, the result after its last
/// day (counts stay hidden until then, and nobody ever sees who chose what).
#[component]
fn RoundVote(round: Round, voter: Option<i64>) -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<AppState>();
    let done = flag(&[
        "voted",
        "vote-already",
        "vote-not-confirmed",
        "vote-closed",
        "vote-empty",
        "vote-too-many",
        "vote-option",
    ]);
    let phase = vote_phase(round.vote_closes_at, chrono::Utc::now().timestamp());
    Suspend::new(async move {
        if phase == VotePhase::StaffDecide {
            return ().into_any();
        }
        let loaded = async {
            let ideas = ideas::vote_ideas(&state.db, round.id).await?;
            let standing = match voter {
                Some(id) => Some(votes::standing(&state.db, round.id, id).await?),
                None => None,
            };
            Ok::<_, sqlx::Error>((ideas, standing))
        };
        let (ideas, standing) = match loaded.await {
            Ok(loaded) => loaded,
            Err(error) => return view! { <LoadError error/> }.into_any(),
        };
        let last_day = round.vote_last_moment().map(|at| lang.long_date(&at)).unwrap_or_default();
        let alert = done.map(|done| lang.t(&format!("vote-flag-{}", done.trim_start_matches("vote-"))));
        let choices = round.vote_choices.unwrap_or(1);
        let body = if phase == VotePhase::Open {
            let ballot = match standing {
                None => view! { <p><a href="/join">{lang.t("vote-join-first")}</a></p> }.into_any(),
                Some(Standing { voted: true, .. }) => {
                    view! { <p>{lang.t_with("vote-done", &[("day", last_day.clone().into())])}</p> }.into_any()
                }
                Some(Standing { confirmed: false, .. }) => {
                    view! { <p>{lang.t("vote-flag-not-confirmed")}</p> }.into_any()
                }
                Some(_) if ideas.is_empty() => view! { <p>{lang.t("vote-no-options")}</p> }.into_any(),
                Some(_) => view! {
                    <form method="post" action=format!("/ideas/rounds/{}/vote", round.id) class="stack">
                        <fieldset class="choices">
                            <legend>{lang.t_with("vote-choose", &[("count", choices.into())])}</legend>
                            {ideas.iter().map(|idea| {
                                let id = format!("vote-idea-{}", idea.id);
                                view! {
                                    <div class="field-check">
                                        <input type="checkbox" id=id.clone() name=format!("idea-{}", idea.id)/>
                                        <label for=id><bdi>{idea.what.clone()}</bdi></label>
                                    </div>
                                }
                            }).collect_view()}
                        </fieldset>
                        <button type="submit" class="button">{lang.t("vote-submit")}</button>
                    </form>
                }
                .into_any(),
            };
            view! {
                <p>{lang.t_with("vote-intro", &[("count", choices.into()), ("day", last_day.into())])}</p>
                {ballot}
            }
            .into_any()
        } else {
            let counts: Vec<(i64, i64)> = ideas.iter().map(|idea| (idea.id, idea.votes)).collect();
            view! {
                <p>{lang.t_with("vote-result-intro", &[("count", round.ballots.into())])}</p>
                <ul class="plain-list vote-result">
                    {tally(&counts).into_iter().map(|place| {
                        let what = ideas.iter().find(|idea| idea.id == place.idea_id).map(|idea| idea.what.clone()).unwrap_or_default();
                        view! {
                            <li>
                                <strong>{place.rank}"."</strong>" "<a href=format!("/ideas/{}", place.idea_id)><bdi>{what}</bdi></a>
                                " · "{lang.t_with("vote-votes", &[("count", place.votes.into())])}
                                {place.tied.then(|| view! { " · "{lang.t("vote-tied")} })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any()
        };
        let title = if phase == VotePhase::Open { "vote-title" } else { "vote-result-title" };
        view! {
            <section class="vote" id="vote" aria-labelledby="vote-title">
                <h2 id="vote-title">{lang.t(title)}</h2>
                <FormAlert message=alert good=done == Some("voted")/>
                {body}
            </section>
        }
        .into_any()
    })
}
