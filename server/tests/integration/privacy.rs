//! Privacy in operation: the registry of personal data against the real schema, and retention
//! with a clock the test moves.

use app::ssr::db::Backend;
use app::ssr::privacy::{self, retention};

use crate::helpers::{TestApp, browser};

crate::on_both_backends!(
    the_registry_describes_every_column_of_the_schema,
    retention_deletes_what_is_due_counts_it_and_keeps_the_rest,
    a_backup_of_the_running_database_reads_back_and_is_cleaned,
    the_notices_state_the_period_the_site_set_and_retention_keeps_to_it,
    a_young_person_sees_downloads_withdraws_and_deletes_her_data,
    siblings_and_their_mother_each_reach_only_whom_the_address_opens,
    staff_find_a_person_by_address_or_name_read_correct_and_an_admin_deletes,
    every_consent_is_recorded_with_its_text_and_can_be_taken_back,
    photos_and_needs_ask_for_the_yes_that_counts_at_each_age,
    a_list_kept_for_an_audit_stays_and_a_deletion_meanwhile_restricts,
    figures_combine_counted_and_stored_registrations_and_hide_small_counts,
);

async fn the_registry_describes_every_column_of_the_schema(app: TestApp) {
    let sql = match app.db.backend() {
        Backend::Sqlite => {
            "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY 1, 2"
        }
        Backend::Postgres => {
            "SELECT table_name::TEXT, column_name::TEXT FROM information_schema.columns
             WHERE table_schema = current_schema() ORDER BY 1, 2"
        }
    };
    let columns: Vec<(String, String)> = sqlx::query_as(sql).fetch_all(app.db.pool()).await.unwrap();
    assert!(columns.len() > 100, "the schema was read: {}", columns.len());
    let undeclared: Vec<_> = columns
        .iter()
        .filter(|(table, _)| !privacy::UNDESCRIBED_TABLES.contains(&table.as_str()))
        .filter(|(table, column)| privacy::declared(table, column).is_none())
        .collect();
    assert!(undeclared.is_empty(), "say in app/src/ssr/privacy.rs what these hold: {undeclared:?}");
    // And nothing is declared that the schema does not have (a renamed column, a typo).
    let declared = privacy::PERSONAL.iter().map(|p| (p.table, p.column)).chain(
        privacy::NOT_PERSONAL.iter().flat_map(|(table, columns)| columns.iter().map(move |column| (*table, *column))),
    );
    for (table, column) in declared {
        assert!(columns.iter().any(|(t, c)| t == table && c == column), "{table}.{column} is not in the schema");
    }
}

const DAY: i64 = 24 * 3600;

async fn count(app: &TestApp, sql: &str) -> i64 {
    let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(sql.to_owned())).fetch_one(app.db.pool()).await.unwrap();
    n
}

/// A one-off event in eight days with three people (one of whom cancels) and a weekly group with
/// one: seven months after the event, its registrations and people are gone and counted; the
/// group's registration stays while the group has dates ahead.
async fn retention_deletes_what_is_due_counts_it_and_keeps_the_rest(app: TestApp) {
    let event = app.offer("Kochen ohne Grenzen").places(10).create().await;
    let group = app.offer("Sprachcafé").places(10).weekly(40).create().await;
    for (name, email) in
        [("Amira", "amira@example.org"), ("Deniz", "deniz@example.org"), ("Olena", "olena@example.org")]
    {
        app.register_adult(&browser(), event, name, email).await;
    }
    app.register_adult(&browser(), group, "Samir", "samir@example.org").await;
    let olena = app
        .id_of(
            "SELECT r.id FROM registrations r JOIN participants p ON p.id = r.participant_id WHERE p.email = $1",
            "olena@example.org",
        )
        .await;
    let token = app.links.token(app::ssr::links::Purpose::Registration, olena);
    app.post_form(&browser(), &format!("/r/{token}/cancel"), &[]).await;
    let messages = count(&app, "SELECT COUNT(*) FROM outbox").await;
    assert!(messages >= 4, "confirmations were written: {messages}");

    let now = chrono::Utc::now().timestamp();
    // Before the period ends nothing of theirs goes.
    let early = retention::preview(&app.db, now + 60 * DAY).await.unwrap();
    assert_eq!(early.registrations, 0);
    assert_eq!(early.messages, messages as u64, "messages go after 30 days");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM outbox").await, messages, "a preview changes nothing");

    let later = now + 8 * DAY + 7 * 30 * DAY;
    let report = retention::run(&app.db, later).await.unwrap().expect("the day's run");
    assert_eq!(report.registrations, 3, "the event's three, the cancelled one too");
    assert_eq!(report.participants, 3);
    assert!(retention::run(&app.db, later + 3600).await.unwrap().is_none(), "once a day, whichever process");

    let left: Vec<(String,)> = sqlx::query_as("SELECT email FROM participants WHERE email IS NOT NULL ORDER BY email")
        .fetch_all(app.db.pool())
        .await
        .unwrap();
    assert_eq!(left, [("samir@example.org".to_owned(),)], "the group still meets");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM registrations").await, 1);
    // The anonymous counts hold the two confirmed places, by gender and age band.
    let counted: Vec<(i64, String, String, String, i64)> =
        sqlx::query_as("SELECT offer_id, gender, age_band, measure, count FROM privacy_counts ORDER BY offer_id")
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    assert_eq!(counted, [(event, "none".to_owned(), "18-21".to_owned(), "registrations".to_owned(), 2)]);
    let (detail,): (String,) =
        sqlx::query_as("SELECT detail FROM audit_log WHERE action = 'retention-run' ORDER BY created_at DESC LIMIT 1")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert!(detail.starts_with("registrations 3, participants 3"), "{detail}");
    assert!(!detail.contains('@'), "no personal data in the log");
}

