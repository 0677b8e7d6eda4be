//! Registering for an offer: the form a young person fills in, who may register, and the one
//! decision that must never be wrong: a place, the waiting list, or a place held until a parent
//! agrees. Pure rules; the registration service runs them under the offer's lock.

use super::email::{looks_like_email, normalise};
use super::offer::Registration;
use super::offer_form::{Errors, Fields, fail, text};
use chrono::NaiveDate;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Under this age a parent agrees to the processing of a child's data (DSGVO Art. 8; Germany
/// keeps the default of 16).
pub const CONSENT_AGE: i64 = 16;
/// Below this age a trip with a night away needs a parent's consent on paper, and photos a
/// parent's yes.
pub const AGE_OF_MAJORITY: i64 = 18;
/// From about this age photos need the young person's own yes as well as a parent's.
pub const PHOTO_OWN_CONSENT_AGE: i64 = 14;
/// How long a place is held for a parent's answer, unless the offer says otherwise.
pub const CONSENT_HOLD_SECONDS: i64 = 72 * 3600;

code_enum! {
    /// What a consent is for; each is recorded with its text's version and language. Needs may be
    /// health data (Art. 9 GDPR): their explicit consent is the young person's from 16, a
    /// parent's below.
    ConsentPurpose {
        PrivacyNotice => "privacy-notice",
        Parent => "parent",
        Photos => "photos",
        TripPaper => "trip-paper",
        HealthNeeds => "health-needs",
        ContactEmail => "contact-email",
    }
}

code_enum! {
    /// Who gave a consent: the person, a parent, or staff for them (in person).
    GivenBy { Person => "self", Parent => "parent", Staff => "staff" }
}

code_enum! {
    /// How a consent was given.
    ConsentMethod { Online => "online", Paper => "paper", InPerson => "in-person" }
}

code_enum! {
    /// Optional, for anonymous yearly figures only.
    Gender { NotStated => "none", Female => "female", Male => "male", Diverse => "diverse" }
}

code_enum! {
    Status {
        Confirmed => "confirmed",
        Waitlisted => "waitlisted",
        AwaitingConsent => "awaiting_consent",
        Cancelled => "cancelled",
    }
}

impl Status {
    /// Confirmed people and those waiting for a parent's answer hold a place.
    pub fn holds_place(self) -> bool {
        matches!(self, Status::Confirmed | Status::AwaitingConsent)
    }
}

/// Whether one more place for a network that took `taken` of an offer's `capacity` places within
/// the hour would go beyond its share (percent): a stranger who fills a group from one address gets
/// the waiting list, while a class of 30 on the school's Wi-Fi fits into 60 places at one half.
pub fn beyond_network_share(taken: i64, capacity: i64, share_percent: i64) -> bool {
    // Friends or siblings who register together from one phone always fit.
    const ALWAYS: i64 = 5;
    let allowed = (capacity * share_percent / 100).max(capacity.min(ALWAYS));
    taken + 1 > allowed
}

/// A checked registration form: only what the offer needs, nothing about residence or origin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applicant {
    pub first_name: String,
    /// Normalised (trimmed, lower-case).
    pub email: String,
    pub birth_year: i64,
    pub phone: String,
    pub needs: String,
    /// Whom to call during a trip with a night away; asked only for such trips.
    pub emergency_contact: String,
    pub gender: Gender,
    pub photo_consent: bool,
    /// The parent asked for consent; required under 16.
    pub parent_email: Option<String>,
    /// The code of the language the parent reads best, as chosen on the form; None: the young
    /// person's own.
    pub parent_lang: Option<String>,
}

const MAX_NAME_CHARS: usize = 60;
const MAX_NEEDS_CHARS: usize = 500;
const MAX_EMERGENCY_CONTACT_CHARS: usize = 120;
/// A phone number has at least this many digits ("0221 12345").
const MIN_PHONE_DIGITS: usize = 5;

/// The age someone has or reaches in `year`: with the year of birth only, a person is this old
/// or one year younger.
pub fn age_in(year: i64, birth_year: i64) -> i64 {
    year - birth_year
}

/// Whether a parent must agree. Knowing only the year of birth, whoever may still be under 16
/// (turning 16 this year) needs consent: the safe side of the law.
pub fn needs_consent(birth_year: i64, this_year: i64) -> bool {
    age_in(this_year, birth_year) <= CONSENT_AGE
}

