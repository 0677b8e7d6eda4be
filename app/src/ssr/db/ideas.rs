//! Idea rounds, ideas, supports and their timeline. Every list is one bounded query, whatever the
//! number of ideas or supports: counters live on the idea's row.

use sqlx::{AnyConnection, FromRow};

use crate::ssr::db::{Db, placeholders};

/// The most ideas one page lists.
pub const PAGE_SIZE: i64 = 50;

#[derive(Debug, Clone, FromRow)]
pub struct Round {
    pub id: i64,
    pub site_id: i64,
    pub programme_id: Option<i64>,
    pub programme: Option<String>,
    pub question: String,
    pub decidable: String,
    pub budget: String,
    pub deciders: String,
    pub closes_at: Option<i64>,
    pub paused_at: Option<i64>,
    pub post_moderated: i64,
    pub response_days: i64,
    /// Set when staff opened a vote: how many ideas each may choose, and until when.
    pub vote_choices: Option<i64>,
    pub vote_closes_at: Option<i64>,
    pub ballots: i64,
    pub time_zone: String,
    pub ideas: i64,
}

impl Round {
    /// The last moment of its vote in the site's zone: the vote closes when that day ends.
    pub fn vote_last_moment(&self) -> Option<chrono::DateTime<chrono_tz::Tz>> {
        let zone = crate::domain::schedule::zone(&self.time_zone);
        self.vote_closes_at.and_then(|at| chrono::DateTime::from_timestamp(at - 1, 0)).map(|at| at.with_timezone(&zone))
    }
}

const ROUND_COLUMNS: &str = "r.id, r.site_id, r.programme_id, p.title AS programme, r.question, r.decidable, r.budget,
    r.deciders, r.closes_at, r.paused_at, r.post_moderated, r.response_days, r.vote_choices, r.vote_closes_at,
    r.ballots, s.time_zone,
    (SELECT COUNT(*) FROM ideas i WHERE i.round_id = r.id AND i.state NOT IN ('submitted', 'withdrawn', 'removed')) AS ideas";

/// The rounds of a site (or of every site), newest first.
pub async fn rounds(db: &Db, site_id: Option<i64>) -> sqlx::Result<Vec<Round>> {
    let sql = format!(
        "SELECT {ROUND_COLUMNS} FROM idea_rounds r JOIN sites s ON s.id = r.site_id
         LEFT JOIN programmes p ON p.id = r.programme_id
         WHERE ($1 IS NULL OR r.site_id = $1) ORDER BY r.id DESC LIMIT 100"
    );
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(site_id).fetch_all(db.pool()).await
}

pub async fn round(conn: &mut AnyConnection, id: i64) -> sqlx::Result<Option<Round>> {
    let sql = format!(
        "SELECT {ROUND_COLUMNS} FROM idea_rounds r JOIN sites s ON s.id = r.site_id
         LEFT JOIN programmes p ON p.id = r.programme_id WHERE r.id = $1"
    );
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(&mut *conn).await
}

/// An idea as the board, its page and staff read it (staff fields are left out of public pages
/// by the pages, and never reach a young person's screen).
#[derive(Debug, Clone, FromRow)]
pub struct Idea {
    pub id: i64,
    pub round_id: i64,
    pub site_id: i64,
    pub question: String,
    pub author_id: Option<i64>,
    pub author_group: String,
    pub what: String,
    pub for_whom: String,
    pub place: String,
    pub weekdays: String,
    pub day_parts: String,
    pub languages: String,
    pub category: String,
    pub state: String,
    pub reason: String,
    pub would_work: String,
    pub criteria: String,
    pub staff_notes: String,
    pub revisit_on: Option<String>,
    pub merged_into: Option<i64>,
    pub offer_id: Option<i64>,
    pub offer_title: Option<String>,
    pub held: i64,
    pub reports: i64,
    pub on_paper: i64,
    pub supports: i64,
    pub paper_supports: i64,
    pub planners: i64,
    pub votes: i64,
    pub submitted_at: i64,
    pub published_at: Option<i64>,
    pub time_zone: String,
}

impl Idea {
    /// Supports counted online and on paper.
    pub fn all_supports(&self) -> i64 {
        self.supports + self.paper_supports
    }
}

const IDEA_COLUMNS: &str = "i.id, i.round_id, i.site_id, r.question, i.author_id, i.author_group, i.what, i.for_whom,
    i.place, i.weekdays, i.day_parts, i.languages, i.category, i.state, i.reason, i.would_work, i.criteria,
    i.staff_notes, i.revisit_on, i.merged_into, i.offer_id, o.title AS offer_title, i.held, i.reports, i.on_paper,
    i.supports, i.paper_supports, i.planners, i.votes, i.submitted_at, i.published_at, s.time_zone";

