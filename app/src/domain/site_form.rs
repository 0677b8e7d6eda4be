//! The site form: one youth migration service as the public sees it (name, address, contact,
//! opening hours, a short description in several languages), who runs it (the carrier, for the
//! Impressum), where its dates are planned (time zone, federal state, districts) and who its
//! messages come from.

use chrono::NaiveDate;
use chrono_tz::Tz;

use super::email::{looks_like_email, normalise};
use super::offer::CONTENT_LANGUAGES;
use super::offer_form::{Errors, Fields, bounded_text, fail, text};
use super::site_mail::{self, SiteMail};

code_enum! {
    /// The sixteen federal states by their official two-letter codes: school holidays and public
    /// holidays follow the state a site is in.
    FederalState {
        BadenWuerttemberg => "BW", Bayern => "BY", Berlin => "BE", Brandenburg => "BB", Bremen => "HB",
        Hamburg => "HH", Hessen => "HE", MecklenburgVorpommern => "MV", Niedersachsen => "NI",
        NordrheinWestfalen => "NW", RheinlandPfalz => "RP", Saarland => "SL", Sachsen => "SN",
        SachsenAnhalt => "ST", SchleswigHolstein => "SH", Thueringen => "TH"
    }
}

impl FederalState {
    /// The state's own name, as on its official pages (a proper name, not translated).
    pub fn name(self) -> &'static str {
        use FederalState::*;
        match self {
            BadenWuerttemberg => "Baden-Württemberg",
            Bayern => "Bayern",
            Berlin => "Berlin",
            Brandenburg => "Brandenburg",
            Bremen => "Bremen",
            Hamburg => "Hamburg",
            Hessen => "Hessen",
            MecklenburgVorpommern => "Mecklenburg-Vorpommern",
            Niedersachsen => "Niedersachsen",
            NordrheinWestfalen => "Nordrhein-Westfalen",
            RheinlandPfalz => "Rheinland-Pfalz",
            Saarland => "Saarland",
            Sachsen => "Sachsen",
            SachsenAnhalt => "Sachsen-Anhalt",
            SchleswigHolstein => "Schleswig-Holstein",
            Thueringen => "Thüringen",
        }
    }
}

/// How long a site keeps personal data, within what the privacy notice can defend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keep {
    /// Registrations, this many months after the offer's last date.
    pub registration_months: i64,
    /// Messages, this many days after they were written.
    pub message_days: i64,
}

impl Default for Keep {
    fn default() -> Self {
        Keep { registration_months: 6, message_days: 30 }
    }
}

const KEEP_MONTHS: std::ops::RangeInclusive<i64> = 1..=36;
const KEEP_DAYS: std::ops::RangeInclusive<i64> = 1..=365;

/// A number of the form within `range`; empty gives `default`.
fn period(
    fields: &Fields,
    errors: &mut Errors,
    name: &str,
    (range, default): (std::ops::RangeInclusive<i64>, i64),
) -> i64 {
    match text(fields, name) {
        "" => default,
        typed => match typed.parse::<i64>() {
            Ok(value) if range.contains(&value) => value,
            _ => {
                fail(errors, name, "site-error-period");
                default
            }
        },
    }
}

const MAX_LINE_CHARS: usize = 120;
const MAX_BLOCK_CHARS: usize = 600;
const MAX_DISTRICTS: usize = 100;
const MAX_DISTRICT_CHARS: usize = 60;

#[derive(Debug, Clone, PartialEq)]
pub struct SiteDetails {
    pub name: String,
    /// The address part of the site's page: `/sites/{slug}`.
    pub slug: String,
    pub city: String,
    pub street: String,
    pub postal_code: String,
    pub carrier_name: String,
    pub carrier_address: String,
    pub phone: String,
    pub email: String,
    pub opening_hours: String,
    pub time_zone: Tz,
    pub federal_state: FederalState,
    /// In the order staff typed them, without repeats.
    pub districts: Vec<String>,
    /// (language code, description); German first when given.
    pub descriptions: Vec<(String, String)>,
    pub sender: SiteMail,
    pub keep: Keep,
    /// The data protection officer, as the privacy notice names them.
    pub privacy_contact: String,
    /// Who processes data on the site's behalf (hosting, mail), for the privacy notice.
    pub processors: String,
}

