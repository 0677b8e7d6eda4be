//! Creating offers from the staff area's form.

use app::domain::offer_form::{Errors, Fields, validate};
use app::domain::policy::{Action, Actor, allows};
use app::ssr::audit::{self, Entry};
use app::ssr::db::offers;
use app::ssr::db::users;
use app::ssr::drafts;
use app::ssr::http::request_lang;
use app::ssr::state::AppState;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::{Extension, Form};

use super::account::{Answer, HandlerError, now};

/// Checks the form, asks the policy whether the actor may add offers for the chosen organisation,
/// and stores the offer with its sessions; problems go back to the form with everything typed.
pub async fn create_offer(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    headers: HeaderMap,
    Form(mut fields): Form<Fields>,
) -> Answer {
    let Some(user_id) = actor.user_id() else { return Ok(Redirect::to("/staff/login").into_response()) };
    // Checkboxes arrive one field each ("spoken_ar=on"); the form rules read one list.
    let spoken: Vec<String> =
        fields.keys().filter_map(|name| name.strip_prefix("spoken_")).map(str::to_owned).collect();
    fields.retain(|name, _| !name.starts_with("spoken_"));
    fields.insert("languages".to_owned(), spoken.join(","));

    let organisation = match fields.get("organisation_id").and_then(|id| id.parse::<i64>().ok()) {
        Some(id) => users::organisation(&state.db, id).await?,
        None => None,
    };
    let organisation = organisation.as_ref();
    if let Some(org) = organisation
        && !allows(&actor, Action::EditOffer { site_id: org.site_id, organisation_id: org.id })
    {
        return Ok((StatusCode::FORBIDDEN, request_lang(&headers).t("forbidden-text")).into_response());
    }
    let mut checked = validate(&fields);
    if let (Ok(offer), Some(org)) = (&checked, organisation) {
        let venues = offers::venues(&state.db, Some(org.site_id)).await?;
        if !venues.iter().any(|venue| venue.id == offer.venue_id) {
            checked = Err(Errors::from([("venue_id".to_owned(), "offer-error-venue-site".to_owned())]));
        }
    }
    let (offer, org) = match (checked, organisation) {
        (Ok(offer), Some(org)) => (offer, org),
        (checked, _) => {
            let mut errors = checked.err().unwrap_or_default();
            if organisation.is_none() {
                errors.insert("organisation_id".to_owned(), "offer-error-choose".to_owned());
            }
            let token = drafts::save(&state.db, user_id, &fields, &errors, now()).await?;
            return Ok(Redirect::to(&format!("/staff/offers/new?draft={token}")).into_response());
        }
    };
    let (zone,): (String,) = sqlx::query_as("SELECT time_zone FROM sites WHERE id = $1")
        .bind(org.site_id)
        .fetch_one(state.db.pool())
        .await?;
    let zone = zone.parse().unwrap_or(chrono_tz::Europe::Berlin);
    let mut tx = state.db.pool().begin().await?;
    let id = offers::insert(&mut tx, org.site_id, &offer, zone).await?;
    let entry = Entry { action: "offer-created", object_type: "offer", object_id: Some(id), detail: &offer.title };
    audit::record(&mut tx, Some(user_id), entry, now()).await?;
    tx.commit().await?;
    let target = if offer.publish { format!("/offers/{id}") } else { format!("/staff/offers/{id}/edit") };
    Ok(Redirect::to(&target).into_response())
}

/// The offer `id` if the actor may edit it; otherwise the answer to send (404, sign-in, 403).
async fn editable_offer(
    state: &AppState,
    actor: &Actor,
    id: i64,
    headers: &HeaderMap,
) -> Result<Result<offers::Ownership, Response>, HandlerError> {
    let Some(owner) = offers::ownership(&state.db, id).await? else {
        return Ok(Err((StatusCode::NOT_FOUND, request_lang(headers).t("not-found-title")).into_response()));
    };
    if *actor == Actor::Anonymous {
        return Ok(Err(Redirect::to("/staff/login").into_response()));
    }
    if !allows(actor, Action::EditOffer { site_id: owner.site_id, organisation_id: owner.organisation_id }) {
        return Ok(Err((StatusCode::FORBIDDEN, request_lang(headers).t("forbidden-text")).into_response()));
    }
    Ok(Ok(owner))
}

#[derive(serde::Deserialize)]
pub struct StatusForm {
    status: String,
}

/// Publishes a draft or cancels a published offer, as the offer's editors may.
pub async fn change_status(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(form): Form<StatusForm>,
) -> Answer {
    let owner = match editable_offer(&state, &actor, id, &headers).await? {
        Ok(owner) => owner,
        Err(answer) => return Ok(answer),
    };
    // Only these moves exist: a draft is published, a published offer is cancelled.
    let allowed_move =
        matches!((owner.status.as_str(), form.status.as_str()), ("draft", "published") | ("published", "cancelled"));
    if allowed_move {
        let now = now();
        let mut tx = state.db.pool().begin().await?;
        offers::set_status(&mut tx, id, &form.status, now).await?;
        let action = if form.status == "published" { "offer-published" } else { "offer-cancelled" };
        audit::record(
            &mut tx,
            actor.user_id(),
            Entry { action, object_type: "offer", object_id: Some(id), detail: &owner.title },
            now,
        )
        .await?;
        tx.commit().await?;
    }
    Ok(Redirect::to(&format!("/staff/offers/{id}/edit")).into_response())
}

/// Cancels one date of an offer ("this date only"); the rest of the series stays.
pub async fn cancel_session(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path((id, session_id)): Path<(i64, i64)>,
    headers: HeaderMap,
) -> Answer {
    let owner = match editable_offer(&state, &actor, id, &headers).await? {
        Ok(owner) => owner,
        Err(answer) => return Ok(answer),
    };
    let now = now();
    let mut tx = state.db.pool().begin().await?;
    if offers::cancel_session(&mut tx, id, session_id).await? {
        let entry = Entry {
            action: "session-cancelled",
            object_type: "session",
            object_id: Some(session_id),
            detail: &owner.title,
        };
        audit::record(&mut tx, actor.user_id(), entry, now).await?;
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("/staff/offers/{id}/edit")).into_response())
}
