//! The offer editor's forms: create, change details, change dates, publish and cancel. Each
//! handler authorises, parses and calls one service; what did not validate goes back to its form
//! with everything typed (as a draft, so nothing personal travels in a URL).

use crate::forms::CleanForm;
use app::domain::offer_form::{Errors, Fields, validate, validate_date_times, validate_times};
use app::domain::policy::{Action, Actor};
use app::ssr::db::{offers, sites, users};
use app::ssr::service::offers::{self as service, Change};
use app::ssr::service::registrations;
use app::ssr::state::AppState;
use axum::Extension;
use axum::extract::{FromRequestParts, Path, RawPathParams, State};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Redirect, Response};

use super::{Answer, HandlerError, now, permit};

/// The form field that says which of the editor's forms a draft belongs to.
pub const FORM_FIELD: &str = "form";

/// Checkboxes arrive one field each ("spoken_ar=on", "cohost_4=on"); the form rules read lists.
fn gather_checkboxes(fields: &mut Fields) {
    for (prefix, list) in [("spoken_", "languages"), ("cohost_", "cohosts")] {
        let checked: Vec<String> =
            fields.keys().filter_map(|name| name.strip_prefix(prefix)).map(str::to_owned).collect();
        fields.retain(|name, _| !name.starts_with(prefix));
        fields.insert(list.to_owned(), checked.join(","));
    }
}

/// Back to `page` with the typed fields and their problems, at the form that was sent.
async fn back_to_form(state: &AppState, user_id: i64, page: &str, fields: &Fields, errors: &Errors) -> Answer {
    let anchor = format!("form-{}", fields[FORM_FIELD]);
    super::back_to_form(state, Some(user_id), (page, &anchor), fields, errors).await
}

/// The organisation a form names (None: none chosen, or none such), if the actor may run offers
/// for it.
async fn chosen_organisation(
    state: &AppState,
    actor: &Actor,
    fields: &Fields,
) -> Result<Option<users::OrganisationChoice>, HandlerError> {
    let organisation = match fields.get("organisation_id").and_then(|id| id.parse::<i64>().ok()) {
        Some(id) => users::organisation(&state.db, id).await?,
        None => None,
    };
    if let Some(org) = &organisation {
        permit(actor, Action::EditOffer { site_id: org.site_id, organisation_id: org.id })?;
    }
    Ok(organisation)
}

/// Checks the form, asks the policy whether the actor may add offers for the chosen organisation,
/// and stores the offer with its dates.
pub async fn create_offer(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    CleanForm(mut fields): CleanForm<Fields>,
) -> Answer {
    let Some(user_id) = actor.user_id() else { return Err(HandlerError::SignIn) };
    gather_checkboxes(&mut fields);
    fields.insert(FORM_FIELD.to_owned(), "details".to_owned());
    let organisation = chosen_organisation(&state, &actor, &fields).await?;
    let page = "/staff/offers/new";
    let (mut offer, org) = match (validate(&fields), organisation) {
        (Ok(offer), Some(org)) => (offer, org),
        (checked, organisation) => {
            let mut errors = checked.err().unwrap_or_default();
            if organisation.is_none() {
                errors.insert("organisation_id".to_owned(), "offer-error-choose".to_owned());
            }
            return back_to_form(&state, user_id, page, &fields, &errors).await;
        }
    };
    if fields.contains_key("skip_days_off") {
        let days_off = sites::days_off(&state.db, &state.school_holidays, org.site_id, offer.plan.span()).await?;
        offer.plan.leave_out(&days_off);
    }
    let zone = sites::time_zone(&state.db, org.site_id).await?;
    let id = match service::create(&state.db, Some(user_id), org.site_id, &offer, zone, now()).await? {
        Ok(id) => id,
        Err(errors) => return back_to_form(&state, user_id, page, &fields, &errors).await,
    };
    let target = if offer.publish { format!("/offers/{id}") } else { format!("/staff/offers/{id}/edit") };
    Ok(Redirect::to(&target).into_response())
}

/// The signed-in editor of the offer named in the path (`{id}`); anybody else gets the answer
/// instead (404, sign-in, 403), before the handler runs.
pub struct OfferEditor {
    pub user_id: i64,
    pub id: i64,
    pub offer: offers::Ownership,
}

impl FromRequestParts<AppState> for OfferEditor {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        let params = RawPathParams::from_request_parts(parts, state).await.map_err(IntoResponse::into_response)?;
        let id = params.iter().find(|(name, _)| *name == "id").and_then(|(_, value)| value.parse::<i64>().ok());
        let Some(id) = id else { return Err(HandlerError::NotFound.into_response()) };
        let actor = parts.extensions.get::<Actor>().cloned().unwrap_or(Actor::Anonymous);
        let (user_id, offer) = editable_offer(state, &actor, id).await.map_err(IntoResponse::into_response)?;
        Ok(OfferEditor { user_id, id, offer })
    }
}

/// The offer `id` and the editor's user id, if the actor may edit it.
pub async fn editable_offer(
    state: &AppState,
    actor: &Actor,
    id: i64,
) -> Result<(i64, offers::Ownership), HandlerError> {
    let owner = offers::ownership(state.db.pool(), id).await?.ok_or(HandlerError::NotFound)?;
    let user_id = permit(actor, Action::EditOffer { site_id: owner.site_id, organisation_id: owner.organisation_id })?;
    Ok((user_id, owner))
}

