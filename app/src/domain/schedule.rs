//! When sessions happen. Rules are written in the offer's local time: a group that meets at 17:00
//! meets at 17:00 on both sides of a daylight-saving change, so its UTC instant moves instead.

use chrono::{
    DateTime, Datelike, Duration, LocalResult, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc, Weekday,
};
use chrono_tz::Tz;

/// The zone of a site that names none: German sites plan in Berlin time. Every other local time
/// comes from a site's settings (or, on pages spanning sites, the installation's zone).
pub const DEFAULT_ZONE: Tz = chrono_tz::Europe::Berlin;

/// A stored zone name as a zone. Forms accept only known names, so an unknown one was written by
/// hand into the database; the default shows the date rather than hiding it.
pub fn zone(name: &str) -> Tz {
    name.parse().unwrap_or(DEFAULT_ZONE)
}

/// One session as stored: UTC instants, shown later in the offer's zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Occurrence {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
}

impl Occurrence {
    /// A date from `start` to `end` (later the same day) in local time on `date`. The length is
    /// the wall-clock difference, as with the dates a rule produces.
    pub fn on(time_zone: Tz, date: NaiveDate, start: NaiveTime, end: NaiveTime) -> Self {
        Self::between(time_zone, (date, start), (date, end))
    }

    /// A date from `start` on `date` to `end` on `end_date` (a trip ends days later).
    pub fn between(
        time_zone: Tz,
        (date, start): (NaiveDate, NaiveTime),
        (end_date, end): (NaiveDate, NaiveTime),
    ) -> Self {
        let starts_at = local_to_utc(time_zone, date.and_time(start));
        Occurrence { starts_at, ends_at: starts_at + (end_date.and_time(end) - date.and_time(start)) }
    }
}

/// A stored session in the zone it is shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalSpan {
    pub starts: DateTime<Tz>,
    pub ends: DateTime<Tz>,
}

impl LocalSpan {
    /// From stored UTC seconds and an IANA zone name (see [`zone`]).
    pub fn from_stored(starts_at: i64, ends_at: i64, time_zone: &str) -> Self {
        Self::in_zone(starts_at, ends_at, zone(time_zone))
    }

    pub fn in_zone(starts_at: i64, ends_at: i64, zone: Tz) -> Self {
        LocalSpan { starts: local_instant(starts_at, zone), ends: local_instant(ends_at, zone) }
    }

    pub fn same_day(&self) -> bool {
        self.starts.date_naive() == self.ends.date_naive()
    }
}

/// How a group offer repeats, with RFC 5545 RRULE semantics.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frequency {
    /// Every `interval` weeks on the weekday of the first date (`FREQ=WEEKLY;INTERVAL=n`).
    Weekly { interval: u32 },
    /// The `nth` weekday of every month; -1 is the last (`FREQ=MONTHLY;BYDAY=2TU`, `BYDAY=-1FR`).
    MonthlyNthWeekday { nth: i8, weekday: Weekday },
}

/// A repeating schedule in local time, with dates left out (EXDATE).
#[derive(Clone, Debug)]
pub struct Recurrence {
    pub frequency: Frequency,
    /// The first date on which the group may meet; the rule counts from here.
    pub first_date: NaiveDate,
    pub start: NaiveTime,
    pub duration: Duration,
    pub count: usize,
    pub time_zone: Tz,
    /// Dates on which the group does not meet, such as school holidays.
    pub except: Vec<NaiveDate>,
}

impl Recurrence {
    /// The local dates the rule produces, in order; excepted dates still count towards `count`,
    /// as EXDATE does.
    pub fn dates(&self) -> Vec<NaiveDate> {
        match self.frequency {
            Frequency::Weekly { interval } => {
                let step = Duration::weeks(i64::from(interval.max(1)));
                (0..self.count).filter_map(|n| Some(self.first_date + step * i32::try_from(n).ok()?)).collect()
            }
            Frequency::MonthlyNthWeekday { nth, weekday } => {
                let mut month = self.first_date.with_day(1).expect("the first of a month exists");
                let mut dates = Vec::with_capacity(self.count);
                // Months without a fifth weekday are skipped, as RRULE does; 600 months bound the search.
                for _ in 0..600 {
                    if dates.len() == self.count {
                        break;
                    }
                    if let Some(date) = nth_weekday(month.year(), month.month(), nth, weekday)
                        && date >= self.first_date
                    {
                        dates.push(date);
                    }
                    month = month.checked_add_months(Months::new(1)).expect("dates stay in range");
                }
                dates
            }
        }
    }

    /// The occurrences as instants, without the excepted dates.
    pub fn occurrences(&self) -> Vec<Occurrence> {
        self.dates()
            .into_iter()
            .filter(|date| !self.except.contains(date))
            .map(|date| {
                // The end is a wall-clock time too: a weekend camp across a daylight-saving change
                // still ends at 14:00 on Sunday.
                let local_start = date.and_time(self.start);
                Occurrence {
                    starts_at: local_to_utc(self.time_zone, local_start),
                    ends_at: local_to_utc(self.time_zone, local_start + self.duration),
                }
            })
            .collect()
    }

