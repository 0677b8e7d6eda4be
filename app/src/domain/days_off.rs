//! Days without groups: a federal state's public holidays (computed), its school holidays (from
//! the shipped KMK data file) and a site's own closing days (bridge days, team days). A series
//! skips them on request, and an offer's page says why a week has no session.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::site_form::FederalState;

/// The school holidays of every state, as the KMK publishes them (see the file's header).
pub const SCHOOL_HOLIDAYS: &str = include_str!("../../data/school_holidays.csv");

/// Why there is no session on a day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// A public holiday, by its catalogue key ("holiday-easter-monday").
    PublicHoliday(&'static str),
    /// School holidays, by their German name ("Herbstferien"), as the KMK names them.
    SchoolHolidays(String),
    /// A site's own closing day, with the reason staff gave.
    Closed(String),
}

impl Reason {
    /// The catalogue key that says it in the reader's language; a closing day's reason is the
    /// text staff wrote (None).
    pub fn key(&self) -> Option<&'static str> {
        match self {
            Reason::PublicHoliday(key) => Some(key),
            Reason::SchoolHolidays(name) => Some(match name.as_str() {
                "Herbstferien" => "school-holidays-autumn",
                "Weihnachtsferien" => "school-holidays-christmas",
                "Winterferien" => "school-holidays-winter",
                "Osterferien" => "school-holidays-easter",
                "Pfingstferien" => "school-holidays-whitsun",
                "Sommerferien" => "school-holidays-summer",
                _ => "school-holidays-other",
            }),
            Reason::Closed(_) => None,
        }
    }
}

/// One period of school holidays of one state, first and last day inclusive.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Period {
    pub state: FederalState,
    pub name: String,
    pub first: NaiveDate,
    pub last: NaiveDate,
}

/// A line of the holiday file that cannot be read: its number (from 1) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    pub line: usize,
    pub problem: &'static str,
}

impl std::fmt::Display for LineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

impl std::error::Error for LineError {}

/// Reads a holiday file: `STATE;SCHOOL_YEAR;NAME;FIRST_DAY;LAST_DAY` per line, `#` for comments.
/// One broken line fails the whole file, so that a half-read calendar never skips wrong dates.
pub fn parse_school_holidays(text: &str) -> Result<Vec<Period>, LineError> {
    let mut periods = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let fail = |problem| LineError { line: index + 1, problem };
        let parts: Vec<&str> = line.split(';').map(str::trim).collect();
        let [state, _school_year, name, first, last] = parts.as_slice() else {
            return Err(fail("expected five fields separated by ';'"));
        };
        let state = FederalState::from_code(state).ok_or_else(|| fail("unknown federal state"))?;
        let day = |text: &str| NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| fail("a day is not YYYY-MM-DD"));
        let (first, last) = (day(first)?, day(last)?);
        if last < first || (last - first).num_days() > 80 {
            return Err(fail("the last day is before the first or more than 80 days after it"));
        }
        if name.is_empty() {
            return Err(fail("the holidays have no name"));
        }
        periods.push(Period { state, name: (*name).to_owned(), first, last });
    }
    Ok(periods)
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous algorithm of Meeus).
pub fn easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let (b, c) = (year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("Easter falls in March or April")
}

