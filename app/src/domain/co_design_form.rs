//! The forms of co-design: joining with a code, an idea card, an idea round, a staff check.
//! Pure checks; the services store what passes.

use super::contact::has_contact_details;
use super::email::{looks_like_email, normalise};
use super::idea::{Criterion, DayPart, IdeaState, MoveDetails};
use super::offer::Category;
use super::offer_form::{Errors, Fields, bounded_text, fail, text};
use super::registration::{age_in, birth_year, needs_consent, parent_email};
use super::vote::MAX_CHOICES;

/// The letters of join and re-entry codes: no 0/O, 1/I/L, which a phone's screen confuses.
pub const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const JOIN_CODE_LEN: usize = 8;
pub const REENTRY_CODE_LEN: usize = 12;
const MAX_NICKNAME_CHARS: usize = 30;
const MAX_WHAT_CHARS: usize = 500;
const MAX_SHORT_CHARS: usize = 120;
const MAX_REASON_CHARS: usize = 1000;
/// Young people of the JMD are 12 to 27; a little room for a sibling or an older volunteer.
const AGES: std::ops::RangeInclusive<i64> = 10..=30;

/// A code as typed: letters upper-cased, spaces and dashes dropped ("kalk-7q3m" is "KALK7Q3M").
pub fn normalise_code(typed: &str) -> String {
    typed.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect()
}

/// A code in groups of four, easier to copy from a screen: "ABCD-EFGH-JKMN".
pub fn grouped(code: &str) -> String {
    code.as_bytes().chunks(4).map(|chunk| String::from_utf8_lossy(chunk).into_owned()).collect::<Vec<_>>().join("-")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Joining {
    pub code: String,
    pub nickname: String,
    pub birth_year: i64,
    pub lang: String,
}

/// Joining with a code: the code, a nickname without contact details, a year of birth of a young
/// person, and the language the pages should speak.
pub fn validate_join(fields: &Fields, this_year: i64, languages: &[&str]) -> Result<Joining, Errors> {
    let mut errors = Errors::new();
    let code = normalise_code(text(fields, "code"));
    if code.len() != JOIN_CODE_LEN {
        fail(&mut errors, "code", "join-error-code");
    }
    let nickname = bounded_text(fields, &mut errors, ("nickname", MAX_NICKNAME_CHARS), true);
    if has_contact_details(&nickname) {
        fail(&mut errors, "nickname", "join-error-nickname-contact");
    }
    let birth_year = birth_year(fields, this_year, &mut errors).filter(|year| {
        let young = AGES.contains(&age_in(this_year, *year));
        if !young {
            fail(&mut errors, "birth_year", "join-error-age");
        }
        young
    });
    let lang = text(fields, "lang");
    if !languages.contains(&lang) {
        fail(&mut errors, "lang", "form-error-missing");
    }
    match birth_year {
        Some(birth_year) if errors.is_empty() => Ok(Joining { code, nickname, birth_year, lang: lang.to_owned() }),
        _ => Err(errors),
    }
}

/// The address a young person who joined with a code gives for messages, and for an under-16
/// the parent who is asked whether it may be kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContactAddress {
    pub email: String,
    /// (address, language) of the parent; only for someone who may be under 16.
    pub parent: Option<(String, String)>,
}

