//! Retention that runs by itself, once a day: what the registry says is due goes, after its
//! anonymous counts are written, in one write transaction that also claims the day's run (so that
//! of several processes one does it, and a crash half-way deletes nothing). A preview runs the
//! same steps and rolls back.

use std::collections::BTreeMap;

use chrono::{Datelike, Months};
use sqlx::{AnyConnection, FromRow};

use crate::domain::registration::age_in;
use crate::domain::schedule::{local_instant, zone};
use crate::domain::site_form::Keep;
use crate::ssr::audit::{self, Entry};
use crate::ssr::db::{Db, placeholders};
use crate::ssr::privacy::holds;

const DAY: i64 = 24 * 3600;
/// The audit log keeps who changed what for two years (accountability, Art. 5(2) GDPR).
pub const AUDIT_DAYS: i64 = 730;
/// A participant record is kept a day beyond its last registration: a form sent at that moment
/// finds it.
const PARTICIPANT_GRACE: i64 = DAY;
/// Days an expired link is kept to say why it does not work any more.
const EXPIRED_LINK_DAYS: i64 = 7;
/// How many registrations one run takes; a bigger backlog goes on the next day.
const BATCH: i64 = 5000;

/// What a run deleted (or a preview would), by kind; no personal data.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    pub registrations: u64,
    pub participants: u64,
    pub messages: u64,
    pub expired: u64,
    pub audit_entries: u64,
    pub feeds: u64,
}

impl Report {
    fn detail(&self) -> String {
        format!(
            "registrations {}, participants {}, messages {}, expired links/sessions/drafts {}, audit entries {}, feeds {}",
            self.registrations, self.participants, self.messages, self.expired, self.audit_entries, self.feeds
        )
    }
}

/// Runs the day's retention unless another process ran it in the last 20 hours; None then.
pub async fn run(db: &Db, now: i64) -> sqlx::Result<Option<Report>> {
    let mut tx = db.write().await?;
    let claimed = sqlx::query("UPDATE job_runs SET last_run = $1 WHERE name = 'retention' AND last_run <= $2")
        .bind(now)
        .bind(now - 20 * 3600)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if claimed == 0 {
        return Ok(None);
    }
    let report = delete_due(&mut tx, now).await?;
    let entry = Entry { action: "retention-run", object_type: "privacy", object_id: None, detail: &report.detail() };
    audit::record(&mut tx, None, entry, now).await?;
    tx.commit().await?;
    Ok(Some(report))
}

/// What a run at `now` would delete; nothing is changed.
pub async fn preview(db: &Db, now: i64) -> sqlx::Result<Report> {
    let mut tx = db.write().await?;
    let report = delete_due(&mut tx, now).await?;
    drop(tx);
    Ok(report)
}

async fn delete_due(tx: &mut AnyConnection, now: i64) -> sqlx::Result<Report> {
    let mut report = Report::default();
    // A link a week past its time still says "expired" rather than "unknown".
    for (table, after) in [
        ("auth_tokens", EXPIRED_LINK_DAYS * DAY),
        ("contact_requests", EXPIRED_LINK_DAYS * DAY),
        ("auth_sessions", 0),
        ("form_drafts", 0),
    ] {
        let sql = format!("DELETE FROM {table} WHERE expires_at < $1");
        let expired = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(now - after).execute(&mut *tx).await?;
        report.expired += expired.rows_affected();
    }
    let sites: Vec<(i64, String, i64, i64)> =
        sqlx::query_as("SELECT id, time_zone, keep_registration_months, keep_message_days FROM sites ORDER BY id")
            .fetch_all(&mut *tx)
            .await?;
    for (site_id, time_zone, months, message_days) in &sites {
        report.registrations += delete_registrations(tx, (*site_id, &time_zone[..], *months), now).await?;
        report.messages += sqlx::query("DELETE FROM outbox WHERE site_id = $1 AND created_at < $2")
            .bind(site_id)
            .bind(now - message_days * DAY)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    }
    // Account messages belong to no site: the shortest default period.
    report.messages += sqlx::query("DELETE FROM outbox WHERE site_id IS NULL AND created_at < $1")
        .bind(now - Keep::default().message_days * DAY)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    report.participants += sqlx::query(
        "DELETE FROM participants WHERE created_at < $1
           AND NOT EXISTS (SELECT 1 FROM registrations r WHERE r.participant_id = participants.id)
           AND NOT EXISTS (SELECT 1 FROM ideas i WHERE i.author_id = participants.id)
           AND NOT EXISTS (SELECT 1 FROM idea_supports s WHERE s.participant_id = participants.id)
           AND NOT EXISTS (SELECT 1 FROM session_people p JOIN auth_sessions a ON a.token_hash = p.token_hash
                           WHERE p.participant_id = participants.id AND a.expires_at > $2)",
    )
    .bind(now - PARTICIPANT_GRACE)
    .bind(now)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    report.feeds += sqlx::query(
        "DELETE FROM calendar_feeds WHERE NOT EXISTS (SELECT 1 FROM participants p WHERE p.email = calendar_feeds.email)",
    )
    .execute(&mut *tx)
    .await?
    .rows_affected();
    report.audit_entries += sqlx::query("DELETE FROM audit_log WHERE created_at < $1")
        .bind(now - AUDIT_DAYS * DAY)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    Ok(report)
}

