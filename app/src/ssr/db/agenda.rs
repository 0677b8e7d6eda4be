//! The public agenda: scheduled sessions of published offers in time order, filtered, a page at a
//! time. One query per page whatever the number of offers; it walks the sessions index by start
//! time and stops at the page size.

use sqlx::FromRow;
use sqlx::any::AnyArguments;

use super::Db;
use crate::domain::offer::{Category, OfferKind};
use crate::domain::schedule::LocalSpan;
use crate::i18n::Lang;

/// Sessions last at most this long (a festival of several days, a holiday camp), so a session that
/// has not ended started less than this long ago.
pub const LONGEST_SESSION_SECONDS: i64 = 31 * 24 * 3600;

/// What a reader narrowed the agenda to. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgendaFilter {
    /// Sessions that have not ended by this instant (UTC seconds).
    pub from: i64,
    /// Sessions that start before this instant.
    pub until: Option<i64>,
    pub district: Option<String>,
    pub category: Option<Category>,
    /// A language code spoken at the offer, e.g. "ar".
    pub language: Option<String>,
    pub age: Option<i64>,
    pub step_free: bool,
    pub accessible_toilet: bool,
    pub hearing_loop: bool,
    /// Only dates that still have places: no limit, no registration (drop in), or places left
    /// for the series or for the date, as the offer takes registrations.
    pub free_places: bool,
    /// Lower-cased words that must all appear in a title or description.
    pub words: Vec<String>,
    pub programme_id: Option<i64>,
    pub organisation_id: Option<i64>,
    pub site_id: Option<i64>,
}

/// Where the next page starts: after this session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub starts_at: i64,
    pub session_id: i64,
}

#[derive(Debug, Clone, FromRow)]
pub struct AgendaItem {
    pub session_id: i64,
    pub offer_id: i64,
    pub title: String,
    /// 1 when no translation into the reader's language exists and the title is the German one.
    pub in_german: i64,
    #[sqlx(try_from = "String")]
    pub kind: OfferKind,
    #[sqlx(try_from = "String")]
    pub category: Category,
    starts_at: i64,
    ends_at: i64,
    time_zone: String,
    pub venue_name: Option<String>,
    pub district: Option<String>,
    pub organisation: String,
}

impl AgendaItem {
    pub fn span(&self) -> LocalSpan {
        LocalSpan::from_stored(self.starts_at, self.ends_at, &self.time_zone)
    }

    pub fn cursor(&self) -> Cursor {
        Cursor { starts_at: self.starts_at, session_id: self.session_id }
    }
}

/// A statement whose conditions are added one by one, each with its numbered placeholder.
struct Statement {
    sql: String,
    arguments: AnyArguments,
    count: usize,
}

impl Statement {
    fn new(sql: &str) -> Self {
        Statement { sql: sql.to_owned(), arguments: AnyArguments::default(), count: 0 }
    }

    /// Binds `value` and returns its placeholder ("$3").
    fn bind<T>(&mut self, value: T) -> String
    where
        T: for<'q> sqlx::Encode<'q, sqlx::Any> + sqlx::Type<sqlx::Any> + Send + 'static,
    {
        use sqlx::Arguments;
        self.arguments.add(value).expect("plain values always encode");
        self.count += 1;
        format!("${}", self.count)
    }

    fn and(&mut self, condition: &str) {
        self.sql.push_str(" AND ");
        self.sql.push_str(condition);
    }
}

