//! Tried as a stranger would: a form that names somebody else changes and reveals nothing, limits
//! stop floods but not classes, forwarded addresses count only from trusted proxies, redirects stay
//! on the site, and hostile text is cleaned on the way in and escaped on the way out.

use app::domain::policy::Role;

use crate::calendar::read_back;
use crate::helpers::{TestApp, browser, link_path};
use crate::registrations::{staff, this_year};

crate::on_both_backends!(
    a_stranger_who_knows_name_and_address_changes_and_learns_nothing,
    staff_correct_a_record_and_the_audit_log_says_what_changed,
    consent_requests_and_form_mail_are_limited_per_address,
    a_whole_class_on_one_network_gets_in,
    a_storm_from_one_network_gets_its_share_and_then_the_waiting_list,
    a_pupil_cannot_lock_staff_out_of_signing_in,
    redirect_targets_stay_on_this_site,
    staff_pages_send_strangers_to_sign_in_and_back,
    hostile_text_is_cleaned_in_and_escaped_out,
    a_copy_of_the_database_opens_nothing,
    refusals_answer_in_the_readers_language_and_lead_back,
    a_young_person_corrects_their_record_through_their_link_within_limits,
);

/// The registration form as a phone without JavaScript sends it.
fn form<'a>(
    name: &'a str,
    email: &'a str,
    born: &'a str,
    parent: Option<&'a str>,
    token: &'a str,
) -> Vec<(&'a str, &'a str)> {
    let mut form =
        vec![("first_name", name), ("email", email), ("birth_year", born), ("privacy", "on"), ("form_token", token)];
    form.extend(parent.map(|parent| ("parent_email", parent)));
    form
}

/// A browser whose requests come, through the trusted proxy, from `network`.
fn browser_from(network: &str) -> reqwest::Client {
    let headers = [(reqwest::header::HeaderName::from_static("x-forwarded-for"), network.parse().unwrap())];
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .default_headers(headers.into_iter().collect())
        .build()
        .unwrap()
}

async fn count(app: &TestApp, sql: &str, value: &str) -> i64 {
    let (count,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(sql.to_owned()))
        .bind(value)
        .fetch_one(app.db.pool())
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    count
}

async fn mails(app: &TestApp, recipient: &str, kind: &str) -> i64 {
    let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE recipient = $1 AND kind = $2")
        .bind(recipient)
        .bind(kind)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    count
}

