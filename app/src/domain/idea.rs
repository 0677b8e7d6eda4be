//! The life of a young person's idea, from the ideas box to the offer it became: which moves
//! exist, who may make them, and which need a reason written for young people.

code_enum! {
    /// Where an idea stands; the codes are stored and read the same in every language. "Removed"
    /// is taken down by a moderator, with the reason its author reads.
    IdeaState {
        Submitted => "submitted",
        Published => "published",
        Checking => "checking",
        Feasible => "feasible",
        FeasibleIf => "feasible-if",
        NotFeasible => "not-feasible",
        Parked => "parked",
        Planning => "planning",
        Scheduled => "scheduled",
        Done => "done",
        Closed => "closed",
        Merged => "merged",
        Withdrawn => "withdrawn",
        Removed => "removed",
    }
}

code_enum! {
    /// "Find ich gut" is support; "Ich plane mit" is an offer to help plan (part 2 uses it).
    SupportKind { Support => "support", Plan => "plan" }
}

code_enum! {
    /// What a staff check weighs.
    Criterion { Cost => "cost", Room => "room", StaffTime => "staff-time", YouthProtection => "youth-protection", Date => "date" }
}

code_enum! {
    /// When an idea could happen: parts of a day.
    DayPart { Morning => "morning", Afternoon => "afternoon", Evening => "evening", Weekend => "weekend" }
}

/// Who moves an idea.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mover {
    Staff,
    Author,
}

/// What a move carries beside its target state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MoveDetails {
    /// Written for young people; required for "not feasible", "parked", "merged" and "removed".
    pub reason: String,
    /// The day a parked idea is looked at again (yyyy-mm-dd).
    pub revisit_on: Option<String>,
    /// The idea this one joins.
    pub merged_into: Option<i64>,
    /// The offer a scheduled idea became.
    pub offer_id: Option<i64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveError {
    /// No such move from this state (or not for this mover).
    NotAllowed,
    ReasonMissing,
    RevisitMissing,
    TargetMissing,
    OfferMissing,
}

impl MoveError {
    pub fn key(self) -> &'static str {
        match self {
            MoveError::NotAllowed => "idea-error-move",
            MoveError::ReasonMissing => "idea-error-reason",
            MoveError::RevisitMissing => "idea-error-revisit",
            MoveError::TargetMissing => "idea-error-merge-target",
            MoveError::OfferMissing => "idea-error-offer",
        }
    }

    /// The form field the message belongs to.
    pub fn field(self) -> &'static str {
        match self {
            MoveError::NotAllowed => "state",
            MoveError::ReasonMissing => "reason",
            MoveError::RevisitMissing => "revisit_on",
            MoveError::TargetMissing => "merged_into",
            MoveError::OfferMissing => "offer_id",
        }
    }
}

/// The states staff may move an idea to from `from`.
pub fn staff_moves(from: IdeaState) -> &'static [IdeaState] {
    use IdeaState::*;
    match from {
        // Nothing unmoderated becomes public, not even as part of another idea.
        Submitted => &[Published, Removed],
        Published => &[Checking, Feasible, FeasibleIf, NotFeasible, Parked, Merged, Removed],
        Checking => &[Feasible, FeasibleIf, NotFeasible, Parked, Merged],
        Parked => &[Checking, Feasible, FeasibleIf, NotFeasible, Closed],
        Feasible | FeasibleIf => &[Planning, Scheduled, NotFeasible, Closed],
        Planning => &[Scheduled, Parked, Closed],
        Scheduled => &[Done, Planning],
        Done => &[Closed],
        NotFeasible => &[Closed, Checking],
        Closed | Merged | Withdrawn | Removed => &[],
    }
}

/// Whether a move is allowed and carries what it needs.
pub fn check_move(from: IdeaState, to: IdeaState, by: Mover, details: &MoveDetails) -> Result<(), MoveError> {
    let allowed = match by {
        // An author may take back an idea nobody has checked yet.
        Mover::Author => to == IdeaState::Withdrawn && matches!(from, IdeaState::Submitted | IdeaState::Published),
        Mover::Staff => staff_moves(from).contains(&to),
    };
    if !allowed {
        return Err(MoveError::NotAllowed);
    }
    let needs_reason =
        matches!(to, IdeaState::NotFeasible | IdeaState::Parked | IdeaState::Merged | IdeaState::Removed);
    if needs_reason && details.reason.trim().chars().count() < 3 {
        return Err(MoveError::ReasonMissing);
    }
    match to {
        IdeaState::Parked if details.revisit_on.as_deref().is_none_or(|day| !is_day(day)) => {
            Err(MoveError::RevisitMissing)
        }
        IdeaState::Merged if details.merged_into.is_none() => Err(MoveError::TargetMissing),
        IdeaState::Scheduled if details.offer_id.is_none() => Err(MoveError::OfferMissing),
        _ => Ok(()),
    }
}

