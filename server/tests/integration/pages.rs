//! The public pages as a phone without JavaScript sees them.

use crate::helpers::TestApp;

crate::on_both_backends!(
    health_check_reaches_the_database,
    home_lists_upcoming_demo_offers_in_german,
    home_follows_the_browser_language,
    language_switch_remembers_the_choice_and_returns,
    offer_page_shows_details_sessions_and_island,
    unknown_pages_and_offers_are_404,
    draft_offers_stay_hidden,
);

async fn health_check_reaches_the_database(app: TestApp) {
    let (status, body) = app.page("/healthz", "de").await;
    assert_eq!((status, body.as_str()), (200, "ok"));
}

async fn home_lists_upcoming_demo_offers_in_german(app: TestApp) {
    let (status, body) = app.page("/", "de-DE,de;q=0.9").await;
    assert_eq!(status, 200);
    assert!(body.contains(r#"<html lang="de" dir="ltr">"#), "{body}");
    assert!(body.contains("Was ist los?"));
    for title in ["Sprachcafé", "Mädchengruppe", "Fußball für alle", "Hausaufgabenhilfe"] {
        assert!(body.contains(title), "home lacks {title}");
    }
    assert!(body.contains("Jugendzentrum Kalk · Kalk"), "venue and district are shown");
    // Each offer appears once, with its next date.
    assert_eq!(body.matches(">Sprachcafé</a>").count(), 1);
}

async fn home_follows_the_browser_language(app: TestApp) {
    let (_, body) = app.page("/", "en-GB,en;q=0.8").await;
    assert!(body.contains(r#"<html lang="en" dir="ltr">"#));
    assert!(body.contains("What&#x27;s on?") || body.contains("What's on?"), "{body}");
    assert!(body.contains("Language café"));
    let (_, body) = app.page("/", "ar,fr;q=0.5").await;
    assert!(body.contains(r#"lang="de""#), "unsupported languages fall back to German");
}

async fn language_switch_remembers_the_choice_and_returns(app: TestApp) {
    let id = app.offer_id("Sprachcafé").await;
    let back = format!("/offers/{id}");
    let response = app.client.get(app.url(&format!("/lang/en?back=%2Foffers%2F{id}"))).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 303);
    assert_eq!(response.headers()["location"], back.as_str());
    let cookie = response.headers()["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("lang=en;") && cookie.contains("SameSite=Lax"), "{cookie}");

    // The cookie wins over the browser's German.
    let (_, body) = app.page(&back, "de").await;
    assert!(body.contains(r#"<html lang="en""#));
    assert!(body.contains("Language café"));

    let response = app.client.get(app.url("/lang/de?back=https://evil.example/")).send().await.unwrap();
    assert_eq!(response.headers()["location"], "/", "foreign targets are not followed");
}

async fn offer_page_shows_details_sessions_and_island(app: TestApp) {
    let id = app.offer_id("Sprachcafé").await;
    let (status, body) = app.page(&format!("/offers/{id}"), "de").await;
    assert_eq!(status, 200);
    assert!(body.contains("<title>Sprachcafé – Treffpunkt</title>"));
    assert!(body.contains("Marzellenstraße 26"));
    assert!(body.contains("openstreetmap.org/search?query=Marzellenstra%C3%9Fe%2026"));
    assert!(body.contains("Ohne Stufen erreichbar"));
    assert!(body.contains("Arabisch") && body.contains("Ukrainisch"));
    // Weekly on Tuesdays at 17:00 local time, whatever the UTC offset.
    let tuesdays = body.matches("Di., ").count();
    assert!(tuesdays >= 10, "expected the next Tuesdays, found {tuesdays}");
    assert!(body.contains(", 17:00–18:30"));
    assert!(body.contains("weitere Termine") || tuesdays < 12);
    assert!(body.contains("<leptos-island"), "the share button is an island");
}

async fn unknown_pages_and_offers_are_404(app: TestApp) {
    for path in ["/offers/999999", "/offers/abc", "/nowhere"] {
        let (status, body) = app.page(path, "de").await;
        assert_eq!(status, 404, "{path}");
        assert!(body.contains("Seite nicht gefunden"), "{path}: {body}");
    }
}

async fn draft_offers_stay_hidden(app: TestApp) {
    let id = app.offer_id("Sprachcafé").await;
    sqlx::query("UPDATE offers SET status = 'draft' WHERE id = $1").bind(id).execute(app.db.pool()).await.unwrap();
    let (_, home) = app.page("/", "de").await;
    assert!(!home.contains("Sprachcafé"));
    let (status, _) = app.page(&format!("/offers/{id}"), "de").await;
    assert_eq!(status, 404);
}
