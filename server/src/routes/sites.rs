//! A site's settings form (staff of the site and admins) and the admin's "new site" form.

use crate::forms::CleanForm;
use app::domain::offer_form::{Errors, Fields};
use app::domain::policy::{Action, Actor};
use app::domain::site_form::{validate, validate_closing_day};
use app::ssr::db::sites;
use app::ssr::http::{SITE_COOKIE, set_cookie};
use app::ssr::service::sites as service;
use app::ssr::state::AppState;
use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect};

use super::{Answer, back_to_form, now, permit};

/// Creates a site; the admin continues on its settings page, where the dashboard's list of what
/// is missing leads on to organisations, venues and staff.
pub async fn create_site(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    CleanForm(fields): CleanForm<Fields>,
) -> Answer {
    let user_id = permit(&actor, Action::CreateSite)?;
    let page = ("/staff/sites/new", "");
    match validate(&fields) {
        Ok(site) => match service::create(&state.db, Some(user_id), &site, now()).await? {
            Some(site_id) => Ok(Redirect::to(&format!("/staff?site={site_id}&created")).into_response()),
            None => {
                let errors = Errors::from([("slug".to_owned(), "site-error-slug-taken".to_owned())]);
                back_to_form(&state, Some(user_id), page, &fields, &errors).await
            }
        },
        Err(errors) => back_to_form(&state, Some(user_id), page, &fields, &errors).await,
    }
}

/// Saves a site's settings; a form with errors comes back with what was typed.
pub async fn update_site(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(site_id): Path<i64>,
    CleanForm(mut fields): CleanForm<Fields>,
) -> Answer {
    let user_id = permit(&actor, Action::EditSite { site_id })?;
    let (slug, _) = app::ssr::db::sites::editable(&state.db, site_id).await?.ok_or(super::HandlerError::NotFound)?;
    // The address part stays as created: shared links and subscribed calendars keep working.
    fields.insert("slug".to_owned(), slug);
    match validate(&fields) {
        Ok(site) => {
            service::update(&state.db, user_id, site_id, &site, now()).await?;
            Ok(Redirect::to(&format!("/staff/site?site={site_id}&saved")).into_response())
        }
        Err(errors) => {
            back_to_form(&state, Some(user_id), (&format!("/staff/site?site={site_id}"), ""), &fields, &errors).await
        }
    }
}

#[derive(serde::Deserialize)]
pub struct Choice {
    site: Option<String>,
}

/// Remembers the site a reader picked on the home page for a year (no site: every site again),
/// and goes back there. Only a site that exists is remembered.
pub async fn choose_site(State(state): State<AppState>, Query(choice): Query<Choice>) -> Answer {
    let chosen = match choice.site {
        Some(slug) => sites::find_by_slug(&state.db, &slug).await?.map(|_| slug),
        None => None,
    };
    let cookie = match &chosen {
        Some(slug) => set_cookie(SITE_COOKIE, slug, 365 * 24 * 3600, state.secure_cookies()),
        None => set_cookie(SITE_COOKIE, "", 0, state.secure_cookies()),
    };
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to("/")).into_response())
}

/// The field that tells the closing-day form's draft from the settings form's on the same page.
const CLOSING_FORM: (&str, &str) = ("form", "closing");

/// Adds a closing day of the site (or gives a day a new reason); mistakes come back to the form.
pub async fn add_closing_day(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(site_id): Path<i64>,
    CleanForm(mut fields): CleanForm<Fields>,
) -> Answer {
    let user_id = permit(&actor, Action::EditSite { site_id })?;
    if !sites::exists(&state.db, site_id).await? {
        return Err(super::HandlerError::NotFound);
    }
    let today = chrono::Utc::now().with_timezone(&sites::time_zone(&state.db, site_id).await?).date_naive();
    let page = format!("/staff/site?site={site_id}");
    match validate_closing_day(&fields, today) {
        Ok((day, reason)) => {
            service::set_closing_day(&state.db, user_id, site_id, (day, Some(&reason)), now()).await?;
            Ok(Redirect::to(&format!("{page}&saved#closing-days")).into_response())
        }
        Err(errors) => {
            fields.insert(CLOSING_FORM.0.to_owned(), CLOSING_FORM.1.to_owned());
            back_to_form(&state, Some(user_id), (&page, "closing-days"), &fields, &errors).await
        }
    }
}

#[derive(serde::Deserialize)]
pub struct DayForm {
    day: String,
}

pub async fn remove_closing_day(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(site_id): Path<i64>,
    CleanForm(form): CleanForm<DayForm>,
) -> Answer {
    let user_id = permit(&actor, Action::EditSite { site_id })?;
    let day = chrono::NaiveDate::parse_from_str(&form.day, "%Y-%m-%d").map_err(|_| super::HandlerError::NotFound)?;
    service::set_closing_day(&state.db, user_id, site_id, (day, None), now()).await?;
    Ok(Redirect::to(&format!("/staff/site?site={site_id}&saved#closing-days")).into_response())
}
