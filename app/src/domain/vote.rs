//! Deciding together: the young people of a round vote among its feasible ideas, up to a number
//! of choices each, once. Pure rules; the votes service keeps ballots secret (counters only).

use super::idea::IdeaState;

/// The most choices a round may give each voter.
pub const MAX_CHOICES: i64 = 5;

/// Whether an idea in `state` stands for the vote: only what staff found feasible.
pub fn votable(state: IdeaState) -> bool {
    matches!(state, IdeaState::Feasible | IdeaState::FeasibleIf)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BallotError {
    /// Nothing was chosen.
    Empty,
    /// More than the round allows.
    TooMany,
    /// An idea that does not stand for this vote.
    NotAnOption,
}

impl BallotError {
    /// The page's flag for it (`vote-flag-…` is what the voter reads).
    pub fn flag(self) -> &'static str {
        match self {
            BallotError::Empty => "vote-empty",
            BallotError::TooMany => "vote-too-many",
            BallotError::NotAnOption => "vote-option",
        }
    }
}

/// A ballot as ticked: each idea once, all of them options, at least one and at most `max`.
pub fn check_ballot(ticked: &[i64], options: &[i64], max: i64) -> Result<Vec<i64>, BallotError> {
    let mut chosen: Vec<i64> = ticked.to_vec();
    chosen.sort_unstable();
    chosen.dedup();
    if chosen.is_empty() {
        return Err(BallotError::Empty);
    }
    if chosen.iter().any(|id| !options.contains(id)) {
        return Err(BallotError::NotAnOption);
    }
    if i64::try_from(chosen.len()).map_or(true, |count| count > max) {
        return Err(BallotError::TooMany);
    }
    Ok(chosen)
}

/// One line of a result: the idea, its votes, its place (ideas with as many votes share one) and
/// whether it shares it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    pub idea_id: i64,
    pub votes: i64,
    pub rank: usize,
    pub tied: bool,
}

/// The result from each idea's count, most votes first; equal counts share a place ("1, 1, 3").
pub fn tally(counts: &[(i64, i64)]) -> Vec<Place> {
    let mut sorted = counts.to_vec();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    sorted
        .iter()
        .enumerate()
        .map(|(index, &(idea_id, votes))| Place {
            idea_id,
            votes,
            rank: sorted.iter().position(|other| other.1 == votes).unwrap_or(index) + 1,
            tied: sorted.iter().filter(|other| other.1 == votes).count() > 1,
        })
        .collect()
}

/// Where a round's vote stands at `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VotePhase {
    /// Staff decide (no vote was opened).
    StaffDecide,
    /// Ballots are taken; counts stay hidden.
    Open,
    /// The result is shown.
    Closed,
}

pub fn vote_phase(closes_at: Option<i64>, now: i64) -> VotePhase {
    match closes_at {
        None => VotePhase::StaffDecide,
        Some(closes_at) if now < closes_at => VotePhase::Open,
        Some(_) => VotePhase::Closed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_feasible_ideas_stand_for_the_vote() {
        let standing: Vec<IdeaState> = IdeaState::ALL.iter().copied().filter(|state| votable(*state)).collect();
        assert_eq!(standing, [IdeaState::Feasible, IdeaState::FeasibleIf]);
    }

    #[test]
    fn a_ballot_holds_one_to_max_options_each_once() {
        let options = [4, 7, 9];
        assert_eq!(check_ballot(&[9, 4, 9], &options, 2), Ok(vec![4, 9]), "a double tick counts once");
        assert_eq!(check_ballot(&[], &options, 2), Err(BallotError::Empty));
        assert_eq!(check_ballot(&[4, 7, 9], &options, 2), Err(BallotError::TooMany));
        assert_eq!(check_ballot(&[4, 5], &options, 3), Err(BallotError::NotAnOption), "not feasible, or elsewhere");
    }

    #[test]
    fn ties_share_a_place_and_the_next_place_skips() {
        let result = tally(&[(1, 3), (2, 5), (3, 5), (4, 0)]);
        let places: Vec<(i64, usize, bool)> =
            result.iter().map(|place| (place.idea_id, place.rank, place.tied)).collect();
        assert_eq!(places, [(2, 1, true), (3, 1, true), (1, 3, false), (4, 4, false)]);
        assert!(tally(&[]).is_empty());
    }

    #[test]
    fn counts_show_only_after_the_last_day() {
        assert_eq!(vote_phase(None, 10), VotePhase::StaffDecide);
        assert_eq!(vote_phase(Some(11), 10), VotePhase::Open);
        assert_eq!(vote_phase(Some(10), 10), VotePhase::Closed);
    }
}
