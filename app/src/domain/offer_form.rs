//! The offer form: what staff and partners type, and the rules it must meet before an offer is
//! saved. Every problem is reported for its own field, as a catalogue key.

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;

use super::email::looks_like_email;
use super::offer::{Audience, CONTENT_LANGUAGES, Category, Focus, OfferKind, Registration, Visibility, YOUTH_AGES};
use super::schedule::{Frequency, Occurrence, Recurrence};

/// The form's fields as typed (all text, so that a wrong value can be shown again).
pub type Fields = BTreeMap<String, String>;
/// Field name to catalogue key of its problem.
pub type Errors = BTreeMap<String, String>;

/// What an offer is, apart from when it meets: everything the editor of an existing offer changes.
#[derive(Debug, Clone, PartialEq)]
pub struct OfferDetails {
    /// The German title and description, which every offer has.
    pub title: String,
    pub description: String,
    /// Titles and descriptions in other languages: (code, title, description), title never empty.
    pub translations: Vec<(String, String, String)>,
    pub category: Category,
    pub audience: Audience,
    pub focus: Focus,
    pub min_age: i64,
    pub max_age: i64,
    pub languages: Vec<String>,
    pub capacity: Option<i64>,
    /// The share of the places, in percent, one network may take within an hour (see
    /// `registration::beyond_network_share`); staff raise it for a class that registers together.
    pub network_share: i64,
    pub organisation_id: i64,
    /// Organisations that run the offer together with the lead organisation.
    pub cohosts: Vec<i64>,
    pub venue_id: i64,
    pub programme_id: Option<i64>,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub registration: Registration,
    /// Local times; None: open since publication, or until the date starts.
    pub registration_opens: Option<NaiveDateTime>,
    pub registration_closes: Option<NaiveDateTime>,
    /// Reminders to the people registered: a day before each date, and two hours before.
    pub remind_day_before: bool,
    pub remind_two_hours_before: bool,
    /// None: free. In euro cents.
    pub cost_cents: Option<i64>,
    /// What to bring ("sports shoes, a water bottle").
    pub bring: String,
    /// Where to meet when it is not the venue itself.
    pub meeting_point: String,
    pub visibility: Visibility,
    /// A trip with a night away: the registration asks for an emergency contact, and staff
    /// record a parent's consent on paper for everyone under 18.
    pub overnight: bool,
}

/// When a new offer meets: one date, or a repeating series with dates left out.
#[derive(Debug, Clone, PartialEq)]
pub struct SeriesPlan {
    pub first_date: NaiveDate,
    pub start: NaiveTime,
    pub duration: Duration,
    /// None: one date only.
    pub repeat: Option<Frequency>,
    pub count: usize,
    /// Dates of the series without a meeting (school holidays, a bank holiday).
    pub except: Vec<NaiveDate>,
}

impl SeriesPlan {
    pub fn kind(&self) -> OfferKind {
        if self.repeat.is_some() { OfferKind::Group } else { OfferKind::Event }
    }

    pub fn recurrence(&self, time_zone: Tz) -> Recurrence {
        Recurrence {
            frequency: self.repeat.unwrap_or(Frequency::Weekly { interval: 1 }),
            first_date: self.first_date,
            start: self.start,
            duration: self.duration,
            count: self.count,
            time_zone,
            except: self.except.clone(),
        }
    }

    /// The first and last date the rule produces (days left out included).
    pub fn span(&self) -> (NaiveDate, NaiveDate) {
        let dates = self.recurrence(chrono_tz::UTC).dates();
        (self.first_date, dates.last().copied().unwrap_or(self.first_date))
    }

    /// Leaves out every date of a series that falls on one of `days_off`. A single date stays:
    /// staff chose that day on purpose.
    pub fn leave_out<T>(&mut self, days_off: &[(NaiveDate, T)]) {
        if self.repeat.is_none() {
            return;
        }
        for date in self.recurrence(chrono_tz::UTC).dates() {
            if days_off.iter().any(|(day, _)| *day == date) && !self.except.contains(&date) {
                self.except.push(date);
            }
        }
    }

    /// The start of the last date, in local time.
    fn last_start(&self) -> Option<NaiveDateTime> {
        let dates = self.recurrence(chrono_tz::UTC).dates();
        dates.into_iter().rev().find(|date| !self.except.contains(date)).map(|date| date.and_time(self.start))
    }
}

