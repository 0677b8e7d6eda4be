use std::sync::atomic::{AtomicUsize, Ordering};

use app::domain::offer::{Audience, Category, Focus, Registration, Visibility};
use app::domain::offer_form::{DEFAULT_NETWORK_SHARE, NewOffer, OfferDetails, SeriesPlan};
use app::domain::policy::Role;
use app::domain::schedule::Frequency;
use app::ssr::auth;
use app::ssr::db::users::{self, NewUser};
use app::ssr::db::{Backend, Db};
use server::config::Config;
use server::mail::Mailer;

use crate::smtp_sink::SmtpSink;
use server::startup::Application;

/// The password every test account gets.
pub const PASSWORD: &str = "ein langes Passwort";

/// The path of the link in a message body: "http://host/x/y" -> "/x/y".
pub fn link_path(body: &str) -> String {
    let url = body.split_whitespace().find(|word| word.starts_with("http")).expect("a link in the message");
    let after_scheme = url.split_once("://").unwrap().1;
    format!("/{}", after_scheme.split_once('/').unwrap().1)
}

/// A browser without JavaScript on a phone of its own: every browser comes from its own address
/// (through the trusted-proxy header), as young people on their own phones do.
pub fn browser() -> reqwest::Client {
    static PHONES: AtomicUsize = AtomicUsize::new(1);
    let n = PHONES.fetch_add(1, Ordering::Relaxed);
    let address = format!("10.{}.{}.{}", (n >> 16) & 255, (n >> 8) & 255, n & 255);
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .cookie_store(true)
        .default_headers([("x-forwarded-for".parse().unwrap(), address.parse().unwrap())].into_iter().collect())
        .build()
        .unwrap()
}

/// Declares each listed test once per backend: `sqlite::name` and `postgres::name`.
#[macro_export]
/// With `smtp:` first, the app delivers its mail over SMTP to a sink (`app.smtp`); with `empty:`
/// first, it starts as a new installation does, without the demo data.
macro_rules! on_both_backends {
    (smtp: $($name:ident),+ $(,)?) => { $crate::on_both_backends!(@spawn true, true; $($name),+); };
    (empty: $($name:ident),+ $(,)?) => { $crate::on_both_backends!(@spawn false, false; $($name),+); };
    ($($name:ident),+ $(,)?) => { $crate::on_both_backends!(@spawn false, true; $($name),+); };
    (@spawn $smtp:expr, $demo:expr; $($name:ident),+) => {
        mod sqlite {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let backend = app::ssr::db::Backend::Sqlite;
                super::$name($crate::helpers::TestApp::spawn(backend, $smtp, $demo).await).await;
            })+
        }
        mod postgres {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                if !$crate::helpers::TestApp::postgres_configured() { return }
                let backend = app::ssr::db::Backend::Postgres;
                super::$name($crate::helpers::TestApp::spawn(backend, $smtp, $demo).await).await;
            })+
        }
    };
}

pub struct TestApp {
    pub address: String,
    pub db: Db,
    /// A browser without JavaScript: keeps cookies, does not follow redirects.
    pub client: reqwest::Client,
    pub mailer: Mailer,
    /// The handle the server itself uses, to count the statements a request runs.
    pub server_db: Db,
    pub outbox_dir: std::path::PathBuf,
    /// The SMTP sink the app delivers to, when spawned with one.
    pub smtp: Option<SmtpSink>,
    /// The key that signs the server's links.
    pub links: app::ssr::links::LinkKey,
    // Kept so that the SQLite file lives as long as the test.
    _dir: tempfile::TempDir,
}