fn is_day(day: &str) -> bool {
    chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").is_ok()
}

impl IdeaState {
    /// Seen by everyone (the board, the round, "wir haben gemacht").
    pub fn is_public(self) -> bool {
        !matches!(self, IdeaState::Submitted | IdeaState::Withdrawn | IdeaState::Removed)
    }

    /// Open for "Find ich gut" and "Ich plane mit".
    pub fn takes_support(self) -> bool {
        matches!(
            self,
            IdeaState::Published
                | IdeaState::Checking
                | IdeaState::Feasible
                | IdeaState::FeasibleIf
                | IdeaState::Planning
        )
    }

    /// Support may be taken back until staff have given their outcome.
    pub fn support_withdrawable(self) -> bool {
        matches!(self, IdeaState::Published | IdeaState::Checking)
    }

    /// Waits for staff: to be published, or for the staff check.
    pub fn awaits_staff(self) -> bool {
        matches!(self, IdeaState::Submitted | IdeaState::Published | IdeaState::Checking)
    }
}

/// Where a new idea starts: published at once only in a post-moderated round and when no contact
/// details were found; otherwise a moderator sees it first.
pub fn first_state(post_moderated: bool, holds_contact_details: bool) -> IdeaState {
    if post_moderated && !holds_contact_details { IdeaState::Published } else { IdeaState::Submitted }
}

/// A round's clock: open, paused (keeping its remaining time), or over.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundPhase {
    Open,
    Paused,
    Closed,
}

pub fn round_phase(closes_at: Option<i64>, paused_at: Option<i64>, now: i64) -> RoundPhase {
    match (paused_at, closes_at) {
        (Some(_), _) => RoundPhase::Paused,
        (None, Some(closes)) if closes <= now => RoundPhase::Closed,
        _ => RoundPhase::Open,
    }
}

/// The closing time after a pause that began at `paused_at` ends at `now`: the remaining time is
/// kept, so the round closes as much later as it was paused.
pub fn resumed_closing(closes_at: Option<i64>, paused_at: i64, now: i64) -> Option<i64> {
    closes_at.map(|closes| closes + (now - paused_at).max(0))
}

/// Whether staff owe an answer: published or in the check for longer than the round's response
/// target.
pub fn overdue(state: IdeaState, published_at: Option<i64>, response_days: i64, now: i64) -> bool {
    matches!(state, IdeaState::Published | IdeaState::Checking)
        && published_at.is_some_and(|at| now - at > response_days * 24 * 3600)
}

/// Whether two ideas say much the same: they share two words of four letters or more, or most
/// words of the shorter one. Shown before sending, so that young people support instead of
/// writing the same idea again.
pub fn similar(a: &str, b: &str) -> bool {
    let words = |text: &str| -> Vec<String> {
        let mut words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| word.chars().count() >= 4)
            .map(str::to_lowercase)
            .collect();
        words.sort();
        words.dedup();
        words
    };
    let (a, b) = (words(a), words(b));
    let shared = a.iter().filter(|word| b.contains(word)).count();
    let shorter = a.len().min(b.len());
    shared >= 2 || (shorter > 0 && shared * 2 > shorter)
}

#[cfg(test)]
mod tests {
    use super::*;
    use IdeaState::*;

    #[test]
    fn similar_ideas_share_words() {
        assert!(similar("Kochabend mit Rezepten aus Syrien", "Ein Kochabend: Rezepte aus Syrien und der Ukraine"));
        assert!(similar("Fußball", "Fußball für Mädchen"));
        assert!(similar("رحلة إلى البحر", "رحلة البحر في الصيف"));
        assert!(!similar("Kochabend mit Rezepten", "Fußballturnier im Park"));
        assert!(!similar("", "Fußball"));
    }

    fn with_reason() -> MoveDetails {
        MoveDetails {
            reason: "Der Raum ist im Sommer belegt.".into(),
            revisit_on: Some("2027-03-01".into()),
            merged_into: Some(4),
            offer_id: Some(9),
        }
    }

