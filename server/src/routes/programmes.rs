//! The programme editor's forms (staff of the site and admins): create and change a programme,
//! and choose its offers.

use crate::forms::CleanForm;
use app::domain::offer_form::Fields;
use app::domain::policy::{Action, Actor, allows};
use app::domain::programme_form::validate;
use app::ssr::db::{programmes, sites};
use app::ssr::service::programmes as service;
use app::ssr::state::AppState;
use axum::Extension;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

use super::account::{Answer, now};

/// Creates a programme on the actor's site (admins name the site in the form).
pub async fn create_programme(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    headers: HeaderMap,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    if actor == Actor::Anonymous {
        return Ok(Redirect::to("/staff/login").into_response());
    }
    let site_id = match &actor {
        Actor::Staff { site_id, .. } | Actor::Partner { site_id, .. } => Some(*site_id),
        _ => fields.get("site_id").and_then(|id| id.parse().ok()),
    };
    let allowed = site_id.filter(|site_id| allows(&actor, Action::EditProgramme { site_id: *site_id }));
    let (Some(user_id), Some(site_id)) = (actor.user_id(), allowed) else {
        return Ok(super::forbidden(&headers));
    };
    // An admin names the site in the form: one that does not exist is not found, not a failure.
    if !sites::exists(&state.db, site_id).await? {
        return Ok(super::not_found(&headers));
    }
    match validate(&fields) {
        Ok(details) => {
            let id = service::create(&state.db, user_id, site_id, &details, now()).await?;
            Ok(Redirect::to(&format!("/staff/programmes/{id}/edit?saved")).into_response())
        }
        Err(errors) => super::back_to_form(&state, Some(user_id), ("/staff/programmes", ""), &fields, &errors).await,
    }
}

/// The programme's site if the actor may edit it; otherwise the answer to send.
async fn editable_programme(
    state: &AppState,
    actor: &Actor,
    id: i64,
    headers: &HeaderMap,
) -> Result<Result<(i64, i64), axum::response::Response>, super::account::HandlerError> {
    let Some(programmes::EditableProgramme { site_id, .. }) = programmes::editable(&state.db, id).await? else {
        return Ok(Err(super::not_found(headers)));
    };
    if *actor == Actor::Anonymous {
        return Ok(Err(Redirect::to("/staff/login").into_response()));
    }
    match actor.user_id() {
        Some(user_id) if allows(actor, Action::EditProgramme { site_id }) => Ok(Ok((user_id, site_id))),
        _ => Ok(Err(super::forbidden(headers))),
    }
}

/// Changes a programme's texts and period.
pub async fn update_programme(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let (user_id, _) = match editable_programme(&state, &actor, id, &headers).await? {
        Ok(editable) => editable,
        Err(answer) => return Ok(answer),
    };
    match validate(&fields) {
        Ok(details) => {
            service::update(&state.db, user_id, id, &details, now()).await?;
            Ok(Redirect::to(&format!("/staff/programmes/{id}/edit?saved")).into_response())
        }
        Err(errors) => {
            let page = format!("/staff/programmes/{id}/edit");
            super::back_to_form(&state, Some(user_id), (&page, ""), &fields, &errors).await
        }
    }
}

#[derive(Deserialize)]
pub struct IncludeForm {
    offer_id: i64,
    /// "add" or "remove".
    change: String,
}

/// Adds an offer of the site to the programme, or takes it out.
pub async fn include_offer(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    CleanForm(form): CleanForm<IncludeForm>,
) -> Answer {
    let (user_id, site_id) = match editable_programme(&state, &actor, id, &headers).await? {
        Ok(editable) => editable,
        Err(answer) => return Ok(answer),
    };
    let add = form.change == "add";
    let flag = if service::include_offer(&state.db, user_id, (site_id, id), form.offer_id, add, now()).await? {
        "saved"
    } else {
        "gone"
    };
    Ok(Redirect::to(&format!("/staff/programmes/{id}/edit?{flag}#offers")).into_response())
}