impl TestApp {
    /// With `smtp`, the app delivers mail over SMTP to a sink of its own instead of into files;
    /// without `demo`, the database starts empty, as a new installation's does.
    pub async fn spawn(backend: Backend, smtp: bool, demo: bool) -> TestApp {
        let smtp = if smtp { Some(SmtpSink::start().await) } else { None };
        let smtp_url = smtp.as_ref().map(SmtpSink::url);
        let dir = tempfile::tempdir().expect("a temporary folder");
        let database_url = match backend {
            Backend::Sqlite => format!("sqlite://{}/test.db", dir.path().display()),
            Backend::Postgres => fresh_postgres_database().await.expect("TEST_POSTGRES_URL is set"),
        };
        let config = Config {
            database_url: database_url.clone(),
            addr: "127.0.0.1:0".parse().unwrap(),
            site_root: dir.path().join("site"),
            no_demo: !demo,
            db_connections: 8,
            log_json: false,
            time_zone: app::domain::schedule::DEFAULT_ZONE,
            school_holidays: None,
            public_url: None,
            outbox_dir: dir.path().join("outbox"),
            mail_from: "Treffpunkt <treffpunkt@example.org>".to_owned(),
            smtp_url,
            key_file: dir.path().join("treffpunkt.key"),
            // Every simulated client may name its own address, as behind a reverse proxy.
            trusted_proxies: "127.0.0.1".parse().unwrap(),
            command: None,
        };
        let key_file = config.key_file.clone();
        let app = Application::build(config).await.expect("the app starts");
        let address = format!("http://{}", app.local_addr());
        let mailer = app.mailer().clone();
        let server_db = app.db().clone();
        tokio::spawn(app.run_until_stopped());
        let db = Db::connect(&database_url, 2).await.expect("a second pool for checks");
        let client = browser();
        let outbox_dir = dir.path().join("outbox");
        let links = app::ssr::links::LinkKey::load_or_create(&db, &key_file).await.expect("the server's key");
        TestApp { address, db, server_db, client, mailer, outbox_dir, smtp, links, _dir: dir }
    }

    /// Whether a PostgreSQL test server is configured; a run that demands one fails without it.
    pub fn postgres_configured() -> bool {
        let configured = std::env::var("TEST_POSTGRES_URL").is_ok();
        assert!(
            configured || std::env::var("TREFFPUNKT_REQUIRE_POSTGRES").is_err(),
            "TREFFPUNKT_REQUIRE_POSTGRES is set but TEST_POSTGRES_URL is not"
        );
        configured
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// GET a page as a browser in `lang` without JavaScript; returns status and body.
    pub async fn page(&self, path: &str, accept_language: &str) -> (u16, String) {
        let response = self
            .client
            .get(self.url(path))
            .header("accept-language", accept_language)
            .send()
            .await
            .expect("the server answers");
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    }

    /// POSTs a form as a browser on this site does (with its Origin); returns status and Location.
    pub async fn post_form(&self, client: &reqwest::Client, path: &str, form: &[(&str, &str)]) -> (u16, String) {
        let response = client
            .post(self.url(path))
            .header("origin", &self.address)
            .header("accept", "text/html")
            .form(form)
            .send()
            .await
            .expect("the server answers");
        let location = response.headers().get("location").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
        (response.status().as_u16(), location)
    }

    /// GETs a page with a given client; returns status, Location and body.
    pub async fn get_with(&self, client: &reqwest::Client, path: &str) -> (u16, String, String) {
        let response = client
            .get(self.url(path))
            .header("accept", "text/html")
            .header("accept-language", "de")
            .send()
            .await
            .expect("the server answers");
        let status = response.status().as_u16();
        let location = response.headers().get("location").map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default();
        (status, location, response.text().await.unwrap())
    }

    /// Creates an account with a password and returns it; `organisation`/`site` as the role needs.
    pub async fn create_user(
        &self,
        email: &str,
        role: Role,
        site_id: Option<i64>,
        organisation_id: Option<i64>,
    ) -> i64 {
        let mut tx = self.db.pool().begin().await.unwrap();
        let user = NewUser { email, display_name: email, role, site_id, organisation_id, lang: "de" };
        let id = users::insert(&mut tx, &user, chrono::Utc::now().timestamp()).await.unwrap().expect("a new address");
        users::set_password(&mut tx, id, &auth::hash_password(PASSWORD)).await.unwrap();
        tx.commit().await.unwrap();
        id
    }

    /// A fresh browser that carries the session cookie `token`.
    pub fn browser_with_session(&self, token: &str) -> reqwest::Client {
        let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
        jar.add_cookie_str(&format!("tp_session={token}; Path=/"), &self.address.parse().unwrap());
        reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).cookie_provider(jar).build().unwrap()
    }

