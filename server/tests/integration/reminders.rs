//! Reminders: once per person and date however many workers run, not for cancelled dates or
//! registrations, skipped when their moment passed too long ago, due again when a date moves.

use app::ssr::service::reminders::send_due;
use chrono::Datelike;

use crate::helpers::{TestApp, browser};

crate::on_both_backends!(
    reminders_go_out_once_on_time_and_follow_moved_dates,
    an_arabic_reader_gets_the_arabic_title_beside_the_german_one,
);

const HOUR: i64 = 3600;

async fn add_date(app: &TestApp, offer: i64, starts_at: i64) -> i64 {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO sessions (offer_id, starts_at, ends_at, time_zone) VALUES ($1, $2, $3, 'Europe/Berlin') RETURNING id",
    )
    .bind(offer)
    .bind(starts_at)
    .bind(starts_at + 2 * HOUR)
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    id
}

async fn reminders_to(app: &TestApp, recipient: &str) -> Vec<String> {
    let rows: Vec<(String,)> =
        sqlx::query_as("SELECT subject FROM outbox WHERE recipient = $1 AND kind = 'mail-reminder' ORDER BY id")
            .bind(recipient)
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    rows.into_iter().map(|(subject,)| subject).collect()
}

async fn reminders_go_out_once_on_time_and_follow_moved_dates(app: TestApp) {
    let offer = app.offer("Kochen ohne Grenzen").places(10).create().await;
    let born = (chrono::Utc::now().year() - 20).to_string();
    for (name, email) in [("Oleksandr", "oleksandr@example.org"), ("Deniz", "deniz@example.org")] {
        let form = [("first_name", name), ("email", email), ("birth_year", born.as_str()), ("privacy", "on")];
        app.post_form(&browser(), &format!("/offers/{offer}/register"), &form).await;
    }
    let now = chrono::Utc::now().timestamp();

    let tomorrow = add_date(&app, offer, now + 23 * HOUR).await;
    let late = add_date(&app, offer, now + 20 * HOUR).await;
    // Two workers at once: each reminder goes out exactly once.
    let (one, two) = tokio::join!(send_due(&app.db, now), send_due(&app.db, now));
    assert_eq!(one.unwrap() + two.unwrap(), 2, "one reminder each for the date tomorrow");
    assert_eq!(reminders_to(&app, "oleksandr@example.org").await, ["Morgen: Kochen ohne Grenzen"]);
    assert_eq!(send_due(&app.db, now + 60).await.unwrap(), 0, "and never again");
    let (late_sent,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM reminders_sent WHERE session_id = $1")
        .bind(late)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(late_sent, 0, "a reminder 4 hours overdue is skipped");

    // The date moves an hour later: a reminder for the new time is due again.
    sqlx::query("UPDATE sessions SET starts_at = starts_at + 3600, ends_at = ends_at + 3600 WHERE id = $1")
        .bind(tomorrow)
        .execute(app.db.pool())
        .await
        .unwrap();
    assert_eq!(send_due(&app.db, now + HOUR).await.unwrap(), 2);

    // Deniz cancels; a cancelled date gets no reminder; two hours before, where the offer asks.
    sqlx::query(
        "UPDATE registrations SET status = 'cancelled'
         WHERE participant_id IN (SELECT id FROM participants WHERE email = 'deniz@example.org')",
    )
    .execute(app.db.pool())
    .await
    .unwrap();
    let cancelled = add_date(&app, offer, now + 23 * HOUR + 600).await;
    sqlx::query("UPDATE sessions SET status = 'cancelled' WHERE id = $1")
        .bind(cancelled)
        .execute(app.db.pool())
        .await
        .unwrap();
    sqlx::query("UPDATE offers SET remind_two_hours_before = 1 WHERE id = $1")
        .bind(offer)
        .execute(app.db.pool())
        .await
        .unwrap();
    add_date(&app, offer, now + 2 * HOUR - 300).await;
    assert_eq!(send_due(&app.db, now).await.unwrap(), 1, "only Oleksandr, only the two-hour reminder");
    let subjects = reminders_to(&app, "oleksandr@example.org").await;
    assert_eq!(subjects.last().map(String::as_str), Some("Gleich: Kochen ohne Grenzen"));
    assert_eq!(reminders_to(&app, "deniz@example.org").await.len(), 2, "none after cancelling");
}

/// Layla reads Arabic and the offer has an Arabic title: her confirmation, its calendar invite and
/// her reminder carry it, with the German title beside it; a German reader gets the German one.
async fn an_arabic_reader_gets_the_arabic_title_beside_the_german_one(app: TestApp) {
    let offer = app
        .offer("Kochen ohne Grenzen")
        .places(10)
        .with(|offer| offer.translations.push(("ar".into(), "الطبخ بلا حدود".into(), String::new())))
        .create()
        .await;
    let layla = browser();
    app.get_with(&layla, "/lang/ar?back=/").await;
    let born = (chrono::Utc::now().year() - 20).to_string();
    let form =
        [("first_name", "Layla"), ("email", "layla@example.org"), ("birth_year", born.as_str()), ("privacy", "on")];
    app.post_form(&layla, &format!("/offers/{offer}/register"), &form).await;
    app.register_adult(&browser(), offer, "Jonas", "jonas@example.org").await;
    let both = "الطبخ بلا حدود (Kochen ohne Grenzen)";
    let (_, subject, body) = app.last_mail_to("layla@example.org").await.expect("the confirmation");
    assert!(subject.contains(both) && body.contains(both), "{subject}\n{body}");
    let (invite,): (String,) = sqlx::query_as("SELECT calendar FROM outbox WHERE recipient = $1 ORDER BY id LIMIT 1")
        .bind("layla@example.org")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert!(invite.contains(&format!("SUMMARY:{both}")), "{invite}");
    let (_, german, _) = app.last_mail_to("jonas@example.org").await.expect("his confirmation");
    assert!(german.contains("Kochen ohne Grenzen") && !german.contains("الطبخ"), "{german}");

    let now = chrono::Utc::now().timestamp();
    let tomorrow = add_date(&app, offer, now + 23 * HOUR).await;
    send_due(&app.db, now).await.unwrap();
    let reminders = reminders_to(&app, "layla@example.org").await;
    assert!(reminders.len() == 1 && reminders[0].contains(both), "{reminders:?}");

    // Calendar apps fetch feeds without a language: the subscribe link carries it, and each
    // language has its own ETag.
    let feed = |query: &'static str| {
        let request = app.client.get(app.url(&format!("/offers/{offer}/calendar.ics{query}")));
        async move {
            let response = request.send().await.unwrap();
            let etag = response.headers()["etag"].to_str().unwrap().to_owned();
            (etag, response.text().await.unwrap())
        }
    };
    let (arabic_tag, arabic) = feed("?lang=ar").await;
    let (german_tag, german) = feed("").await;
    assert!(arabic.contains(&format!("SUMMARY:{both}")), "{arabic}");
    assert!(german.contains("SUMMARY:Kochen ohne Grenzen") && !german.contains("الطبخ"), "{german}");
    assert_ne!(arabic_tag, german_tag);
    let (_, _, page) = app.get_with(&layla, &format!("/offers/{offer}")).await;
    assert!(page.contains(&format!("/offers/{offer}/calendar.ics?lang=ar")), "the link names the language");

    // A message to everyone (a date called off): each reader's invite in their language.
    let staff = crate::registrations::staff(&app).await;
    let note = [("note", "Der Raum ist belegt.")];
    app.post_form(&staff, &format!("/staff/offers/{offer}/sessions/{tomorrow}/cancel"), &note).await;
    let invites: Vec<(String, String)> = sqlx::query_as(
        "SELECT recipient, calendar FROM outbox WHERE kind = 'mail-session-cancelled' ORDER BY recipient",
    )
    .fetch_all(app.db.pool())
    .await
    .unwrap();
    assert_eq!(invites.len(), 2, "{invites:?}");
    assert!(invites[1].1.contains(&format!("SUMMARY:{both}")) && invites[1].1.contains("METHOD:CANCEL"));
    assert!(invites[0].1.contains("SUMMARY:Kochen ohne Grenzen") && !invites[0].1.contains("الطبخ"));
}
