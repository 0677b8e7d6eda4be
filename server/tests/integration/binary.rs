//! The real binary: bad configuration ends with one clear sentence, signals stop it cleanly.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn server() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_server"));
    command.env_clear().env("PATH", std::env::var("PATH").unwrap_or_default()).stdin(Stdio::null());
    command
}

/// Runs the binary expecting it to fail; returns its error output.
fn fails_with(command: &mut Command) -> String {
    let output = command.output().expect("the binary runs");
    assert!(!output.status.success(), "expected a failure");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "a panic instead of a message: {stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "one sentence: {stderr}");
    stderr
}

#[test]
fn unknown_database_scheme_is_explained() {
    let stderr = fails_with(server().args(["--database-url", "mysql://localhost/x", "--addr", "127.0.0.1:0"]));
    assert!(stderr.contains("DATABASE_URL must start with sqlite:// or postgres://"), "{stderr}");
}

#[test]
fn unwritable_data_folder_is_explained() {
    let stderr =
        fails_with(server().args(["--database-url", "sqlite:///proc/treffpunkt/x.db", "--addr", "127.0.0.1:0"]));
    assert!(stderr.contains("data folder /proc/treffpunkt cannot be created or written"), "{stderr}");
}

#[test]
fn port_in_use_is_explained() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap().to_string();
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/t.db", dir.path().display());
    let stderr = fails_with(server().args(["--database-url", &url, "--addr", &addr, "--no-demo"]));
    assert!(stderr.contains(&format!("cannot listen on {addr}")), "{stderr}");
}

#[test]
fn sigterm_stops_the_server_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/t.db", dir.path().display());
    let mut child = server()
        .args(["--database-url", &url, "--addr", "127.0.0.1:0", "--no-demo"])
        // Its key and mail stay in the test's folder, not in the source tree.
        .env("TREFFPUNKT_KEY_FILE", dir.path().join("treffpunkt.key"))
        .env("TREFFPUNKT_OUTBOX_DIR", dir.path().join("outbox"))
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    // The address line means the server is up.
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut line).unwrap();
    assert!(line.starts_with("Treffpunkt is running at http://127.0.0.1:"), "{line}");

    // --no-demo: the database is there, but empty.
    let address = line.trim().rsplit("http://").next().unwrap().to_owned();
    let mut stream = std::net::TcpStream::connect(&address).unwrap();
    std::io::Write::write_all(&mut stream, b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    let mut page = String::new();
    std::io::Read::read_to_string(&mut stream, &mut page).unwrap();
    assert!(page.starts_with("HTTP/1.1 200") && page.contains("Keine Termine gefunden"), "{page}");

    let killed = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(killed.success());
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        assert!(started.elapsed() < Duration::from_secs(10), "the server did not stop");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status:?}");
}
