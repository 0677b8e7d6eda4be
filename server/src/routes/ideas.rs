//! Co-design's form posts: joining with a code, ideas, support, reports; and for staff rounds,
//! join codes, moderation and the staff check. Who a young person is comes from their session
//! (magic link or join code), never from what a form says.

use app::domain::co_design_form::{
    IdeaCard, validate_decision, validate_idea, validate_join, validate_round, validate_vote_opening,
};
use app::domain::idea::{SupportKind, similar};
use app::domain::offer::SPOKEN_LANGUAGES;
use app::domain::offer_form::{Errors, Fields};
use app::domain::policy::{Action, Actor};
use app::i18n::Lang;
use app::ssr::auth::{self, SESSION_COOKIE};
use app::ssr::db::ideas as stored;
use app::ssr::drafts;
use app::ssr::http::{request_lang, set_cookie};
use app::ssr::service::ideas::{self as service, Member, Moved, NewsLinks, Submitted, Supported};
use app::ssr::service::joining::{self, Joined, NewCode, Reentered};
use app::ssr::service::votes::{self, Cast};
use app::ssr::state::AppState;
use axum::Extension;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect};
use chrono::Datelike;

use super::account::redirect;
use super::{Answer, HandlerError, back_to_form, now, permit};
use crate::forms::CleanForm;
use crate::proxy::ClientIp;

fn languages() -> Vec<&'static str> {
    Lang::ALL.iter().map(|lang| lang.code()).collect()
}

fn refused(field: &str, key: &str) -> Errors {
    Errors::from([(field.to_owned(), key.to_owned())])
}

/// Joining with a code: a nickname participant and a session on this phone; the re-entry code
/// goes to the welcome page once, as a draft only this redirect can open.
pub async fn join(
    State(state): State<AppState>,
    Extension(client): Extension<ClientIp>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let this_year = i64::from(chrono::Utc::now().year());
    let joining = match validate_join(&fields, this_year, &languages()) {
        Ok(joining) => joining,
        Err(errors) => return back_to_form(&state, None, ("/join", "join"), &fields, &errors).await,
    };
    let network = client.network(&state.links);
    match joining::join(&state.db, &state.links, &joining, &network, now()).await? {
        Joined::Welcome { session, reentry } => {
            let shown = Fields::from([("reentry".to_owned(), reentry)]);
            let token = drafts::save(&state.db, None, &shown, &Errors::new(), now()).await?;
            let cookie =
                set_cookie(SESSION_COOKIE, &session.token, auth::PARTICIPANT_SESSION_SECONDS, state.secure_cookies());
            let lang = set_cookie("lang", &joining.lang, 365 * 24 * 3600, state.secure_cookies());
            Ok(redirect(&format!("/join/welcome?draft={token}"), [cookie, lang]))
        }
        Joined::CodeNotValid => {
            back_to_form(&state, None, ("/join", "join"), &fields, &refused("code", "join-error-code-not-valid")).await
        }
        Joined::Limited => {
            back_to_form(&state, None, ("/join", "join"), &fields, &refused("form", "too-many-attempts")).await
        }
    }
}

#[derive(serde::Deserialize)]
pub struct ReentryForm {
    reentry: String,
}

pub async fn join_again(
    State(state): State<AppState>,
    Extension(client): Extension<ClientIp>,
    CleanForm(form): CleanForm<ReentryForm>,
) -> Answer {
    let network = client.network(&state.links);
    match joining::reenter(&state.db, &state.links, &form.reentry, &network, now()).await? {
        Reentered::Welcome(session) => {
            let cookie =
                set_cookie(SESSION_COOKIE, &session.token, auth::PARTICIPANT_SESSION_SECONDS, state.secure_cookies());
            Ok(redirect("/ideas", [cookie]))
        }
        Reentered::Unknown => Ok(Redirect::to("/join?unknown").into_response()),
        Reentered::Limited => Ok(Redirect::to("/join?limited").into_response()),
    }
}

/// The young person the session stands for on `site_id` (None: on any site), or why not.
async fn member_of(state: &AppState, actor: &Actor, site_id: Option<i64>) -> Result<Member, HandlerError> {
    if *actor == Actor::Anonymous {
        return Err(HandlerError::answer(Redirect::to("/join").into_response()));
    }
    service::member(&state.db, &actor.co_designers(), site_id).await?.ok_or(HandlerError::Forbidden)
}

