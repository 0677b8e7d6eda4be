//! The same data and rules on both databases.

use app::domain::schedule::LocalSpan;
use chrono::Timelike;

use crate::helpers::{TestApp, empty_database};

crate::on_both_backends!(
    demo_data_is_complete_and_loads_once,
    weekly_sessions_keep_local_time,
    a_page_of_sessions_counts_the_rest,
    registrations_from_before_participants_keep_their_people,
);

async fn count(app: &TestApp, sql: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(sql.to_owned())).fetch_one(app.db.pool()).await.unwrap();
    n
}

async fn demo_data_is_complete_and_loads_once(app: TestApp) {
    let partners = count(&app, "SELECT COUNT(*) FROM organisations WHERE kind <> 'jmd'").await;
    assert!(partners >= 6, "{partners} partners");
    let ikw_events = count(
        &app,
        "SELECT COUNT(*) FROM offers o JOIN programmes p ON p.id = o.programme_id WHERE p.slug LIKE 'interkulturelle-wochen-%'",
    )
    .await;
    assert!(ikw_events >= 20, "{ikw_events} events");
    let districts = count(
        &app,
        "SELECT COUNT(DISTINCT v.district) FROM offers o JOIN venues v ON v.id = o.venue_id WHERE o.programme_id IS NOT NULL",
    )
    .await;
    assert!(districts >= 5, "{districts} districts");
    let translated = count(&app, "SELECT COUNT(*) FROM offer_translations WHERE lang = 'en'").await;
    assert_eq!(translated, count(&app, "SELECT COUNT(*) FROM offers").await, "every demo offer has English");

    let before = count(&app, "SELECT COUNT(*) FROM sessions").await;
    let loaded_again = server::demo::load(&app.db, &app.links, &[], chrono::Utc::now()).await.unwrap();
    assert!(!loaded_again);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sessions").await, before);
}

/// Twenty Tuesdays across the change to summer time (28 March 2027) stay at 17:00 in Köln.
async fn weekly_sessions_keep_local_time(app: TestApp) {
    let first = chrono::NaiveDate::from_ymd_opt(2027, 2, 2).unwrap();
    let id = app.offer("Sprachcafé").weekly(20).on(first, ("17:00", "18:30")).create().await;
    let rows: Vec<(i64, i64, String)> =
        sqlx::query_as("SELECT starts_at, ends_at, time_zone FROM sessions WHERE offer_id = $1 ORDER BY starts_at")
            .bind(id)
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    assert_eq!(rows.len(), 20);
    let utc_hour = |starts_at: i64| starts_at % 86_400 / 3600;
    assert_eq!((utc_hour(rows[0].0), utc_hour(rows[19].0)), (16, 15), "the UTC times move with the clocks");
    for (starts_at, ends_at, zone) in rows {
        let span = LocalSpan::from_stored(starts_at, ends_at, &zone);
        assert_eq!((span.starts.hour(), span.starts.minute()), (17, 0));
        assert_eq!(ends_at - starts_at, 90 * 60);
    }
}

