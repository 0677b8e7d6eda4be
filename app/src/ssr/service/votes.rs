//! Votes of a round. A ballot is secret: the round records *that* a person voted (one row,
//! without a time), and each chosen idea's counter goes up by one in the same transaction. No row
//! holds what one person chose, so nothing can be matched to a voter, by id, order or time; the
//! tally checks against the number of ballots (each ballot adds 1 to `ballots` and 1 to `max`
//! counters).

use sqlx::{AnyConnection, FromRow};

use crate::domain::idea::IdeaState;
use crate::domain::vote::{BallotError, VotePhase, check_ballot, votable, vote_phase};
use crate::ssr::audit::{self, Entry};
use crate::ssr::db::Db;
use crate::ssr::service::ideas::Member;

/// Staff open the vote of a round: up to `choices` ideas each, until `closes_at`. A vote opens
/// once; returns false for another site's round or one that had its vote.
pub async fn open(
    db: &Db,
    site_id: i64,
    round_id: i64,
    (choices, closes_at): (i64, i64),
    user_id: Option<i64>,
    now: i64,
) -> sqlx::Result<bool> {
    let mut tx = db.write().await?;
    let opened = sqlx::query(
        "UPDATE idea_rounds SET vote_choices = $1, vote_closes_at = $2
         WHERE id = $3 AND site_id = $4 AND vote_closes_at IS NULL",
    )
    .bind(choices)
    .bind(closes_at)
    .bind(round_id)
    .bind(site_id)
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if opened {
        let entry =
            Entry { action: "idea-vote-opened", object_type: "idea_round", object_id: Some(round_id), detail: "" };
        audit::record(&mut tx, user_id, entry, now).await?;
    }
    tx.commit().await?;
    Ok(opened)
}

#[derive(Debug, PartialEq, Eq)]
pub enum Cast {
    Counted,
    /// This person's ballot is in already.
    Already,
    /// Staff have not confirmed this person's join for the group yet.
    NotConfirmed,
    /// Not open now (no vote, or past its last day), or another site's round.
    NotOpen,
    Refused(BallotError),
}

#[derive(FromRow)]
struct VoteRules {
    site_id: i64,
    vote_choices: Option<i64>,
    vote_closes_at: Option<i64>,
}

/// The ideas that stand for round `round_id`'s vote.
async fn options(conn: &mut AnyConnection, round_id: i64) -> sqlx::Result<Vec<i64>> {
    let ideas: Vec<(i64, String)> = sqlx::query_as(
        "SELECT id, state FROM ideas WHERE round_id = $1 AND held = 0 AND state IN ('feasible', 'feasible-if')",
    )
    .bind(round_id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(ideas
        .into_iter()
        .filter(|(_, state)| IdeaState::from_code(state).is_some_and(votable))
        .map(|(id, _)| id)
        .collect())
}

/// A member's ballot: checked, and counted once, in one write.
pub async fn cast(db: &Db, member: &Member, round_id: i64, ticked: &[i64], now: i64) -> sqlx::Result<Cast> {
    let mut tx = db.write().await?;
    let rules: Option<VoteRules> =
        sqlx::query_as("SELECT site_id, vote_choices, vote_closes_at FROM idea_rounds WHERE id = $1")
            .bind(round_id)
            .fetch_optional(&mut *tx)
            .await?;
    let Some(VoteRules { site_id, vote_choices: Some(max), vote_closes_at }) = rules else { return Ok(Cast::NotOpen) };
    if site_id != member.site_id || vote_phase(vote_closes_at, now) != VotePhase::Open {
        return Ok(Cast::NotOpen);
    }
    let (confirmed,): (Option<i64>,) = sqlx::query_as("SELECT join_confirmed_at FROM participants WHERE id = $1")
        .bind(member.participant_id)
        .fetch_one(&mut *tx)
        .await?;
    if confirmed.is_none() {
        return Ok(Cast::NotConfirmed);
    }
    let chosen = match check_ballot(ticked, &options(&mut tx, round_id).await?, max) {
        Ok(chosen) => chosen,
        Err(error) => return Ok(Cast::Refused(error)),
    };
    let first =
        sqlx::query("INSERT INTO round_voters (round_id, participant_id) VALUES ($1, $2) ON CONFLICT DO NOTHING")
            .bind(round_id)
            .bind(member.participant_id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            == 1;
    if !first {
        return Ok(Cast::Already);
    }
    for idea_id in &chosen {
        sqlx::query("UPDATE ideas SET votes = votes + 1 WHERE id = $1").bind(idea_id).execute(&mut *tx).await?;
    }
    sqlx::query("UPDATE idea_rounds SET ballots = ballots + 1 WHERE id = $1").bind(round_id).execute(&mut *tx).await?;
    tx.commit().await?;
    Ok(Cast::Counted)
}

/// What a member sees of a round's vote: whether they may vote, and did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub confirmed: bool,
    pub voted: bool,
}

pub async fn standing(db: &Db, round_id: i64, participant_id: i64) -> sqlx::Result<Standing> {
    let (confirmed, voted): (Option<i64>, i64) = sqlx::query_as(
        "SELECT p.join_confirmed_at,
                (SELECT COUNT(*) FROM round_voters v WHERE v.round_id = $1 AND v.participant_id = p.id)
         FROM participants p WHERE p.id = $2",
    )
    .bind(round_id)
    .bind(participant_id)
    .fetch_one(db.pool())
    .await?;
    Ok(Standing { confirmed: confirmed.is_some(), voted: voted > 0 })
}
