//! The public pages as a phone without JavaScript sees them.

use chrono::Datelike;

use crate::helpers::{TestApp, browser};

crate::on_both_backends!(
    health_check_reaches_the_database,
    arabic_pages_read_right_to_left_and_mark_german_texts,
    requests_no_page_sends_get_a_translated_answer,
    home_lists_upcoming_demo_offers_in_german,
    home_follows_the_browser_language,
    language_switch_remembers_the_choice_and_returns,
    offer_page_shows_details_sessions_and_island,
    unknown_pages_and_offers_are_404,
    draft_offers_stay_hidden,
    responses_are_compressed_and_carry_a_request_id,
    programme_agenda_filters_by_district_and_language,
    search_and_age_filters_keep_what_was_typed,
    agenda_pages_follow_on,
    organisation_page_lists_co_hosted_offers,
    list_pages_run_a_bounded_number_of_queries,
    a_reader_picks_a_site_and_the_home_page_remembers_it,
);

/// The demo network has two sites: the home page offers the choice, keeps it in a cookie, and then
/// shows that site's offers only; a site that does not exist is not remembered.
async fn a_reader_picks_a_site_and_the_home_page_remembers_it(app: TestApp) {
    let reader = browser();
    let (_, _, home) = app.get_with(&reader, "/").await;
    assert!(home.contains(r#"href="/site-choice?site=muenchen""#) && home.contains("Alle Standorte"), "{home}");
    assert!(home.contains(">Sprachcafé<") && home.contains("Deutsch-Café Sendling"));

    let (status, location, _) = app.get_with(&reader, "/site-choice?site=muenchen").await;
    assert_eq!((status, location.as_str()), (303, "/"));
    let (_, _, home) = app.get_with(&reader, "/").await;
    assert!(home.contains("Deutsch-Café Sendling") && !home.contains(">Sprachcafé<"), "{home}");
    assert!(home.contains(r#"href="/site-choice?site=muenchen" aria-current="true""#));
    // The site's own page lists its districts in the filter, not Köln's.
    let (_, _, page) = app.get_with(&reader, "/sites/muenchen").await;
    assert!(page.contains("Sendling") && !page.contains(">Chorweiler<"), "{page}");

    let (_, _, _) = app.get_with(&reader, "/site-choice?site=%0d%0aSet-Cookie:%20x").await;
    let (_, _, home) = app.get_with(&reader, "/").await;
    assert!(home.contains(">Sprachcafé<") && home.contains("Deutsch-Café Sendling"), "back to every site");
}

async fn ikw_slug(app: &TestApp) -> String {
    let (slug,): (String,) = sqlx::query_as("SELECT slug FROM programmes WHERE slug LIKE 'interkulturelle-wochen-%'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    slug
}

async fn programme_agenda_filters_by_district_and_language(app: TestApp) {
    let slug = ikw_slug(&app).await;
    let (status, all) = app.page(&format!("/programmes/{slug}"), "de").await;
    assert_eq!(status, 200);
    assert!(all.contains("Interkulturelle Wochen Köln") && all.contains("Eröffnung: Musik und Begegnung"));
    assert!(!all.contains("Sprachcafé"), "weekly groups are not part of the programme");

    let (_, kalk) = app.page(&format!("/programmes/{slug}?district=Kalk&spoken=ar"), "de").await;
    for title in ["Kochen ohne Grenzen", "Kreativwerkstatt: Taschen nähen", "Lesung: Ankommen in Köln"] {
        assert!(kalk.contains(title), "{title} is in Kalk and speaks Arabic");
    }
    assert!(!kalk.contains("Graffiti-Workshop"), "in Kalk, but German and English only");
    assert!(!kalk.contains("Chorweiler Cup"), "not in Kalk");
    assert!(kalk.contains(r#"<option value="Kalk" selected"#), "the chosen district stays selected");

    let (status, _) = app.page("/programmes/no-such-programme", "de").await;
    assert_eq!(status, 404);
}

async fn search_and_age_filters_keep_what_was_typed(app: TestApp) {
    let (_, found) = app.page("/?q=FUSSBALL", "de").await;
    assert!(!found.contains("Fußball für alle"), "ß is not ss");
    let (_, found) = app.page("/?q=fu%C3%9Fball+alle", "de").await;
    assert!(found.contains("Fußball für alle") && !found.contains("Sprachcafé"));
    let (_, english) = app.page("/?q=homework", "de").await;
    assert!(english.contains("Hausaufgabenhilfe"), "English words find German offers");

    let (status, typed) = app.page("/?age=zwölf", "de").await;
    assert_eq!(status, 200);
    assert!(typed.contains("Bitte gib ein Alter zwischen 12 und 27 ein"));
    assert!(typed.contains(r#"value="zwölf""#), "the typed text is kept");
    let (_, girls) = app.page("/?age=13&q=m%C3%A4dchengruppe", "de").await;
    assert!(girls.contains("Mädchengruppe"), "12-18 is for 13");
    let (_, applications) = app.page("/?age=13&q=bewerbungswerkstatt", "de").await;
    assert!(!applications.contains("Bewerbungswerkstatt</bdi>"), "16-25 is not for 13");
    let (_, applications) = app.page("/?age=17&q=bewerbungswerkstatt", "de").await;
    assert!(applications.contains("Bewerbungswerkstatt</bdi>"), "16-25 is for 17");
    let (_, wildcard) = app.page("/?q=%25", "de").await;
    assert!(wildcard.contains("Keine Termine gefunden"), "% is a character, not a wildcard");
}

async fn agenda_pages_follow_on(app: TestApp) {
    let (_, first) = app.page("/", "de").await;
    let next = first.split(r#"<p class="more"><a href=""#).nth(1).and_then(|rest| rest.split('"').next());
    let next = next.expect("a link to later dates").replace("&amp;", "&");
    assert!(next.starts_with("/?after="), "{next}");
    let (status, second) = app.page(&next, "de").await;
    assert_eq!(status, 200);
    let times = |body: &str| -> Vec<String> {
        body.split(r#"<time datetime=""#).skip(1).map(|rest| rest.split('"').next().unwrap().to_owned()).collect()
    };
    let (first_times, second_times) = (times(&first), times(&second));
    assert_eq!(first_times.len(), 25, "a full first page");
    assert!(!second_times.is_empty());
    let (last_time_on_first, first_time_on_second) = (first_times.last().unwrap(), &second_times[0]);
    assert!(first_time_on_second >= last_time_on_first, "the second page continues in time");
}

async fn organisation_page_lists_co_hosted_offers(app: TestApp) {
    let sc = app.id_of("SELECT id FROM organisations WHERE slug = $1", "sc-chorweiler-1968-e-v").await;
    let (status, body) = app.page(&format!("/organisations/{sc}"), "de").await;
    assert_eq!(status, 200);
    assert!(body.contains("SC Chorweiler 1968 e. V."));
    assert!(body.contains("Chorweiler Cup"), "led by the club");
    assert!(body.contains("Tanzworkshop: Dabke und Hip-Hop"), "co-hosted by the club");
    assert!(!body.contains("Sprachcafé"));
}

async fn list_pages_run_a_bounded_number_of_queries(app: TestApp) {
    // The mail worker and the jobs share the counter now and then (more often when the whole suite
    // runs on two busy cores); the fewest of five runs is the page's own.
    let statements_for = |path: &'static str| {
        let app = &app;
        async move {
            let mut fewest = u64::MAX;
            for _ in 0..5 {
                let before = app.server_db.statements_run();
                let (status, _) = app.page(path, "de").await;
                assert_eq!(status, 200);
                fewest = fewest.min(app.server_db.statements_run() - before);
            }
            fewest
        }
    };
    let home_small = statements_for("/?district=Kalk").await;
    let offer = app.offer("Sprachcafé").weekly(16).create().await;
    // Two hundred more offers, each with a co-host and eight sessions.
    for n in 0..200 {
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO offers (site_id, organisation_id, venue_id, kind, status, category, title, search_text)
             SELECT site_id, organisation_id, venue_id, kind, status, category, $1, $1 FROM offers WHERE id = $2
             RETURNING id",
        )
        .bind(format!("Zusatzangebot {n}"))
        .bind(offer)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
        sqlx::query(
            "INSERT INTO sessions (offer_id, starts_at, ends_at, time_zone)
             SELECT $1, starts_at, ends_at, time_zone FROM sessions WHERE offer_id = $2 ORDER BY starts_at LIMIT 8",
        )
        .bind(id)
        .bind(offer)
        .execute(app.db.pool())
        .await
        .unwrap();
    }
    let home_large = statements_for("/?district=Kalk").await;
    assert_eq!(home_small, home_large, "the home page's statements do not grow with the offers");
    // One page of sessions; the districts of the filter and the current programmes come from a cache.
    assert_eq!(home_large, 1);
}

async fn health_check_reaches_the_database(app: TestApp) {
    let (status, body) = app.page("/healthz", "de").await;
    assert_eq!((status, body.as_str()), (200, "ok"));
}

async fn home_lists_upcoming_demo_offers_in_german(app: TestApp) {
    let (status, body) = app.page("/", "de-DE,de;q=0.9").await;
    assert_eq!(status, 200);
    assert!(body.contains(r#"<html lang="de" dir="ltr">"#), "{body}");
    assert!(body.contains("Was ist los?"));
    // The programme starts within two weeks, so its opening is on the first page whatever the date.
    assert!(body.contains("Eröffnung: Musik und Begegnung"));
    assert!(body.contains("Interkulturelle Wochen Köln"), "current programmes are linked");
    // Weekly groups pause in school holidays; the search finds their next date whenever it is.
    for (search, title) in [
        ("sprachcaf%C3%A9", "Sprachcafé"),
        ("m%C3%A4dchengruppe", "Mädchengruppe"),
        ("fu%C3%9Fball", "Fußball für alle"),
        ("hausaufgaben", "Hausaufgabenhilfe"),
    ] {
        let (_, found) = app.page(&format!("/?q={search}"), "de").await;
        assert!(found.contains(title), "home lacks {title}");
    }
    let (_, kalk) = app.page("/?district=Kalk", "de").await;
    assert!(kalk.contains("Jugendzentrum Kalk · Kalk"), "venue and district are shown");
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
    let english = ("en".to_owned(), "Language café".to_owned(), "Speak German without pressure.".to_owned());
    let id = app.offer("Sprachcafé").with(|offer| offer.translations = vec![english]).create().await;
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
    // Sixteen Tuesdays from next week, at the site's first venue (the JMD's own room).
    let today = chrono::Utc::now().date_naive();
    let tuesday =
        (1..=7).map(|ahead| today + chrono::Duration::days(ahead)).find(|day| day.weekday() == chrono::Weekday::Tue);
    let tuesday = tuesday.expect("a Tuesday within a week");
    let languages = ["de", "ar", "uk", "fa", "en"].map(str::to_owned).to_vec();
    let id = app
        .offer("Sprachcafé")
        .weekly(16)
        .on(tuesday, ("17:00", "18:30"))
        .with(|offer| offer.languages = languages)
        .create()
        .await;
    let (status, body) = app.page(&format!("/offers/{id}"), "de").await;
    assert_eq!(status, 200);
    assert!(body.contains("<title>Sprachcafé – Treffpunkt</title>"));
    assert!(body.contains("Marzellenstraße 26"));
    assert!(body.contains("openstreetmap.org/search?query=Marzellenstra%C3%9Fe%2026"));
    assert!(body.contains("Ohne Stufen erreichbar"));
    assert!(body.contains("العربية (Arabisch)") && body.contains("Українська (Ukrainisch)"), "own names first");
    assert!(body.contains(r#"<bdi dir="ltr">العربية (Arabisch)</bdi>"#), "in the page's direction, Arabic name first");
    // Weekly on Tuesdays at 17:00 local time, whatever the UTC offset.
    let tuesdays = body.matches("Di., ").count();
    assert!(tuesdays >= 10, "expected the next Tuesdays, found {tuesdays}");
    assert!(body.contains(", 17:00–18:30"));
    assert!(body.contains("und 4 weitere Termine"), "twelve of sixteen dates are shown");
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
    let id = app.offer("Nähcafé im Entwurf").draft().create().await;
    let (_, home) = app.page("/", "de").await;
    assert!(!home.contains("Nähcafé im Entwurf"));
    let (status, _) = app.page(&format!("/offers/{id}"), "de").await;
    assert_eq!(status, 404);
}

async fn responses_are_compressed_and_carry_a_request_id(app: TestApp) {
    let response = app.client.get(app.url("/")).header("accept-encoding", "br").send().await.unwrap();
    assert_eq!(response.headers()["content-encoding"], "br");
    let id = response.headers()["x-request-id"].to_str().unwrap();
    assert_eq!(id.len(), 36, "a UUID names the request in the logs: {id}");
}

/// An Arabic reader gets a right-to-left page that says its translation is machine-assisted, and
/// titles staff wrote only in German carry that marker and lang="de"; a German reader sees none
/// of it. A link written for a parent's language (?lang=) wins over the browser, not over a choice.
async fn arabic_pages_read_right_to_left_and_mark_german_texts(app: TestApp) {
    let (_, arabic) = app.page("/", "ar,de;q=0.5").await;
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(arabic.contains(r#"class="translation-note""#) && arabic.contains(r#"href="/barrierefreiheit#feedback""#));
    assert!(
        arabic.contains(r#"<bdi lang="de">Fußball für alle</bdi> <span class="in-german">(بالألمانية)</span>"#),
        "{arabic}"
    );
    assert!(arabic.contains("<bdi>مقهى اللغة</bdi>"), "a title staff translated shows unmarked");
    let (_, german) = app.page("/", "de").await;
    assert!(german.contains(r#"<html lang="de" dir="ltr">"#));
    assert!(!german.contains("translation-note") && !german.contains("in-german"));

    let (_, linked) = app.page("/barrierefreiheit?lang=ru", "de").await;
    assert!(linked.contains(r#"<html lang="ru" dir="ltr">"#), "the link's language");
    let chosen = browser();
    let (status, ..) = app.get_with(&chosen, "/lang/fa?back=/").await;
    assert_eq!(status, 303);
    let (.., page) = app.get_with(&chosen, "/barrierefreiheit?lang=ru").await;
    assert!(page.contains(r#"<html lang="fa" dir="rtl">"#), "the reader's own choice wins");
    assert!(page.contains("<h1>") && page.contains("mailto:"), "the statement has a contact");
}

/// A form without a field it needs, or a path with a word where a number belongs: no page of ours
/// sends these, but whoever does gets a short page in their language, not a bare error text.
async fn requests_no_page_sends_get_a_translated_answer(app: TestApp) {
    let client = browser();
    let (status, location) = app.post_form(&client, "/consent/1-00", &[]).await;
    assert_eq!((status, location.as_str()), (422, ""));
    let response = client
        .post(app.url("/staff/programmes/abc"))
        .header("origin", &app.address)
        .header("accept-language", "ar")
        .form(&[("title", "x")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
    assert!(response.headers()["content-type"].to_str().unwrap().starts_with("text/html"));
    let page = response.text().await.unwrap();
    assert!(page.contains(r#"<html lang="ar" dir="rtl">"#) && page.contains("لم ينجح ذلك"), "{page}");
    let response = client
        .post(app.url("/consent/1-00"))
        .header("origin", &app.address)
        .header("accept-language", "de")
        .form(&[("lang", "de")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 422);
    assert!(response.text().await.unwrap().contains("Diese Anfrage können wir nicht lesen"));
}
