use app::i18n::{LANG_COOKIE, Lang};
use app::ssr::http::local_target;
use axum::extract::{Path, Query};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Back {
    back: Option<String>,
}

/// Remembers the chosen language in a cookie for a year and returns to the page the reader was on.
pub async fn switch_language(Path(code): Path<String>, Query(query): Query<Back>) -> Response {
    let back = local_target(query.back.as_deref());
    let Some(lang) = Lang::from_code(&code) else {
        return Redirect::to(&back).into_response();
    };
    let cookie = format!("{LANG_COOKIE}={}; Path=/; Max-Age=31536000; SameSite=Lax", lang.code());
    let mut headers = HeaderMap::new();
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        headers.insert(header::SET_COOKIE, value);
    }
    (headers, Redirect::to(&back)).into_response()
}
