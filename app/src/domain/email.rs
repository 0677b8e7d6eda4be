//! Email addresses as people type them.

/// Trimmed and lower-case, so that "Frau.Yilmaz@…" and "frau.yilmaz@…" are one address.
pub fn normalise(email: &str) -> String {
    email.trim().to_lowercase()
}

/// A plausible address: something@something.tld, no spaces. Delivery is the real test.
pub fn looks_like_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.contains(char::is_whitespace)
        && !domain.contains('@')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plausible_addresses() {
        for good in ["amira@example.org", "a.b+c@jmd-koeln.de"] {
            assert!(looks_like_email(good), "{good}");
        }
        for bad in ["", "amira", "amira@", "@example.org", "amira@example", "a mira@example.org", "a@b@c.de", "a@.de"] {
            assert!(!looks_like_email(bad), "{bad}");
        }
        assert_eq!(normalise("  Frau.Yilmaz@Example.ORG "), "frau.yilmaz@example.org");
    }
}