/// The first name as compared to tell people apart: siblings share a parent's address but not a
/// name, while "Zoë", "zoe " and "ZOE" are one person typing twice. Case, accents (and other
/// combining marks, such as Arabic vowel signs) and extra spaces do not count.
pub fn name_key(first_name: &str) -> String {
    let bare: String = first_name.nfkd().filter(|c| !is_combining_mark(*c)).collect();
    bare.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Whether a parent's yes is still missing: needed by age, and not given yet (by link or on
/// paper, perhaps while the young person was still waiting for a place).
pub fn consent_missing(birth_year: i64, consent_given: bool, this_year: i64) -> bool {
    needs_consent(birth_year, this_year) && !consent_given
}

/// Whether someone may still be under 18 in `year` (turning 18 that year): the safe side, as with
/// `needs_consent`.
pub fn may_be_minor(birth_year: i64, year: i64) -> bool {
    age_in(year, birth_year) <= AGE_OF_MAJORITY
}

/// Whether a trip with a night away in `trip_year` needs a parent's consent on paper.
pub fn needs_trip_consent(birth_year: i64, trip_year: i64) -> bool {
    may_be_minor(birth_year, trip_year)
}

code_enum! {
    /// Whether photos of someone may be taken and shown at an offer.
    PhotoPermission { Allowed => "allowed", Refused => "refused", ParentMissing => "parent-missing" }
}

/// Photos of a minor need a parent's yes and, from about 14, the young person's own as well
/// (nobody is photographed against their will); an adult's, their own. `own`: the young person
/// ticked it on the form; `parent`: a parent said yes online or on paper.
pub fn photo_permission(birth_year: i64, this_year: i64, own: bool, parent: bool) -> PhotoPermission {
    let own_needed = age_in(this_year, birth_year) >= PHOTO_OWN_CONSENT_AGE;
    // Nobody said yes, or the young person old enough to decide did not.
    let nobody_agreed = !own && (own_needed || !parent);
    if nobody_agreed {
        PhotoPermission::Refused
    } else if may_be_minor(birth_year, this_year) && !parent {
        PhotoPermission::ParentMissing
    } else {
        PhotoPermission::Allowed
    }
}

/// Whether staff may read what someone wrote under needs, which may be health data and is used
/// only with explicit consent: their own (the form asks for it) from 16, a parent's below.
pub fn needs_readable(birth_year: i64, this_year: i64, parent_agreed: bool) -> bool {
    !needs_consent(birth_year, this_year) || parent_agreed
}

/// The year of birth typed, within the last hundred years.
pub(super) fn birth_year(fields: &Fields, this_year: i64, errors: &mut Errors) -> Option<i64> {
    match text(fields, "birth_year").parse::<i64>() {
        Ok(year) if (this_year - 100..=this_year).contains(&year) => Some(year),
        _ => {
            fail(errors, "birth_year", "register-error-birth-year");
            None
        }
    }
}

/// The parent's address typed (normalised), required for anyone who may still be 15.
pub(super) fn parent_email(
    fields: &Fields,
    birth_year: Option<i64>,
    this_year: i64,
    errors: &mut Errors,
) -> Option<String> {
    let parent_email = match normalise(text(fields, "parent_email")) {
        typed if typed.is_empty() => None,
        typed if looks_like_email(&typed) => Some(typed),
        _ => {
            fail(errors, "parent_email", "offer-error-email");
            None
        }
    };
    if let Some(year) = birth_year
        && needs_consent(year, this_year)
        && parent_email.is_none()
    {
        fail(errors, "parent_email", "register-error-parent-email");
    }
    parent_email
}

/// What staff may correct in a participant's record (never the address and first name, which
/// say who the person is): the year of birth, the language of messages, and the parent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub birth_year: i64,
    pub lang: String,
    pub parent_email: Option<String>,
    pub parent_lang: Option<String>,
}

/// Checks staff's correction of a record: the same rules as the registration form.
pub fn validate_correction(fields: &Fields, this_year: i64, languages: &[&str]) -> Result<Correction, Errors> {
    let mut errors = Errors::new();
    let birth_year = birth_year(fields, this_year, &mut errors);
    let parent_email = parent_email(fields, birth_year, this_year, &mut errors);
    correction(fields, (birth_year, parent_email), languages, errors)
}

/// What the record holds now, for a correction by the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OnFile {
    pub birth_year: i64,
    pub parent_email: Option<String>,
}

