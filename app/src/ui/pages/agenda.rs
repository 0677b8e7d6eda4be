//! The agenda shared by the home page, programme pages and organisation pages: a filter form that
//! works as a plain GET form, and the matching sessions grouped by day, a page at a time.

use std::sync::Arc;

use chrono::{NaiveDate, Utc};
use chrono_tz::Tz;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;

use crate::domain::offer::{Category, SPOKEN_LANGUAGES, YOUTH_AGES};
use crate::domain::schedule::{day_start, local_instant};
use crate::i18n::{Lang, use_lang};
use crate::ssr::db::agenda::{self, AgendaFilter, AgendaItem, Cursor};
use crate::ssr::db::sites;
use crate::ssr::http::percent_encode;
use crate::ssr::state::AppState;
use crate::ui::components::{LoadError, Written, category_label, spoken_language_label};

/// Sessions per page: a phone screen or two.
const PAGE_SIZE: i64 = 25;

/// What the reader typed into the filter form, kept as typed so that the form shows it again.
#[derive(Debug, Clone, Default)]
struct Typed {
    q: String,
    district: String,
    category: String,
    spoken: String,
    age: String,
    from: String,
    to: String,
    step_free: bool,
    accessible_toilet: bool,
    hearing_loop: bool,
    free_places: bool,
}

impl Typed {
    fn from_query(query: &ParamsMap) -> Self {
        let get = |name: &str| query.get(name).map(|value| value.trim().to_owned()).unwrap_or_default();
        Typed {
            q: get("q"),
            district: get("district"),
            category: get("category"),
            spoken: get("spoken"),
            age: get("age"),
            from: get("from"),
            to: get("to"),
            step_free: query.get("access").is_some(),
            accessible_toilet: query.get("toilet").is_some(),
            hearing_loop: query.get("loop").is_some(),
            free_places: query.get("free").is_some(),
        }
    }

