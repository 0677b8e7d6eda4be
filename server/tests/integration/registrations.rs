//! Young people register over plain form posts (as a phone without JavaScript does): places,
//! the waiting list, a parent's consent, one-tap cancellation, and no overbooking under load.

use chrono::Datelike;

use app::domain::policy::Role;

use crate::helpers::{TestApp, browser, link_path};

crate::on_both_backends!(
    places_then_the_waiting_list_with_positions,
    a_double_tap_makes_one_registration,
    siblings_with_one_parent_address_both_register,
    one_person_is_one_participant_across_offers,
    cancelling_from_the_emailed_link_moves_the_next_person_up,
    under_16s_wait_for_a_parent_who_says_yes_or_no,
    an_unanswered_consent_request_releases_the_place,
    who_may_not_register_is_told_why_with_the_form_kept,
    two_hundred_at_once_for_twenty_places,
    staff_see_who_is_coming_add_walk_ins_cancel_and_export,
    staff_record_a_consent_given_on_paper,
    more_places_and_cancelled_dates_reach_the_people_registered,
    per_date_registration_counts_places_per_date,
    an_overnight_trip_asks_for_an_emergency_contact_and_the_parents_paper,
);

/// An event for 14-to-27-year-olds that takes registrations for `capacity` places.
async fn offer_with_places(app: &TestApp, capacity: i64) -> i64 {
    app.offer("Kochen ohne Grenzen").places(capacity).create().await
}

pub fn this_year() -> i64 {
    i64::from(chrono::Utc::now().year())
}

/// Registers like the offer page's form; returns the Location the browser is sent to.
async fn register(app: &TestApp, offer: i64, name: &str, email: &str, born: i64, parent: Option<&str>) -> String {
    let token = app.form_token(offer).await;
    register_with(app, offer, (name, email, born, parent), &token).await
}

/// Sends one rendering of the form (its token) with these details.
async fn register_with(
    app: &TestApp,
    offer: i64,
    (name, email, born, parent): (&str, &str, i64, Option<&str>),
    token: &str,
) -> String {
    let born = born.to_string();
    let mut form = vec![
        ("first_name", name),
        ("email", email),
        ("birth_year", born.as_str()),
        ("privacy", "on"),
        ("form_token", token),
    ];
    if let Some(parent) = parent {
        form.push(("parent_email", parent));
    }
    let (status, location) = app.post_form(&browser(), &format!("/offers/{offer}/register"), &form).await;
    assert_eq!(status, 303, "{location}");
    location
}

async fn statuses(app: &TestApp, offer: i64) -> Vec<(String, String)> {
    sqlx::query_as("SELECT p.email, r.status FROM registrations r JOIN participants p ON p.id = r.participant_id WHERE r.offer_id = $1 ORDER BY r.id")
        .bind(offer)
        .fetch_all(app.db.pool())
        .await
        .unwrap()
}

async fn places_taken(app: &TestApp, offer: i64) -> i64 {
    let (taken,): (i64,) = sqlx::query_as("SELECT places_taken FROM offers WHERE id = $1")
        .bind(offer)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    taken
}

async fn places_then_the_waiting_list_with_positions(app: TestApp) {
    let offer = offer_with_places(&app, 2).await;
    let adult = this_year() - 19;
    let first = register(&app, offer, "Oleksandr", "oleksandr@example.org", adult, None).await;
    assert!(first.starts_with("/r/"), "{first}");
    let (_, page) = app.page(&first, "de").await;
    assert!(page.contains("Du bist angemeldet.") && page.contains("Kochen ohne Grenzen"));
    assert!(page.contains("Zum Kalender hinzufügen"));
    let (status, ics) = app.page(&format!("{first}/calendar.ics"), "de").await;
    assert_eq!(status, 200);
    assert!(ics.contains("METHOD:REQUEST") && ics.contains("UID:registration-") && ics.contains("BEGIN:VALARM"));
    let (kind, subject, body) = app.last_mail_to("oleksandr@example.org").await.unwrap();
    assert_eq!((kind.as_str(), subject.as_str()), ("mail-confirmed", "Du bist angemeldet: Kochen ohne Grenzen"));
    assert!(body.contains(&first), "the message links to the registration: {body}");
    let when = body.lines().find_map(|line| line.trim().strip_prefix("Wann: ")).expect("when it is");
    assert!(when.contains('–') && when.len() > 12, "the date with its times: {when}");
    assert!(body.contains(&format!("{}/me", app.address)), "and a link to all registrations: {body}");

    register(&app, offer, "Deniz", "deniz@example.org", adult, None).await;
    let third = register(&app, offer, "Parisa", "parisa@example.org", adult, None).await;
    let fourth = register(&app, offer, "Samir", "samir@example.org", adult, None).await;
    let (_, page) = app.page(&third, "en").await;
    assert!(page.contains("You are on the waiting list, at place 1."), "{page}");
    let (_, page) = app.page(&fourth, "de").await;
    assert!(page.contains("auf Platz 2"));
    assert_eq!(app.last_mail_to("samir@example.org").await.unwrap().0, "mail-waitlisted");
    assert_eq!(places_taken(&app, offer).await, 2);
    let (_, offer_page) = app.page(&format!("/offers/{offer}"), "de").await;
    assert!(offer_page.contains("Alle Plätze sind vergeben."));
}