const IDEA_FROM: &str = "FROM ideas i JOIN idea_rounds r ON r.id = i.round_id JOIN sites s ON s.id = i.site_id
    LEFT JOIN offers o ON o.id = i.offer_id";

pub async fn idea(conn: &mut AnyConnection, id: i64) -> sqlx::Result<Option<Idea>> {
    let sql = format!("SELECT {IDEA_COLUMNS} {IDEA_FROM} WHERE i.id = $1");
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(&mut *conn).await
}

/// The ideas of a round's vote: those that stand for it, and those that got votes and moved on
/// since (the winner goes on to planning), in id order.
pub async fn vote_ideas(db: &Db, round_id: i64) -> sqlx::Result<Vec<Idea>> {
    let sql = format!(
        "SELECT {IDEA_COLUMNS} {IDEA_FROM}
         WHERE i.round_id = $1 AND i.held = 0 AND (i.state IN ('feasible', 'feasible-if') OR i.votes > 0)
         ORDER BY i.id LIMIT {PAGE_SIZE}"
    );
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(round_id).fetch_all(db.pool()).await
}

/// Ideas of round `round_id` among `ids` (at most five: the similar ones a form shows), in one
/// query; whether each may be shown is the caller's to check.
pub async fn of_round_among(conn: &mut AnyConnection, round_id: i64, ids: &[i64]) -> sqlx::Result<Vec<Idea>> {
    let ids = &ids[..ids.len().min(5)];
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql =
        format!("SELECT {IDEA_COLUMNS} {IDEA_FROM} WHERE i.round_id = $1 AND i.id IN ({})", placeholders(2, ids.len()));
    let query = ids.iter().fold(sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(round_id), |query, id| query.bind(*id));
    query.fetch_all(&mut *conn).await
}

/// Which public ideas a list shows.
#[derive(Clone, Copy, Debug)]
pub enum Board {
    /// A site's board (or every site's): ideas still open, most supported first.
    Open { site_id: Option<i64> },
    /// One round's ideas.
    Round(i64),
    /// "Ihr habt gesagt, wir haben gemacht": ideas with an outcome, latest first.
    Answered { site_id: Option<i64>, round_id: Option<i64> },
}

/// One page of public ideas: never a submitted, withdrawn or removed one, nor one held for review.
pub async fn board(db: &Db, board: Board, page: i64) -> sqlx::Result<Vec<Idea>> {
    let (filter, order) = match board {
        Board::Open { .. } => (
            "($1 IS NULL OR i.site_id = $1) AND i.state IN ('published', 'checking', 'feasible', 'feasible-if', 'planning', 'scheduled')",
            "i.supports + i.paper_supports DESC, i.id DESC",
        ),
        Board::Round(_) => (
            "i.round_id = $1 AND i.state NOT IN ('submitted', 'withdrawn', 'removed')",
            "i.supports + i.paper_supports DESC, i.id DESC",
        ),
        Board::Answered { round_id: None, .. } => (
            "($1 IS NULL OR i.site_id = $1) AND i.checked_at IS NOT NULL AND i.state NOT IN ('submitted', 'withdrawn', 'removed')",
            "i.checked_at DESC, i.id DESC",
        ),
        Board::Answered { round_id: Some(_), .. } => (
            "i.round_id = $1 AND i.checked_at IS NOT NULL AND i.state NOT IN ('submitted', 'withdrawn', 'removed')",
            "i.checked_at DESC, i.id DESC",
        ),
    };
    let bound = match board {
        Board::Open { site_id } | Board::Answered { site_id, round_id: None } => site_id,
        Board::Round(round_id) | Board::Answered { round_id: Some(round_id), .. } => Some(round_id),
    };
    let sql = format!(
        "SELECT {IDEA_COLUMNS} {IDEA_FROM} WHERE {filter} AND i.held = 0 ORDER BY {order} LIMIT {PAGE_SIZE} OFFSET $2"
    );
    let offset = page.clamp(0, 1000) * PAGE_SIZE;
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(bound).bind(offset).fetch_all(db.pool()).await
}

/// What staff must look at on a site: ideas to moderate (new, held, reported) and ideas waiting
/// for the staff check, oldest first.
pub async fn staff_queue(db: &Db, site_id: i64) -> sqlx::Result<Vec<Idea>> {
    let sql = format!(
        "SELECT {IDEA_COLUMNS} {IDEA_FROM}
         WHERE i.site_id = $1 AND (i.state IN ('submitted', 'published', 'checking', 'parked') OR i.held = 1)
         ORDER BY i.held DESC, i.id LIMIT 200"
    );
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(site_id).fetch_all(db.pool()).await
}

