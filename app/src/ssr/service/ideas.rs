//! The ideas loop: young people propose and support, moderators publish or take down, staff check
//! and answer. Every move is one write transaction with its timeline step, its audit entry and
//! the news to the idea's author and supporters, in their languages, through the outbox.

use sqlx::{AnyConnection, FromRow};

use crate::domain::co_design_form::{IdeaCard, Round, StaffDecision};
use crate::domain::idea::{
    IdeaState, MoveDetails, MoveError, Mover, RoundPhase, SupportKind, check_move, first_state, resumed_closing,
    round_phase,
};
use crate::i18n::Lang;
use crate::ssr::audit::{self, Entry};
use crate::ssr::db::ideas::{self, Follower};
use crate::ssr::db::{Db, WriteTx};
use crate::ssr::links::LinkKey;
use crate::ssr::outbox::{self, Email};
use crate::ssr::rate_limit::{self, Counted, Limit};

/// Ideas one young person may send in an hour: a workshop's worth, not a flood.
pub const IDEAS_PER_PERSON: Limit = Limit { max_hits: 10, window_seconds: 3600 };
/// Supports and reports per person or network in an hour.
pub const TAPS_PER_PERSON: Limit = Limit { max_hits: 200, window_seconds: 3600 };
pub const REPORTS_PER_NETWORK: Limit = Limit { max_hits: 30, window_seconds: 3600 };

/// A young person taking part: who, on which site, from which group (for "a young person from
/// the girls' group"), in which language.
#[derive(Debug, Clone, FromRow)]
pub struct Member {
    pub participant_id: i64,
    pub site_id: i64,
    pub group_label: String,
}

/// The first of `people` who takes part on `site_id` (on any site when None). The caller asks
/// the policy which of a session's people may take part (their own, not a parent's).
pub async fn member(db: &Db, people: &[i64], site_id: Option<i64>) -> sqlx::Result<Option<Member>> {
    let people = &people[..people.len().min(20)];
    if people.is_empty() {
        return Ok(None);
    }
    let sql = format!(
        "SELECT p.id AS participant_id, p.site_id, COALESCE(c.label, '') AS group_label
         FROM participants p LEFT JOIN join_codes c ON c.id = p.join_code_id
         WHERE p.id IN ({}) AND ($1 IS NULL OR p.site_id = $1) ORDER BY p.id LIMIT 1",
        crate::ssr::db::placeholders(2, people.len())
    );
    let query = sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(site_id);
    people.iter().fold(query, |query, id| query.bind(*id)).fetch_optional(db.pool()).await
}

