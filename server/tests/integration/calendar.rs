//! Calendar feeds: one event per date with a stable UID, a SEQUENCE that grows with every change,
//! cancelled dates marked so, 17:00 Berlin on both sides of a DST change, and 304 for pollers.
//! Each feed is read back by an independent parser (Python's icalendar and
//! recurring-ical-events, from the venv that `make test` sets up).

use app::domain::policy::Role;
use serde_json::Value;

use crate::helpers::TestApp;

crate::on_both_backends!(
    a_private_feed_shows_ones_own_dates_until_it_is_renewed,
    an_offer_feed_follows_moves_cancellations_and_the_spring_change,
    feeds_exist_per_programme_organisation_and_site_and_answer_304_when_unchanged,
);

/// The events of a feed as the independent parser reads them.
fn parsed(ics: &str) -> Vec<Value> {
    read_back(ics).map(|read| read["events"].as_array().cloned().unwrap_or_default()).unwrap_or_default()
}

/// A calendar file or an email carrying one, as the independent parsers read it: its METHOD, the
/// MIME types of its parts and its events. None where the tools are not installed.
pub fn read_back(text: &str) -> Option<Value> {
    let python = match std::env::var("TREFFPUNKT_PYTHON") {
        Ok(python) => python,
        Err(_) => {
            assert!(std::env::var("TREFFPUNKT_REQUIRE_TOOLS").is_err(), "TREFFPUNKT_PYTHON is not set");
            eprintln!("TREFFPUNKT_PYTHON is not set: the feed is not read by the independent parser");
            return None;
        }
    };
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), text).unwrap();
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/../.ci/check-ics.py");
    let out = std::process::Command::new(python).arg(script).arg(file.path()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    Some(serde_json::from_slice::<Value>(&out.stdout).unwrap())
}

async fn ics(app: &TestApp, path: &str) -> String {
    let response = app.client.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}");
    assert_eq!(response.headers()["content-type"], "text/calendar; charset=utf-8");
    response.text().await.unwrap()
}

async fn an_offer_feed_follows_moves_cancellations_and_the_spring_change(app: TestApp) {
    let site = app.id_of("SELECT id FROM sites WHERE slug = $1", "koeln").await;
    app.create_user("yilmaz@jmd.example", Role::Staff, Some(site), None).await;
    let staff = app.signed_in("yilmaz@jmd.example").await;
    let org = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jmd-koeln").await.to_string();
    let venue = app.id_of("SELECT id FROM venues WHERE district = $1", "Porz").await.to_string();
    let form = [
        ("title", "Sprachcafé Porz"),
        ("category", "language"),
        ("min_age", "14"),
        ("max_age", "27"),
        ("organisation_id", org.as_str()),
        ("venue_id", venue.as_str()),
        ("first_date", "2027-03-22"),
        ("start", "17:00"),
        ("end", "18:30"),
        ("repeat", "weekly"),
        ("count", "3"),
        ("publish", "on"),
    ];
    let (_, location) = app.post_form(&staff, "/staff/offers", &form).await;
    let offer: i64 = location.trim_start_matches("/offers/").parse().unwrap();
    let feed = format!("/offers/{offer}/calendar.ics");
    let first = ics(&app, &feed).await;
    assert_eq!(first.matches("BEGIN:VEVENT").count(), 3);
    let events = parsed(&first);
    if !events.is_empty() {
        let starts: Vec<&str> = events.iter().map(|e| e["start"].as_str().unwrap()).collect();
        // 22 March is winter time, 29 March and 5 April summer time: 17:00 in Köln each time.
        assert_eq!(starts, ["2027-03-22 17:00", "2027-03-29 17:00", "2027-04-05 17:00"]);
        assert!(events.iter().all(|e| e["sequence"] == 0 && e["status"] == "CONFIRMED"));
        assert!(events[0]["location"].as_str().unwrap().contains("Porz"));
        assert!(events[0]["url"].as_str().unwrap().ends_with(&format!("/offers/{offer}")));
    }

    let sessions: Vec<(i64,)> = sqlx::query_as("SELECT id FROM sessions WHERE offer_id = $1 ORDER BY starts_at")
        .bind(offer)
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    let (second, third) = (sessions[1].0, sessions[2].0);
    let moved = [("date", "2027-03-31"), ("start", "18:00"), ("end", "19:00")];
    app.post_form(&staff, &format!("/staff/offers/{offer}/sessions/{second}/move"), &moved).await;
    app.post_form(&staff, &format!("/staff/offers/{offer}/sessions/{third}/cancel"), &[("note", "")]).await;
    let changed = ics(&app, &feed).await;
    for (id, _) in [(second, ()), (third, ())] {
        assert!(changed.contains(&format!("UID:session-{id}@")), "the UIDs stay");
    }
    let events = parsed(&changed);
    if !events.is_empty() {
        let summary: Vec<(String, String, i64)> = events
            .iter()
            .map(|e| {
                (
                    e["start"].as_str().unwrap().to_owned(),
                    e["status"].as_str().unwrap().to_owned(),
                    e["sequence"].as_i64().unwrap(),
                )
            })
            .collect();
        assert_eq!(
            summary,
            [
                ("2027-03-22 17:00".to_owned(), "CONFIRMED".to_owned(), 0),
                ("2027-03-31 18:00".to_owned(), "CONFIRMED".to_owned(), 1),
                ("2027-04-05 17:00".to_owned(), "CANCELLED".to_owned(), 1),
            ],
            "the moved date and the cancelled one carry a higher SEQUENCE"
        );
    }
}