/// The address form of `/me`; `birth_year` is the record's, which says whether a parent is asked.
pub fn validate_contact_address(
    fields: &Fields,
    birth_year: i64,
    this_year: i64,
    languages: &[&str],
) -> Result<ContactAddress, Errors> {
    let mut errors = Errors::new();
    let email = normalise(text(fields, "email"));
    if !looks_like_email(&email) {
        fail(&mut errors, "email", "offer-error-email");
    }
    let parent = if needs_consent(birth_year, this_year) {
        let parent_email = parent_email(fields, Some(birth_year), this_year, &mut errors);
        if parent_email.as_deref() == Some(email.as_str()) {
            fail(&mut errors, "parent_email", "contact-error-parent-same");
        }
        let parent_lang = text(fields, "parent_lang");
        if !languages.contains(&parent_lang) {
            fail(&mut errors, "parent_lang", "offer-error-choose");
        }
        parent_email.map(|parent_email| (parent_email, parent_lang.to_owned()))
    } else {
        None
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ContactAddress { email, parent })
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdeaCard {
    pub round_id: i64,
    pub what: String,
    pub for_whom: String,
    pub place: String,
    /// ISO weekday numbers 1 (Monday) to 7, space-separated.
    pub weekdays: String,
    pub day_parts: String,
    pub languages: String,
    pub category: Category,
    /// Phone numbers, addresses, handles or links were found: a moderator sees it first.
    pub holds_contact_details: bool,
}

/// The guided card: what (required), for whom, where, when, languages, category (required).
/// Contact details are not an error: the idea is kept, and held for a moderator.
pub fn validate_idea(fields: &Fields, languages: &[&str]) -> Result<IdeaCard, Errors> {
    let mut errors = Errors::new();
    let round_id = text(fields, "round_id").parse::<i64>().ok();
    if round_id.is_none() {
        fail(&mut errors, "round_id", "idea-error-round");
    }
    let what = bounded_text(fields, &mut errors, ("what", MAX_WHAT_CHARS), true);
    if !what.is_empty() && what.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        fail(&mut errors, "what", "idea-error-what");
    }
    let for_whom = bounded_text(fields, &mut errors, ("for_whom", MAX_SHORT_CHARS), false);
    let place = bounded_text(fields, &mut errors, ("place", MAX_SHORT_CHARS), false);
    let category = Category::from_code(text(fields, "category"));
    if category.is_none() {
        fail(&mut errors, "category", "idea-error-category");
    }
    let weekdays = ticked(fields, "weekday", |day| matches!(day, "1" | "2" | "3" | "4" | "5" | "6" | "7"));
    let day_parts = ticked(fields, "part", |part| DayPart::from_code(part).is_some());
    let languages = ticked(fields, "language", |code| languages.contains(&code));
    let holds_contact_details = [&what, &for_whom, &place].iter().any(|text| has_contact_details(text));
    match (round_id, category) {
        (Some(round_id), Some(category)) if errors.is_empty() => Ok(IdeaCard {
            round_id,
            what,
            for_whom,
            place,
            weekdays,
            day_parts,
            languages,
            category,
            holds_contact_details,
        }),
        _ => Err(errors),
    }
}