/// The form field of a description in `code`: German is "description", others "description_en".
pub fn description_field(code: &str) -> String {
    if code == "de" { "description".to_owned() } else { format!("description_{code}") }
}

/// The districts as stored: one per line.
pub fn districts_of(stored: &str) -> Vec<String> {
    stored.lines().map(str::trim).filter(|line| !line.is_empty()).map(str::to_owned).collect()
}

pub fn validate(fields: &Fields) -> Result<SiteDetails, Errors> {
    let mut errors = Errors::new();
    let mut line = |name: &str, required: bool| bounded_text(fields, &mut errors, (name, MAX_LINE_CHARS), required);
    let name = line("name", true);
    let city = line("city", true);
    let street = line("street", true);
    let postal_code = line("postal_code", true);
    let carrier_name = line("carrier_name", true);
    let phone = line("phone", false);
    let typed_slug = line("slug", false);
    let mut block = |name: &str, required: bool| bounded_text(fields, &mut errors, (name, MAX_BLOCK_CHARS), required);
    let carrier_address = block("carrier_address", true);
    let privacy_contact = block("privacy_contact", false);
    let processors = block("processors", false);
    let opening_hours = block("opening_hours", false);
    let descriptions: Vec<(String, String)> = CONTENT_LANGUAGES
        .iter()
        .map(|code| ((*code).to_owned(), block(&description_field(code), false)))
        .filter(|(_, description)| !description.is_empty())
        .collect();
    let email = normalise(text(fields, "email"));
    if !email.is_empty() && !looks_like_email(&email) {
        fail(&mut errors, "email", "email-invalid");
    }
    // An address part the site keeps: typed, or made from the city ("Köln" gives "koeln").
    let slug = super::text::slug(if typed_slug.is_empty() { &city } else { &typed_slug });
    if slug.is_empty() || slug.len() > 40 {
        fail(&mut errors, "slug", "site-error-slug");
    }
    let time_zone = text(fields, "time_zone").parse::<Tz>().ok();
    if time_zone.is_none() {
        fail(&mut errors, "time_zone", "site-error-time-zone");
    }
    let federal_state = FederalState::from_code(text(fields, "federal_state"));
    if federal_state.is_none() {
        fail(&mut errors, "federal_state", "offer-error-choose");
    }
    let mut districts: Vec<String> = Vec::new();
    for district in districts_of(text(fields, "districts")) {
        if district.chars().count() > MAX_DISTRICT_CHARS {
            fail(&mut errors, "districts", "site-error-districts");
        } else if !districts.iter().any(|known| known.to_lowercase() == district.to_lowercase()) {
            districts.push(district);
        }
    }
    if districts.len() > MAX_DISTRICTS {
        fail(&mut errors, "districts", "site-error-districts");
    }
    let defaults = Keep::default();
    let keep = Keep {
        registration_months: period(
            fields,
            &mut errors,
            "keep_registration_months",
            (KEEP_MONTHS, defaults.registration_months),
        ),
        message_days: period(fields, &mut errors, "keep_message_days", (KEEP_DAYS, defaults.message_days)),
    };
    let sender = site_mail::validate(fields);
    if let Err(sender_errors) = &sender {
        errors.extend(sender_errors.clone());
    }
    match (time_zone, federal_state, sender) {
        (Some(time_zone), Some(federal_state), Ok(sender)) if errors.is_empty() => Ok(SiteDetails {
            name,
            slug,
            city,
            street,
            postal_code,
            carrier_name,
            carrier_address,
            phone,
            email,
            opening_hours,
            time_zone,
            federal_state,
            districts,
            descriptions,
            sender,
            keep,
            privacy_contact,
            processors,
        }),
        _ => Err(errors),
    }
}