/// The statutory public holidays of `state` in `year`, by date. Holidays that only some towns of a
/// state keep (Fronleichnam in parts of Saxony and Thuringia, the Augsburg Friedensfest) are left
/// to the site's own closing days.
pub fn public_holidays(state: FederalState, year: i32) -> Vec<(NaiveDate, &'static str)> {
    use FederalState::*;
    let fixed = |month, day| NaiveDate::from_ymd_opt(year, month, day).expect("a fixed holiday exists every year");
    let easter = easter(year);
    let after_easter = |days| easter + Duration::days(days);
    let mut days = vec![
        (fixed(1, 1), "holiday-new-year"),
        (after_easter(-2), "holiday-good-friday"),
        (after_easter(1), "holiday-easter-monday"),
        (fixed(5, 1), "holiday-labour-day"),
        (after_easter(39), "holiday-ascension"),
        (after_easter(50), "holiday-whit-monday"),
        (fixed(10, 3), "holiday-german-unity"),
        (fixed(12, 25), "holiday-christmas"),
        (fixed(12, 26), "holiday-boxing-day"),
    ];
    let mut add = |applies: bool, day: NaiveDate, key| {
        if applies {
            days.push((day, key));
        }
    };
    add(matches!(state, BadenWuerttemberg | Bayern | SachsenAnhalt), fixed(1, 6), "holiday-epiphany");
    add(
        matches!(state, Berlin) || (matches!(state, MecklenburgVorpommern) && year >= 2023),
        fixed(3, 8),
        "holiday-womens-day",
    );
    add(matches!(state, Brandenburg), easter, "holiday-easter-sunday");
    add(matches!(state, Brandenburg), after_easter(49), "holiday-whit-sunday");
    add(
        matches!(state, BadenWuerttemberg | Bayern | Hessen | NordrheinWestfalen | RheinlandPfalz | Saarland),
        after_easter(60),
        "holiday-corpus-christi",
    );
    add(matches!(state, Saarland | Bayern), fixed(8, 15), "holiday-assumption");
    add(matches!(state, Thueringen), fixed(9, 20), "holiday-childrens-day");
    add(
        matches!(
            state,
            Brandenburg
                | MecklenburgVorpommern
                | Sachsen
                | SachsenAnhalt
                | Thueringen
                | Bremen
                | Hamburg
                | Niedersachsen
                | SchleswigHolstein
        ),
        fixed(10, 31),
        "holiday-reformation-day",
    );
    add(
        matches!(state, BadenWuerttemberg | Bayern | NordrheinWestfalen | RheinlandPfalz | Saarland),
        fixed(11, 1),
        "holiday-all-saints",
    );
    add(matches!(state, Sachsen), repentance_day(year), "holiday-repentance-day");
    days.sort();
    days
}

/// Buß- und Bettag: the last Wednesday before 23 November.
fn repentance_day(year: i32) -> NaiveDate {
    let mut day = NaiveDate::from_ymd_opt(year, 11, 22).expect("22 November exists");
    while day.weekday() != Weekday::Wed {
        day = day.pred_opt().expect("a day before");
    }
    day
}

/// Every day off of a site between `from` and `to` (inclusive), with its reason: public holidays of
/// its state, its state's school holidays from `periods`, and its own `closing` days.
pub fn days_off(
    state: FederalState,
    periods: &[Period],
    closing: &[(NaiveDate, String)],
    (from, to): (NaiveDate, NaiveDate),
) -> Vec<(NaiveDate, Reason)> {
    let mut days: Vec<(NaiveDate, Reason)> = (from.year()..=to.year())
        .flat_map(|year| public_holidays(state, year))
        .filter(|(day, _)| (from..=to).contains(day))
        .map(|(day, key)| (day, Reason::PublicHoliday(key)))
        .collect();
    for period in periods.iter().filter(|period| period.state == state) {
        let mut day = period.first.max(from);
        while day <= period.last.min(to) {
            days.push((day, Reason::SchoolHolidays(period.name.clone())));
            day += Duration::days(1);
        }
    }
    days.extend(
        closing
            .iter()
            .filter(|(day, _)| (from..=to).contains(day))
            .map(|(day, reason)| (*day, Reason::Closed(reason.clone()))),
    );
    // A site's own reason first, then a public holiday, then school holidays: the most telling one.
    days.sort_by_key(|(day, reason)| {
        let rank = match reason {
            Reason::Closed(_) => 0,
            Reason::PublicHoliday(_) => 1,
            Reason::SchoolHolidays(_) => 2,
        };
        (*day, rank)
    });
    days.dedup_by_key(|(day, _)| *day);
    days
}