    /// A fresh browser signed in as `email` through the real sign-in form.
    pub async fn signed_in(&self, email: &str) -> reqwest::Client {
        let client = browser();
        let (status, location) =
            self.post_form(&client, "/staff/login", &[("email", email), ("password", PASSWORD)]).await;
        assert_eq!((status, location.as_str()), (303, "/staff"), "sign-in of {email}");
        client
    }

    /// The newest outbox message to `recipient`: (kind, subject, body as sent, with its links).
    pub async fn last_mail_to(&self, recipient: &str) -> Option<(String, String, String)> {
        let stored: Option<(String, String, String, String)> = sqlx::query_as(
            "SELECT kind, subject, body_text, links FROM outbox WHERE recipient = $1 ORDER BY id DESC LIMIT 1",
        )
        .bind(recipient)
        .fetch_optional(self.db.pool())
        .await
        .unwrap();
        stored.map(|(kind, subject, body, links)| (kind, subject, self.as_sent(&body, &links)))
    }

    /// A stored message text as the worker sends it.
    pub fn as_sent(&self, body: &str, links: &str) -> String {
        app::ssr::outbox::as_sent(body, links, &self.address, &self.links)
    }

    pub async fn id_of(&self, sql: &str, value: &str) -> i64 {
        let (id,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(sql.to_owned()))
            .bind(value)
            .fetch_one(self.db.pool())
            .await
            .unwrap_or_else(|e| panic!("{sql} with {value}: {e}"));
        id
    }

    /// An offer made for this test through the offer service (see `OfferBuilder`).
    pub fn offer(&self, title: &str) -> OfferBuilder<'_> {
        OfferBuilder::new(&self.db, title)
    }

    /// An event in eight days that takes registrations for 5 places, ages 14 to 27.
    pub async fn course_with_places(&self) -> i64 {
        self.offer("Kochen ohne Grenzen").places(5).create().await
    }

    /// Registers a 19-year-old with `client`; returns where the form led (the registration page).
    pub async fn register_adult(&self, client: &reqwest::Client, offer: i64, name: &str, email: &str) -> String {
        let born = (chrono::Datelike::year(&chrono::Utc::now()) - 19).to_string();
        let form = [("first_name", name), ("email", email), ("birth_year", born.as_str()), ("privacy", "on")];
        self.post_form(client, &format!("/offers/{offer}/register"), &form).await.1
    }

    /// The one-time token of the registration form on the page of `offer`, as a browser has it.
    pub async fn form_token(&self, offer: i64) -> String {
        let (_, page) = self.page(&format!("/offers/{offer}"), "de").await;
        // An offer that takes no registrations has no form, and a post to it no token.
        let after = page.split(r#"name="form_token" value=""#).nth(1).unwrap_or_default();
        after.split('"').next().unwrap_or_default().to_owned()
    }
}

/// Creates an empty database on the test server, so that tests do not see each other's rows.
/// An empty database of the app's backend: a file in `dir`, or a new PostgreSQL database.
pub async fn empty_database(backend: Backend, dir: &std::path::Path) -> String {
    match backend {
        Backend::Sqlite => format!("sqlite://{}/empty.db", dir.display()),
        Backend::Postgres => fresh_postgres_database().await.expect("TEST_POSTGRES_URL is set"),
    }
}

async fn fresh_postgres_database() -> Option<String> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let admin_url = std::env::var("TEST_POSTGRES_URL").ok()?;
    let name = format!("treffpunkt_test_{}_{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed));
    let admin = Db::connect(&admin_url, 1).await.expect("the PostgreSQL test server answers");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(admin.pool())
        .await
        .expect("a test database");
    admin.close().await;
    let (base, _) = admin_url.rsplit_once('/').expect("a database URL ends in /dbname");
    Some(format!("{base}/{name}"))
}

