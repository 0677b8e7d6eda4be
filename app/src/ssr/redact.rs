//! Log lines carry no personal data: an error text from elsewhere (an SMTP server's "550 <address>
//! unknown", a database message) passes here before it is logged.

/// `text` with every email address replaced by `<address>`.
pub fn addresses(text: &str) -> String {
    let is_part = |c: char| c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-' | '\'');
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if chars[i] == '@' {
            // Take back the local part already written, skip the domain.
            let local = out.chars().rev().take_while(|c| is_part(*c)).count();
            let domain = chars[i + 1..].iter().take_while(|c| is_part(**c)).count();
            if local > 0 && domain > 0 {
                let keep = out.chars().count() - local;
                out = out.chars().take(keep).collect();
                out.push_str("<address>");
                i += 1 + domain;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::addresses;

    #[test]
    fn addresses_are_replaced() {
        assert_eq!(addresses("550 5.1.1 <layla@example.org>: unknown"), "550 5.1.1 <<address>>: unknown");
        assert_eq!(addresses("to frau.yılmaz+jmd@bk-köln.example, twice"), "to <address>, twice");
        assert_eq!(addresses("no address @ here, a@"), "no address @ here, a@");
    }
}
