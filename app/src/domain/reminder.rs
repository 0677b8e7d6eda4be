//! When reminders go out: a fixed time before each date, for a limited while. A reminder whose
//! moment passed longer ago than that (the server was down) is skipped rather than sent late:
//! "tomorrow at 17:00" that arrives at 16:30 does more harm than good.

code_enum! {
    ReminderKind { DayBefore => "day", TwoHoursBefore => "hours" }
}

impl ReminderKind {
    /// How long before the start the reminder is due.
    pub fn lead_seconds(self) -> i64 {
        match self {
            ReminderKind::DayBefore => 24 * 3600,
            ReminderKind::TwoHoursBefore => 2 * 3600,
        }
    }

    /// How long after its moment a reminder may still go out.
    pub fn grace_seconds(self) -> i64 {
        match self {
            ReminderKind::DayBefore => 2 * 3600,
            ReminderKind::TwoHoursBefore => 30 * 60,
        }
    }

    /// The starts of the dates whose reminder is due at `now`: after the first value, up to and
    /// including the second.
    pub fn due_window(self, now: i64) -> (i64, i64) {
        let latest = now + self.lead_seconds();
        (latest - self.grace_seconds(), latest)
    }
}

/// Whether the reminder of a date starting at `starts_at` is due at `now`.
pub fn due(kind: ReminderKind, starts_at: i64, now: i64) -> bool {
    let (after, until) = kind.due_window(now);
    starts_at > after && starts_at <= until
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOUR: i64 = 3600;

    #[test]
    fn a_day_before_from_its_moment_for_two_hours_then_never() {
        let start = 100 * HOUR;
        assert!(!due(ReminderKind::DayBefore, start, start - 25 * HOUR), "too early");
        assert!(due(ReminderKind::DayBefore, start, start - 24 * HOUR), "on time");
        assert!(due(ReminderKind::DayBefore, start, start - 23 * HOUR + 1), "a little late");
        assert!(!due(ReminderKind::DayBefore, start, start - 22 * HOUR), "too late: skipped");
        assert!(due(ReminderKind::TwoHoursBefore, start, start - 2 * HOUR));
        assert!(!due(ReminderKind::TwoHoursBefore, start, start - HOUR), "half an hour of grace only");
    }
}