/// Checks a young person's correction of their own record through their registration's link:
/// the languages, and the year of birth unless the change would end the need for a parent's
/// consent (that one staff decide, as a stranger with the link could make a 14-year-old 20).
/// A parent's address may be added where none is on file, never replaced: the consent requests
/// go to the parent on file.
pub fn validate_own_correction(
    fields: &Fields,
    on_file: &OnFile,
    this_year: i64,
    languages: &[&str],
) -> Result<Correction, Errors> {
    let mut errors = Errors::new();
    let birth_year = birth_year(fields, this_year, &mut errors).filter(|year| {
        let ends_consent = needs_consent(on_file.birth_year, this_year) && !needs_consent(*year, this_year);
        if ends_consent {
            fail(&mut errors, "birth_year", "own-correction-ask-staff");
        }
        !ends_consent
    });
    let parent_email = match &on_file.parent_email {
        Some(parent) => Some(parent.clone()),
        None => parent_email(fields, birth_year, this_year, &mut errors),
    };
    correction(fields, (birth_year, parent_email), languages, errors)
}

/// The correction with its languages, once the year and the parent are checked.
fn correction(
    fields: &Fields,
    (birth_year, parent_email): (Option<i64>, Option<String>),
    languages: &[&str],
    mut errors: Errors,
) -> Result<Correction, Errors> {
    let code = |name: &str| Some(text(fields, name)).filter(|code| languages.contains(code)).map(str::to_owned);
    let lang = code("lang");
    if lang.is_none() {
        fail(&mut errors, "lang", "offer-error-choose");
    }
    match (birth_year, lang) {
        (Some(birth_year), Some(lang)) if errors.is_empty() => Ok(Correction {
            birth_year,
            lang,
            parent_lang: parent_email.as_ref().and_then(|_| code("parent_lang")),
            parent_email,
        }),
        _ => Err(errors),
    }
}

/// What the form says beside who registers: phone, needs (with their explicit yes), emergency
/// contact, gender, photos, and the privacy notice read.
struct Details {
    phone: String,
    needs: String,
    emergency_contact: String,
    gender: Gender,
    photo_consent: bool,
}

fn validate_details(fields: &Fields, errors: &mut Errors) -> Details {
    let phone = text(fields, "phone");
    if phone.chars().count() > 40 || phone.chars().any(|c| !(c.is_ascii_digit() || " +-/()".contains(c))) {
        fail(errors, "phone", "register-error-phone");
    }
    let needs = text(fields, "needs");
    if needs.chars().count() > MAX_NEEDS_CHARS {
        fail(errors, "needs", "offer-error-too-long");
    } else if !needs.is_empty() && !fields.contains_key("health_consent") {
        // What someone needs may be health data: used only with an explicit yes.
        fail(errors, "health_consent", "register-error-health-consent");
    }
    // Present on the form of a trip with a night away only; that it is given the offer decides.
    let emergency_contact = text(fields, "emergency_contact");
    let digits = emergency_contact.chars().filter(char::is_ascii_digit).count();
    if emergency_contact.chars().count() > MAX_EMERGENCY_CONTACT_CHARS {
        fail(errors, "emergency_contact", "offer-error-too-long");
    } else if !emergency_contact.is_empty() && digits < MIN_PHONE_DIGITS {
        fail(errors, "emergency_contact", "register-error-emergency-contact");
    }
    if !fields.contains_key("privacy") {
        fail(errors, "privacy", "register-error-privacy");
    }
    Details {
        phone: phone.to_owned(),
        needs: needs.to_owned(),
        emergency_contact: emergency_contact.to_owned(),
        gender: Gender::from_code(text(fields, "gender")).unwrap_or(Gender::NotStated),
        photo_consent: fields.contains_key("photo_consent"),
    }
}

/// Checks the form of a young person; `this_year` bounds the year of birth.
pub fn validate(fields: &Fields, this_year: i64) -> Result<Applicant, Errors> {
    let mut errors = Errors::new();
    let first_name = text(fields, "first_name");
    if first_name.is_empty() {
        fail(&mut errors, "first_name", "register-error-name");
    } else if first_name.chars().count() > MAX_NAME_CHARS {
        fail(&mut errors, "first_name", "offer-error-too-long");
    }
    let email = normalise(text(fields, "email"));
    if !looks_like_email(&email) {
        fail(&mut errors, "email", "offer-error-email");
    }
    let birth_year = birth_year(fields, this_year, &mut errors);
    let details = validate_details(fields, &mut errors);
    let parent_email = parent_email(fields, birth_year, this_year, &mut errors);
    match birth_year {
        Some(birth_year) if errors.is_empty() => Ok(Applicant {
            first_name: first_name.to_owned(),
            email,
            birth_year,
            phone: details.phone,
            needs: details.needs,
            emergency_contact: details.emergency_contact,
            gender: details.gender,
            photo_consent: details.photo_consent,
            parent_lang: parent_email
                .as_ref()
                .map(|_| text(fields, "parent_lang"))
                .filter(|code| !code.is_empty() && code.len() <= 8)
                .map(str::to_owned),
            parent_email: parent_email.filter(|_| needs_consent(birth_year, this_year)),
        }),
        _ => Err(errors),
    }
}