/// A closing day as staff type it: a day from `today` to three years ahead, and a short reason.
pub fn validate_closing_day(fields: &Fields, today: NaiveDate) -> Result<(NaiveDate, String), Errors> {
    let mut errors = Errors::new();
    let day = NaiveDate::parse_from_str(text(fields, "day"), "%Y-%m-%d")
        .ok()
        .filter(|day| *day >= today && *day <= today + chrono::Duration::days(3 * 366));
    if day.is_none() {
        fail(&mut errors, "day", "closing-day-error-date");
    }
    let reason = text(fields, "reason");
    if reason.is_empty() || reason.chars().count() > 80 {
        fail(&mut errors, "reason", "closing-day-error-reason");
    }
    match day {
        Some(day) if errors.is_empty() => Ok((day, reason.to_owned())),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Fields {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    fn munich() -> Fields {
        fields(&[
            ("name", "JMD München"),
            ("city", "München"),
            ("street", "Goethestraße 53"),
            ("postal_code", "80336"),
            ("carrier_name", "IN VIA München e. V."),
            ("carrier_address", "Goethestraße 53\n80336 München"),
            ("email", "JMD@invia-muenchen.de"),
            ("time_zone", "Europe/Berlin"),
            ("federal_state", "BY"),
            ("districts", "Ludwigsvorstadt\n  Sendling \n\nsendling\nNeuperlach"),
            ("description", "Beratung und Gruppen für junge Menschen."),
            ("description_en", "Advice and groups for young people."),
        ])
    }

    #[test]
    fn a_complete_site_is_valid_with_a_slug_from_its_city() {
        let site = validate(&munich()).unwrap();
        assert_eq!(site.slug, "muenchen");
        assert_eq!(site.email, "jmd@invia-muenchen.de");
        assert_eq!(site.federal_state, FederalState::Bayern);
        assert_eq!(site.districts, ["Ludwigsvorstadt", "Sendling", "Neuperlach"], "trimmed, blank and repeats out");
        assert_eq!(site.descriptions.len(), 2);
        assert_eq!(site.time_zone, chrono_tz::Europe::Berlin);
    }

    #[test]
    fn problems_are_reported_at_their_field() {
        let mut typed = munich();
        typed.insert("time_zone".into(), "Europe/Munich".into());
        typed.insert("federal_state".into(), "Bavaria".into());
        typed.insert("name".into(), " ".into());
        typed.insert("slug".into(), "!!!".into());
        typed.insert("districts".into(), "x".repeat(61));
        typed.insert("reply_to".into(), "team@".into());
        let errors = validate(&typed).unwrap_err();
        assert_eq!(errors["time_zone"], "site-error-time-zone");
        assert_eq!(errors["federal_state"], "offer-error-choose");
        assert_eq!(errors["name"], "form-error-missing");
        assert_eq!(errors["slug"], "site-error-slug");
        assert_eq!(errors["districts"], "site-error-districts");
        assert_eq!(errors["reply_to"], "email-invalid");
    }

    #[test]
    fn a_closing_day_lies_ahead_and_says_why() {
        let today = NaiveDate::from_ymd_opt(2027, 5, 10).unwrap();
        let typed = fields(&[("day", "2027-05-28"), ("reason", " Brückentag ")]);
        assert_eq!(
            validate_closing_day(&typed, today),
            Ok((NaiveDate::from_ymd_opt(2027, 5, 28).unwrap(), "Brückentag".into()))
        );
        let errors = validate_closing_day(&fields(&[("day", "2027-05-09"), ("reason", "")]), today).unwrap_err();
        assert_eq!(errors["day"], "closing-day-error-date");
        assert_eq!(errors["reason"], "closing-day-error-reason");
        assert!(validate_closing_day(&fields(&[("day", "2031-01-01"), ("reason", "x")]), today).is_err());
    }

    #[test]
    fn every_state_has_a_name_and_a_distinct_code() {
        assert_eq!(FederalState::ALL.len(), 16);
        for state in FederalState::ALL {
            assert_eq!(FederalState::from_code(state.code()), Some(*state));
            assert!(!state.name().is_empty());
        }
    }
}