/// A checked new offer, ready to be stored.
#[derive(Debug, Clone, PartialEq)]
pub struct NewOffer {
    pub details: OfferDetails,
    pub plan: SeriesPlan,
    pub publish: bool,
}

/// What is already true of a stored offer that its changes must respect.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Limits {
    /// Places held by registrations (confirmed or awaiting a parent's consent).
    pub places_taken: i64,
    /// The local start of the offer's last scheduled date.
    pub last_start: Option<NaiveDateTime>,
}

/// One date: a day with a start and an end time, ending the same day or (a trip) on `end_date`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateTimes {
    pub date: NaiveDate,
    pub start: NaiveTime,
    pub end_date: NaiveDate,
    pub end: NaiveTime,
}

impl DateTimes {
    pub fn occurrence(self, time_zone: Tz) -> Occurrence {
        Occurrence::between(time_zone, (self.date, self.start), (self.end_date, self.end))
    }
}

/// Most dates a series may have at once; a longer series is extended later.
pub const MAX_DATES: usize = 52;
/// Longest single date: a holiday camp of two weeks.
pub const MAX_EVENT_DAYS: i64 = 14;
pub const MAX_TITLE_CHARS: usize = 120;
/// Half the places per network and hour, unless staff say otherwise.
pub const DEFAULT_NETWORK_SHARE: i64 = 50;
pub const MAX_DESCRIPTION_CHARS: usize = 4000;
const MAX_CONTACT_CHARS: usize = 120;
/// What to bring, where to meet: a line or two on a phone.
const MAX_PRACTICAL_CHARS: usize = 300;
/// The most an offer may cost, in cents: youth work, not a package holiday.
const MAX_COST_CENTS: i64 = 100_000;

/// An amount in euros as people type it ("5", "12,50", "12.50 €"), in cents; "" and "0" are free.
fn parse_cost(typed: &str) -> Result<Option<i64>, ()> {
    let typed = typed.trim_end_matches('€').trim();
    if typed.is_empty() {
        return Ok(None);
    }
    let (euros, cents) = match typed.split_once([',', '.']) {
        Some((euros, cents)) if (1..=2).contains(&cents.len()) => (euros, format!("{cents:0<2}")),
        Some(_) => return Err(()),
        None => (typed, "00".to_owned()),
    };
    let digits = |text: &str| !text.is_empty() && text.chars().all(|c| c.is_ascii_digit());
    if !digits(euros) || !digits(&cents) {
        return Err(());
    }
    let total =
        euros.parse::<i64>().map_err(|_| ())?.checked_mul(100).ok_or(())? + cents.parse::<i64>().map_err(|_| ())?;
    match total {
        0 => Ok(None),
        total if total <= MAX_COST_CENTS => Ok(Some(total)),
        _ => Err(()),
    }
}

/// Records the first problem of a field.
pub(super) fn fail(errors: &mut Errors, field: &str, key: &str) {
    errors.entry(field.to_owned()).or_insert_with(|| key.to_owned());
}

pub(super) fn text<'a>(fields: &'a Fields, name: &str) -> &'a str {
    fields.get(name).map(|value| value.trim()).unwrap_or_default()
}

/// A text field checked for presence (when `required`) and length (at most `max` characters).
pub(super) fn bounded_text(fields: &Fields, errors: &mut Errors, (name, max): (&str, usize), required: bool) -> String {
    let value = text(fields, name);
    if required && value.is_empty() {
        fail(errors, name, "form-error-missing");
    } else if value.chars().count() > max {
        fail(errors, name, "offer-error-too-long");
    }
    value.to_owned()
}

fn number(fields: &Fields, name: &str) -> Option<i64> {
    text(fields, name).parse().ok()
}

/// A new offer: its details and its plan, checked together (the registration window must close
/// before the last date).
pub fn validate(fields: &Fields) -> Result<NewOffer, Errors> {
    let mut errors = Errors::new();
    let plan = check_plan(fields, &mut errors);
    let limits = Limits { places_taken: 0, last_start: plan.as_ref().and_then(SeriesPlan::last_start) };
    let details = check_details(fields, limits, &mut errors);
    match (details, plan) {
        (Some(details), Some(plan)) if errors.is_empty() => {
            Ok(NewOffer { details, plan, publish: fields.contains_key("publish") })
        }
        _ => Err(errors),
    }
}

/// The details of a stored offer, as its editor changes them.
pub fn validate_details(fields: &Fields, limits: Limits) -> Result<OfferDetails, Errors> {
    let mut errors = Errors::new();
    match check_details(fields, limits, &mut errors) {
        Some(details) if errors.is_empty() => Ok(details),
        _ => Err(errors),
    }
}

