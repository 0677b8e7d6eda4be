//! The programme editor's forms (staff of the site and admins): create and change a programme,
//! and choose its offers.

use crate::forms::CleanForm;
use app::domain::offer_form::Fields;
use app::domain::policy::{Action, Actor};
use app::domain::programme_form::validate;
use app::ssr::db::{programmes, sites};
use app::ssr::service::programmes as service;
use app::ssr::state::AppState;
use axum::Extension;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};
use serde::Deserialize;

use super::{Answer, HandlerError, now, permit};

/// Creates a programme on the actor's site (admins name the site in the form).
pub async fn create_programme(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let site_id = match &actor {
        Actor::Staff { site_id, .. } | Actor::Partner { site_id, .. } => Some(*site_id),
        _ => fields.get("site_id").and_then(|id| id.parse().ok()),
    };
    // No site named: nothing this actor may edit (0 is no site's id).
    let user_id = permit(&actor, Action::EditProgramme { site_id: site_id.unwrap_or(0) })?;
    let site_id = site_id.ok_or(HandlerError::NotFound)?;
    // An admin names the site in the form: one that does not exist is not found, not a failure.
    if !sites::exists(&state.db, site_id).await? {
        return Err(HandlerError::NotFound);
    }
    match validate(&fields) {
        Ok(details) => {
            let id = service::create(&state.db, Some(user_id), site_id, &details, now()).await?;
            Ok(Redirect::to(&format!("/staff/programmes/{id}/edit?saved")).into_response())
        }
        Err(errors) => super::back_to_form(&state, Some(user_id), ("/staff/programmes", ""), &fields, &errors).await,
    }
}

/// The editor's user id and the programme's site, if the actor may edit it.
async fn editable_programme(state: &AppState, actor: &Actor, id: i64) -> Result<(i64, i64), HandlerError> {
    let programme = programmes::editable(&state.db, id).await?.ok_or(HandlerError::NotFound)?;
    let user_id = permit(actor, Action::EditProgramme { site_id: programme.site_id })?;
    Ok((user_id, programme.site_id))
}

/// Changes a programme's texts and period.
pub async fn update_programme(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let (user_id, _) = editable_programme(&state, &actor, id).await?;
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
    CleanForm(form): CleanForm<IncludeForm>,
) -> Answer {
    let (user_id, site_id) = editable_programme(&state, &actor, id).await?;
    let add = form.change == "add";
    let flag = if service::include_offer(&state.db, user_id, (site_id, id), form.offer_id, add, now()).await? {
        "saved"
    } else {
        "gone"
    };
    Ok(Redirect::to(&format!("/staff/programmes/{id}/edit?{flag}#offers")).into_response())
}