/// The form of a young person who joined with a code: who they are comes from their record
/// (`on_file`: nickname, address if any, year of birth), never from the form; a parent's yes
/// for an under-16 is recorded by staff on paper.
pub fn validate_as_member(fields: &Fields, on_file: (&str, Option<&str>, i64)) -> Result<Applicant, Errors> {
    let mut errors = Errors::new();
    let details = validate_details(fields, &mut errors);
    let (first_name, email, birth_year) = on_file;
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Applicant {
        first_name: first_name.to_owned(),
        email: email.unwrap_or_default().to_owned(),
        birth_year,
        phone: details.phone,
        needs: details.needs,
        emergency_contact: details.emergency_contact,
        gender: details.gender,
        photo_consent: details.photo_consent,
        parent_email: None,
        parent_lang: None,
    })
}

/// A parent's consent given on a signed paper form, as staff record it: who signed, on which day,
/// and which version of the form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaperConsent {
    pub signed_by: String,
    pub signed_on: NaiveDate,
    pub form_version: String,
    /// The form also says yes to photos.
    pub photos: bool,
}

/// How long ago a paper form may have been signed and still be recorded: forms are collected at
/// the start of a school year.
const PAPER_CONSENT_MAX_AGE_DAYS: i64 = 366;
const MAX_FORM_VERSION_CHARS: usize = 60;

/// Checks what staff copy from a signed form (`signed_by`, `signed_on`, `form_version`); the
/// day of signing cannot lie ahead of `today` or more than a year back.
pub fn validate_paper_consent(fields: &Fields, today: NaiveDate) -> Result<PaperConsent, Errors> {
    let mut errors = Errors::new();
    let signed_by = text(fields, "signed_by");
    if signed_by.is_empty() {
        fail(&mut errors, "signed_by", "consent-paper-error-signed-by");
    } else if signed_by.chars().count() > MAX_NAME_CHARS * 2 {
        fail(&mut errors, "signed_by", "offer-error-too-long");
    }
    let signed_on = NaiveDate::parse_from_str(text(fields, "signed_on"), "%Y-%m-%d")
        .ok()
        .filter(|day| *day <= today && (today - *day).num_days() <= PAPER_CONSENT_MAX_AGE_DAYS);
    if signed_on.is_none() {
        fail(&mut errors, "signed_on", "consent-paper-error-signed-on");
    }
    let form_version = text(fields, "form_version");
    if form_version.is_empty() {
        fail(&mut errors, "form_version", "consent-paper-error-form");
    } else if form_version.chars().count() > MAX_FORM_VERSION_CHARS {
        fail(&mut errors, "form_version", "offer-error-too-long");
    }
    match signed_on {
        Some(signed_on) if errors.is_empty() => Ok(PaperConsent {
            signed_by: signed_by.to_owned(),
            signed_on,
            form_version: form_version.to_owned(),
            photos: fields.contains_key("photos"),
        }),
        _ => Err(errors),
    }
}

/// What decides whether someone may register now, as stored with the offer and the date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rules {
    pub published: bool,
    pub registration: Registration,
    pub youth_ages: Option<(i64, i64)>,
    /// Years the age may be outside the range (staff set it per offer).
    pub age_tolerance: i64,
    pub opens_at: Option<i64>,
    /// When registration closes: the window's end, else the start of the (first coming) date.
    pub closes_at: i64,
    /// The year of the date registered for, for the age check.
    pub year: i64,
    /// A trip with a night away, and the form named nobody to call.
    pub emergency_contact_missing: bool,
}

/// Why somebody cannot register; each is a catalogue key with the same name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ineligible {
    NotOpen,
    NoRegistration,
    NotYet,
    Closed,
    TooYoung,
    TooOld,
    NoEmergencyContact,
}

impl Ineligible {
    pub fn key(self) -> &'static str {
        match self {
            Ineligible::NotOpen => "register-not-open",
            Ineligible::NoRegistration => "register-drop-in",
            Ineligible::NotYet => "register-not-yet",
            Ineligible::Closed => "register-closed",
            Ineligible::TooYoung => "register-too-young",
            Ineligible::TooOld => "register-too-old",
            Ineligible::NoEmergencyContact => "register-error-emergency-contact",
        }
    }

    /// The form field the reason belongs to; "form" for the form as a whole.
    pub fn field(self) -> &'static str {
        match self {
            Ineligible::NoEmergencyContact => "emergency_contact",
            _ => "form",
        }
    }
}

