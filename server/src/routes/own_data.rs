//! "My data" for the people a magic link opened: the download, taking back the photo consent,
//! and deleting everything about one person. Nobody else, staff included, reaches these. And the
//! record of processing activities for admins, which describes them all.

use app::domain::figures::suppress;
use app::domain::policy::{Action, Actor, Proof, allows};
use app::domain::registration::Gender;
use app::ssr::http::request_lang;
use app::ssr::privacy::figures;
use app::ssr::privacy::retention::AGE_BANDS;
use app::ssr::service::participants as service;
use app::ssr::state::AppState;
use axum::Extension;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{Datelike, Utc};

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
    file(serde_json::to_string_pretty(data)?, ("application/json; charset=utf-8", name))
}

/// A file to save (never to cache: it holds personal data or figures of the day), named `name`
/// (ASCII).
fn file(body: String, (content_type, name): (&'static str, &str)) -> Answer {
    let mut response: Response = body.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CONTENT_DISPOSITION, HeaderValue::from_str(&format!("attachment; filename=\"{name}\""))?);
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

/// A table for a spreadsheet: UTF-8 with a byte order mark, so that Excel shows umlauts and
/// Arabic names, and semicolons, as German Excel expects.
pub(super) fn csv_file(rows: &[Vec<String>], name: &str) -> Answer {
    let mut out = String::from("\u{feff}");
    for row in rows {
        out.push_str(&row.iter().map(|value| super::participants::cell(value)).collect::<Vec<_>>().join(";"));
        out.push_str("\r\n");
    }
    file(out, ("text/csv; charset=utf-8", name))
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
    let restricted = service::delete(&state.db, links(&state), (id, None, address_proven), now()).await?;
    Ok(Redirect::to(&format!("/me?{}", deletion_flag(restricted))).into_response())
}

/// Everyone this session opened (siblings, for a parent): each as if deleted on their own page.
pub async fn delete_all(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    CleanForm(form): CleanForm<DeleteForm>,
) -> Answer {
    let Actor::Participant { people, .. } = &actor else { return Ok(Redirect::to("/me").into_response()) };
    if form.confirm.is_none() {
        return Ok(Redirect::to("/me?confirm-missing").into_response());
    }
    let mut restricted = 0;
    for (id, _) in people {
        let (id, address_proven) = own(&actor, *id)?;
        restricted += service::delete(&state.db, links(&state), (id, None, address_proven), now()).await?.unwrap_or(0);
    }
    Ok(Redirect::to(&format!("/me?{}", deletion_flag(Some(restricted)))).into_response())
}

/// What the page after a deletion says: deleted, or restricted while a funder's audit lasts.
pub(super) fn deletion_flag(restricted: Option<u64>) -> &'static str {
    if restricted.unwrap_or_default() > 0 { "restricted" } else { "deleted" }
}

/// The record of processing activities (Art. 30 GDPR) as a spreadsheet, from the registry.
pub async fn record(Extension(actor): Extension<Actor>) -> Answer {
    super::permit(&actor, Action::ViewAuditLog)?;
    use app::ssr::privacy::PERSONAL;
    let header = ["table", "column", "data", "whose", "purpose", "legal basis", "kept", "exported", "deleted"];
    let mut rows = vec![header.map(str::to_owned).to_vec()];
    for p in PERSONAL {
        let whose = format!("{:?}", p.subject).to_lowercase();
        let flags = [p.exported, p.deleted].map(|flag| if flag { "yes" } else { "no" });
        let cells =
            [p.table, p.column, p.what, &whose, p.purpose, p.basis.describe(), p.keep.describe(), flags[0], flags[1]];
        rows.push(cells.map(str::to_owned).to_vec());
    }
    csv_file(&rows, "verarbeitungsverzeichnis.csv")
}

#[derive(serde::Deserialize)]
pub struct FiguresQuery {
    /// Read as text: "abc" or "20x6" gives this year's figures, not a bare 400.
    year: Option<String>,
}

/// A year's registrations of every site as anonymous figures for funders: area by age band and
/// by gender, with counts under 5 hidden (and as many others as keep them hidden).
pub async fn figures(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    headers: HeaderMap,
    Query(query): Query<FiguresQuery>,
) -> Answer {
    super::permit(&actor, Action::ViewAuditLog)?;
    let lang = request_lang(&headers);
    let year = query
        .year
        .and_then(|year| year.trim().parse::<i32>().ok())
        .filter(|year| (2000..=2100).contains(year))
        .unwrap_or_else(|| Utc::now().year());
    let mut conn = state.db.pool().acquire().await?;
    let sites: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT id, name, time_zone FROM sites ORDER BY id").fetch_all(&mut *conn).await?;
    let mut rows = Vec::new();
    for (site_id, name, time_zone) in sites {
        let tables = figures::tables(&figures::of_year(&mut conn, (site_id, &time_zone), year).await?);
        rows.push(vec![lang.t("figures-site"), name]);
        rows.push(vec![lang.t("figures-year"), year.to_string()]);
        let age_columns: Vec<String> = AGE_BANDS.iter().map(|band| lang.t(&format!("figures-age-{band}"))).collect();
        let gender_columns: Vec<String> =
            Gender::ALL.iter().map(|gender| lang.t(&format!("register-gender-{}", gender.code()))).collect();
        for (title, columns, cells) in
            [("figures-by-age", age_columns, &tables.by_age), ("figures-by-gender", gender_columns, &tables.by_gender)]
        {
            let published = suppress(cells);
            let shown = |count: Option<i64>| count.map_or_else(|| "x".to_owned(), |count| count.to_string());
            rows.push(vec![]);
            rows.push(vec![lang.t(title)]);
            rows.push([lang.t("figures-area")].into_iter().chain(columns).chain([lang.t("figures-total")]).collect());
            for ((area, line), total) in tables.areas.iter().zip(&published.cells).zip(&published.row_totals) {
                let label = lang.t(&format!("category-{area}"));
                rows.push(
                    [label].into_iter().chain(line.iter().map(|count| shown(*count))).chain([shown(*total)]).collect(),
                );
            }
            let totals = published.column_totals.iter().map(|count| shown(*count));
            rows.push([lang.t("figures-total")].into_iter().chain(totals).chain([shown(published.total)]).collect());
        }
        rows.push(vec![lang.t("figures-hidden")]);
        rows.push(vec![]);
    }
    csv_file(&rows, &format!("zahlen-{year}.csv"))
}
