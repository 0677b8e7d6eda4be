//! Settings, parsed once at start-up from flags or environment variables.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::proxy::TrustedProxies;

#[derive(Debug, Clone, Parser)]
#[command(name = "treffpunkt", version, about = "Treffpunkt: offers and events of youth migration services")]
pub struct Config {
    /// sqlite://path/to/file.db (created if missing) or postgres://user@host/db
    /// (Like the public address, it may also follow `admin create`.)
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/treffpunkt.db", global = true)]
    pub database_url: String,

    /// Address and port to listen on.
    #[arg(long, env = "TREFFPUNKT_ADDR", default_value = "127.0.0.1:3000")]
    pub addr: SocketAddr,

    /// The built site: stylesheet, wasm bundle and public files.
    #[arg(long, env = "TREFFPUNKT_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,

    /// Do not load the demo data (JMD Köln and its partners) into an empty database.
    #[arg(long, env = "TREFFPUNKT_NO_DEMO")]
    pub no_demo: bool,

    /// Most database connections the server opens. Four keep two cores busy while one waits on
    /// the disk; more did not serve pages or registrations faster here and each SQLite connection
    /// holds a page cache of its own (measured: 30 MB instead of 35 MB resident under load).
    #[arg(long, env = "TREFFPUNKT_DB_CONNECTIONS", default_value_t = 4)]
    pub db_connections: u32,

    /// The time zone of pages that span several sites (the home page, the outbox). Each site's own
    /// pages, messages and calendars use the zone set in its settings.
    #[arg(long, env = "TREFFPUNKT_TIME_ZONE", default_value = "Europe/Berlin")]
    pub time_zone: chrono_tz::Tz,

    /// A newer KMK school holiday file (`STATE;SCHOOL_YEAR;NAME;FIRST_DAY;LAST_DAY` per line) to use
    /// instead of the one built in; see the README on updating it.
    #[arg(long, env = "TREFFPUNKT_SCHOOL_HOLIDAYS")]
    pub school_holidays: Option<PathBuf>,

    /// Log lines as JSON (for log collectors) instead of text.
    #[arg(long, env = "TREFFPUNKT_LOG_JSON")]
    pub log_json: bool,

    /// The address people use to reach Treffpunkt, for links in emails (default: http://ADDR).
    /// With https:// cookies are marked Secure.
    #[arg(long, env = "TREFFPUNKT_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,

    /// Where outgoing email is written as .eml files.
    #[arg(long, env = "TREFFPUNKT_OUTBOX_DIR", default_value = "data/outbox")]
    pub outbox_dir: PathBuf,

    /// Send email over SMTP: smtp://user:pass@host:587?tls=required (STARTTLS) or
    /// smtps://user:pass@host:465. Without it, messages are written to TREFFPUNKT_OUTBOX_DIR.
    /// It holds a password: never print the configuration.
    #[arg(long, env = "SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,

    /// Sender of outgoing email.
    #[arg(long, env = "TREFFPUNKT_MAIL_FROM", default_value = "Treffpunkt <treffpunkt@localhost>")]
    pub mail_from: String,

    /// The key that signs links in messages (made on first start, mode 0600). Keep it out of
    /// database backups: a copy of the database without it forges no link.
    #[arg(long, env = "TREFFPUNKT_KEY_FILE", default_value = "data/treffpunkt.key", global = true)]
    pub key_file: PathBuf,

    /// Reverse proxies whose Forwarded / X-Forwarded-For headers name the client, as a comma-separated
    /// list of addresses or CIDR networks ("127.0.0.1,10.0.0.0/8"). From any other peer the headers
    /// are ignored; without a list the TCP peer is the client.
    #[arg(long, env = "TREFFPUNKT_TRUSTED_PROXIES", default_value = "")]
    pub trusted_proxies: TrustedProxies,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Manage accounts from the command line.
    Admin {
        #[command(subcommand)]
        action: AdminCommand,
    },
    /// Writes a consistent copy of the SQLite database to FILE, also while the server runs.
    Backup { file: std::path::PathBuf },
    /// With --check: proves that the backup FILE opens, takes this version's migrations, and is
    /// cleaned by the retention rules (on a copy; FILE is not changed).
    Restore {
        #[arg(long)]
        check: bool,
        file: std::path::PathBuf,
    },
}

#[derive(Debug, Clone, Subcommand)]
pub enum AdminCommand {
    /// Creates an admin account and prints a link to set its password.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long, default_value = "Admin")]
        name: String,
    },
}

impl Config {
    pub fn public_url(&self, bound: std::net::SocketAddr) -> String {
        self.public_url.clone().unwrap_or_else(|| format!("http://{bound}"))
    }
}