pub fn eligibility(rules: &Rules, birth_year: i64, now: i64) -> Result<(), Ineligible> {
    if !rules.published {
        return Err(Ineligible::NotOpen);
    }
    if rules.registration == Registration::DropIn {
        return Err(Ineligible::NoRegistration);
    }
    if rules.opens_at.is_some_and(|opens| now < opens) {
        return Err(Ineligible::NotYet);
    }
    if now >= rules.closes_at {
        return Err(Ineligible::Closed);
    }
    if let Some((min, max)) = rules.youth_ages {
        // With the year of birth only, someone is `age` or `age - 1` during that year.
        let oldest = age_in(rules.year, birth_year);
        if oldest + rules.age_tolerance < min {
            return Err(Ineligible::TooYoung);
        }
        if oldest - 1 - rules.age_tolerance > max {
            return Err(Ineligible::TooOld);
        }
    }
    if rules.emergency_contact_missing {
        return Err(Ineligible::NoEmergencyContact);
    }
    Ok(())
}

/// The outcome for a new registration.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admission {
    Confirmed,
    /// The place is held until the parent answers.
    AwaitingConsent,
    /// No place: the end of the waiting list (its position is counted when shown).
    Waitlisted,
}

impl Admission {
    pub fn status(self) -> Status {
        match self {
            Admission::Confirmed => Status::Confirmed,
            Admission::AwaitingConsent => Status::AwaitingConsent,
            Admission::Waitlisted => Status::Waitlisted,
        }
    }
}

/// A place while places are free (or unlimited), otherwise the end of the waiting list.
/// `taken` counts places held; `someone_waiting` whether the list has anybody on it.
pub fn admit(capacity: Option<i64>, taken: i64, someone_waiting: bool, needs_consent: bool) -> Admission {
    let free = capacity.is_none_or(|capacity| taken < capacity);
    // Nobody jumps the queue: while people wait, a newcomer waits behind them.
    match (free && !someone_waiting, needs_consent) {
        (true, true) => Admission::AwaitingConsent,
        (true, false) => Admission::Confirmed,
        (false, _) => Admission::Waitlisted,
    }
}

/// Someone on the waiting list, in the order they came.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Waiting {
    pub id: i64,
    pub needs_consent: bool,
}

/// Who moves up when places are free: the first `free` people in order (FIFO), each to a
/// confirmed place or, for the under-16s, a place held for their parent's answer.
pub fn promote(capacity: Option<i64>, taken: i64, waiting: &[Waiting]) -> Vec<(i64, Status)> {
    let free = capacity.map_or(waiting.len() as i64, |capacity| (capacity - taken).max(0));
    waiting
        .iter()
        .take(usize::try_from(free).unwrap_or(0))
        .map(|person| (person.id, if person.needs_consent { Status::AwaitingConsent } else { Status::Confirmed }))
        .collect()
}

#[cfg(test)]
mod correction_tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Fields {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn a_correction_follows_the_registration_rules() {
        let languages = ["de", "ar"];
        let adult = validate_correction(&fields(&[("birth_year", "2005"), ("lang", "ar")]), 2026, &languages).unwrap();
        assert_eq!(adult, Correction { birth_year: 2005, lang: "ar".into(), parent_email: None, parent_lang: None });
        let minor = fields(&[
            ("birth_year", "2013"),
            ("lang", "de"),
            ("parent_email", "Mutter@Example.org"),
            ("parent_lang", "ar"),
        ]);
        let minor = validate_correction(&minor, 2026, &languages).unwrap();
        assert_eq!(
            (minor.parent_email.as_deref(), minor.parent_lang.as_deref()),
            (Some("mutter@example.org"), Some("ar"))
        );
        let errors =
            validate_correction(&fields(&[("birth_year", "2013"), ("lang", "xx")]), 2026, &languages).unwrap_err();
        assert_eq!(errors.get("parent_email").map(String::as_str), Some("register-error-parent-email"));
        assert_eq!(errors.get("lang").map(String::as_str), Some("offer-error-choose"));
        let errors =
            validate_correction(&fields(&[("birth_year", "20O5"), ("lang", "de")]), 2026, &languages).unwrap_err();
        assert_eq!(errors.get("birth_year").map(String::as_str), Some("register-error-birth-year"));
    }