/// The dates a weekly (every `interval_weeks`) series would have had between its first and last
/// session but does not: the weeks to explain.
pub fn missing_weeks(sessions: &[NaiveDate], interval_weeks: i64) -> Vec<NaiveDate> {
    let step = Duration::weeks(interval_weeks.max(1));
    let mut missing = Vec::new();
    for pair in sessions.windows(2) {
        let mut expected = pair[0] + step;
        while expected < pair[1] {
            missing.push(expected);
            expected += step;
        }
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn easter_falls_on_the_published_sundays() {
        assert_eq!(easter(2026), day(2026, 4, 5));
        assert_eq!(easter(2027), day(2027, 3, 28));
        assert_eq!(easter(2028), day(2028, 4, 16));
        assert_eq!(easter(2029), day(2029, 4, 1));
        assert_eq!(easter(2038), day(2038, 4, 25), "the latest possible");
    }

    #[test]
    fn states_keep_their_own_holidays() {
        let keys = |state, year| public_holidays(state, year).into_iter().map(|(_, key)| key).collect::<Vec<_>>();
        let nrw = keys(FederalState::NordrheinWestfalen, 2027);
        assert!(nrw.contains(&"holiday-corpus-christi") && nrw.contains(&"holiday-all-saints"));
        assert!(!nrw.contains(&"holiday-reformation-day"));
        let saxony = public_holidays(FederalState::Sachsen, 2027);
        assert!(saxony.contains(&(day(2027, 11, 17), "holiday-repentance-day")), "{saxony:?}");
        assert!(saxony.contains(&(day(2027, 10, 31), "holiday-reformation-day")));
        assert!(public_holidays(FederalState::Bayern, 2027).contains(&(day(2027, 5, 27), "holiday-corpus-christi")));
        assert!(public_holidays(FederalState::Berlin, 2027).contains(&(day(2027, 3, 8), "holiday-womens-day")));
        assert!(public_holidays(FederalState::Thueringen, 2027).contains(&(day(2027, 9, 20), "holiday-childrens-day")));
        assert_eq!(repentance_day(2026), day(2026, 11, 18));
        assert_eq!(repentance_day(2028), day(2028, 11, 22));
        for state in FederalState::ALL {
            assert!(public_holidays(*state, 2027).len() >= 9, "{state:?}");
        }
    }

    #[test]
    fn the_holiday_file_reads_and_a_broken_line_is_named() {
        let text =
            "# KMK\nNW;2026/27;Herbstferien;2026-10-17;2026-10-31\n\nBY;2026/27;Herbstferien;2026-11-02;2026-11-06\n";
        let periods = parse_school_holidays(text).unwrap();
        assert_eq!(periods.len(), 2);
        assert_eq!(periods[1].state, FederalState::Bayern);
        for (broken, problem) in [
            ("XX;2026/27;Herbstferien;2026-10-17;2026-10-31", "unknown federal state"),
            ("NW;2026/27;Herbstferien;17.10.2026;2026-10-31", "a day is not YYYY-MM-DD"),
            (
                "NW;2026/27;Herbstferien;2026-10-31;2026-10-17",
                "the last day is before the first or more than 80 days after it",
            ),
            ("NW;Herbstferien;2026-10-17;2026-10-31", "expected five fields separated by ';'"),
        ] {
            let error = parse_school_holidays(&format!("# header\n{broken}\n")).unwrap_err();
            assert_eq!(error, LineError { line: 2, problem }, "{broken}");
        }
    }

    #[test]
    fn the_shipped_file_reads_and_covers_every_state() {
        let periods = parse_school_holidays(SCHOOL_HOLIDAYS).expect("the shipped holiday file reads");
        for state in FederalState::ALL {
            assert!(periods.iter().any(|period| period.state == *state), "{state:?} has holidays in the file");
        }
    }

    #[test]
    fn days_off_come_with_the_most_telling_reason() {
        let periods = parse_school_holidays("NW;2026/27;Osterferien;2027-03-22;2027-04-03").unwrap();
        let closing = vec![(day(2027, 3, 29), "Teamtag".to_owned())];
        let off = days_off(FederalState::NordrheinWestfalen, &periods, &closing, (day(2027, 3, 20), day(2027, 4, 5)));
        let on = |d| off.iter().find(|(date, _)| *date == d).map(|(_, reason)| reason.clone());
        assert_eq!(on(day(2027, 3, 22)), Some(Reason::SchoolHolidays("Osterferien".into())));
        assert_eq!(on(day(2027, 3, 26)), Some(Reason::PublicHoliday("holiday-good-friday")));
        assert_eq!(on(day(2027, 3, 29)), Some(Reason::Closed("Teamtag".into())));
        assert_eq!(on(day(2027, 4, 5)), None, "school has started again");
        let bavaria = days_off(FederalState::Bayern, &periods, &[], (day(2027, 3, 20), day(2027, 4, 5)));
        assert!(!bavaria.iter().any(|(_, reason)| matches!(reason, Reason::SchoolHolidays(_))), "NRW's holidays only");
    }

    #[test]
    fn missing_weeks_are_the_gaps_in_a_series() {
        let sessions = [day(2027, 3, 16), day(2027, 4, 6), day(2027, 4, 13)];
        assert_eq!(missing_weeks(&sessions, 1), [day(2027, 3, 23), day(2027, 3, 30)]);
        assert!(missing_weeks(&sessions[1..], 1).is_empty());
    }
}
