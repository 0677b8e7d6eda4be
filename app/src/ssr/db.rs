//! One binary, two databases: the scheme of `DATABASE_URL` picks SQLite or PostgreSQL, and all
//! queries go through sqlx's `Any` driver in the SQL both understand ($1 placeholders, BIGINT keys,
//! instants as UTC seconds).

pub mod agenda;
pub mod calendar;
pub mod consents;
pub mod ideas;
pub mod network;
pub mod offers;
pub mod participants;
pub mod programmes;
pub mod registrations;
pub mod sites;
pub mod users;

use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Once};
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    pub fn of_url(url: &str) -> Option<Self> {
        let scheme = url.split_once(':')?.0;
        match scheme {
            "sqlite" => Some(Backend::Sqlite),
            "postgres" | "postgresql" => Some(Backend::Postgres),
            _ => None,
        }
    }
}

/// Why the database could not be opened, in words an operator can act on.
#[derive(Debug, thiserror::Error)]
pub enum ConnectError {
    #[error("DATABASE_URL must start with sqlite:// or postgres://, not {0:?}")]
    UnknownScheme(String),
    #[error("the data folder {folder} cannot be created or written: {source}")]
    DataFolder { folder: String, source: std::io::Error },
    #[error("cannot open the database: {0}")]
    Open(#[source] sqlx::Error),
    #[error("cannot apply the database migrations: {0}")]
    Migrate(#[source] sqlx::migrate::MigrateError),
}

/// See `Db::writer_turn`.
pub struct WriterTurn(Option<tokio::sync::OwnedMutexGuard<()>>);

/// A write transaction (see `Db::write` and `Db::lock_offer`); dropping it rolls back.
pub struct WriteTx {
    tx: sqlx::Transaction<'static, sqlx::Any>,
    /// This process's turn to write to SQLite, released with the transaction.
    _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl WriteTx {
    pub async fn commit(self) -> sqlx::Result<()> {
        self.tx.commit().await
    }
}

impl std::ops::Deref for WriteTx {
    type Target = sqlx::AnyConnection;

    fn deref(&self) -> &Self::Target {
        &self.tx
    }
}

impl std::ops::DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.tx
    }
}

#[derive(Clone, Debug)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
    /// Statements handed out through `pool()`: lets tests prove that a page runs a bounded number
    /// of queries however many offers there are.
    statements: Arc<AtomicU64>,
    /// Writers of this process take turns before asking SQLite for its one write lock.
    sqlite_writer: Arc<tokio::sync::Mutex<()>>,
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("../migrations/postgres");

impl Db {
    /// Opens a pool; a SQLite file and its folder are created when missing.
    pub async fn connect(url: &str, max_connections: u32) -> Result<Self, ConnectError> {
        static DRIVERS: Once = Once::new();
        DRIVERS.call_once(sqlx::any::install_default_drivers);

        let backend = Backend::of_url(url).ok_or_else(|| ConnectError::UnknownScheme(url.to_owned()))?;
        let url = match backend {
            Backend::Sqlite => prepare_sqlite_file(url)?,
            Backend::Postgres => url.to_owned(),
        };
        let options: AnyConnectOptions = url.parse().map_err(ConnectError::Open)?;
        let pool = AnyPoolOptions::new()
            .max_connections(max_connections)
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers work beside the one writer; the busy timeout makes a
                        // writer wait for the lock instead of failing at once.
                        for pragma in [
                            "PRAGMA journal_mode = WAL",
                            "PRAGMA synchronous = NORMAL",
                            "PRAGMA busy_timeout = 5000",
                            "PRAGMA foreign_keys = ON",
                        ] {
                            conn.execute(pragma).await?;
                        }
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(ConnectError::Open)?;
        Ok(Db { pool, backend, statements: Arc::default(), sqlite_writer: Arc::default() })
    }

    pub async fn migrate(&self) -> Result<(), ConnectError> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await.map_err(ConnectError::Migrate)
    }

