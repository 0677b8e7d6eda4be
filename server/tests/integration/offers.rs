//! Staff and partners create offers; the public agenda shows them.

use app::domain::policy::Role;

use crate::helpers::TestApp;

crate::on_both_backends!(
    staff_create_a_weekly_group_that_the_agenda_shows,
    a_form_with_mistakes_comes_back_as_typed,
    a_draft_is_published_then_cancelled_by_its_organisation_only,
    holidays_are_left_out_and_one_date_can_be_cancelled,
);

async fn weekly_group_form(app: &TestApp) -> Vec<(&'static str, String)> {
    let org = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jmd-koeln").await;
    let venue = app.id_of("SELECT id FROM venues WHERE district = $1", "Porz").await;
    let next_monday = chrono::Utc::now().date_naive() + chrono::Duration::days(7);
    [
        ("title", "Sprachcafé Porz".to_owned()),
        ("description", "Deutsch üben bei Tee und Keksen.".to_owned()),
        ("category", "language".to_owned()),
        ("audience", "youth".to_owned()),
        ("min_age", "14".to_owned()),
        ("max_age", "27".to_owned()),
        ("capacity", String::new()),
        ("organisation_id", org.to_string()),
        ("venue_id", venue.to_string()),
        ("first_date", next_monday.to_string()),
        ("start", "17:00".to_owned()),
        ("end", "18:30".to_owned()),
        ("repeat", "weekly".to_owned()),
        ("count", "12".to_owned()),
        ("spoken_de", "on".to_owned()),
        ("spoken_uk", "on".to_owned()),
        ("publish", "on".to_owned()),
    ]
    .into()
}

async fn post(app: &TestApp, client: &reqwest::Client, form: &[(&str, String)]) -> String {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (status, location) = app.post_form(client, "/staff/offers", &pairs).await;
    assert_eq!(status, 303, "{location}");
    location
}