async fn a_double_tap_makes_one_registration(app: TestApp) {
    let offer = offer_with_places(&app, 5).await;
    let born = this_year() - 20;
    // Both taps send the same form; the second may differ in case, accents and spaces (a phone's
    // autocorrect between them): still the same person.
    let token = app.form_token(offer).await;
    let (one, two) = tokio::join!(
        register_with(&app, offer, ("Zoë", "zoe@example.org", born, None), &token),
        register_with(&app, offer, (" ZOE ", "Zoe@Example.org ", born, None), &token),
    );
    assert_eq!(one, two, "the second tap gets the first one's result");
    assert!(one.starts_with("/r/"), "{one}");
    assert_eq!(statuses(&app, offer).await.len(), 1);
    assert_eq!(places_taken(&app, offer).await, 1);
    // Another form with the same details, even the same year of birth, learns nothing; the
    // owner gets the link again.
    let location = register(&app, offer, "zoe", "zoe@example.org", born, None).await;
    assert_eq!(location, format!("/offers/{offer}?sent#register"));
    let (_, page) = app.page(&location, "de").await;
    assert!(page.contains("Wir haben eine E-Mail an die angegebene Adresse geschickt."));
    assert!(!page.contains("/r/"));
    assert_eq!(app.last_mail_to("zoe@example.org").await.unwrap().0, "mail-already");
    assert_eq!(statuses(&app, offer).await.len(), 1);
}

