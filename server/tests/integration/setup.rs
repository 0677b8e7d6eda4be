//! A real site from an empty database: the first-run path through the forms, the site's own
//! time zone everywhere, and staff kept to their own site's network.

use app::domain::policy::Role;

use crate::helpers::{TestApp, browser, link_path};

crate::on_both_backends!(
    empty: a_new_installation_goes_from_an_empty_database_to_a_published_offer,
    staff_of_one_site_cannot_touch_another_sites_network,
    a_site_in_new_york_keeps_its_local_times_across_both_changes,
    holidays_of_two_states_and_a_closing_day_leave_out_the_right_dates,
    a_partner_proposes_a_venue_and_staff_confirm_it,
);

/// The site form as an admin fills it in, with `changes` applied.
fn site_form<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut form = vec![
        ("name", "JMD Duisburg"),
        ("city", "Duisburg"),
        ("street", "Musterstraße 1"),
        ("postal_code", "47051"),
        ("carrier_name", "Beispielträger e. V."),
        ("carrier_address", "Musterstraße 1\n47051 Duisburg"),
        ("phone", "0203 123 45"),
        ("email", "jmd@duisburg.example"),
        ("opening_hours", "Mo–Fr 9–15 Uhr"),
        ("time_zone", "Europe/Berlin"),
        ("federal_state", "NW"),
        ("districts", "Marxloh\nHochfeld\nRheinhausen"),
        ("description", "Beratung und Gruppen für junge Menschen."),
    ];
    for (name, value) in changes {
        form.retain(|(field, _)| field != name);
        form.push((name, value));
    }
    form
}