    /// The pool, for one statement: every query function calls this once per statement.
    pub fn pool(&self) -> &AnyPool {
        self.statements.fetch_add(1, Ordering::Relaxed);
        &self.pool
    }

    /// A write transaction. SQLite has one writer at a time, taken at BEGIN IMMEDIATE; this
    /// process queues its writers in front of it, so that they wake in turn instead of sleeping
    /// in SQLite's busy handler (a millisecond and more each time) while another one writes.
    pub async fn write(&self) -> sqlx::Result<WriteTx> {
        let turn = self.writer_turn().await;
        let mut tx = self.write_in_turn(&turn).await?;
        tx._turn = turn.0;
        Ok(tx)
    }

    /// This process's turn at SQLite's one write lock, for several write transactions in a row
    /// (nothing to wait for on PostgreSQL, where writers lock rows).
    pub async fn writer_turn(&self) -> WriterTurn {
        match self.backend {
            Backend::Sqlite => WriterTurn(Some(self.sqlite_writer.clone().lock_owned().await)),
            Backend::Postgres => WriterTurn(None),
        }
    }

    /// A write transaction in a turn the caller holds.
    pub async fn write_in_turn(&self, _turn: &WriterTurn) -> sqlx::Result<WriteTx> {
        self.statements.fetch_add(1, Ordering::Relaxed);
        let tx = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        };
        Ok(WriteTx { tx, _turn: None })
    }

    /// A write transaction that holds the offer `offer_id` against every other writer until it
    /// ends, so that what it reads (places taken, dates) stays true until it commits: on SQLite
    /// the one write lock, on PostgreSQL the offer's row.
    pub async fn lock_offer(&self, offer_id: i64) -> sqlx::Result<WriteTx> {
        let mut tx = self.write().await?;
        if self.backend == Backend::Postgres {
            sqlx::query("SELECT id FROM offers WHERE id = $1 FOR UPDATE").bind(offer_id).execute(&mut *tx).await?;
        }
        Ok(tx)
    }

    pub fn statements_run(&self) -> u64 {
        self.statements.load(Ordering::Relaxed)
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Makes sure the file's folder exists and is writable, and asks SQLite to create the file.
fn prepare_sqlite_file(url: &str) -> Result<String, ConnectError> {
    let rest = url.trim_start_matches("sqlite:").trim_start_matches("//");
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    if path.is_empty() || path == ":memory:" {
        return Ok(url.to_owned());
    }
    let folder = Path::new(path).parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let data_folder_error = |source| ConnectError::DataFolder { folder: folder.display().to_string(), source };
    std::fs::create_dir_all(folder).map_err(data_folder_error)?;
    let probe = folder.join(".treffpunkt-write-test");
    std::fs::write(&probe, b"").map_err(data_folder_error)?;
    let _ = std::fs::remove_file(&probe);
    let query = if query.contains("mode=") { query.to_owned() } else { format!("mode=rwc&{query}") };
    Ok(format!("sqlite://{path}?{}", query.trim_end_matches('&')))
}

/// `$first, $first+1, ...` for an IN list of `count` values.
pub(crate) fn placeholders(first: usize, count: usize) -> String {
    (first..first + count).map(|n| format!("${n}")).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backend_follows_the_scheme() {
        assert_eq!(Backend::of_url("sqlite://data/x.db"), Some(Backend::Sqlite));
        assert_eq!(Backend::of_url("postgres://u@h/db"), Some(Backend::Postgres));
        assert_eq!(Backend::of_url("postgresql://u@h/db"), Some(Backend::Postgres));
        assert_eq!(Backend::of_url("mysql://h/db"), None);
        assert_eq!(Backend::of_url("nonsense"), None);
    }

    #[test]
    fn placeholders_are_numbered() {
        assert_eq!(placeholders(2, 3), "$2, $3, $4");
        assert_eq!(placeholders(1, 0), "");
    }
}
