//! The offer form: what staff and partners type, and the rules it must meet before an offer is
//! saved. Every problem is reported for its own field, as a catalogue key.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};

use super::offer::{Audience, Category, OfferKind, YOUTH_AGES};
use super::schedule::Frequency;

/// The form's fields as typed (all text, so that a wrong value can be shown again).
pub type Fields = BTreeMap<String, String>;
/// Field name to catalogue key of its problem.
pub type Errors = BTreeMap<String, String>;

/// A checked offer, ready to be stored.
#[derive(Debug, Clone, PartialEq)]
pub struct NewOffer {
    pub title: String,
    pub description: String,
    pub kind: OfferKind,
    pub category: Category,
    pub audience: Audience,
    pub min_age: i64,
    pub max_age: i64,
    pub languages: Vec<String>,
    pub capacity: Option<i64>,
    pub organisation_id: i64,
    pub venue_id: i64,
    pub first_date: NaiveDate,
    pub start: NaiveTime,
    pub duration: Duration,
    /// None: one date only.
    pub repeat: Option<Frequency>,
    pub count: usize,
    /// Dates of the series without a meeting (school holidays, a bank holiday).
    pub except: Vec<NaiveDate>,
    pub publish: bool,
}

/// Most dates a series may have at once; a longer series is extended later.
pub const MAX_DATES: usize = 52;
pub const MAX_TITLE_CHARS: usize = 120;
pub const MAX_DESCRIPTION_CHARS: usize = 4000;

/// Records the first problem of a field.
fn fail(errors: &mut Errors, field: &str, key: &str) {
    errors.entry(field.to_owned()).or_insert_with(|| key.to_owned());
}

