//! The programme form: a period of days with a title and a description in several languages.

use chrono::{Datelike, NaiveDate};

use super::offer_form::{Errors, Fields, check_date, check_texts, fail};

/// Longest programme: a summer of festivals, not a whole year of everything.
const MAX_DAYS: i64 = 120;

#[derive(Debug, Clone, PartialEq)]
pub struct ProgrammeDetails {
    pub title: String,
    pub description: String,
    /// (code, title, description) in languages other than German.
    pub translations: Vec<(String, String, String)>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

impl ProgrammeDetails {
    /// The address part of the programme's page, e.g. "interkulturelle-woche-koeln-2026".
    pub fn slug(&self) -> String {
        let slug = super::text::slug(&self.title);
        let year = self.starts_on.year().to_string();
        match slug.as_str() {
            "" => format!("programm-{year}"),
            slug if slug.ends_with(&year) => slug.to_owned(),
            slug => format!("{slug}-{year}"),
        }
    }
}

pub fn validate(fields: &Fields) -> Result<ProgrammeDetails, Errors> {
    let mut errors = Errors::new();
    let (title, description, translations) = check_texts(fields, &mut errors);
    let starts_on = check_date(fields, "starts_on", &mut errors);
    let ends_on = check_date(fields, "ends_on", &mut errors);
    if let (Some(starts_on), Some(ends_on)) = (starts_on, ends_on) {
        if ends_on < starts_on {
            fail(&mut errors, "ends_on", "programme-error-end-before-start");
        } else if (ends_on - starts_on).num_days() >= MAX_DAYS {
            fail(&mut errors, "ends_on", "programme-error-too-long");
        }
    }
    match (starts_on, ends_on) {
        (Some(starts_on), Some(ends_on)) if errors.is_empty() => {
            Ok(ProgrammeDetails { title, description, translations, starts_on, ends_on })
        }
        _ => Err(errors),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Fields {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn a_fortnight_with_an_english_title_is_valid_and_gets_a_readable_slug() {
        let programme = validate(&fields(&[
            ("title", "Interkulturelle Woche Köln"),
            ("title_en", "Intercultural Week Cologne"),
            ("starts_on", "2027-09-19"),
            ("ends_on", "2027-10-03"),
        ]))
        .unwrap();
        assert_eq!(programme.slug(), "interkulturelle-woche-koeln-2027");
        assert_eq!(programme.translations.len(), 1);
        let summer = ProgrammeDetails { title: "Sommerfest Chorweiler 2027!".into(), ..programme };
        assert_eq!(summer.slug(), "sommerfest-chorweiler-2027");
    }

    #[test]
    fn problems_are_reported_at_their_field() {
        let errors =
            validate(&fields(&[("title", ""), ("starts_on", "2027-10-03"), ("ends_on", "2027-09-19")])).unwrap_err();
        assert_eq!(errors.get("title").map(String::as_str), Some("offer-error-title-missing"));
        assert_eq!(errors.get("ends_on").map(String::as_str), Some("programme-error-end-before-start"));
        let errors = validate(&fields(&[("title", "Sommer"), ("starts_on", "2027-01-01"), ("ends_on", "2027-12-31")]))
            .unwrap_err();
        assert_eq!(errors.get("ends_on").map(String::as_str), Some("programme-error-too-long"));
        let errors = validate(&fields(&[("title", "Sommer"), ("starts_on", "bald")])).unwrap_err();
        assert_eq!(errors.len(), 2, "{errors:?}");
    }
}