/// `server backup` while registrations come in, and `server restore --check` on the copy: now,
/// and as if restored a year later, when the retention rules clean it first.
async fn a_backup_of_the_running_database_reads_back_and_is_cleaned(app: TestApp) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("treffpunkt-backup.db");
    if app.db.backend() == Backend::Postgres {
        let refused = server::backup::backup(&app.server_db, &file).await.unwrap_err().to_string();
        assert!(refused.contains("pg_dump"), "{refused}");
        return;
    }
    let course = app.course_with_places().await;
    app.register_adult(&browser(), course, "Amira", "amira@example.org").await;
    let deniz = browser();
    let (written, late) = tokio::join!(
        server::backup::backup(&app.server_db, &file),
        app.register_adult(&deniz, course, "Deniz", "deniz@example.org"),
    );
    written.unwrap();
    assert!(late.starts_with("/r/"), "the server kept taking registrations: {late}");
    let again = server::backup::backup(&app.server_db, &file).await.unwrap_err().to_string();
    assert!(again.contains("exists already"), "{again}");

    let now = chrono::Utc::now().timestamp();
    let checked = server::backup::check(&file, now).await.unwrap();
    assert_eq!(checked.offers, count(&app, "SELECT COUNT(*) FROM offers").await);
    assert!((1..=2).contains(&checked.registrations), "a consistent moment: {checked:?}");
    let year_later = server::backup::check(&file, now + 400 * DAY).await.unwrap();
    assert_eq!((year_later.registrations, year_later.removed.registrations), (0, checked.registrations as u64));
    let missing = server::backup::check(&dir.path().join("none.db"), now).await.unwrap_err().to_string();
    assert!(missing.contains("no backup at"), "{missing}");
}