/// A young person's idea card. A first send that finds similar ideas in the round comes back to
/// the form with them; sending again sends it.
pub async fn submit(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    headers: HeaderMap,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let form_page = format!("/ideas/new?round={}", fields.get("round_id").map_or("", String::as_str));
    // Which ideas are "similar" is the server's to say: a posted list would show any idea's text.
    let mut fields = fields;
    fields.remove("similar");
    let card = match validate_idea(&fields, SPOKEN_LANGUAGES) {
        Ok(card) => card,
        Err(errors) => return back_to_form(&state, None, (&form_page, ""), &fields, &errors).await,
    };
    let round =
        stored::round(&mut *state.db.pool().acquire().await?, card.round_id).await?.ok_or(HandlerError::NotFound)?;
    let member = member_of(&state, &actor, Some(round.site_id)).await?;
    if !fields.contains_key("seen_similar") {
        let similar_ids = similar_ideas(&state, &card).await?;
        if !similar_ids.is_empty() {
            let mut shown = fields.clone();
            shown.insert("similar".to_owned(), similar_ids);
            return back_to_form(&state, None, (&form_page, ""), &shown, &Errors::new()).await;
        }
    }
    match service::submit(&state.db, &state.links, Some(&member), &card, request_lang(&headers), now()).await? {
        Submitted::Saved { id, state: idea_state } => {
            let flag = if idea_state.is_public() { "sent" } else { "held" };
            Ok(Redirect::to(&format!("/ideas/{id}?{flag}")).into_response())
        }
        Submitted::RoundClosed => {
            back_to_form(&state, None, (&form_page, ""), &fields, &refused("form", "idea-error-round-closed")).await
        }
        Submitted::Limited => {
            back_to_form(&state, None, (&form_page, ""), &fields, &refused("form", "too-many-attempts")).await
        }
    }
}

async fn similar_ideas(state: &AppState, card: &IdeaCard) -> sqlx::Result<String> {
    let texts = stored::texts_of_round(&state.db, card.round_id).await?;
    let found: Vec<String> =
        texts.into_iter().filter(|(_, what)| similar(what, &card.what)).take(5).map(|(id, _)| id.to_string()).collect();
    Ok(found.join(" "))
}

#[derive(serde::Deserialize)]
pub struct SupportForm {
    kind: String,
    /// Present when the tap takes the support back.
    off: Option<String>,
}

pub async fn support(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
    CleanForm(form): CleanForm<SupportForm>,
) -> Answer {
    let site_id =
        stored::idea(&mut *state.db.pool().acquire().await?, id).await?.ok_or(HandlerError::NotFound)?.site_id;
    let member = member_of(&state, &actor, Some(site_id)).await?;
    let kind = SupportKind::from_code(&form.kind).ok_or(HandlerError::NotFound)?;
    let flag = match service::support(&state.db, &state.links, &member, (id, kind), form.off.is_none(), now()).await? {
        Supported::Done => "supported",
        Supported::NotNow => "not-now",
        Supported::Limited => "limited",
    };
    Ok(Redirect::to(&format!("/ideas/{id}?{flag}")).into_response())
}

pub async fn withdraw(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
) -> Answer {
    let member = member_of(&state, &actor, None).await?;
    let flag = match service::withdraw(&state.db, &member, id, now()).await? {
        Moved::Done => "withdrawn",
        // Someone else's idea: nothing to take back.
        Moved::NotFound | Moved::Refused(_) => "not-now",
    };
    Ok(Redirect::to(&format!("/ideas/{id}?{flag}")).into_response())
}

/// Anyone may report a public text; it leaves the board until a moderator has looked.
pub async fn report(
    State(state): State<AppState>,
    Extension(client): Extension<ClientIp>,
    Path(id): Path<i64>,
) -> Answer {
    let network = client.network(&state.links);
    let flag = match service::report(&state.db, &state.links, id, &network, now()).await? {
        Supported::Done => "reported",
        Supported::NotNow => return Err(HandlerError::NotFound),
        Supported::Limited => "limited",
    };
    Ok(Redirect::to(&format!("/ideas?{flag}")).into_response())
}

/// The site of the staff member (an admin names it in the form).
async fn staff_site(state: &AppState, actor: &Actor, fields: &Fields) -> Result<i64, HandlerError> {
    match actor {
        Actor::Staff { site_id, .. } => Ok(*site_id),
        Actor::Anonymous => Err(HandlerError::SignIn),
        Actor::Admin { .. } => match fields.get("site_id").and_then(|id| id.parse().ok()) {
            Some(site_id) if app::ssr::db::sites::exists(&state.db, site_id).await? => Ok(site_id),
            _ => Err(HandlerError::NotFound),
        },
        _ => Err(HandlerError::Forbidden),
    }
}