async fn a_stranger_who_knows_name_and_address_changes_and_learns_nothing(app: TestApp) {
    let cooking = app.offer("Kochen ohne Grenzen").places(10).create().await;
    let cafe = app.offer("Sprachcafé").places(10).create().await;
    let (fourteen, twenty_one) = ((this_year() - 14).to_string(), (this_year() - 21).to_string());
    let register = |offer: i64| format!("/offers/{offer}/register");

    // Layla registers; her mother is asked. A double tap of the same form gets the same answer.
    let token = app.form_token(cooking).await;
    let layla = form("Layla", "layla@example.org", &fourteen, Some("mutter.layla@example.org"), &token);
    let (_, first) = app.post_form(&browser(), &register(cooking), &layla).await;
    assert!(first.starts_with("/r/"), "{first}");
    let (_, again) = app.post_form(&browser(), &register(cooking), &layla).await;
    assert_eq!(again, first, "a double tap gets the first answer");

    // A stranger types her name and address into another offer's form, says she is 21 and names
    // his own address as the parent's.
    let token = app.form_token(cafe).await;
    let takeover = form(" layla ", "Layla@Example.org", &twenty_one, Some("fremder@evil.example"), &token);
    let (status, answer) = app.post_form(&browser(), &register(cafe), &takeover).await;
    assert_eq!((status, answer.as_str()), (303, format!("/offers/{cafe}?sent#register").as_str()));
    let (_, page) = app.page(&answer, "de").await;
    assert!(page.contains("Wir haben eine E-Mail an die angegebene Adresse geschickt"), "{page}");
    assert!(!page.contains("/r/") && !page.contains("Layla"), "nothing about her");
    let (_, page) = app.page(&answer, "en").await;
    assert!(page.contains("We have sent an email to the address you gave"));
    // Her record stands as she gave it.
    let person: (String, i64, Option<String>) = sqlx::query_as(
        "SELECT first_name, birth_year, parent_email FROM participants WHERE email = 'layla@example.org'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(person, ("Layla".to_owned(), fourteen.parse().unwrap(), Some("mutter.layla@example.org".to_owned())));
    // The younger year counts: the new registration waits for the parent on file, who alone is asked.
    let waiting = count(
        &app,
        "SELECT COUNT(*) FROM registrations r JOIN participants p ON p.id = r.participant_id
         WHERE p.email = $1 AND r.status = 'awaiting_consent'",
        "layla@example.org",
    )
    .await;
    assert_eq!(waiting, 2);
    assert_eq!(mails(&app, "mutter.layla@example.org", "mail-consent-request").await, 2);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox WHERE recipient = $1", "fremder@evil.example").await, 0);
    // Saying she is 15 and naming another parent: that parent is not asked either; staff see the
    // other address, and decide.
    let football = app.offer("Fußball für alle").places(10).create().await;
    let fifteen = (this_year() - 15).to_string();
    let token = app.form_token(football).await;
    let other_parent = form("Layla", "layla@example.org", &fifteen, Some("fremder@evil.example"), &token);
    let (_, answer) = app.post_form(&browser(), &register(football), &other_parent).await;
    assert_eq!(answer, format!("/offers/{football}?sent#register"));
    assert_eq!(mails(&app, "mutter.layla@example.org", "mail-consent-request").await, 3);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox WHERE recipient = $1", "fremder@evil.example").await, 0);
    let staff = staff(&app).await;
    let (_, _, list) = app.get_with(&staff, &format!("/staff/offers/{football}/participants")).await;
    assert!(list.contains("fremder@evil.example") && list.contains("Sie wurde nicht angefragt"), "{list}");

    // Any other repeat on the first offer gets the same neutral page; the link goes to her address.
    let mother = Some("mutter.layla@example.org");
    let token = app.form_token(cooking).await;
    let repeat = form("Layla", "layla@example.org", &fourteen, mother, &token);
    let (_, answer) = app.post_form(&browser(), &register(cooking), &repeat).await;
    assert_eq!(answer, format!("/offers/{cooking}?sent#register"));
    let (kind, _, body) = app.last_mail_to("layla@example.org").await.unwrap();
    assert_eq!(kind, "mail-already");
    assert!(body.contains(&first), "the link goes to the address on file");

    // The token of the stranger's own form opens only his own registration.
    let own = app.form_token(cooking).await;
    let (_, his) =
        app.post_form(&browser(), &register(cooking), &form("Max", "max@evil.example", &twenty_one, None, &own)).await;
    assert!(his.starts_with("/r/") && his != first);
    let (_, answer) = app
        .post_form(&browser(), &register(cooking), &form("Layla", "layla@example.org", &fourteen, mother, &own))
        .await;
    assert_eq!(answer, format!("/offers/{cooking}?sent#register"));
    // A forged token is no token.
    let forged = format!("{}0", own.trim_end_matches(char::is_alphanumeric));
    let (_, answer) = app
        .post_form(&browser(), &register(cooking), &form("Layla", "layla@example.org", &fourteen, mother, &forged))
        .await;
    assert_eq!(answer, format!("/offers/{cooking}?sent#register"));

    // With her own magic link open, Layla is shown her registration at once.
    let phone = browser();
    app.post_form(&phone, "/me/link", &[("email", "layla@example.org")]).await;
    let link = link_path(&app.last_mail_to("layla@example.org").await.unwrap().2);
    app.post_form(&phone, &link, &[]).await;
    let token = app.form_token(cooking).await;
    let (_, answer) =
        app.post_form(&phone, &register(cooking), &form("Layla", "layla@example.org", &fourteen, mother, &token)).await;
    assert_eq!(answer, first);
    let registrations = count(
        &app,
        "SELECT COUNT(*) FROM registrations r JOIN participants p ON p.id = r.participant_id WHERE p.email = $1",
        "layla@example.org",
    )
    .await;
    assert_eq!(registrations, 3, "one per offer");
}

/// A form cannot correct a record, so staff can: the year of birth, the language and the parent,
/// with what was typed kept after a mistake, and an audit entry that names the fields, not values.
async fn staff_correct_a_record_and_the_audit_log_says_what_changed(app: TestApp) {
    let offer = app.offer("Kochen ohne Grenzen").places(10).create().await;
    let born = (this_year() - 19).to_string();
    let token = app.form_token(offer).await;
    app.post_form(
        &browser(),
        &format!("/offers/{offer}/register"),
        &form("Amira", "amira@example.org", &born, None, &token),
    )
    .await;
    let participant = app.id_of("SELECT id FROM participants WHERE email = $1", "amira@example.org").await;
    let staff = staff(&app).await;
    let list = format!("/staff/offers/{offer}/participants");
    let (_, _, page) = app.get_with(&staff, &list).await;
    assert!(page.contains("Angaben korrigieren") && page.contains(&format!("/staff/participants/{participant}")));
    // She is 14 in fact: without her mother's address the correction comes back, as typed.
    let fourteen = (this_year() - 14).to_string();
    let path = format!("/staff/participants/{participant}");
    let offer_id = offer.to_string();
    let row =
        app.id_of("SELECT id FROM registrations WHERE offer_id = CAST($1 AS BIGINT)", &offer_id).await.to_string();
    let typed = [("birth_year", fourteen.as_str()), ("lang", "ar"), ("offer", &offer_id), ("row", &row)];
    let (_, location) = app.post_form(&staff, &path, &typed).await;
    assert!(location.starts_with(&format!("{list}?draft=")), "{location}");
    let (_, _, page) = app.get_with(&staff, &location).await;
    let opened = page.split(&format!(r#"<details id="person-{row}" open"#)).nth(1).expect("the row's form is open");
    let opened = opened.split("</details>").next().unwrap();
    assert!(
        opened.contains(&format!(r#"value="{fourteen}""#)) && opened.contains("Du bist 16 oder jünger"),
        "{opened}"
    );
    let correction = [
        ("birth_year", fourteen.as_str()),
        ("lang", "ar"),
        ("parent_email", "Mutter@Example.org"),
        ("offer", &offer_id),
    ];
    let (_, location) = app.post_form(&staff, &path, &correction).await;
    assert_eq!(location, format!("{list}?corrected"));
    let record: (i64, String, Option<String>) =
        sqlx::query_as("SELECT birth_year, lang, parent_email FROM participants WHERE id = $1")
            .bind(participant)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(record, (fourteen.parse().unwrap(), "ar".to_owned(), Some("mutter@example.org".to_owned())));
    let (detail,): (String,) =
        sqlx::query_as("SELECT detail FROM audit_log WHERE action = 'participant-corrected' AND object_id = $1")
            .bind(participant)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(detail, "birth_year, lang, parent_email");
    // A partner, whose offers are one organisation's among many she uses, may not.
    let org = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jugendzentrum-kalk").await;
    app.create_user("partner@jz.example", Role::Partner, None, Some(org)).await;
    let partner = app.signed_in("partner@jz.example").await;
    let (status, _) = app.post_form(&partner, &path, &correction).await;
    assert_eq!(status, 403);
}

async fn consent_requests_and_form_mail_are_limited_per_address(app: TestApp) {
    let offer = app.offer("Kochen ohne Grenzen").places(60).create().await;
    let fourteen = (this_year() - 14).to_string();
    let names: Vec<String> = (0..20u8).map(|i| format!("Kind {}", char::from(b'A' + i))).collect();
    let mut answers = Vec::new();
    for (i, name) in names.iter().enumerate() {
        let email = format!("kind{i}@example.org");
        let token = app.form_token(offer).await;
        let form = form(name, &email, &fourteen, Some("eine.mutter@example.org"), &token);
        answers.push(app.post_form(&browser(), &format!("/offers/{offer}/register"), &form).await.1);
    }
    assert_eq!(mails(&app, "eine.mutter@example.org", "mail-consent-request").await, 6, "a few a day");
    assert!(answers[..6].iter().all(|answer| answer.starts_with("/r/")), "{answers:?}");
    let refused = &answers[6];
    assert!(refused.contains("draft="), "{refused}");
    let (_, page) = app.page(refused, "de").await;
    assert!(page.contains("kamen gerade sehr viele Anmeldungen"), "{page}");
    assert!(page.contains(r#"value="Kind G""#) && page.contains(r#"value="eine.mutter@example.org""#), "typed kept");
    assert_eq!(
        count(&app, "SELECT COUNT(*) FROM registrations WHERE offer_id = CAST($1 AS BIGINT)", &offer.to_string()).await,
        6
    );
    // A program is told 429.
    let born = (this_year() - 20).to_string();
    let mut last = 0;
    for i in 0..12u8 {
        let name = format!("Ziel {}", char::from(b'A' + i));
        let form =
            [("first_name", name.as_str()), ("email", "ziel@example.org"), ("birth_year", &born), ("privacy", "on")];
        let response = app
            .client
            .post(app.url(&format!("/offers/{offer}/register")))
            .header("origin", &app.address)
            .form(&form)
            .send()
            .await
            .unwrap();
        last = response.status().as_u16();
    }
    assert_eq!(last, 429);
    assert_eq!(mails(&app, "ziel@example.org", "mail-confirmed").await, 10, "no mailbox is flooded through us");

    // A consent link answered again and again: a few times, then the page says to wait.
    let (_, _, request) = app.last_mail_to("eine.mutter@example.org").await.unwrap();
    let consent = link_path(&request);
    let path = consent.split('?').next().unwrap().to_owned();
    let mut locations = Vec::new();
    for answer in ["no", "yes", "no", "yes", "no", "yes"] {
        locations.push(app.post_form(&browser(), &path, &[("answer", answer), ("lang", "de")]).await.1);
    }
    assert!(locations[..5].iter().all(|at| !at.contains("limited")), "{locations:?}");
    assert!(locations[5].contains("?limited"), "{locations:?}");
    let (_, page) = app.page(&locations[5], "de").await;
    assert!(page.contains("Zu viele Versuche"), "{page}");
}

/// Thirty pupils on the school's Wi-Fi share one address; every one of them gets a place.
async fn a_whole_class_on_one_network_gets_in(app: TestApp) {
    let offer = app.offer("Kochen ohne Grenzen").places(60).create().await;
    let born = (this_year() - 17).to_string();
    let school = browser_from("203.0.113.50");
    for i in 0..30 {
        let (name, email) = (format!("Schüler {}", char::from(b'A' + i)), format!("schueler{i}@example.org"));
        let token = app.form_token(offer).await;
        let (_, answer) = app
            .post_form(&school, &format!("/offers/{offer}/register"), &form(&name, &email, &born, None, &token))
            .await;
        assert!(answer.starts_with("/r/"), "pupil {i}: {answer}");
    }
}

/// One address posts for strangers' addresses: a girls' group of 12 is not filled from it; the rest
/// wait, flagged for staff, with the reason on their page.
async fn a_storm_from_one_network_gets_its_share_and_then_the_waiting_list(app: TestApp) {
    let offer = app.offer("Kochen ohne Grenzen").places(12).create().await;
    let born = (this_year() - 17).to_string();
    let attacker = browser_from("198.51.100.66");
    let mut answers = Vec::new();
    for i in 0..10u8 {
        let (name, email) = (format!("Opfer {}", char::from(b'A' + i)), format!("opfer{i}@example.org"));
        let token = app.form_token(offer).await;
        answers.push(
            app.post_form(&attacker, &format!("/offers/{offer}/register"), &form(&name, &email, &born, None, &token))
                .await
                .1,
        );
    }
    let confirmed = count(
        &app,
        "SELECT COUNT(*) FROM registrations WHERE status = 'confirmed' AND offer_id = CAST($1 AS BIGINT)",
        &offer.to_string(),
    )
    .await;
    assert_eq!(confirmed, 6, "one network takes half of the 12 places");
    let (_, page) = app.page(&answers[6], "de").await;
    assert!(
        page.contains("Warteliste") && page.contains("Aus demselben Netz kamen gerade sehr viele Anmeldungen"),
        "{page}"
    );
    let (_, page) = app.page(&answers[6], "ar").await;
    assert!(page.contains("من الشبكة نفسها"), "in the reader's language");
    // Everybody else still gets the places left.
    let token = app.form_token(offer).await;
    let (_, own) = app
        .post_form(
            &browser(),
            &format!("/offers/{offer}/register"),
            &form("Mina", "mina@example.org", &born, None, &token),
        )
        .await;
    let (_, page) = app.page(&own, "de").await;
    assert!(page.contains("Du bist angemeldet."), "{page}");
    let staff = staff(&app).await;
    let (_, _, list) = app.get_with(&staff, &format!("/staff/offers/{offer}/participants")).await;
    assert_eq!(list.matches("viele Anmeldungen aus einem Netz").count(), 4, "the burst is flagged for staff");
    // Staff decide: one of them was a real pupil and gets a place.
    let (waiting,): (i64,) =
        sqlx::query_as("SELECT MIN(id) FROM registrations WHERE burst = 1 AND status = 'waitlisted' AND offer_id = $1")
            .bind(offer)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    app.post_form(&staff, &format!("/staff/registrations/{waiting}/move-up"), &[]).await;
    let (_, _, list) = app.get_with(&staff, &format!("/staff/offers/{offer}/participants")).await;
    assert_eq!(list.matches("viele Anmeldungen aus einem Netz").count(), 3);
}

async fn a_pupil_cannot_lock_staff_out_of_signing_in(app: TestApp) {
    let site = app.id_of("SELECT id FROM sites WHERE slug = $1", "koeln").await;
    app.create_user("lehrerin@jmd.example", Role::Staff, Some(site), None).await;
    let pupil = browser_from("203.0.113.7");
    let mut answers = Vec::new();
    for _ in 0..8 {
        let form = [("email", "lehrerin@jmd.example"), ("password", "rate mal")];
        answers.push(app.post_form(&pupil, "/staff/login", &form).await.1);
        answers.push(app.get_with(&pupil, "/staff/login").await.2);
    }
    assert!(answers.last().unwrap().contains("Zu viele Versuche"), "the pupil's network is slowed down");
    // From the staff room's network, the right password still works.
    let staff_room = browser_from("198.51.100.20");
    let form = [("email", "lehrerin@jmd.example"), ("password", crate::helpers::PASSWORD)];
    let (status, location) = app.post_form(&staff_room, "/staff/login", &form).await;
    assert_eq!((status, location.as_str()), (303, "/staff"));
    // The counters hold no address in the clear.
    let buckets: Vec<(String,)> =
        sqlx::query_as("SELECT bucket FROM rate_limits").fetch_all(app.db.pool()).await.unwrap();
    assert!(!buckets.is_empty());
    for (bucket,) in buckets {
        assert!(!bucket.contains('@') && !bucket.contains("203.0") && bucket.len() < 64, "{bucket}");
    }
}

async fn redirect_targets_stay_on_this_site(app: TestApp) {
    let hostile = [
        "/%09/evil.example",
        "/%0A/evil.example",
        "/%0D%0A/evil.example",
        "%2F%2Fevil.example",
        "//evil.example",
        "/%5Cevil.example",
        "%5C%5Cevil.example",
        "https://evil.example/",
        "https:%2F%2Fevil.example",
        "javascript:alert(1)",
        "%20//evil.example",
    ];
    for back in hostile {
        let response = app.client.get(app.url(&format!("/lang/de?back={back}"))).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 303, "{back}");
        assert_eq!(response.headers()["location"], "/", "{back}");
    }
    let response = app.client.get(app.url("/lang/de?back=%2Foffers%3Fq%3Dcaf%C3%A9")).send().await.unwrap();
    assert_eq!(response.headers()["location"], "/offers?q=caf%C3%A9");
}

async fn staff_pages_send_strangers_to_sign_in_and_back(app: TestApp) {
    let (status, location, _) = app.get_with(&browser(), "/staff/offers/new").await;
    assert_eq!((status, location.as_str()), (303, "/staff/login?next=%2Fstaff%2Foffers%2Fnew"));
    let site = app.id_of("SELECT id FROM sites WHERE slug = $1", "koeln").await;
    app.create_user("yilmaz@jmd.example", Role::Staff, Some(site), None).await;
    let client = browser();
    let (_, _, page) = app.get_with(&client, &location).await;
    assert!(page.contains(r#"name="next" value="/staff/offers/new""#), "{page}");
    let form = [("email", "yilmaz@jmd.example"), ("password", crate::helpers::PASSWORD), ("next", "/staff/offers/new")];
    let (_, location) = app.post_form(&client, "/staff/login", &form).await;
    assert_eq!(location, "/staff/offers/new");
    let (_, _, page) = app.get_with(&client, "/staff/login?next=//evil.example").await;
    assert!(page.contains(r#"name="next" value="/""#), "a foreign target is dropped");
    let (_, _, page) = app.get_with(&browser(), "/staff/login").await;
    assert!(page.contains(r#"name="next" value="/staff""#), "without a target, to the staff area: {page}");
    let form = [("email", "yilmaz@jmd.example"), ("password", crate::helpers::PASSWORD), ("next", "/\t/evil.example")];
    let (_, location) = app.post_form(&browser(), "/staff/login", &form).await;
    assert_eq!(location, "/");
}

async fn hostile_text_is_cleaned_in_and_escaped_out(app: TestApp) {
    let offer = app.offer("Kochen ohne Grenzen").places(10).create().await;
    let born = (this_year() - 20).to_string();
    let token = app.form_token(offer).await;
    let name = "Ali\u{0}\u{7}\u{202E}\r\nEND:VEVENT";
    let needs = "Rollstuhl\r\nund Allergie\u{1b}[31m";
    let mut form = form(name, "ali@example.org", &born, None, &token);
    form.extend([("needs", needs), ("health_consent", "on")]);
    let (_, answer) = app.post_form(&browser(), &format!("/offers/{offer}/register"), &form).await;
    assert!(answer.starts_with("/r/"), "{answer}");
    let stored: (String, String) = sqlx::query_as(
        "SELECT p.first_name, r.needs FROM registrations r JOIN participants p ON p.id = r.participant_id
         WHERE p.email = 'ali@example.org'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(stored, ("Ali END:VEVENT".to_owned(), "Rollstuhl\nund Allergie[31m".to_owned()));

    // A title that holds line breaks (from before this cleaning, or typed elsewhere) stays one
    // event's text in every feed, and the calendar's name one line.
    let title = "Kochen\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:Gefälscht";
    sqlx::query("UPDATE offers SET title = $1 WHERE id = $2")
        .bind(title)
        .bind(offer)
        .execute(app.db.pool())
        .await
        .unwrap();
    let feed =
        app.client.get(app.url(&format!("/offers/{offer}/calendar.ics"))).send().await.unwrap().text().await.unwrap();
    // Folded lines unfolded (RFC 5545, 3.1), as a calendar reads them.
    let unfolded = feed.replace("\r\n ", "");
    let lines: Vec<&str> = unfolded.split("\r\n").collect();
    let events = lines.iter().filter(|line| **line == "BEGIN:VEVENT").count();
    assert!(events > 0);
    assert_eq!(events, lines.iter().filter(|line| line.starts_with("SUMMARY:")).count(), "{feed}");
    assert!(!lines.iter().any(|line| line.starts_with("SUMMARY:Gefälscht")), "{feed}");
    let name = lines.iter().find(|line| line.starts_with("X-WR-CALNAME:")).expect("a calendar name");
    assert!(name.contains("Kochen END:VEVENT BEGIN:VEVENT SUMMARY:Gefälscht"), "{feed}");
    if let Some(read) = read_back(&feed) {
        let events = read["events"].as_array().unwrap();
        assert!(events.iter().all(|event| event["summary"] == title.replace("\r\n", "\n")), "{read}");
    }
}

/// Every text value of every table, as a copy of the database (or of a backup) holds it.
async fn every_stored_text(app: &TestApp) -> Vec<String> {
    use sqlx::Row;
    let tables_sql = match app.db.backend() {
        app::ssr::db::Backend::Sqlite => "SELECT name FROM sqlite_master WHERE type = 'table'",
        app::ssr::db::Backend::Postgres => {
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = current_schema()"
        }
    };
    let tables: Vec<(String,)> = sqlx::query_as(tables_sql).fetch_all(app.db.pool()).await.unwrap();
    let mut texts = Vec::new();
    // The migration log holds checksums of the schema, nothing anybody stored.
    for (table,) in tables.into_iter().filter(|(table,)| !table.starts_with("_sqlx")) {
        let rows =
            sqlx::query(sqlx::AssertSqlSafe(format!("SELECT * FROM {table}"))).fetch_all(app.db.pool()).await.unwrap();
        for row in rows {
            // Columns of other types do not decode as text, and hold no token.
            texts.extend((0..row.len()).filter_map(|index| row.try_get::<Option<String>, _>(index).ok().flatten()));
        }
    }
    texts
}

/// What in a stored text could be tried as a token: every run of digits, hex letters and dashes
/// of 16 characters or more, and the numbers the outbox's link codes name.
fn token_candidates(texts: &[String]) -> std::collections::BTreeSet<String> {
    let mut candidates = std::collections::BTreeSet::new();
    for text in texts {
        for piece in text.split(|c: char| !(c.is_ascii_hexdigit() || c == '-' || c == ':')) {
            for part in piece.split(':') {
                if part.len() >= 16 || (part.len() >= 6 && part.bytes().all(|b| b.is_ascii_digit())) {
                    candidates.insert(part.to_owned());
                }
            }
        }
    }
    candidates
}

/// Someone with a copy of the database (or of a backup), but not the key file, tries every value
/// in it as every kind of link and as a session: nothing opens. The messages as sent do open.
async fn a_copy_of_the_database_opens_nothing(app: TestApp) {
    let cooking = app.offer("Kochen ohne Grenzen").places(10).create().await;
    let (adult, minor) = ((this_year() - 20).to_string(), (this_year() - 14).to_string());
    let register = format!("/offers/{cooking}/register");
    let token = app.form_token(cooking).await;
    let adult_form = form("Amira", "amira@example.org", &adult, None, &token);
    let (_, own_page) = app.post_form(&browser(), &register, &adult_form).await;
    assert!(own_page.starts_with("/r/"), "{own_page}");
    let token = app.form_token(cooking).await;
    let minor_form = form("Layla", "layla@example.org", &minor, Some("mutter@example.org"), &token);
    app.post_form(&browser(), &register, &minor_form).await;
    app.post_form(&browser(), "/me/link", &[("email", "amira@example.org")]).await;
    let staff = staff(&app).await;
    app.post_form(&browser(), "/staff/password-reset", &[("email", "yilmaz@jmd.example")]).await;
    let kalk = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jugendzentrum-kalk").await.to_string();
    let invite = [("email", "becker@jz-kalk.example"), ("display_name", "Becker"), ("role", "partner")];
    let invite = [&invite[..], &[("organisation_id", kalk.as_str())]].concat();
    app.post_form(&staff, "/staff/users/invite", &invite).await;

    // The outbox keeps what each link opens, never the link.
    let stored: Vec<(String, String, String)> =
        sqlx::query_as("SELECT kind, body_text, links FROM outbox").fetch_all(app.db.pool()).await.unwrap();
    for kind in ["mail-confirmed", "mail-consent-request", "magic-link", "password-reset", "invitation"] {
        let (_, body, links) = stored.iter().find(|(k, _, _)| k == kind).unwrap_or_else(|| panic!("a {kind} message"));
        assert!(!links.is_empty() && body.contains("[[link 0]]"), "{kind}: {body}");
        for path in ["/r/", "/consent/", "/me/open/", "/set-password/"] {
            assert!(!body.contains(path), "{kind} holds a link: {body}");
        }
    }

    let texts = every_stored_text(&app).await;
    let candidates = token_candidates(&texts);
    assert!(candidates.len() >= 10, "the copy has token-like values to try: {candidates:?}");
    for candidate in &candidates {
        for page in [format!("/r/{candidate}"), format!("/consent/{candidate}"), format!("/r/{candidate}/calendar.ics")]
        {
            let (status, _) = app.page(&page, "de").await;
            assert_eq!(status, 404, "{page} opened");
        }
        let phone = browser();
        app.post_form(&phone, &format!("/me/open/{candidate}"), &[]).await;
        let (_, _, mine) = app.get_with(&phone, "/me").await;
        assert!(!mine.contains("Kochen ohne Grenzen"), "a magic link from the copy: {candidate}");
        let password = [("password", "ein neues Passwort 1"), ("confirm", "ein neues Passwort 1")];
        let (_, location) = app.post_form(&browser(), &format!("/staff/set-password/{candidate}"), &password).await;
        assert_ne!(location, "/staff", "a password link from the copy: {candidate}");
        let session = app.browser_with_session(candidate);
        let (status, _, _) = app.get_with(&session, "/staff").await;
        assert_eq!(status, 303, "a staff session from the copy: {candidate}");
        let (_, _, mine) = app.get_with(&session, "/me").await;
        assert!(!mine.contains("Kochen ohne Grenzen"), "a participant session from the copy: {candidate}");
        // A stored form token replays no registration.
        let replay = form("Amira", "amira@example.org", &adult, None, candidate);
        let (_, answer) = app.post_form(&browser(), &register, &replay).await;
        assert!(!answer.starts_with("/r/"), "a form token from the copy: {candidate}");
    }

    // The same messages, as the worker sends them with the key, open what they are for.
    let (body, links) = stored.iter().find(|(kind, _, _)| kind == "magic-link").map(|(_, b, l)| (b, l)).unwrap();
    let phone = browser();
    let (_, location) = app.post_form(&phone, &link_path(&app.as_sent(body, links)), &[]).await;
    assert_eq!(location, "/me");
    let (_, _, mine) = app.get_with(&phone, "/me").await;
    assert!(mine.contains("Kochen ohne Grenzen"));
    let (_, _, consent) = app.last_mail_to("mutter@example.org").await.unwrap();
    let (status, page) = app.page(&link_path(&consent), "de").await;
    assert!(status == 200 && page.contains("Layla"), "{page}");
    let (status, _) = app.page(&own_page, "de").await;
    assert_eq!(status, 200);
}

/// A form sent with an ended session goes to sign-in and back to the page it came from; "no
/// access", "not found" and the server's own failure are pages in the reader's language.
async fn refusals_answer_in_the_readers_language_and_lead_back(app: TestApp) {
    let offer = app.course_with_places().await;
    let post = |client: &reqwest::Client, path: &str, lang: &'static str| {
        client
            .post(app.url(path))
            .header("origin", &app.address)
            .header("referer", app.url(&format!("/staff/offers/{offer}/edit?session=3")))
            .header("accept-language", lang)
            .form(&[("title", "x")])
            .send()
    };
    let signed_out = post(&browser(), &format!("/staff/offers/{offer}"), "de").await.unwrap();
    assert_eq!(signed_out.status().as_u16(), 303);
    let location = signed_out.headers()["location"].to_str().unwrap();
    assert_eq!(location, format!("/staff/login?next=%2Fstaff%2Foffers%2F{offer}%2Fedit%3Fsession%3D3"));

    let kalk = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jugendzentrum-kalk").await;
    let site = app.id_of("SELECT id FROM sites WHERE slug = $1", "koeln").await;
    app.create_user("becker@jz-kalk.example", Role::Partner, Some(site), Some(kalk)).await;
    let partner = app.signed_in("becker@jz-kalk.example").await;
    let other = app.offer("Sprachcafé").create().await;
    for (lang, words, dir) in [("en", "No access", "ltr"), ("ar", "لا توجد صلاحية", "rtl")] {
        let refused = post(&partner, &format!("/staff/offers/{other}"), lang).await.unwrap();
        assert_eq!(refused.status().as_u16(), 403);
        let page = refused.text().await.unwrap();
        assert!(page.contains(words) && page.contains(&format!(r#"dir="{dir}""#)), "{page}");
    }
    let gone = post(&partner, "/staff/registrations/999999/cancel", "uk").await.unwrap();
    assert_eq!(gone.status().as_u16(), 404);
    assert!(gone.text().await.unwrap().contains(r#"lang="uk""#));

    // The server's own failure: its database is gone.
    app.server_db.pool().close().await;
    let form = [("email", "amira@example.org")];
    let request = browser().post(app.url("/me/link")).header("origin", &app.address).header("accept-language", "en");
    let failed = request.form(&form).send().await.unwrap();
    assert_eq!(failed.status().as_u16(), 500);
    let page = failed.text().await.unwrap();
    assert!(page.contains("Something went wrong") && page.contains("Please try again"), "{page}");
}

/// With the registration's link a young person corrects the languages and the year of birth;
/// a year that would end the parent's consent, and another parent's address, stay with staff.
async fn a_young_person_corrects_their_record_through_their_link_within_limits(app: TestApp) {
    let offer = app.offer("Kochen ohne Grenzen").places(10).create().await;
    let token = app.form_token(offer).await;
    let fourteen = (this_year() - 14).to_string();
    let layla = form("Layla", "layla@example.org", &fourteen, Some("mutter.layla@example.org"), &token);
    let (_, own_page) = app.post_form(&browser(), &format!("/offers/{offer}/register"), &layla).await;
    let (_, page) = app.page(&own_page, "de").await;
    assert!(page.contains("Meine Angaben ändern") && page.contains("m…\u{2060}@example.org"), "{page}");
    assert!(!page.contains("mutter.layla"), "the parent's address shows only masked");

    let twenty = (this_year() - 20).to_string();
    let older = [("birth_year", twenty.as_str()), ("lang", "de"), ("parent_lang", "de")];
    let (status, back) = app.post_form(&browser(), &format!("{own_page}/details"), &older).await;
    assert_eq!(status, 303);
    assert!(back.starts_with(&format!("{own_page}?draft=")) && back.ends_with("#details"), "{back}");
    let (_, page) = app.page(&back, "en").await;
    assert!(page.contains("Only the team can enter this year") && page.contains(&format!("value=\"{twenty}\"")));

    let fifteen = (this_year() - 15).to_string();
    let fixed = [("birth_year", fifteen.as_str()), ("lang", "ar"), ("parent_email", "fremder@evil.example")];
    let fixed = [&fixed[..], &[("parent_lang", "ar")]].concat();
    let (_, back) = app.post_form(&browser(), &format!("{own_page}/details"), &fixed).await;
    assert_eq!(back, format!("{own_page}?corrected"));
    let person: (i64, String, Option<String>, Option<String>) = sqlx::query_as(
        "SELECT birth_year, lang, parent_email, parent_lang FROM participants WHERE email = 'layla@example.org'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    let expected = (fifteen.parse().unwrap(), "ar".to_owned(), Some("mutter.layla@example.org".to_owned()));
    assert_eq!((person.0, person.1, person.2), expected);
    assert_eq!(person.3.as_deref(), Some("ar"));
    let (detail,): (String,) =
        sqlx::query_as("SELECT detail FROM audit_log WHERE action = 'participant-corrected-by-self'")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(detail, "birth_year, lang, parent_lang");
    let (_, page) = app.page(&format!("{own_page}?corrected"), "de").await;
    assert!(page.contains("Deine Angaben sind gespeichert"));

    let forged = format!("{}0/details", own_page.trim_end_matches(char::is_alphanumeric));
    let (status, _) = app.post_form(&browser(), &forged, &fixed).await;
    assert_eq!(status, 404);
}
