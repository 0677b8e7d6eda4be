//! Request guards that apply to every route: who is asking (from the session cookie), and a
//! refusal of state-changing requests that come from another site.

use app::domain::policy::Actor;
use app::ssr::auth::{self, SESSION_COOKIE};
use app::ssr::http::{cookie, local_target, percent_encode, request_lang};
use app::ssr::state::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

use crate::routes::Refused;

/// Puts the request's `Actor` into its extensions for handlers and pages. Requests without a
/// session cookie (nearly all public traffic) cost no query.
pub async fn resolve_actor(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let actor = match cookie(request.headers(), SESSION_COOKIE) {
        Some(token) => {
            let now = chrono::Utc::now().timestamp();
            auth::actor_for_session(&state.db, token, now).await.unwrap_or_else(|error| {
                tracing::error!(%error, "session lookup failed; treating the request as anonymous");
                Actor::Anonymous
            })
        }
        None => Actor::Anonymous,
    };
    request.extensions_mut().insert(actor);
    next.run(request).await
}

/// Cross-site request protection beside SameSite=Lax cookies: a POST (or any other unsafe
/// method) must name this site in Origin, or, where a browser sends no Origin, in Referer.
pub async fn reject_cross_site(request: Request, next: Next) -> Response {
    if matches!(*request.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return next.run(request).await;
    }
    if is_same_site(request.headers()) {
        return next.run(request).await;
    }
    // The request's span names its route; the path itself may hold a link's secret.
    tracing::warn!(method = %request.method(), "refused a cross-site request");
    let lang = request_lang(request.headers());
    (StatusCode::FORBIDDEN, lang.t("cross-site-refused")).into_response()
}

fn is_same_site(headers: &HeaderMap) -> bool {
    let Some(host) = headers.get(header::HOST).and_then(|v| v.to_str().ok()) else { return false };
    let source = headers.get(header::ORIGIN).or_else(|| headers.get(header::REFERER)).and_then(|v| v.to_str().ok());
    source.and_then(authority).is_some_and(|authority| authority.eq_ignore_ascii_case(host))
}

/// "https://example.org:8080/path" -> "example.org:8080".
fn authority(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    Some(rest.split(['/', '?', '#']).next().unwrap_or(rest))
}

/// Names the request's route in its log span: the template ("/r/{token}"), never the path, whose
/// parts may be a registration's, a consent's or a feed's secret. Files and unknown paths show as
/// "(other)"; query strings are never logged.
pub async fn record_route(request: Request, next: Next) -> Response {
    let route = request.extensions().get::<MatchedPath>().map_or("(other)", MatchedPath::as_str);
    tracing::Span::current().record("route", route);
    next.run(request).await
}

/// Every refusal in the reader's language, with a way on. A handler's refusal (`Refused` in the
/// response: failed, not found, sign in, no access) gets its page here, where the request's
/// language and page are known; so does a request no page of ours sends (a path id that is not a
/// number, a form without a field it needs, a body that is not a form), which axum answers in
/// plain English text.
pub async fn answer_in_readers_language(request: Request, next: Next) -> Response {
    let lang = request_lang(request.headers());
    // Back here after signing in: this page, or for a form the page that sent it.
    let here = match *request.method() {
        Method::GET | Method::HEAD => request.uri().path_and_query().map(|path| path.as_str().to_owned()),
        _ => request.headers().get(header::REFERER).and_then(|v| v.to_str().ok()).and_then(path_of).map(str::to_owned),
    };
    let response = next.run(request).await;
    let status = response.status();
    let (title, text) = match response.extensions().get::<Refused>() {
        Some(Refused::SignIn) => {
            let next = local_target(here.as_deref());
            return Redirect::to(&format!("/staff/login?next={}", percent_encode(&next))).into_response();
        }
        Some(Refused::Failed) => ("error-title", "error-text"),
        Some(Refused::NotFound) => ("not-found-title", "not-found-text"),
        Some(Refused::Forbidden) => ("forbidden-title", "forbidden-text"),
        None => {
            let plain_text = response
                .headers()
                .get(header::CONTENT_TYPE)
                .is_some_and(|value| value.as_bytes().starts_with(b"text/plain"));
            let unreadable = matches!(
                status,
                StatusCode::BAD_REQUEST
                    | StatusCode::UNSUPPORTED_MEDIA_TYPE
                    | StatusCode::UNPROCESSABLE_ENTITY
                    | StatusCode::PAYLOAD_TOO_LARGE
            );
            if !(unreadable && plain_text) {
                return response;
            }
            ("unreadable-title", "unreadable-text")
        }
    };
    let page = format!(
        "<!DOCTYPE html><html lang=\"{code}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <link rel=\"stylesheet\" href=\"/pkg/treffpunkt.css\"><title>{title}</title></head>\
         <body><main id=\"main\"><section class=\"notice\"><h1>{title}</h1><p>{text}</p>\
         <p><a href=\"/\">{home}</a></p></section></main></body></html>",
        code = lang.code(),
        dir = lang.dir(),
        title = lang.t(title),
        text = lang.t(text),
        home = lang.t("back-home"),
    );
    (status, axum::response::Html(page)).into_response()
}

/// "https://example.org/staff/offers?x" -> "/staff/offers?x".
fn path_of(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    rest.find('/').map(|start| &rest[start..])
}

/// The policy for responses that set none of their own (redirects, files, plain answers);
/// pages send a stricter one with the nonce of their hydration script. The service worker
/// (/sw.js) runs under its file's policy, so this one lets it fetch from this site.
pub const DEFAULT_CSP: &str = "default-src 'none'; connect-src 'self'; style-src 'self'; img-src 'self'; \
                               frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(header::HeaderName, &'static str)]) -> HeaderMap {
        pairs.iter().map(|(name, value)| (name.clone(), HeaderValue::from_static(value))).collect()
    }

    #[test]
    fn same_site_needs_a_matching_origin_or_referer() {
        assert!(is_same_site(&headers(&[(header::HOST, "127.0.0.1:3000"), (header::ORIGIN, "http://127.0.0.1:3000")])));
        assert!(is_same_site(&headers(&[(header::HOST, "t.example"), (header::REFERER, "https://t.example/staff")])));
        assert!(!is_same_site(&headers(&[(header::HOST, "t.example"), (header::ORIGIN, "https://evil.example")])));
        assert!(!is_same_site(&headers(&[(header::HOST, "t.example"), (header::ORIGIN, "null")])));
        assert!(!is_same_site(&headers(&[(header::HOST, "t.example")])), "no source at all is refused");
        assert!(!is_same_site(&headers(&[(header::HOST, "t.example"), (header::ORIGIN, "https://t.example.evil")])));
    }
}
