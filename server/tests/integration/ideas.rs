//! Co-design part 1 over HTTP: joining with a code under a nickname, ideas, support, moderation,
//! the staff check, news in each follower's language, and that no public page shows who wrote or
//! supported an idea.

use app::domain::policy::Role;
use chrono::Datelike;

use crate::helpers::{TestApp, browser};
use crate::on_both_backends;

on_both_backends!(
    the_ideas_loop_from_join_code_to_answer,
    contact_details_are_held_even_where_ideas_show_at_once,
    codes_and_rounds_refuse_what_they_should,
    a_nickname_registers_without_typing_an_address,
    a_nickname_adds_an_address_its_owner_confirms_and_a_parent_agrees_to,
    a_round_votes_secretly_among_its_feasible_ideas,
    ideas_pages_run_a_bounded_number_of_queries
);

async fn koeln(app: &TestApp) -> i64 {
    app.id_of("SELECT id FROM sites WHERE slug = $1", "koeln").await
}

async fn staff_of(app: &TestApp, site: i64) -> reqwest::Client {
    app.create_user("ideen@jmd.example.org", Role::Staff, Some(site), None).await;
    app.signed_in("ideen@jmd.example.org").await
}

fn in_days(days: u64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Days::new(days)).format("%Y-%m-%d").to_string()
}

/// Makes a join code through the staff form; returns the code as printed.
async fn join_code(app: &TestApp, staff: &reqwest::Client, label: &str, max: &str) -> String {
    let until = in_days(30);
    let form = [("label", label), ("max_joins", max), ("valid_until", until.as_str())];
    let (status, location) = app.post_form(staff, "/staff/join-codes", &form).await;
    assert_eq!((status, location.as_str()), (303, "/staff/ideas?code-made"));
    let (code,): (String,) = sqlx::query_as("SELECT code FROM join_codes WHERE label = $1")
        .bind(label)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    code
}

async fn round(app: &TestApp, staff: &reqwest::Client, question: &str, post_moderated: bool) -> i64 {
    let mut form = vec![
        ("question", question),
        ("decidable", "Was es beim Fest gibt"),
        ("budget", "300 Euro"),
        ("deciders", "Ihr und das Team"),
    ];
    if post_moderated {
        form.push(("post_moderated", "on"));
    }
    let (status, location) = app.post_form(staff, "/staff/idea-rounds", &form).await;
    assert_eq!((status, location.as_str()), (303, "/staff/ideas?saved"));
    app.id_of("SELECT id FROM idea_rounds WHERE question = $1", question).await
}

/// A young person joins with `code`; returns their browser (with the session) and the page that
/// showed the re-entry code.
async fn join(app: &TestApp, code: &str, nickname: &str, lang: &str) -> (reqwest::Client, String) {
    join_aged(app, code, (nickname, 15), lang).await
}

async fn join_aged(app: &TestApp, code: &str, (nickname, age): (&str, i32), lang: &str) -> (reqwest::Client, String) {
    let phone = browser();
    let born = (chrono::Utc::now().year() - age).to_string();
    let form = [("code", code), ("nickname", nickname), ("birth_year", born.as_str()), ("lang", lang)];
    let (status, location) = app.post_form(&phone, "/join", &form).await;
    assert_eq!(status, 303, "{nickname} joins");
    assert!(location.starts_with("/join/welcome?draft="), "{location}");
    let (_, _, welcome) = app.get_with(&phone, &location).await;
    (phone, welcome)
}