/// An offer as a test needs it, stored through the same service as the offer form: by default
/// published, one date eight days from now at 16:00 for two and a half hours, drop-in, ages 12 to
/// 27, led by the first site's own organisation at its first venue. Tests name what matters to them.
pub struct OfferBuilder<'a> {
    db: &'a Db,
    details: OfferDetails,
    plan: SeriesPlan,
    publish: bool,
}

impl<'a> OfferBuilder<'a> {
    pub fn new(db: &'a Db, title: &str) -> Self {
        let first_date = (chrono::Utc::now() + chrono::Duration::days(8)).date_naive();
        OfferBuilder {
            db,
            details: OfferDetails {
                title: title.to_owned(),
                description: format!("{title}: made for a test."),
                translations: Vec::new(),
                category: Category::Leisure,
                audience: Audience::Youth,
                focus: Focus::Everyone,
                min_age: 12,
                max_age: 27,
                languages: vec!["de".to_owned()],
                capacity: None,
                network_share: DEFAULT_NETWORK_SHARE,
                // Filled in by `create`.
                organisation_id: 0,
                cohosts: Vec::new(),
                venue_id: 0,
                programme_id: None,
                contact_name: String::new(),
                contact_email: String::new(),
                contact_phone: String::new(),
                registration: Registration::DropIn,
                registration_opens: None,
                registration_closes: None,
                remind_day_before: true,
                remind_two_hours_before: false,
                cost_cents: None,
                bring: String::new(),
                meeting_point: String::new(),
                visibility: Visibility::Public,
                overnight: false,
            },
            plan: SeriesPlan {
                first_date,
                start: chrono::NaiveTime::from_hms_opt(16, 0, 0).unwrap(),
                duration: chrono::Duration::minutes(150),
                repeat: None,
                count: 1,
                except: Vec::new(),
            },
            publish: true,
        }
    }

    /// Registration for the whole series with `capacity` places, for ages 14 to 27.
    pub fn places(mut self, capacity: i64) -> Self {
        self.details.capacity = Some(capacity);
        self.details.registration = Registration::Series;
        self.details.min_age = 14;
        self.details.max_age = 27;
        self
    }

    /// Weekly on the weekday of the first date, `dates` times.
    pub fn weekly(mut self, dates: usize) -> Self {
        self.plan.repeat = Some(Frequency::Weekly { interval: 1 });
        self.plan.count = dates;
        self
    }

    /// The first date, and the local start and end time of every date.
    pub fn on(mut self, first_date: chrono::NaiveDate, (start, end): (&str, &str)) -> Self {
        let time = |text: &str| chrono::NaiveTime::parse_from_str(text, "%H:%M").unwrap();
        self.plan.first_date = first_date;
        self.plan.start = time(start);
        self.plan.duration = time(end) - time(start);
        self
    }

    pub fn draft(mut self) -> Self {
        self.publish = false;
        self
    }

    /// Whatever else a test needs of the details.
    pub fn with(mut self, change: impl FnOnce(&mut OfferDetails)) -> Self {
        change(&mut self.details);
        self
    }

    pub async fn create(mut self) -> i64 {
        let (site_id, organisation_id, venue_id): (i64, i64, i64) = sqlx::query_as(
            "SELECT o.site_id, o.id, v.id FROM organisations o JOIN venues v ON v.site_id = o.site_id
             WHERE o.kind = 'jmd' ORDER BY o.id, v.id LIMIT 1",
        )
        .fetch_one(self.db.pool())
        .await
        .expect("a site with its own organisation and a venue");
        (self.details.organisation_id, self.details.venue_id) = (organisation_id, venue_id);
        let zone = app::ssr::db::sites::time_zone(self.db, site_id).await.unwrap();
        let offer = NewOffer { details: self.details, plan: self.plan, publish: self.publish };
        app::ssr::service::offers::create(self.db, None, site_id, &offer, zone, chrono::Utc::now().timestamp())
            .await
            .expect("the database answers")
            .expect("the test's offer is valid")
    }
}