    /// The RRULE value for calendar files, e.g. "FREQ=WEEKLY;INTERVAL=2;COUNT=10".
    pub fn rrule(&self) -> String {
        match self.frequency {
            Frequency::Weekly { interval } => format!("FREQ=WEEKLY;INTERVAL={};COUNT={}", interval.max(1), self.count),
            Frequency::MonthlyNthWeekday { nth, weekday } => {
                format!("FREQ=MONTHLY;BYDAY={nth}{};COUNT={}", ical_weekday(weekday), self.count)
            }
        }
    }
}

/// The `nth` (1..=5, or -1 for the last) `weekday` of a month, if the month has one.
pub fn nth_weekday(year: i32, month: u32, nth: i8, weekday: Weekday) -> Option<NaiveDate> {
    if nth > 0 {
        NaiveDate::from_weekday_of_month_opt(year, month, weekday, u8::try_from(nth).ok()?)
    } else if nth == -1 {
        let next_month = NaiveDate::from_ymd_opt(year, month, 1)?.checked_add_months(Months::new(1))?;
        let last_day = next_month.pred_opt()?;
        let back = (7 + last_day.weekday().num_days_from_monday() - weekday.num_days_from_monday()) % 7;
        Some(last_day - Duration::days(i64::from(back)))
    } else {
        None
    }
}

fn ical_weekday(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
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

/// Stored UTC seconds as the wall-clock time in `zone`.
pub fn local_instant(secs: i64, zone: Tz) -> DateTime<Tz> {
    DateTime::from_timestamp(secs, 0).unwrap_or_default().with_timezone(&zone)
}

/// The first instant of a local day, in UTC seconds (a filter's "from", a programme's first day).
pub fn day_start(time_zone: Tz, date: NaiveDate) -> i64 {
    local_to_utc(time_zone, date.and_time(NaiveTime::MIN)).timestamp()
}

/// The instant a local day ends (the next day's start): what "until 3 March" means.
pub fn day_end(time_zone: Tz, date: NaiveDate) -> i64 {
    day_start(time_zone, date.succ_opt().unwrap_or(date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Timelike;
    use chrono_tz::Europe::Berlin;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn time(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn weekly_at_five(first: NaiveDate, count: usize) -> Recurrence {
        Recurrence {
            frequency: Frequency::Weekly { interval: 1 },
            first_date: first,
            start: time(17, 0),
            duration: Duration::hours(2),
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
    fn a_date_moved_past_the_autumn_change_keeps_its_local_time() {
        let moved = Occurrence::on(Berlin, date(2026, 10, 26), time(17, 0), time(18, 30));
        assert_eq!(moved.starts_at.hour(), 16, "17:00 CET is 16:00 UTC");
        assert_eq!(moved.ends_at - moved.starts_at, Duration::minutes(90));
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
        rule.frequency = Frequency::Weekly { interval: 2 };
        let days: Vec<_> = rule.occurrences().iter().map(|o| o.starts_at.date_naive()).collect();
        assert_eq!(days, [date(2026, 1, 6), date(2026, 1, 20), date(2026, 2, 3)]);
        assert_eq!(rule.rrule(), "FREQ=WEEKLY;INTERVAL=2;COUNT=3");
    }

    #[test]
    fn monthly_on_the_second_tuesday_across_the_autumn_change() {
        let mut rule = weekly_at_five(date(2026, 9, 1), 3);
        rule.frequency = Frequency::MonthlyNthWeekday { nth: 2, weekday: Weekday::Tue };
        assert_eq!(rule.dates(), [date(2026, 9, 8), date(2026, 10, 13), date(2026, 11, 10)]);
        let hours: Vec<_> = rule.occurrences().iter().map(|o| o.starts_at.hour()).collect();
        assert_eq!(hours, [15, 15, 16], "17:00 local before and after summer time ends");
        assert_eq!(rule.rrule(), "FREQ=MONTHLY;BYDAY=2TU;COUNT=3");
    }

    #[test]
    fn monthly_on_the_last_friday_and_the_fifth_monday() {
        let mut rule = weekly_at_five(date(2026, 1, 1), 3);
        rule.frequency = Frequency::MonthlyNthWeekday { nth: -1, weekday: Weekday::Fri };
        assert_eq!(rule.dates(), [date(2026, 1, 30), date(2026, 2, 27), date(2026, 3, 27)]);
        assert_eq!(rule.rrule(), "FREQ=MONTHLY;BYDAY=-1FR;COUNT=3");
        // Only months with five Mondays have a fifth Monday.
        rule.frequency = Frequency::MonthlyNthWeekday { nth: 5, weekday: Weekday::Mon };
        assert_eq!(rule.dates(), [date(2026, 3, 30), date(2026, 6, 29), date(2026, 8, 31)]);
    }

    #[test]
    fn a_first_date_after_this_months_occurrence_starts_next_month() {
        let mut rule = weekly_at_five(date(2026, 11, 25), 1);
        rule.frequency = Frequency::MonthlyNthWeekday { nth: 1, weekday: Weekday::Mon };
        assert_eq!(rule.dates(), [date(2026, 12, 7)]);
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
