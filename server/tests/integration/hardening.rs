//! The real binary under hostile conditions: its log at debug level holds no address, name or
//! secret (an SMTP refusal that names the recipient included), and idle half-requests beyond its
//! open-file limit do not stop it from answering.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use app::ssr::db::{Backend, Db};
use futures::StreamExt;

use crate::helpers::{OfferBuilder, link_path};
use crate::smtp_sink::SmtpSink;

/// The server binary with a fresh demo database, its output in a file.
struct Server {
    child: Child,
    address: String,
    log: PathBuf,
    database_url: String,
    key_file: PathBuf,
    _dir: Option<tempfile::TempDir>,
}

impl Server {
    /// Starts the binary on a fresh SQLite file with the demo data.
    fn start(prefix: &str, env: &[(&str, String)]) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let database_url = format!("sqlite://{}/t.db", dir.path().display());
        let mut server = Server::start_on(&database_url, dir.path(), prefix, env);
        server._dir = Some(dir);
        server
    }

    /// Starts the binary through `sh -c` with `prefix` (for `ulimit`) on `database_url`, with its
    /// key, outbox and log in `folder`, and the environment given.
    fn start_on(database_url: &str, folder: &Path, prefix: &str, env: &[(&str, String)]) -> Server {
        static STARTS: AtomicUsize = AtomicUsize::new(0);
        let log = folder.join(format!("server-{}.log", STARTS.fetch_add(1, Ordering::Relaxed)));
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg(format!("{prefix} exec \"$0\" --addr 127.0.0.1:0"))
            .arg(env!("CARGO_BIN_EXE_server"))
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("DATABASE_URL", database_url)
            .env("TREFFPUNKT_KEY_FILE", folder.join("treffpunkt.key"))
            .env("TREFFPUNKT_OUTBOX_DIR", folder.join("outbox"))
            .env("TREFFPUNKT_SITE_ROOT", folder.join("site"))
            .envs(env.iter().map(|(name, value)| (*name, value.as_str())))
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&log).unwrap())
            .stderr(std::fs::File::options().append(true).open(&log).unwrap());
        let child = command.spawn().unwrap();
        let started = Instant::now();
        let address = loop {
            let text = std::fs::read_to_string(&log).unwrap_or_default();
            if let Some(address) = text.lines().find_map(|line| line.strip_prefix("Treffpunkt is running at http://")) {
                break address.trim().to_owned();
            }
            assert!(started.elapsed() < Duration::from_secs(60), "the server did not start: {text}");
            std::thread::sleep(Duration::from_millis(50));
        };
        let key_file = folder.join("treffpunkt.key");
        Server { child, address, log, database_url: database_url.to_owned(), key_file, _dir: None }
    }

    /// SIGKILL: no shutdown, no flush, as a power cut or the OOM killer does it.
    fn kill(&self) {
        let _ = Command::new("kill").args(["-KILL", &self.child.id().to_string()]).status();
    }

    fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.address)
    }

    /// Stops the server and returns its log.
    fn stop(mut self) -> String {
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let _ = self.child.wait();
        std::fs::read_to_string(&self.log).unwrap()
    }
}