async fn a_new_installation_goes_from_an_empty_database_to_a_published_offer(app: TestApp) {
    app.create_user("admin@duisburg.example", Role::Admin, None, None).await;
    let admin = app.signed_in("admin@duisburg.example").await;

    // An empty installation says what comes first, and the offer form says what is missing
    // instead of showing a form that cannot be sent.
    let (_, _, dashboard) = app.get_with(&admin, "/staff").await;
    assert!(
        dashboard.contains("Noch kein Standort") && dashboard.contains(r#"href="/staff/sites/new""#),
        "{dashboard}"
    );
    let (_, _, new_offer) = app.get_with(&admin, "/staff/offers/new").await;
    assert!(new_offer.contains("Noch kein Standort") && !new_offer.contains(r#"action="/staff/offers""#));

    // Mistakes come back with what was typed and a message at each field; nothing is stored.
    let long_district = "x".repeat(61);
    let wrong = site_form(&[("time_zone", "Europe/Duisburg"), ("districts", &long_district), ("street", "")]);
    let (status, back) = app.post_form(&admin, "/staff/sites", &wrong).await;
    assert_eq!(status, 303);
    assert!(back.starts_with("/staff/sites/new?draft="), "{back}");
    let (_, _, page) = app.get_with(&admin, &back).await;
    assert!(page.contains("Diese Zeitzone kennen wir nicht"), "{page}");
    assert!(page.contains("höchstens 100 Stadtteile"));
    assert!(page.contains("Bitte füll dieses Feld aus."));
    assert!(page.contains(r#"value="JMD Duisburg""#) && page.contains("Europe/Duisburg"), "typed values are kept");
    let (sites,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM sites").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(sites, 0);

    // The site, with its own organisation as the lead of its offers.
    let (status, created) = app.post_form(&admin, "/staff/sites", &site_form(&[])).await;
    assert_eq!(status, 303, "{created}");
    let site = app.id_of("SELECT id FROM sites WHERE slug = $1", "duisburg").await;
    assert_eq!(created, format!("/staff?site={site}&created"));
    let (_, _, dashboard) = app.get_with(&admin, &created).await;
    assert!(dashboard.contains("Der Standort ist angelegt.") && dashboard.contains("Noch kein Ort"), "{dashboard}");
    assert!(dashboard.contains("Noch kein Teammitglied"));
    let (_, _, start) = app.get_with(&admin, "/staff").await;
    assert!(start.contains("Noch kein Ort"), "the only site's steps without naming it: {start}");
    // A second site under the same address is refused, with the reason at the field.
    let (_, back) = app.post_form(&admin, "/staff/sites", &site_form(&[("name", "JMD Duisburg-Nord")])).await;
    let (_, _, page) = app.get_with(&admin, &back).await;
    assert!(page.contains("Diese Adresse hat schon ein anderer Standort"), "{page}");

    // A partner organisation and a venue; a district outside the site's list is refused.
    let site_field = site.to_string();
    let school = [("site_id", site_field.as_str()), ("name", "Gesamtschule Marxloh"), ("kind", "school")];
    let (status, _) = app.post_form(&admin, "/staff/organisations", &school).await;
    assert_eq!(status, 303);
    let mut venue = vec![
        ("site_id", site_field.as_str()),
        ("name", "Jugendtreff Marxloh"),
        ("street", "Weseler Straße 10"),
        ("postal_code", "47169"),
        ("city", "Duisburg"),
        ("district", "Kalk"),
        ("step_free", "on"),
        ("transit", "Straßenbahn 903 bis Marxloh Pollmann"),
    ];
    let (_, back) = app.post_form(&admin, "/staff/venues", &venue).await;
    let (_, _, page) = app.get_with(&admin, &back).await;
    assert!(page.contains("Bitte wähle etwas aus."), "{page}");
    assert!(page.contains("Jugendtreff Marxloh"), "the venue's name is kept");
    venue.retain(|(field, _)| *field != "district");
    venue.push(("district", "Marxloh"));
    let (status, saved) = app.post_form(&admin, "/staff/venues", &venue).await;
    assert_eq!(status, 303);
    assert!(saved.starts_with(&format!("/staff/venues?site={site}&saved=")), "{saved}");

    // The admin invites a staff member, who sets a password and creates the first offer.
    let own = app.id_of("SELECT id FROM organisations WHERE kind = $1", "jmd").await.to_string();
    let invite = [
        ("email", "demir@duisburg.example"),
        ("display_name", "Frau Demir"),
        ("role", "staff"),
        ("organisation_id", own.as_str()),
    ];
    let (status, _) = app.post_form(&admin, "/staff/users/invite", &invite).await;
    assert_eq!(status, 303);
    let (_, _, body) = app.last_mail_to("demir@duisburg.example").await.expect("an invitation");
    let staff = browser();
    let password = [("password", "Demir ihr Passwort"), ("confirm", "Demir ihr Passwort")];
    let (_, location) = app.post_form(&staff, &link_path(&body), &password).await;
    assert_eq!(location, "/staff?welcome");
    let (_, _, dashboard) = app.get_with(&staff, "/staff").await;
    assert!(dashboard.contains("Noch kein Angebot"), "{dashboard}");
    let venue_id = app.id_of("SELECT id FROM venues WHERE name = $1", "Jugendtreff Marxloh").await.to_string();
    let offer = [
        ("title", "Sprachcafé Marxloh"),
        ("category", "language"),
        ("audience", "youth"),
        ("min_age", "14"),
        ("max_age", "27"),
        ("organisation_id", own.as_str()),
        ("venue_id", venue_id.as_str()),
        ("first_date", "2027-06-02"),
        ("start", "17:00"),
        ("end", "18:30"),
        ("repeat", "weekly"),
        ("count", "6"),
        ("spoken_de", "on"),
        ("publish", "on"),
    ];
    let (status, location) = app.post_form(&staff, "/staff/offers", &offer).await;
    assert_eq!(status, 303, "{location}");
    assert!(location.starts_with("/offers/"), "{location}");

    // A young person finds it on the site's page, with the site's contact details.
    let (status, page) = app.page("/sites/duisburg", "de").await;
    assert_eq!(status, 200);
    assert!(page.contains("Sprachcafé Marxloh") && page.contains("Jugendtreff Marxloh"), "{page}");
    assert!(page.contains("tel:020312345") && page.contains("mailto:jmd@duisburg.example"));
    assert!(page.contains("Mo–Fr 9–15 Uhr") && page.contains("Beispielträger e. V."));
    // The venue's facts: on the offer's page, and in the filters.
    let (_, offer_page) = app.page(&location, "de").await;
    assert!(
        offer_page.contains("Straßenbahn 903 bis Marxloh Pollmann") && offer_page.contains("Ohne Stufen erreichbar")
    );
    assert!(
        offer_page.contains("https://www.openstreetmap.org/search?query=Weseler%20Stra%C3%9Fe%2010"),
        "{offer_page}"
    );
    let (_, step_free) = app.page("/sites/duisburg?access=1", "de").await;
    assert!(step_free.contains("Sprachcafé Marxloh"));
    let (_, hearing_loop) = app.page("/sites/duisburg?loop=1", "de").await;
    assert!(
        !hearing_loop.contains("Sprachcafé Marxloh")
            && hearing_loop.contains(r#"id="filter-loop" name="loop" type="checkbox" value="1" checked"#)
    );
    let (_, list) = app.page("/sites", "de").await;
    assert!(list.contains(r#"href="/sites/duisburg""#));
    let (_, _, dashboard) = app.get_with(&admin, &created).await;
    assert!(!dashboard.contains("Noch kein Ort") && !dashboard.contains("Noch kein Angebot"), "{dashboard}");
    // The offer page leads staff back to the editor.
    let (_, _, offer_page) = app.get_with(&staff, &location).await;
    assert!(offer_page.contains(&format!("{location}/edit").replace("/offers/", "/staff/offers/")), "{offer_page}");
}

async fn staff_of_one_site_cannot_touch_another_sites_network(app: TestApp) {
    app.create_user("admin@treffpunkt.example", Role::Admin, None, None).await;
    let admin = app.signed_in("admin@treffpunkt.example").await;
    let cologne = site_form(&[("name", "JMD Köln"), ("city", "Köln"), ("districts", "Kalk\nPorz")]);
    let munich =
        site_form(&[("name", "JMD München"), ("city", "München"), ("federal_state", "BY"), ("districts", "Sendling")]);
    for site in [cologne, munich] {
        let (status, _) = app.post_form(&admin, "/staff/sites", &site).await;
        assert_eq!(status, 303);
    }
    let koeln = app.id_of("SELECT id FROM sites WHERE slug = $1", "koeln").await;
    let muenchen = app.id_of("SELECT id FROM sites WHERE slug = $1", "muenchen").await;
    let koeln_field = koeln.to_string();
    let partner = [("site_id", koeln_field.as_str()), ("name", "Jugendzentrum Kalk"), ("kind", "youth_centre")];
    app.post_form(&admin, "/staff/organisations", &partner).await;
    let venue = [
        ("site_id", koeln_field.as_str()),
        ("name", "Jugendtreff Porz"),
        ("street", "Friedrich-Ebert-Ufer 64"),
        ("postal_code", "51143"),
        ("city", "Köln"),
        ("district", "Porz"),
    ];
    app.post_form(&admin, "/staff/venues", &venue).await;
    app.create_user("staff@muenchen.example", Role::Staff, Some(muenchen), None).await;
    let staff = app.signed_in("staff@muenchen.example").await;

    // Köln's organisation, venue and site settings are out of reach: 403, and nothing changed.
    let cologne_org = app.id_of("SELECT id FROM organisations WHERE name = $1", "Jugendzentrum Kalk").await;
    let cologne_venue = app.id_of("SELECT id FROM venues WHERE district = $1", "Porz").await;
    let takeover = [("name", "Übernommen"), ("kind", "other")];
    for path in [
        format!("/staff/organisations/{cologne_org}"),
        format!("/staff/organisations/{cologne_org}/archive"),
        format!("/staff/venues/{cologne_venue}"),
        format!("/staff/venues/{cologne_venue}/archive"),
        format!("/staff/sites/{koeln}"),
    ] {
        let (status, _) = app.post_form(&staff, &path, &[("archived", "1"), takeover[0], takeover[1]]).await;
        assert_eq!(status, 403, "{path}");
        let (status, _, _) = app.get_with(&staff, &path).await;
        assert!(status == 403 || status == 404 || status == 405, "{path}: {status}");
    }
    // A new organisation names no other site: staff's own is taken, whatever the form says.
    let (status, _) = app
        .post_form(&staff, "/staff/organisations", &[("site_id", koeln_field.as_str()), takeover[0], takeover[1]])
        .await;
    assert_eq!(status, 303);
    let (site_of_new,): (i64,) = sqlx::query_as("SELECT site_id FROM organisations WHERE name = 'Übernommen'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(site_of_new, muenchen);
    let (unchanged,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM organisations WHERE archived = 1").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(unchanged, 0);
    // A venue of Köln cannot be chosen for a Munich offer either (the offer form checks the site).
    let own = app.id_of("SELECT id FROM organisations WHERE name = $1", "JMD München").await.to_string();
    let offer = [
        ("title", "Fremder Ort"),
        ("category", "language"),
        ("audience", "youth"),
        ("min_age", "14"),
        ("max_age", "27"),
        ("organisation_id", own.as_str()),
        ("venue_id", &cologne_venue.to_string()),
        ("first_date", "2027-06-02"),
        ("start", "17:00"),
        ("end", "18:30"),
        ("repeat", "once"),
        ("spoken_de", "on"),
    ]
    .map(|(name, value)| (name, value.to_owned()));
    let form: Vec<(&str, &str)> = offer.iter().map(|(name, value)| (*name, value.as_str())).collect();
    let (_, location) = app.post_form(&staff, "/staff/offers", &form).await;
    assert!(location.starts_with("/staff/offers/new?draft="), "{location}");
}

/// The first Sunday on or after `day`.
fn sunday_from(day: chrono::NaiveDate) -> chrono::NaiveDate {
    use chrono::Datelike;
    day + chrono::Duration::days(i64::from((7 - day.weekday().num_days_from_sunday()) % 7))
}

async fn a_site_in_new_york_keeps_its_local_times_across_both_changes(app: TestApp) {
    use chrono::{Datelike, NaiveDate, TimeZone};
    use chrono_tz::America::New_York;

    app.create_user("admin@ny.example", Role::Admin, None, None).await;
    let admin = app.signed_in("admin@ny.example").await;
    let site = site_form(&[
        ("name", "Treffpunkt New York"),
        ("city", "New York"),
        ("time_zone", "America/New_York"),
        ("districts", "Queens"),
    ]);
    let (status, _) = app.post_form(&admin, "/staff/sites", &site).await;
    assert_eq!(status, 303);
    let site_id = app.id_of("SELECT id FROM sites WHERE slug = $1", "new-york").await.to_string();
    let venue = [
        ("site_id", site_id.as_str()),
        ("name", "Queens Library"),
        ("street", "89-11 Merrick Blvd"),
        ("postal_code", "11432"),
        ("city", "New York"),
        ("district", "Queens"),
    ];
    app.post_form(&admin, "/staff/venues", &venue).await;

    // A weekly group at 17:00 from ten days before next year's spring change (second Sunday of
    // March) past the autumn change (first Sunday of November), whatever day the test runs.
    let year = chrono::Utc::now().year() + 1;
    let spring = sunday_from(NaiveDate::from_ymd_opt(year, 3, 8).unwrap());
    let autumn = sunday_from(NaiveDate::from_ymd_opt(year, 11, 1).unwrap());
    let first = spring - chrono::Duration::days(10);
    let weeks = ((autumn - first).num_days() / 7 + 2).to_string();
    let own = app.id_of("SELECT id FROM organisations WHERE kind = $1", "jmd").await.to_string();
    let venue_id = app.id_of("SELECT id FROM venues WHERE name = $1", "Queens Library").await.to_string();
    let first_date = first.to_string();
    let offer = [
        ("title", "Language café Queens"),
        ("category", "language"),
        ("audience", "youth"),
        ("min_age", "12"),
        ("max_age", "27"),
        ("organisation_id", own.as_str()),
        ("venue_id", venue_id.as_str()),
        ("first_date", first_date.as_str()),
        ("start", "17:00"),
        ("end", "18:30"),
        ("repeat", "weekly"),
        ("count", weeks.as_str()),
        ("capacity", "20"),
        ("registration", "series"),
        ("spoken_en", "on"),
        ("publish", "on"),
    ];
    let (status, location) = app.post_form(&admin, "/staff/offers", &offer).await;
    assert_eq!(status, 303, "{location}");
    let offer_id: i64 = location.trim_start_matches("/offers/").parse().unwrap();

    // Stored: 17:00 in New York on every date, so 22:00 UTC in winter and 21:00 UTC in summer.
    let starts: Vec<(i64, String)> =
        sqlx::query_as("SELECT starts_at, time_zone FROM sessions WHERE offer_id = $1 ORDER BY starts_at")
            .bind(offer_id)
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    assert!(starts.iter().all(|(_, zone)| zone == "America/New_York"));
    let local: Vec<_> = starts.iter().map(|(at, _)| New_York.timestamp_opt(*at, 0).unwrap()).collect();
    assert!(local.iter().all(|at| at.format("%H:%M").to_string() == "17:00"), "{local:?}");
    let utc_hours: Vec<String> = starts
        .iter()
        .map(|(at, _)| chrono::DateTime::from_timestamp(*at, 0).unwrap().format("%Y%m%dT%H%M%SZ").to_string())
        .collect();
    assert!(local.first().unwrap().date_naive() < spring && local.last().unwrap().date_naive() > autumn);

    // The calendar file carries those instants.
    let (_, feed) = app.page(&format!("/offers/{offer_id}/calendar.ics"), "en").await;
    for instant in &utc_hours {
        assert!(feed.contains(&format!("DTSTART:{instant}")), "{instant} in {feed}");
    }
    assert!(utc_hours.first().unwrap().ends_with("T220000Z") && utc_hours[2].ends_with("T210000Z"), "{utc_hours:?}");
    assert!(utc_hours.last().unwrap().ends_with("T220000Z"), "winter time again after {autumn}");

    // The page and the confirmation mail say 17:00.
    let (_, page) = app.page(&format!("/offers/{offer_id}"), "en").await;
    assert!(page.contains("17:00") && !page.contains("23:00") && !page.contains("22:00"), "{page}");
    let token = app.form_token(offer_id).await;
    let born = (chrono::Utc::now().year() - 20).to_string();
    let form = [
        ("first_name", "Maya"),
        ("email", "maya@ny.example"),
        ("birth_year", born.as_str()),
        ("privacy", "on"),
        ("form_token", token.as_str()),
    ];
    let (status, _) = app.post_form(&browser(), &format!("/offers/{offer_id}/register"), &form).await;
    assert_eq!(status, 303);
    let (_, _, body) = app.last_mail_to("maya@ny.example").await.expect("a confirmation");
    assert!(body.contains("17:00"), "{body}");
    assert!(!body.contains("22:00") && !body.contains("23:00"), "{body}");

    // The spreadsheet gives the time of registering in New York.
    let (registered,): (i64,) = sqlx::query_as("SELECT created_at FROM registrations WHERE offer_id = $1")
        .bind(offer_id)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    let (_, _, csv) = app.get_with(&admin, &format!("/staff/offers/{offer_id}/participants.csv")).await;
    let in_new_york = New_York.timestamp_opt(registered, 0).unwrap().format("%Y-%m-%d %H:%M").to_string();
    assert!(csv.contains(&in_new_york), "{in_new_york} in {csv}");
}

/// The first and last day of `state`'s Herbstferien in the shipped file, for the first school year
/// whose autumn holidays in both NRW and Bavaria start at least three weeks from now.
fn autumn_holidays(state: &str) -> (chrono::NaiveDate, chrono::NaiveDate) {
    let file = include_str!("../../../app/data/school_holidays.csv");
    let soon = chrono::Utc::now().date_naive() + chrono::Duration::weeks(3);
    let periods = |code: &str| -> Vec<(String, chrono::NaiveDate, chrono::NaiveDate)> {
        file.lines()
            .filter(|line| line.starts_with(&format!("{code};")) && line.contains(";Herbstferien;"))
            .map(|line| {
                let parts: Vec<&str> = line.split(';').collect();
                let day = |text: &str| chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap();
                (parts[1].to_owned(), day(parts[3]), day(parts[4]))
            })
            .collect()
    };
    let (nw, by) = (periods("NW"), periods("BY"));
    let year = nw
        .iter()
        .find(|(year, first, _)| *first > soon && by.iter().any(|(other, first, _)| other == year && *first > soon))
        .map(|(year, ..)| year.clone())
        .expect("the school holiday file has no coming autumn holidays: update it (see the README)");
    let chosen = if state == "NW" { nw } else { by };
    chosen.into_iter().find(|(other, ..)| *other == year).map(|(_, first, last)| (first, last)).unwrap()
}

async fn holidays_of_two_states_and_a_closing_day_leave_out_the_right_dates(app: TestApp) {
    use chrono::{Datelike, Duration, NaiveDate, Weekday};

    app.create_user("admin@laender.example", Role::Admin, None, None).await;
    let admin = app.signed_in("admin@laender.example").await;
    let (nw, by) = (autumn_holidays("NW"), autumn_holidays("BY"));
    // A Tuesday group from two weeks before the earlier holidays, for eight weeks.
    let mut first = nw.0.min(by.0) - Duration::weeks(2);
    while first.weekday() != Weekday::Tue {
        first += Duration::days(1);
    }
    let series: Vec<NaiveDate> = (0..8).map(|week| first + Duration::weeks(week)).collect();
    let closing_day = series[7];

    let mut offers = Vec::new();
    for (name, city, state, holidays) in [("JMD Köln", "Köln", "NW", nw), ("JMD München", "München", "BY", by)] {
        let site = site_form(&[("name", name), ("city", city), ("federal_state", state), ("districts", "Mitte")]);
        app.post_form(&admin, "/staff/sites", &site).await;
        let site_id = app.id_of("SELECT id FROM sites WHERE name = $1", name).await.to_string();
        if state == "NW" {
            let day = closing_day.to_string();
            let closing = [("day", day.as_str()), ("reason", "Teamtag")];
            let (status, back) = app.post_form(&admin, &format!("/staff/sites/{site_id}/closing-days"), &closing).await;
            assert_eq!(status, 303);
            let (_, _, page) = app.get_with(&admin, &back).await;
            assert!(page.contains("Teamtag"), "the closing day is listed: {page}");
            // A day in the past is refused at its field, with what was typed kept.
            let past = [("day", "2020-01-01"), ("reason", "Alt")];
            let (_, back) = app.post_form(&admin, &format!("/staff/sites/{site_id}/closing-days"), &past).await;
            let (_, _, page) = app.get_with(&admin, &back).await;
            assert!(page.contains("Bitte einen Tag ab heute") && page.contains(r#"value="Alt""#), "{page}");
        }
        let venue = [
            ("site_id", site_id.as_str()),
            ("name", "Treff Mitte"),
            ("street", "Hauptstraße 1"),
            ("postal_code", "12345"),
            ("city", city),
            ("district", "Mitte"),
        ];
        app.post_form(&admin, "/staff/venues", &venue).await;
        let own = app.id_of("SELECT id FROM organisations WHERE name = $1", name).await.to_string();
        let venue_id = app.id_of("SELECT id FROM venues WHERE city = $1", city).await.to_string();
        let first_date = first.to_string();
        let offer = [
            ("title", "Hausaufgabenhilfe"),
            ("category", "education"),
            ("audience", "youth"),
            ("min_age", "12"),
            ("max_age", "18"),
            ("organisation_id", own.as_str()),
            ("venue_id", venue_id.as_str()),
            ("first_date", first_date.as_str()),
            ("start", "15:00"),
            ("end", "16:30"),
            ("repeat", "weekly"),
            ("count", "8"),
            ("skip_days_off", "on"),
            ("spoken_de", "on"),
            ("publish", "on"),
        ];
        let (status, location) = app.post_form(&admin, "/staff/offers", &offer).await;
        assert!(status == 303 && location.starts_with("/offers/"), "{location}");
        offers.push((state, holidays, location));
    }

    for (state, (holidays_first, holidays_last), location) in &offers {
        let offer_id = location.trim_start_matches("/offers/");
        let starts: Vec<(i64,)> =
            sqlx::query_as("SELECT starts_at FROM sessions WHERE offer_id = $1 ORDER BY starts_at")
                .bind(offer_id.parse::<i64>().unwrap())
                .fetch_all(app.db.pool())
                .await
                .unwrap();
        let dates: Vec<NaiveDate> = starts
            .iter()
            .map(|(at,)| {
                chrono::DateTime::from_timestamp(*at, 0).unwrap().with_timezone(&chrono_tz::Europe::Berlin).date_naive()
            })
            .collect();
        let holidays = *holidays_first..=*holidays_last;
        let all_saints = NaiveDate::from_ymd_opt(first.year(), 11, 1).unwrap();
        for date in &series {
            let off = holidays.contains(date) || *date == all_saints || (*state == "NW" && *date == closing_day);
            assert_eq!(!dates.contains(date), off, "{state} {date}: left out exactly on days off ({dates:?})");
        }
        // The page says why the group skips a week.
        let (_, page) = app.page(location, "de").await;
        let skipped_in_holidays = series.iter().any(|date| holidays.contains(date) && series.first() != Some(date));
        if skipped_in_holidays {
            assert!(page.contains("Kein Termin am") && page.contains("Herbstferien"), "{state}: {page}");
        }
    }
    let (_, nw_page) = app.page(&offers[0].2, "en").await;
    assert!(nw_page.contains("No session on") && nw_page.contains("autumn holidays"), "{nw_page}");
}

async fn a_partner_proposes_a_venue_and_staff_confirm_it(app: TestApp) {
    app.create_user("admin@duisburg.example", Role::Admin, None, None).await;
    let admin = app.signed_in("admin@duisburg.example").await;
    app.post_form(&admin, "/staff/sites", &site_form(&[])).await;
    let site = app.id_of("SELECT id FROM sites WHERE slug = $1", "duisburg").await;
    let site_field = site.to_string();
    let club = [("site_id", site_field.as_str()), ("name", "SV Hochfeld"), ("kind", "sports_club")];
    app.post_form(&admin, "/staff/organisations", &club).await;
    let club_id = app.id_of("SELECT id FROM organisations WHERE name = $1", "SV Hochfeld").await;
    app.create_user("trainer@sv-hochfeld.example", Role::Partner, None, Some(club_id)).await;
    app.create_user("staff@duisburg.example", Role::Staff, Some(site), None).await;
    let partner = app.signed_in("trainer@sv-hochfeld.example").await;
    let staff = app.signed_in("staff@duisburg.example").await;

    // The partner's offer form has no venue yet and says how to get one.
    let (_, _, page) = app.get_with(&partner, "/staff/offers/new").await;
    assert!(page.contains("Noch kein Ort") && page.contains(r#"href="/staff/venues/propose""#), "{page}");
    let (status, _, page) = app.get_with(&partner, "/staff/venues/propose").await;
    assert_eq!(status, 200);
    assert!(page.contains("Hochfeld"), "the site's districts: {page}");
    let field = [
        ("name", "Sportplatz Hochfeld"),
        ("street", "Wanheimer Straße 100"),
        ("postal_code", "47053"),
        ("city", "Duisburg"),
        ("district", "Hochfeld"),
        ("step_free", "on"),
    ];
    let (status, location) = app.post_form(&partner, "/staff/venues/propose", &field).await;
    assert_eq!(status, 303);
    assert!(location.starts_with("/staff/offers/new?proposed="), "{location}");
    let (_, _, page) = app.get_with(&partner, &location).await;
    assert!(
        page.contains("Danke!") && !page.contains("Sportplatz Hochfeld"),
        "not offered before staff confirm: {page}"
    );
    // Nor can a hand-made form use it.
    let venue = app.id_of("SELECT id FROM venues WHERE name = $1", "Sportplatz Hochfeld").await.to_string();
    let club_field = club_id.to_string();
    let offer = [
        ("title", "Fußball am Sportplatz"),
        ("category", "sport"),
        ("audience", "youth"),
        ("min_age", "12"),
        ("max_age", "18"),
        ("organisation_id", club_field.as_str()),
        ("venue_id", venue.as_str()),
        ("first_date", "2027-06-02"),
        ("start", "17:00"),
        ("end", "18:30"),
        ("repeat", "once"),
        ("spoken_de", "on"),
    ];
    let (_, location) = app.post_form(&partner, "/staff/offers", &offer).await;
    assert!(location.starts_with("/staff/offers/new?draft="), "{location}");

    // Staff see it waiting, confirm it, and then the partner can choose it.
    let (_, _, dashboard) = app.get_with(&staff, "/staff").await;
    assert!(dashboard.contains("Vorgeschlagene Orte warten auf Bestätigung"), "{dashboard}");
    let (status, _) = app.post_form(&partner, &format!("/staff/venues/{venue}/confirm"), &[]).await;
    assert_eq!(status, 403, "partners cannot confirm their own proposal");
    let (status, _) = app.post_form(&staff, &format!("/staff/venues/{venue}/confirm"), &[]).await;
    assert_eq!(status, 303);
    let (_, _, page) = app.get_with(&partner, "/staff/offers/new").await;
    assert!(page.contains("Sportplatz Hochfeld"), "{page}");
    let (status, location) = app.post_form(&partner, "/staff/offers", &offer).await;
    assert!(status == 303 && location.ends_with("/edit"), "{location}");
}