/// Siblings share their parent's address, but not a name: each gets a place, and the parent is
/// asked once for each of them.
async fn siblings_with_one_parent_address_both_register(app: TestApp) {
    let offer = offer_with_places(&app, 5).await;
    let fourteen = this_year() - 14;
    let parent = Some("familie.haddad@example.org");
    let amira = register(&app, offer, "Amira", "familie.haddad@example.org", fourteen, parent).await;
    let samir = register(&app, offer, "Samir", "familie.haddad@example.org", fourteen, parent).await;
    assert!(amira.starts_with("/r/") && samir.starts_with("/r/") && amira != samir, "{amira} {samir}");
    let held = vec![("familie.haddad@example.org".to_owned(), "awaiting_consent".to_owned()); 2];
    assert_eq!(statuses(&app, offer).await, held);
    assert_eq!(places_taken(&app, offer).await, 2);
    let (asked,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE recipient = $1 AND kind = 'mail-consent-request'")
            .bind("familie.haddad@example.org")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(asked, 2);
    // Once one sibling has cancelled, the other's registration still stands, and the cancelled
    // one may register again.
    let (_, page) = app.page(&amira, "de").await;
    assert!(page.contains("Angemeldet ist: Amira"), "the shared mailbox's pages say whose they are");
    app.post_form(&browser(), &format!("{amira}/cancel"), &[]).await;
    let again = register(&app, offer, "amira", "familie.haddad@example.org", fourteen, parent).await;
    assert!(again != amira && again != samir);
    assert_eq!(places_taken(&app, offer).await, 2);

    // "My registrations" of the family's address says whose each line is.
    let parent_phone = browser();
    app.post_form(&parent_phone, "/me/link", &[("email", "familie.haddad@example.org")]).await;
    let link = link_path(&app.last_mail_to("familie.haddad@example.org").await.unwrap().2);
    app.post_form(&parent_phone, &link, &[]).await;
    let (_, _, page) = app.get_with(&parent_phone, "/me").await;
    // The record keeps the name as first given, whatever a later form typed.
    assert!(page.contains("Angemeldet ist: Samir") && page.contains("Angemeldet ist: Amira"), "{page}");
}

/// Registering for a second offer is the same participant, as stored: a form names a person, it
/// does not change them. A walk-in added by staff changes nothing either.
async fn one_person_is_one_participant_across_offers(app: TestApp) {
    let cooking = offer_with_places(&app, 5).await;
    let cafe = app.offer("Sprachcafé").places(5).create().await;
    let arabic = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .default_headers([(reqwest::header::ACCEPT_LANGUAGE, "ar".parse().unwrap())].into_iter().collect())
        .build()
        .unwrap();
    let born = (this_year() - 19).to_string();
    let token = app.form_token(cooking).await;
    let form = [
        ("first_name", "Amira"),
        ("email", "amira@example.org"),
        ("birth_year", born.as_str()),
        ("privacy", "on"),
        ("form_token", token.as_str()),
    ];
    let (status, _) = app.post_form(&arabic, &format!("/offers/{cooking}/register"), &form).await;
    assert_eq!(status, 303);
    // Later a form names her without the capital and another year of birth, in German.
    let older = this_year() - 20;
    let answer = register(&app, cafe, "amira", "amira@example.org", older, None).await;
    assert_eq!(answer, format!("/offers/{cafe}?sent#register"));
    let people: Vec<(String, i64, String)> =
        sqlx::query_as("SELECT first_name, birth_year, lang FROM participants WHERE email = 'amira@example.org'")
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    assert_eq!(people, [("Amira".to_owned(), born.parse().unwrap(), "ar".to_owned())]);
    let (registrations,): (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM registrations r JOIN participants p ON p.id = r.participant_id
         WHERE p.email = 'amira@example.org'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(registrations, 2);
    // The message about the second registration is in her own language.
    let (kind, subject, _) = app.last_mail_to("amira@example.org").await.unwrap();
    assert_eq!(kind, "mail-confirmed");
    assert!(subject.starts_with("تم تسجيلك"), "in Arabic: {subject}");

    // Staff add her at the door of a third offer: her record stays hers.
    let staff = staff(&app).await;
    let walk_in = [("first_name", "AMIRA"), ("email", "amira@example.org"), ("birth_year", "2001")];
    let third = app.offer("Fußball für alle").places(5).create().await;
    let (_, location) = app.post_form(&staff, &format!("/staff/offers/{third}/participants"), &walk_in).await;
    assert!(location.ends_with("?saved"), "{location}");
    let after: (String, i64, String) =
        sqlx::query_as("SELECT first_name, birth_year, lang FROM participants WHERE email = 'amira@example.org'")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(after, ("Amira".to_owned(), born.parse().unwrap(), "ar".to_owned()));
    assert_eq!(app.last_mail_to("amira@example.org").await.unwrap().0, "mail-confirmed");
}

async fn cancelling_from_the_emailed_link_moves_the_next_person_up(app: TestApp) {
    let offer = offer_with_places(&app, 1).await;
    let adult = this_year() - 18;
    register(&app, offer, "Oleksandr", "oleksandr@example.org", adult, None).await;
    let waiting = register(&app, offer, "Deniz", "deniz@example.org", adult, None).await;
    let (_, _, mail) = app.last_mail_to("oleksandr@example.org").await.unwrap();
    let link = link_path(&mail);
    let (status, back) = app.post_form(&browser(), &format!("{link}/cancel"), &[]).await;
    assert_eq!((status, back.as_str()), (303, link.as_str()));
    let (_, page) = app.page(&link, "de").await;
    assert!(page.contains("Diese Anmeldung ist abgesagt."));
    let (_, page) = app.page(&waiting, "de").await;
    assert!(page.contains("Du bist angemeldet."), "the first on the waiting list moved up");
    assert_eq!(app.last_mail_to("deniz@example.org").await.unwrap().0, "mail-promoted");
    assert_eq!(places_taken(&app, offer).await, 1);
    // A second tap on the old link changes nothing.
    app.post_form(&browser(), &format!("{link}/cancel"), &[]).await;
    assert_eq!(places_taken(&app, offer).await, 1);
    let (status, _) = app.page("/r/1-0000000000000000000000000000000000000000000000000000000000000000", "de").await;
    assert_eq!(status, 404, "a forged link opens nothing");
}

async fn under_16s_wait_for_a_parent_who_says_yes_or_no(app: TestApp) {
    let offer = offer_with_places(&app, 2).await;
    let fifteen = this_year() - 15;
    let (status, location) = app
        .post_form(
            &browser(),
            &format!("/offers/{offer}/register"),
            &[
                ("first_name", "Amira"),
                ("email", "amira@example.org"),
                ("birth_year", &fifteen.to_string()),
                ("privacy", "on"),
            ],
        )
        .await;
    assert_eq!(status, 303);
    let (_, form) = app.page(&location, "de").await;
    assert!(form.contains("Du bist 16 oder jünger.") && form.contains(r#"value="Amira""#), "asked for a parent");

    let own = register(&app, offer, "Amira", "amira@example.org", fifteen, Some("mutter@example.org")).await;
    let (_, page) = app.page(&own, "de").await;
    assert!(page.contains("Deine Eltern haben eine E-Mail bekommen."));
    assert_eq!(places_taken(&app, offer).await, 1, "the place is held");
    let (kind, subject, body) = app.last_mail_to("mutter@example.org").await.unwrap();
    assert_eq!(kind, "mail-consent-request");
    assert!(subject.contains("Amira") && body.contains("/consent/"), "{body}");
    let consent = link_path(&body);
    let (_, consent_page) = app.page(&consent, "de").await;
    assert!(consent_page.contains("Kochen ohne Grenzen") && consent_page.contains("Ja, ich stimme zu"));
    let (_, not_yet) = app.page(&format!("{consent}&yes"), "de").await;
    assert!(!not_yet.contains("Danke.") && not_yet.contains("Ja, ich stimme zu"), "the address alone says nothing");
    let (status, _) = app.post_form(&browser(), &consent, &[("answer", "yes")]).await;
    assert_eq!(status, 303);
    let (_, page) = app.page(&own, "de").await;
    assert!(page.contains("Du bist angemeldet."));
    let (version, given): (Option<String>, Option<i64>) = sqlx::query_as(
        "SELECT r.consent_text_version, r.consent_given_at FROM registrations r JOIN participants p ON p.id = r.participant_id WHERE p.email = 'amira@example.org'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert!(version.is_some() && given.is_some(), "the consent is recorded with its text version");

    // A second child's parent says no: the place goes back.
    register(&app, offer, "Leyla", "leyla@example.org", fifteen, Some("vater@example.org")).await;
    register(&app, offer, "Oleksandr", "oleksandr@example.org", this_year() - 19, None).await;
    let consent = link_path(&app.last_mail_to("vater@example.org").await.unwrap().2);
    app.post_form(&browser(), &consent, &[("answer", "no")]).await;
    let all = statuses(&app, offer).await;
    assert_eq!(
        all.iter().map(|(_, s)| s.as_str()).collect::<Vec<_>>(),
        ["confirmed", "cancelled", "confirmed"],
        "declined, and the waiting person moved up"
    );
    let (_, answered) = app.page(&consent, "de").await;
    assert!(answered.contains("schon beantwortet"));
}

async fn an_unanswered_consent_request_releases_the_place(app: TestApp) {
    let offer = offer_with_places(&app, 1).await;
    register(&app, offer, "Amira", "amira@example.org", this_year() - 14, Some("mutter@example.org")).await;
    register(&app, offer, "Oleksandr", "oleksandr@example.org", this_year() - 19, None).await;
    let key = app.links.clone();
    let links = app::ssr::service::registrations::Links {
        public_url: &app.address,
        key: &key,
        organizer: "treffpunkt@example.org",
    };
    let now = chrono::Utc::now().timestamp();
    let none = app::ssr::service::registrations::expire_consents(&app.db, links, now).await.unwrap();
    assert_eq!(none, 0, "not yet: the place is held for 72 hours");
    let later = now + 72 * 3600 + 1;
    let released = app::ssr::service::registrations::expire_consents(&app.db, links, later).await.unwrap();
    assert_eq!(released, 1);
    assert_eq!(app.last_mail_to("amira@example.org").await.unwrap().0, "mail-consent-expired");
    assert_eq!(app.last_mail_to("oleksandr@example.org").await.unwrap().0, "mail-promoted");
    assert_eq!(places_taken(&app, offer).await, 1);
}

async fn who_may_not_register_is_told_why_with_the_form_kept(app: TestApp) {
    let offer = offer_with_places(&app, 5).await;
    let location = register(&app, offer, "Yusuf", "yusuf@example.org", this_year() - 11, Some("p@example.org")).await;
    let (_, page) = app.page(&location, "de").await;
    assert!(page.contains("Dieses Angebot ist für Ältere.") && page.contains(r#"value="Yusuf""#));
    sqlx::query("UPDATE offers SET registration_closes_at = $1 WHERE id = $2")
        .bind(chrono::Utc::now().timestamp() - 60)
        .bind(offer)
        .execute(app.db.pool())
        .await
        .unwrap();
    let location = register(&app, offer, "Deniz", "deniz@example.org", this_year() - 23, None).await;
    let (_, page) = app.page(&location, "en").await;
    assert!(page.contains("Registration is over."));
    let drop_in = app.offer("Sprachcafé").create().await;
    let location = register(&app, drop_in, "Deniz", "deniz@example.org", this_year() - 23, None).await;
    let (_, page) = app.page(&location, "de").await;
    assert!(!page.contains("Jetzt anmelden"), "a drop-in offer has no form");
    assert!(statuses(&app, offer).await.is_empty() && statuses(&app, drop_in).await.is_empty());
}

/// Two hundred young people send the form at the same moment for twenty places: exactly twenty
/// get a place, the others wait in positions 1 to 180, and nobody gets an error.
async fn two_hundred_at_once_for_twenty_places(app: TestApp) {
    let offer = offer_with_places(&app, 20).await;
    let born = (this_year() - 20).to_string();
    let app = std::sync::Arc::new(app);
    let mut requests = tokio::task::JoinSet::new();
    for n in 0..200 {
        let (app, born) = (app.clone(), born.clone());
        requests.spawn(async move {
            let email = format!("person{n}@example.org");
            let form =
                [("first_name", "Test"), ("email", email.as_str()), ("birth_year", born.as_str()), ("privacy", "on")];
            app.post_form(&browser(), &format!("/offers/{offer}/register"), &form).await
        });
    }
    while let Some(answer) = requests.join_next().await {
        let (status, location) = answer.unwrap();
        assert!(status == 303 && location.starts_with("/r/"), "{status} {location}");
    }
    let all = statuses(&app, offer).await;
    let confirmed = all.iter().filter(|(_, s)| s == "confirmed").count();
    let waiting = all.iter().filter(|(_, s)| s == "waitlisted").count();
    assert_eq!((all.len(), confirmed, waiting), (200, 20, 180));
    assert_eq!(places_taken(&app, offer).await, 20);
    // Waiting-list positions are 1..180 in the order the requests were decided.
    let (_, page) = app.page(&link_path(&app.last_mail_to(&all[199].0).await.unwrap().2), "en").await;
    assert!(page.contains("at place 180."), "the last one waits at 180");
}

pub async fn staff(app: &TestApp) -> reqwest::Client {
    let site = app.id_of("SELECT id FROM sites WHERE slug = $1", "koeln").await;
    app.create_user("yilmaz@jmd.example", Role::Staff, Some(site), None).await;
    app.signed_in("yilmaz@jmd.example").await
}

async fn staff_see_who_is_coming_add_walk_ins_cancel_and_export(app: TestApp) {
    let offer = offer_with_places(&app, 1).await;
    let adult = this_year() - 20;
    register(&app, offer, "Ayşe", "ayse@example.org", adult, None).await;
    register(&app, offer, "=Deniz", "deniz@example.org", adult, None).await;
    let staff = staff(&app).await;
    let list = format!("/staff/offers/{offer}/participants");
    let (status, _, page) = app.get_with(&staff, &list).await;
    assert_eq!(status, 200);
    assert!(page.contains("Ayşe") && page.contains("Warteliste") && page.contains("Jetzt aufnehmen"));

    // A walk-in at the door: the room is full, so they wait too.
    let walk_in = [("first_name", "Samir"), ("email", "samir@example.org"), ("birth_year", "2001")];
    let (status, location) = app.post_form(&staff, &list, &walk_in).await;
    assert_eq!((status, location.as_str()), (303, format!("{list}?saved").as_str()));
    // Moving someone up needs a free place.
    let (samir,): (i64,) = sqlx::query_as("SELECT r.id FROM registrations r JOIN participants p ON p.id = r.participant_id WHERE p.email = 'samir@example.org'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let (_, location) = app.post_form(&staff, &format!("/staff/registrations/{samir}/move-up"), &[]).await;
    assert!(location.ends_with("?full"), "{location}");

    let (ayse,): (i64,) = sqlx::query_as("SELECT r.id FROM registrations r JOIN participants p ON p.id = r.participant_id WHERE p.email = 'ayse@example.org'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    app.post_form(&staff, &format!("/staff/registrations/{ayse}/cancel"), &[("reason", "krank")]).await;
    let all = statuses(&app, offer).await;
    assert_eq!(
        all.iter().map(|(_, s)| s.as_str()).collect::<Vec<_>>(),
        ["cancelled", "confirmed", "waitlisted"],
        "the first waiting person (not the walk-in) moved up"
    );
    assert_eq!(app.last_mail_to("ayse@example.org").await.unwrap().0, "mail-cancelled");

    let response = staff.get(app.url(&format!("{list}.csv"))).send().await.unwrap();
    assert_eq!(response.headers()["content-type"], "text/csv; charset=utf-8");
    let bytes = response.bytes().await.unwrap();
    assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "a byte order mark for Excel");
    let csv = String::from_utf8(bytes.to_vec()).unwrap();
    assert!(csv.contains("\"Ayşe\"") && csv.contains("\"'=Deniz\""), "umlauts kept, formulas defused: {csv}");
    assert!(csv.contains("Abgesagt") && csv.lines().count() == 4);

    let message = [("subject", "Neuer Raum"), ("body", "Wir treffen uns heute in Raum 2.")];
    let (_, location) = app.post_form(&staff, &format!("/staff/offers/{offer}/message"), &message).await;
    assert!(location.ends_with("?message-sent"));
    let (kind, subject, _) = app.last_mail_to("deniz@example.org").await.unwrap();
    assert_eq!((kind.as_str(), subject.as_str()), ("staff-message", "Neuer Raum"));
    assert_ne!(app.last_mail_to("ayse@example.org").await.unwrap().0, "staff-message", "not to cancelled people");

    let kalk = app.id_of("SELECT id FROM organisations WHERE slug = $1", "sc-chorweiler-1968-e-v").await;
    app.create_user("becker@sc.example", Role::Partner, None, Some(kalk)).await;
    let other = app.signed_in("becker@sc.example").await;
    let (status, _, _) = app.get_with(&other, &format!("{list}.csv")).await;
    assert_eq!(status, 403, "another organisation's partner gets no list");
}

async fn registration_id(app: &TestApp, first_name: &str) -> i64 {
    app.id_of(
        "SELECT r.id FROM registrations r JOIN participants p ON p.id = r.participant_id WHERE p.first_name = $1",
        first_name,
    )
    .await
}

/// A parent signed the JMD's paper form: staff copy it in, for a held place and ahead of time
/// for a child on the waiting list, who then moves up without a consent request.
async fn staff_record_a_consent_given_on_paper(app: TestApp) {
    let offer = offer_with_places(&app, 1).await;
    let fourteen = this_year() - 14;
    register(&app, offer, "Amira", "amira@example.org", fourteen, Some("eltern.haddad@example.org")).await;
    let waiting = register(&app, offer, "Yusuf", "yusuf@example.org", fourteen, Some("eltern.kaya@example.org")).await;
    let (amira, yusuf) = (registration_id(&app, "Amira").await, registration_id(&app, "Yusuf").await);
    let staff = staff(&app).await;
    let list = format!("/staff/offers/{offer}/participants");
    let (_, _, page) = app.get_with(&staff, &list).await;
    assert!(page.contains(&format!("/staff/registrations/{amira}/paper-consent")));
    assert!(page.contains(&format!("/staff/registrations/{yusuf}/paper-consent")), "ahead of time for the waiting");

    // A slip: the date lies ahead. The row's form opens again with what was typed.
    let tomorrow = (chrono::Utc::now() + chrono::Duration::days(2)).format("%Y-%m-%d").to_string();
    let typed = [("signed_by", "Fatma Haddad"), ("signed_on", tomorrow.as_str()), ("form_version", "JMD 2026-03")];
    let (status, location) =
        app.post_form(&staff, &format!("/staff/registrations/{amira}/paper-consent"), &typed).await;
    assert_eq!(status, 303);
    assert!(location.contains("draft=") && location.ends_with(&format!("#consent-{amira}")), "{location}");
    let (_, _, page) = app.get_with(&staff, &location).await;
    assert!(page.contains("Bitte gib das Datum der Unterschrift an"));
    assert!(page.contains("value=\"Fatma Haddad\"") && page.contains("value=\"JMD 2026-03\""));
    assert!(page.contains(&format!("id=\"consent-{amira}\" open")), "the row's form is open");
    assert_eq!(status_of(&app, amira).await, "awaiting_consent");

    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let signed = [("signed_by", "Fatma Haddad"), ("signed_on", today.as_str()), ("form_version", "JMD 2026-03")];
    let (_, location) = app.post_form(&staff, &format!("/staff/registrations/{amira}/paper-consent"), &signed).await;
    assert!(location.ends_with("?consent-saved"), "{location}");
    assert_eq!(status_of(&app, amira).await, "confirmed");
    assert_eq!(app.last_mail_to("amira@example.org").await.unwrap().0, "mail-confirmed");
    let (source, by, version, recorded_by): (String, String, String, Option<i64>) = sqlx::query_as(
        "SELECT consent_source, consent_signed_by, consent_text_version, consent_recorded_by FROM registrations
         WHERE id = $1",
    )
    .bind(amira)
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!((source.as_str(), by.as_str(), version.as_str()), ("paper", "Fatma Haddad", "JMD 2026-03"));
    assert!(recorded_by.is_some());
    let (_, _, page) = app.get_with(&staff, &list).await;
    assert!(page.contains(&format!("Auf Papier: Fatma Haddad, unterschrieben am {today}, Formular JMD 2026-03")));
    let (audited,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action = 'consent-on-paper'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(audited, 1);
    // The parent's emailed link now only says it was answered; a second record changes nothing.
    let (_, location) = app.post_form(&staff, &format!("/staff/registrations/{amira}/paper-consent"), &signed).await;
    assert!(location.ends_with("?gone"), "{location}");

    // Yusuf's parent signed too; when Amira cancels he moves straight into a confirmed place.
    let kaya = [("signed_by", "Mehmet Kaya"), ("signed_on", today.as_str()), ("form_version", "JMD 2026-03")];
    app.post_form(&staff, &format!("/staff/registrations/{yusuf}/paper-consent"), &kaya).await;
    assert_eq!(status_of(&app, yusuf).await, "waitlisted");
    app.post_form(&staff, &format!("/staff/registrations/{amira}/cancel"), &[("reason", "umgezogen")]).await;
    assert_eq!(status_of(&app, yusuf).await, "confirmed");
    let (_, page) = app.page(&waiting, "de").await;
    assert!(page.contains("Du bist angemeldet."));
    let (asked,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE recipient = 'eltern.kaya@example.org'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(asked, 0, "no consent request after the paper one");

    let csv = app.get_with(&staff, &format!("{list}.csv")).await.2;
    assert!(csv.contains("Einwilligung der Eltern") && csv.contains("Auf Papier: Mehmet Kaya"), "{csv}");
}

async fn status_of(app: &TestApp, registration: i64) -> String {
    let (status,): (String,) = sqlx::query_as("SELECT status FROM registrations WHERE id = $1")
        .bind(registration)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    status
}

async fn more_places_and_cancelled_dates_reach_the_people_registered(app: TestApp) {
    let offer = offer_with_places(&app, 1).await;
    let adult = this_year() - 20;
    register(&app, offer, "Ayşe", "ayse@example.org", adult, None).await;
    register(&app, offer, "Deniz", "deniz@example.org", adult, None).await;
    let staff = staff(&app).await;
    // The editor raises the places to two: Deniz moves up.
    let stored: Vec<(String, String)> = sqlx::query_as(
        "SELECT 'organisation_id', CAST(organisation_id AS TEXT) FROM offers WHERE id = $1
         UNION ALL SELECT 'venue_id', CAST(venue_id AS TEXT) FROM offers WHERE id = $1",
    )
    .bind(offer)
    .fetch_all(app.db.pool())
    .await
    .unwrap();
    let mut form: Vec<(&str, String)> = vec![
        ("title", "Kochen ohne Grenzen".into()),
        ("category", "culture".into()),
        ("min_age", "14".into()),
        ("max_age", "27".into()),
        ("registration", "series".into()),
        ("capacity", "2".into()),
    ];
    for (name, value) in &stored {
        form.push((if name == "venue_id" { "venue_id" } else { "organisation_id" }, value.clone()));
    }
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (_, location) = app.post_form(&staff, &format!("/staff/offers/{offer}"), &pairs).await;
    assert!(location.ends_with("?saved"), "{location}");
    assert_eq!(app.last_mail_to("deniz@example.org").await.unwrap().0, "mail-promoted");
    assert_eq!(places_taken(&app, offer).await, 2);

    let (session,): (i64,) = sqlx::query_as("SELECT id FROM sessions WHERE offer_id = $1 ORDER BY starts_at LIMIT 1")
        .bind(offer)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let note = [("note", "Wir holen den Termin nächste Woche nach.")];
    app.post_form(&staff, &format!("/staff/offers/{offer}/sessions/{session}/cancel"), &note).await;
    let (kind, _, body) = app.last_mail_to("ayse@example.org").await.unwrap();
    assert_eq!(kind, "mail-session-cancelled");
    assert!(body.contains("nächste Woche nach"), "{body}");
    let (calendar,): (Option<String>,) = sqlx::query_as(
        "SELECT calendar FROM outbox WHERE recipient = 'ayse@example.org' AND kind = 'mail-session-cancelled'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    let calendar = calendar.expect("the cancelled date leaves her calendar");
    assert!(calendar.contains("METHOD:CANCEL") && calendar.contains("STATUS:CANCELLED"), "{calendar}");
    app.post_form(&staff, &format!("/staff/offers/{offer}/status"), &[("status", "cancelled"), ("note", "Leider.")])
        .await;
    assert_eq!(app.last_mail_to("deniz@example.org").await.unwrap().0, "mail-offer-cancelled");
}

async fn per_date_registration_counts_places_per_date(app: TestApp) {
    let offer = app
        .offer("Sprachcafé")
        .weekly(4)
        .places(1)
        .with(|offer| offer.registration = app::domain::offer::Registration::PerSession)
        .create()
        .await;
    let dates: Vec<(i64,)> = sqlx::query_as(
        "SELECT id FROM sessions WHERE offer_id = $1 AND status = 'scheduled' AND starts_at > $2 ORDER BY starts_at LIMIT 2",
    )
    .bind(offer)
    .bind(chrono::Utc::now().timestamp())
    .fetch_all(app.db.pool())
    .await
    .unwrap();
    let (first, second) = (dates[0].0.to_string(), dates[1].0.to_string());
    let (_, page) = app.page(&format!("/offers/{offer}"), "de").await;
    assert!(page.contains(r#"name="session_id""#), "the form asks for the date");
    let born = (this_year() - 18).to_string();
    let post = |name: &'static str, email: &'static str, date: String| {
        let born = born.clone();
        let app = &app;
        async move {
            let form = [
                ("first_name", name),
                ("email", email),
                ("birth_year", born.as_str()),
                ("privacy", "on"),
                ("session_id", date.as_str()),
            ];
            app.post_form(&browser(), &format!("/offers/{offer}/register"), &form).await
        }
    };
    post("Amira", "amira@example.org", first.clone()).await;
    post("Amira", "amira@example.org", second.clone()).await;
    post("Deniz", "deniz@example.org", first.clone()).await;
    let rows: Vec<(i64, String, String)> =
        sqlx::query_as("SELECT r.session_id, p.email, r.status FROM registrations r JOIN participants p ON p.id = r.participant_id WHERE r.offer_id = $1 ORDER BY r.id")
            .bind(offer)
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    let first_id = dates[0].0;
    let second_id = dates[1].0;
    assert_eq!(
        rows,
        [
            (first_id, "amira@example.org".to_owned(), "confirmed".to_owned()),
            (second_id, "amira@example.org".to_owned(), "confirmed".to_owned()),
            (first_id, "deniz@example.org".to_owned(), "waitlisted".to_owned()),
        ],
        "one place per date; the same person may come to both"
    );
    let taken: Vec<(i64,)> =
        sqlx::query_as("SELECT places_taken FROM sessions WHERE id IN ($1, $2) ORDER BY starts_at")
            .bind(first_id)
            .bind(second_id)
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    assert_eq!(taken, [(1,), (1,)]);
    let (_, location) = post("Samir", "samir@example.org", String::new()).await;
    assert!(location.is_empty() || !location.starts_with("/r/"), "a per-date offer needs its date: {location}");
}

/// A trip with a night away: the form asks whom to call, a 17-year-old is told to bring the
/// parents' consent on paper and staff record it; an adult needs no paper.
async fn an_overnight_trip_asks_for_an_emergency_contact_and_the_parents_paper(app: TestApp) {
    let trip = app.offer("Zeltwochenende in der Eifel").places(10).with(|offer| offer.overnight = true).create().await;
    let (_, page) = app.page(&format!("/offers/{trip}"), "de").await;
    assert!(page.contains("Wir übernachten auswärts") && page.contains(r#"name="emergency_contact""#), "{page}");
    let born = (this_year() - 17).to_string();
    let token = app.form_token(trip).await;
    let mut form = vec![
        ("first_name", "Mariam"),
        ("email", "mariam@example.org"),
        ("birth_year", born.as_str()),
        ("privacy", "on"),
        ("form_token", token.as_str()),
    ];
    let path = format!("/offers/{trip}/register");
    let (status, location) = app.post_form(&browser(), &path, &form).await;
    assert!(status == 303 && location.contains("draft="), "{location}");
    let (_, page) = app.page(&location, "de").await;
    assert!(page.contains("Bitte gib einen Namen und eine Telefonnummer für Notfälle an."), "at its field: {page}");
    assert!(page.contains(r#"value="mariam@example.org""#), "what was typed is kept");
    assert!(statuses(&app, trip).await.is_empty(), "nothing is stored");

    form.push(("emergency_contact", "Leila Haddad, 0176 1234567"));
    let (_, location) = app.post_form(&browser(), &path, &form).await;
    assert!(location.starts_with("/r/"), "{location}");
    let (_, mine) = app.page(&location, "de").await;
    assert!(mine.contains("Einverständniserklärung deiner Eltern auf Papier"), "{mine}");
    let adult = format!("/offers/{trip}/register");
    let grown = (this_year() - 20).to_string();
    let deniz = [
        ("first_name", "Deniz"),
        ("email", "deniz@example.org"),
        ("birth_year", grown.as_str()),
        ("privacy", "on"),
        ("emergency_contact", "Ali Yilmaz 0221 998877"),
    ];
    let (_, location) = app.post_form(&browser(), &adult, &deniz).await;
    let (_, page) = app.page(&location, "de").await;
    assert!(page.contains("Du bist angemeldet.") && !page.contains("auf Papier"), "{page}");

    let staff = staff(&app).await;
    let (_, _, editor) = app.get_with(&staff, &format!("/staff/offers/{trip}/edit")).await;
    let checkbox =
        editor.split(r#"name="overnight""#).nth(1).and_then(|rest| rest.split('>').next()).unwrap_or_default();
    assert!(checkbox.contains("checked"), "the editor shows the setting: {checkbox}");
    let list = format!("/staff/offers/{trip}/participants");
    let (_, _, page) = app.get_with(&staff, &list).await;
    assert!(page.contains("Leila Haddad, 0176 1234567") && page.contains("Ali Yilmaz 0221 998877"));
    assert_eq!(page.matches("Fahrt: Einverständnis der Eltern auf Papier fehlt noch").count(), 1, "Mariam only");
    let id = app
        .id_of(
            "SELECT r.id FROM registrations r JOIN participants p ON p.id = r.participant_id WHERE p.email = $1",
            "mariam@example.org",
        )
        .await;
    let consent = format!("/staff/registrations/{id}/trip-consent");
    let mistake = [("signed_by", "Leila Haddad"), ("signed_on", "morgen"), ("form_version", "Eifel 2027")];
    let (_, back) = app.post_form(&staff, &consent, &mistake).await;
    let (_, _, page) = app.get_with(&staff, &back).await;
    assert!(
        page.contains(r#"value="Eifel 2027""#) && page.contains(&format!(r#"<details id="trip-{id}" open"#)),
        "{page}"
    );
    let today = chrono::Utc::now().date_naive().to_string();
    let signed = [("signed_by", "Leila Haddad"), ("signed_on", today.as_str()), ("form_version", "Eifel 2027")];
    let (_, back) = app.post_form(&staff, &consent, &signed).await;
    assert!(back.ends_with("?consent-saved"), "{back}");
    let (_, _, page) = app.get_with(&staff, &list).await;
    assert!(page.contains("Fahrt: Einverständnis auf Papier von") && !page.contains("fehlt noch"), "{page}");
    let (_, again) = app.post_form(&staff, &consent, &signed).await;
    assert!(again.ends_with("?gone"), "recorded once: {again}");
    let (_, mine) = app.page(&location_of(&app, "mariam@example.org").await, "de").await;
    assert!(!mine.contains("auf Papier"), "her page no longer asks for it");
    let (csv_status, _, csv) = app.get_with(&staff, &format!("/staff/offers/{trip}/participants.csv")).await;
    assert_eq!(csv_status, 200);
    assert!(csv.contains("Notfallkontakt") && csv.contains("Leila Haddad, 0176 1234567"));
}

/// The page of the registration of `email`, as the link in her messages opens it.
async fn location_of(app: &TestApp, email: &str) -> String {
    let id = app
        .id_of(
            "SELECT r.id FROM registrations r JOIN participants p ON p.id = r.participant_id WHERE p.email = $1",
            email,
        )
        .await;
    format!("/r/{}", app.links.token(app::ssr::links::Purpose::Registration, id))
}