async fn staff_create_a_weekly_group_that_the_agenda_shows(app: TestApp) {
    let site = app.id_of("SELECT id FROM sites WHERE slug = $1", "koeln").await;
    app.create_user("yilmaz@jmd.example", Role::Staff, Some(site), None).await;
    let staff = app.signed_in("yilmaz@jmd.example").await;
    let (status, _, page) = app.get_with(&staff, "/staff/offers/new").await;
    assert_eq!(status, 200);
    assert!(page.contains("Neues Angebot") && page.contains("Jugendmigrationsdienst Köln"));

    let location = post(&app, &staff, &weekly_group_form(&app).await).await;
    assert!(location.starts_with("/offers/"), "{location}");
    let (_, _, offer) = app.get_with(&staff, &location).await;
    assert!(offer.contains("Sprachcafé Porz") && offer.contains("Ukrainisch"));
    assert!(offer.contains(", 17:00–18:30"));
    let sessions: (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM sessions s JOIN offers o ON o.id = s.offer_id WHERE o.title = 'Sprachcafé Porz'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(sessions.0, 12);
    let (_, porz) = app.page("/?district=Porz&q=sprachcaf%C3%A9", "de").await;
    assert!(porz.contains("Sprachcafé Porz"), "the agenda shows the new group");
    // The demo's offers are logged without an account; this one names its author.
    let logged: (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action = 'offer-created' AND actor_user_id IS NOT NULL")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(logged.0, 1);
}

async fn a_form_with_mistakes_comes_back_as_typed(app: TestApp) {
    let site = app.id_of("SELECT id FROM sites WHERE slug = $1", "koeln").await;
    app.create_user("yilmaz@jmd.example", Role::Staff, Some(site), None).await;
    let staff = app.signed_in("yilmaz@jmd.example").await;
    let mut form = weekly_group_form(&app).await;
    for (name, value) in &mut form {
        match *name {
            "end" => *value = "16:00".to_owned(),
            "capacity" => *value = "viele".to_owned(),
            _ => {}
        }
    }
    let location = post(&app, &staff, &form).await;
    assert!(location.starts_with("/staff/offers/new?draft="), "{location}");
    let (_, _, page) = app.get_with(&staff, &location).await;
    assert!(page.contains("Das Ende muss nach dem Beginn liegen."));
    assert!(page.contains("Bitte gib eine Zahl ab 1 ein"));
    assert!(page.contains(r#"value="Sprachcafé Porz""#) && page.contains(r#"value="viele""#), "typed values are kept");
    assert!(page.contains("Deutsch üben bei Tee und Keksen."));
    let (_, _, again) = app.get_with(&staff, &location).await;
    assert!(!again.contains("viele"), "a draft is shown once");
    let stored: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM offers WHERE title = 'Sprachcafé Porz'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(stored.0, 0);
}

async fn a_draft_is_published_then_cancelled_by_its_organisation_only(app: TestApp) {
    let jmd = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jmd-koeln").await;
    let club = app.id_of("SELECT id FROM organisations WHERE slug = $1", "sc-chorweiler-1968-e-v").await;
    app.create_user("partner@jmd.example", Role::Partner, None, Some(jmd)).await;
    app.create_user("becker@sc.example", Role::Partner, None, Some(club)).await;
    let partner = app.signed_in("partner@jmd.example").await;
    let form: Vec<_> = weekly_group_form(&app).await.into_iter().filter(|(name, _)| *name != "publish").collect();
    let location = post(&app, &partner, &form).await;
    assert!(location.ends_with("/edit"), "a draft opens in the editor: {location}");
    let path = location.trim_end_matches("/edit");
    let public_page = path.replace("/staff/offers/", "/offers/");
    let (_, porz) = app.page("/?district=Porz", "de").await;
    assert!(!porz.contains("Sprachcafé Porz"), "a draft is not public");
    let (status, _) = app.page(&public_page, "de").await;
    assert_eq!(status, 404, "nor is its page");

    let other = app.signed_in("becker@sc.example").await;
    let (status, _) = app.post_form(&other, &format!("{path}/status"), &[("status", "cancelled")]).await;
    assert_eq!(status, 403, "another organisation's partner may not touch it");

    app.post_form(&partner, &format!("{path}/status"), &[("status", "published")]).await;
    let (_, porz) = app.page("/?district=Porz", "de").await;
    assert!(porz.contains("Sprachcafé Porz"), "published");
    app.post_form(&partner, &format!("{path}/status"), &[("status", "cancelled")]).await;
    let (_, porz) = app.page("/?district=Porz", "de").await;
    assert!(!porz.contains("Sprachcafé Porz"), "cancelled offers leave the agenda");
    let open_sessions: (i64,) = sqlx::query_as(
        "SELECT COUNT(*) FROM sessions s JOIN offers o ON o.id = s.offer_id
         WHERE o.title = 'Sprachcafé Porz' AND s.status = 'scheduled'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(open_sessions.0, 0, "its coming sessions are cancelled too");
    let (_, _, editor) = app.get_with(&partner, &location).await;
    assert!(editor.contains("Abgesagt"));
    let (status, public) = app.page(&public_page, "de").await;
    assert_eq!(status, 200, "an old link still explains what happened");
    assert!(
        public.contains("Dieses Angebot wurde abgesagt.") && public.contains("Zurzeit sind keine Termine geplant.")
    );
}

async fn holidays_are_left_out_and_one_date_can_be_cancelled(app: TestApp) {
    let site = app.id_of("SELECT id FROM sites WHERE slug = $1", "koeln").await;
    app.create_user("yilmaz@jmd.example", Role::Staff, Some(site), None).await;
    let staff = app.signed_in("yilmaz@jmd.example").await;
    let mut form = weekly_group_form(&app).await;
    let first = form.iter().find(|(name, _)| *name == "first_date").unwrap().1.clone();
    let holiday =
        (chrono::NaiveDate::parse_from_str(&first, "%Y-%m-%d").unwrap() + chrono::Duration::days(7)).to_string();
    for (name, value) in &mut form {
        if *name == "count" {
            *value = "4".to_owned();
        }
    }
    form.push(("except", holiday));
    let location = post(&app, &staff, &form).await;
    let offer: i64 = location.trim_start_matches("/offers/").parse().unwrap();
    let scheduled = |app: &TestApp| {
        let pool = app.db.clone();
        async move {
            let (n,): (i64,) =
                sqlx::query_as("SELECT COUNT(*) FROM sessions WHERE offer_id = $1 AND status = 'scheduled'")
                    .bind(offer)
                    .fetch_one(pool.pool())
                    .await
                    .unwrap();
            n
        }
    };
    assert_eq!(scheduled(&app).await, 3, "four weeks less the holiday");
    let (first_session,): (i64,) =
        sqlx::query_as("SELECT id FROM sessions WHERE offer_id = $1 ORDER BY starts_at LIMIT 1")
            .bind(offer)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    let (status, _) =
        app.post_form(&staff, &format!("/staff/offers/{offer}/sessions/{first_session}/cancel"), &[]).await;
    assert_eq!(status, 303);
    assert_eq!(scheduled(&app).await, 2, "only that date is cancelled");
    let (_, _, editor) = app.get_with(&staff, &format!("/staff/offers/{offer}/edit")).await;
    assert_eq!(editor.matches("Nur diesen Termin absagen").count(), 2);
}
