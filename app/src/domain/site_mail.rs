//! Who a site's messages come from: a sender name people recognise ("JMD Köln"), optionally the
//! site's own sender address (only where the mail relay may send for that domain), and the address
//! replies go to (the team's inbox), so that a young person who answers a reminder reaches staff.

use super::email::{looks_like_email, normalise};
use super::offer_form::{Errors, Fields, fail, text};

/// Long enough for "Jugendmigrationsdienst Köln-Chorweiler", short enough for a phone's inbox.
const MAX_NAME_CHARS: usize = 80;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SiteMail {
    pub from_name: Option<String>,
    pub from_address: Option<String>,
    pub reply_to: Option<String>,
}

pub fn validate(fields: &Fields) -> Result<SiteMail, Errors> {
    let mut errors = Errors::new();
    let from_name = text(fields, "from_name");
    // A line break in a header would let the name add headers of its own.
    if from_name.chars().any(char::is_control) || from_name.chars().count() > MAX_NAME_CHARS {
        fail(&mut errors, "from_name", "site-mail-error-name");
    }
    let mut address = |field: &str| {
        let value = normalise(text(fields, field));
        if !value.is_empty() && !looks_like_email(&value) {
            fail(&mut errors, field, "email-invalid");
        }
        (!value.is_empty()).then_some(value)
    };
    let from_address = address("from_address");
    let reply_to = address("reply_to");
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(SiteMail { from_name: (!from_name.is_empty()).then(|| from_name.to_owned()), from_address, reply_to })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> Fields {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn empty_fields_mean_the_server_defaults() {
        assert_eq!(validate(&Fields::new()), Ok(SiteMail::default()));
    }

    #[test]
    fn addresses_are_normalised_and_checked() {
        let mail = validate(&fields(&[
            ("from_name", " JMD Köln "),
            ("from_address", "Treffpunkt@JMD-Koeln.de"),
            ("reply_to", "team@jmd-koeln.de"),
        ]))
        .unwrap();
        assert_eq!(mail.from_name.as_deref(), Some("JMD Köln"));
        assert_eq!(mail.from_address.as_deref(), Some("treffpunkt@jmd-koeln.de"));
        let errors = validate(&fields(&[("from_address", "jmd koeln"), ("reply_to", "team@")])).unwrap_err();
        assert_eq!(errors["from_address"], "email-invalid");
        assert_eq!(errors["reply_to"], "email-invalid");
    }

    #[test]
    fn a_name_cannot_smuggle_headers_or_run_long() {
        let errors = validate(&fields(&[("from_name", "JMD\r\nBcc: all@example.org")])).unwrap_err();
        assert_eq!(errors["from_name"], "site-mail-error-name");
        assert!(validate(&fields(&[("from_name", &"x".repeat(81))])).is_err());
    }
}