pub async fn create_round(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let site_id = staff_site(&state, &actor, &fields).await?;
    let user_id = permit(&actor, Action::ManageCoDesign { site_id })?;
    let zone = app::ssr::db::sites::time_zone(&state.db, site_id).await?;
    let today = chrono::Utc::now().with_timezone(&zone).date_naive();
    match validate_round(&fields, today) {
        Ok(round) => {
            service::create_round(&state.db, site_id, &round, Some(user_id), now()).await?;
            Ok(Redirect::to("/staff/ideas?saved").into_response())
        }
        Err(errors) => back_to_form(&state, Some(user_id), ("/staff/ideas", ""), &fields, &errors).await,
    }
}

async fn round_site(state: &AppState, id: i64) -> Result<i64, HandlerError> {
    Ok(stored::round(&mut *state.db.pool().acquire().await?, id).await?.ok_or(HandlerError::NotFound)?.site_id)
}

pub async fn pause_round(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
) -> Answer {
    pause_or_resume(&state, &actor, id, true).await
}

pub async fn resume_round(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
) -> Answer {
    pause_or_resume(&state, &actor, id, false).await
}

async fn pause_or_resume(state: &AppState, actor: &Actor, id: i64, pause: bool) -> Answer {
    let site_id = round_site(state, id).await?;
    let user_id = permit(actor, Action::ManageCoDesign { site_id })?;
    service::pause_round(&state.db, site_id, id, pause, user_id, now()).await?;
    Ok(Redirect::to(if pause { "/staff/ideas?paused" } else { "/staff/ideas?resumed" }).into_response())
}

/// Staff open a round's vote among its feasible ideas.
pub async fn open_vote(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let site_id = round_site(&state, id).await?;
    let user_id = permit(&actor, Action::ManageCoDesign { site_id })?;
    let zone = app::ssr::db::sites::time_zone(&state.db, site_id).await?;
    let today = chrono::Utc::now().with_timezone(&zone).date_naive();
    let (choices, last_day) = match validate_vote_opening(&fields, today) {
        Ok(opening) => opening,
        Err(errors) => {
            return back_to_form(&state, Some(user_id), ("/staff/ideas", &format!("round-{id}")), &fields, &errors)
                .await;
        }
    };
    let closes_at = app::domain::schedule::day_end(zone, last_day);
    let flag = if votes::open(&state.db, site_id, id, (choices, closes_at), Some(user_id), now()).await? {
        "vote-opened"
    } else {
        "not-found"
    };
    Ok(Redirect::to(&format!("/staff/ideas?{flag}")).into_response())
}

/// A young person's ballot: the ticked ideas (`idea-{id}`), counted once and secretly.
pub async fn vote(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let site_id = round_site(&state, id).await?;
    let member = member_of(&state, &actor, Some(site_id)).await?;
    let ticked: Vec<i64> = fields
        .iter()
        .filter(|(_, value)| value.as_str() == "on")
        .filter_map(|(name, _)| name.strip_prefix("idea-")?.parse().ok())
        .collect();
    let flag = match votes::cast(&state.db, &member, id, &ticked, now()).await? {
        Cast::Counted => "voted",
        Cast::Already => "vote-already",
        Cast::NotConfirmed => "vote-not-confirmed",
        Cast::NotOpen => "vote-closed",
        Cast::Refused(error) => error.flag(),
    };
    Ok(Redirect::to(&format!("/ideas/rounds/{id}?{flag}#vote")).into_response())
}

async fn idea_site(state: &AppState, id: i64) -> Result<i64, HandlerError> {
    Ok(stored::idea(&mut *state.db.pool().acquire().await?, id).await?.ok_or(HandlerError::NotFound)?.site_id)
}

/// A moderator's or the staff check's move; a refused move comes back with the typed text.
pub async fn decide(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let site_id = idea_site(&state, id).await?;
    let user_id = permit(&actor, Action::ManageCoDesign { site_id })?;
    let anchor = format!("idea-{id}");
    let decision = match validate_decision(&fields) {
        Ok(decision) => decision,
        Err(errors) => return back_to_form(&state, Some(user_id), ("/staff/ideas", &anchor), &fields, &errors).await,
    };
    let news = NewsLinks { public_url: &state.public_url };
    match service::decide(&state.db, news, (site_id, Some(user_id)), id, &decision, now()).await? {
        Moved::Done => Ok(Redirect::to("/staff/ideas?moved").into_response()),
        Moved::NotFound => Ok(Redirect::to("/staff/ideas?not-found").into_response()),
        Moved::Refused(error) => {
            back_to_form(
                &state,
                Some(user_id),
                ("/staff/ideas", &anchor),
                &fields,
                &refused(error.field(), error.key()),
            )
            .await
        }
    }
}

