//! The real binary under hostile conditions: its log at debug level holds no address, name or
//! secret (an SMTP refusal that names the recipient included), and idle half-requests beyond its
//! open-file limit do not stop it from answering.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use app::ssr::db::Db;

use crate::helpers::link_path;
use crate::smtp_sink::SmtpSink;

/// The server binary with a fresh demo database, its output in a file.
struct Server {
    child: Child,
    address: String,
    log: PathBuf,
    database_url: String,
    _dir: tempfile::TempDir,
}

impl Server {
    /// Starts the binary through `sh -c` with `prefix` (for `ulimit`) and the environment given.
    fn start(prefix: &str, env: &[(&str, String)]) -> Server {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("server.log");
        let database_url = format!("sqlite://{}/t.db", dir.path().display());
        let mut command = Command::new("sh");
        command
            .arg("-c")
            .arg(format!("{prefix} exec \"$0\" --addr 127.0.0.1:0", prefix = prefix))
            .arg(env!("CARGO_BIN_EXE_server"))
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("DATABASE_URL", &database_url)
            .env("TREFFPUNKT_OUTBOX_DIR", dir.path().join("outbox"))
            .env("TREFFPUNKT_SITE_ROOT", dir.path().join("site"))
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
        Server { child, address, log, database_url, _dir: dir }
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
    let (offer,): (i64,) =
        sqlx::query_as("SELECT id FROM offers WHERE title = 'Kochen ohne Grenzen'").fetch_one(db.pool()).await.unwrap();
    sqlx::query("UPDATE offers SET registration = 'series', capacity = 9, min_age = 14, max_age = 27 WHERE id = $1")
        .bind(offer)
        .execute(db.pool())
        .await
        .unwrap();
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
    let body_with = |needle: &'static str| {
        let query = sqlx::query_as::<_, (String,)>(
            "SELECT body_text FROM outbox WHERE body_text LIKE '%' || $1 || '%' ORDER BY id DESC LIMIT 1",
        )
        .bind(needle);
        async { query.fetch_optional(db.pool()).await.unwrap().map(|(body,)| link_path(&body)) }
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
            (refused.0, untried.0, body_with("/consent/").await, body_with("/me/open/").await)
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