/// Staff set four months: the registration form and the parent's page say four months, and the
/// retention run deletes after four months, not before.
async fn the_notices_state_the_period_the_site_set_and_retention_keeps_to_it(app: TestApp) {
    let site = app.id_of("SELECT id FROM sites WHERE slug = $1", "koeln").await;
    let staff = crate::registrations::staff(&app).await;
    let (_, mut fields) = app::ssr::db::sites::editable(&app.db, site).await.unwrap().unwrap();
    fields.insert("keep_registration_months".to_owned(), "40".to_owned());
    let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (_, back) = app.post_form(&staff, &format!("/staff/sites/{site}"), &form).await;
    let (_, _, page) = app.get_with(&staff, &back).await;
    assert!(
        page.contains("Bitte gib eine ganze Zahl im genannten Bereich an.") && page.contains(r#"value="40""#),
        "{back}"
    );
    fields.insert("keep_registration_months".to_owned(), "4".to_owned());
    fields.insert("keep_message_days".to_owned(), "21".to_owned());
    fields.insert("privacy_contact".to_owned(), "Frau Datenschutz, dsb@traeger.example".to_owned());
    fields.insert("processors".to_owned(), "Hosting: Rechenzentrum Köln GmbH".to_owned());
    let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let (status, _) = app.post_form(&staff, &format!("/staff/sites/{site}"), &form).await;
    assert_eq!(status, 303);

    // The privacy notice says what the site set, and who answers for it.
    let (_, notice) = app.page("/sites/koeln/datenschutz", "de").await;
    for said in [
        "bis 4 Monate nach dem letzten Termin",
        "21 Tage",
        "Frau Datenschutz, dsb@traeger.example",
        "Hosting: Rechenzentrum Köln GmbH",
        "Beispielträger Jugendsozialarbeit e. V.",
    ] {
        assert!(notice.contains(said), "{said}: {notice}");
    }
    let (_, imprint) = app.page("/sites/koeln/impressum", "en").await;
    assert!(imprint.contains("Legal notice") && imprint.contains("Beispielträger Jugendsozialarbeit e. V."));
    let (_, choice) = app.page("/datenschutz", "de").await;
    assert!(
        choice.contains("/sites/koeln/datenschutz") && choice.contains("/sites/muenchen/datenschutz"),
        "two sites: a choice"
    );
    let (status, _) = app.page("/sites/nirgendwo/datenschutz", "de").await;
    assert_eq!(status, 404);

    let event = app.offer("Kochen ohne Grenzen").places(10).create().await;
    let (_, page) = app.page(&format!("/offers/{event}"), "de").await;
    assert!(page.contains("löschen sie 4 Monate nach dem letzten Termin"), "{page}");
    let (_, english) = app.page(&format!("/offers/{event}"), "en").await;
    assert!(english.contains("delete them 4 months after its last date"));
    // A 14-year-old's mother reads the same period on her page.
    let young = (crate::registrations::this_year() - 14).to_string();
    let form = [
        ("first_name", "Mila"),
        ("email", "mila@example.org"),
        ("birth_year", young.as_str()),
        ("parent_email", "mutter@example.org"),
        ("privacy", "on"),
    ];
    app.post_form(&browser(), &format!("/offers/{event}/register"), &form).await;
    let (_, _, body) = app.last_mail_to("mutter@example.org").await.expect("the consent request");
    let (_, consent) = app.page(&crate::helpers::link_path(&body), "de").await;
    assert!(consent.contains("Wir löschen die Angaben 4 Monate nach dem letzten Termin"), "{consent}");

    let now = chrono::Utc::now().timestamp();
    let after_three = retention::preview(&app.db, now + 8 * DAY + 100 * DAY).await.unwrap();
    assert_eq!(after_three.registrations, 0, "three months on, it is kept");
    let after_four = retention::preview(&app.db, now + 8 * DAY + 125 * DAY).await.unwrap();
    assert_eq!(after_four.registrations, 1, "four months on, it goes");
}

/// A browser signed in to "My registrations" with a magic link sent to `email`.
async fn opened_by_link(app: &TestApp, email: &str) -> reqwest::Client {
    let phone = browser();
    app.post_form(&phone, "/me/link", &[("email", email)]).await;
    let (_, _, body) = app.last_mail_to(email).await.expect("the link");
    let (_, location) = app.post_form(&phone, &crate::helpers::link_path(&body), &[]).await;
    assert_eq!(location, "/me");
    phone
}

async fn participant_of(app: &TestApp, first_name: &str) -> i64 {
    app.id_of("SELECT id FROM participants WHERE first_name = $1", first_name).await
}

/// Amira holds the one place with Deniz waiting: she reads her data, downloads it (everything the
/// registry says is hers is in it), takes back her photo consent, and deletes it all; Deniz moves up.
async fn a_young_person_sees_downloads_withdraws_and_deletes_her_data(app: TestApp) {
    let course = app.offer("Kochen ohne Grenzen").places(1).create().await;
    let born = (crate::registrations::this_year() - 19).to_string();
    let amira = [
        ("first_name", "Amira"),
        ("email", "amira@example.org"),
        ("birth_year", born.as_str()),
        ("phone", "0176 5550101"),
        ("needs", "Ich esse vegetarisch"),
        ("health_consent", "on"),
        ("gender", "female"),
        ("photo_consent", "on"),
        ("privacy", "on"),
    ];
    app.post_form(&browser(), &format!("/offers/{course}/register"), &amira).await;
    app.register_adult(&browser(), course, "Deniz", "deniz@example.org").await;
    let id = participant_of(&app, "Amira").await;

    let phone = opened_by_link(&app, "amira@example.org").await;
    let (_, _, me) = app.get_with(&phone, "/me").await;
    assert!(me.contains(&format!(r#"href="/me/people/{id}""#)) && me.contains("Daten von"), "{me}");
    let (status, _, page) = app.get_with(&phone, &format!("/me/people/{id}")).await;
    assert_eq!(status, 200);
    assert!(
        page.contains("0176 5550101") && page.contains("Ich esse vegetarisch") && page.contains("Keine Fotos mehr")
    );

    let (status, _, download) = app.get_with(&phone, &format!("/me/people/{id}/data.json")).await;
    assert_eq!(status, 200);
    let data: serde_json::Value = serde_json::from_str(&download).unwrap();
    // Every value the registry calls hers and exportable is in the download.
    for (table, condition, _) in privacy::ROWS_OF_PERSON {
        for p in privacy::PERSONAL.iter().filter(|p| p.table == *table && p.exported) {
            let condition = privacy::rows_of_person(condition, true);
            let sql = format!("SELECT CAST({} AS TEXT) FROM {table} WHERE {condition}", p.column);
            let stored: Vec<(Option<String>,)> =
                sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_all(app.db.pool()).await.unwrap();
            for value in stored.into_iter().filter_map(|(value,)| value) {
                let rows = data[*table].as_array().expect("a list per table");
                let found = rows.iter().any(|row| match &row[p.column] {
                    serde_json::Value::String(text) => *text == value,
                    other => other.as_i64().is_some_and(|number| number.to_string() == value),
                });
                assert!(found, "{table}.{} = {value:?} is missing from the download", p.column);
            }
        }
    }
    assert!(download.contains("Du bist angemeldet"), "the messages to her address too");

    app.post_form(&phone, &format!("/me/people/{id}/photos"), &[]).await;
    assert_eq!(count(&app, "SELECT COUNT(*) FROM registrations WHERE photo_consent = 1").await, 0);

    let (_, back) = app.post_form(&phone, &format!("/me/people/{id}/delete"), &[]).await;
    assert!(back.ends_with("?confirm-missing"), "one careless tap deletes nothing: {back}");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM participants WHERE first_name = 'Amira'").await, 1);
    let (_, back) = app.post_form(&phone, &format!("/me/people/{id}/delete"), &[("confirm", "on")]).await;
    assert_eq!(back, "/me?deleted");
    for sql in [
        "SELECT COUNT(*) FROM participants WHERE first_name = 'Amira'",
        "SELECT COUNT(*) FROM registrations r LEFT JOIN participants p ON p.id = r.participant_id WHERE p.id IS NULL",
        "SELECT COUNT(*) FROM outbox WHERE recipient = 'amira@example.org'",
    ] {
        assert_eq!(count(&app, sql).await, 0, "{sql}");
    }
    let (status,): (String,) = sqlx::query_as(
        "SELECT r.status FROM registrations r JOIN participants p ON p.id = r.participant_id WHERE p.first_name = 'Deniz'",
    )
    .fetch_one(app.db.pool())
    .await
    .unwrap();
    assert_eq!(status, "confirmed", "the place went to the next person");
    assert_eq!(app.last_mail_to("deniz@example.org").await.unwrap().0, "mail-promoted");
    let (_, _, me) = app.get_with(&phone, "/me?deleted").await;
    assert!(me.contains("Gelöscht."), "{me}");
}

/// Mila (14) and Jonas (12) share the family's address; their mother gave her own. The family's
/// link opens both, the mother's link both as their parent; deleting Mila leaves Jonas whole, and a
/// stranger's link opens neither.
async fn siblings_and_their_mother_each_reach_only_whom_the_address_opens(app: TestApp) {
    let group = app.offer("Mädchen- und Jungengruppe").places(10).with(|offer| offer.min_age = 10).create().await;
    for (name, age) in [("Mila", 14), ("Jonas", 12)] {
        let born = (crate::registrations::this_year() - age).to_string();
        let form = [
            ("first_name", name),
            ("email", "familie@example.org"),
            ("birth_year", born.as_str()),
            ("parent_email", "mutter@example.org"),
            ("privacy", "on"),
        ];
        app.post_form(&browser(), &format!("/offers/{group}/register"), &form).await;
    }
    let (mila, jonas) = (participant_of(&app, "Mila").await, participant_of(&app, "Jonas").await);
    assert_ne!(mila, jonas, "two people");

    let mother = opened_by_link(&app, "mutter@example.org").await;
    let (_, _, me) = app.get_with(&mother, "/me").await;
    assert!(me.contains(&format!("/me/people/{mila}")) && me.contains(&format!("/me/people/{jonas}")), "{me}");
    let (status, _, page) = app.get_with(&mother, &format!("/me/people/{jonas}")).await;
    assert!(status == 200 && page.contains("Jonas") && !page.contains("Mila"), "one person per page");

    let family = opened_by_link(&app, "familie@example.org").await;
    let (_, back) = app.post_form(&family, &format!("/me/people/{mila}/delete"), &[("confirm", "on")]).await;
    assert_eq!(back, "/me?deleted");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM participants WHERE first_name = 'Jonas'").await, 1);
    let (jonas_status,): (String,) = sqlx::query_as("SELECT status FROM registrations WHERE participant_id = $1")
        .bind(jonas)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(jonas_status, "awaiting_consent", "Jonas's registration is untouched");
    assert!(
        count(&app, "SELECT COUNT(*) FROM outbox WHERE recipient = 'familie@example.org'").await > 0,
        "shared mail stays"
    );
    let (status, _, _) = app.get_with(&mother, &format!("/me/people/{mila}")).await;
    assert_eq!(status, 403, "nobody reaches a deleted person");

    let stranger = opened_by_link(&app, "fremd@example.org").await;
    for path in [format!("/me/people/{jonas}"), format!("/me/people/{jonas}/data.json")] {
        let (status, _, _) = app.get_with(&stranger, &path).await;
        assert_eq!(status, 403, "{path}");
    }
    let (status, _) = app.post_form(&stranger, &format!("/me/people/{jonas}/delete"), &[("confirm", "on")]).await;
    assert_eq!(status, 403);

    // A stranger registers "Nora" with the family's address and their own as the parent's: their
    // link opens Nora, but nothing that belongs to the family's address (its sign-in mail).
    let born = (crate::registrations::this_year() - 13).to_string();
    let form = [
        ("first_name", "Nora"),
        ("email", "familie@example.org"),
        ("birth_year", born.as_str()),
        ("parent_email", "fremd2@example.org"),
        ("privacy", "on"),
    ];
    app.post_form(&browser(), &format!("/offers/{group}/register"), &form).await;
    let nora = participant_of(&app, "Nora").await;
    let posing = opened_by_link(&app, "fremd2@example.org").await;
    let (status, _, download) = app.get_with(&posing, &format!("/me/people/{nora}/data.json")).await;
    assert_eq!(status, 200);
    assert!(!download.contains("deine Anmeldungen"), "the family's sign-in mail stays out: {download}");
    app.post_form(&posing, &format!("/me/people/{nora}/delete"), &[("confirm", "on")]).await;
    let family_mail = "SELECT COUNT(*) FROM outbox WHERE recipient = 'familie@example.org' AND registration_id IS NULL";
    assert!(count(&app, family_mail).await > 0, "and is not deleted with Nora");

    // The mother deletes both her children at once: one tick, one button.
    let (_, _, me) = app.get_with(&mother, "/me").await;
    assert!(!me.contains("Alle endgültig löschen"), "one person left for her: {me}");
    let born = (crate::registrations::this_year() - 11).to_string();
    let form = [
        ("first_name", "Lena"),
        ("email", "lena@example.org"),
        ("birth_year", born.as_str()),
        ("parent_email", "mutter@example.org"),
        ("privacy", "on"),
    ];
    app.post_form(&browser(), &format!("/offers/{group}/register"), &form).await;
    let mother = opened_by_link(&app, "mutter@example.org").await;
    let (_, _, me) = app.get_with(&mother, "/me").await;
    assert!(me.contains("Alle endgültig löschen") && me.contains("Lena") && me.contains("Jonas"), "{me}");
    let (_, back) = app.post_form(&mother, "/me/delete", &[]).await;
    assert_eq!(back, "/me?confirm-missing", "nothing goes by one careless tap");
    let (_, back) = app.post_form(&mother, "/me/delete", &[("confirm", "on")]).await;
    assert_eq!(back, "/me?deleted");
    let left = "SELECT COUNT(*) FROM participants WHERE first_name IN ('Lena', 'Jonas')";
    assert_eq!(count(&app, left).await, 0);
    assert_eq!(count(&app, "SELECT COUNT(*) FROM participants WHERE first_name = 'Nora'").await, 0);
}

/// A mother calls: staff find her daughter by the mother's address, read and download what is
/// kept (each look logged), correct the year of birth; an admin deletes the daughter; staff of
/// another site find nobody.
async fn staff_find_a_person_by_address_or_name_read_correct_and_an_admin_deletes(app: TestApp) {
    let course = app.offer("Kochen ohne Grenzen").places(5).create().await;
    let born = (crate::registrations::this_year() - 15).to_string();
    let form = [
        ("first_name", "Mila"),
        ("email", "mila@example.org"),
        ("birth_year", born.as_str()),
        ("parent_email", "mutter@example.org"),
        ("privacy", "on"),
    ];
    app.post_form(&browser(), &format!("/offers/{course}/register"), &form).await;
    let mila = participant_of(&app, "Mila").await;
    let staff = crate::registrations::staff(&app).await;
    for query in ["mutter%40example.org", "mil", "MILA%40example.org"] {
        let (_, _, found) = app.get_with(&staff, &format!("/staff/people?q={query}")).await;
        assert!(found.contains(&format!(r#"href="/staff/people/{mila}""#)), "{query}: {found}");
    }
    let (_, _, nobody) = app.get_with(&staff, "/staff/people?q=%25%25").await;
    assert!(nobody.contains("Niemand gefunden."), "a wildcard finds nobody");
    let (status, _, page) = app.get_with(&staff, &format!("/staff/people/{mila}")).await;
    assert!(status == 200 && page.contains("mutter@example.org") && page.contains("Kochen ohne Grenzen"));
    assert!(!page.contains("Endgültig löschen"), "staff do not delete a person with everything");
    let (status, _, download) = app.get_with(&staff, &format!("/staff/people/{mila}/data.json")).await;
    assert!(status == 200 && download.contains("mila@example.org"));
    let older = (crate::registrations::this_year() - 16).to_string();
    let correction =
        [("birth_year", older.as_str()), ("lang", "uk"), ("parent_email", "mutter@example.org"), ("parent_lang", "uk")];
    let (_, back) = app.post_form(&staff, &format!("/staff/participants/{mila}"), &correction).await;
    assert_eq!(back, format!("/staff/people/{mila}?corrected"));
    let (_, _, page) = app.get_with(&staff, &back).await;
    assert!(page.contains(&older) && page.contains("Українська"), "{page}");
    let logged =
        count(&app, "SELECT COUNT(*) FROM audit_log WHERE action IN ('participant-viewed', 'participant-exported')")
            .await;
    assert_eq!(logged, 3, "two looks and a download");
    let (status, _) = app.post_form(&staff, &format!("/staff/people/{mila}/delete"), &[("confirm", "on")]).await;
    assert_eq!(status, 403);

    let munich = app.id_of("SELECT id FROM sites WHERE slug = $1", "muenchen").await;
    app.create_user("huber@jmd-muenchen.example", app::domain::policy::Role::Staff, Some(munich), None).await;
    let other_site = app.signed_in("huber@jmd-muenchen.example").await;
    let (_, _, found) = app.get_with(&other_site, "/staff/people?q=mutter%40example.org").await;
    assert!(found.contains("Niemand gefunden."), "another site's staff find nobody");
    let (status, _, _) = app.get_with(&other_site, &format!("/staff/people/{mila}")).await;
    assert_eq!(status, 403);

    app.create_user("schmitz@jmd.example", app::domain::policy::Role::Admin, None, None).await;
    let admin = app.signed_in("schmitz@jmd.example").await;
    let (_, back) = app.post_form(&admin, &format!("/staff/people/{mila}/delete"), &[("confirm", "on")]).await;
    assert_eq!(back, "/staff/people?deleted");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM participants WHERE first_name = 'Mila'").await, 0);
    let (by,): (Option<i64>,) =
        sqlx::query_as("SELECT actor_user_id FROM audit_log WHERE action = 'participant-deleted-by-staff'")
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert!(by.is_some(), "the admin is named");

    // For the data protection officer: the next run's preview and the record of processing.
    let (status, _, page) = app.get_with(&admin, "/staff/privacy").await;
    assert!(
        status == 200
            && page.contains("Der nächste tägliche Lauf würde löschen")
            && page.contains("registrations.needs")
    );
    let (status, _, record) = app.get_with(&admin, "/staff/privacy/record.csv").await;
    assert_eq!(status, 200);
    assert_eq!(record.lines().count(), app::ssr::privacy::PERSONAL.len() + 1, "a line per personal column");
    assert!(record.contains("\"registrations\";\"needs\"") && record.contains("Art. 9(2)(a)"), "{record}");
}

/// Mila, 14, reads the privacy note and allows photos; her mother says yes by link in Ukrainian;
/// Mila takes the photos back: each consent is one row with purpose, giver, method, text version,
/// language and time, and the withdrawal is kept with it; her download shows them.
async fn every_consent_is_recorded_with_its_text_and_can_be_taken_back(app: TestApp) {
    let course = app.offer("Kochen ohne Grenzen").places(5).create().await;
    let born = (crate::registrations::this_year() - 14).to_string();
    let form = [
        ("first_name", "Mila"),
        ("email", "mila@example.org"),
        ("birth_year", born.as_str()),
        ("parent_email", "mutter@example.org"),
        ("parent_lang", "uk"),
        ("photo_consent", "on"),
        ("privacy", "on"),
    ];
    app.post_form(&browser(), &format!("/offers/{course}/register"), &form).await;
    let (_, _, body) = app.last_mail_to("mutter@example.org").await.expect("the consent request");
    app.post_form(&browser(), &crate::helpers::link_path(&body), &[("answer", "yes"), ("lang", "uk")]).await;
    let mila = participant_of(&app, "Mila").await;
    let rows: Vec<(String, String, String, String, String, Option<i64>)> = sqlx::query_as(
        "SELECT purpose, given_by, method, text_version, lang, withdrawn_at FROM consents WHERE participant_id = $1 ORDER BY id",
    )
    .bind(mila)
    .fetch_all(app.db.pool())
    .await
    .unwrap();
    // Each text in the version of its own language.
    let version = |lang: &str| app::i18n::Lang::from_code(lang).unwrap().consent_version().to_owned();
    let row = |purpose: &str, by: &str, lang: &str| {
        (purpose.to_owned(), by.to_owned(), "online".to_owned(), version(lang), lang.to_owned(), None)
    };
    assert_eq!(rows, [row("privacy-notice", "self", "de"), row("photos", "self", "de"), row("parent", "parent", "uk")]);

    let phone = opened_by_link(&app, "mila@example.org").await;
    app.post_form(&phone, &format!("/me/people/{mila}/photos"), &[]).await;
    let (withdrawn,): (Option<i64>,) =
        sqlx::query_as("SELECT withdrawn_at FROM consents WHERE participant_id = $1 AND purpose = 'photos'")
            .bind(mila)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    assert!(withdrawn.is_some(), "the withdrawal is recorded, the consent kept with it");
    let (_, _, page) = app.get_with(&phone, &format!("/me/people/{mila}")).await;
    assert!(
        page.contains("Einwilligungen") && page.contains("Zustimmung der Eltern") && page.contains("Zurückgenommen am"),
        "{page}"
    );
}

/// Mila, 15, writes a need (refused until she ticks the explicit yes, what she typed kept) and
/// allows photos: staff read neither the need nor a permission until her mother says yes, photos
/// included. Deniz, 17, allows photos: his parents' yes comes on paper, copied in by staff.
async fn photos_and_needs_ask_for_the_yes_that_counts_at_each_age(app: TestApp) {
    let course = app.offer("Kochen ohne Grenzen").places(5).create().await;
    let year = crate::registrations::this_year();
    let (fifteen, seventeen) = ((year - 15).to_string(), (year - 17).to_string());
    let mila = [
        ("first_name", "Mila"),
        ("email", "mila@example.org"),
        ("birth_year", fifteen.as_str()),
        ("parent_email", "mutter@example.org"),
        ("needs", "Asthma-Spray dabei"),
        ("photo_consent", "on"),
        ("privacy", "on"),
    ];
    let phone = browser();
    let register = format!("/offers/{course}/register");
    let (_, back) = app.post_form(&phone, &register, &mila).await;
    let (_, _, page) = app.get_with(&phone, &back).await;
    assert!(
        page.contains("Bitte kreuz an, dass wir es nutzen dürfen") && page.contains("Asthma-Spray dabei"),
        "{page}"
    );
    let agreed: Vec<_> = mila.iter().copied().chain([("health_consent", "on")]).collect();
    let (_, own) = app.post_form(&phone, &register, &agreed).await;
    assert!(own.starts_with("/r/"), "{own}");

    let staff = crate::registrations::staff(&app).await;
    let list = format!("/staff/offers/{course}/participants");
    let (_, _, page) = app.get_with(&staff, &list).await;
    assert!(!page.contains("Asthma-Spray dabei"), "the need waits for the parent's yes");
    assert!(page.contains("Erst nach dem Ja der Eltern sichtbar") && page.contains("Fotos: Ja der Eltern fehlt noch"));
    let (_, _, body) = app.last_mail_to("mutter@example.org").await.expect("the consent request");
    let consent_page = crate::helpers::link_path(&body);
    let (_, asked) = app.page(&consent_page, "de").await;
    assert!(asked.contains("ausdrücklich ein") && asked.contains(r#"name="photos""#), "{asked}");
    app.post_form(&browser(), &consent_page, &[("answer", "yes"), ("photos", "on"), ("lang", "de")]).await;
    let (_, _, page) = app.get_with(&staff, &list).await;
    assert!(page.contains("Asthma-Spray dabei") && page.contains("Fotos: erlaubt"), "{page}");
    let given: Vec<(String, String)> =
        sqlx::query_as("SELECT purpose, given_by FROM consents WHERE participant_id = $1 ORDER BY id")
            .bind(participant_of(&app, "Mila").await)
            .fetch_all(app.db.pool())
            .await
            .unwrap();
    let expected = [
        ("privacy-notice", "self"),
        ("photos", "self"),
        ("health-needs", "self"),
        ("parent", "parent"),
        ("health-needs", "parent"),
        ("photos", "parent"),
    ]
    .map(|(purpose, by)| (purpose.to_owned(), by.to_owned()));
    assert_eq!(given, expected);

    let deniz = [
        ("first_name", "Deniz"),
        ("email", "deniz@example.org"),
        ("birth_year", seventeen.as_str()),
        ("photo_consent", "on"),
        ("privacy", "on"),
    ];
    app.post_form(&browser(), &register, &deniz).await;
    let registration = app
        .id_of(
            "SELECT r.id FROM registrations r JOIN participants p ON p.id = r.participant_id WHERE p.first_name = $1",
            "Deniz",
        )
        .await;
    let (_, _, page) = app.get_with(&staff, &list).await;
    assert!(page.contains(&format!(r#"id="photos-{registration}""#)), "a form for the parents' paper: {page}");
    let photo_consent = format!("/staff/registrations/{registration}/photo-consent");
    let today = chrono::Utc::now().date_naive().to_string();
    let paper = [("signed_by", ""), ("signed_on", today.as_str()), ("form_version", "Fotos JMD 2026")];
    let (_, back) = app.post_form(&staff, &photo_consent, &paper).await;
    let (_, _, page) = app.get_with(&staff, &back).await;
    assert!(page.contains("Bitte schreib, wer unterschrieben hat.") && page.contains("Fotos JMD 2026"), "{page}");
    let paper = [("signed_by", "Ayşe Yılmaz"), ("signed_on", today.as_str()), ("form_version", "Fotos JMD 2026")];
    let (_, back) = app.post_form(&staff, &photo_consent, &paper).await;
    assert_eq!(back, format!("{list}?consent-saved"));
    let (_, _, page) = app.get_with(&staff, &list).await;
    assert!(
        !page.contains(&format!(r#"id="photos-{registration}""#)) && !page.contains("Ja der Eltern fehlt"),
        "{page}"
    );
    let (_, again) = app.post_form(&staff, &photo_consent, &paper).await;
    assert_eq!(again, format!("{list}?gone"), "given once");
    let paper_rows = count(
        &app,
        "SELECT COUNT(*) FROM consents WHERE purpose = 'photos' AND given_by = 'parent' AND method = 'paper'
           AND recorded_by IS NOT NULL",
    )
    .await;
    assert_eq!(paper_rows, 1);
}

/// Staff keep an event's list for a funder's audit two years; Amira asks to be deleted meanwhile
/// and is restricted instead. Retention leaves the list alone until the hold's last day, then
/// takes both registrations (Deniz counted). A hold can also end early.
async fn a_list_kept_for_an_audit_stays_and_a_deletion_meanwhile_restricts(app: TestApp) {
    let event = app.offer("Kochen ohne Grenzen").places(10).create().await;
    app.register_adult(&browser(), event, "Amira", "amira@example.org").await;
    app.register_adult(&browser(), event, "Deniz", "deniz@example.org").await;
    let staff = crate::registrations::staff(&app).await;
    let list = format!("/staff/offers/{event}/participants");
    let hold = format!("/staff/offers/{event}/hold");
    let (_, back) = app.post_form(&staff, &hold, &[("reason", ""), ("until", "2020-01-01")]).await;
    let (_, _, page) = app.get_with(&staff, &back).await;
    assert!(page.contains("Bitte schreib, für welche Prüfung") && page.contains("Bitte gib einen Tag nach heute an"));
    let until = (chrono::Utc::now().date_naive() + chrono::Days::new(730)).to_string();
    let (_, back) =
        app.post_form(&staff, &hold, &[("reason", "Verwendungsnachweis KJP 2026"), ("until", &until)]).await;
    assert_eq!(back, format!("{list}?held"));
    let (_, _, page) = app.get_with(&staff, &back).await;
    assert!(page.contains("Verwendungsnachweis KJP 2026") && page.contains("Aufbewahrung jetzt beenden"), "{page}");

    let amira = participant_of(&app, "Amira").await;
    let phone = opened_by_link(&app, "amira@example.org").await;
    let (_, back) = app.post_form(&phone, &format!("/me/people/{amira}/delete"), &[("confirm", "on")]).await;
    assert_eq!(back, "/me?restricted");
    let (_, _, page) = app.get_with(&phone, &back).await;
    assert!(page.contains("bis auf Anmeldungen, deren Liste ein Geldgeber noch prüfen darf"), "{page}");
    assert_eq!(count(&app, "SELECT COUNT(*) FROM registrations WHERE restricted_at IS NOT NULL").await, 1);
    let (_, _, page) = app.get_with(&staff, &list).await;
    assert!(page.contains("Gesperrt (Löschung verlangt, für die Prüfung aufbewahrt)"), "{page}");

    // A hold can end early.
    let group = app.offer("Sprachcafé").places(10).weekly(40).create().await;
    let hold = format!("/staff/offers/{group}/hold");
    app.post_form(&staff, &hold, &[("reason", "Prüfung Stadt Köln"), ("until", &until)]).await;
    let (_, back) = app.post_form(&staff, &format!("{hold}/end"), &[]).await;
    assert_eq!(back, format!("/staff/offers/{group}/participants?hold-ended"));
    let (_, _, page) = app.get_with(&staff, &back).await;
    assert!(page.contains("Liste aufbewahren") && !page.contains("Prüfung Stadt Köln"), "{page}");

    let logged =
        count(&app, "SELECT COUNT(*) FROM audit_log WHERE action IN ('retention-hold-placed', 'retention-hold-ended')")
            .await;
    assert_eq!(logged, 3);

    let now = chrono::Utc::now().timestamp();
    let due = retention::run(&app.db, now + 8 * DAY + 7 * 30 * DAY).await.unwrap().expect("a run");
    assert_eq!((due.registrations, due.participants), (0, 0), "the hold keeps the list, Amira's too");
    let over = retention::run(&app.db, now + 733 * DAY).await.unwrap().expect("a run");
    assert_eq!((over.registrations, over.participants), (2, 2), "the day after the hold, both go");
    assert_eq!(
        count(&app, "SELECT CAST(COALESCE(SUM(count), 0) AS BIGINT) FROM privacy_counts").await,
        1,
        "Deniz's place"
    );
}

/// Six people at an event that retention has already counted and one at a group still stored:
/// the year's figures add both, and hide the lone 22-to-27-year-old with a partner.
async fn figures_combine_counted_and_stored_registrations_and_hide_small_counts(app: TestApp) {
    let event = app.offer("Kochen ohne Grenzen").places(10).create().await;
    for name in ["Amira", "Deniz", "Olena", "Samir", "Jonas", "Ayşe"] {
        app.register_adult(&browser(), event, name, &format!("{}@example.org", name.to_lowercase())).await;
    }
    let group = app.offer("Sprachcafé").places(10).weekly(40).create().await;
    let born = (crate::registrations::this_year() - 25).to_string();
    let form = [("first_name", "Mehmet"), ("email", "mehmet@example.org"), ("birth_year", &born), ("privacy", "on")];
    app.post_form(&browser(), &format!("/offers/{group}/register"), &form).await;
    let now = chrono::Utc::now().timestamp();
    let report = retention::run(&app.db, now + 8 * DAY + 7 * 30 * DAY).await.unwrap().expect("a run");
    assert_eq!(report.registrations, 6);

    app.create_user("schmitz@jmd.example", app::domain::policy::Role::Admin, None, None).await;
    let admin = app.signed_in("schmitz@jmd.example").await;
    let year = chrono::Datelike::year(&chrono::Utc::now());
    let (status, _, csv) = app.get_with(&admin, &format!("/staff/privacy/figures.csv?year={year}")).await;
    assert_eq!(status, 200);
    let leisure = app::i18n::Lang::De.t("category-leisure");
    let by_age = csv
        .lines()
        .skip_while(|line| !line.contains("Altersgruppe"))
        .find(|line| line.starts_with(&format!("\"{leisure}\"")))
        .expect("the row of the offers' area");
    // Columns: area, under 12, 12-15, 16-17, 18-21, 22-27, older, unknown, total.
    assert_eq!(by_age, format!("\"{leisure}\";\"0\";\"0\";\"0\";\"x\";\"x\";\"0\";\"0\";\"7\""));
    let (status, _, typo) = app.get_with(&admin, "/staff/privacy/figures.csv?year=20x6").await;
    assert!(status == 200 && typo.contains(&year.to_string()), "a mistyped year gives this year's figures");
    let staff = crate::registrations::staff(&app).await;
    let (status, _, _) = app.get_with(&staff, &format!("/staff/privacy/figures.csv?year={year}")).await;
    assert_eq!(status, 403, "admins and the data protection officer");
}