/// A single date (moving or adding one) in the fields `date`, `start` and `end`, and `end_date`
/// when it ends on a later day.
pub fn validate_date_times(fields: &Fields) -> Result<DateTimes, Errors> {
    let mut errors = Errors::new();
    let date = check_date(fields, "date", &mut errors);
    let days_later = check_end_date(fields, date, &mut errors);
    match (date, check_times_over(fields, &mut errors, days_later)) {
        (Some(date), Some((start, end))) if errors.is_empty() => {
            Ok(DateTimes { date, start, end_date: date + Duration::days(days_later), end })
        }
        _ => Err(errors),
    }
}

/// New start and end times for all coming dates of a series, in the fields `start` and `end`.
pub fn validate_times(fields: &Fields) -> Result<(NaiveTime, NaiveTime), Errors> {
    let mut errors = Errors::new();
    check_times(fields, &mut errors).ok_or(errors)
}

pub(super) fn check_date(fields: &Fields, name: &str, errors: &mut Errors) -> Option<NaiveDate> {
    let date = NaiveDate::parse_from_str(text(fields, name), "%Y-%m-%d").ok();
    if date.is_none() {
        fail(errors, name, "offer-error-date");
    }
    date
}

fn check_times(fields: &Fields, errors: &mut Errors) -> Option<(NaiveTime, NaiveTime)> {
    check_times_over(fields, errors, 0)
}

/// Start and end times of a date that ends `days_later` days after it starts (0: the same day,
/// where the end must come after the start).
fn check_times_over(fields: &Fields, errors: &mut Errors, days_later: i64) -> Option<(NaiveTime, NaiveTime)> {
    let time = |name: &str| NaiveTime::parse_from_str(text(fields, name), "%H:%M").ok();
    match (time("start"), time("end")) {
        (Some(start), Some(end)) if end > start || days_later > 0 => Some((start, end)),
        (Some(_), Some(_)) => {
            fail(errors, "end", "offer-error-end-before-start");
            None
        }
        (None, _) => {
            fail(errors, "start", "offer-error-time");
            None
        }
        (_, None) => {
            fail(errors, "end", "offer-error-time");
            None
        }
    }
}

/// How many days after `first` a trip or camp ends ("end_date", empty: the same day).
fn check_end_date(fields: &Fields, first: Option<NaiveDate>, errors: &mut Errors) -> i64 {
    match (text(fields, "end_date"), first) {
        ("", _) | (_, None) => 0,
        (typed, Some(first)) => match NaiveDate::parse_from_str(typed, "%Y-%m-%d") {
            Ok(last) if last >= first && (last - first).num_days() <= MAX_EVENT_DAYS => (last - first).num_days(),
            Ok(_) => {
                fail(errors, "end_date", "offer-error-end-date");
                0
            }
            Err(_) => {
                fail(errors, "end_date", "offer-error-date");
                0
            }
        },
    }
}