    #[test]
    fn a_person_corrects_languages_and_age_but_never_ends_consent_or_replaces_the_parent() {
        let languages = ["de", "ar"];
        let fourteen = OnFile { birth_year: 2012, parent_email: Some("mutter@example.org".into()) };
        let typed = |year: &'static str, parent: &'static str| {
            fields(&[("birth_year", year), ("lang", "ar"), ("parent_email", parent), ("parent_lang", "ar")])
        };
        let fixed = validate_own_correction(&typed("2011", "fremder@evil.example"), &fourteen, 2026, &languages);
        let fixed = fixed.unwrap();
        assert_eq!((fixed.birth_year, fixed.lang.as_str()), (2011, "ar"), "still under 16: a typo fixed");
        assert_eq!(fixed.parent_email.as_deref(), Some("mutter@example.org"), "the parent on file stays");
        let older = validate_own_correction(&typed("2006", ""), &fourteen, 2026, &languages).unwrap_err();
        assert_eq!(older.get("birth_year").map(String::as_str), Some("own-correction-ask-staff"));
        // Younger than on file: now a parent must be named, where none is on file.
        let adult = OnFile { birth_year: 2004, parent_email: None };
        let errors = validate_own_correction(&typed("2012", ""), &adult, 2026, &languages).unwrap_err();
        assert_eq!(errors.get("parent_email").map(String::as_str), Some("register-error-parent-email"));
        let named = validate_own_correction(&typed("2012", "Vater@Example.org"), &adult, 2026, &languages).unwrap();
        assert_eq!(named.parent_email.as_deref(), Some("vater@example.org"));
    }
}

#[cfg(test)]
mod network_share_tests {
    use super::beyond_network_share;