/// The ideas a person wrote or supports (at most a family's people), newest first.
pub async fn of_people(db: &Db, ids: &[i64]) -> sqlx::Result<Vec<Idea>> {
    let ids = &ids[..ids.len().min(20)];
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = placeholders(1, ids.len());
    let sql = format!(
        "SELECT {IDEA_COLUMNS} {IDEA_FROM}
         WHERE i.author_id IN ({list})
            OR (i.id IN (SELECT idea_id FROM idea_supports WHERE participant_id IN ({list})) AND i.held = 0
                AND i.state NOT IN ('submitted', 'withdrawn', 'removed'))
         ORDER BY i.id DESC LIMIT 100"
    );
    let query = sqlx::query_as(sqlx::AssertSqlSafe(sql));
    ids.iter().fold(query, |query, id| query.bind(*id)).fetch_all(db.pool()).await
}

/// A step of an idea's public timeline.
#[derive(Debug, Clone, FromRow)]
pub struct Event {
    pub idea_id: i64,
    pub state: String,
    pub reason: String,
    pub at: i64,
}

/// The timelines of the listed ideas, in one query.
pub async fn events(db: &Db, idea_ids: &[i64]) -> sqlx::Result<Vec<Event>> {
    if idea_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT idea_id, state, reason, at FROM idea_events WHERE idea_id IN ({}) ORDER BY idea_id, id",
        placeholders(1, idea_ids.len())
    );
    let query = sqlx::query_as(sqlx::AssertSqlSafe(sql));
    idea_ids.iter().fold(query, |query, id| query.bind(*id)).fetch_all(db.pool()).await
}

/// Which of `idea_ids` the people support, and how: (idea, kind).
pub async fn supports_of(db: &Db, people: &[i64], idea_ids: &[i64]) -> sqlx::Result<Vec<(i64, String)>> {
    if people.is_empty() || idea_ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT DISTINCT idea_id, kind FROM idea_supports WHERE participant_id IN ({}) AND idea_id IN ({})",
        placeholders(1, people.len()),
        placeholders(1 + people.len(), idea_ids.len())
    );
    let query = sqlx::query_as(sqlx::AssertSqlSafe(sql));
    people.iter().chain(idea_ids).fold(query, |query, id| query.bind(*id)).fetch_all(db.pool()).await
}

/// The counters of "wir haben gemacht": public ideas, supports, offers created from ideas.
#[derive(Debug, Clone, Default, FromRow)]
pub struct Counters {
    pub ideas: i64,
    pub supports: i64,
    pub offers: i64,
}

pub async fn counters(db: &Db, site_id: Option<i64>, round_id: Option<i64>) -> sqlx::Result<Counters> {
    sqlx::query_as(
        "SELECT COUNT(*) AS ideas, CAST(COALESCE(SUM(supports + paper_supports), 0) AS BIGINT) AS supports,
                COUNT(offer_id) AS offers
         FROM ideas WHERE ($1 IS NULL OR site_id = $1) AND ($2 IS NULL OR round_id = $2)
           AND state NOT IN ('submitted', 'withdrawn', 'removed') AND held = 0",
    )
    .bind(site_id)
    .bind(round_id)
    .fetch_one(db.pool())
    .await
}

/// Who hears of an idea's news: its author and everyone who supports it or plans along, once
/// each, with the address (if any) and language of each.
#[derive(Debug, Clone, FromRow)]
pub struct Follower {
    pub participant_id: i64,
    pub email: Option<String>,
    pub lang: String,
}

pub async fn followers(conn: &mut AnyConnection, idea_id: i64) -> sqlx::Result<Vec<Follower>> {
    sqlx::query_as(
        "SELECT p.id AS participant_id, p.email, p.lang FROM participants p
         WHERE p.id IN (SELECT author_id FROM ideas WHERE id = $1
                        UNION SELECT participant_id FROM idea_supports WHERE idea_id = $1)
         ORDER BY p.id LIMIT 5000",
    )
    .bind(idea_id)
    .fetch_all(&mut *conn)
    .await
}

/// The texts of a round's public ideas, for "similar ideas" before sending (the newest 500).
pub async fn texts_of_round(db: &Db, round_id: i64) -> sqlx::Result<Vec<(i64, String)>> {
    sqlx::query_as(
        "SELECT id, what FROM ideas WHERE round_id = $1 AND held = 0
           AND state NOT IN ('submitted', 'withdrawn', 'removed', 'merged')
         ORDER BY id DESC LIMIT 500",
    )
    .bind(round_id)
    .fetch_all(db.pool())
    .await
}
