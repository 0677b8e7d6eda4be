//! The same data and rules on both databases.

use app::domain::schedule::LocalSpan;
use chrono::Timelike;

use crate::helpers::TestApp;

crate::on_both_backends!(
    demo_data_is_complete_and_loads_once,
    weekly_sessions_keep_local_time,
    a_page_of_sessions_counts_the_rest,
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
        "SELECT COUNT(*) FROM offers o JOIN programmes p ON p.id = o.programme_id WHERE p.slug LIKE 'ikw-%'",
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
    let loaded_again = server::demo::load(&app.db, chrono::Utc::now()).await.unwrap();
    assert!(!loaded_again);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM sessions").await, before);
}

async fn weekly_sessions_keep_local_time(app: TestApp) {
    let id = app.offer_id("Sprachcafé").await;
    let rows: Vec<(i64, i64, String)> =
        sqlx::query_as("SELECT starts_at, ends_at, time_zone FROM sessions WHERE offer_id = $1 ORDER BY starts_at")
            .bind(id)
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    assert!(rows.len() >= 10);
    for (starts_at, ends_at, zone) in rows {
        let span = LocalSpan::from_stored(starts_at, ends_at, &zone);
        assert_eq!((span.starts.hour(), span.starts.minute()), (17, 0));
        assert_eq!(ends_at - starts_at, 90 * 60);
    }
}

async fn a_page_of_sessions_counts_the_rest(app: TestApp) {
    let id = app.offer_id("Sprachcafé").await;
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
    assert_eq!(more, upcoming - 5);
    assert!(page.windows(2).all(|pair| pair[0].span.starts < pair[1].span.starts), "in time order");
    let (none, more) = app::ssr::db::offers::upcoming_sessions(&app.db, id, i64::MAX / 2, 5).await.unwrap();
    assert!(none.is_empty() && more == 0);
}