    #[test]
    fn one_network_takes_at_most_its_share_of_the_places() {
        assert!(!beyond_network_share(29, 60, 50), "the 30th of 60 at one half");
        assert!(beyond_network_share(30, 60, 50), "the 31st is beyond");
        assert!(!beyond_network_share(59, 60, 100), "staff may let one network take all");
        assert!(!beyond_network_share(0, 1, 50), "one place: the first from anywhere gets it");
        assert!(!beyond_network_share(4, 8, 50) && beyond_network_share(5, 8, 50), "five friends always fit");
        assert!(beyond_network_share(6, 12, 50), "a stranger does not fill a girls' group of 12");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_person_whatever_the_case_accents_or_spaces() {
        for typed in ["Zoë", "zoe", " ZOE ", "Zoe\u{0308}"] {
            assert_eq!(name_key(typed), "zoe", "{typed:?}");
        }
        assert_eq!(name_key("  Anna   Lena "), "anna lena");
        assert_eq!(name_key("İbrahim"), name_key("ibrahim"));
        assert_eq!(name_key("مُحَمَّد"), name_key("محمد"), "Arabic vowel signs");
        assert_eq!(name_key("Олена"), "олена");
    }

    #[test]
    fn a_paper_consent_names_who_signed_when_and_which_form() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let typed = |pairs: &[(&str, &str)]| -> Fields {
            pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
        };
        let paper = validate_paper_consent(
            &typed(&[("signed_by", " Fatma Haddad "), ("signed_on", "2026-11-20"), ("form_version", "JMD 2026-03")]),
            today,
        )
        .unwrap();
        assert_eq!(paper.signed_by, "Fatma Haddad");
        assert_eq!(paper.signed_on, NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
        let errors = validate_paper_consent(&typed(&[("signed_on", "2026-11-26")]), today).unwrap_err();
        assert_eq!(errors.get("signed_by").map(String::as_str), Some("consent-paper-error-signed-by"));
        assert_eq!(errors.get("signed_on").map(String::as_str), Some("consent-paper-error-signed-on"), "tomorrow");
        assert_eq!(errors.get("form_version").map(String::as_str), Some("consent-paper-error-form"));
        let too_old = typed(&[("signed_by", "F"), ("signed_on", "2025-11-23"), ("form_version", "1")]);
        assert!(validate_paper_consent(&too_old, today).unwrap_err().contains_key("signed_on"));
        let a_year = typed(&[("signed_by", "F"), ("signed_on", "2025-11-25"), ("form_version", "1")]);
        assert!(validate_paper_consent(&a_year, today).is_ok());
        let garbled = typed(&[("signed_by", "F"), ("signed_on", "20.11.2026"), ("form_version", "1")]);
        assert!(validate_paper_consent(&garbled, today).unwrap_err().contains_key("signed_on"));
    }

    #[test]
    fn a_consent_on_file_is_not_asked_for_again() {
        assert!(consent_missing(2012, false, 2026));
        assert!(!consent_missing(2012, true, 2026), "given on paper while waiting");
        assert!(!consent_missing(2000, false, 2026), "old enough");
    }

    #[test]
    fn siblings_are_different_people() {
        assert_ne!(name_key("Amira"), name_key("Samira"));
        assert_ne!(name_key("Anna"), name_key("Anna-Lena"));
    }

    fn form(pairs: &[(&str, &str)]) -> Fields {
        let mut fields: Fields =
            [("first_name", "Amira"), ("email", " Amira@Example.org "), ("birth_year", "2008"), ("privacy", "on")]
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect();
        for (k, v) in pairs {
            fields.insert((*k).to_owned(), (*v).to_owned());
        }
        fields
    }

    #[test]
    fn a_plain_form_is_enough_and_under_16s_name_a_parent() {
        let applicant = validate(&form(&[]), 2026).unwrap();
        assert_eq!((applicant.email.as_str(), applicant.gender), ("amira@example.org", Gender::NotStated));
        assert_eq!(applicant.parent_email, None);
        let errors = validate(&form(&[("birth_year", "2011")]), 2026).unwrap_err();
        assert_eq!(errors.get("parent_email").map(String::as_str), Some("register-error-parent-email"));
        let young = validate(&form(&[("birth_year", "2011"), ("parent_email", "Mutter@Example.org")]), 2026).unwrap();
        assert_eq!(young.parent_email.as_deref(), Some("mutter@example.org"));
    }

    #[test]
    fn each_problem_is_reported_at_its_field() {
        let cases = [
            ("first_name", "", "register-error-name"),
            ("email", "amira", "offer-error-email"),
            ("birth_year", "08", "register-error-birth-year"),
            ("birth_year", "2030", "register-error-birth-year"),
            ("phone", "call me", "register-error-phone"),
            ("emergency_contact", "Mama", "register-error-emergency-contact"),
        ];
        for (field, value, key) in cases {
            let errors = validate(&form(&[(field, value)]), 2026).unwrap_err();
            assert_eq!(errors.get(field).map(String::as_str), Some(key), "{field}={value}");
        }
        let mut without_privacy = form(&[]);
        without_privacy.remove("privacy");
        assert!(validate(&without_privacy, 2026).unwrap_err().contains_key("privacy"));
    }

    #[test]
    fn consent_is_asked_of_everyone_who_may_still_be_15() {
        assert!(needs_consent(2011, 2026), "15 this year");
        assert!(needs_consent(2010, 2026), "16 this year: 15 until the birthday");
        assert!(!needs_consent(2009, 2026));
    }

    #[test]
    fn a_trip_asks_paper_consent_of_everyone_who_may_still_be_17() {
        assert!(needs_trip_consent(2009, 2027), "18 that year: 17 until the birthday");
        assert!(!needs_trip_consent(2008, 2027));
        assert!(needs_trip_consent(2012, 2027), "also those whose parent agreed by link");
    }

    #[test]
    fn needs_are_kept_with_an_explicit_yes_and_read_from_16_or_with_a_parent() {
        let errors = validate(&form(&[("needs", "Asthma")]), 2026).unwrap_err();
        assert_eq!(errors.get("health_consent").map(String::as_str), Some("register-error-health-consent"));
        let agreed = validate(&form(&[("needs", "Asthma"), ("health_consent", "on")]), 2026).unwrap();
        assert_eq!(agreed.needs, "Asthma");
        assert!(needs_readable(2009, 2026, false));
        assert!(!needs_readable(2011, 2026, false), "15: the parent decides");
        assert!(needs_readable(2011, 2026, true));
    }

    #[test]
    fn photos_of_minors_need_a_parent_and_from_14_their_own_yes() {
        use PhotoPermission::*;
        let cases = [
            ((2000, true, false), Allowed),
            ((2000, false, true), Refused),
            ((2009, true, false), ParentMissing),
            ((2009, true, true), Allowed),
            ((2012, false, true), Refused),
            ((2012, true, true), Allowed),
            ((2014, false, true), Allowed),
            ((2014, true, false), ParentMissing),
            ((2014, false, false), Refused),
        ];
        for ((birth_year, own, parent), expected) in cases {
            assert_eq!(photo_permission(birth_year, 2026, own, parent), expected, "{birth_year} {own} {parent}");
        }
    }

    fn rules() -> Rules {
        Rules {
            published: true,
            registration: Registration::Series,
            youth_ages: Some((14, 17)),
            age_tolerance: 1,
            opens_at: Some(100),
            closes_at: 200,
            year: 2026,
            emergency_contact_missing: false,
        }
    }

    #[test]
    fn eligibility_follows_the_window_the_status_and_the_ages() {
        let rules = rules();
        assert_eq!(eligibility(&rules, 2010, 150), Ok(()));
        assert_eq!(eligibility(&rules, 2010, 99), Err(Ineligible::NotYet));
        assert_eq!(eligibility(&rules, 2010, 200), Err(Ineligible::Closed));
        assert_eq!(eligibility(&Rules { published: false, ..rules }, 2010, 150), Err(Ineligible::NotOpen));
        let drop_in = Rules { registration: Registration::DropIn, ..rules };
        assert_eq!(eligibility(&drop_in, 2010, 150), Err(Ineligible::NoRegistration));
        // 14 to 17 with a year's tolerance: born 2013 (13 this year) may come, 2014 may not.
        assert_eq!(eligibility(&rules, 2013, 150), Ok(()));
        assert_eq!(eligibility(&rules, 2014, 150), Err(Ineligible::TooYoung));
        // Born 2008: 17 or 18 this year; 2007: 18 or 19, which the tolerance still allows; 2006 not.
        assert_eq!(eligibility(&rules, 2007, 150), Ok(()));
        assert_eq!(eligibility(&rules, 2006, 150), Err(Ineligible::TooOld));
        assert_eq!(eligibility(&Rules { age_tolerance: 0, ..rules }, 2013, 150), Err(Ineligible::TooYoung));
        assert_eq!(eligibility(&Rules { youth_ages: None, ..rules }, 1970, 150), Ok(()));
        let trip = Rules { emergency_contact_missing: true, ..rules };
        assert_eq!(eligibility(&trip, 2010, 150), Err(Ineligible::NoEmergencyContact));
        assert_eq!(Ineligible::NoEmergencyContact.field(), "emergency_contact");
    }

    #[test]
    fn admission_gives_places_then_the_waiting_list() {
        assert_eq!(admit(Some(2), 0, false, false), Admission::Confirmed);
        assert_eq!(admit(Some(2), 1, false, true), Admission::AwaitingConsent);
        assert_eq!(admit(Some(2), 2, false, false), Admission::Waitlisted);
        assert_eq!(admit(Some(2), 2, true, true), Admission::Waitlisted);
        assert_eq!(admit(None, 1000, false, false), Admission::Confirmed);
        assert_eq!(admit(Some(3), 2, true, false), Admission::Waitlisted, "no queue jumping");
    }

    /// A small deterministic generator, so that the property tests need no extra crate and
    /// fail the same way every time.
    struct Lcg(u64);

    impl Lcg {
        fn below(&mut self, n: u64) -> u64 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (self.0 >> 33) % n.max(1)
        }
    }

