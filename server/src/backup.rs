//! `server backup FILE` and `server restore --check FILE`: a consistent copy of the SQLite
//! database while the server runs, and the proof that a copy opens, migrates and is cleaned by
//! the retention rules before it is put back. PostgreSQL has `pg_dump` and `pg_restore` for this
//! (see the README).

use std::path::Path;

use anyhow::{Context, bail};
use app::ssr::db::{Backend, Db};
use app::ssr::privacy::retention;

/// Writes a consistent copy of the running database to `file` (SQLite's `VACUUM INTO`: one read
/// transaction, so writers go on while it runs). Refuses to overwrite a file.
pub async fn backup(db: &Db, file: &Path) -> anyhow::Result<()> {
    if db.backend() == Backend::Postgres {
        bail!("a PostgreSQL database is backed up with pg_dump --format=custom (see the README)");
    }
    if file.exists() {
        bail!("{} exists already; a backup never overwrites a file", file.display());
    }
    let target = file.to_str().context("the backup's path is not UTF-8")?;
    sqlx::query("VACUUM INTO $1").bind(target).execute(db.pool()).await.context("writing the backup")?;
    Ok(())
}

/// What a checked backup holds, and what the retention rules removed from it.
#[derive(Debug)]
pub struct Checked {
    pub offers: i64,
    pub participants: i64,
    pub registrations: i64,
    pub removed: retention::Report,
}

/// Opens a copy of the backup `file` (the file itself is not changed), checks its integrity,
/// applies every migration of this version and runs the retention rules as of `now`.
pub async fn check(file: &Path, now: i64) -> anyhow::Result<Checked> {
    if !file.is_file() {
        bail!("no backup at {}", file.display());
    }
    let dir = tempfile_dir()?;
    let copy = dir.join("restored.db");
    std::fs::copy(file, &copy).with_context(|| format!("cannot copy {}", file.display()))?;
    let result = async {
        let db = Db::connect(&format!("sqlite://{}", copy.display()), 1).await?;
        let (integrity,): (String,) = sqlx::query_as("PRAGMA integrity_check").fetch_one(db.pool()).await?;
        if integrity != "ok" {
            bail!("the backup is damaged: {integrity}");
        }
        db.migrate().await.context("the backup does not take this version's migrations")?;
        let removed = retention::run(&db, now).await?.unwrap_or_default();
        let count = |table: &str| {
            let sql = format!("SELECT COUNT(*) FROM {table}");
            let db = db.clone();
            async move {
                let (n,): (i64,) = sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_one(db.pool()).await?;
                Ok::<_, sqlx::Error>(n)
            }
        };
        let checked = Checked {
            offers: count("offers").await?,
            participants: count("participants").await?,
            registrations: count("registrations").await?,
            removed,
        };
        db.close().await;
        Ok(checked)
    }
    .await;
    let _ = std::fs::remove_dir_all(&dir);
    result
}

/// A folder of its own beside the system's temporary files.
fn tempfile_dir() -> anyhow::Result<std::path::PathBuf> {
    let unique = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default().as_nanos();
    let dir = std::env::temp_dir().join(format!("treffpunkt-restore-{}-{unique}", std::process::id()));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    Ok(dir)
}
