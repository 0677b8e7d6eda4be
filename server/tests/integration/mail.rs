//! Delivery over a real SMTP conversation with a local sink: both parts of a message, a stable
//! Message-ID, retries with backoff after a temporary refusal, giving up on a permanent one (and
//! an admin's retry), and two workers that never send the same row twice.

use app::domain::policy::Role;
use server::mail::{LinkMaking, MAX_ATTEMPTS, Mailer, dispatch_due, dispatch_pending};

use crate::calendar::read_back;
use crate::helpers::{TestApp, browser, link_path};

crate::on_both_backends!(
    smtp: a_message_arrives_as_plain_text_and_html,
    a_temporary_refusal_is_retried_later_and_a_permanent_one_waits_for_an_admin,
    two_workers_never_send_one_message_twice,
    a_worker_that_stops_mid_send_leaves_its_messages_to_the_next,
    invites_are_added_updated_and_cancelled_in_the_participants_calendar,
    a_site_sends_under_its_own_name_and_gets_the_replies,
    messages_in_arabic_and_farsi_read_right_to_left,
    an_smtp_server_that_refuses_for_ten_minutes_gets_every_message_afterwards,
    messages_from_before_placeholders_lose_their_links_and_still_arrive_with_them,
);

/// Asks for a magic link, which writes one message to the outbox.
async fn one_message(app: &TestApp, email: &str) {
    let (status, _) = app.post_form(&browser(), "/me/link", &[("email", email)]).await;
    assert_eq!(status, 303);
}

fn mailer(app: &TestApp) -> Mailer {
    let links = LinkMaking { public_url: app.address.clone(), key: app.links.clone() };
    Mailer::to_smtp(&app.smtp.as_ref().unwrap().url(), "Treffpunkt <treffpunkt@example.org>".parse().unwrap(), links)
        .unwrap()
}

