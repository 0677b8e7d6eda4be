//! Public calendar feeds (.ics) per offer, programme, organisation and site, for "add to
//! calendar" and for subscribing (webcal://). Calendar apps poll them: an ETag and Last-Modified
//! let an unchanged feed answer 304 without a body.

use app::domain::offer::Visibility;
use app::domain::policy::Actor;
use app::i18n::Lang;
use app::ssr::db::calendar::{self, FeedDate, FeedScope};
use app::ssr::db::{network, offers, programmes, sites};
use app::ssr::http::request_lang;
use app::ssr::links::Purpose;
use app::ssr::state::AppState;
use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::IntoResponse;
use sha2::{Digest, Sha256};

use super::{Answer, HandlerError, now};
use app::ssr::calendar::feed;

/// Dates a month back stay in feeds, so that a calendar shows what just happened.
const BACK_SECONDS: i64 = 31 * 24 * 3600;

/// The language of a feed: the one its subscribe link names (calendar apps send none), else the
/// browser's.
#[derive(serde::Deserialize)]
pub struct FeedLang {
    lang: Option<String>,
}

impl FeedLang {
    fn of(&self, headers: &HeaderMap) -> Lang {
        self.lang.as_deref().and_then(Lang::from_code).unwrap_or_else(|| request_lang(headers))
    }
}

/// The feed of `scope` in `lang`; its ETag follows the body, so each language has its own.
async fn answer(state: &AppState, (headers, lang): (&HeaderMap, Lang), name: &str, scope: FeedScope<'_>) -> Answer {
    let dates: Vec<FeedDate> = calendar::dates(&state.db, scope, now() - BACK_SECONDS, lang).await?;
    let host = state.public_url.split("://").nth(1).unwrap_or("treffpunkt").split('/').next().unwrap_or("treffpunkt");
    let body = feed(name, host, &state.public_url, &dates);
    let digest = Sha256::digest(body.as_bytes());
    let etag = format!("\"{}\"", digest.iter().take(16).map(|b| format!("{b:02x}")).collect::<String>());
    let changed = dates.iter().map(|date| date.changed_at).max().unwrap_or(0);
    let last_modified = chrono::DateTime::from_timestamp(changed, 0)
        .unwrap_or_default()
        .format("%a, %d %b %Y %H:%M:%S GMT")
        .to_string();
    let unchanged = headers.get(header::IF_NONE_MATCH).and_then(|value| value.to_str().ok()) == Some(etag.as_str());
    let mut response = if unchanged { StatusCode::NOT_MODIFIED.into_response() } else { body.into_response() };
    let out = response.headers_mut();
    out.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    out.insert(header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=300"));
    if let Ok(value) = HeaderValue::from_str(&etag) {
        out.insert(header::ETAG, value);
    }
    if let Ok(value) = HeaderValue::from_str(&last_modified) {
        out.insert(header::LAST_MODIFIED, value);
    }
    Ok(response)
}

#[derive(serde::Deserialize)]
pub struct Invitation {
    invite: Option<String>,
    #[serde(flatten)]
    lang: FeedLang,
}

/// An offer's dates; one that is not public only for signed-in accounts and, if it is for the
/// invited, with its invitation.
pub async fn offer(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Extension(actor): Extension<Actor>,
    Query(invitation): Query<Invitation>,
    headers: HeaderMap,
) -> Answer {
    let lang = invitation.lang.of(&headers);
    let offer = offers::find_public(&state.db, lang, id).await?.ok_or(HandlerError::NotFound)?;
    let invited = offer.visibility == Visibility::Invited
        && invitation.invite.is_some_and(|token| state.links.verify(Purpose::OfferInvitation, &token) == Some(id));
    if offer.visibility != Visibility::Public && !invited && !actor.is_signed_in_user() {
        return Err(HandlerError::NotFound);
    }
    answer(&state, (&headers, lang), &offer.title, FeedScope::Offer(id)).await
}

pub async fn programme(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(lang): Query<FeedLang>,
    headers: HeaderMap,
) -> Answer {
    let lang = lang.of(&headers);
    match programmes::find_by_slug(&state.db, lang, &slug).await? {
        Some(programme) => answer(&state, (&headers, lang), &programme.title, FeedScope::Programme(programme.id)).await,
        None => Err(HandlerError::NotFound),
    }
}

pub async fn organisation(
    State(state): State<AppState>,
    Path(id): Path<i64>,
    Query(lang): Query<FeedLang>,
    headers: HeaderMap,
) -> Answer {
    let lang = lang.of(&headers);
    match network::organisation_profile(&state.db, lang, id).await? {
        Some(organisation) => answer(&state, (&headers, lang), &organisation.name, FeedScope::Organisation(id)).await,
        None => Err(HandlerError::NotFound),
    }
}

pub async fn site(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    Query(lang): Query<FeedLang>,
    headers: HeaderMap,
) -> Answer {
    match sites::find_by_slug(&state.db, &slug).await? {
        Some((id, name)) => answer(&state, (&headers, lang.of(&headers)), &name, FeedScope::Site(id)).await,
        None => Err(HandlerError::NotFound),
    }
}

/// A young person's private feed of their own dates, at a secret address.
pub async fn private(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Query(lang): Query<FeedLang>,
    headers: HeaderMap,
) -> Answer {
    let token = token.trim_end_matches(".ics");
    match calendar::private_feed_owner(&state.db, token).await? {
        Some(email) => {
            let lang = lang.of(&headers);
            let mut response =
                answer(&state, (&headers, lang), &lang.t("me-title"), FeedScope::Participant(&email)).await?;
            // Personal: no shared cache may keep it.
            response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("private, max-age=300"));
            Ok(response)
        }
        None => Err(HandlerError::NotFound),
    }
}

/// Makes a new secret address for the signed-in participant's feed (ending the old one).
pub async fn renew_private(
    State(state): State<AppState>,
    axum::Extension(actor): axum::Extension<app::domain::policy::Actor>,
) -> Answer {
    let app::domain::policy::Actor::Participant { email: Some(email), .. } = actor else {
        return Ok(axum::response::Redirect::to("/me").into_response());
    };
    let token = calendar::renew_private_feed(&state.db, &email, now()).await?;
    Ok(axum::response::Redirect::to(&format!("/me?feed={token}")).into_response())
}
