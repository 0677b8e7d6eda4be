//! A site's settings form (staff of the site and admins).

use crate::forms::CleanForm;
use app::domain::offer_form::Fields;
use app::domain::policy::{Action, Actor};
use app::domain::site_mail::validate;
use app::ssr::service::sites as service;
use app::ssr::state::AppState;
use axum::Extension;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect};

use super::{Answer, now, permit};

/// Saves who the site's messages come from; a form with errors comes back with what was typed.
pub async fn set_sender(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(site_id): Path<i64>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let user_id = permit(&actor, Action::EditSite { site_id })?;
    match validate(&fields) {
        Ok(sender) => {
            service::set_sender(&state.db, user_id, site_id, &sender, now()).await?;
            Ok(Redirect::to(&format!("/staff/site?site={site_id}&saved")).into_response())
        }
        Err(errors) => {
            super::back_to_form(&state, Some(user_id), (&format!("/staff/site?site={site_id}"), ""), &fields, &errors)
                .await
        }
    }
}