async fn row(app: &TestApp, recipient: &str) -> (i64, Option<i64>, i64, Option<String>) {
    sqlx::query_as("SELECT attempts, sent_at, next_attempt_at, last_error FROM outbox WHERE recipient = $1")
        .bind(recipient)
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

async fn a_message_arrives_as_plain_text_and_html(app: TestApp) {
    one_message(&app, "amira@example.org").await;
    dispatch_pending(&app.db, &mailer(&app)).await.unwrap();
    let sink = app.smtp.as_ref().unwrap();
    let message = sink.received().into_iter().find(|m| m.contains("To: amira@example.org")).expect("delivered");
    assert!(message.contains("From: Treffpunkt <treffpunkt@example.org>"), "{message}");
    assert!(message.contains("Message-ID: <outbox-") && message.contains("@example.org>"));
    assert!(message.contains("multipart/alternative"));
    assert!(message.contains("Content-Type: text/plain; charset=utf-8"));
    assert!(message.contains("Content-Type: text/html; charset=utf-8"));
    assert!(
        message.contains("<html lang=3D\"de\" dir=3D\"ltr\">") || message.contains("<html lang=\"de\" dir=\"ltr\">")
    );
    let (attempts, sent_at, ..) = row(&app, "amira@example.org").await;
    assert_eq!(attempts, 1);
    assert!(sent_at.is_some(), "marked sent");
    // The link is made as the message goes out; the stored text keeps its placeholder.
    let link = link_path(&app.last_mail_to("amira@example.org").await.unwrap().2);
    assert!(message.replace("=\r\n", "").contains(&link), "the link in the message as sent: {message}");
    let (stored,): (String,) = sqlx::query_as("SELECT body_text FROM outbox WHERE recipient = 'amira@example.org'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert!(!stored.contains("/me/open/") && stored.contains("[[link 0]]"), "{stored}");
}

async fn a_temporary_refusal_is_retried_later_and_a_permanent_one_waits_for_an_admin(app: TestApp) {
    let sink = app.smtp.clone().unwrap();
    let mailer = mailer(&app);
    sink.refuse_next("451 try again later");
    one_message(&app, "oleksandr@example.org").await;
    // The app's own worker may have tried already; either way the refusal is recorded once.
    dispatch_pending(&app.db, &mailer).await.unwrap();
    let (attempts, sent_at, next_attempt, error) = row(&app, "oleksandr@example.org").await;
    assert_eq!((attempts, sent_at), (1, None), "{error:?}");
    assert!(next_attempt > chrono::Utc::now().timestamp() + 30, "waits about a minute before trying again");
    assert!(error.unwrap().contains("451"));
    dispatch_pending(&app.db, &mailer).await.unwrap();
    assert_eq!(row(&app, "oleksandr@example.org").await.0, 1, "not due yet: not tried again");
    sqlx::query("UPDATE outbox SET next_attempt_at = 0 WHERE recipient = 'oleksandr@example.org'")
        .execute(app.db.pool())
        .await
        .unwrap();
    dispatch_pending(&app.db, &mailer).await.unwrap();
    let (attempts, sent_at, ..) = row(&app, "oleksandr@example.org").await;
    assert_eq!(attempts, 2);
    assert!(sent_at.is_some(), "delivered on the second attempt");

    sink.refuse_next("550 no such mailbox");
    one_message(&app, "nobody@example.org").await;
    dispatch_pending(&app.db, &mailer).await.unwrap();
    let (attempts, sent_at, _, error) = row(&app, "nobody@example.org").await;
    assert_eq!((attempts, sent_at), (MAX_ATTEMPTS, None), "a permanent refusal is not retried");
    assert!(error.unwrap().contains("550"));

    app.create_user("admin@jmd.example", Role::Admin, None, None).await;
    let admin = app.signed_in("admin@jmd.example").await;
    let (_, _, page) = app.get_with(&admin, "/staff/outbox").await;
    assert!(page.contains("nobody@example.org") && page.contains("550"), "the admin sees it with its error");
    let (id,): (i64,) = sqlx::query_as("SELECT id FROM outbox WHERE recipient = 'nobody@example.org'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let (status, location) = app.post_form(&admin, &format!("/staff/outbox/{id}/retry"), &[]).await;
    assert_eq!((status, location.as_str()), (303, "/staff/outbox?retried"));
    dispatch_pending(&app.db, &mailer).await.unwrap();
    assert!(row(&app, "nobody@example.org").await.1.is_some(), "sent after the retry");
}

async fn two_workers_never_send_one_message_twice(app: TestApp) {
    for n in 0..20 {
        one_message(&app, &format!("person{n}@example.org")).await;
    }
    let (one, two) = (mailer(&app), mailer(&app));
    let (a, b) = tokio::join!(dispatch_pending(&app.db, &one), dispatch_pending(&app.db, &two));
    a.unwrap();
    b.unwrap();
    // The app's own worker delivers too; whatever is left goes now.
    dispatch_pending(&app.db, &one).await.unwrap();
    let received = app.smtp.as_ref().unwrap().received();
    for n in 0..20 {
        let to = format!("To: person{n}@example.org\r\n");
        assert_eq!(received.iter().filter(|m| m.contains(&to)).count(), 1, "person{n} got exactly one message");
    }
    let (unsent,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(unsent, 0);
}

/// The newest message the sink received for `recipient`.
fn last_received(app: &TestApp, recipient: &str) -> String {
    let to = format!("To: {recipient}\r\n");
    app.smtp.as_ref().unwrap().received().into_iter().rev().find(|m| m.contains(&to)).expect("a message")
}

async fn invites_are_added_updated_and_cancelled_in_the_participants_calendar(app: TestApp) {
    let offer = app.course_with_places().await;
    let page = app.register_adult(&browser(), offer, "Oleksandr", "oleksandr@example.org").await;
    let registration: i64 = page.trim_start_matches("/r/").split('-').next().unwrap().parse().unwrap();
    let mailer = mailer(&app);
    dispatch_pending(&app.db, &mailer).await.unwrap();
    let confirmation = last_received(&app, "oleksandr@example.org");
    assert!(confirmation.contains("text/calendar; method=REQUEST"), "{confirmation}");
    let uid_prefix = format!("registration-{registration}-");
    let Some(read) = read_back(&confirmation) else { return };
    assert_eq!(read["method"], "REQUEST");
    let types: Vec<&str> = read["content_types"].as_array().unwrap().iter().map(|t| t.as_str().unwrap()).collect();
    for part in ["text/plain", "text/html", "text/calendar", "text/calendar; attachment"] {
        assert!(types.contains(&part), "{part} in {types:?}");
    }
    let event = &read["events"][0];
    assert!(event["uid"].as_str().unwrap().starts_with(&uid_prefix));
    assert_eq!(event["attendee"], "mailto:oleksandr@example.org");
    assert_eq!(event["organizer"], "mailto:treffpunkt@example.org");
    assert_eq!((event["sequence"].as_i64(), event["alarm"].as_bool()), (Some(0), Some(true)));
    let uid = event["uid"].as_str().unwrap().to_owned();

    // Staff move the date: the same entry gets the new time.
    let site = app.id_of("SELECT id FROM sites WHERE slug = $1", "koeln").await;
    app.create_user("yilmaz@jmd.example", Role::Staff, Some(site), None).await;
    let staff = app.signed_in("yilmaz@jmd.example").await;
    let (session,): (i64,) = sqlx::query_as("SELECT id FROM sessions WHERE offer_id = $1 ORDER BY starts_at LIMIT 1")
        .bind(offer)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let day = (chrono::Utc::now().date_naive() + chrono::Duration::days(40)).to_string();
    let moved = [("date", day.as_str()), ("start", "17:00"), ("end", "19:00")];
    app.post_form(&staff, &format!("/staff/offers/{offer}/sessions/{session}/move"), &moved).await;
    dispatch_pending(&app.db, &mailer).await.unwrap();
    let update = read_back(&last_received(&app, "oleksandr@example.org")).unwrap();
    assert_eq!(update["method"], "REQUEST");
    let event = &update["events"][0];
    assert_eq!((event["uid"].as_str(), event["sequence"].as_i64()), (Some(uid.as_str()), Some(1)));
    assert_eq!(event["start"].as_str().unwrap(), format!("{day} 17:00"));

    // He cancels from the link: the entry goes away.
    let link = link_path(&app.last_mail_to("oleksandr@example.org").await.unwrap().2);
    app.post_form(&browser(), &format!("{link}/cancel"), &[]).await;
    dispatch_pending(&app.db, &mailer).await.unwrap();
    let cancel = read_back(&last_received(&app, "oleksandr@example.org")).unwrap();
    assert_eq!(cancel["method"], "CANCEL");
    let event = &cancel["events"][0];
    assert_eq!((event["uid"].as_str(), event["status"].as_str()), (Some(uid.as_str()), Some("CANCELLED")));
    assert_eq!(event["sequence"].as_i64(), Some(2), "newer than the update");
}

/// A worker claimed messages and stopped (a restart, a crash) before marking them sent: nobody
/// sends them while its claim holds, and the next worker sends them once it has run out.
async fn a_worker_that_stops_mid_send_leaves_its_messages_to_the_next(app: TestApp) {
    one_message(&app, "deniz@example.org").await;
    let now = chrono::Utc::now().timestamp();
    let claimed = app::ssr::outbox::claim(&app.db, now, MAX_ATTEMPTS, 10).await.unwrap();
    let ours: Vec<_> = claimed.iter().filter(|m| m.recipient == "deniz@example.org").collect();
    if ours.is_empty() {
        // The app's worker was quicker and delivered it; nothing is left to test here.
        assert!(row(&app, "deniz@example.org").await.1.is_some());
        return;
    }
    let mailer = mailer(&app);
    dispatch_pending(&app.db, &mailer).await.unwrap();
    assert_eq!(row(&app, "deniz@example.org").await.1, None, "held by the stopped worker's claim");
    sqlx::query("UPDATE outbox SET claimed_until = $1 WHERE recipient = 'deniz@example.org'")
        .bind(now - 1)
        .execute(app.db.pool())
        .await
        .unwrap();
    dispatch_pending(&app.db, &mailer).await.unwrap();
    assert!(row(&app, "deniz@example.org").await.1.is_some(), "sent by the next worker");
    let to = "To: deniz@example.org\r\n";
    assert_eq!(app.smtp.as_ref().unwrap().received().iter().filter(|m| m.contains(to)).count(), 1);
}

/// Staff set their site's sender: mistakes come back with what was typed; then the site's
/// messages carry its name and reply address, while account messages keep the server's.
async fn a_site_sends_under_its_own_name_and_gets_the_replies(app: TestApp) {
    let site = app.id_of("SELECT id FROM sites WHERE slug = $1", "koeln").await;
    app.create_user("yilmaz@jmd.example", Role::Staff, Some(site), None).await;
    let staff = app.signed_in("yilmaz@jmd.example").await;
    let settings = format!("/staff/sites/{site}");
    let site_form = [
        ("name", "JMD Köln"),
        ("city", "Köln"),
        ("street", "Marzellenstraße 26"),
        ("postal_code", "50668"),
        ("carrier_name", "Beispielträger e. V."),
        ("carrier_address", "Musterweg 1, 50667 Köln"),
        ("time_zone", "Europe/Berlin"),
        ("federal_state", "NW"),
        ("districts", "Kalk\nPorz\nChorweiler"),
        ("from_name", "JMD Koeln"),
    ];
    let typo: Vec<_> = site_form.iter().copied().chain([("reply_to", "team(at)jmd-koeln.example")]).collect();
    let (status, back) = app.post_form(&staff, &settings, &typo).await;
    assert_eq!(status, 303);
    let (.., page) = app.get_with(&staff, &back).await;
    assert!(page.contains("Bitte gib eine gültige E-Mail-Adresse ein"), "{page}");
    assert!(page.contains("team(at)jmd-koeln.example") && page.contains("JMD Koeln"), "typed values kept");

    let fixed: Vec<_> = site_form.iter().copied().chain([("reply_to", "Team@JMD-Koeln.example")]).collect();
    let (status, back) = app.post_form(&staff, &settings, &fixed).await;
    assert_eq!((status, back.as_str()), (303, format!("/staff/site?site={site}&saved").as_str()));
    let (.., page) = app.get_with(&staff, "/staff/site").await;
    assert!(page.contains("value=\"team@jmd-koeln.example\""), "stored, normalised: {page}");

    let offer = app.course_with_places().await;
    app.register_adult(&browser(), offer, "Farid", "farid@example.org").await;
    one_message(&app, "farid.account@example.org").await;
    dispatch_pending(&app.db, &mailer(&app)).await.unwrap();
    let confirmation = last_received(&app, "farid@example.org");
    assert!(confirmation.contains("From: \"JMD Koeln\" <treffpunkt@example.org>"), "{confirmation}");
    assert!(confirmation.contains("Reply-To: team@jmd-koeln.example"), "{confirmation}");
    let account = last_received(&app, "farid.account@example.org");
    assert!(account.contains("From: Treffpunkt <treffpunkt@example.org>") && !account.contains("Reply-To"));
}

/// A young person who reads Arabic (or Farsi) gets the confirmation and the invite in that
/// language: right to left, with the German title isolated and the links intact.
async fn messages_in_arabic_and_farsi_read_right_to_left(app: TestApp) {
    let offer = app.course_with_places().await;
    let mailer = mailer(&app);
    for (code, email) in [("ar", "layla@example.org"), ("fa", "zahra@example.org")] {
        let lang = app::i18n::Lang::from_code(code).unwrap();
        let client = browser();
        let (status, ..) = app.get_with(&client, &format!("/lang/{code}?back=/")).await;
        assert_eq!(status, 303, "the language is chosen");
        app.register_adult(&client, offer, "Layla", email).await;
        let (kind, subject, body) = app.last_mail_to(email).await.expect("a confirmation");
        assert_eq!(kind, "mail-confirmed");
        for text in [&subject, &body] {
            assert!(!text.contains('{') && !text.contains("mail-confirmed"), "no broken placeholder: {text}");
        }
        assert!(subject.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)), "{code}: {subject}");
        assert!(body.contains("\u{2068}Kochen ohne Grenzen\u{2069}"), "the German title is isolated: {body}");
        assert!(link_path(&body).starts_with("/r/"), "the link is whole: {body}");
        let (calendar,): (Option<String>,) =
            sqlx::query_as("SELECT calendar FROM outbox WHERE recipient = $1 ORDER BY id DESC LIMIT 1")
                .bind(email)
                .fetch_one(app.db.pool())
                .await
                .unwrap();
        assert!(calendar.unwrap().contains(&lang.t("calendar-alarm")), "the reminder in the invite is in {code}");

        dispatch_pending(&app.db, &mailer).await.unwrap();
        let message = last_received(&app, email);
        assert!(
            message.contains("<html lang=3D\"{code}\" dir=3D\"rtl\">".replace("{code}", code).as_str())
                || message.contains(&format!("<html lang=\"{code}\" dir=\"rtl\">")),
            "{message}"
        );
        assert!(message.contains("text/calendar; method=REQUEST"));
    }
}

/// The mail relay is down for ten minutes: the worker, stepped minute by minute, keeps every
/// message and delivers each exactly once afterwards, with the Message-ID it had from the start.
async fn an_smtp_server_that_refuses_for_ten_minutes_gets_every_message_afterwards(app: TestApp) {
    let sink = app.smtp.clone().unwrap();
    let mailer = mailer(&app);
    sink.outage(Some("451 4.3.0 relay busy"));
    for n in 0..12 {
        one_message(&app, &format!("ausfall{n}@example.org")).await;
    }
    let start = chrono::Utc::now().timestamp();
    for minute in 0..=120 {
        if minute == 10 {
            sink.outage(None);
        }
        dispatch_due(&app.db, &mailer, start + minute * 60).await.unwrap();
    }
    let rows: Vec<(i64, Option<i64>, i64)> =
        sqlx::query_as("SELECT id, sent_at, attempts FROM outbox WHERE recipient LIKE 'ausfall%' ORDER BY id")
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    assert_eq!(rows.len(), 12);
    assert!(rows.iter().all(|(_, sent_at, attempts)| sent_at.is_some() && *attempts < MAX_ATTEMPTS), "{rows:?}");
    let received: Vec<String> = sink.received().into_iter().filter(|mail| mail.contains("ausfall")).collect();
    assert_eq!(received.len(), 12, "each delivered once");
    for (id, ..) in &rows {
        let message_id = format!("Message-ID: <outbox-{id}@");
        assert_eq!(received.iter().filter(|mail| mail.contains(&message_id)).count(), 1, "{message_id}");
    }
}

/// A message written before links were kept apart (its links in the text) is rewritten at the
/// next start: the stored text loses the link, the message as sent keeps it.
async fn messages_from_before_placeholders_lose_their_links_and_still_arrive_with_them(app: TestApp) {
    use app::ssr::links::Link;
    let registration = Link::Registration(41).url(&app.address, &app.links);
    let consent = Link::Consent(42, app::i18n::Lang::Uk).url(&app.address, &app.links);
    let body = format!("Hallo,\n\n{registration}\n\nEltern: {consent}\n");
    // Written a minute ago: older ones would be the retention job's to delete.
    let written = chrono::Utc::now().timestamp() - 60;
    for sent_at in [None, Some(written)] {
        sqlx::query(
            "INSERT INTO outbox (kind, recipient, lang, subject, body_text, created_at, sent_at)
             VALUES ('mail-confirmed', 'alt@example.org', 'de', 'Alt', $1, $2, $3)",
        )
        .bind(&body)
        .bind(written)
        .bind(sent_at)
        .execute(app.db.pool())
        .await
        .unwrap();
    }
    assert_eq!(app::ssr::outbox::seal_legacy(&app.db, &app.links).await.unwrap(), 2);
    assert_eq!(app::ssr::outbox::seal_legacy(&app.db, &app.links).await.unwrap(), 0, "once is enough");
    let rows: Vec<(String, String)> =
        sqlx::query_as("SELECT body_text, links FROM outbox WHERE recipient = 'alt@example.org'")
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    for (stored, links) in rows {
        assert!(!stored.contains("/r/") && !stored.contains("/consent/"), "{stored}");
        assert_eq!(links, "registration:41 consent:42:uk");
        assert_eq!(app.as_sent(&stored, &links), body);
    }
    dispatch_pending(&app.db, &mailer(&app)).await.unwrap();
    let sink = app.smtp.as_ref().unwrap();
    let message = sink.received().into_iter().find(|m| m.contains("To: alt@example.org")).expect("delivered");
    let token = registration.rsplit('/').next().unwrap();
    assert!(message.replace("=\r\n", "").contains(token), "{message}");
}