async fn feeds_exist_per_programme_organisation_and_site_and_answer_304_when_unchanged(app: TestApp) {
    let (slug,): (String,) = sqlx::query_as("SELECT slug FROM programmes WHERE slug LIKE 'interkulturelle-wochen-%'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let org = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jugendzentrum-kalk").await;
    for path in [
        format!("/programmes/{slug}/calendar.ics"),
        format!("/organisations/{org}/calendar.ics"),
        "/sites/koeln/calendar.ics".to_owned(),
    ] {
        let text = ics(&app, &path).await;
        assert!(text.matches("BEGIN:VEVENT").count() >= 2, "{path}");
        let events = parsed(&text);
        assert!(events.is_empty() || events.len() == text.matches("BEGIN:VEVENT").count(), "{path}");
    }
    let programme_page = app.page(&format!("/programmes/{slug}"), "de").await.1;
    assert!(programme_page.contains("webcal://127.0.0.1:") && programme_page.contains("Im Kalender abonnieren"));

    let response = app.client.get(app.url("/sites/koeln/calendar.ics")).send().await.unwrap();
    let etag = response.headers()["etag"].to_str().unwrap().to_owned();
    assert!(response.headers().contains_key("last-modified"));
    let again =
        app.client.get(app.url("/sites/koeln/calendar.ics")).header("if-none-match", &etag).send().await.unwrap();
    assert_eq!(again.status(), 304, "an unchanged feed is not sent again");
    assert!(again.text().await.unwrap().is_empty());
    let draft = app.client.get(app.url("/offers/999999/calendar.ics")).send().await.unwrap();
    assert_eq!(draft.status(), 404);
}

async fn a_private_feed_shows_ones_own_dates_until_it_is_renewed(app: TestApp) {
    let offer = app.course_with_places().await;
    app.register_adult(&crate::helpers::browser(), offer, "Oleksandr", "oleksandr@example.org").await;
    // Signed in to "My registrations" with a magic link, he asks for his feed.
    let session = app::ssr::auth::start_session(
        &app.db,
        app::ssr::auth::SessionFor::Participant("oleksandr@example.org"),
        chrono::Utc::now().timestamp(),
    )
    .await
    .unwrap();
    let phone = app.browser_with_session(&session.token);
    let (status, location) = app.post_form(&phone, "/me/feed", &[]).await;
    assert_eq!(status, 303);
    let token = location.trim_start_matches("/me?feed=").to_owned();
    let (_, _, page) = app.get_with(&phone, &location).await;
    assert!(page.contains(&format!("/feeds/{token}.ics")) && page.contains("webcal://"));
    let feed = ics(&app, &format!("/feeds/{token}.ics")).await;
    assert!(feed.contains("SUMMARY:Kochen ohne Grenzen") && feed.matches("BEGIN:VEVENT").count() == 1);
    let events = parsed(&feed);
    assert!(events.is_empty() || events.len() == 1);
    // A new link ends the old one (a lost phone).
    app.post_form(&phone, "/me/feed", &[]).await;
    let old = app.client.get(app.url(&format!("/feeds/{token}.ics"))).send().await.unwrap();
    assert_eq!(old.status(), 404);
}
