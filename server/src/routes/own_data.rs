//! "My data" for the people a magic link opened: the download, taking back the photo consent,
//! and deleting everything about one person. Nobody else, staff included, reaches these. And the
//! record of processing activities for admins, which describes them all.

use app::domain::policy::{Action, Actor, Proof, allows};
use app::ssr::service::participants as service;
use app::ssr::state::AppState;
use axum::Extension;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::registrations::links;
use super::{Answer, HandlerError, now};
use crate::forms::CleanForm;

/// The person `id` if this session opened them, and whether it proved their address itself (not
/// a parent's); a young person whose session ran out goes to "My registrations" for a new link.
fn own(actor: &Actor, id: i64) -> Result<(i64, bool), HandlerError> {
    match actor {
        Actor::Anonymous => Err(HandlerError::answer(Redirect::to("/me").into_response())),
        Actor::Participant { people, .. } if allows(actor, Action::OwnData { participant_id: id }) => {
            Ok((id, people.iter().any(|(person, proof)| *person == id && *proof == Proof::Address)))
        }
        _ => Err(HandlerError::Forbidden),
    }
}

pub async fn download(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
) -> Answer {
    let (id, address_proven) = own(&actor, id)?;
    let data = service::export(&state.db, id, address_proven).await?;
    json_file(&data, &format!("treffpunkt-meine-daten-{id}.json"))
}

/// A person's data as a file to keep, for them or for staff answering their request.
pub(super) fn json_file(data: &serde_json::Value, name: &str) -> Answer {
    let mut response: Response = serde_json::to_string_pretty(data)?.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"));
    headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))?);
    Ok(response)
}

pub async fn withdraw_photos(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
) -> Answer {
    let (id, _) = own(&actor, id)?;
    service::withdraw_photos(&state.db, id, now()).await?;
    Ok(Redirect::to(&format!("/me/people/{id}?photos-withdrawn")).into_response())
}

#[derive(serde::Deserialize)]
pub struct DeleteForm {
    /// The checkbox "yes, delete everything": nothing goes by one careless tap.
    pub(super) confirm: Option<String>,
}

pub async fn delete(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
    CleanForm(form): CleanForm<DeleteForm>,
) -> Answer {
    let (id, address_proven) = own(&actor, id)?;
    if form.confirm.is_none() {
        return Ok(Redirect::to(&format!("/me/people/{id}?confirm-missing")).into_response());
    }
    service::delete(&state.db, links(&state), (id, None, address_proven), now()).await?;
    Ok(Redirect::to("/me?deleted").into_response())
}

/// The record of processing activities (Art. 30 GDPR) as a spreadsheet, from the registry.
pub async fn record(Extension(actor): Extension<Actor>) -> Answer {
    super::permit(&actor, Action::ViewAuditLog)?;
    use super::participants::cell;
    use app::ssr::privacy::PERSONAL;
    let mut out = String::from("\u{feff}table;column;data;whose;purpose;legal basis;kept;exported;deleted\r\n");
    for p in PERSONAL {
        let whose = format!("{:?}", p.subject).to_lowercase();
        let flags = [p.exported, p.deleted].map(|flag| if flag { "yes" } else { "no" });
        let cells =
            [p.table, p.column, p.what, &whose, p.purpose, p.basis.describe(), p.keep.describe(), flags[0], flags[1]];
        out.push_str(&cells.iter().map(|value| cell(value)).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    }
    let mut response = out.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    headers.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"verarbeitungsverzeichnis.csv\""),
    );
    Ok(response)
}