/// Tick boxes named `{prefix}-{value}` (a plain form posts one field per ticked box), kept when
/// `known`, space-separated in a stable order.
fn ticked(fields: &Fields, prefix: &str, known: impl Fn(&str) -> bool) -> String {
    let start = format!("{prefix}-");
    fields
        .keys()
        .filter_map(|name| name.strip_prefix(&start))
        .filter(|value| known(value))
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Round {
    pub question: String,
    pub decidable: String,
    pub budget: String,
    pub deciders: String,
    /// The last day ideas are taken (yyyy-mm-dd); None: the always-open ideas box.
    pub closes_on: Option<chrono::NaiveDate>,
    pub programme_id: Option<i64>,
    pub post_moderated: bool,
    pub response_days: i64,
}

/// An idea round's rules in plain language: the question, what can be decided, who decides are
/// required; a budget, a last day, a programme are not. Post-moderation is for 16+ rounds only,
/// which the form states beside the box.
pub fn validate_round(fields: &Fields, today: chrono::NaiveDate) -> Result<Round, Errors> {
    let mut errors = Errors::new();
    let question = bounded_text(fields, &mut errors, ("question", 200), true);
    let decidable = bounded_text(fields, &mut errors, ("decidable", MAX_REASON_CHARS), true);
    let budget = bounded_text(fields, &mut errors, ("budget", MAX_SHORT_CHARS), false);
    let deciders = bounded_text(fields, &mut errors, ("deciders", MAX_SHORT_CHARS), true);
    let closes_on = match text(fields, "closes_on") {
        "" => None,
        day => {
            let parsed = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok().filter(|day| *day >= today);
            if parsed.is_none() {
                fail(&mut errors, "closes_on", "round-error-closes");
            }
            parsed
        }
    };
    let response_days = match text(fields, "response_days") {
        "" => 14,
        days => days.parse::<i64>().ok().filter(|days| (1..=90).contains(days)).unwrap_or_else(|| {
            fail(&mut errors, "response_days", "round-error-response-days");
            14
        }),
    };
    let programme_id = text(fields, "programme_id").parse::<i64>().ok();
    if errors.is_empty() {
        Ok(Round {
            question,
            decidable,
            budget,
            deciders,
            closes_on,
            programme_id,
            post_moderated: fields.contains_key("post_moderated"),
            response_days,
        })
    } else {
        Err(errors)
    }
}

/// Opening a round's vote: how many ideas each may choose, and the last day (in the site's zone).
pub fn validate_vote_opening(fields: &Fields, today: chrono::NaiveDate) -> Result<(i64, chrono::NaiveDate), Errors> {
    let mut errors = Errors::new();
    let choices = text(fields, "choices").parse::<i64>().ok().filter(|choices| (1..=MAX_CHOICES).contains(choices));
    if choices.is_none() {
        fail(&mut errors, "choices", "vote-error-choices");
    }
    let last_day = chrono::NaiveDate::parse_from_str(text(fields, "last_day"), "%Y-%m-%d")
        .ok()
        .filter(|day| *day >= today && *day <= today + chrono::Days::new(366));
    if last_day.is_none() {
        fail(&mut errors, "last_day", "vote-error-day");
    }
    match (choices, last_day) {
        (Some(choices), Some(last_day)) if errors.is_empty() => Ok((choices, last_day)),
        _ => Err(errors),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffDecision {
    pub to: IdeaState,
    pub details: MoveDetails,
    /// Criteria that stand in the way, for a staff check.
    pub problems: Vec<Criterion>,
    pub would_work: String,
    pub staff_notes: String,
}

/// A staff member's move of an idea: the target state, and what the move needs (checked against
/// the lifecycle by the service, which knows the current state).
pub fn validate_decision(fields: &Fields) -> Result<StaffDecision, Errors> {
    let mut errors = Errors::new();
    let to = IdeaState::from_code(text(fields, "state"));
    if to.is_none() {
        fail(&mut errors, "state", "idea-error-move");
    }
    let reason = bounded_text(fields, &mut errors, ("reason", MAX_REASON_CHARS), false);
    let would_work = bounded_text(fields, &mut errors, ("would_work", MAX_REASON_CHARS), false);
    let staff_notes = bounded_text(fields, &mut errors, ("staff_notes", MAX_REASON_CHARS), false);
    let problems =
        Criterion::ALL.iter().copied().filter(|c| fields.contains_key(&format!("problem-{}", c.code()))).collect();
    let revisit_on = Some(text(fields, "revisit_on")).filter(|day| !day.is_empty()).map(str::to_owned);
    let merged_into = text(fields, "merged_into").trim_start_matches('#').parse::<i64>().ok();
    let offer_id = text(fields, "offer_id").parse::<i64>().ok();
    match to {
        Some(to) if errors.is_empty() => Ok(StaffDecision {
            to,
            details: MoveDetails { reason, revisit_on, merged_into, offer_id },
            problems,
            would_work,
            staff_notes,
        }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> Fields {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    const LANGS: &[&str] = &["de", "en", "ar"];

    #[test]
    fn joining_needs_a_code_a_clean_nickname_and_a_young_persons_year() {
        let ok = form(&[("code", "kalk-7q3m"), ("nickname", "Sunny"), ("birth_year", "2011"), ("lang", "ar")]);
        let joined = validate_join(&ok, 2026, LANGS).unwrap();
        assert_eq!(joined.code, "KALK7Q3M");
        assert_eq!(joined.birth_year, 2011);
        let mut bad = ok.clone();
        bad.insert("nickname".into(), "Sunny 0176 1234567".into());
        bad.insert("birth_year".into(), "1980".into());
        bad.insert("code".into(), "abc".into());
        let errors = validate_join(&bad, 2026, LANGS).unwrap_err();
        assert_eq!(errors.get("nickname").map(String::as_str), Some("join-error-nickname-contact"));
        assert_eq!(errors.get("birth_year").map(String::as_str), Some("join-error-age"));
        assert_eq!(errors.get("code").map(String::as_str), Some("join-error-code"));
    }

    #[test]
    fn an_address_of_someone_under_16_comes_with_a_parent_who_is_someone_else() {
        let adult = form(&[("email", " Sunny@Example.org ")]);
        let given = validate_contact_address(&adult, 2008, 2026, LANGS).unwrap();
        assert_eq!(given, ContactAddress { email: "sunny@example.org".into(), parent: None });
        // Turning 16 this year may still be 15: a parent is asked.
        let errors = validate_contact_address(&adult, 2010, 2026, LANGS).unwrap_err();
        assert_eq!(errors.get("parent_email").map(String::as_str), Some("register-error-parent-email"));
        assert_eq!(errors.get("parent_lang").map(String::as_str), Some("offer-error-choose"));
        let same =
            form(&[("email", "sunny@example.org"), ("parent_email", "SUNNY@example.org"), ("parent_lang", "ar")]);
        let errors = validate_contact_address(&same, 2012, 2026, LANGS).unwrap_err();
        assert_eq!(errors.get("parent_email").map(String::as_str), Some("contact-error-parent-same"));
        let child =
            form(&[("email", "sunny@example.org"), ("parent_email", "mama@example.org"), ("parent_lang", "ar")]);
        let given = validate_contact_address(&child, 2012, 2026, LANGS).unwrap();
        assert_eq!(given.parent, Some(("mama@example.org".into(), "ar".into())));
        let typo = form(&[("email", "sunny at example")]);
        let errors = validate_contact_address(&typo, 2000, 2026, LANGS).unwrap_err();
        assert_eq!(errors.get("email").map(String::as_str), Some("offer-error-email"));
    }

    #[test]
    fn a_vote_opens_with_one_to_five_choices_until_a_coming_day() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let ok = form(&[("choices", "3"), ("last_day", "2026-12-10")]);
        assert_eq!(validate_vote_opening(&ok, today), Ok((3, chrono::NaiveDate::from_ymd_opt(2026, 12, 10).unwrap())));
        let bad = form(&[("choices", "9"), ("last_day", "2026-12-02")]);
        let errors = validate_vote_opening(&bad, today).unwrap_err();
        assert_eq!(errors.get("choices").map(String::as_str), Some("vote-error-choices"));
        assert_eq!(errors.get("last_day").map(String::as_str), Some("vote-error-day"));
    }

    #[test]
    fn an_idea_card_keeps_contact_details_for_a_moderator() {
        let card = form(&[
            ("round_id", "3"),
            ("what", "Kochabend, ruft an: ٠١٧٦١٢٣٤٥٦٧"),
            ("category", "culture"),
            ("weekday-5", "on"),
            ("weekday-9", "on"),
            ("part-evening", "on"),
            ("language-ar", "on"),
            ("language-xx", "on"),
        ]);
        let idea = validate_idea(&card, LANGS).unwrap();
        assert!(idea.holds_contact_details);
        assert_eq!((idea.weekdays.as_str(), idea.day_parts.as_str(), idea.languages.as_str()), ("5", "evening", "ar"));
        let errors = validate_idea(&form(&[("what", "??")]), LANGS).unwrap_err();
        assert!(errors.contains_key("what") && errors.contains_key("category") && errors.contains_key("round_id"));
    }

    #[test]
    fn a_round_states_its_rules() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let ok = form(&[
            ("question", "Was soll beim Sommerfest passieren?"),
            ("decidable", "Programm"),
            ("deciders", "Ihr"),
        ]);
        let round = validate_round(&ok, today).unwrap();
        assert_eq!((round.closes_on, round.response_days, round.post_moderated), (None, 14, false));
        let mut late = ok.clone();
        late.insert("closes_on".into(), "2026-12-01".into());
        late.insert("response_days".into(), "400".into());
        let errors = validate_round(&late, today).unwrap_err();
        assert!(errors.contains_key("closes_on") && errors.contains_key("response_days"));
        assert!(validate_round(&form(&[]), today).unwrap_err().len() >= 3);
    }

    #[test]
    fn codes_read_as_typed_and_print_in_groups() {
        assert_eq!(normalise_code(" ab cd-ef gh "), "ABCDEFGH");
        assert_eq!(grouped("ABCDEFGHJKMN"), "ABCD-EFGH-JKMN");
        assert!(!CODE_ALPHABET.iter().any(|c| b"01OIL".contains(c)));
    }
}