    /// Random arrivals, cancellations and capacity changes never put more people in places than
    /// there are places, promotion is first come first served, and it fills exactly the freed places.
    #[test]
    fn property_never_above_capacity_and_promotion_is_fifo() {
        let mut random = Lcg(7);
        for _ in 0..2000 {
            let mut capacity = 1 + random.below(10) as i64;
            // (id, status), in arrival order.
            let mut people: Vec<(i64, Status)> = Vec::new();
            for step in 0..40 {
                let taken = people.iter().filter(|(_, s)| s.holds_place()).count() as i64;
                let waiting: Vec<Waiting> = people
                    .iter()
                    .filter(|(_, s)| *s == Status::Waitlisted)
                    .map(|(id, _)| Waiting { id: *id, needs_consent: id % 3 == 0 })
                    .collect();
                match random.below(4) {
                    0 | 1 => {
                        let admission = admit(Some(capacity), taken, !waiting.is_empty(), step % 3 == 0);
                        people.push((step, admission.status()));
                    }
                    2 if !people.is_empty() => {
                        let index = random.below(people.len() as u64) as usize;
                        people[index].1 = Status::Cancelled;
                    }
                    _ => capacity = (capacity + random.below(3) as i64 - 1).max(1),
                }
                let taken = people.iter().filter(|(_, s)| s.holds_place()).count() as i64;
                let waiting: Vec<Waiting> = people
                    .iter()
                    .filter(|(_, s)| *s == Status::Waitlisted)
                    .map(|(id, _)| Waiting { id: *id, needs_consent: id % 3 == 0 })
                    .collect();
                let promoted = promote(Some(capacity), taken, &waiting);
                let freed = (capacity - taken).max(0) as usize;
                assert_eq!(promoted.len(), freed.min(waiting.len()), "promotion fills the freed places");
                let expected: Vec<i64> = waiting.iter().take(promoted.len()).map(|w| w.id).collect();
                assert_eq!(promoted.iter().map(|(id, _)| *id).collect::<Vec<_>>(), expected, "first come first served");
                for (id, status) in promoted {
                    if let Some(person) = people.iter_mut().find(|(pid, _)| *pid == id) {
                        person.1 = status;
                    }
                }
                let holding = people.iter().filter(|(_, s)| s.holds_place()).count() as i64;
                // Lowering the capacity never throws anybody out, so only new places are checked.
                assert!(holding <= capacity.max(taken), "never above capacity: {holding} > {capacity}");
            }
        }
    }
}