    /// The query string of these filters, for links to further pages.
    fn query_string(&self) -> String {
        let pairs = [
            ("q", self.q.as_str()),
            ("district", &self.district),
            ("category", &self.category),
            ("spoken", &self.spoken),
            ("age", &self.age),
            ("from", &self.from),
            ("to", &self.to),
            ("access", if self.step_free { "1" } else { "" }),
            ("toilet", if self.accessible_toilet { "1" } else { "" }),
            ("loop", if self.hearing_loop { "1" } else { "" }),
            ("free", if self.free_places { "1" } else { "" }),
        ];
        pairs
            .iter()
            .filter(|(_, value)| !value.is_empty())
            .map(|(name, value)| format!("{name}={}", percent_encode(value)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// Field errors of the filter form, as catalogue keys.
#[derive(Debug, Clone, Default)]
struct FilterErrors {
    age: Option<&'static str>,
    from: Option<&'static str>,
    to: Option<&'static str>,
}

/// Turns typed filters into a query filter; what cannot be read is reported and left out.
/// Days begin at midnight in `zone`.
fn parse(typed: &Typed, now: i64, zone: Tz) -> (AgendaFilter, FilterErrors) {
    let mut errors = FilterErrors::default();
    let age = match typed.age.parse::<i64>() {
        _ if typed.age.is_empty() => None,
        Ok(age) if YOUTH_AGES.contains(&age) => Some(age),
        _ => {
            errors.age = Some("filter-age-invalid");
            None
        }
    };
    let from = match NaiveDate::parse_from_str(&typed.from, "%Y-%m-%d") {
        _ if typed.from.is_empty() => now,
        Ok(date) => day_start(zone, date).max(now),
        Err(_) => {
            errors.from = Some("filter-date-invalid");
            now
        }
    };
    // "Until" includes its whole day: sessions starting before the next midnight.
    let until = match NaiveDate::parse_from_str(&typed.to, "%Y-%m-%d") {
        _ if typed.to.is_empty() => None,
        Ok(date) => date.succ_opt().map(|next| day_start(zone, next)),
        Err(_) => {
            errors.to = Some("filter-date-invalid");
            None
        }
    };
    let filter = AgendaFilter {
        from,
        until,
        district: Some(typed.district.clone()).filter(|d| !d.is_empty()),
        category: Category::from_code(&typed.category),
        language: SPOKEN_LANGUAGES.iter().find(|code| **code == typed.spoken).map(|code| (*code).to_owned()),
        age,
        step_free: typed.step_free,
        accessible_toilet: typed.accessible_toilet,
        hearing_loop: typed.hearing_loop,
        free_places: typed.free_places,
        words: typed.q.to_lowercase().split_whitespace().take(5).map(str::to_owned).collect(),
        ..AgendaFilter::default()
    };
    (filter, errors)
}

fn parse_cursor(query: &ParamsMap) -> Option<Cursor> {
    let after = query.get("after")?;
    let (starts_at, session_id) = after.split_once('.')?;
    Some(Cursor { starts_at: starts_at.parse().ok()?, session_id: session_id.parse().ok()? })
}

/// The agenda of `scope` (a programme, an organisation, or everything), filtered by the URL.
#[component]
pub fn Agenda(
    /// The page's own path, for the form and the next-page link.
    path: String,
    /// The zone whose midnight begins the days typed into the filters.
    zone: Tz,
    #[prop(optional)] programme_id: Option<i64>,
    #[prop(optional)] organisation_id: Option<i64>,
    #[prop(optional_no_strip)] site_id: Option<i64>,
    #[prop(optional)] until: Option<i64>,
) -> impl IntoView {
    let lang = use_lang();
    let AppState { db, caches, .. } = expect_context::<AppState>();
    let query = use_query_map().get_untracked();
    let typed = Typed::from_query(&query);
    let after = parse_cursor(&query);
    let now = Utc::now().timestamp();
    let (mut filter, errors) = parse(&typed, now, zone);
    let first_day = local_instant(filter.from, zone).date_naive();
    filter.programme_id = programme_id;
    filter.organisation_id = organisation_id;
    filter.site_id = site_id;
    // The scope's end (a programme's last day) and the reader's "until" both hold.
    filter.until = filter.until.into_iter().chain(until).min();
    Suspend::new(async move {
        // A site's page offers its own districts; pages across sites every district in use.
        let districts = match site_id {
            Some(site_id) => sites::districts(db.pool(), site_id).await.map(Arc::new),
            None => caches.districts.get_or_load((), async { agenda::districts(&db).await.map(Arc::new) }).await,
        };
        let loaded = match districts {
            Ok(districts) => agenda::page(&db, lang, &filter, after, PAGE_SIZE).await.map(|page| (districts, page)),
            Err(error) => Err(error),
        };
        match loaded {
            Ok((districts, (items, next))) => {
                // A date over several days shows on each of them, up to the last day this page reaches
                // (the next page carries on from there) or the reader's "until".
                let last_day = match (&next, filter.until) {
                    (Some(_), _) => items.last().map(|item| item.span().starts.date_naive()),
                    (None, Some(until)) => local_instant(until - 1, zone).date_naive().into(),
                    (None, None) => None,
                };
                let next_link = next.map(|cursor| {
                    let filters = typed.query_string();
                    let separator = if filters.is_empty() { "" } else { "&" };
                    format!("{path}?{filters}{separator}after={}.{}", cursor.starts_at, cursor.session_id)
                });
                view! {
                    <FilterForm typed districts errors path/>
                    <AgendaDays items first_day last_day/>
                    {next_link.map(|href| view! { <p class="more"><a href=href>{lang.t("agenda-later")}</a></p> })}
                }
                .into_any()
            }
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

#[component]
fn FilterForm(typed: Typed, districts: Arc<Vec<String>>, errors: FilterErrors, path: String) -> impl IntoView {
    let lang = use_lang();
    let option =
        |value: String, label: String, selected: bool| view! { <option value=value selected=selected>{label}</option> };
    let error = |key: Option<&'static str>, id: &'static str| {
        key.map(|key| view! { <p class="field-error" id=id>{lang.t(key)}</p> })
    };
    let any = lang.t("filter-any");
    let reset = path.clone();
    view! {
        <details class="filters" open=(!typed.query_string().is_empty()).then_some("")>
            <summary>{lang.t("filter-title")}</summary>
            <form method="get" action=path class="filter-form">
                <div class="field">
                    <label for="filter-q">{lang.t("filter-search")}</label>
                    <input id="filter-q" name="q" type="search" value=typed.q.clone() autocomplete="off"/>
                </div>
                <div class="field">
                    <label for="filter-district">{lang.t("filter-district")}</label>
                    <select id="filter-district" name="district">
                        {option(String::new(), any.clone(), typed.district.is_empty())}
                        {districts.iter().map(|d| option(d.clone(), d.clone(), *d == typed.district)).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-category">{lang.t("filter-category")}</label>
                    <select id="filter-category" name="category">
                        {option(String::new(), any.clone(), typed.category.is_empty())}
                        {Category::ALL
                            .iter()
                            .map(|c| option(c.code().to_owned(), category_label(lang, *c), c.code() == typed.category))
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-spoken">{lang.t("filter-language")}</label>
                    <select id="filter-spoken" name="spoken">
                        {option(String::new(), any.clone(), typed.spoken.is_empty())}
                        {SPOKEN_LANGUAGES
                            .iter()
                            .map(|code| option((*code).to_owned(), spoken_language_label(lang, code), *code == typed.spoken))
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-age">{lang.t("filter-age")}</label>
                    <input
                        id="filter-age"
                        name="age"
                        type="text"
                        inputmode="numeric"
                        value=typed.age.clone()
                        aria-invalid=errors.age.is_some().then_some("true")
                        aria-describedby=errors.age.is_some().then_some("filter-age-error")
                    />
                    {error(errors.age, "filter-age-error")}
                </div>
                <div class="field">
                    <label for="filter-from">{lang.t("filter-from")}</label>
                    <input
                        id="filter-from"
                        name="from"
                        type="date"
                        value=typed.from.clone()
                        aria-invalid=errors.from.is_some().then_some("true")
                        aria-describedby=errors.from.is_some().then_some("filter-from-error")
                    />
                    {error(errors.from, "filter-from-error")}
                </div>
                <div class="field">
                    <label for="filter-to">{lang.t("filter-to")}</label>
                    <input
                        id="filter-to"
                        name="to"
                        type="date"
                        value=typed.to.clone()
                        aria-invalid=errors.to.is_some().then_some("true")
                        aria-describedby=errors.to.is_some().then_some("filter-to-error")
                    />
                    {error(errors.to, "filter-to-error")}
                </div>
                <div class="field field-check">
                    <input id="filter-access" name="access" type="checkbox" value="1" checked=typed.step_free/>
                    <label for="filter-access">{lang.t("venue-step-free")}</label>
                </div>
                <div class="field field-check">
                    <input id="filter-toilet" name="toilet" type="checkbox" value="1" checked=typed.accessible_toilet/>
                    <label for="filter-toilet">{lang.t("venue-accessible-toilet")}</label>
                </div>
                <div class="field field-check">
                    <input id="filter-loop" name="loop" type="checkbox" value="1" checked=typed.hearing_loop/>
                    <label for="filter-loop">{lang.t("venue-hearing-loop")}</label>
                </div>
                <div class="field field-check">
                    <input id="filter-free" name="free" type="checkbox" value="1" checked=typed.free_places/>
                    <label for="filter-free">{lang.t("filter-free-places")}</label>
                </div>
                <div class="filter-actions">
                    <button type="submit" class="button">{lang.t("filter-submit")}</button>
                    <a href=reset>{lang.t("filter-reset")}</a>
                </div>
            </form>
        </details>
    }
}

/// The items grouped under one heading per local day.
#[component]
fn AgendaDays(
    items: Vec<AgendaItem>,
    /// The first day the page shows: a camp that began earlier shows from here.
    first_day: NaiveDate,
    /// The last day a date over several days may show on (None: its own last day).
    last_day: Option<NaiveDate>,
) -> impl IntoView {
    let lang = use_lang();
    if items.is_empty() {
        return view! { <p class="empty">{lang.t("agenda-empty")}</p> }.into_any();
    }
    let labels: Vec<(Category, String)> = Category::ALL.iter().map(|c| (*c, category_label(lang, *c))).collect();
    let mut days: std::collections::BTreeMap<NaiveDate, Vec<AgendaItem>> = std::collections::BTreeMap::new();
    for item in items {
        let span = item.span();
        let first = span.starts.date_naive().max(first_day);
        // A party until midnight belongs to its evening only.
        let end_day = (span.ends - chrono::Duration::seconds(1)).date_naive();
        let until = last_day.map_or(end_day, |last| end_day.min(last));
        for later in first.iter_days().skip(1).take_while(|day| *day <= until) {
            days.entry(later).or_default().push(item.clone());
        }
        days.entry(first).or_default().push(item);
    }
    let days: Vec<(NaiveDate, String, Vec<AgendaItem>)> =
        days.into_iter().map(|(day, list)| (day, lang.long_day(day), list)).collect();
    view! {
        <div class="agenda">
            {days
                .into_iter()
                .map(|(day, heading, list)| {
                    view! {
                        <section class="agenda-day">
                            <h2>{heading}</h2>
                            <ul class="agenda-list">
                                {list.into_iter().map(|item| agenda_item(lang, &labels, (day, item))).collect_view()}
                            </ul>
                        </section>
                    }
                })
                .collect_view()}
        </div>
    }
    .into_any()
}

/// One entry of `day`: its times, or for a date over several days what it is on this day ("from
/// 16:00", "all day", "until 14:00"), as calendars show it.
fn agenda_item(
    lang: Lang,
    labels: &[(Category, String)],
    (day, item): (NaiveDate, AgendaItem),
) -> impl IntoView + use<> {
    let span = item.span();
    let last_day = (span.ends - chrono::Duration::seconds(1)).date_naive();
    let when = if span.same_day() {
        format!("{}–{}", lang.time(&span.starts), lang.time(&span.ends))
    } else if day == span.starts.date_naive() {
        lang.t_with("agenda-from-time", &[("time", lang.time(&span.starts).into())])
    } else if day == last_day {
        lang.t_with("agenda-until-time", &[("time", lang.time(&span.ends).into())])
    } else {
        lang.t("agenda-all-day")
    };
    let label = labels.iter().find(|(c, _)| *c == item.category).map(|(_, l)| l.clone()).unwrap_or_default();
    let place = [item.venue_name, item.district].into_iter().flatten().collect::<Vec<_>>().join(" · ");
    view! {
        <li class="agenda-item">
            <time class="agenda-time" datetime=span.starts.to_rfc3339()>{when}</time>
            <div>
                <a class="agenda-title" href=format!("/offers/{}", item.offer_id)><Written text=item.title in_german=item.in_german == 1/></a>
                <p class="where"><bdi>{place}</bdi></p>
                <p class="who"><bdi>{item.organisation}</bdi>" · "{label}</p>
            </div>
        </li>
    }
}
