//! Background work besides mail delivery: releasing places whose consent request went
//! unanswered, and reminders before each date. Every step is safe to run in several server
//! processes at once: consents are re-checked under the offer's lock, and a reminder is claimed
//! by a unique row written with its message.

use app::ssr::db::Db;
use app::ssr::links::LinkKey;
use app::ssr::privacy::retention;
use app::ssr::rate_limit;
use app::ssr::service::registrations::{Links, expire_consents};
use app::ssr::service::reminders;

/// How often held places are checked; a place is released at most this late.
const EVERY: std::time::Duration = std::time::Duration::from_secs(60);

pub async fn run_until_stopped(
    db: Db,
    (public_url, organizer): (String, String),
    key: LinkKey,
    mut stop: tokio::sync::watch::Receiver<bool>,
) {
    loop {
        let links = Links { public_url: &public_url, key: &key, organizer: &organizer };
        match expire_consents(&db, links, chrono::Utc::now().timestamp()).await {
            Ok(0) => {}
            Ok(released) => tracing::info!(released, "places of unanswered consent requests released"),
            Err(error) => tracing::error!(%error, "releasing expired consent requests failed"),
        }
        if let Err(error) = reminders::send_due(&db, chrono::Utc::now().timestamp()).await {
            tracing::error!(%error, "sending reminders failed");
        }
        if let Err(error) = purge_counters(&db, chrono::Utc::now().timestamp()).await {
            tracing::error!(%error, "removing old rate-limit counters failed");
        }
        match retention::run(&db, chrono::Utc::now().timestamp()).await {
            Ok(Some(report)) => tracing::info!(?report, "personal data past its period deleted"),
            Ok(None) => {}
            Err(error) => tracing::error!(%error, "the retention run failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(EVERY) => {}
            _ = stop.changed() => return,
        }
    }
}

/// Rate-limit counters are kept only while their window can still matter.
async fn purge_counters(db: &Db, now: i64) -> sqlx::Result<()> {
    let mut tx = db.write().await?;
    rate_limit::purge(&mut tx, now).await?;
    tx.commit().await
}
