//! The offer editor and the programme editor: details, "all coming dates" against "this date
//! only", copies, and who may do what with them.

use app::domain::policy::Role;
use chrono::{NaiveDate, TimeZone, Timelike};
use chrono_tz::Europe::Berlin;

use crate::helpers::TestApp;

crate::on_both_backends!(
    details_change_on_the_public_page_and_mistakes_come_back,
    all_coming_dates_keep_their_local_time_across_the_spring_change,
    one_date_moves_another_is_added_and_a_bad_time_is_kept,
    a_copy_starts_with_the_details_but_not_the_dates,
    partners_cannot_hand_offers_to_others_or_point_at_other_sites,
    staff_build_a_programme_from_partners_offers,
    the_agenda_filters_free_places_and_an_end_date,
    a_weekend_trip_shows_on_each_day_with_cost_and_what_to_bring,
    offers_for_partners_or_the_invited_stay_out_of_sight,
);

/// A network meeting only staff and partners see, and an outing only the invited see: neither is in
/// the agenda or the feeds; the page and its registration answer 404 to anybody else.
async fn offers_for_partners_or_the_invited_stay_out_of_sight(app: TestApp) {
    let staff = staff(&app).await;
    let org = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jmd-koeln").await.to_string();
    let venue = app.id_of("SELECT id FROM venues WHERE district = $1", "Porz").await.to_string();
    let first_date = (chrono::Utc::now().date_naive() + chrono::Duration::weeks(2)).to_string();
    let mut ids = Vec::new();
    for (title, visibility) in [("Arbeitskreis Jugendmigration", "partners"), ("Ausflug der Mädchengruppe", "invited")]
    {
        let form = [
            ("title", title),
            ("category", "leisure"),
            ("audience", "youth"),
            ("min_age", "12"),
            ("max_age", "27"),
            ("organisation_id", org.as_str()),
            ("venue_id", venue.as_str()),
            ("first_date", first_date.as_str()),
            ("start", "17:00"),
            ("end", "19:00"),
            ("repeat", "once"),
            ("registration", "series"),
            ("capacity", "10"),
            ("visibility", visibility),
            ("spoken_de", "on"),
            ("publish", "on"),
        ];
        let (status, location) = app.post_form(&staff, "/staff/offers", &form).await;
        assert!(status == 303 && location.starts_with("/offers/"), "{location}");
        ids.push(location.trim_start_matches("/offers/").parse::<i64>().unwrap());
    }
    let (meeting, outing) = (ids[0], ids[1]);

    // Nobody outside finds them.
    let stranger = crate::helpers::browser();
    for path in [format!("/offers/{meeting}"), format!("/offers/{outing}"), format!("/offers/{outing}/calendar.ics")] {
        let (status, _, _) = app.get_with(&stranger, &path).await;
        assert_eq!(status, 404, "{path}");
    }
    let (_, _, home) = app.get_with(&stranger, &format!("/?from={first_date}")).await;
    assert!(!home.contains("Arbeitskreis") && !home.contains("Ausflug der Mädchengruppe"));
    let (_, _, feed) = app.get_with(&stranger, "/sites/koeln/calendar.ics").await;
    assert!(!feed.contains("Arbeitskreis") && !feed.contains("Ausflug"));

    // A partner sees the network meeting.
    let kalk = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jugendzentrum-kalk").await;
    app.create_user("becker@jz-kalk.example", app::domain::policy::Role::Partner, None, Some(kalk)).await;
    let partner = app.signed_in("becker@jz-kalk.example").await;
    let (status, _, page) = app.get_with(&partner, &format!("/offers/{meeting}")).await;
    assert!(status == 200 && page.contains("Arbeitskreis Jugendmigration"));

    // The invitation link from the editor opens the outing and its registration.
    let (_, _, editor) = app.get_with(&staff, &format!("/staff/offers/{outing}/edit")).await;
    let invite = editor
        .split(&format!("/offers/{outing}?invite="))
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the editor shows the invitation link")
        .to_owned();
    let (status, _, page) = app.get_with(&stranger, &format!("/offers/{outing}?invite={invite}")).await;
    assert_eq!(status, 200);
    assert!(page.contains(&format!(r#"name="invite" value="{invite}""#)), "the form carries the invitation");
    let (status, _, _) = app.get_with(&stranger, &format!("/offers/{outing}/calendar.ics?invite={invite}")).await;
    assert_eq!(status, 200);
    let token = page.split(r#"name="form_token" value=""#).nth(1).unwrap().split('"').next().unwrap().to_owned();
    let born = (chrono::Datelike::year(&chrono::Utc::now()) - 19).to_string();
    let mut form = vec![
        ("first_name", "Aylin"),
        ("email", "aylin@example.org"),
        ("birth_year", born.as_str()),
        ("privacy", "on"),
        ("form_token", token.as_str()),
    ];
    let register = format!("/offers/{outing}/register");
    let (status, _) = app.post_form(&stranger, &register, &form).await;
    assert_eq!(status, 404, "no registration without the invitation");
    form.push(("invite", invite.as_str()));
    let (status, location) = app.post_form(&stranger, &register, &form).await;
    assert!(status == 303 && location.starts_with("/r/"), "{location}");
    // Another offer's invitation opens nothing.
    let wrong = app.links.token(app::ssr::links::Purpose::OfferInvitation, meeting);
    let (status, _, _) = app.get_with(&stranger, &format!("/offers/{outing}?invite={wrong}")).await;
    assert_eq!(status, 404);
}

/// A trip from Friday 16:00 to Sunday 14:00 is one date over three days: the agenda lists it on
/// each, the page and the calendar say when it ends, and young people read what it costs, what to
/// bring and where to meet.
async fn a_weekend_trip_shows_on_each_day_with_cost_and_what_to_bring(app: TestApp) {
    use chrono::{Datelike, Duration, Weekday};
    let staff = staff(&app).await;
    let org = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jmd-koeln").await.to_string();
    let venue = app.id_of("SELECT id FROM venues WHERE district = $1", "Porz").await.to_string();
    let mut friday = chrono::Utc::now().date_naive() + Duration::weeks(3);
    while friday.weekday() != Weekday::Fri {
        friday += Duration::days(1);
    }
    let (first, last) = (friday.to_string(), (friday + Duration::days(2)).to_string());
    let mut form = vec![
        ("title", "Wochenendfahrt an die Nordsee"),
        ("category", "leisure"),
        ("audience", "youth"),
        ("min_age", "14"),
        ("max_age", "21"),
        ("organisation_id", org.as_str()),
        ("venue_id", venue.as_str()),
        ("first_date", first.as_str()),
        ("end_date", last.as_str()),
        ("start", "16:00"),
        ("end", "14:00"),
        ("repeat", "weekly"),
        ("count", "2"),
        ("cost", "25"),
        ("bring", "Schlafsack und Regenjacke"),
        ("meeting_point", "Köln Hauptbahnhof, Haupteingang"),
        ("spoken_de", "on"),
        ("publish", "on"),
    ];
    // A repeating date over several days is refused at its field, with the rest kept.
    let (_, back) = app.post_form(&staff, "/staff/offers", &form).await;
    let (_, _, page) = app.get_with(&staff, &back).await;
    assert!(
        page.contains("Termine über mehrere Tage gibt es nur ohne Wiederholung.") && page.contains("Schlafsack"),
        "{page}"
    );
    form.retain(|(name, _)| *name != "repeat" && *name != "count");
    form.push(("repeat", "once"));
    let (status, location) = app.post_form(&staff, "/staff/offers", &form).await;
    assert!(status == 303 && location.starts_with("/offers/"), "{location}");

    let (_, page) = app.page(&location, "de").await;
    assert!(page.contains("25,00 Euro") && page.contains("Frag uns nach Unterstützung"), "{page}");
    assert!(page.contains("Schlafsack und Regenjacke") && page.contains("Köln Hauptbahnhof, Haupteingang"));
    assert!(page.contains("16:00</span>–<span>So.") && page.contains("14:00"), "the end on Sunday: {page}");
    let (_, feed) = app.page(&format!("{location}/calendar.ics"), "de").await;
    let sunday = (friday + Duration::days(2)).format("%Y%m%d").to_string();
    assert!(feed.contains(&format!("DTEND:{sunday}T1")), "ends on Sunday: {feed}");
    // The agenda lists it on Friday, Saturday and Sunday.
    let (_, agenda) = app.page(&format!("/?from={first}&to={last}&q=Nordsee"), "de").await;
    assert_eq!(agenda.matches("Wochenendfahrt an die Nordsee").count(), 3, "{agenda}");
    assert!(agenda.contains("ab 16:00") && agenda.contains("bis 14:00"), "what it is on each day: {agenda}");
    let (_, english) = app.page(&location, "en").await;
    assert!(english.contains("25.00 euros") && english.contains("Ask us about support"), "{english}");

    // Moved a week later, it still runs from Friday to Sunday; the editor's form shows its last day.
    let id = location.trim_start_matches("/offers/");
    let (_, _, editor) = app.get_with(&staff, &format!("/staff/offers/{id}/edit")).await;
    assert!(editor.contains(&format!(r#"value="{last}""#)), "the move form shows the last day: {editor}");
    let (session,): (i64,) = sqlx::query_as("SELECT id FROM sessions WHERE offer_id = $1")
        .bind(id.parse::<i64>().unwrap())
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let (next_friday, next_sunday) =
        ((friday + Duration::weeks(1)).to_string(), (friday + Duration::days(9)).to_string());
    let moved =
        [("date", next_friday.as_str()), ("start", "16:00"), ("end", "14:00"), ("end_date", next_sunday.as_str())];
    let (status, _) = app.post_form(&staff, &format!("/staff/offers/{id}/sessions/{session}/move"), &moved).await;
    assert_eq!(status, 303);
    let (starts_at, ends_at): (i64, i64) = sqlx::query_as("SELECT starts_at, ends_at FROM sessions WHERE id = $1")
        .bind(session)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(ends_at - starts_at, 46 * 3600, "Friday 16:00 to Sunday 14:00");
}

/// A signed-in staff member of the demo site.
async fn staff(app: &TestApp) -> reqwest::Client {
    let site = app.id_of("SELECT id FROM sites WHERE slug = $1", "koeln").await;
    app.create_user("yilmaz@jmd.example", Role::Staff, Some(site), None).await;
    app.signed_in("yilmaz@jmd.example").await
}

/// Creates a weekly group of `count` dates from `first_date` at 17:00–18:30; returns its id.
async fn weekly_group(app: &TestApp, client: &reqwest::Client, first_date: &str, count: &str) -> i64 {
    let org = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jmd-koeln").await.to_string();
    let venue = app.id_of("SELECT id FROM venues WHERE district = $1", "Porz").await.to_string();
    let form = [
        ("title", "Sprachcafé Porz"),
        ("category", "language"),
        ("audience", "youth"),
        ("min_age", "14"),
        ("max_age", "27"),
        ("organisation_id", org.as_str()),
        ("venue_id", venue.as_str()),
        ("first_date", first_date),
        ("start", "17:00"),
        ("end", "18:30"),
        ("repeat", "weekly"),
        ("count", count),
        ("spoken_de", "on"),
        ("publish", "on"),
    ];
    let (status, location) = app.post_form(client, "/staff/offers", &form).await;
    assert_eq!(status, 303, "{location}");
    location.trim_start_matches("/offers/").parse().unwrap()
}

/// The editor's details form as stored, with `changes` applied, as a browser would send it.
fn details(app_org: i64, venue: i64, changes: &[(&'static str, &'static str)]) -> Vec<(&'static str, String)> {
    let mut form: Vec<(&'static str, String)> = vec![
        ("title", "Sprachcafé Porz".into()),
        ("category", "language".into()),
        ("audience", "youth".into()),
        ("focus", String::new()),
        ("min_age", "14".into()),
        ("max_age", "27".into()),
        ("organisation_id", app_org.to_string()),
        ("venue_id", venue.to_string()),
        ("registration", "none".into()),
        ("spoken_de", "on".into()),
    ];
    for (name, value) in changes {
        form.retain(|(field, _)| field != name);
        form.push((name, (*value).to_owned()));
    }
    form
}

async fn post(app: &TestApp, client: &reqwest::Client, path: &str, form: &[(&'static str, String)]) -> (u16, String) {
    let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_form(client, path, &pairs).await
}

async fn local_starts(app: &TestApp, offer: i64) -> Vec<chrono::DateTime<chrono_tz::Tz>> {
    let rows: Vec<(i64,)> = sqlx::query_as(
        "SELECT starts_at FROM sessions WHERE offer_id = $1 AND status = 'scheduled' ORDER BY starts_at",
    )
    .bind(offer)
    .fetch_all(app.db.pool())
    .await
    .unwrap();
    rows.into_iter().map(|(at,)| Berlin.timestamp_opt(at, 0).unwrap()).collect()
}

fn in_weeks(weeks: i64) -> String {
    (chrono::Utc::now().date_naive() + chrono::Duration::weeks(weeks)).to_string()
}

async fn details_change_on_the_public_page_and_mistakes_come_back(app: TestApp) {
    let staff = staff(&app).await;
    let offer = weekly_group(&app, &staff, &in_weeks(1), "6").await;
    let jmd = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jmd-koeln").await;
    let venue = app.id_of("SELECT id FROM venues WHERE district = $1", "Porz").await;
    let kalk = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jugendzentrum-kalk").await;

    let (status, _, editor) = app.get_with(&staff, &format!("/staff/offers/{offer}/edit")).await;
    assert_eq!(status, 200);
    assert!(editor.contains(r#"value="Sprachcafé Porz""#), "the editor shows the stored offer");

    let cohost = format!("cohost_{kalk}");
    let mut form = details(
        jmd,
        venue,
        &[
            ("title", "Sprachcafé Porz am Rhein"),
            ("title_en", "Language café Porz"),
            ("contact_name", "Frau Yılmaz"),
            ("contact_email", "yilmaz@jmd.example"),
            ("registration", "series"),
            ("capacity", "10"),
            ("network_share", "100"),
        ],
    );
    form.push((Box::leak(cohost.into_boxed_str()), "on".into()));
    let (status, location) = post(&app, &staff, &format!("/staff/offers/{offer}"), &form).await;
    assert_eq!((status, location.as_str()), (303, format!("/staff/offers/{offer}/edit?saved").as_str()));
    let (_, german) = app.page(&format!("/offers/{offer}"), "de").await;
    assert!(german.contains("Sprachcafé Porz am Rhein") && german.contains("Frau Yılmaz"), "{german}");
    assert!(german.contains("Noch 10 Plätze frei") && german.contains("Jugendzentrum Kalk"), "co-host and places");
    let (share,): (i64,) = sqlx::query_as("SELECT network_share FROM offers WHERE id = $1")
        .bind(offer)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(share, 100, "a class may register together from the school's network");
    let (_, _, editor) = app.get_with(&staff, &format!("/staff/offers/{offer}/edit")).await;
    assert!(editor.contains(r#"name="network_share" type="number" value="100""#), "{editor}");
    let (_, english) = app.page(&format!("/offers/{offer}"), "en").await;
    assert!(english.contains("Language café Porz") && english.contains("10 places left"));
    let (_, found) = app.page("/?q=language+caf%C3%A9", "en").await;
    assert!(found.contains("Language café Porz"), "the search finds the English title");

    // Twelve places are taken (as registrations will take them): the capacity cannot drop below.
    sqlx::query("UPDATE offers SET places_taken = 12 WHERE id = $1").bind(offer).execute(app.db.pool()).await.unwrap();
    let form = details(
        jmd,
        venue,
        &[("title", "Neuer Titel"), ("registration", "series"), ("capacity", "8"), ("network_share", "150")],
    );
    let (status, location) = post(&app, &staff, &format!("/staff/offers/{offer}"), &form).await;
    assert_eq!(status, 303);
    assert!(location.contains("draft="), "{location}");
    let (_, _, page) = app.get_with(&staff, &location).await;
    assert!(page.contains("Es sind schon mehr Plätze vergeben."));
    assert!(page.contains("Bitte eine Zahl von 1 bis 100."), "a share above 100 is refused");
    assert!(page.contains(r#"value="Neuer Titel""#) && page.contains(r#"value="8""#), "what was typed is kept");
    let (title, capacity): (String, Option<i64>) = sqlx::query_as("SELECT title, capacity FROM offers WHERE id = $1")
        .bind(offer)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!((title.as_str(), capacity), ("Sprachcafé Porz am Rhein", Some(10)), "nothing was stored");
}

async fn all_coming_dates_keep_their_local_time_across_the_spring_change(app: TestApp) {
    let staff = staff(&app).await;
    // Four Mondays around the change to summer time on 28 March 2027.
    let offer = weekly_group(&app, &staff, "2027-03-15", "4").await;
    let before: Vec<u32> = local_starts(&app, offer).await.iter().map(|at| at.hour()).collect();
    assert_eq!(before, [17, 17, 17, 17]);
    let (status, _) =
        app.post_form(&staff, &format!("/staff/offers/{offer}/times"), &[("start", "18:15"), ("end", "19:45")]).await;
    assert_eq!(status, 303);
    let after = local_starts(&app, offer).await;
    let days: Vec<String> = after.iter().map(|at| at.date_naive().to_string()).collect();
    assert_eq!(days, ["2027-03-15", "2027-03-22", "2027-03-29", "2027-04-05"], "the days stay");
    for at in &after {
        assert_eq!((at.hour(), at.minute()), (18, 15), "18:15 in Köln on both sides of the change");
    }
    let utc_hours: Vec<u32> = after.iter().map(|at| at.naive_utc().hour()).collect();
    assert_eq!(utc_hours, [17, 17, 16, 16]);
    let (ends,): (i64,) = sqlx::query_as("SELECT MIN(ends_at - starts_at) FROM sessions WHERE offer_id = $1")
        .bind(offer)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(ends, 90 * 60);
    let (revised,): (i64,) = sqlx::query_as("SELECT MIN(revision) FROM sessions WHERE offer_id = $1")
        .bind(offer)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(revised, 1, "each changed date counts its revision, for calendar updates");
}

async fn one_date_moves_another_is_added_and_a_bad_time_is_kept(app: TestApp) {
    let staff = staff(&app).await;
    let offer = weekly_group(&app, &staff, "2027-03-15", "3").await;
    let sessions: Vec<(i64,)> = sqlx::query_as("SELECT id FROM sessions WHERE offer_id = $1 ORDER BY starts_at")
        .bind(offer)
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    let second = sessions[1].0;
    let moved = [("date", "2027-03-24"), ("start", "16:00"), ("end", "17:00")];
    let (status, _) = app.post_form(&staff, &format!("/staff/offers/{offer}/sessions/{second}/move"), &moved).await;
    assert_eq!(status, 303);
    let added = [("date", "2027-04-12"), ("start", "17:00"), ("end", "18:30")];
    app.post_form(&staff, &format!("/staff/offers/{offer}/sessions"), &added).await;
    let starts: Vec<String> =
        local_starts(&app, offer).await.iter().map(|at| at.format("%Y-%m-%d %H:%M").to_string()).collect();
    assert_eq!(starts, ["2027-03-15 17:00", "2027-03-24 16:00", "2027-03-29 17:00", "2027-04-12 17:00"]);

    let bad = [("date", "2027-03-24"), ("start", "16:00"), ("end", "15:00")];
    let (_, location) = app.post_form(&staff, &format!("/staff/offers/{offer}/sessions/{second}/move"), &bad).await;
    assert!(location.contains("draft="), "{location}");
    let (_, _, page) = app.get_with(&staff, &location).await;
    assert!(page.contains(&format!(r#"id="move-{second}-end-error""#)), "the error is at that date's form");
    assert!(page.contains(r#"value="15:00""#), "what was typed is kept");
    let (_, location) = app.post_form(&staff, &format!("/staff/offers/{offer}/sessions/99999/move"), &moved).await;
    assert!(location.ends_with("?gone"), "a date that is not there says so: {location}");
    let entries: (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action IN ('session-moved', 'session-added')")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert_eq!(entries.0, 2);
}

async fn a_copy_starts_with_the_details_but_not_the_dates(app: TestApp) {
    let staff = staff(&app).await;
    let offer = weekly_group(&app, &staff, &in_weeks(2), "4").await;
    let (status, _, copy) = app.get_with(&staff, &format!("/staff/offers/new?from={offer}")).await;
    assert_eq!(status, 200);
    assert!(copy.contains("Angebot kopieren") && copy.contains(r#"value="Sprachcafé Porz""#));
    assert!(copy.contains(r#"value="17:00""#) && copy.contains(r#"name="first_date" type="date" value="""#));
    let kalk = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jugendzentrum-kalk").await;
    app.create_user("kalk@jz.example", Role::Partner, None, Some(kalk)).await;
    let partner = app.signed_in("kalk@jz.example").await;
    let (_, _, stranger) = app.get_with(&partner, &format!("/staff/offers/new?from={offer}")).await;
    assert!(!stranger.contains("Sprachcafé Porz"), "another organisation's offer is not copied");
}

async fn partners_cannot_hand_offers_to_others_or_point_at_other_sites(app: TestApp) {
    let kalk = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jugendzentrum-kalk").await;
    let jmd = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jmd-koeln").await;
    app.create_user("kalk@jz.example", Role::Partner, None, Some(kalk)).await;
    let partner = app.signed_in("kalk@jz.example").await;
    let (offer,): (i64,) = sqlx::query_as("SELECT id FROM offers WHERE organisation_id = $1 ORDER BY id LIMIT 1")
        .bind(kalk)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let (venue,): (i64,) =
        sqlx::query_as("SELECT venue_id FROM offers WHERE id = $1").bind(offer).fetch_one(app.db.pool()).await.unwrap();
    let (status, _) = post(&app, &partner, &format!("/staff/offers/{offer}"), &details(jmd, venue, &[])).await;
    assert_eq!(status, 403, "handing the offer to the JMD needs the JMD's rights");

    let (bonn,): (i64,) =
        sqlx::query_as("INSERT INTO sites (slug, name, city) VALUES ('bonn', 'JMD Bonn', 'Bonn') RETURNING id")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    let (bonn_venue,): (i64,) = sqlx::query_as(
        "INSERT INTO venues (site_id, name, street, postal_code, city, district)
         VALUES ($1, 'Haus Bonn', 'Weg 1', '53111', 'Bonn', 'Zentrum') RETURNING id",
    )
    .bind(bonn)
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    let (status, location) =
        post(&app, &partner, &format!("/staff/offers/{offer}"), &details(kalk, bonn_venue, &[])).await;
    assert_eq!(status, 303);
    let (_, _, page) = app.get_with(&partner, &location).await;
    assert!(page.contains("Dieser Ort gehört nicht zum Standort der Organisation."), "{location}");
}

async fn staff_build_a_programme_from_partners_offers(app: TestApp) {
    let staff = staff(&app).await;
    let form = [
        ("title", "Sommerfest Kalk"),
        ("description", "Ein Tag mit Musik und Sport."),
        ("title_en", "Kalk summer festival"),
        ("starts_on", "2027-07-03"),
        ("ends_on", "2027-07-03"),
    ];
    let (status, location) = app.post_form(&staff, "/staff/programmes", &form).await;
    assert_eq!(status, 303);
    assert!(location.ends_with("/edit?saved"), "{location}");
    let programme: i64 = location.trim_start_matches("/staff/programmes/").split('/').next().unwrap().parse().unwrap();
    let (slug,): (String,) = sqlx::query_as("SELECT slug FROM programmes WHERE id = $1")
        .bind(programme)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(slug, "sommerfest-kalk-2027");

    let (offer,): (i64,) =
        sqlx::query_as("SELECT id FROM offers WHERE programme_id IS NULL AND status = 'published' ORDER BY id LIMIT 1")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    let (_, _, editor) = app.get_with(&staff, &location).await;
    assert!(editor.contains("Gespeichert.") && editor.contains(&format!(r#"name="offer_id" value="{offer}""#)));
    let add = [("offer_id", offer.to_string()), ("change", "add".to_owned())];
    let add: Vec<(&str, &str)> = add.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_form(&staff, &format!("/staff/programmes/{programme}/offers"), &add).await;
    let (title,): (String,) =
        sqlx::query_as("SELECT title FROM offers WHERE id = $1").bind(offer).fetch_one(app.db.pool()).await.unwrap();
    let (_, public) = app.page(&format!("/programmes/{slug}"), "en").await;
    assert!(public.contains("Kalk summer festival"), "the programme page is in English");
    let (_, offer_page) = app.page(&format!("/offers/{offer}"), "de").await;
    assert!(offer_page.contains("Sommerfest Kalk") && offer_page.contains(&title));

    let bad = [("title", ""), ("starts_on", "2027-07-03"), ("ends_on", "2027-07-01")];
    let (_, location) = app.post_form(&staff, &format!("/staff/programmes/{programme}"), &bad).await;
    let (_, _, page) = app.get_with(&staff, &location).await;
    assert!(
        page.contains("Der letzte Tag muss nach dem ersten Tag liegen.") && page.contains("Bitte gib einen Titel ein.")
    );

    let remove = [("offer_id", offer.to_string()), ("change", "remove".to_owned())];
    let remove: Vec<(&str, &str)> = remove.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_form(&staff, &format!("/staff/programmes/{programme}/offers"), &remove).await;
    let (in_programme,): (Option<i64>,) = sqlx::query_as("SELECT programme_id FROM offers WHERE id = $1")
        .bind(offer)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(in_programme, None);
}

async fn the_agenda_filters_free_places_and_an_end_date(app: TestApp) {
    let staff = staff(&app).await;
    let offer = weekly_group(&app, &staff, &in_weeks(1), "3").await;
    let jmd = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jmd-koeln").await;
    let venue = app.id_of("SELECT id FROM venues WHERE district = $1", "Porz").await;
    let form = details(jmd, venue, &[("registration", "series"), ("capacity", "5")]);
    post(&app, &staff, &format!("/staff/offers/{offer}"), &form).await;
    let (_, open) = app.page("/?q=sprachcaf%C3%A9+porz&free=1", "de").await;
    assert!(open.contains("Sprachcafé Porz"), "five places are free");
    sqlx::query("UPDATE offers SET places_taken = 5 WHERE id = $1").bind(offer).execute(app.db.pool()).await.unwrap();
    let (_, full) = app.page("/?q=sprachcaf%C3%A9+porz&free=1", "de").await;
    assert!(!full.contains("Sprachcafé Porz"), "a full offer is left out");
    let (_, all) = app.page("/?q=sprachcaf%C3%A9+porz", "de").await;
    assert!(all.contains("Sprachcafé Porz"), "and shown without the filter");

    let first = NaiveDate::parse_from_str(&in_weeks(1), "%Y-%m-%d").unwrap();
    let (_, until_first) = app.page(&format!("/?q=sprachcaf%C3%A9+porz&to={first}"), "de").await;
    assert_eq!(until_first.matches(r#"href="/offers/"#).count(), 1, "only the first date is on or before that day");
    let (_, bad) = app.page("/?to=morgen", "de").await;
    assert!(bad.contains(r#"value="morgen""#) && bad.contains("filter-to-error"), "a bad date is kept and explained");
}