/// Supports collected on paper in a workshop; a count that is no number from 1 to 500 comes back
/// to the idea's form with what was typed.
pub async fn paper_supports(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let site_id = idea_site(&state, id).await?;
    let user_id = permit(&actor, Action::ManageCoDesign { site_id })?;
    let typed = fields.get("count").map_or("", |count| count.trim());
    let Some(count) = typed.parse::<i64>().ok().filter(|count| (1..=500).contains(count)) else {
        let mut fields = fields.clone();
        fields.insert("idea".to_owned(), id.to_string());
        let errors = refused("count", "co-design-error-paper-count");
        return back_to_form(&state, Some(user_id), ("/staff/ideas", &format!("idea-{id}")), &fields, &errors).await;
    };
    service::add_paper_supports(&state.db, site_id, id, count, user_id, now()).await?;
    Ok(Redirect::to("/staff/ideas?paper-saved").into_response())
}

/// An idea from a workshop's paper: published at once, marked as on paper.
pub async fn paper_idea(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    headers: HeaderMap,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let site_id = staff_site(&state, &actor, &fields).await?;
    let user_id = permit(&actor, Action::ManageCoDesign { site_id })?;
    let card = match validate_idea(&fields, SPOKEN_LANGUAGES) {
        Ok(card) => card,
        Err(errors) => return back_to_form(&state, Some(user_id), ("/staff/ideas", ""), &fields, &errors).await,
    };
    if round_site(&state, card.round_id).await? != site_id {
        return Err(HandlerError::Forbidden);
    }
    match service::submit(&state.db, &state.links, None, &card, request_lang(&headers), now()).await? {
        Submitted::Saved { .. } => Ok(Redirect::to("/staff/ideas?paper-saved").into_response()),
        Submitted::RoundClosed | Submitted::Limited => {
            back_to_form(
                &state,
                Some(user_id),
                ("/staff/ideas", ""),
                &fields,
                &refused("form", "idea-error-round-closed"),
            )
            .await
        }
    }
}

pub async fn create_code(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let site_id = staff_site(&state, &actor, &fields).await?;
    let user_id = permit(&actor, Action::ManageCoDesign { site_id })?;
    let zone = app::ssr::db::sites::time_zone(&state.db, site_id).await?;
    let today = chrono::Utc::now().with_timezone(&zone).date_naive();
    let mut errors = Errors::new();
    let label = fields.get("label").map_or("", |label| label.trim());
    if label.is_empty() || label.chars().count() > 80 {
        errors.insert("label".to_owned(), "form-error-missing".to_owned());
    }
    let max_joins =
        fields.get("max_joins").and_then(|max| max.trim().parse::<i64>().ok()).filter(|max| (1..=500).contains(max));
    if max_joins.is_none() {
        errors.insert("max_joins".to_owned(), "co-design-error-max".to_owned());
    }
    let until = fields
        .get("valid_until")
        .and_then(|day| chrono::NaiveDate::parse_from_str(day.trim(), "%Y-%m-%d").ok())
        .filter(|day| *day >= today && *day <= today + chrono::Days::new(366));
    if until.is_none() {
        errors.insert("valid_until".to_owned(), "co-design-error-until".to_owned());
    }
    let (Some(max_joins), Some(until), true) = (max_joins, until, errors.is_empty()) else {
        return back_to_form(&state, Some(user_id), ("/staff/ideas", ""), &fields, &errors).await;
    };
    let valid_until = app::domain::schedule::day_end(zone, until);
    joining::create_code(&state.db, NewCode { site_id, label, max_joins, valid_until }, Some(user_id), now()).await?;
    Ok(Redirect::to("/staff/ideas?code-made").into_response())
}

#[derive(serde::Deserialize)]
pub struct ConfirmForm {
    /// One person; without it, everyone who joined with the code.
    participant_id: Option<i64>,
}

/// Staff confirm who belongs to the group a code was made for.
pub async fn confirm_joins(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
    CleanForm(form): CleanForm<ConfirmForm>,
) -> Answer {
    let site_id = joining::site_of_code(&state.db, id).await?.ok_or(HandlerError::NotFound)?;
    let user_id = permit(&actor, Action::ManageCoDesign { site_id })?;
    joining::confirm(&state.db, (site_id, id), form.participant_id, Some(user_id), now()).await?;
    Ok(Redirect::to(&format!("/staff/join-codes/{id}?confirmed")).into_response())
}

pub async fn revoke_code(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
) -> Answer {
    let site_id = joining::site_of_code(&state.db, id).await?.ok_or(HandlerError::NotFound)?;
    let user_id = permit(&actor, Action::ManageCoDesign { site_id })?;
    joining::revoke_code(&state.db, site_id, id, user_id, now()).await?;
    Ok(Redirect::to("/staff/ideas?revoked").into_response())
}
