//! Finds contact details in what young people write publicly: phone numbers in any digits,
//! email addresses, messenger and social-media handles and links. A text with any of them waits
//! for a moderator, whatever the round's rule, so that nobody's number reaches a stranger.

/// Messenger and network names (Latin, Arabic and Persian spellings) that, followed by a handle or
/// a colon, give a way to reach someone.
const MESSENGERS: &[&str] = &[
    "whatsapp",
    "whats app",
    "insta",
    "instagram",
    "snap",
    "snapchat",
    "telegram",
    "tiktok",
    "signal",
    "discord",
    "facebook",
    "threema",
    "واتساب",
    "واتس اب",
    "واتس",
    "تلگرام",
    "تلغرام",
    "تيليجرام",
    "انستا",
    "اینستا",
    "انستغرام",
    "سناب",
    "تيك توك",
];

/// Link shorteners and messenger domains that never appear in an idea for a good reason.
const CONTACT_DOMAINS: &[&str] = &[
    "wa.me",
    "t.me",
    "instagram.com",
    "snapchat.com",
    "tiktok.com",
    "facebook.com",
    "fb.com",
    "discord.gg",
    "signal.me",
    "telegram.me",
    "bit.ly",
];

/// Top-level domains of links typed without "http" or "www".
const LINK_ENDINGS: &[&str] = &[".com", ".de", ".me", ".gg", ".org", ".net", ".io", ".ly", ".app", ".info"];

/// Whether `text` holds a phone number, an email address, a handle or a link.
pub fn has_contact_details(text: &str) -> bool {
    let folded: String = text.chars().map(ascii_digit).flat_map(char::to_lowercase).collect();
    has_phone_number(&folded)
        || has_email_or_handle(&folded)
        || has_link(&folded)
        || MESSENGERS.iter().any(|name| names_a_handle(&folded, name))
}

/// Digits of every script young people type in (Arabic-Indic, Persian, Devanagari, Bengali,
/// full-width) read as their ASCII digit; everything else unchanged.
fn ascii_digit(c: char) -> char {
    const ZEROS: [u32; 5] = [0x0660, 0x06F0, 0x0966, 0x09E6, 0xFF10];
    let code = u32::from(c);
    ZEROS
        .iter()
        .find(|zero| (**zero..**zero + 10).contains(&code))
        .and_then(|zero| char::from_digit(code - zero, 10))
        .unwrap_or(c)
}

/// Seven or more digits with at most two separators (space, dot, dash, slash, brackets, plus)
/// between each pair: "0176 123 45 67", "0176.123.4567", "+49 (0)176-1234567". A date such as
/// "12.03.2027" has eight digits, so a run shaped like a date is not a number.
fn has_phone_number(text: &str) -> bool {
    let mut digits = String::new();
    let mut run = String::new();
    let mut gap = 0;
    let finish = |digits: &mut String, run: &mut String| {
        let found = digits.len() >= 7 && !is_date(run.trim());
        digits.clear();
        run.clear();
        found
    };
    for c in text.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
            run.push(c);
            gap = 0;
        } else if !digits.is_empty() && " .-/()+\u{a0}".contains(c) && gap < 2 {
            run.push(c);
            gap += 1;
        } else if finish(&mut digits, &mut run) {
            return true;
        } else {
            gap = 0;
        }
    }
    finish(&mut digits, &mut run)
}

/// "12.03.2027", "1/3/27", "12.03. 2027" (a date, not a number).
fn is_date(run: &str) -> bool {
    let parts: Vec<&str> = run.split(['.', '/', '-', ' ']).filter(|part| !part.is_empty()).collect();
    matches!(parts.as_slice(), [day, month, year]
        if day.len() <= 2 && month.len() <= 2 && (year.len() == 2 || year.len() == 4))
}

/// "name@mail.de" and "@name": an at sign before a letter, digit or underscore.
fn has_email_or_handle(text: &str) -> bool {
    text.char_indices().any(|(at, c)| {
        c == '@' && text[at + 1..].chars().next().is_some_and(|next| next.is_alphanumeric() || next == '_')
    })
}

fn has_link(text: &str) -> bool {
    text.contains("http://")
        || text.contains("https://")
        || text.contains("www.")
        || CONTACT_DOMAINS.iter().any(|domain| text.contains(domain))
        || text.split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')').any(|word| {
            let word = word.trim_end_matches(['.', '!', '?']);
            LINK_ENDINGS
                .iter()
                .any(|ending| word.strip_suffix(ending).is_some_and(|name| !name.is_empty() && !name.ends_with('.')))
        })
}

/// A messenger's name followed by something that names an account: a colon, or a word with a
/// digit, a dot or an underscore ("insta: amira_k", "snap amira.k22", "واتساب: ...").
fn names_a_handle(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let rest = text[at + name.len()..].trim_start_matches(|c: char| c.is_alphabetic() && c.is_ascii());
        let rest = rest.trim_start();
        rest.starts_with(':')
            || rest
                .split_whitespace()
                .next()
                .is_some_and(|word| word.chars().any(|c| c.is_ascii_digit() || c == '_' || c == '.') && word.len() > 2)
    })
}

#[cfg(test)]
mod tests {
    use super::has_contact_details;

    #[test]
    fn contact_details_in_several_scripts() {
        let held = [
            "Ruft mich an: 0176 123 45 67",
            "Meine Nummer ist 0176.123.4567",
            "+49 (0)176-1234567",
            "01761234567",
            "رقمي ٠١٧٦١٢٣٤٥٦٧",
            "شماره من ۰۹۱۲ ۳۴۵ ۶۷۸۹",
            "call me ٠١٧٦ ١٢٣ ٤٥ ٦٧",
            "amira@example.org",
            "schreib mir @amira_k",
            "insta: amira.k",
            "snap amira_22",
            "Folgt uns auf instagram.com/jmdkoeln",
            "https://example.org/x",
            "wa.me/491761234567",
            "t.me/amira",
            "www.amira.de",
            "amira-koeln.de",
            "واتساب: amira",
            "تلگرام amira_k",
            "telegram: @amira",
            "Напиши мне в telegram: amira_k",
            "Bana whatsapp'tan yaz: 0532 123 45 67",
        ];
        for text in held {
            assert!(has_contact_details(text), "{text:?} holds contact details");
        }
        let fine = [
            "Kochen mit Freundinnen am Freitag um 17:00",
            "Ein Fußballturnier am 12.03.2027 im Park",
            "Fahrt nach Berlin, 2 Tage, 15 Leute, 250 Euro",
            "Tanzkurs 16-18 Uhr, Raum 3",
            "Wir wollen Instagram-Fotos machen lernen",
            "رحلة إلى الحديقة يوم السبت",
            "کلاس آشپزی برای دخترها",
            "Поход в музей в субботу",
            "Mathe-Hilfe für die 9. und 10. Klasse",
            "Whatsapp-Gruppe? Lieber nicht!",
            "Am 1.4. um 15 Uhr",
        ];
        for text in fine {
            assert!(!has_contact_details(text), "{text:?} holds no contact details");
        }
    }
}
