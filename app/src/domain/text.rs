//! Clean text in: every value of every form passes here once, before any rule reads it.

use unicode_normalization::UnicodeNormalization;

/// Fields where a line break belongs (descriptions, needs, messages, notes, dates left out, a
/// site's districts, opening hours and carrier's address); in all others a line break becomes a
/// space.
pub fn is_multi_line(field: &str) -> bool {
    matches!(
        field,
        "body" | "description" | "except" | "needs" | "note" | "districts" | "opening_hours" | "carrier_address"
    ) || field.starts_with("description_")
}

/// An address part made of words: lower case ASCII letters, digits and single dashes, with German
/// umlauts spelled out ("Köln-Mülheim" becomes "koeln-muelheim"). Empty when nothing is left.
pub fn slug(words: &str) -> String {
    let mut slug = String::new();
    for c in words.to_lowercase().chars() {
        match c {
            'ä' => slug.push_str("ae"),
            'ö' => slug.push_str("oe"),
            'ü' => slug.push_str("ue"),
            'ß' => slug.push_str("ss"),
            c if c.is_ascii_alphanumeric() => slug.push(c),
            _ if !slug.ends_with('-') => slug.push('-'),
            _ => {}
        }
    }
    slug.trim_matches('-').to_owned()
}

/// The value in Unicode NFC (so that "é" typed two ways is one "é"), with CRLF and lone CR as
/// LF, line breaks only where the field has lines, and no other control characters (a NUL, a
/// bell, an escape or a bidi override from a copied text never reaches the database, a calendar
/// or an email header).
pub fn clean(value: &str, multi_line: bool) -> String {
    let unified = value.replace("\r\n", "\n").replace('\r', "\n");
    unified
        .nfc()
        .filter_map(|c| match c {
            '\n' if multi_line => Some('\n'),
            '\n' | '\t' => Some(' '),
            c if c.is_control() || is_invisible_override(c) => None,
            c => Some(c),
        })
        .collect()
}

/// Bidirectional overrides and isolates typed into a form could turn the text around it (a name
/// that makes a line of the participants' list read backwards). The page isolates names itself.
fn is_invisible_override(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_come_out_clean() {
        assert_eq!(clean("Zahra\r\nEND:VEVENT", false), "Zahra END:VEVENT");
        assert_eq!(clean("a\r\nb\rc\nd", true), "a\nb\nc\nd");
        assert_eq!(clean("x\u{0}y\u{7}\u{1b}[31mz\u{7f}", false), "xy[31mz");
        assert_eq!(clean("tab\there", false), "tab here");
        assert_eq!(clean("e\u{301}", false), "é", "NFC");
        assert_eq!(clean("Ali\u{202E}gnp.exe", false), "Alignp.exe");
        assert_eq!(clean("مرحبا — Привіт", false), "مرحبا — Привіт", "other scripts stay");
        assert!(is_multi_line("description_ar") && is_multi_line("needs") && !is_multi_line("first_name"));
    }
}