    #[test]
    fn every_move_is_allowed_or_rejected_as_the_table_says() {
        for from in IdeaState::ALL {
            for to in IdeaState::ALL {
                let expected = staff_moves(*from).contains(to);
                assert_eq!(
                    check_move(*from, *to, Mover::Staff, &with_reason()).is_ok(),
                    expected,
                    "{from:?} -> {to:?}"
                );
                let author = to == &Withdrawn && matches!(from, Submitted | Published);
                assert_eq!(check_move(*from, *to, Mover::Author, &with_reason()).is_ok(), author, "{from:?} -> {to:?}");
            }
        }
    }

    #[test]
    fn final_states_have_no_way_out_and_every_other_state_has_one() {
        for state in IdeaState::ALL {
            let last = matches!(state, Closed | Merged | Withdrawn | Removed);
            assert_eq!(staff_moves(*state).is_empty(), last, "{state:?}");
        }
    }

    #[test]
    fn reasons_are_required_where_young_people_need_one() {
        let none = MoveDetails::default();
        assert_eq!(check_move(Checking, NotFeasible, Mover::Staff, &none), Err(MoveError::ReasonMissing));
        assert_eq!(check_move(Checking, Parked, Mover::Staff, &none), Err(MoveError::ReasonMissing));
        assert_eq!(check_move(Published, Merged, Mover::Staff, &none), Err(MoveError::ReasonMissing));
        assert_eq!(check_move(Submitted, Removed, Mover::Staff, &none), Err(MoveError::ReasonMissing));
        let blank = MoveDetails { reason: "   ".into(), ..with_reason() };
        assert_eq!(check_move(Checking, NotFeasible, Mover::Staff, &blank), Err(MoveError::ReasonMissing));
        let no_day = MoveDetails { revisit_on: None, ..with_reason() };
        assert_eq!(check_move(Checking, Parked, Mover::Staff, &no_day), Err(MoveError::RevisitMissing));
        let bad_day = MoveDetails { revisit_on: Some("31.02.2027".into()), ..with_reason() };
        assert_eq!(check_move(Checking, Parked, Mover::Staff, &bad_day), Err(MoveError::RevisitMissing));
        let no_target = MoveDetails { merged_into: None, ..with_reason() };
        assert_eq!(check_move(Checking, Merged, Mover::Staff, &no_target), Err(MoveError::TargetMissing));
        let no_offer = MoveDetails { offer_id: None, ..with_reason() };
        assert_eq!(check_move(Feasible, Scheduled, Mover::Staff, &no_offer), Err(MoveError::OfferMissing));
        // Good news needs no reason.
        assert_eq!(check_move(Checking, Feasible, Mover::Staff, &none), Ok(()));
        assert_eq!(check_move(Submitted, Published, Mover::Staff, &none), Ok(()));
    }

    #[test]
    fn support_is_taken_back_only_before_the_outcome() {
        for state in IdeaState::ALL {
            if state.support_withdrawable() {
                assert!(state.takes_support(), "{state:?}");
            }
        }
        assert!(Published.support_withdrawable() && Checking.support_withdrawable());
        assert!(!Feasible.support_withdrawable() && Feasible.takes_support());
        assert!(!Submitted.takes_support() && !Closed.takes_support());
    }

    #[test]
    fn moderation_decides_the_first_state() {
        assert_eq!(first_state(false, false), Submitted);
        assert_eq!(first_state(true, false), Published);
        assert_eq!(first_state(true, true), Submitted);
        assert!(!Submitted.is_public() && !Removed.is_public() && Published.is_public() && Done.is_public());
    }

    #[test]
    fn a_paused_round_keeps_its_remaining_time() {
        assert_eq!(round_phase(Some(100), None, 50), RoundPhase::Open);
        assert_eq!(round_phase(Some(100), None, 100), RoundPhase::Closed);
        assert_eq!(round_phase(None, None, 10_000), RoundPhase::Open);
        assert_eq!(round_phase(Some(100), Some(60), 500), RoundPhase::Paused);
        // Paused at 60 with 40 left; resumed at 500: closes at 540.
        assert_eq!(resumed_closing(Some(100), 60, 500), Some(540));
        assert_eq!(resumed_closing(None, 60, 500), None);
    }

    #[test]
    fn overdue_after_the_response_target() {
        let day = 24 * 3600;
        assert!(!overdue(Published, Some(0), 14, 14 * day));
        assert!(overdue(Published, Some(0), 14, 14 * day + 1));
        assert!(overdue(Checking, Some(0), 14, 20 * day));
        assert!(!overdue(Feasible, Some(0), 14, 20 * day));
        assert!(!overdue(Submitted, None, 14, 20 * day));
    }
}
