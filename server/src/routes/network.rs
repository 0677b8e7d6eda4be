//! Staff's forms for the partner network: organisations and venues of their site (admins: of any
//! site, named in the form). Each handler authorises for the site the object belongs to, so staff
//! of one site never reach another's.

use crate::forms::CleanForm;
use app::domain::network_form::{validate_organisation, validate_venue};
use app::domain::offer_form::{Errors, Fields};
use app::domain::policy::{Action, Actor};
use app::ssr::db::network::{self, Archivable};
use app::ssr::db::sites;
use app::ssr::service::network::{self as service, By};
use app::ssr::state::AppState;
use axum::Extension;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::{Answer, HandlerError, back_to_form, now, permit};

/// The site a new organisation or venue is for: staff's own; an admin names one in the form.
fn site_for_new(actor: &Actor, fields: &Fields) -> Option<i64> {
    match actor {
        Actor::Staff { site_id, .. } => Some(*site_id),
        _ => fields.get("site_id").and_then(|id| id.parse().ok()),
    }
}

/// The actor may change the network of `site_id`: their user id for the audit log.
fn editor_of(actor: &Actor, site_id: i64) -> Result<By, HandlerError> {
    Ok(By { user_id: Some(permit(actor, Action::EditNetwork { site_id })?), now: now() })
}

fn to(page: String) -> Response {
    Redirect::to(&page).into_response()
}

pub async fn create_organisation(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let site_id = site_for_new(&actor, &fields).ok_or(HandlerError::NotFound)?;
    let by = editor_of(&actor, site_id)?;
    if !sites::exists(&state.db, site_id).await? {
        return Err(HandlerError::NotFound);
    }
    match validate_organisation(&fields) {
        Ok(organisation) => {
            let id = service::create_organisation(&state.db, by, site_id, &organisation).await?;
            Ok(to(format!("/staff/organisations?site={site_id}&saved={id}")))
        }
        Err(errors) => {
            let page = format!("/staff/organisations?site={site_id}");
            back_to_form(&state, by.user_id, (&page, "new"), &fields, &errors).await
        }
    }
}

pub async fn update_organisation(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let site_id = network::organisation_site(&state.db, id).await?.ok_or(HandlerError::NotFound)?;
    let by = editor_of(&actor, site_id)?;
    match validate_organisation(&fields) {
        Ok(organisation) => {
            service::update_organisation(&state.db, by, id, &organisation).await?;
            Ok(to(format!("/staff/organisations?site={site_id}&saved={id}")))
        }
        Err(errors) => {
            back_to_form(&state, by.user_id, (&format!("/staff/organisations/{id}"), ""), &fields, &errors).await
        }
    }
}

#[derive(serde::Deserialize)]
pub struct ArchiveForm {
    /// "1" archives, "0" brings back.
    archived: String,
}

pub async fn archive_organisation(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
    CleanForm(form): CleanForm<ArchiveForm>,
) -> Answer {
    let site_id = network::organisation_site(&state.db, id).await?.ok_or(HandlerError::NotFound)?;
    let by = editor_of(&actor, site_id)?;
    service::set_archived(&state.db, by, (Archivable::Organisation, id), form.archived == "1").await?;
    Ok(to(format!("/staff/organisations?site={site_id}&saved={id}")))
}

pub async fn create_venue(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let site_id = site_for_new(&actor, &fields).ok_or(HandlerError::NotFound)?;
    let by = editor_of(&actor, site_id)?;
    let page = format!("/staff/venues?site={site_id}");
    store_venue(&state, (by, site_id, false), (&page, &format!("{page}&saved=")), &fields).await
}

/// A partner proposes a venue of their site; staff confirm it before offers may use it. What staff
/// propose is confirmed at once.
pub async fn propose_venue(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let site_id = match actor {
        Actor::Partner { site_id, .. } | Actor::Staff { site_id, .. } => site_id,
        Actor::Anonymous => return Err(HandlerError::SignIn),
        _ => return Err(HandlerError::Forbidden),
    };
    let by = By { user_id: Some(permit(&actor, Action::ProposeVenue { site_id })?), now: now() };
    let proposal = matches!(actor, Actor::Partner { .. });
    let done = if proposal {
        "/staff/offers/new?proposed=".to_owned()
    } else {
        format!("/staff/venues?site={site_id}&saved=")
    };
    store_venue(&state, (by, site_id, proposal), ("/staff/venues/propose", &done), &fields).await
}

/// Checks and stores a new venue; then to `done` (with the venue's id), or back to `page`'s form.
async fn store_venue(
    state: &AppState,
    (by, site_id, proposal): (By, i64, bool),
    (page, done): (&str, &str),
    fields: &Fields,
) -> Answer {
    let districts = sites::districts(state.db.pool(), site_id).await?;
    let errors = match validate_venue(fields, &districts) {
        Ok(venue) => match service::create_venue(&state.db, by, (site_id, proposal), &venue).await? {
            Some(id) => return Ok(to(format!("{done}{id}"))),
            None => Errors::from([("district".to_owned(), "offer-error-choose".to_owned())]),
        },
        Err(errors) => errors,
    };
    back_to_form(state, by.user_id, (page, "new"), fields, &errors).await
}

/// Staff confirm a venue a partner proposed.
pub async fn confirm_venue(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
) -> Answer {
    let site_id = network::venue_site(&state.db, id).await?.ok_or(HandlerError::NotFound)?;
    let by = editor_of(&actor, site_id)?;
    service::confirm_venue(&state.db, by, id).await?;
    Ok(to(format!("/staff/venues?site={site_id}&saved={id}")))
}

pub async fn update_venue(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let site_id = network::venue_site(&state.db, id).await?.ok_or(HandlerError::NotFound)?;
    let by = editor_of(&actor, site_id)?;
    let districts = sites::districts(state.db.pool(), site_id).await?;
    let errors = match validate_venue(&fields, &districts) {
        Ok(venue) if service::update_venue(&state.db, by, (site_id, id), &venue).await? => {
            return Ok(to(format!("/staff/venues?site={site_id}&saved={id}")));
        }
        Ok(_) => Errors::from([("district".to_owned(), "offer-error-choose".to_owned())]),
        Err(errors) => errors,
    };
    back_to_form(&state, by.user_id, (&format!("/staff/venues/{id}"), ""), &fields, &errors).await
}

pub async fn archive_venue(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
    CleanForm(form): CleanForm<ArchiveForm>,
) -> Answer {
    let site_id = network::venue_site(&state.db, id).await?.ok_or(HandlerError::NotFound)?;
    let by = editor_of(&actor, site_id)?;
    service::set_archived(&state.db, by, (Archivable::Venue, id), form.archived == "1").await?;
    Ok(to(format!("/staff/venues?site={site_id}&saved={id}")))
}
