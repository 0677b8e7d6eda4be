//! Keeping one offer's list beyond its period for a funder's audit (Verwendungsnachweis): why,
//! and until which day. While the hold lasts, retention leaves the list alone and a deletion
//! request restricts a registration instead of deleting it.

use chrono::{Months, NaiveDate};

use super::offer_form::{Errors, Fields, fail, text};

/// A funder's audit ends within ten years (books are kept ten years, § 147 AO); a later day is a
/// typing mistake. The privacy notice (`legal-what-audit`) and the form's hint say so in words.
pub const MAX_HOLD_YEARS: u32 = 10;
const MAX_REASON_CHARS: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hold {
    /// Which audit, in staff's words; the form asks for no names.
    pub reason: String,
    /// The last day the list is kept.
    pub until: NaiveDate,
}

/// Checks the form (`reason`, `until`): a reason, and a last day after `today` and within ten
/// years.
pub fn validate_hold(fields: &Fields, today: NaiveDate) -> Result<Hold, Errors> {
    let mut errors = Errors::new();
    let reason = text(fields, "reason");
    if reason.is_empty() {
        fail(&mut errors, "reason", "hold-error-reason");
    } else if reason.chars().count() > MAX_REASON_CHARS {
        fail(&mut errors, "reason", "offer-error-too-long");
    }
    let latest = today.checked_add_months(Months::new(MAX_HOLD_YEARS * 12)).unwrap_or(today);
    let until =
        NaiveDate::parse_from_str(text(fields, "until"), "%Y-%m-%d").ok().filter(|day| *day > today && *day <= latest);
    if until.is_none() {
        fail(&mut errors, "until", "hold-error-until");
    }
    match until {
        Some(until) if errors.is_empty() => Ok(Hold { reason: reason.to_owned(), until }),
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn the_notice_and_the_form_state_the_longest_hold() {
        assert_eq!(MAX_HOLD_YEARS, 10, "say the new number in legal-what-audit and hold-until-hint");
        for (lang, words) in [(Lang::De, "zehn Jahre"), (Lang::En, "ten years")] {
            assert!(lang.t("legal-what-audit").contains(words) && lang.t("hold-until-hint").contains(words));
        }
    }

    fn form(reason: &str, until: &str) -> Fields {
        [("reason", reason), ("until", until)].iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn a_hold_has_a_reason_and_a_last_day_within_ten_years() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let hold = validate_hold(&form(" Verwendungsnachweis KJP 2026 ", "2028-06-30"), today).unwrap();
        assert_eq!(
            (hold.reason.as_str(), hold.until.to_string().as_str()),
            ("Verwendungsnachweis KJP 2026", "2028-06-30")
        );
        for (reason, until, field, key) in [
            ("", "2028-06-30", "reason", "hold-error-reason"),
            ("Prüfung", "2026-12-03", "until", "hold-error-until"),
            ("Prüfung", "2037-01-01", "until", "hold-error-until"),
            ("Prüfung", "30.06.2028", "until", "hold-error-until"),
        ] {
            let errors = validate_hold(&form(reason, until), today).unwrap_err();
            assert_eq!(errors.get(field).map(String::as_str), Some(key), "{reason} {until}");
        }
    }
}