fn editor(id: i64, flag: &str) -> Response {
    Redirect::to(&format!("/staff/offers/{id}/edit?{flag}")).into_response()
}

/// Changes texts, audience, places, venue, hosts and registration of an offer.
pub async fn update_offer(
    State(state): State<AppState>,
    OfferEditor { user_id, id, offer: owner }: OfferEditor,
    Extension(actor): Extension<Actor>,
    CleanForm(mut fields): CleanForm<Fields>,
) -> Answer {
    gather_checkboxes(&mut fields);
    fields.insert(FORM_FIELD.to_owned(), "details".to_owned());
    // Handing an offer to another organisation needs the right to edit for that one too.
    let organisation = chosen_organisation(&state, &actor, &fields).await?;
    let page = format!("/staff/offers/{id}/edit");
    if organisation.is_none_or(|org| org.site_id != owner.site_id) {
        let errors = Errors::from([("organisation_id".to_owned(), "offer-error-choose".to_owned())]);
        return back_to_form(&state, user_id, &page, &fields, &errors).await;
    }
    match service::update_details(&state.db, user_id, id, &fields, now()).await? {
        Change::Done => {
            // More places (or none limited any more) let people move up from the waiting list.
            registrations::capacity_changed(&state.db, super::registrations::links(&state), id, now()).await?;
            Ok(editor(id, "saved"))
        }
        Change::Invalid(errors) => back_to_form(&state, user_id, &page, &fields, &errors).await,
        Change::Gone => Ok(editor(id, "gone")),
    }
}

/// "All coming dates": new start and end times for the rest of the series.
pub async fn retime_series(
    State(state): State<AppState>,
    OfferEditor { user_id, id, offer: _ }: OfferEditor,
    CleanForm(mut fields): CleanForm<Fields>,
) -> Answer {
    fields.insert(FORM_FIELD.to_owned(), "times".to_owned());
    match validate_times(&fields) {
        Ok(times) => {
            service::retime_coming(&state.db, (user_id, super::registrations::links(&state)), id, times, now()).await?;
            Ok(editor(id, "saved"))
        }
        Err(errors) => back_to_form(&state, user_id, &format!("/staff/offers/{id}/edit"), &fields, &errors).await,
    }
}

/// Adds one date to an offer.
pub async fn add_session(
    State(state): State<AppState>,
    OfferEditor { user_id, id, offer: owner }: OfferEditor,
    CleanForm(mut fields): CleanForm<Fields>,
) -> Answer {
    fields.insert(FORM_FIELD.to_owned(), "add".to_owned());
    match validate_date_times(&fields) {
        Ok(date) => {
            service::add_session(&state.db, user_id, id, date, owner.zone(), now()).await?;
            Ok(editor(id, "saved"))
        }
        Err(errors) => back_to_form(&state, user_id, &format!("/staff/offers/{id}/edit"), &fields, &errors).await,
    }
}

/// "This date only": moves one date of an offer.
pub async fn move_session(
    State(state): State<AppState>,
    Path((_, session_id)): Path<(i64, i64)>,
    OfferEditor { user_id, id, offer: owner }: OfferEditor,
    CleanForm(mut fields): CleanForm<Fields>,
) -> Answer {
    fields.insert(FORM_FIELD.to_owned(), format!("move-{session_id}"));
    let page = format!("/staff/offers/{id}/edit?session={session_id}");
    let date = match validate_date_times(&fields) {
        Ok(date) => date,
        Err(errors) => return back_to_form(&state, user_id, &page, &fields, &errors).await,
    };
    let links = super::registrations::links(&state);
    match service::move_session(&state.db, (user_id, links), id, session_id, date, owner.zone(), now()).await? {
        Change::Done => Ok(editor(id, "saved")),
        Change::Invalid(errors) => back_to_form(&state, user_id, &page, &fields, &errors).await,
        Change::Gone => Ok(editor(id, "gone")),
    }
}

#[derive(serde::Deserialize)]
pub struct StatusForm {
    status: String,
    /// What the people registered should know (cancelling only).
    #[serde(default)]
    note: String,
}

#[derive(serde::Deserialize)]
pub struct CancelForm {
    #[serde(default)]
    note: String,
}

/// Publishes a draft or cancels a published offer, as the offer's editors may.
pub async fn change_status(
    State(state): State<AppState>,
    OfferEditor { user_id, id, offer: _ }: OfferEditor,
    CleanForm(form): CleanForm<StatusForm>,
) -> Answer {
    let flag = match service::change_status(
        &state.db,
        (user_id, super::registrations::links(&state)),
        (id, &form.status),
        form.note.trim(),
        now(),
    )
    .await?
    {
        Change::Done => "saved",
        Change::Invalid(_) | Change::Gone => "gone",
    };
    Ok(editor(id, flag))
}

/// Cancels one date of an offer ("this date only"); the rest of the series stays.
pub async fn cancel_session(
    State(state): State<AppState>,
    Path((_, session_id)): Path<(i64, i64)>,
    OfferEditor { user_id, id, offer: _ }: OfferEditor,
    CleanForm(form): CleanForm<CancelForm>,
) -> Answer {
    let flag = match service::cancel_session(
        &state.db,
        (user_id, super::registrations::links(&state)),
        (id, session_id),
        form.note.trim(),
        now(),
    )
    .await?
    {
        Change::Done => "saved",
        Change::Invalid(_) | Change::Gone => "gone",
    };
    Ok(editor(id, flag))
}
