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

/// Enough of an address to recognise it, not to learn it from a page: "m…@example.org" (a
/// word joiner keeps the line from breaking after the ellipsis).
pub fn masked(email: &str) -> String {
    match email.split_once('@') {
        Some((local, domain)) => format!("{}…\u{2060}@{domain}", local.chars().next().unwrap_or('…')),
        None => "…".to_owned(),
    }
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
        assert_eq!(masked("mutter.layla@example.org"), "m…\u{2060}@example.org");
        assert_eq!(masked("kaputt"), "…");
    }
}
