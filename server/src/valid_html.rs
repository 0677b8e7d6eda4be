//! Leptos 0.8 writes three things the W3C checker rejects (BITV 2.0 still tests WCAG 2.1's 4.1.1
//! with it): the CSP nonce as the `crossorigin` value of its preload links (leptos-rs/leptos#4843),
//! its resolved-data scripts after `</html>`, and `<!>` hydration markers ("bogus comments"). Pages
//! are rendered whole (`SsrMode::Async`), so this layer rewrites the finished document into one that
//! browsers read exactly as before: `crossorigin="anonymous"` is what they make of a bad value, they
//! move content after `</html>` into the body themselves, and `<!---->` is the same empty comment.

use axum::body::Body;
use axum::extract::Request;
use axum::http::header;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The largest page rewritten; anything bigger passes as it is.
const MAX_PAGE_BYTES: usize = 4 * 1024 * 1024;

pub async fn tidy(request: Request, next: Next) -> Response {
    let response = next.run(request).await;
    let html =
        response.headers().get(header::CONTENT_TYPE).is_some_and(|value| value.as_bytes().starts_with(b"text/html"));
    if !html {
        return response;
    }
    let nonce = response
        .headers()
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|value| value.to_str().ok())
        .and_then(|policy| policy.split("'nonce-").nth(1))
        .and_then(|rest| rest.split('\'').next())
        .map(str::to_owned);
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_PAGE_BYTES).await else {
        return axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
    };
    let Ok(page) = std::str::from_utf8(&bytes) else { return Response::from_parts(parts, Body::from(bytes)) };
    // Now and then a page arrives without the policy its render set (seen once in the end2end run):
    // the page's own nonce then gives it that policy, so its scripts run and its links validate.
    let nonce = nonce.or_else(|| {
        let own = page_nonce(page)?;
        let policy = axum::http::HeaderValue::from_str(&app::ui::page_security_policy(own)).ok()?;
        parts.headers.insert(header::CONTENT_SECURITY_POLICY, policy);
        Some(own.to_owned())
    });
    let tidied = tidy_document(page, nonce.as_deref());
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(tidied))
}

/// The document with the three rewrites; `nonce`: the page's CSP nonce.
pub fn tidy_document(page: &str, nonce: Option<&str>) -> String {
    let mut page = match nonce.filter(|nonce| !nonce.is_empty()) {
        Some(nonce) => page.replace(&format!("crossorigin=\"{nonce}\""), "crossorigin=\"anonymous\""),
        None => page.to_owned(),
    };
    // What was streamed after the document goes where a browser puts it: before </body>.
    if let Some(end) = page.rfind("</html>") {
        let trailing = page.split_off(end + "</html>".len());
        if !trailing.trim().is_empty()
            && let Some(body_end) = page.rfind("</body>")
        {
            page.insert_str(body_end, &trailing);
        }
    }
    without_bare_markers(&page)
}

/// The nonce of the page's first script, which the server wrote into its head (text from users is
/// escaped and cannot hold a quote).
fn page_nonce(page: &str) -> Option<&str> {
    let head = &page[..page.find("</head>")?];
    let after = head.split("<script nonce=\"").nth(1)?;
    let nonce = &after[..after.find('"')?];
    (!nonce.is_empty() && nonce.bytes().all(|b| b.is_ascii_alphanumeric() || b"+/=_-".contains(&b))).then_some(nonce)
}

/// `<!>` as `<!---->`, outside scripts and styles (whose text is not markup).
fn without_bare_markers(page: &str) -> String {
    let mut out = String::with_capacity(page.len() + 64);
    let mut rest = page;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if rest.starts_with("<!>") {
            out.push_str("<!---->");
            rest = &rest[3..];
            continue;
        }
        let raw_text = ["<script", "<style"].into_iter().find(|tag| rest.starts_with(tag));
        if let Some(tag) = raw_text {
            let close = format!("</{}>", &tag[1..]);
            let end = rest.find(&close).map_or(rest.len(), |end| end + close.len());
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        }
        out.push('<');
        rest = &rest[1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_document_is_rewritten_as_a_browser_reads_it() {
        let page = concat!(
            "<!DOCTYPE html><html><head><link rel=\"modulepreload\" href=\"/pkg/a.js\" crossorigin=\"n0nce\"/>",
            "<script nonce=\"n0nce\">let a = \"<!>\";</script></head><body><p>Hallo<!> Welt</p><!></body></html>",
            "<script nonce=\"n0nce\">__RESOLVED_RESOURCES=[];</script>"
        );
        let tidied = tidy_document(page, Some("n0nce"));
        assert_eq!(
            tidied,
            concat!(
                "<!DOCTYPE html><html><head><link rel=\"modulepreload\" href=\"/pkg/a.js\" crossorigin=\"anonymous\"/>",
                "<script nonce=\"n0nce\">let a = \"<!>\";</script></head><body><p>Hallo<!----> Welt</p><!---->",
                "<script nonce=\"n0nce\">__RESOLVED_RESOURCES=[];</script></body></html>"
            )
        );
    }

    #[test]
    fn a_page_knows_its_own_nonce_only_from_its_head() {
        let page = "<html><head><script nonce=\"Ab+9/=\">x</script></head><body>nonce=\"evil\"</body></html>";
        assert_eq!(page_nonce(page), Some("Ab+9/="));
        assert_eq!(page_nonce("<html><head></head><body><script nonce=\"x\"></script></body></html>"), None);
    }

    #[test]
    fn a_page_without_anything_to_fix_stays_the_same() {
        let page = "<!DOCTYPE html><html><body><p>a &lt; b</p></body></html>";
        assert_eq!(tidy_document(page, None), page);
    }
}
