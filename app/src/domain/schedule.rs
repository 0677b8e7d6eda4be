//! When sessions happen. Rules are written in the offer's local time: a group that meets at 17:00
//! meets at 17:00 on both sides of a daylight-saving change, so its UTC instant moves instead.

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// One session as stored: UTC instants, shown later in the offer's zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Occurrence {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

/// A stored session in the zone it is shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalSpan {
    pub starts: DateTime<Tz>,
    pub ends: DateTime<Tz>,
}

impl LocalSpan {
    /// From stored UTC seconds and an IANA zone name; an unknown zone falls back to Berlin
    /// rather than hiding the session.
    pub fn from_stored(starts_at: i64, ends_at: i64, time_zone: &str) -> Self {
        let zone: Tz = time_zone.parse().unwrap_or(chrono_tz::Europe::Berlin);
        let at = |secs| DateTime::from_timestamp(secs, 0).unwrap_or_default().with_timezone(&zone);
        LocalSpan { starts: at(starts_at), ends: at(ends_at) }
    }

    pub fn same_day(&self) -> bool {
        self.starts.date_naive() == self.ends.date_naive()
    }
}

/// A weekly rule in local time (RFC 5545 `FREQ=WEEKLY;INTERVAL=n;COUNT=c`), with dates left out.
#[derive(Clone, Debug)]
pub struct WeeklyRule {
    pub first_date: NaiveDate,
    pub start: NaiveTime,
    pub duration: Duration,
    pub interval_weeks: u32,
    pub count: usize,
    pub time_zone: Tz,
    /// Dates on which the group does not meet, such as school holidays.
    pub except: Vec<NaiveDate>,
}

impl WeeklyRule {
    /// The occurrences in order; excepted dates still count towards `count`, as EXDATE does.
    pub fn occurrences(&self) -> Vec<Occurrence> {
        let step = Duration::weeks(i64::from(self.interval_weeks.max(1)));
        (0..self.count)
            .filter_map(|n| {
                let date = self.first_date + step * i32::try_from(n).ok()?;
                if self.except.contains(&date) {
                    return None;
                }
                let starts_at = local_to_utc(self.time_zone, date.and_time(self.start));
                Some(Occurrence { starts_at, ends_at: starts_at + self.duration })
            })
            .collect()
    }
}

/// Resolves a local wall-clock time to an instant. A time that falls into the spring-forward gap
/// moves forward by the gap (as calendars do); an ambiguous autumn time takes the earlier instant.
pub fn local_to_utc(time_zone: Tz, local: NaiveDateTime) -> DateTime<Utc> {
    match time_zone.from_local_datetime(&local) {
        LocalResult::Single(at) | LocalResult::Ambiguous(at, _) => at.with_timezone(&Utc),
        LocalResult::None => local_to_utc(time_zone, local + Duration::hours(1)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Timelike;
    use chrono_tz::Europe::Berlin;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn weekly_at_five(first: NaiveDate, count: usize) -> WeeklyRule {
        WeeklyRule {
            first_date: first,
            start: NaiveTime::from_hms_opt(17, 0, 0).unwrap(),
            duration: Duration::hours(2),
            interval_weeks: 1,
            count,
            time_zone: Berlin,
            except: vec![],
        }
    }

    #[test]
    fn weekly_group_keeps_local_time_across_autumn_change() {
        // Summer time ends on Sunday 25 October 2026.
        let sessions = weekly_at_five(date(2026, 10, 20), 2).occurrences();
        assert_eq!(sessions[0].starts_at.hour(), 15, "17:00 CEST is 15:00 UTC");
        assert_eq!(sessions[1].starts_at.hour(), 16, "17:00 CET is 16:00 UTC");
        for session in &sessions {
            assert_eq!(session.starts_at.with_timezone(&Berlin).hour(), 17);
            assert_eq!(session.ends_at - session.starts_at, Duration::hours(2));
        }
    }

    #[test]
    fn weekly_group_keeps_local_time_across_spring_change() {
        // Summer time starts on Sunday 29 March 2026.
        let sessions = weekly_at_five(date(2026, 3, 24), 2).occurrences();
        assert_eq!(sessions[0].starts_at.hour(), 16);
        assert_eq!(sessions[1].starts_at.hour(), 15);
    }

    #[test]
    fn excepted_dates_are_skipped_but_counted() {
        let mut rule = weekly_at_five(date(2026, 12, 1), 4);
        rule.except = vec![date(2026, 12, 22), date(2026, 12, 29)];
        let dates: Vec<_> =
            rule.occurrences().iter().map(|o| o.starts_at.with_timezone(&Berlin).date_naive()).collect();
        assert_eq!(dates, [date(2026, 12, 1), date(2026, 12, 8), date(2026, 12, 15)]);
    }

    #[test]
    fn every_second_week() {
        let mut rule = weekly_at_five(date(2026, 1, 6), 3);
        rule.interval_weeks = 2;
        let days: Vec<_> = rule.occurrences().iter().map(|o| o.starts_at.date_naive()).collect();
        assert_eq!(days, [date(2026, 1, 6), date(2026, 1, 20), date(2026, 2, 3)]);
    }

    #[test]
    fn stored_spans_show_in_their_zone() {
        let span = LocalSpan::from_stored(1_790_000_000, 1_790_007_200, "Europe/Berlin");
        assert_eq!(span.starts.timezone(), Berlin);
        assert!(span.same_day());
        let fallback = LocalSpan::from_stored(1_790_000_000, 1_790_007_200, "Mars/Olympus");
        assert_eq!(fallback.starts.timezone(), Berlin);
    }

    #[test]
    fn time_in_spring_gap_moves_forward() {
        let gap = date(2026, 3, 29).and_hms_opt(2, 30, 0).unwrap();
        let resolved = local_to_utc(Berlin, gap).with_timezone(&Berlin);
        assert_eq!((resolved.hour(), resolved.minute()), (3, 30));
    }

    #[test]
    fn ambiguous_autumn_time_takes_the_earlier_instant() {
        let twice = date(2026, 10, 25).and_hms_opt(2, 30, 0).unwrap();
        assert_eq!(local_to_utc(Berlin, twice).hour(), 0, "02:30 CEST is 00:30 UTC");
    }
}
