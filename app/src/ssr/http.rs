//! Small pieces of HTTP that pages and handlers share: cookies and the one-shot flash that carries
//! a form's error and typed values across a post/redirect/get without putting them in a URL.

use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};

use crate::i18n::{LANG_COOKIE, Lang};

/// The value of cookie `name` in the request.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| pair.trim().strip_prefix(name)?.strip_prefix('='))
}

/// A page's language: the reader's own choice first; then the language a link was written for
/// (`?lang=ar` in a parent's consent link), then the browser's preferences, then German.
pub fn page_lang(parts: &Parts) -> Lang {
    let chosen = cookie(&parts.headers, LANG_COOKIE).filter(|code| Lang::from_code(code).is_some());
    let linked = parts.uri.query().and_then(|query| query.split('&').find_map(|pair| pair.strip_prefix("lang=")));
    Lang::negotiate(chosen.or(linked), parts.headers.get(header::ACCEPT_LANGUAGE).and_then(|value| value.to_str().ok()))
}

/// The reader's language: a remembered choice, else the browser's preferences, else German.
pub fn request_lang(headers: &HeaderMap) -> Lang {
    Lang::negotiate(
        cookie(headers, LANG_COOKIE),
        headers.get(header::ACCEPT_LANGUAGE).and_then(|value| value.to_str().ok()),
    )
}

/// A `back`/`next` parameter as a redirect target: a path on this site, or the home page. The
/// value is parsed as a URI reference and must have neither scheme nor host; control characters
/// (browsers drop a tab or line break, so "/<TAB>/evil.example" becomes "//evil.example") and
/// backslashes (read as slashes) are refused outright.
pub fn local_target(target: Option<&str>) -> String {
    target
        .filter(|target| !target.chars().any(|c| c.is_control() || c == '\\' || c.is_whitespace()))
        .map(ascii_only)
        .filter(|target| is_local_path(target))
        .unwrap_or_else(|| "/".to_owned())
}

/// A Location header is ASCII: letters of other scripts go percent-encoded.
fn ascii_only(text: &str) -> String {
    text.chars().fold(String::with_capacity(text.len()), |mut out, c| {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&percent_encode(c.encode_utf8(&mut [0; 4])));
        }
        out
    })
}

fn is_local_path(target: &str) -> bool {
    target.starts_with('/')
        && !target.starts_with("//")
        && target.parse::<axum::http::Uri>().is_ok_and(|uri| uri.scheme().is_none() && uri.authority().is_none())
}

/// Whether the client reads pages (a browser: the answer is the form again with a message) or is
/// a program (the answer is a status code it understands, such as 429). Browsers ask for HTML when
/// they post a form, and mark their own fetches (the forms island) with Sec-Fetch-Mode.
pub fn wants_html(headers: &HeaderMap) -> bool {
    let accept = headers.get(header::ACCEPT).and_then(|value| value.to_str().ok()).unwrap_or_default();
    accept.contains("text/html") || headers.contains_key("sec-fetch-mode")
}

/// A Set-Cookie value with the attributes every Treffpunkt cookie has.
pub fn set_cookie(name: &str, value: &str, max_age_seconds: i64, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!("{name}={value}; Path=/; Max-Age={max_age_seconds}; HttpOnly; SameSite=Lax{secure}"))
        .expect("cookie names and values are ASCII without separators")
}

pub const FLASH_COOKIE: &str = "tp_flash";

/// The site a reader chose on the home page of a network with several (its address part).
pub const SITE_COOKIE: &str = "tp_site";

/// A form's outcome for the next page view: a catalogue key and the address the person typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flash {
    pub message: String,
    pub email: String,
}

impl Flash {
    pub fn cookie(&self, secure: bool) -> HeaderValue {
        let value = format!("{}~{}", self.message, percent_encode(&self.email));
        set_cookie(FLASH_COOKIE, &value, 60, secure)
    }

    pub fn from_headers(headers: &HeaderMap) -> Option<Flash> {
        let (message, email) = cookie(headers, FLASH_COOKIE)?.split_once('~')?;
        let message_is_a_key = message.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        message_is_a_key.then(|| Flash { message: message.to_owned(), email: percent_decode(email) })
    }

    pub fn clear_cookie(secure: bool) -> HeaderValue {
        set_cookie(FLASH_COOKIE, "", 0, secure)
    }
}

/// Percent-encodes everything but RFC 3986's unreserved characters.
pub fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (byte as char).to_string(),
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

/// A link that finds an address on OpenStreetMap: a link only, nothing is loaded from there.
pub fn map_link(street: &str, postal_code: &str, city: &str) -> String {
    format!("https://www.openstreetmap.org/search?query={}", percent_encode(&format!("{street}, {postal_code} {city}")))
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let decoded = (bytes[i] == b'%')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match decoded {
            Some(byte) => {
                out.push(byte);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flash_round_trips_through_a_cookie() {
        let flash = Flash { message: "signin-failed".into(), email: "frau.yılmaz@example.org; x=1".into() };
        let set = flash.cookie(false);
        let value = set.to_str().unwrap().split(';').next().unwrap().to_owned();
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_str(&format!("lang=de; {value}")).unwrap());
        assert_eq!(Flash::from_headers(&headers), Some(flash));
    }

    #[test]
    fn forged_flash_messages_are_ignored() {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("tp_flash=<script>~x"));
        assert_eq!(Flash::from_headers(&headers), None);
    }

    #[test]
    fn redirect_targets_stay_on_this_site() {
        for good in ["/offers/3?x=1", "/", "/staff/offers/2/edit#dates", "/%2F/x"] {
            assert_eq!(local_target(Some(good)), good);
        }
        assert_eq!(local_target(Some("/offers?q=café")), "/offers?q=caf%C3%A9");
        let hostile = [
            "//evil.example/",
            "https://evil.example/",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r\n//evil.example",
            " //evil.example",
            "javascript:alert(1)",
            "evil.example",
            "",
            "/\u{7f}/evil.example",
            "/\u{85}/evil.example",
        ];
        for target in hostile {
            assert_eq!(local_target(Some(target)), "/", "{target:?}");
        }
        assert_eq!(local_target(None), "/");
    }
}