/// A registration, a consent page, a private feed, a magic link and a refused delivery, at debug
/// level: the log names routes and counts, never who or which link.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn logs_hold_no_address_name_or_secret() {
    let sink = SmtpSink::start().await;
    sink.refuse_next("550 5.1.1 <layla.log@example.org>: recipient unknown");
    let server = Server::start("", &[("RUST_LOG", "debug".to_owned()), ("SMTP_URL", sink.url())]);
    let db = Db::connect(&server.database_url, 1).await.unwrap();
    let offer = OfferBuilder::new(&db, "Kochen ohne Grenzen").places(9).create().await;
    let client = crate::helpers::browser();
    let origin = format!("http://{}", server.address);
    let post = |path: String, form: Vec<(&'static str, String)>| {
        let request = client.post(server.url(&path)).header("origin", &origin).header("accept", "text/html");
        async move { request.form(&form).send().await.unwrap() }
    };
    let born = (chrono::Datelike::year(&chrono::Utc::now()) - 14).to_string();
    let form = vec![
        ("first_name", "Layla".to_owned()),
        ("email", "layla.log@example.org".to_owned()),
        ("birth_year", born),
        ("parent_email", "mutter.log@example.org".to_owned()),
        ("privacy", "on".to_owned()),
        ("needs", "Rollstuhl".to_owned()),
        ("health_consent", "on".to_owned()),
    ];
    let registered = post(format!("/offers/{offer}/register?utm=secret-query"), form).await;
    let own_page = registered.headers()["location"].to_str().unwrap().to_owned();
    assert!(own_page.starts_with("/r/"), "{own_page}");
    client.get(server.url(&own_page)).send().await.unwrap();
    client.get(server.url(&format!("{own_page}/calendar.ics"))).send().await.unwrap();
    post("/me/link".to_owned(), vec![("email", "layla.log@example.org".to_owned())]).await;
    post("/staff/login".to_owned(), vec![("email", "niemand@example.org".to_owned()), ("password", "x".to_owned())])
        .await;
    client.get(server.url("/lang/de?back=/%09/evil.example")).send().await.unwrap();

    // The worker tries every message: one is refused with a reply that names the address.
    let started = Instant::now();
    let key = app::ssr::links::LinkKey::load_or_create(&db, &server.key_file).await.unwrap();
    let body_with = |kind: &'static str| {
        let query = sqlx::query_as::<_, (String, String)>(
            "SELECT body_text, links FROM outbox WHERE links LIKE $1 || ':%' ORDER BY id DESC LIMIT 1",
        )
        .bind(kind);
        let (db, key) = (&db, &key);
        async move {
            let stored = query.fetch_optional(db.pool()).await.unwrap();
            stored.map(|(body, links)| link_path(&app::ssr::outbox::as_sent(&body, &links, "http://x", key)))
        }
    };
    let (consent_link, magic_link) = loop {
        let refused: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE last_error LIKE '%550%'")
            .fetch_one(db.pool())
            .await
            .unwrap();
        let untried: (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND last_error IS NULL")
                .fetch_one(db.pool())
                .await
                .unwrap();
        if let (1, 0, Some(consent), Some(magic)) =
            (refused.0, untried.0, body_with("consent").await, body_with("magic").await)
        {
            break (consent, magic);
        }
        if started.elapsed() > Duration::from_secs(30) {
            let rows: Vec<(String, Option<i64>, Option<String>)> =
                sqlx::query_as("SELECT kind, sent_at, last_error FROM outbox").fetch_all(db.pool()).await.unwrap();
            panic!("mail was not delivered: {rows:?}");
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    client.get(server.url(&consent_link)).send().await.unwrap();
    let opened = post(magic_link.clone(), vec![]).await;
    assert_eq!(opened.status().as_u16(), 303);
    client.get(server.url("/me")).send().await.unwrap();
    let (refused,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE last_error LIKE '%550%'").fetch_one(db.pool()).await.unwrap();
    assert_eq!(refused, 1, "the refusal happened");

    let log = server.stop();
    assert!(log.contains("/offers/{id}/register") && log.contains("/r/{token}"), "routes are named: {log}");
    let token_of = |link: &str| link.rsplit('/').next().unwrap().split(['?', '.']).next().unwrap().to_owned();
    let secrets = [token_of(&own_page), token_of(&consent_link), token_of(&magic_link)];
    for line in log.lines() {
        assert!(!line.contains('@'), "an address in the log: {line}");
        for word in ["Layla", "layla", "Rollstuhl", "secret-query", "evil.example", "\u{1b}["] {
            assert!(!line.contains(word), "{word:?} in the log: {line}");
        }
        for secret in &secrets {
            assert!(!line.contains(secret.as_str()), "a link's secret in the log: {line}");
        }
    }
}

/// More idle half-requests than the open-file limit allows: /healthz still answers within the
/// header timeout and a second, because idle connections are closed and new ones wait their turn.
#[test]
fn idle_half_requests_beyond_the_file_limit_do_not_stop_the_server() {
    let server = Server::start("ulimit -n 128 &&", &[("TREFFPUNKT_NO_DEMO", "true".to_owned())]);
    let held: Vec<TcpStream> = (0..200)
        .filter_map(|_| {
            let mut stream = TcpStream::connect(&server.address).ok()?;
            stream.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n").ok()?;
            Some(stream)
        })
        .collect();
    assert!(held.len() > 100, "the half-requests were made");
    let started = Instant::now();
    let mut health = TcpStream::connect(&server.address).unwrap();
    health.set_read_timeout(Some(server::serve::HEADER_TIMEOUT + Duration::from_secs(5))).unwrap();
    health.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut answer = String::new();
    health.read_to_string(&mut answer).unwrap();
    let waited = started.elapsed();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(waited <= server::serve::HEADER_TIMEOUT + Duration::from_secs(1), "answered after {waited:?}");
    drop(held);
    let log = server.stop();
    assert!(!log.contains("panicked"), "{log}");
}

/// Registrations posted by 32 clients at once while the server is killed with SIGKILL: after a
/// restart every registration whose 303 reached its client exists with its message in the outbox,
/// and nobody is registered or told twice. The restarted server sends the reminders for a date
/// tomorrow and is killed again as it does: after a third start everybody has one reminder.
async fn a_crash_during_a_registration_storm_loses_and_doubles_nothing(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let database_url = crate::helpers::empty_database(backend, dir.path()).await;
    let server = Server::start_on(&database_url, dir.path(), "", &[]);
    let db = Db::connect(&database_url, 2).await.unwrap();
    let offer = OfferBuilder::new(&db, "Kochen ohne Grenzen").places(1000).create().await;
    let tomorrow = chrono::Utc::now().timestamp() + 23 * 3600;
    sqlx::query("INSERT INTO sessions (offer_id, starts_at, ends_at, time_zone) VALUES ($1, $2, $3, 'Europe/Berlin')")
        .bind(offer)
        .bind(tomorrow)
        .bind(tomorrow + 7200)
        .execute(db.pool())
        .await
        .unwrap();
    let answered = Arc::new(Mutex::new(Vec::<(String, String)>::new()));
    let client = crate::helpers::browser();
    let (origin, register) = (format!("http://{}", server.address), server.url(&format!("/offers/{offer}/register")));
    let born = (chrono::Datelike::year(&chrono::Utc::now()) - 20).to_string();
    let storm = futures::stream::iter(0..400).for_each_concurrent(32, |n| {
        let (client, answered, origin, register, born) =
            (client.clone(), answered.clone(), origin.clone(), register.clone(), born.clone());
        async move {
            let email = format!("sturm{n}@example.org");
            let form =
                [("first_name", "Sturm"), ("email", email.as_str()), ("birth_year", born.as_str()), ("privacy", "on")];
            let sent =
                client.post(&register).header("origin", &origin).header("accept", "text/html").form(&form).send();
            if let Ok(response) = sent.await
                && response.status().as_u16() == 303
                && let Some(location) = response.headers().get("location").and_then(|v| v.to_str().ok())
            {
                answered.lock().unwrap().push((email, location.to_owned()));
            }
        }
    });
    let killer = async {
        while answered.lock().unwrap().len() < 150 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        server.kill();
    };
    tokio::join!(storm, killer);
    let answered = answered.lock().unwrap().clone();
    assert!(answered.len() >= 150 && answered.len() < 400, "the crash came mid-storm: {}", answered.len());

    // The restarted server sends the reminders for tomorrow's date at once; it dies while it does.
    let reminders = || async {
        let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM outbox WHERE kind = 'mail-reminder'")
            .fetch_one(db.pool())
            .await
            .unwrap();
        count
    };
    let server = Server::start_on(&database_url, dir.path(), "", &[]);
    let started = Instant::now();
    while reminders().await == 0 && started.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    server.kill();
    let at_crash = reminders().await;
    assert!(at_crash > 0, "the reminders started");

    let server = Server::start_on(&database_url, dir.path(), "", &[]);
    for (email, location) in &answered {
        assert!(location.starts_with("/r/"), "{email}: {location}");
        let page = client.get(server.url(location)).send().await.unwrap().text().await.unwrap();
        assert!(page.contains("Du bist angemeldet"), "{email}'s registration is there");
    }
    let (taken, confirmed): (i64, i64) = sqlx::query_as(
        "SELECT places_taken, (SELECT COUNT(*) FROM registrations WHERE offer_id = $1 AND status = 'confirmed')
         FROM offers WHERE id = $1",
    )
    .bind(offer)
    .fetch_one(db.pool())
    .await
    .unwrap();
    assert_eq!(taken, confirmed, "the count of places survived the crash");
    let started = Instant::now();
    while reminders().await < confirmed && started.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let per_person: Vec<(String, i64, i64, i64)> = sqlx::query_as(
        "SELECT p.email, COUNT(DISTINCT r.id),
                (SELECT COUNT(*) FROM outbox o WHERE o.recipient = p.email AND o.kind = 'mail-confirmed'),
                (SELECT COUNT(*) FROM outbox o WHERE o.recipient = p.email AND o.kind = 'mail-reminder')
         FROM participants p JOIN registrations r ON r.participant_id = p.id
         WHERE p.email LIKE 'sturm%' GROUP BY p.email",
    )
    .fetch_all(db.pool())
    .await
    .unwrap();
    assert!(per_person.len() >= answered.len());
    for (email, registrations, confirmations, reminders) in &per_person {
        assert_eq!(
            (*registrations, *confirmations, *reminders),
            (1, 1, 1),
            "{email}: one registration, one confirmation, one reminder ({at_crash} reminders before the second crash)"
        );
    }
    server.stop();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crash_during_a_registration_storm_loses_and_doubles_nothing_on_sqlite() {
    a_crash_during_a_registration_storm_loses_and_doubles_nothing(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_crash_during_a_registration_storm_loses_and_doubles_nothing_on_postgres() {
    if std::env::var("TEST_POSTGRES_URL").is_err() {
        assert!(std::env::var("TREFFPUNKT_REQUIRE_POSTGRES").is_err(), "TEST_POSTGRES_URL is not set");
        return;
    }
    a_crash_during_a_registration_storm_loses_and_doubles_nothing(Backend::Postgres).await;
}