/// Escapes LIKE's wildcards in a reader's words.
fn like_pattern(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

/// One page of the agenda (at most `limit` items), and the cursor of the next page if there is one.
pub async fn page(
    db: &Db,
    lang: Lang,
    filter: &AgendaFilter,
    after: Option<Cursor>,
    limit: i64,
) -> sqlx::Result<(Vec<AgendaItem>, Option<Cursor>)> {
    let mut statement = Statement::new(
        "SELECT s.id AS session_id, o.id AS offer_id, COALESCE(tr.title, o.title) AS title,
                CAST(CASE WHEN tr.title IS NULL THEN 1 ELSE 0 END AS BIGINT) AS in_german, o.kind, o.category,
                s.starts_at, s.ends_at, s.time_zone, v.name AS venue_name, v.district, org.name AS organisation
         FROM sessions s
         JOIN offers o ON o.id = s.offer_id
         JOIN organisations org ON org.id = o.organisation_id
         LEFT JOIN venues v ON v.id = o.venue_id",
    );
    let lang_code = statement.bind(lang.content_code().to_owned());
    statement.sql.push_str(&format!(
        " LEFT JOIN offer_translations tr ON tr.offer_id = o.id AND tr.lang = {lang_code}
         WHERE s.status = 'scheduled' AND o.status = 'published' AND o.visibility = 'public'"
    ));
    let from = statement.bind(filter.from);
    // The lower bound on starts_at lets the index skip the past instead of walking all of it.
    let earliest_start = statement.bind(filter.from - LONGEST_SESSION_SECONDS);
    statement.and(&format!("s.ends_at > {from} AND s.starts_at > {earliest_start}"));
    if let Some(until) = filter.until {
        let until = statement.bind(until);
        statement.and(&format!("s.starts_at < {until}"));
    }
    if let Some(cursor) = after {
        let (starts_at, id) = (statement.bind(cursor.starts_at), statement.bind(cursor.session_id));
        statement.and(&format!("(s.starts_at > {starts_at} OR (s.starts_at = {starts_at} AND s.id > {id}))"));
    }
    if let Some(district) = &filter.district {
        let district = statement.bind(district.clone());
        statement.and(&format!("v.district = {district}"));
    }
    if let Some(category) = filter.category {
        let category = statement.bind(category.code().to_owned());
        statement.and(&format!("o.category = {category}"));
    }
    if let Some(language) = &filter.language {
        let pattern = statement.bind(like_pattern(&format!(",{language},")));
        statement.and(&format!("(',' || o.languages || ',') LIKE {pattern} ESCAPE '\\'"));
    }
    if let Some(age) = filter.age {
        let age = statement.bind(age);
        statement.and(&format!("o.audience = 'youth' AND o.min_age <= {age} AND o.max_age >= {age}"));
    }
    if filter.step_free {
        statement.and("v.step_free = 1");
    }
    if filter.accessible_toilet {
        statement.and("v.accessible_toilet = 1");
    }
    if filter.hearing_loop {
        statement.and("v.hearing_loop = 1");
    }
    if filter.free_places {
        statement.and(
            "(o.capacity IS NULL OR o.registration = 'none'
              OR (CASE WHEN o.registration = 'session' THEN s.places_taken ELSE o.places_taken END) < o.capacity)",
        );
    }
    for word in &filter.words {
        let pattern = statement.bind(like_pattern(word));
        statement.and(&format!("o.search_text LIKE {pattern} ESCAPE '\\'"));
    }
    if let Some(site) = filter.site_id {
        let site = statement.bind(site);
        statement.and(&format!("o.site_id = {site}"));
    }
    if let Some(programme) = filter.programme_id {
        let programme = statement.bind(programme);
        statement.and(&format!("o.programme_id = {programme}"));
    }
    if let Some(organisation) = filter.organisation_id {
        let organisation = statement.bind(organisation);
        statement.and(&format!(
            "(o.organisation_id = {organisation} OR EXISTS (SELECT 1 FROM offer_cohosts c
              WHERE c.offer_id = o.id AND c.organisation_id = {organisation}))"
        ));
    }
    // One row more than shown tells whether there is a next page. The limit is written into the
    // statement: SQLite looks at a bound LIMIT while planning, and so prepares the statement again
    // each time the value is bound (a sixth of a page's CPU).
    let fetch = limit + 1;
    statement.sql.push_str(&format!(" ORDER BY s.starts_at, s.id LIMIT {fetch}"));

    let Statement { sql, arguments, .. } = statement;
    // Only numbered placeholders, an integer and fixed text are formatted into the statement;
    // values are bound.
    let mut items: Vec<AgendaItem> =
        sqlx::query_as_with(sqlx::AssertSqlSafe(sql), arguments).fetch_all(db.pool()).await?;
    let more = items.len() as i64 > limit;
    items.truncate(usize::try_from(limit).unwrap_or(0));
    let next = if more { items.last().map(AgendaItem::cursor) } else { None };
    Ok((items, next))
}

/// The districts that have venues, for the filter.
pub async fn districts(db: &Db) -> sqlx::Result<Vec<String>> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT DISTINCT district FROM venues ORDER BY district LIMIT 200").fetch_all(db.pool()).await?;
    Ok(rows.into_iter().map(|(district,)| district).collect())
}

#[cfg(test)]
mod tests {
    use super::like_pattern;

    #[test]
    fn wildcards_in_search_words_are_literal() {
        assert_eq!(like_pattern("50%_off"), "%50\\%\\_off%");
        assert_eq!(like_pattern("fußball"), "%fußball%");
    }
}
