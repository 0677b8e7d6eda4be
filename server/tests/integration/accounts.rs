//! Signing in, sessions, reset, invitations, magic links, rate limits and cross-site requests.

use app::domain::policy::Role;

use crate::helpers::{PASSWORD, TestApp, browser, link_path};

crate::on_both_backends!(
    staff_sign_in_opens_the_dashboard,
    wrong_password_keeps_the_address_and_says_why,
    expired_session_is_anonymous,
    password_reset_sets_a_new_password_once,
    reset_request_for_unknown_address_sends_nothing,
    invited_partner_sets_a_password_and_signs_in,
    magic_link_opens_my_registrations_once,
    magic_link_expires,
    sign_in_is_rate_limited_per_address,
    link_requests_are_rate_limited_per_network_address,
    pages_send_security_headers_and_bodies_are_limited,
    cross_site_posts_are_refused,
    outbox_messages_become_eml_files,
);

async fn staff_site(app: &TestApp) -> i64 {
    app.id_of("SELECT id FROM sites WHERE slug = $1", "koeln").await
}

async fn staff_sign_in_opens_the_dashboard(app: TestApp) {
    let site = staff_site(&app).await;
    app.create_user("yilmaz@jmd.example", Role::Staff, Some(site), None).await;
    let client = app.signed_in("Yilmaz@JMD.example ").await;
    let (status, _, body) = app.get_with(&client, "/staff").await;
    assert_eq!(status, 200);
    assert!(body.contains("<h1>Übersicht</h1>") && body.contains("Sprachcafé"), "{body}");
    let logged: i64 = sqlx::query_as::<_, (i64,)>("SELECT COUNT(*) FROM audit_log WHERE action = 'sign-in'")
        .fetch_one(app.db.pool())
        .await
        .unwrap()
        .0;
    assert_eq!(logged, 1);

    let (status, location) = app.post_form(&client, "/logout", &[]).await;
    assert_eq!((status, location.as_str()), (303, "/"));
    let (status, location, _) = app.get_with(&client, "/staff").await;
    assert_eq!((status, location.as_str()), (303, "/staff/login?next=%2Fstaff"));
}