/// `user_id`: the staff member (None: the demo loader).
pub async fn create_round(db: &Db, site_id: i64, round: &Round, user_id: Option<i64>, now: i64) -> sqlx::Result<i64> {
    let mut tx = db.write().await?;
    let (zone,): (String,) =
        sqlx::query_as("SELECT time_zone FROM sites WHERE id = $1").bind(site_id).fetch_one(&mut *tx).await?;
    let zone: chrono_tz::Tz = zone.parse().unwrap_or(chrono_tz::Europe::Berlin);
    // A round takes ideas all of its last day.
    let closes_at = round.closes_on.map(|day| crate::domain::schedule::day_end(zone, day));
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO idea_rounds (site_id, programme_id, question, decidable, budget, deciders, closes_at,
                                  post_moderated, response_days, created_by, created_at)
         VALUES ($1, (SELECT id FROM programmes WHERE id = $2 AND site_id = $1), $3, $4, $5, $6, $7, $8, $9, $10, $11)
         RETURNING id",
    )
    .bind(site_id)
    .bind(round.programme_id)
    .bind(&round.question)
    .bind(&round.decidable)
    .bind(&round.budget)
    .bind(&round.deciders)
    .bind(closes_at)
    .bind(i64::from(round.post_moderated))
    .bind(round.response_days)
    .bind(user_id)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    let entry = Entry { action: "idea-round-created", object_type: "idea_round", object_id: Some(id), detail: "" };
    audit::record(&mut tx, user_id, entry, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// Pauses a round of `site_id` (school holidays) or resumes it with the time it had left.
pub async fn pause_round(db: &Db, site_id: i64, id: i64, pause: bool, user_id: i64, now: i64) -> sqlx::Result<bool> {
    let mut tx = db.write().await?;
    let found: Option<(Option<i64>, Option<i64>)> =
        sqlx::query_as("SELECT closes_at, paused_at FROM idea_rounds WHERE id = $1 AND site_id = $2")
            .bind(id)
            .bind(site_id)
            .fetch_optional(&mut *tx)
            .await?;
    let Some((closes_at, paused_at)) = found else { return Ok(false) };
    let (closes_at, paused_at, action) = match (pause, paused_at) {
        (true, None) if round_phase(closes_at, None, now) == RoundPhase::Open => {
            (closes_at, Some(now), "idea-round-paused")
        }
        (false, Some(paused)) => (resumed_closing(closes_at, paused, now), None, "idea-round-resumed"),
        _ => return Ok(false),
    };
    sqlx::query("UPDATE idea_rounds SET closes_at = $1, paused_at = $2 WHERE id = $3")
        .bind(closes_at)
        .bind(paused_at)
        .bind(id)
        .execute(&mut *tx)
        .await?;
    audit::record(
        &mut tx,
        Some(user_id),
        Entry { action, object_type: "idea_round", object_id: Some(id), detail: "" },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

pub enum Submitted {
    Saved {
        id: i64,
        state: IdeaState,
    },
    /// The round does not take ideas now (closed, paused, another site's).
    RoundClosed,
    Limited,
}

/// A young person's idea, or one staff copy from a workshop's paper (`member` None, marked as on
/// paper, published at once: staff wrote it).
pub async fn submit(
    db: &Db,
    key: &LinkKey,
    by: Option<&Member>,
    card: &IdeaCard,
    lang: Lang,
    now: i64,
) -> sqlx::Result<Submitted> {
    let mut tx = db.write().await?;
    let Some(round) = ideas::round(&mut tx, card.round_id).await? else { return Ok(Submitted::RoundClosed) };
    let site_matches = by.is_none_or(|member| member.site_id == round.site_id);
    if !site_matches || round_phase(round.closes_at, round.paused_at, now) != RoundPhase::Open {
        return Ok(Submitted::RoundClosed);
    }
    if let Some(member) = by {
        let bucket = Counted::Link { what: "idea", address: &member.participant_id.to_string() }.bucket(key);
        if !rate_limit::hit_in(&mut tx, &bucket, IDEAS_PER_PERSON, now).await? {
            tx.commit().await?;
            return Ok(Submitted::Limited);
        }
    }
    let state = match by {
        Some(_) => first_state(round.post_moderated == 1, card.holds_contact_details),
        None => IdeaState::Published,
    };
    let published_at = (state == IdeaState::Published).then_some(now);
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO ideas (round_id, site_id, author_id, author_group, what, for_whom, place, weekdays, day_parts,
                            languages, category, state, held, on_paper, lang, submitted_at, published_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $16) RETURNING id",
    )
    .bind(round.id)
    .bind(round.site_id)
    .bind(by.map(|member| member.participant_id))
    .bind(by.map_or("", |member| member.group_label.as_str()))
    .bind(&card.what)
    .bind(&card.for_whom)
    .bind(&card.place)
    .bind(&card.weekdays)
    .bind(&card.day_parts)
    .bind(&card.languages)
    .bind(card.category.code())
    .bind(state.code())
    .bind(i64::from(card.holds_contact_details))
    .bind(i64::from(by.is_none()))
    .bind(lang.code())
    .bind(now)
    .bind(published_at)
    .fetch_one(&mut *tx)
    .await?;
    add_event(&mut tx, id, state, "", None, now).await?;
    tx.commit().await?;
    Ok(Submitted::Saved { id, state })
}

async fn add_event(
    tx: &mut AnyConnection,
    idea_id: i64,
    state: IdeaState,
    reason: &str,
    by_user: Option<i64>,
    now: i64,
) -> sqlx::Result<()> {
    sqlx::query("INSERT INTO idea_events (idea_id, state, reason, at, by_user) VALUES ($1, $2, $3, $4, $5)")
        .bind(idea_id)
        .bind(state.code())
        .bind(reason)
        .bind(now)
        .bind(by_user)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

#[derive(Debug, PartialEq, Eq)]
pub enum Supported {
    Done,
    /// Not (or no longer) possible in the idea's state, or not the member's site.
    NotNow,
    Limited,
}

/// "Find ich gut" or "Ich plane mit", or taking it back: once per person, kind and idea; the
/// counter on the idea moves with the row, in the same transaction.
pub async fn support(
    db: &Db,
    key: &LinkKey,
    member: &Member,
    (idea_id, kind): (i64, SupportKind),
    on: bool,
    now: i64,
) -> sqlx::Result<Supported> {
    let mut tx = db.write().await?;
    let Some(Current { state, site_id, author_id, held }) = idea_state(&mut tx, idea_id).await? else {
        return Ok(Supported::NotNow);
    };
    let allowed = if on { state.takes_support() } else { state.support_withdrawable() };
    if site_id != member.site_id || !allowed || held || author_id == Some(member.participant_id) {
        return Ok(Supported::NotNow);
    }
    let bucket = Counted::Link { what: "idea-tap", address: &member.participant_id.to_string() }.bucket(key);
    if !rate_limit::hit_in(&mut tx, &bucket, TAPS_PER_PERSON, now).await? {
        tx.commit().await?;
        return Ok(Supported::Limited);
    }
    let counter = match kind {
        SupportKind::Support => "supports",
        SupportKind::Plan => "planners",
    };
    let changed = if on {
        sqlx::query(
            "INSERT INTO idea_supports (idea_id, participant_id, kind, created_at) VALUES ($1, $2, $3, $4)
             ON CONFLICT DO NOTHING",
        )
        .bind(idea_id)
        .bind(member.participant_id)
        .bind(kind.code())
        .bind(now)
        .execute(&mut *tx)
        .await?
    } else {
        sqlx::query("DELETE FROM idea_supports WHERE idea_id = $1 AND participant_id = $2 AND kind = $3")
            .bind(idea_id)
            .bind(member.participant_id)
            .bind(kind.code())
            .execute(&mut *tx)
            .await?
    };
    if changed.rows_affected() == 1 {
        let step = if on { "+ 1" } else { "- 1" };
        let sql = format!("UPDATE ideas SET {counter} = {counter} {step} WHERE id = $1");
        sqlx::query(sqlx::AssertSqlSafe(sql)).bind(idea_id).execute(&mut *tx).await?;
    }
    tx.commit().await?;
    Ok(Supported::Done)
}

/// An idea as a move or a tap needs it: where it stands, whose site, whose idea, held or not.
struct Current {
    state: IdeaState,
    site_id: i64,
    author_id: Option<i64>,
    held: bool,
}

async fn idea_state(tx: &mut AnyConnection, idea_id: i64) -> sqlx::Result<Option<Current>> {
    let found: Option<(String, i64, Option<i64>, i64)> =
        sqlx::query_as("SELECT state, site_id, author_id, held FROM ideas WHERE id = $1")
            .bind(idea_id)
            .fetch_optional(&mut *tx)
            .await?;
    Ok(found.and_then(|(state, site_id, author_id, held)| {
        Some(Current { state: IdeaState::from_code(&state)?, site_id, author_id, held: held == 1 })
    }))
}

/// Supports collected on paper in a workshop, added by staff.
pub async fn add_paper_supports(
    db: &Db,
    site_id: i64,
    idea_id: i64,
    count: i64,
    user_id: i64,
    now: i64,
) -> sqlx::Result<bool> {
    let mut tx = db.write().await?;
    let added = sqlx::query(
        "UPDATE ideas SET paper_supports = paper_supports + $1, updated_at = $2
         WHERE id = $3 AND site_id = $4 AND state IN ('published', 'checking', 'feasible', 'feasible-if', 'planning')",
    )
    .bind(count)
    .bind(now)
    .bind(idea_id)
    .bind(site_id)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if added {
        let detail = count.to_string();
        let entry =
            Entry { action: "idea-paper-supports", object_type: "idea", object_id: Some(idea_id), detail: &detail };
        audit::record(&mut tx, Some(user_id), entry, now).await?;
    }
    tx.commit().await?;
    Ok(added)
}

#[derive(Debug, PartialEq, Eq)]
pub enum Moved {
    Done,
    NotFound,
    Refused(MoveError),
}

/// Where the news of a move links to.
pub struct NewsLinks<'a> {
    pub public_url: &'a str,
}

/// A staff member's move of an idea of `site_id`: moderation (publish, take down), the staff
/// check, planning, the offer it became. Checked against the lifecycle; audited; the author and
/// supporters hear of it in their languages.
pub async fn decide(
    db: &Db,
    news: NewsLinks<'_>,
    (site_id, user_id): (i64, Option<i64>),
    idea_id: i64,
    decision: &StaffDecision,
    now: i64,
) -> sqlx::Result<Moved> {
    let mut tx = db.write().await?;
    let Some(Current { state: from, site_id: idea_site, .. }) = idea_state(&mut tx, idea_id).await? else {
        return Ok(Moved::NotFound);
    };
    if idea_site != site_id {
        return Ok(Moved::NotFound);
    }
    if decision.to == from {
        let kept = keep_after_report(&mut tx, (idea_id, from), user_id, now).await?;
        tx.commit().await?;
        return Ok(if kept { Moved::Done } else { Moved::Refused(MoveError::NotAllowed) });
    }
    let mut details = decision.details.clone();
    if let Some(target) = details.merged_into {
        // Only into a public idea of the same site.
        let found: Option<(i64,)> = sqlx::query_as(
            "SELECT id FROM ideas WHERE id = $1 AND site_id = $2 AND id <> $3 AND state NOT IN ('submitted', 'withdrawn', 'removed', 'merged')",
        )
        .bind(target)
        .bind(site_id)
        .bind(idea_id)
        .fetch_optional(&mut *tx)
        .await?;
        details.merged_into = found.map(|(id,)| id);
    }
    if let Some(offer) = details.offer_id {
        let found: Option<(i64,)> = sqlx::query_as("SELECT id FROM offers WHERE id = $1 AND site_id = $2")
            .bind(offer)
            .bind(site_id)
            .fetch_optional(&mut *tx)
            .await?;
        details.offer_id = found.map(|(id,)| id);
    }
    if let Err(error) = check_move(from, decision.to, Mover::Staff, &details) {
        return Ok(Moved::Refused(error));
    }
    let checks = matches!(
        decision.to,
        IdeaState::Feasible | IdeaState::FeasibleIf | IdeaState::NotFeasible | IdeaState::Parked | IdeaState::Merged
    );
    let criteria: Vec<&str> = decision.problems.iter().map(|criterion| criterion.code()).collect();
    let moved = sqlx::query(
        "UPDATE ideas SET state = $1, reason = $2, held = 0,
                published_at = CASE WHEN $1 = 'published' THEN $3 ELSE published_at END,
                checked_at = CASE WHEN $4 = 1 THEN $3 ELSE checked_at END,
                would_work = CASE WHEN $4 = 1 THEN $5 ELSE would_work END,
                criteria = CASE WHEN $4 = 1 THEN $6 ELSE criteria END,
                staff_notes = CASE WHEN $7 = '' THEN staff_notes ELSE $7 END,
                revisit_on = $8, merged_into = $9, offer_id = COALESCE($10, offer_id), updated_at = $3
         WHERE id = $11 AND state = $12",
    )
    .bind(decision.to.code())
    .bind(&details.reason)
    .bind(now)
    .bind(i64::from(checks))
    .bind(&decision.would_work)
    .bind(criteria.join(" "))
    .bind(&decision.staff_notes)
    .bind(details.revisit_on.as_deref().filter(|_| decision.to == IdeaState::Parked))
    .bind(details.merged_into.filter(|_| decision.to == IdeaState::Merged))
    .bind(details.offer_id)
    .bind(idea_id)
    .bind(from.code())
    .execute(&mut *tx)
    .await?;
    // Checked against the state it was read in: on PostgreSQL another move may have come between.
    if moved.rows_affected() == 0 {
        return Ok(Moved::Refused(MoveError::NotAllowed));
    }
    add_event(&mut tx, idea_id, decision.to, &details.reason, user_id, now).await?;
    let detail = format!("{} -> {}", from.code(), decision.to.code());
    let entry = Entry { action: "idea-moved", object_type: "idea", object_id: Some(idea_id), detail: &detail };
    audit::record(&mut tx, user_id, entry, now).await?;
    tell_followers(&mut tx, news, idea_id, (decision.to, &details), now).await?;
    tx.commit().await?;
    Ok(Moved::Done)
}

/// A moderator looked at a held or reported idea and keeps it as it is: back on the board.
/// Only a public idea, so that this never publishes what nobody moderated.
async fn keep_after_report(
    tx: &mut AnyConnection,
    (idea_id, state): (i64, IdeaState),
    user_id: Option<i64>,
    now: i64,
) -> sqlx::Result<bool> {
    if !state.is_public() {
        return Ok(false);
    }
    let kept = sqlx::query("UPDATE ideas SET held = 0, updated_at = $1 WHERE id = $2 AND held = 1 AND state = $3")
        .bind(now)
        .bind(idea_id)
        .bind(state.code())
        .execute(&mut *tx)
        .await?
        .rows_affected()
        == 1;
    if kept {
        let entry =
            Entry { action: "idea-report-dismissed", object_type: "idea", object_id: Some(idea_id), detail: "" };
        audit::record(tx, user_id, entry, now).await?;
    }
    Ok(kept)
}

/// The author takes back an idea nobody has checked yet.
pub async fn withdraw(db: &Db, member: &Member, idea_id: i64, now: i64) -> sqlx::Result<Moved> {
    let mut tx: WriteTx = db.write().await?;
    let Some(Current { state: from, author_id: author, .. }) = idea_state(&mut tx, idea_id).await? else {
        return Ok(Moved::NotFound);
    };
    if author != Some(member.participant_id) {
        return Ok(Moved::NotFound);
    }
    if let Err(error) = check_move(from, IdeaState::Withdrawn, Mover::Author, &MoveDetails::default()) {
        return Ok(Moved::Refused(error));
    }
    sqlx::query("UPDATE ideas SET state = 'withdrawn', updated_at = $1 WHERE id = $2")
        .bind(now)
        .bind(idea_id)
        .execute(&mut *tx)
        .await?;
    add_event(&mut tx, idea_id, IdeaState::Withdrawn, "", None, now).await?;
    tx.commit().await?;
    Ok(Moved::Done)
}

/// Anybody may report a public idea: it goes back to the moderators' queue (and off the board)
/// until one of them publishes it again or takes it down.
pub async fn report(db: &Db, key: &LinkKey, idea_id: i64, network: &str, now: i64) -> sqlx::Result<Supported> {
    let bucket = Counted::Network { what: "idea-report", network }.bucket(key);
    if !rate_limit::hit(db, &bucket, REPORTS_PER_NETWORK, now).await? {
        return Ok(Supported::Limited);
    }
    let mut tx = db.write().await?;
    let reported = sqlx::query(
        "UPDATE ideas SET reports = reports + 1, held = 1, updated_at = $1
         WHERE id = $2 AND state NOT IN ('submitted', 'withdrawn', 'removed')",
    )
    .bind(now)
    .bind(idea_id)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if reported {
        let entry = Entry { action: "idea-reported", object_type: "idea", object_id: Some(idea_id), detail: "" };
        audit::record(&mut tx, None, entry, now).await?;
    }
    tx.commit().await?;
    Ok(if reported { Supported::Done } else { Supported::NotNow })
}

/// Tells the author and everyone who supports the idea what happened to it, each in their own
/// language: by email where they gave an address, on their "my" page always.
async fn tell_followers(
    tx: &mut AnyConnection,
    news: NewsLinks<'_>,
    idea_id: i64,
    (state, details): (IdeaState, &MoveDetails),
    now: i64,
) -> sqlx::Result<()> {
    let (what, site_id): (String, i64) =
        sqlx::query_as("SELECT what, site_id FROM ideas WHERE id = $1").bind(idea_id).fetch_one(&mut *tx).await?;
    let followers = ideas::followers(tx, idea_id).await?;
    let link = format!("{}/ideas/{idea_id}", news.public_url);
    for Follower { participant_id, email, lang } in followers {
        let lang = Lang::from_code(&lang).unwrap_or_default();
        let short: String = what.chars().take(80).collect();
        let args = [
            ("idea", lang.isolate(&short).into()),
            ("state", lang.t(&format!("idea-state-{}", state.code())).into()),
            ("reason", details.reason.clone().into()),
            ("link", link.clone().into()),
        ];
        let body_key = if details.reason.is_empty() { "mail-idea-news-body" } else { "mail-idea-news-reason-body" };
        let email = Email {
            kind: "mail-idea-news",
            recipient: email.unwrap_or_default(),
            lang,
            subject: lang.t_with("mail-idea-news-subject", &args),
            body_text: lang.t_with(body_key, &args),
            calendar: None,
            site_id: Some(site_id),
            links: Vec::new(),
            participant_id: Some(participant_id),
        };
        outbox::enqueue(tx, &email, now).await?;
    }
    Ok(())
}

/// Whether staff owe `idea` an answer past its round's response target (`rounds`: the site's).
pub fn late(idea: &ideas::Idea, rounds: &[ideas::Round], now: i64) -> bool {
    let days = rounds.iter().find(|round| round.id == idea.round_id).map_or(14, |round| round.response_days);
    IdeaState::from_code(&idea.state)
        .is_some_and(|state| crate::domain::idea::overdue(state, idea.published_at, days, now))
}

/// What waits for a site's staff: ideas to moderate or answer, and how many of them are late.
pub async fn waiting(db: &Db, site_id: i64, now: i64) -> sqlx::Result<(usize, usize)> {
    let rounds = ideas::rounds(db, Some(site_id)).await?;
    let queue = ideas::staff_queue(db, site_id).await?;
    Ok((queue.len(), queue.iter().filter(|idea| late(idea, &rounds, now)).count()))
}

/// A message shown on a young person's "my" page.
#[derive(Debug, Clone, FromRow)]
pub struct Notice {
    /// The zone of the site the message speaks for (None: a message of the server's own).
    pub time_zone: Option<String>,
    pub subject: String,
    pub body_text: String,
    pub links: String,
    pub created_at: i64,
}

/// The latest messages to the people a session opened: the news of their ideas, and what was
/// not mailed for want of an address. Never a message to someone else about them (a parent's
/// consent request holds the parent's link).
pub async fn notices(db: &Db, people: &[i64]) -> sqlx::Result<Vec<Notice>> {
    let people = &people[..people.len().min(20)];
    if people.is_empty() {
        return Ok(Vec::new());
    }
    let list = crate::ssr::db::placeholders(1, people.len());
    let sql = format!(
        "SELECT s.time_zone, o.subject, o.body_text, o.links, o.created_at
         FROM outbox o LEFT JOIN sites s ON s.id = o.site_id
         WHERE o.participant_id IN ({list})
            OR (o.recipient = '' AND o.registration_id IN (SELECT id FROM registrations WHERE participant_id IN ({list})))
         ORDER BY o.id DESC LIMIT 20"
    );
    let query = sqlx::query_as(sqlx::AssertSqlSafe(sql));
    people.iter().fold(query, |query, id| query.bind(*id)).fetch_all(db.pool()).await
}
