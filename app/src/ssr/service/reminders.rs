//! Reminders before each date to everyone with a place. Each goes out once: the row in
//! reminders_sent and the message are written in one transaction, and the row's key (person,
//! date, kind, start time) makes a second worker's insert do nothing. A moved date has a new
//! start time, so its reminders are due again; cancelled dates and registrations get none.

use sqlx::FromRow;

use crate::domain::reminder::ReminderKind;
use crate::domain::schedule::LocalSpan;
use crate::i18n::Lang;
use crate::ssr::db::{Db, offers};
use crate::ssr::links::{self, Link};
use crate::ssr::outbox::{self, Email};

#[derive(FromRow)]
struct Due {
    registration_id: i64,
    email: String,
    lang: String,
    first_name: String,
    session_id: i64,
    starts_at: i64,
    ends_at: i64,
    time_zone: String,
    title: String,
    site_id: i64,
    venue: Option<String>,
}

/// Most reminders one pass sends; the next pass a minute later takes the rest.
const BATCH: i64 = 500;

/// Sends the reminders due at `now`; returns how many this worker sent.
pub async fn send_due(db: &Db, now: i64) -> sqlx::Result<usize> {
    let mut sent = 0;
    for kind in ReminderKind::ALL {
        let (after, until) = kind.due_window(now);
        let column = match kind {
            ReminderKind::DayBefore => "o.remind_day_before",
            ReminderKind::TwoHoursBefore => "o.remind_two_hours_before",
        };
        // The title in the reader's language, with the German one beside it.
        let title = offers::title_for_sql(&offers::content_lang_sql("p.lang"));
        let sql = format!(
            "SELECT r.id AS registration_id, COALESCE(p.email, '') AS email, p.lang, p.first_name, s.id AS session_id, s.starts_at,
                    s.ends_at, s.time_zone, {title} AS title, o.site_id, v.name AS venue
             FROM sessions s
             JOIN offers o ON o.id = s.offer_id
             JOIN registrations r ON r.offer_id = o.id AND (r.session_id IS NULL OR r.session_id = s.id)
             JOIN participants p ON p.id = r.participant_id
             LEFT JOIN venues v ON v.id = o.venue_id
             WHERE s.starts_at > $1 AND s.starts_at <= $2 AND s.status = 'scheduled' AND o.status = 'published'
               AND {column} = 1 AND r.status = 'confirmed'
               AND NOT EXISTS (SELECT 1 FROM reminders_sent x WHERE x.registration_id = r.id
                               AND x.session_id = s.id AND x.kind = $3 AND x.starts_at = s.starts_at)
             ORDER BY s.starts_at, r.id LIMIT {BATCH}"
        );
        // Only fixed SQL (a column name, constants, the title expression) is formatted in.
        let due: Vec<Due> = sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(after)
            .bind(until)
            .bind(kind.code())
            .fetch_all(db.pool())
            .await?;
        for reminder in due {
            let mut tx = db.write().await?;
            let claimed: Option<(i64,)> = sqlx::query_as(
                "INSERT INTO reminders_sent (registration_id, session_id, kind, starts_at, sent_at)
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING registration_id",
            )
            .bind(reminder.registration_id)
            .bind(reminder.session_id)
            .bind(kind.code())
            .bind(reminder.starts_at)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            if claimed.is_none() {
                // Another worker sent this one.
                continue;
            }
            let lang = Lang::from_code(&reminder.lang).unwrap_or_default();
            let span = LocalSpan::from_stored(reminder.starts_at, reminder.ends_at, &reminder.time_zone);
            let args = [
                ("name", lang.isolate(&reminder.first_name).into()),
                ("offer", lang.isolate(&reminder.title).into()),
                ("when", lang.span(&span).into()),
                ("where", lang.isolate(reminder.venue.as_deref().unwrap_or_default()).into()),
                ("link", links::placeholder(0).into()),
            ];
            let key = format!("mail-reminder-{}", kind.code());
            let email = Email {
                kind: "mail-reminder",
                recipient: reminder.email.clone(),
                lang,
                subject: lang.t_with(&format!("{key}-subject"), &args),
                body_text: lang.t_with(&format!("{key}-body"), &args),
                calendar: None,
                site_id: Some(reminder.site_id),
                links: vec![Link::Registration(reminder.registration_id)],
                participant_id: None,
            };
            outbox::enqueue(&mut tx, &email, now).await?;
            tx.commit().await?;
            sent += 1;
        }
    }
    Ok(sent)
}
