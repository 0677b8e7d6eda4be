//! The partner network of a site: the organisations that run offers with it and the venues where
//! offers take place, as their forms check them.

use super::offer::CONTENT_LANGUAGES;
use super::offer_form::{Errors, Fields, bounded_text as line, fail, text};
use super::site_form::description_field;

code_enum! {
    /// What kind of organisation a partner is; young people and staff read it on its page.
    OrganisationKind {
        Jmd => "jmd", School => "school", YouthCentre => "youth_centre", MigrantOrg => "migrant_org",
        SportsClub => "sports_club", Jobcenter => "jobcenter", Municipal => "municipal", Church => "church",
        Welfare => "welfare", Employer => "employer", Culture => "culture", Other => "other"
    }
}

const MAX_LINE_CHARS: usize = 120;
const MAX_LONG_LINE_CHARS: usize = 200;
const MAX_DESCRIPTION_CHARS: usize = 600;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationDetails {
    pub name: String,
    pub kind: OrganisationKind,
    pub website: Option<String>,
    /// An office's address, phone or email: how to reach the organisation.
    pub contact: String,
    /// (language code, description).
    pub descriptions: Vec<(String, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VenueDetails {
    pub name: String,
    pub street: String,
    pub postal_code: String,
    pub city: String,
    pub district: String,
    /// "Tram 1 to Kalk Post, then 3 minutes on foot".
    pub transit: String,
    pub step_free: bool,
    pub accessible_toilet: bool,
    pub hearing_loop: bool,
    pub accessibility_notes: String,
}

pub fn validate_organisation(fields: &Fields) -> Result<OrganisationDetails, Errors> {
    let mut errors = Errors::new();
    let name = line(fields, &mut errors, ("name", MAX_LINE_CHARS), true);
    let contact = line(fields, &mut errors, ("contact", MAX_LONG_LINE_CHARS), false);
    let typed_website = line(fields, &mut errors, ("website", MAX_LONG_LINE_CHARS), false);
    // "www.sv-kalk.de" is what people type; the link needs its scheme.
    let website = if typed_website.is_empty() || typed_website.contains("://") || !typed_website.contains('.') {
        typed_website
    } else {
        format!("https://{typed_website}")
    };
    // Only web addresses become links: a "javascript:" address would run in the reader's page.
    let website_ok = website.is_empty()
        || ((website.starts_with("https://") || website.starts_with("http://"))
            && !website.contains(char::is_whitespace)
            && website.len() > "https://".len());
    if !website_ok {
        fail(&mut errors, "website", "organisation-error-website");
    }
    let kind = OrganisationKind::from_code(text(fields, "kind"));
    if kind.is_none() {
        fail(&mut errors, "kind", "offer-error-choose");
    }
    let descriptions = CONTENT_LANGUAGES
        .iter()
        .map(|code| {
            ((*code).to_owned(), line(fields, &mut errors, (&description_field(code), MAX_DESCRIPTION_CHARS), false))
        })
        .filter(|(_, description)| !description.is_empty())
        .collect();
    match kind {
        Some(kind) if errors.is_empty() => Ok(OrganisationDetails {
            name,
            kind,
            website: (!website.is_empty()).then_some(website),
            contact,
            descriptions,
        }),
        _ => Err(errors),
    }
}

/// A venue lies in one of `districts`, the site's list; a site without a list has to make one
/// first, so that the public district filter stays a short, clean list.
pub fn validate_venue(fields: &Fields, districts: &[String]) -> Result<VenueDetails, Errors> {
    let mut errors = Errors::new();
    let name = line(fields, &mut errors, ("name", MAX_LINE_CHARS), true);
    let street = line(fields, &mut errors, ("street", MAX_LINE_CHARS), true);
    let postal_code = line(fields, &mut errors, ("postal_code", 10), true);
    let city = line(fields, &mut errors, ("city", MAX_LINE_CHARS), true);
    let transit = line(fields, &mut errors, ("transit", MAX_LONG_LINE_CHARS), false);
    let accessibility_notes = line(fields, &mut errors, ("note", MAX_DESCRIPTION_CHARS), false);
    let typed = text(fields, "district");
    let district = districts.iter().find(|known| known.as_str() == typed).cloned();
    if district.is_none() {
        let key = if districts.is_empty() { "venue-error-no-districts" } else { "offer-error-choose" };
        fail(&mut errors, "district", key);
    }
    let checked = |name: &str| fields.get(name).is_some_and(|value| value == "on" || value == "1");
    match district {
        Some(district) if errors.is_empty() => Ok(VenueDetails {
            name,
            street,
            postal_code,
            city,
            district,
            transit,
            step_free: checked("step_free"),
            accessible_toilet: checked("accessible_toilet"),
            hearing_loop: checked("hearing_loop"),
            accessibility_notes,
        }),
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
    fn an_organisation_needs_a_name_a_kind_and_a_web_address_that_is_one() {
        let school = validate_organisation(&fields(&[
            ("name", "Berufskolleg Ehrenfeld"),
            ("kind", "school"),
            ("website", "https://bk-ehrenfeld.de"),
            ("description_ar", "مدرسة مهنية"),
        ]))
        .unwrap();
        assert_eq!(school.kind, OrganisationKind::School);
        assert_eq!(school.descriptions, [("ar".to_owned(), "مدرسة مهنية".to_owned())]);
        let club = validate_organisation(&fields(&[
            ("name", "SV Kalk"),
            ("kind", "sports_club"),
            ("website", "www.sv-kalk.de"),
        ]));
        assert_eq!(club.unwrap().website.as_deref(), Some("https://www.sv-kalk.de"));
        let errors =
            validate_organisation(&fields(&[("name", ""), ("kind", "sect"), ("website", "javascript:alert(1)")]))
                .unwrap_err();
        assert_eq!(errors["name"], "form-error-missing");
        assert_eq!(errors["kind"], "offer-error-choose");
        assert_eq!(errors["website"], "organisation-error-website");
    }

    #[test]
    fn a_venue_lies_in_a_district_of_the_site() {
        let districts = vec!["Kalk".to_owned(), "Chorweiler".to_owned()];
        let typed = fields(&[
            ("name", "Jugendzentrum Kalk"),
            ("street", "Kalker Hauptstraße 120"),
            ("postal_code", "51103"),
            ("city", "Köln"),
            ("district", "Kalk"),
            ("step_free", "on"),
        ]);
        let venue = validate_venue(&typed, &districts).unwrap();
        assert!(venue.step_free && !venue.hearing_loop);
        let mut elsewhere = typed.clone();
        elsewhere.insert("district".into(), "Ehrenfeld".into());
        assert_eq!(validate_venue(&elsewhere, &districts).unwrap_err()["district"], "offer-error-choose");
        assert_eq!(validate_venue(&typed, &[]).unwrap_err()["district"], "venue-error-no-districts");
    }
}