pub fn validate(fields: &Fields) -> Result<NewOffer, Errors> {
    let mut errors = Errors::new();
    let text = |name: &str| fields.get(name).map(|value| value.trim()).unwrap_or_default();

    let title = text("title");
    if title.is_empty() {
        fail(&mut errors, "title", "offer-error-title-missing");
    } else if title.chars().count() > MAX_TITLE_CHARS {
        fail(&mut errors, "title", "offer-error-too-long");
    }
    let description = text("description");
    if description.chars().count() > MAX_DESCRIPTION_CHARS {
        fail(&mut errors, "description", "offer-error-too-long");
    }
    let category = Category::from_code(text("category"));
    if category.is_none() {
        fail(&mut errors, "category", "offer-error-choose");
    }
    let audience = Audience::from_code(text("audience")).unwrap_or(Audience::Youth);
    let number = |name: &str| text(name).parse::<i64>().ok();
    let (min_age, max_age) = (number("min_age"), number("max_age"));
    let ages = match (min_age, max_age) {
        (Some(min), Some(max)) if min <= max => {
            // Offers for young people stay within 12 to 27; parents and professionals are adults.
            if audience == Audience::Youth && !(YOUTH_AGES.contains(&min) && YOUTH_AGES.contains(&max)) {
                fail(&mut errors, "min_age", "offer-error-ages-youth");
            }
            Some((min, max))
        }
        (Some(_), Some(_)) => {
            fail(&mut errors, "max_age", "offer-error-ages-order");
            None
        }
        _ => {
            fail(&mut errors, "min_age", "offer-error-number");
            None
        }
    };
    let capacity = match text("capacity") {
        "" => None,
        typed => match typed.parse::<i64>() {
            Ok(places) if places >= 1 => Some(places),
            _ => {
                fail(&mut errors, "capacity", "offer-error-capacity");
                None
            }
        },
    };
    let organisation_id = number("organisation_id");
    if organisation_id.is_none() {
        fail(&mut errors, "organisation_id", "offer-error-choose");
    }
    let venue_id = number("venue_id");
    if venue_id.is_none() {
        fail(&mut errors, "venue_id", "offer-error-choose");
    }
    let first_date = NaiveDate::parse_from_str(text("first_date"), "%Y-%m-%d").ok();
    if first_date.is_none() {
        fail(&mut errors, "first_date", "offer-error-date");
    }
    let time = |name: &str| NaiveTime::parse_from_str(text(name), "%H:%M").ok();
    let (start, end) = (time("start"), time("end"));
    match (start, end) {
        (Some(start), Some(end)) if end <= start => fail(&mut errors, "end", "offer-error-end-before-start"),
        (None, _) => fail(&mut errors, "start", "offer-error-time"),
        (_, None) => fail(&mut errors, "end", "offer-error-time"),
        _ => {}
    }
    let repeat = match (text("repeat"), first_date) {
        ("weekly", _) => Some(Frequency::Weekly { interval: 1 }),
        ("fortnightly", _) => Some(Frequency::Weekly { interval: 2 }),
        // "Monthly" repeats the first date's place in its month: the 2nd Tuesday stays the 2nd Tuesday.
        ("monthly", Some(date)) => {
            let nth = i8::try_from((date.day() - 1) / 7 + 1).unwrap_or(1);
            Some(Frequency::MonthlyNthWeekday { nth, weekday: date.weekday() })
        }
        _ => None,
    };
    let mut except = Vec::new();
    for typed in text("except").split([',', '\n', ' ']).map(str::trim).filter(|t| !t.is_empty()) {
        match NaiveDate::parse_from_str(typed, "%Y-%m-%d") {
            Ok(date) => except.push(date),
            Err(_) => fail(&mut errors, "except", "offer-error-except"),
        }
    }
    let count = match (repeat, text("count").parse::<usize>()) {
        (None, _) => 1,
        (Some(_), Ok(count)) if (1..=MAX_DATES).contains(&count) => count,
        (Some(_), _) => {
            fail(&mut errors, "count", "offer-error-count");
            1
        }
    };
    let languages: Vec<String> =
        text("languages").split(',').map(str::trim).filter(|c| !c.is_empty()).map(str::to_owned).collect();

    if !errors.is_empty() {
        return Err(errors);
    }
    let ((min_age, max_age), (start, end)) =
        (ages.unwrap_or((12, 27)), (start.unwrap_or_default(), end.unwrap_or_default()));
    Ok(NewOffer {
        title: title.to_owned(),
        description: description.to_owned(),
        kind: if repeat.is_some() { OfferKind::Group } else { OfferKind::Event },
        category: category.unwrap_or(Category::Leisure),
        audience,
        min_age,
        max_age,
        languages: if languages.is_empty() { vec!["de".to_owned()] } else { languages },
        capacity,
        organisation_id: organisation_id.unwrap_or_default(),
        venue_id: venue_id.unwrap_or_default(),
        first_date: first_date.unwrap_or_default(),
        start,
        duration: end - start,
        repeat,
        count,
        except,
        publish: fields.contains_key("publish"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weekly_group() -> Fields {
        [
            ("title", "Sprachcafé Porz"),
            ("description", "Deutsch sprechen bei Tee."),
            ("category", "language"),
            ("audience", "youth"),
            ("min_age", "14"),
            ("max_age", "27"),
            ("capacity", ""),
            ("organisation_id", "1"),
            ("venue_id", "2"),
            ("first_date", "2026-12-01"),
            ("start", "17:00"),
            ("end", "18:30"),
            ("repeat", "weekly"),
            ("count", "10"),
            ("languages", "de,ar"),
            ("publish", "on"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect()
    }

    fn with(change: &[(&str, &str)]) -> Fields {
        let mut fields = weekly_group();
        for (name, value) in change {
            fields.insert((*name).to_owned(), (*value).to_owned());
        }
        fields
    }

    #[test]
    fn a_complete_weekly_group_is_valid() {
        let offer = validate(&weekly_group()).unwrap();
        assert_eq!(offer.kind, OfferKind::Group);
        assert_eq!(offer.repeat, Some(Frequency::Weekly { interval: 1 }));
        assert_eq!((offer.count, offer.duration), (10, Duration::minutes(90)));
        assert_eq!(offer.languages, ["de", "ar"]);
        assert!(offer.publish && offer.capacity.is_none());
    }

    #[test]
    fn each_problem_is_reported_at_its_field() {
        /// A change to a valid form, the field it breaks, and the message expected there.
        type Case = (&'static [(&'static str, &'static str)], &'static str, &'static str);
        let cases: &[Case] = &[
            (&[("title", "  ")], "title", "offer-error-title-missing"),
            (&[("end", "16:00")], "end", "offer-error-end-before-start"),
            (&[("start", "5 Uhr")], "start", "offer-error-time"),
            (&[("min_age", "10")], "min_age", "offer-error-ages-youth"),
            (&[("min_age", "20"), ("max_age", "16")], "max_age", "offer-error-ages-order"),
            (&[("capacity", "0")], "capacity", "offer-error-capacity"),
            (&[("capacity", "viele")], "capacity", "offer-error-capacity"),
            (&[("count", "100")], "count", "offer-error-count"),
            (&[("first_date", "1.12.2026")], "first_date", "offer-error-date"),
            (&[("category", "")], "category", "offer-error-choose"),
        ];
        for (change, field, key) in cases {
            let errors = validate(&with(change)).unwrap_err();
            assert_eq!(errors.get(*field).map(String::as_str), Some(*key), "{change:?}: {errors:?}");
        }
    }

    #[test]
    fn monthly_keeps_the_first_dates_weekday_of_the_month_and_holidays_are_left_out() {
        // 2026-12-08 is the second Tuesday of December.
        let offer = validate(&with(&[
            ("repeat", "monthly"),
            ("first_date", "2026-12-08"),
            ("except", "2027-01-12, 2027-02-09"),
        ]))
        .unwrap();
        assert_eq!(offer.repeat, Some(Frequency::MonthlyNthWeekday { nth: 2, weekday: chrono::Weekday::Tue }));
        assert_eq!(offer.except.len(), 2);
        let errors = validate(&with(&[("except", "nächste Woche")])).unwrap_err();
        assert_eq!(errors.get("except").map(String::as_str), Some("offer-error-except"));
    }

    #[test]
    fn parents_may_be_adults_and_single_dates_need_no_count() {
        let offer = validate(&with(&[
            ("audience", "parents"),
            ("min_age", "18"),
            ("max_age", "99"),
            ("repeat", "once"),
            ("count", ""),
        ]))
        .unwrap();
        assert_eq!((offer.kind, offer.count, offer.repeat), (OfferKind::Event, 1, None));
    }
}