fn check_plan(fields: &Fields, errors: &mut Errors) -> Option<SeriesPlan> {
    let first_date = check_date(fields, "first_date", errors);
    // A trip or camp ends on a later day than it starts; a series meets within a day.
    let days_later = check_end_date(fields, first_date, errors);
    let times = check_times_over(fields, errors, days_later);
    let repeat = match (text(fields, "repeat"), first_date) {
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
    for typed in text(fields, "except").split([',', '\n', ' ']).map(str::trim).filter(|t| !t.is_empty()) {
        match NaiveDate::parse_from_str(typed, "%Y-%m-%d") {
            Ok(date) => except.push(date),
            Err(_) => fail(errors, "except", "offer-error-except"),
        }
    }
    let count = match (repeat, text(fields, "count").parse::<usize>()) {
        (None, _) => 1,
        (Some(_), Ok(count)) if (1..=MAX_DATES).contains(&count) => count,
        (Some(_), _) => {
            fail(errors, "count", "offer-error-count");
            1
        }
    };
    if days_later > 0 && repeat.is_some() {
        fail(errors, "end_date", "offer-error-end-date-series");
    }
    let (first_date, (start, end)) = (first_date?, times?);
    let duration = (first_date + Duration::days(days_later)).and_time(end) - first_date.and_time(start);
    Some(SeriesPlan { first_date, start, duration, repeat, count, except })
}

/// The German title and description (required, the title at least) and those in other languages
/// (a description needs its title), as offers and programmes have them.
pub(super) fn check_texts(fields: &Fields, errors: &mut Errors) -> (String, String, Vec<(String, String, String)>) {
    let mut translations = Vec::new();
    for code in CONTENT_LANGUAGES {
        let (title_field, description_field) = match *code {
            "de" => ("title".to_owned(), "description".to_owned()),
            _ => (format!("title_{code}"), format!("description_{code}")),
        };
        let (title, description) = (text(fields, &title_field), text(fields, &description_field));
        if title.is_empty() && (*code == "de" || !description.is_empty()) {
            fail(errors, &title_field, "offer-error-title-missing");
        }
        if title.chars().count() > MAX_TITLE_CHARS {
            fail(errors, &title_field, "offer-error-too-long");
        }
        if description.chars().count() > MAX_DESCRIPTION_CHARS {
            fail(errors, &description_field, "offer-error-too-long");
        }
        if !title.is_empty() {
            translations.push(((*code).to_owned(), title.to_owned(), description.to_owned()));
        }
    }
    let german = match translations.first() {
        Some((code, ..)) if code == "de" => translations.remove(0),
        _ => Default::default(),
    };
    (german.1, german.2, translations)
}

fn check_details(fields: &Fields, limits: Limits, errors: &mut Errors) -> Option<OfferDetails> {
    let text = |name: &str| text(fields, name);
    let number = |name: &str| number(fields, name);
    let (title, description, translations) = check_texts(fields, errors);
    for field in ["contact_name", "contact_email", "contact_phone"] {
        if text(field).chars().count() > MAX_CONTACT_CHARS {
            fail(errors, field, "offer-error-too-long");
        }
    }
    let category = Category::from_code(text("category"));
    if category.is_none() {
        fail(errors, "category", "offer-error-choose");
    }
    let audience = Audience::from_code(text("audience")).unwrap_or(Audience::Youth);
    let focus = Focus::from_code(text("focus")).unwrap_or(Focus::Everyone);
    let ages = match (number("min_age"), number("max_age")) {
        (Some(min), Some(max)) if min <= max => {
            // Offers for young people stay within 12 to 27; parents and professionals are adults.
            if audience == Audience::Youth && !(YOUTH_AGES.contains(&min) && YOUTH_AGES.contains(&max)) {
                fail(errors, "min_age", "offer-error-ages-youth");
            }
            Some((min, max))
        }
        (Some(_), Some(_)) => {
            fail(errors, "max_age", "offer-error-ages-order");
            None
        }
        _ => {
            fail(errors, "min_age", "offer-error-number");
            None
        }
    };
    let capacity = match text("capacity") {
        "" => None,
        typed => match typed.parse::<i64>() {
            Ok(places) if places >= 1 && places < limits.places_taken => {
                fail(errors, "capacity", "offer-error-capacity-taken");
                None
            }
            Ok(places) if places >= 1 => Some(places),
            _ => {
                fail(errors, "capacity", "offer-error-capacity");
                None
            }
        },
    };
    let network_share = match text("network_share") {
        "" => DEFAULT_NETWORK_SHARE,
        typed => match typed.parse::<i64>() {
            Ok(percent) if (1..=100).contains(&percent) => percent,
            _ => {
                fail(errors, "network_share", "offer-error-network-share");
                DEFAULT_NETWORK_SHARE
            }
        },
    };
    let organisation_id = number("organisation_id");
    if organisation_id.is_none() {
        fail(errors, "organisation_id", "offer-error-choose");
    }
    let venue_id = number("venue_id");
    if venue_id.is_none() {
        fail(errors, "venue_id", "offer-error-choose");
    }
    let cohosts: Vec<i64> = text("cohosts")
        .split(',')
        .filter_map(|id| id.trim().parse().ok())
        .filter(|id| Some(*id) != organisation_id)
        .collect();
    let contact_email = text("contact_email");
    if !contact_email.is_empty() && !looks_like_email(contact_email) {
        fail(errors, "contact_email", "offer-error-email");
    }
    let registration = Registration::from_code(text("registration")).unwrap_or(Registration::DropIn);
    let mut moment = |name: &str| match text(name) {
        "" => None,
        typed => {
            let parsed = NaiveDateTime::parse_from_str(typed, "%Y-%m-%dT%H:%M").ok();
            if parsed.is_none() {
                fail(errors, name, "offer-error-moment");
            }
            parsed
        }
    };
    // Dropping in needs no window, so a window typed before switching to drop-in is let go.
    let (opens, closes) = match registration {
        Registration::DropIn => (None, None),
        _ => (moment("registration_opens"), moment("registration_closes")),
    };
    if let (Some(opens), Some(closes)) = (opens, closes)
        && closes <= opens
    {
        fail(errors, "registration_closes", "offer-error-window-order");
    }
    if let (Some(closes), Some(last_start)) = (closes, limits.last_start)
        && closes > last_start
    {
        fail(errors, "registration_closes", "offer-error-window-after-offer");
    }
    let languages: Vec<String> =
        text("languages").split(',').map(str::trim).filter(|c| !c.is_empty()).map(str::to_owned).collect();
    let cost_cents = parse_cost(text("cost")).unwrap_or_else(|()| {
        fail(errors, "cost", "offer-error-cost");
        None
    });

    let ((min_age, max_age), organisation_id, venue_id, category) = (ages?, organisation_id?, venue_id?, category?);
    Some(OfferDetails {
        title,
        description,
        translations,
        category,
        audience,
        focus,
        min_age,
        max_age,
        languages: if languages.is_empty() { vec!["de".to_owned()] } else { languages },
        capacity,
        network_share,
        organisation_id,
        cohosts,
        venue_id,
        programme_id: number("programme_id"),
        contact_name: text("contact_name").to_owned(),
        contact_email: contact_email.to_owned(),
        contact_phone: text("contact_phone").to_owned(),
        registration,
        registration_opens: opens,
        registration_closes: closes,
        remind_day_before: fields.contains_key("remind_day_before"),
        remind_two_hours_before: fields.contains_key("remind_two_hours_before"),
        cost_cents,
        bring: bounded_text(fields, errors, ("bring", MAX_PRACTICAL_CHARS), false),
        meeting_point: bounded_text(fields, errors, ("meeting_point", MAX_PRACTICAL_CHARS), false),
        visibility: Visibility::from_code(text("visibility")).unwrap_or(Visibility::Public),
        overnight: fields.contains_key("overnight"),
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
    fn costs_read_as_people_type_them() {
        assert_eq!(parse_cost(""), Ok(None));
        assert_eq!(parse_cost("0"), Ok(None));
        assert_eq!(parse_cost("5"), Ok(Some(500)));
        assert_eq!(parse_cost("12,5"), Ok(Some(1250)));
        assert_eq!(parse_cost("12.50 €"), Ok(Some(1250)));
        for wrong in ["fünf", "5,555", "-5", "1000,01", "5,-"] {
            assert_eq!(parse_cost(wrong), Err(()), "{wrong}");
        }
        let errors = validate(&with(&[("cost", "viel")])).unwrap_err();
        assert_eq!(errors.get("cost").map(String::as_str), Some("offer-error-cost"));
        let offer =
            validate(&with(&[("cost", "3"), ("bring", "Sportschuhe"), ("meeting_point", "Hauptbahnhof")])).unwrap();
        assert_eq!((offer.details.cost_cents, offer.details.bring.as_str()), (Some(300), "Sportschuhe"));
    }

    #[test]
    fn a_weekend_trip_is_one_date_over_three_days() {
        let once = |change: &[(&'static str, &'static str)]| with(&[&[("repeat", "once")], change].concat());
        let trip = validate(&once(&[
            ("first_date", "2027-06-04"),
            ("end_date", "2027-06-06"),
            ("start", "16:00"),
            ("end", "14:00"),
        ]))
        .unwrap();
        assert_eq!(trip.plan.duration, Duration::hours(46));
        let errors = validate(&once(&[("first_date", "2027-06-04"), ("end_date", "2027-06-03")])).unwrap_err();
        assert_eq!(errors.get("end_date").map(String::as_str), Some("offer-error-end-date"));
        let errors = validate(&with(&[("end_date", "2027-06-30"), ("repeat", "weekly"), ("count", "4")])).unwrap_err();
        assert!(errors.contains_key("end_date"), "a series meets within a day: {errors:?}");
        let errors = validate(&once(&[
            ("first_date", "2027-06-04"),
            ("end_date", "2027-06-04"),
            ("start", "16:00"),
            ("end", "14:00"),
        ]))
        .unwrap_err();
        assert_eq!(errors.get("end").map(String::as_str), Some("offer-error-end-before-start"));
    }

    #[test]
    fn a_complete_weekly_group_is_valid() {
        let offer = validate(&weekly_group()).unwrap();
        assert_eq!(offer.plan.kind(), OfferKind::Group);
        assert_eq!(offer.plan.repeat, Some(Frequency::Weekly { interval: 1 }));
        assert_eq!((offer.plan.count, offer.plan.duration), (10, Duration::minutes(90)));
        assert_eq!(offer.details.languages, ["de", "ar"]);
        assert_eq!(offer.details.registration, Registration::DropIn);
        assert!(offer.publish && offer.details.capacity.is_none() && offer.details.translations.is_empty());
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
            (&[("description_en", "Talk in German.")], "title_en", "offer-error-title-missing"),
            (&[("contact_email", "ayse at jmd")], "contact_email", "offer-error-email"),
            (
                &[("registration", "series"), ("registration_opens", "morgen")],
                "registration_opens",
                "offer-error-moment",
            ),
            (
                &[
                    ("registration", "series"),
                    ("registration_opens", "2026-12-01T10:00"),
                    ("registration_closes", "2026-11-30T10:00"),
                ],
                "registration_closes",
                "offer-error-window-order",
            ),
            // The tenth weekly date is 2027-02-02 at 17:00: a window closing later is after the offer.
            (
                &[("registration", "series"), ("registration_closes", "2027-02-02T17:01")],
                "registration_closes",
                "offer-error-window-after-offer",
            ),
        ];
        for (change, field, key) in cases {
            let errors = validate(&with(change)).unwrap_err();
            assert_eq!(errors.get(*field).map(String::as_str), Some(*key), "{change:?}: {errors:?}");
        }
    }

    #[test]
    fn a_registration_window_within_the_series_and_translations_are_kept() {
        let offer = validate(&with(&[
            ("registration", "series"),
            ("registration_closes", "2027-02-02T17:00"),
            ("title_en", "Language café Porz"),
            ("cohosts", "3,1,4"),
            ("programme_id", "7"),
        ]))
        .unwrap();
        let details = offer.details;
        assert_eq!(details.registration_closes.map(|at| at.to_string()).as_deref(), Some("2027-02-02 17:00:00"));
        assert_eq!(details.translations, [("en".to_owned(), "Language café Porz".to_owned(), String::new())]);
        // The lead organisation is no co-host of its own offer.
        assert_eq!((details.cohosts, details.programme_id), (vec![3, 4], Some(7)));
        // Drop-in offers need no window: one typed before switching is let go.
        let drop_in =
            validate(&with(&[("registration", "none"), ("registration_closes", "2030-01-01T00:00")])).unwrap();
        assert_eq!(drop_in.details.registration_closes, None);
    }

    #[test]
    fn an_edit_keeps_the_places_already_taken() {
        let limits = Limits { places_taken: 12, last_start: None };
        let errors = validate_details(&with(&[("capacity", "10")]), limits).unwrap_err();
        assert_eq!(errors.get("capacity").map(String::as_str), Some("offer-error-capacity-taken"));
        assert_eq!(validate_details(&with(&[("capacity", "12")]), limits).unwrap().capacity, Some(12));
        assert_eq!(validate_details(&with(&[("capacity", "")]), limits).unwrap().capacity, None);
        assert_eq!(validate_details(&with(&[]), limits).unwrap().network_share, DEFAULT_NETWORK_SHARE);
        assert_eq!(validate_details(&with(&[("network_share", "100")]), limits).unwrap().network_share, 100);
        for bad in ["0", "101", "halb"] {
            let errors = validate_details(&with(&[("network_share", bad)]), limits).unwrap_err();
            assert_eq!(errors.get("network_share").map(String::as_str), Some("offer-error-network-share"), "{bad}");
        }
    }

    #[test]
    fn single_dates_and_series_times_are_checked_alone() {
        let moved =
            validate_date_times(&with(&[("date", "2026-12-03"), ("start", "18:00"), ("end", "19:30")])).unwrap();
        assert_eq!(moved.date.to_string(), "2026-12-03");
        let errors = validate_date_times(&with(&[("date", ""), ("end", "16:00")])).unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(validate_times(&with(&[("start", "18:00"), ("end", "17:00")])).is_err());
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
        assert_eq!(offer.plan.repeat, Some(Frequency::MonthlyNthWeekday { nth: 2, weekday: chrono::Weekday::Tue }));
        assert_eq!(offer.plan.except.len(), 2);
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
        assert_eq!((offer.plan.kind(), offer.plan.count, offer.plan.repeat), (OfferKind::Event, 1, None));
    }
}