fn reentry_code(welcome: &str) -> String {
    let after = welcome
        .split(r#"class="reentry-code"><strong>"#)
        .nth(1)
        .unwrap_or_else(|| panic!("the re-entry code is shown: {welcome}"));
    after.split('<').next().unwrap().to_owned()
}

async fn idea_state(app: &TestApp, id: i64) -> (String, i64, i64) {
    sqlx::query_as("SELECT state, held, supports FROM ideas WHERE id = $1")
        .bind(id)
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

async fn public_pages(app: &TestApp, idea: i64, round: i64) -> String {
    let mut all = String::new();
    for path in
        ["/ideas", &format!("/ideas/{idea}"), "/ideas/done", &format!("/ideas/rounds/{round}"), "/ideas?site=koeln"]
    {
        let (status, page) = app.page(path, "de").await;
        assert_eq!(status, 200, "{path}");
        all.push_str(&page);
    }
    all
}

async fn the_ideas_loop_from_join_code_to_answer(app: TestApp) {
    let site = koeln(&app).await;
    let staff = staff_of(&app, site).await;
    let code = join_code(&app, &staff, "Mädchentreff Vingst", "2").await;
    let round = round(&app, &staff, "Was soll beim Sommerfest Chorweiler passieren?", false).await;

    // The author joins in Arabic; the re-entry code is shown once.
    let (amira, welcome) = join(&app, &code.to_lowercase(), "Sunny Kalk", "ar").await;
    let reentry = reentry_code(&welcome);
    assert_eq!(reentry.len(), 14, "{reentry}");
    let (status, location) = app
        .post_form(
            &amira,
            "/ideas",
            &[
                ("round_id", &round.to_string()),
                ("what", "Picknick am Rheinufer mit Musik"),
                ("category", "culture"),
                ("weekday-5", "on"),
                ("part-evening", "on"),
            ],
        )
        .await;
    assert_eq!(status, 303);
    assert!(location.ends_with("?held"), "pre-moderated: {location}");
    let idea: i64 = location.trim_start_matches("/ideas/").split('?').next().unwrap().parse().unwrap();
    assert_eq!(idea_state(&app, idea).await.0, "submitted");
    assert!(!app.page("/ideas", "de").await.1.contains("Picknick am Rheinufer"), "not public before moderation");
    // Its author sees it; nobody else does.
    assert!(app.get_with(&amira, &format!("/ideas/{idea}")).await.2.contains("Picknick am Rheinufer"));
    assert_eq!(app.page(&format!("/ideas/{idea}"), "de").await.0, 404);

    // A young person cannot moderate, and neither can a partner.
    let decide = format!("/staff/ideas/{idea}/decide");
    assert_eq!(app.post_form(&amira, &decide, &[("state", "published")]).await.0, 403);
    let organisation = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jugendzentrum-kalk").await;
    app.create_user("partner@verein.example.org", Role::Partner, None, Some(organisation)).await;
    let partner = app.signed_in("partner@verein.example.org").await;
    assert_eq!(app.post_form(&partner, &decide, &[("state", "published")]).await.0, 403);
    assert_eq!(app.post_form(&browser(), &decide, &[("state", "published")]).await.0, 303, "to sign in");

    // Staff publish it; it shows from the group, never with the nickname.
    assert_eq!(app.post_form(&staff, &decide, &[("state", "published")]).await, (303, "/staff/ideas?moved".to_owned()));
    let board = app.page("/ideas", "de").await.1;
    assert!(board.contains("Picknick am Rheinufer") && board.contains("Mädchentreff Vingst"), "{board}");

    // A second young person joins, sees similar ideas before sending the same one, and supports it.
    let (bilal, _) = join(&app, &code, "Blitz", "de").await;
    let (_, location) = app
        .post_form(
            &bilal,
            "/ideas",
            &[
                ("round_id", &round.to_string()),
                ("what", "Ein Picknick am Rheinufer mit Spielen"),
                ("category", "culture"),
            ],
        )
        .await;
    assert!(location.starts_with(&format!("/ideas/new?round={round}&draft=")), "similar ideas first: {location}");
    let (_, _, form) = app.get_with(&bilal, &location).await;
    assert!(form.contains("Picknick am Rheinufer mit Musik") && form.contains("seen_similar"), "{form}");
    let support = format!("/ideas/{idea}/support");
    for _ in 0..2 {
        let (status, location) = app.post_form(&bilal, &support, &[("kind", "support")]).await;
        assert_eq!((status, location), (303, format!("/ideas/{idea}?supported")));
    }
    assert_eq!(idea_state(&app, idea).await.2, 1, "one support per person, however often tapped");
    // The author cannot support their own idea.
    app.post_form(&amira, &support, &[("kind", "support")]).await;
    assert_eq!(idea_state(&app, idea).await.2, 1);
    // The code took two people: a third is refused, with what was typed kept.
    let phone = browser();
    let born = (chrono::Utc::now().year() - 14).to_string();
    let (_, location) = app
        .post_form(&phone, "/join", &[("code", &code), ("nickname", "Dritte"), ("birth_year", &born), ("lang", "de")])
        .await;
    let (_, _, refused) = app.get_with(&phone, &location).await;
    assert!(refused.contains("gerade nicht beitreten") && refused.contains("Dritte"), "{refused}");

    // The staff check: "not feasible" needs a reason; "feasible if" tells both in their languages.
    let idea_field = idea.to_string();
    let (_, location) =
        app.post_form(&staff, &decide, &[("idea", &idea_field), ("state", "not-feasible"), ("reason", "")]).await;
    let (_, _, page) = app.get_with(&staff, &location).await;
    assert!(page.contains("Bitte schreib einen Grund"), "reason required");
    assert_eq!(idea_state(&app, idea).await.0, "published");
    let answer = [
        ("state", "feasible-if"),
        ("reason", "Wir brauchen eine Küche."),
        ("would_work", "Die Küche im Bürgerhaus"),
        ("problem-room", "on"),
        ("staff_notes", "Küche anfragen"),
    ];
    assert_eq!(app.post_form(&staff, &decide, &answer).await.1, "/staff/ideas?moved");
    let news: Vec<(String, String, String, Option<i64>)> = sqlx::query_as(
        "SELECT o.lang, o.recipient, o.subject, o.sent_at FROM outbox o JOIN participants p ON p.id = o.participant_id
         WHERE o.kind = 'mail-idea-news' ORDER BY p.id, o.id",
    )
    .fetch_all(app.db.pool())
    .await
    .unwrap();
    let last_of = |lang: &str| news.iter().rev().find(|(l, ..)| l == lang).cloned().unwrap();
    let (_, recipient, subject, sent_at) = last_of("ar");
    assert!(recipient.is_empty() && sent_at.is_some(), "no address: shown on the page, not mailed");
    assert!(
        !subject.contains("Neues") && subject.contains(&app::i18n::Lang::Ar.t("idea-state-feasible-if")),
        "{subject}"
    );
    assert!(last_of("de").2.contains("Machbar, wenn"));

    // The author sees the new state and the news on their page; the re-entry code opens it on another phone.
    let new_phone = browser();
    assert_eq!(app.post_form(&new_phone, "/join/again", &[("reentry", &reentry)]).await, (303, "/ideas".to_owned()));
    let (_, _, mine) = app.get_with(&new_phone, "/me").await;
    assert!(mine.contains("Picknick am Rheinufer") && mine.contains("idea-state-feasible-if"), "{mine}");
    assert!(mine.contains(&subject), "the news is on the page");

    // "Wir haben gemacht" shows the answer with its reason; no page shows a nickname, staff notes
    // or who supported.
    let public = public_pages(&app, idea, round).await;
    assert!(public.contains("Wir brauchen eine Küche.") && public.contains("Die Küche im Bürgerhaus"));
    for private in ["Sunny", "Blitz", "Küche anfragen"] {
        assert!(!public.contains(private), "{private} is on a public page");
    }
    // Staff see the nicknames of who joined.
    let code_id = app.id_of("SELECT id FROM join_codes WHERE code = $1", &code).await;
    let (_, _, joined) = app.get_with(&staff, &format!("/staff/join-codes/{code_id}")).await;
    assert!(joined.contains("Sunny Kalk") && joined.contains("Blitz"));
    // The moves are audited.
    let (moves,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action = 'idea-moved' AND object_id = $1")
            .bind(idea)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(moves, 2);
}

async fn contact_details_are_held_even_where_ideas_show_at_once(app: TestApp) {
    let site = koeln(&app).await;
    let staff = staff_of(&app, site).await;
    let code = join_code(&app, &staff, "Jugendtreff Ehrenfeld", "10").await;
    let round = round(&app, &staff, "Was machen wir in den Ferien?", true).await;
    let (phone, _) = join(&app, &code, "Kim", "fa").await;
    let send = |what: &'static str| {
        let round = round.to_string();
        let phone = phone.clone();
        let app = &app;
        async move {
            app.post_form(&phone, "/ideas", &[("round_id", &round), ("what", what), ("category", "sport")]).await.1
        }
    };
    let open = send("Fußballturnier im Park").await;
    assert!(open.ends_with("?sent"), "post-moderated: shown at once ({open})");
    let held = send("Basketball, ruft mich an ٠١٧٦ ١٢٣ ٤٥ ٦٧").await;
    assert!(held.ends_with("?held"), "a number in Arabic-Indic digits waits for a moderator ({held})");
    let held_id: i64 = held.trim_start_matches("/ideas/").split('?').next().unwrap().parse().unwrap();
    assert_eq!(idea_state(&app, held_id).await.1, 1);
    let (_, _, queue) = app.get_with(&staff, "/staff/ideas").await;
    assert!(queue.contains("Basketball") && queue.contains("Zurückgehalten"), "in the moderation queue");
    let (_, _, dashboard) = app.get_with(&staff, "/staff").await;
    assert!(dashboard.contains("warten auf euch") && dashboard.contains(r#"href="/staff/ideas""#), "on the dashboard");
    assert!(!app.page("/ideas", "de").await.1.contains("Basketball"));

    // A posted list of "similar" ideas shows nothing the server did not choose: not the held one.
    let (_, location) = app
        .post_form(
            &phone,
            "/ideas",
            &[("round_id", &round.to_string()), ("what", "?"), ("similar", &held_id.to_string())],
        )
        .await;
    let (_, _, form) = app.get_with(&phone, &location).await;
    assert!(!form.contains("Basketball"), "a held idea's text through a forged draft");

    // A report takes a public idea off the board until a moderator looks.
    let open_id: i64 = open.trim_start_matches("/ideas/").split('?').next().unwrap().parse().unwrap();
    assert_eq!(
        app.post_form(&browser(), &format!("/ideas/{open_id}/report"), &[]).await,
        (303, "/ideas?reported".to_owned())
    );
    assert!(!app.page("/ideas", "de").await.1.contains("Fußballturnier"));
    // A moderator may keep it as it is: back on the board; reported again, it may be taken down.
    let decide = format!("/staff/ideas/{open_id}/decide");
    assert_eq!(app.post_form(&staff, &decide, &[("state", "published")]).await.1, "/staff/ideas?moved");
    assert!(app.page("/ideas", "de").await.1.contains("Fußballturnier"), "kept after the report");
    app.post_form(&browser(), &format!("/ideas/{open_id}/report"), &[]).await;
    // Taking it down needs a reason, which its author reads.
    let (_, location) = app.post_form(&staff, &decide, &[("state", "removed")]).await;
    assert!(location.contains("draft="), "{location}");
    app.post_form(&staff, &decide, &[("state", "removed"), ("reason", "Bitte ohne Namen von anderen.")]).await;
    assert_eq!(idea_state(&app, open_id).await.0, "removed");
    let (_, _, mine) = app.get_with(&phone, "/me").await;
    assert!(mine.contains("Bitte ohne Namen von anderen."), "the author reads why");
}

async fn codes_and_rounds_refuse_what_they_should(app: TestApp) {
    let site = koeln(&app).await;
    let staff = staff_of(&app, site).await;
    // Bad input comes back with what was typed.
    let (_, location) = app
        .post_form(&staff, "/staff/join-codes", &[("label", "Fest"), ("max_joins", "0"), ("valid_until", "gestern")])
        .await;
    let (_, _, page) = app.get_with(&staff, &location).await;
    assert!(page.contains("1 bis 500") && page.contains(r#"value="Fest""#), "{location}");
    let code = join_code(&app, &staff, "Sommerfest", "50").await;
    // A nickname with contact details, an unknown code: the form again, in the reader's words.
    let phone = browser();
    let born = (chrono::Utc::now().year() - 17).to_string();
    let (_, location) = app
        .post_form(
            &phone,
            "/join",
            &[("code", &code), ("nickname", "insta: kim_22"), ("birth_year", &born), ("lang", "en")],
        )
        .await;
    let (_, _, page) = app.get_with(&phone, &location).await;
    assert!(page.contains("Telefonnummer") || page.contains("phone number"), "{page}");
    // A revoked code takes nobody.
    let id = app.id_of("SELECT id FROM join_codes WHERE code = $1", &code).await;
    assert_eq!(app.post_form(&staff, &format!("/staff/join-codes/{id}/revoke"), &[]).await.1, "/staff/ideas?revoked");
    let (_, location) = app
        .post_form(&phone, "/join", &[("code", &code), ("nickname", "Kim"), ("birth_year", &born), ("lang", "en")])
        .await;
    assert!(location.starts_with("/join?draft="), "{location}");
    // A paused round takes no ideas, and keeps its time for later.
    let round = round(&app, &staff, "Ideenkasten", false).await;
    assert_eq!(app.post_form(&staff, &format!("/staff/idea-rounds/{round}/pause"), &[]).await.1, "/staff/ideas?paused");
    let code = join_code(&app, &staff, "Gruppe B", "5").await;
    let (young, _) = join(&app, &code, "Noor", "de").await;
    let (_, location) = app
        .post_form(
            &young,
            "/ideas",
            &[("round_id", &round.to_string()), ("what", "Ausflug ans Meer"), ("category", "leisure")],
        )
        .await;
    let (_, _, page) = app.get_with(&young, &location).await;
    assert!(page.contains("nimmt gerade keine Ideen an") && page.contains("Ausflug ans Meer"), "{page}");
    assert_eq!(
        app.post_form(&staff, &format!("/staff/idea-rounds/{round}/resume"), &[]).await.1,
        "/staff/ideas?resumed"
    );
    // Supports from a workshop's paper: a count that is no number comes back with what was typed.
    let site = koeln(&app).await;
    let paper_idea = idea_in(&app, (round, site), "Tischtennisplatte", "published").await;
    let paper = format!("/staff/ideas/{paper_idea}/paper-supports");
    let (_, location) = app.post_form(&staff, &paper, &[("count", "zwölf")]).await;
    assert!(location.ends_with(&format!("#idea-{paper_idea}")), "{location}");
    let (_, _, page) = app.get_with(&staff, &location).await;
    assert!(page.contains("Zahl von 1 bis 500") && page.contains(r#"value="zwölf""#), "{page}");
    assert_eq!(app.post_form(&staff, &paper, &[("count", "12")]).await.1, "/staff/ideas?paper-saved");
    let (counted,): (i64,) = sqlx::query_as("SELECT paper_supports FROM ideas WHERE id = $1")
        .bind(paper_idea)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(counted, 12);
    // Staff of another site see nobody who joined here, and end none of its codes.
    let other = app.id_of("SELECT id FROM sites WHERE slug <> $1 ORDER BY id LIMIT 1", "koeln").await;
    app.create_user("andere@jmd.example.org", Role::Staff, Some(other), None).await;
    let stranger = app.signed_in("andere@jmd.example.org").await;
    let group_b = app.id_of("SELECT id FROM join_codes WHERE code = $1", &code).await;
    assert!(!app.get_with(&stranger, &format!("/staff/join-codes/{group_b}")).await.2.contains("Noor"));
    app.post_form(&stranger, &format!("/staff/join-codes/{group_b}/revoke"), &[]).await;
    let (revoked,): (Option<i64>,) = sqlx::query_as("SELECT revoked_at FROM join_codes WHERE id = $1")
        .bind(group_b)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(revoked, None);
}

async fn a_nickname_registers_without_typing_an_address(app: TestApp) {
    let site = koeln(&app).await;
    let staff = staff_of(&app, site).await;
    let code = join_code(&app, &staff, "Kochgruppe Mülheim", "10").await;
    let offer = app.course_with_places().await;
    let (offer_site,): (i64,) =
        sqlx::query_as("SELECT site_id FROM offers WHERE id = $1").bind(offer).fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(offer_site, site, "the test's offer is at the code's site");
    let (noor, _) = join(&app, &code, "Noor", "de").await;
    let (_, _, page) = app.get_with(&noor, &format!("/offers/{offer}")).await;
    assert!(page.contains("Du meldest dich an als") && page.contains("Noor"), "the form knows who asks");
    assert!(!page.contains(r#"name="email""#), "no address asked");
    // The form without the privacy tick comes back; with it, the place is the record's own.
    let form = format!("/offers/{offer}/register");
    let (_, location) = app.post_form(&noor, &form, &[("as_member", "1")]).await;
    assert!(location.contains("draft="), "{location}");
    let (status, location) = app.post_form(&noor, &form, &[("as_member", "1"), ("privacy", "on")]).await;
    assert_eq!(status, 303);
    assert!(location.starts_with("/r/"), "{location}");
    let (registration, status, participant): (i64, String, i64) = sqlx::query_as(
        "SELECT r.id, r.status, r.participant_id FROM registrations r JOIN participants p ON p.id = r.participant_id
         WHERE r.offer_id = $1 AND p.first_name = 'Noor'",
    )
    .bind(offer)
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    // Fifteen: the place waits for the parents' yes on paper, which staff record.
    assert_eq!(status, "awaiting_consent");
    let (joined,): (Option<i64>,) = sqlx::query_as("SELECT join_code_id FROM participants WHERE id = $1")
        .bind(participant)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert!(joined.is_some(), "the registration is the joined record's, not a new person");
    let (_, _, registration_page) = app.get_with(&noor, &location).await;
    assert!(registration_page.contains("Kochen ohne Grenzen"));
    // The messages were not mailed (no address): they are on the "my" page.
    let (recipient, sent): (String, Option<i64>) =
        sqlx::query_as("SELECT recipient, sent_at FROM outbox WHERE registration_id = $1 ORDER BY id LIMIT 1")
            .bind(registration)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert!(recipient.is_empty() && sent.is_some());
    let (_, _, mine) = app.get_with(&noor, "/me").await;
    assert!(mine.contains("Kochen ohne Grenzen") && mine.contains("Nachrichten an dich"), "{mine}");
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let signed = [("signed_by", "Samira Haddad"), ("signed_on", today.as_str()), ("form_version", "JMD 2026-03")];
    let (_, location) =
        app.post_form(&staff, &format!("/staff/registrations/{registration}/paper-consent"), &signed).await;
    assert!(location.ends_with("?consent-saved"), "{location}");
    let (status,): (String,) = sqlx::query_as("SELECT status FROM registrations WHERE id = $1")
        .bind(registration)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(status, "confirmed");
    // A stranger's form cannot register as Noor: without the session the form asks for everything.
    let (_, location) = app.post_form(&browser(), &form, &[("as_member", "1"), ("privacy", "on")]).await;
    assert!(location.contains("draft="), "{location}");
}

async fn stored_address(app: &TestApp, nickname: &str) -> (i64, Option<String>, Option<String>) {
    sqlx::query_as("SELECT id, email, parent_email FROM participants WHERE first_name = $1")
        .bind(nickname)
        .fetch_one(app.db.pool())
        .await
        .unwrap()
}

/// An address is optional: kept once its owner confirmed it, and for an under-16 once a parent
/// agreed online; then messages go by email as well, and a registration asks that parent. Nobody
/// holding the phone can confirm an address they cannot read, and a parent's "no" keeps nothing.
async fn a_nickname_adds_an_address_its_owner_confirms_and_a_parent_agrees_to(app: TestApp) {
    let site = koeln(&app).await;
    let staff = staff_of(&app, site).await;
    let code = join_code(&app, &staff, "Mädchengruppe Kalk", "10").await;
    let (sunny, _) = join(&app, &code, "Sunny", "de").await;
    let (id, email, _) = stored_address(&app, "Sunny").await;
    assert_eq!(email, None);
    let (_, _, me) = app.get_with(&sunny, "/me").await;
    assert!(me.contains(&format!(r#"action="/me/people/{id}/address""#)) && me.contains("parent_email"), "{me}");
    let form = format!("/me/people/{id}/address");
    // Fifteen: without a parent's address, or with her own as the parent's, the form comes back.
    let (_, location) = app.post_form(&sunny, &form, &[("email", "sunny@example.org")]).await;
    assert!(location.starts_with("/me?draft=") && location.ends_with("#address"), "{location}");
    let (_, _, back) = app.get_with(&sunny, &location).await;
    assert!(back.contains(r#"value="sunny@example.org""#), "what was typed is kept");
    assert!(back.contains("von Mutter oder Vater"), "{back}");
    let same = [("email", "sunny@example.org"), ("parent_email", "Sunny@example.org"), ("parent_lang", "tr")];
    let (_, location) = app.post_form(&sunny, &form, &same).await;
    let (_, _, back) = app.get_with(&sunny, &location).await;
    assert!(back.contains("nicht deine eigene"), "{back}");
    let given = [("email", "sunny@example.org"), ("parent_email", "mama@example.org"), ("parent_lang", "tr")];
    let (status, location) = app.post_form(&sunny, &form, &given).await;
    assert_eq!((status, location.as_str()), (303, "/me?address-sent#address"));
    let (_, _, me) = app.get_with(&sunny, &location).await;
    assert!(me.contains("Schau in dein E-Mail-Postfach"), "{me}");
    let (kind, _, body) = app.last_mail_to("sunny@example.org").await.expect("a confirmation to the address");
    assert_eq!(kind, "contact-address");
    let confirm = crate::helpers::link_path(&body);
    let (_, _, me) = app.get_with(&sunny, "/me").await;
    assert!(!me.contains("/me/address/"), "the phone's page never shows the confirmation link");
    assert!(me.contains("Wir haben einen Link an"), "{me}");
    // Whoever opens the link sees a button; opening it confirms nothing.
    let reader = browser();
    let (status, _, page) = app.get_with(&reader, &confirm).await;
    assert_eq!(status, 200);
    assert!(page.contains("Ja, das ist meine Adresse"), "{page}");
    assert_eq!(stored_address(&app, "Sunny").await.1, None);
    let (_, location) = app.post_form(&reader, &confirm, &[]).await;
    assert!(location.ends_with("?parent-asked"), "{location}");
    assert_eq!(stored_address(&app, "Sunny").await.1, None, "not before the parent's yes");
    // A second tap asks the parent no second time.
    app.post_form(&reader, &confirm, &[]).await;
    let (asked,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE recipient = 'mama@example.org'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(asked, 1);
    let (kind, subject, body) = app.last_mail_to("mama@example.org").await.expect("the parent is asked");
    assert_eq!(kind, "contact-parent");
    assert!(subject.contains("Sunny") && body.contains("lang=tr"), "in the parent's language: {subject}");
    let answer = crate::helpers::link_path(&body);
    let (_, _, page) = app.get_with(&browser(), &answer).await;
    assert!(page.contains("sunny@example.org") && page.contains(r#"name="answer""#), "{page}");
    let forged = answer.replacen("/parent/", "/parent/9", 1);
    let (status, _) = app.post_form(&browser(), &forged, &[("answer", "yes")]).await;
    assert_eq!(status, 404, "a forged link does nothing");
    let (_, location) = app.post_form(&browser(), &answer, &[("answer", "yes"), ("lang", "tr")]).await;
    assert!(location.contains("?kept"), "{location}");
    let (_, email, parent) = stored_address(&app, "Sunny").await;
    assert_eq!((email.as_deref(), parent.as_deref()), (Some("sunny@example.org"), Some("mama@example.org")));
    let (given_by, lang, version): (String, String, String) = sqlx::query_as(
        "SELECT given_by, lang, text_version FROM consents WHERE participant_id = $1 AND purpose = 'contact-email'
           AND registration_id IS NULL AND withdrawn_at IS NULL",
    )
    .bind(id)
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!((given_by.as_str(), lang.as_str()), ("parent", "tr"));
    assert_eq!(version, app::i18n::Lang::Tr.consent_version());
    let (_, location) = app.post_form(&reader, &confirm, &[]).await;
    assert!(location.ends_with("?gone"), "a used link is used: {location}");
    // From now on messages go by email, and the parent on file is asked online.
    let offer = app.course_with_places().await;
    let register = [("as_member", "1"), ("privacy", "on")];
    let (_, location) = app.post_form(&sunny, &format!("/offers/{offer}/register"), &register).await;
    assert!(location.starts_with("/r/"), "{location}");
    let (recipient, sent): (String, Option<i64>) = sqlx::query_as(
        "SELECT o.recipient, o.sent_at FROM outbox o JOIN registrations r ON r.id = o.registration_id
         WHERE r.participant_id = $1 ORDER BY o.id LIMIT 1",
    )
    .bind(id)
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!((recipient.as_str(), sent), ("sunny@example.org", None), "mailed, not only on the page");
    let (kind, _, _) = app.last_mail_to("mama@example.org").await.unwrap();
    assert_eq!(kind, "mail-consent-request");
    // Deleting the address takes the consent back; the page then offers the form again.
    let (_, location) = app.post_form(&sunny, &format!("{form}/remove"), &[]).await;
    assert_eq!(location, "/me?address-removed#address");
    let (_, _, me) = app.get_with(&sunny, &location).await;
    assert!(me.contains("Deine Adresse ist gelöscht"), "{me}");
    assert_eq!(stored_address(&app, "Sunny").await.1, None);
    let (withdrawn,): (Option<i64>,) =
        sqlx::query_as("SELECT withdrawn_at FROM consents WHERE participant_id = $1 AND purpose = 'contact-email'")
            .bind(id)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert!(withdrawn.is_some());
    // A parent's "no" keeps nothing.
    let given = [("email", "sunny2@example.org"), ("parent_email", "papa@example.org"), ("parent_lang", "de")];
    app.post_form(&sunny, &form, &given).await;
    let (_, _, body) = app.last_mail_to("sunny2@example.org").await.unwrap();
    app.post_form(&reader, &crate::helpers::link_path(&body), &[]).await;
    let (_, _, body) = app.last_mail_to("papa@example.org").await.unwrap();
    let (_, location) = app.post_form(&browser(), &crate::helpers::link_path(&body), &[("answer", "no")]).await;
    assert!(location.contains("?declined"), "{location}");
    assert_eq!(stored_address(&app, "Sunny").await.1, None);
    // Twenty: the owner's confirmation is enough. Another session cannot ask for Sunny.
    let (kemal, _) = join_aged(&app, &code, ("Kemal", 20), "de").await;
    let (status, _) = app.post_form(&kemal, &form, &[("email", "x@example.org")]).await;
    assert_eq!(status, 403);
    let (kemal_id, _, _) = stored_address(&app, "Kemal").await;
    let (_, location) =
        app.post_form(&kemal, &format!("/me/people/{kemal_id}/address"), &[("email", "kemal@example.org")]).await;
    assert_eq!(location, "/me?address-sent#address");
    let (_, _, body) = app.last_mail_to("kemal@example.org").await.unwrap();
    let (_, location) = app.post_form(&browser(), &crate::helpers::link_path(&body), &[]).await;
    assert!(location.ends_with("?kept"), "{location}");
    assert_eq!(stored_address(&app, "Kemal").await.1.as_deref(), Some("kemal@example.org"));
    let (given_by,): (String,) =
        sqlx::query_as("SELECT given_by FROM consents WHERE participant_id = $1 AND purpose = 'contact-email'")
            .bind(kemal_id)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(given_by, "self");
}

async fn idea_in(app: &TestApp, (round, site): (i64, i64), what: &str, state: &str) -> i64 {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO ideas (round_id, site_id, what, category, state, on_paper, lang, submitted_at, published_at, updated_at)
         VALUES ($1, $2, $3, 'culture', $4, 1, 'de', 0, 0, 0) RETURNING id",
    )
    .bind(round)
    .bind(site)
    .bind(what)
    .bind(state)
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    id
}

/// What the database holds of a round's vote: its ballots, each idea's count, who voted.
async fn stored_vote(app: &TestApp, round: i64) -> (i64, Vec<i64>, Vec<i64>) {
    let (ballots,): (i64,) = sqlx::query_as("SELECT ballots FROM idea_rounds WHERE id = $1")
        .bind(round)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let votes: Vec<(i64,)> = sqlx::query_as("SELECT votes FROM ideas WHERE round_id = $1 ORDER BY id")
        .bind(round)
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    let voters: Vec<(i64,)> =
        sqlx::query_as("SELECT participant_id FROM round_voters WHERE round_id = $1 ORDER BY participant_id")
            .bind(round)
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    (ballots, votes.into_iter().map(|(v,)| v).collect(), voters.into_iter().map(|(v,)| v).collect())
}

/// Staff open a vote among a round's feasible ideas; only members staff confirmed vote, once, up
/// to the round's number of choices; counts show after the last day, ties share a place. Two
/// rounds in which two voters swap their choices leave the same rows behind: nothing stored
/// tells who chose what.
async fn a_round_votes_secretly_among_its_feasible_ideas(app: TestApp) {
    use sqlx::{Column, Row};
    let site = koeln(&app).await;
    let staff = staff_of(&app, site).await;
    let code = join_code(&app, &staff, "Jugendrat Porz", "10").await;
    let code_id = app.id_of("SELECT id FROM join_codes WHERE label = $1", "Jugendrat Porz").await;
    let (ana, _) = join(&app, &code, "Ana", "de").await;
    let (ben, _) = join(&app, &code, "Ben", "de").await;
    let (cem, _) = join(&app, &code, "Cem", "de").await;
    let (_, _, page) = app.get_with(&staff, &format!("/staff/join-codes/{code_id}")).await;
    assert!(page.contains("Alle bestätigen"), "{page}");
    for name in ["Ana", "Ben"] {
        let id = app.id_of("SELECT id FROM participants WHERE first_name = $1", name).await.to_string();
        let confirm = format!("/staff/join-codes/{code_id}/confirm");
        let (_, location) = app.post_form(&staff, &confirm, &[("participant_id", id.as_str())]).await;
        assert_eq!(location, format!("/staff/join-codes/{code_id}?confirmed"));
    }
    let today = chrono::Utc::now().format("%Y-%m-%d").to_string();
    let mut kept = Vec::new();
    for (question, swapped) in [("Was machen wir im Frühling?", false), ("Was machen wir im Sommer?", true)] {
        let round_id = round(&app, &staff, question, false).await;
        let ideas = [
            idea_in(&app, (round_id, site), "Grillen am Rhein", "feasible").await,
            idea_in(&app, (round_id, site), "Kletterhalle", "feasible-if").await,
            idea_in(&app, (round_id, site), "Filmabend", "feasible").await,
        ];
        let unchecked = idea_in(&app, (round_id, site), "Paris", "published").await;
        let ballot = |ids: &[i64]| ids.iter().map(|id| (format!("idea-{id}"), "on")).collect::<Vec<_>>();
        let vote = |phone: &reqwest::Client, ids: &[i64]| {
            let form = ballot(ids);
            let phone = phone.clone();
            let app = &app;
            async move {
                let pairs: Vec<(&str, &str)> = form.iter().map(|(name, value)| (name.as_str(), *value)).collect();
                let (_, location) = app.post_form(&phone, &format!("/ideas/rounds/{round_id}/vote"), &pairs).await;
                location
            }
        };
        let flag_of =
            |location: String| location.split('?').nth(1).unwrap_or_default().trim_end_matches("#vote").to_owned();
        assert_eq!(flag_of(vote(&ana, &ideas[..1]).await), "vote-closed", "no vote before staff open one");
        let open = format!("/staff/idea-rounds/{round_id}/vote");
        let (_, location) = app.post_form(&staff, &open, &[("choices", "9"), ("last_day", today.as_str())]).await;
        assert!(location.contains("draft=") && location.ends_with(&format!("#round-{round_id}")), "{location}");
        let (_, location) = app.post_form(&staff, &open, &[("choices", "2"), ("last_day", today.as_str())]).await;
        assert_eq!(location, "/staff/ideas?vote-opened");
        let (first, second) = if swapped { (&ideas[2..], &ideas[..2]) } else { (&ideas[..2], &ideas[2..]) };
        assert_eq!(flag_of(vote(&cem, &ideas[..1]).await), "vote-not-confirmed");
        assert_eq!(flag_of(vote(&ana, first).await), "voted");
        assert_eq!(flag_of(vote(&ana, second).await), "vote-already", "one ballot each");
        assert_eq!(flag_of(vote(&ben, &ideas).await), "vote-too-many");
        assert_eq!(flag_of(vote(&ben, &[unchecked]).await), "vote-option", "only feasible ideas");
        assert_eq!(flag_of(vote(&ben, &[]).await), "vote-empty");
        assert_eq!(flag_of(vote(&ben, second).await), "voted");
        let (_, _, page) = app.get_with(&ben, &format!("/ideas/rounds/{round_id}?voted")).await;
        assert!(page.contains("deine Stimme ist gezählt") && !page.contains("1 Stimme"), "counts hidden: {page}");
        // The last day passes.
        sqlx::query("UPDATE idea_rounds SET vote_closes_at = $1 WHERE id = $2")
            .bind(chrono::Utc::now().timestamp() - 1)
            .bind(round_id)
            .execute(app.db.pool())
            .await
            .unwrap();
        let (_, _, page) = app.get_with(&browser(), &format!("/ideas/rounds/{round_id}")).await;
        assert!(page.contains("Ergebnis der Abstimmung") && page.contains("2 Personen haben abgestimmt"), "{page}");
        assert_eq!(page.matches("Gleichstand").count(), 3, "three ideas with one vote each share the first place");
        assert!(!page.contains("<bdi>Ana</bdi>") && !page.contains("<bdi>Ben</bdi>"), "no voter is named");
        assert_eq!(flag_of(vote(&ben, &ideas[..1]).await), "vote-closed");
        kept.push(stored_vote(&app, round_id).await);
    }
    assert_eq!(kept[0], kept[1], "swapping who chose what changes nothing stored");
    assert_eq!(kept[0].0, 2);
    let row = sqlx::query("SELECT * FROM round_voters LIMIT 1").fetch_one(app.db.pool()).await.unwrap();
    let mut columns: Vec<&str> = row.columns().iter().map(|column| column.name()).collect();
    columns.sort_unstable();
    assert_eq!(columns, ["participant_id", "round_id"], "a voter's row says neither what nor when");
}

/// The statements the server runs for each co-design page stay the same whatever the number of
/// ideas and supports: counters live on the idea, lists are one query each.
async fn ideas_pages_run_a_bounded_number_of_queries(app: TestApp) {
    let (round, idea): (i64, i64) = sqlx::query_as("SELECT round_id, id FROM ideas WHERE state = 'planning' LIMIT 1")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let paths =
        ["/ideas".to_owned(), "/ideas/done".to_owned(), format!("/ideas/{idea}"), format!("/ideas/rounds/{round}")];
    let statements = |path: String| {
        let app = &app;
        async move {
            let mut fewest = u64::MAX;
            for _ in 0..5 {
                let before = app.server_db.statements_run();
                let (status, _) = app.page(&path, "de").await;
                assert_eq!(status, 200, "{path}");
                fewest = fewest.min(app.server_db.statements_run() - before);
            }
            fewest
        }
    };
    let mut small = Vec::new();
    for path in &paths {
        small.push(statements(path.clone()).await);
    }
    // Three hundred more ideas in the round, each with ten supports.
    let (site,): (i64,) = sqlx::query_as("SELECT site_id FROM idea_rounds WHERE id = $1")
        .bind(round)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let supporters: Vec<(i64,)> = sqlx::query_as("SELECT id FROM participants WHERE site_id = $1 ORDER BY id LIMIT 10")
        .bind(site)
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    for n in 0..300 {
        let state = ["published", "feasible", "not-feasible"][n % 3];
        let (id,): (i64,) = sqlx::query_as(
            "INSERT INTO ideas (round_id, site_id, what, category, state, reason, lang, submitted_at, published_at,
                                checked_at, updated_at, supports)
             VALUES ($1, $2, $3, 'sport', $4, 'Weil es so ist.', 'de', 0, 0, CASE WHEN $4 = 'published' THEN NULL ELSE 1 END, 0, $5)
             RETURNING id",
        )
        .bind(round)
        .bind(site)
        .bind(format!("Zusatzidee {n}"))
        .bind(state)
        .bind(supporters.len() as i64)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
        for (supporter,) in &supporters {
            sqlx::query(
                "INSERT INTO idea_supports (idea_id, participant_id, kind, created_at) VALUES ($1, $2, 'support', 0)",
            )
            .bind(id)
            .bind(supporter)
            .execute(app.db.pool())
            .await
            .unwrap();
        }
        sqlx::query("INSERT INTO idea_events (idea_id, state, at) VALUES ($1, $2, 0)")
            .bind(id)
            .bind(state)
            .execute(app.db.pool())
            .await
            .unwrap();
    }
    for (path, before) in paths.iter().zip(small) {
        assert_eq!(statements(path.clone()).await, before, "{path} runs as many statements with 300 more ideas");
    }
}