#[derive(FromRow)]
struct Due {
    id: i64,
    offer_id: i64,
    created_at: i64,
    status: String,
    gender: String,
    birth_year: i64,
    category: String,
    organisation_id: i64,
    district: Option<String>,
}

/// Deletes the registrations of a site whose offer's last date ended `months` ago (and those
/// cancelled that long ago), after adding them to the anonymous counts.
async fn delete_registrations(
    tx: &mut AnyConnection,
    (site_id, time_zone, months): (i64, &str, i64),
    now: i64,
) -> sqlx::Result<u64> {
    let zone = zone(time_zone);
    let months = Months::new(u32::try_from(months).unwrap_or(1));
    let cutoff = local_instant(now, zone).checked_sub_months(months).map_or(now, |at| at.timestamp());
    // A registration restricted at its person's request goes as soon as no hold keeps its list.
    let due: Vec<Due> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT r.id, r.offer_id, r.created_at, r.status, r.gender, p.birth_year, o.category, o.organisation_id,
                v.district
         FROM registrations r
         JOIN participants p ON p.id = r.participant_id
         JOIN offers o ON o.id = r.offer_id
         LEFT JOIN venues v ON v.id = o.venue_id
         WHERE o.site_id = $1 AND NOT {held}
           AND (r.restricted_at IS NOT NULL
                OR (r.created_at < $2
                    AND ((r.status = 'cancelled' AND r.cancelled_at < $2)
                         OR NOT EXISTS (SELECT 1 FROM sessions s WHERE s.offer_id = o.id AND s.ends_at >= $2))))
         ORDER BY r.id LIMIT $3",
        held = holds::held_at("o.id", "$4"),
    )))
    .bind(site_id)
    .bind(cutoff)
    .bind(BATCH)
    .bind(now)
    .fetch_all(&mut *tx)
    .await?;
    if due.is_empty() {
        return Ok(0);
    }
    let mut counts: BTreeMap<(String, i64, String, String), (&Due, i64)> = BTreeMap::new();
    for row in due.iter().filter(|row| row.status == "confirmed") {
        let registered = local_instant(row.created_at, zone);
        let period = format!("{:04}-{:02}", registered.year(), registered.month());
        let band = age_band(age_in(i64::from(registered.year()), row.birth_year)).to_owned();
        counts.entry((period, row.offer_id, row.gender.clone(), band)).or_insert((row, 0)).1 += 1;
    }
    for ((period, offer_id, gender, band), (row, count)) in &counts {
        sqlx::query(
            "INSERT INTO privacy_counts (period, site_id, offer_id, category, district, organisation_id, gender,
                                         age_band, measure, count)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'registrations', $9)
             ON CONFLICT (period, site_id, offer_id, gender, age_band, measure)
             DO UPDATE SET count = privacy_counts.count + excluded.count",
        )
        .bind(period)
        .bind(site_id)
        .bind(offer_id)
        .bind(&row.category)
        .bind(row.district.as_deref().unwrap_or_default())
        .bind(row.organisation_id)
        .bind(gender)
        .bind(band)
        .bind(count)
        .execute(&mut *tx)
        .await?;
    }
    let mut deleted = 0;
    // A few hundred at a time: far below both backends' limits on parameters.
    for chunk in due.chunks(500) {
        let sql = format!("DELETE FROM registrations WHERE id IN ({})", placeholders(1, chunk.len()));
        let query = chunk.iter().fold(sqlx::query(sqlx::AssertSqlSafe(sql)), |query, row| query.bind(row.id));
        deleted += query.execute(&mut *tx).await?.rows_affected();
    }
    Ok(deleted)
}

/// The age bands of the annual figures, in order.
pub const AGE_BANDS: [&str; 7] = ["under-12", "12-15", "16-17", "18-21", "22-27", "older", "unknown"];

/// The age bands of the annual figures; "unknown" where no year of birth makes sense.
pub fn age_band(age: i64) -> &'static str {
    match age {
        ..=11 => "under-12",
        12..=15 => "12-15",
        16..=17 => "16-17",
        18..=21 => "18-21",
        22..=27 => "22-27",
        28..=120 => "older",
        _ => "unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_fall_into_the_report_bands() {
        let bands: Vec<_> = [10, 12, 15, 16, 17, 18, 21, 22, 27, 28, 200].map(age_band).to_vec();
        assert_eq!(
            bands,
            ["under-12", "12-15", "12-15", "16-17", "16-17", "18-21", "18-21", "22-27", "22-27", "older", "unknown"]
        );
    }
}