async fn wrong_password_keeps_the_address_and_says_why(app: TestApp) {
    let site = staff_site(&app).await;
    app.create_user("yilmaz@jmd.example", Role::Staff, Some(site), None).await;
    let client = browser();
    let (status, location) =
        app.post_form(&client, "/staff/login", &[("email", "yilmaz@jmd.example"), ("password", "falsch")]).await;
    assert_eq!((status, location.as_str()), (303, "/staff/login"));
    let (_, _, body) = app.get_with(&client, "/staff/login").await;
    assert!(body.contains("E-Mail-Adresse oder Passwort stimmt nicht."), "{body}");
    assert!(body.contains(r#"value="yilmaz@jmd.example""#), "the typed address is kept");
    // The message is shown once.
    let (_, _, body) = app.get_with(&client, "/staff/login").await;
    assert!(!body.contains("stimmt nicht"));
}

async fn expired_session_is_anonymous(app: TestApp) {
    let site = staff_site(&app).await;
    app.create_user("yilmaz@jmd.example", Role::Staff, Some(site), None).await;
    let client = app.signed_in("yilmaz@jmd.example").await;
    sqlx::query("UPDATE auth_sessions SET expires_at = 0").execute(app.db.pool()).await.unwrap();
    let (status, location, _) = app.get_with(&client, "/staff").await;
    assert_eq!((status, location.as_str()), (303, "/staff/login?next=%2Fstaff"));
}

async fn password_reset_sets_a_new_password_once(app: TestApp) {
    let site = staff_site(&app).await;
    app.create_user("yilmaz@jmd.example", Role::Staff, Some(site), None).await;
    let old_session = app.signed_in("yilmaz@jmd.example").await;
    let client = browser();
    let (status, location) = app.post_form(&client, "/staff/password-reset", &[("email", "yilmaz@jmd.example")]).await;
    assert_eq!((status, location.as_str()), (303, "/staff/password-reset?sent=1"));
    let (kind, subject, body) = app.last_mail_to("yilmaz@jmd.example").await.expect("a reset message");
    assert_eq!((kind.as_str(), subject.as_str()), ("password-reset", "Treffpunkt: neues Passwort"));
    let link = link_path(&body);
    assert!(link.starts_with("/staff/set-password/"), "{link}");

    let (status, _, page) = app.get_with(&client, &link).await;
    assert_eq!(status, 200);
    assert!(page.contains("Passwort festlegen"));
    let (status, location) = app.post_form(&client, &link, &[("password", "kurz"), ("confirm", "kurz")]).await;
    assert_eq!((status, location.as_str()), (303, link.as_str()), "too short: back to the form");
    let (_, _, page) = app.get_with(&client, &link).await;
    assert!(page.contains("Das Passwort ist zu kurz."));

    let new = [("password", "ein neues langes Passwort"), ("confirm", "ein neues langes Passwort")];
    let (status, location) = app.post_form(&client, &link, &new).await;
    assert_eq!((status, location.as_str()), (303, "/staff?welcome"));
    let (status, _, page) = app.get_with(&client, &location).await;
    assert_eq!(status, 200, "signed in after setting the password");
    assert!(page.contains("Dein Passwort ist gespeichert."), "and told so");
    let (status, _, _) = app.get_with(&old_session, "/staff").await;
    assert_eq!(status, 303, "a reset ends the sessions that were open");

    let again = browser();
    let (_, location) = app.post_form(&again, &link, &new).await;
    assert_eq!(location, "/staff/password-reset");
    let (_, _, page) = app.get_with(&again, "/staff/password-reset").await;
    assert!(page.contains("Dieser Link wurde schon benutzt."), "{page}");

    let (status, location) =
        app.post_form(&browser(), "/staff/login", &[("email", "yilmaz@jmd.example"), ("password", PASSWORD)]).await;
    assert_eq!((status, location.as_str()), (303, "/staff/login"), "the old password is gone");
}

async fn reset_request_for_unknown_address_sends_nothing(app: TestApp) {
    let (status, location) =
        app.post_form(&browser(), "/staff/password-reset", &[("email", "niemand@example.org")]).await;
    assert_eq!((status, location.as_str()), (303, "/staff/password-reset?sent=1"), "same answer as for an account");
    assert!(app.last_mail_to("niemand@example.org").await.is_none());

    let client = browser();
    let (_, location) = app.post_form(&client, "/staff/password-reset", &[("email", "kein at")]).await;
    assert_eq!(location, "/staff/password-reset");
    let (_, _, page) = app.get_with(&client, "/staff/password-reset").await;
    assert!(page.contains("Bitte gib eine gültige E-Mail-Adresse ein") && page.contains(r#"value="kein at""#));
}

async fn invited_partner_sets_a_password_and_signs_in(app: TestApp) {
    let site = staff_site(&app).await;
    let kalk = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jugendzentrum-kalk").await.to_string();
    app.create_user("yilmaz@jmd.example", Role::Staff, Some(site), None).await;
    let staff = app.signed_in("yilmaz@jmd.example").await;
    let form = [
        ("email", "becker@jz-kalk.example"),
        ("display_name", "Herr Becker"),
        ("role", "partner"),
        ("organisation_id", kalk.as_str()),
    ];
    let (status, location) = app.post_form(&staff, "/staff/users/invite", &form).await;
    assert_eq!((status, location.as_str()), (303, "/staff/users?invited=1"));
    let (_, location) = app.post_form(&staff, "/staff/users/invite", &form).await;
    assert_eq!(location, "/staff/users", "a second invitation to the same address is refused");

    let (kind, _, body) = app.last_mail_to("becker@jz-kalk.example").await.expect("an invitation");
    assert_eq!(kind, "invitation");
    assert!(body.contains("Hallo Herr Becker"));
    assert!(
        body.contains("yilmaz@jmd.example hat dich zu Treffpunkt eingeladen, für Jugendzentrum Kalk"),
        "who invites, for whom: {body}"
    );
    assert!(body.contains(&format!("Danach meldest du dich hier an: {}/staff/login", app.address)), "{body}");
    let partner = browser();
    let password = [("password", "Becker sein Passwort"), ("confirm", "Becker sein Passwort")];
    let (_, location) = app.post_form(&partner, &link_path(&body), &password).await;
    assert_eq!(location, "/staff?welcome");
    let (status, _, page) = app.get_with(&partner, "/staff").await;
    assert_eq!(status, 200);
    assert!(page.contains("Übersicht"));
    let (_, _, accounts) = app.get_with(&staff, "/staff/users").await;
    assert!(accounts.contains("becker@jz-kalk.example"));
    let invites: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM audit_log WHERE action = 'invite'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(invites.0, 1);

    app.create_user("schmitz@jmd.example", Role::Admin, None, None).await;
    let admin = app.signed_in("schmitz@jmd.example").await;
    let (status, _, log) = app.get_with(&admin, "/staff/audit").await;
    assert_eq!(status, 200);
    let log = log.replace("<!---->", "");
    assert!(log.contains("yilmaz@jmd.example") && log.contains("invite · user #"), "who and what: {log}");
    assert!(log.contains("password-set") && log.contains("sign-in"));
}

async fn magic_link_opens_my_registrations_once(app: TestApp) {
    let young = browser();
    let (status, location) = app.post_form(&young, "/me/link", &[("email", "Amira@Example.org")]).await;
    assert_eq!((status, location.as_str()), (303, "/me?sent=1"));
    let (kind, _, body) = app.last_mail_to("amira@example.org").await.expect("a magic link");
    assert_eq!(kind, "magic-link");
    let link = link_path(&body);
    // Opening the link shows a button; only the button's POST uses the link up.
    let (status, _, page) = app.get_with(&young, &link).await;
    assert_eq!(status, 200);
    assert!(page.contains("Meine Anmeldungen öffnen"));
    let (status, location) = app.post_form(&young, &link, &[]).await;
    assert_eq!((status, location.as_str()), (303, "/me"));
    let (_, _, page) = app.get_with(&young, "/me").await;
    assert!(page.contains("amira@example.org") && page.contains("noch keine Anmeldungen"), "{page}");
    // Once she holds a place, the list says when and where, also for reading offline.
    let offer = app.course_with_places().await;
    app.register_adult(&young, offer, "Amira", "amira@example.org").await;
    let (venue,): (String,) =
        sqlx::query_as("SELECT v.name FROM offers o JOIN venues v ON v.id = o.venue_id WHERE o.id = $1")
            .bind(offer)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
    let (_, _, page) = app.get_with(&young, "/me").await;
    assert!(
        page.contains("Kochen ohne Grenzen") && page.contains("<time datetime=") && page.contains(&venue),
        "{page}"
    );
    let (status, _, _) = app.get_with(&young, "/staff").await;
    assert_eq!(status, 403, "a participant is no staff member");

    let other = browser();
    let (_, location) = app.post_form(&other, &link, &[]).await;
    assert_eq!(location, "/me");
    let (_, _, page) = app.get_with(&other, "/me").await;
    assert!(page.contains("Dieser Link wurde schon benutzt.") && !page.contains("amira@example.org"));
}

async fn magic_link_expires(app: TestApp) {
    let young = browser();
    app.post_form(&young, "/me/link", &[("email", "oleksandr@example.org")]).await;
    let (_, _, body) = app.last_mail_to("oleksandr@example.org").await.unwrap();
    sqlx::query("UPDATE auth_tokens SET expires_at = $1")
        .bind(chrono::Utc::now().timestamp() - 1)
        .execute(app.db.pool())
        .await
        .unwrap();
    let (_, location) = app.post_form(&young, &link_path(&body), &[]).await;
    assert_eq!(location, "/me");
    let (_, _, page) = app.get_with(&young, "/me").await;
    assert!(page.contains("Dieser Link ist abgelaufen."));
}

async fn sign_in_is_rate_limited_per_address(app: TestApp) {
    let site = staff_site(&app).await;
    app.create_user("yilmaz@jmd.example", Role::Staff, Some(site), None).await;
    let client = browser();
    for _ in 0..5 {
        app.post_form(&client, "/staff/login", &[("email", "yilmaz@jmd.example"), ("password", "falsch")]).await;
    }
    let (_, location) =
        app.post_form(&client, "/staff/login", &[("email", "yilmaz@jmd.example"), ("password", PASSWORD)]).await;
    assert_eq!(location, "/staff/login", "the right password does not help during the pause");
    let (_, _, page) = app.get_with(&client, "/staff/login").await;
    assert!(
        page.contains("Zu viele Versuche. Bitte in 15 Minuten noch einmal versuchen."),
        "a clear message, not a silent drop"
    );
    // Another address from the same network address still works, and signing in again and
    // again (phone, laptop, the office PC) never locks its owner out.
    app.create_user("nguyen@bk.example", Role::Staff, Some(site), None).await;
    for _ in 0..7 {
        app.signed_in("nguyen@bk.example").await;
    }
}

async fn cross_site_posts_are_refused(app: TestApp) {
    let site = staff_site(&app).await;
    let kalk = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jugendzentrum-kalk").await.to_string();
    app.create_user("yilmaz@jmd.example", Role::Staff, Some(site), None).await;
    let staff = app.signed_in("yilmaz@jmd.example").await;
    let form = [
        ("email", "evil@example.org"),
        ("display_name", "Evil"),
        ("role", "partner"),
        ("organisation_id", kalk.as_str()),
    ];
    for origin in [Some("https://evil.example"), Some("null"), None] {
        let mut request = staff.post(app.url("/staff/users/invite")).form(&form);
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status().as_u16(), 403, "origin {origin:?}");
    }
    // A page on this site (Referer, as browsers without Origin send it) is accepted.
    let response = staff
        .post(app.url("/staff/users/invite"))
        .header("referer", app.url("/staff/users"))
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 303);
    let invited: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM users WHERE email = 'evil@example.org'")
        .fetch_one(app.db.pool())
        .await
        .unwrap();
    assert_eq!(invited.0, 1, "only the same-site post created the account");
}

async fn outbox_messages_become_eml_files(app: TestApp) {
    app.post_form(&browser(), "/me/link", &[("email", "deniz@example.org")]).await;
    let delivered = server::mail::dispatch_pending(&app.db, &app.mailer).await.unwrap();
    assert!(delivered >= 1);
    let files: Vec<_> = std::fs::read_dir(&app.outbox_dir).unwrap().map(|entry| entry.unwrap().path()).collect();
    let eml = files.iter().find(|path| path.extension().is_some_and(|ext| ext == "eml")).expect("an .eml file");
    let text = std::fs::read_to_string(eml).unwrap();
    assert!(text.contains("To: deniz@example.org"), "{text}");
    assert!(text.contains("Message-ID: <outbox-"));
    assert!(text.contains("/me/open/"));
    let pending: (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL").fetch_one(app.db.pool()).await.unwrap();
    assert_eq!(pending.0, 0);
}

/// Per network only a generous backstop: a school or a mobile carrier puts many behind one address.
async fn link_requests_are_rate_limited_per_network_address(app: TestApp) {
    let client = browser();
    let backstop = app::ssr::rate_limit::PER_NETWORK.max_hits;
    for n in 0..backstop {
        let email = format!("person{n}@example.org");
        let (_, location) = app.post_form(&client, "/me/link", &[("email", email.as_str())]).await;
        assert_eq!(location, "/me?sent=1", "request {n} is within the limit");
    }
    let (_, location) = app.post_form(&client, "/me/link", &[("email", "one-more@example.org")]).await;
    assert_eq!(location, "/me", "one more request from one network within 15 minutes waits");
    let (_, _, page) = app.get_with(&client, "/me").await;
    assert!(page.contains("Zu viele Versuche") && page.contains(r#"value="one-more@example.org""#));
    assert!(app.last_mail_to("one-more@example.org").await.is_none());
}

async fn pages_send_security_headers_and_bodies_are_limited(app: TestApp) {
    let response = app.client.get(app.url("/")).send().await.unwrap();
    let header = |name: &str| response.headers().get(name).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
    let csp = header("content-security-policy");
    let (referrer, nosniff) = (header("referrer-policy"), header("x-content-type-options"));
    let body = response.text().await.unwrap();
    let nonce = csp.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).expect("a script nonce");
    assert!(body.contains(&format!(r#"<script type="module" nonce="{nonce}">"#)), "the hydration script carries it");
    assert!(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'"), "{csp}");
    assert!(!csp.contains("http"), "no third-party origins: {csp}");
    assert_eq!((referrer.as_str(), nosniff.as_str()), ("same-origin", "nosniff"));

    // A name of 100,000 letters is a mistake like any other: the form again, with a message.
    let offer = app.course_with_places().await;
    let huge = "x".repeat(100 * 1024);
    let form =
        [("first_name", huge.as_str()), ("email", "lang@example.org"), ("birth_year", "2001"), ("privacy", "on")];
    let (status, location) = app.post_form(&app.client, &format!("/offers/{offer}/register"), &form).await;
    assert!(status == 303 && location.contains("draft="), "{status} {location}");
    let (_, page) = app.page(&location, "de").await;
    assert!(page.contains("Dieser Text ist zu lang."), "a message: {page}");
    assert!(page.contains(r#"value="lang@example.org""#), "what was typed is kept");
    // Beyond a megabyte the body is refused, with a page in the reader's language.
    let enormous = "x".repeat(2 * 1024 * 1024);
    let response = app
        .client
        .post(app.url("/me/link"))
        .header("origin", &app.address)
        .header("accept-language", "en")
        .form(&[("email", enormous.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 413);
    let page = response.text().await.unwrap();
    assert!(page.contains(r#"<html lang="en""#), "{page}");
}