async fn a_page_of_sessions_counts_the_rest(app: TestApp) {
    let id = app.offer("Sprachcafé").weekly(12).create().await;
    let now = chrono::Utc::now().timestamp();
    let (upcoming,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM sessions WHERE offer_id = $1 AND status = 'scheduled' AND ends_at > $2")
            .bind(id)
            .bind(now)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    let (page, more) = app::ssr::db::offers::upcoming_sessions(&app.db, id, now, 5).await.unwrap();
    assert_eq!(page.len(), 5);
    assert_eq!((upcoming, more), (12, 7));
    assert!(page.windows(2).all(|pair| pair[0].span.starts < pair[1].span.starts), "in time order");
    let (none, more) = app::ssr::db::offers::upcoming_sessions(&app.db, id, i64::MAX / 2, 5).await.unwrap();
    assert!(none.is_empty() && more == 0);
}

/// A database from before the participant records (migration 12) keeps every registration with
/// its person: one participant per site, address and name; siblings apart; the latest details.
async fn registrations_from_before_participants_keep_their_people(app: TestApp) {
    let backend = app.db.backend();
    let dir = tempfile::tempdir().unwrap();
    let url = empty_database(backend, dir.path()).await;
    let db = app::ssr::db::Db::connect(&url, 2).await.unwrap();
    // The migrations up to 11, as an installation of that time ran them.
    let folder = match backend {
        app::ssr::db::Backend::Sqlite => "sqlite",
        app::ssr::db::Backend::Postgres => "postgres",
    };
    let old = dir.path().join("old-migrations");
    std::fs::create_dir(&old).unwrap();
    for entry in std::fs::read_dir(format!("{}/../migrations/{folder}", env!("CARGO_MANIFEST_DIR"))).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.as_str() < "0012" {
            std::fs::copy(&path, old.join(&name)).unwrap();
        }
    }
    sqlx::migrate::Migrator::new(old.as_path()).await.unwrap().run(db.pool()).await.unwrap();
    // Three offers as that schema held them (today's demo loader writes today's columns).
    sqlx::query("INSERT INTO sites (id, slug, name, city) VALUES (1, 'koeln', 'JMD Köln', 'Köln')")
        .execute(db.pool())
        .await
        .unwrap();
    sqlx::query("INSERT INTO organisations (id, site_id, slug, name, kind) VALUES (1, 1, 'jmd', 'JMD', 'jmd')")
        .execute(db.pool())
        .await
        .unwrap();
    for title in ["Sprachcafé", "Mädchengruppe", "Fußball"] {
        sqlx::query(
            "INSERT INTO offers (site_id, organisation_id, kind, status, category, title)
             VALUES (1, 1, 'group', 'published', 'language', $1)",
        )
        .bind(title)
        .execute(db.pool())
        .await
        .unwrap();
    }
    let offers: Vec<(i64,)> =
        sqlx::query_as("SELECT id FROM offers ORDER BY id LIMIT 3").fetch_all(db.pool()).await.unwrap();
    let people = [
        (offers[0].0, "familie@example.org", "Amira", 2012, "ar", "confirmed"),
        (offers[1].0, "familie@example.org", "Samir", 2013, "ar", "awaiting_consent"),
        (offers[2].0, "familie@example.org", "AMIRA", 2012, "de", "waitlisted"),
        (offers[1].0, "deniz@example.org", "Deniz", 2004, "tr", "cancelled"),
    ];
    for (offer, email, name, born, lang, status) in people {
        sqlx::query(
            "INSERT INTO registrations (offer_id, email, first_name, birth_year, lang, status, created_at)
             VALUES ($1, $2, $3, $4, $5, $6, 0)",
        )
        .bind(offer)
        .bind(email)
        .bind(name)
        .bind(born)
        .bind(lang)
        .bind(status)
        .execute(db.pool())
        .await
        .unwrap();
    }
    db.migrate().await.unwrap();

    let participants: Vec<(String, String, String)> =
        sqlx::query_as("SELECT email, first_name, lang FROM participants ORDER BY email, name_key")
            .fetch_all(db.pool())
            .await
            .unwrap();
    let expected = [
        ("deniz@example.org", "Deniz", "tr"),
        ("familie@example.org", "AMIRA", "de"),
        ("familie@example.org", "Samir", "ar"),
    ];
    let expected: Vec<(String, String, String)> =
        expected.iter().map(|(e, n, l)| ((*e).to_owned(), (*n).to_owned(), (*l).to_owned())).collect();
    assert_eq!(participants, expected, "Amira once, with her latest details; Samir apart");
    let registrations: Vec<(String, String)> = sqlx::query_as(
        "SELECT p.first_name, r.status FROM registrations r JOIN participants p ON p.id = r.participant_id
         ORDER BY r.id",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    let names: Vec<&str> = registrations.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names, ["AMIRA", "Samir", "AMIRA", "Deniz"], "every registration keeps its person");
    db.close().await;
}
