//! Delivers outbox rows. Until SMTP delivery exists, each message becomes an .eml file under the
//! outbox folder (./data/outbox by default), so a developer can open it and click its link.

use std::path::PathBuf;

use anyhow::Context;
use app::ssr::db::Db;
use app::ssr::outbox::{self, Pending};
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncFileTransport, AsyncTransport, Message, Tokio1Executor};

/// Attempts before a message is left for staff to look at.
pub const MAX_ATTEMPTS: i64 = 5;
const BATCH: i64 = 50;

#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: AsyncFileTransport<Tokio1Executor>,
}

impl Mailer {
    pub fn to_files(folder: PathBuf, from: Mailbox) -> anyhow::Result<Self> {
        std::fs::create_dir_all(&folder)
            .with_context(|| format!("the outbox folder {} cannot be created", folder.display()))?;
        Ok(Mailer { from, transport: AsyncFileTransport::new(folder) })
    }

    fn compose(&self, message: &Pending) -> anyhow::Result<Message> {
        Ok(Message::builder()
            .from(self.from.clone())
            .to(message.recipient.parse().context("recipient address")?)
            .subject(&message.subject)
            // Stable per outbox row: a retried delivery is recognisably the same message.
            .message_id(Some(format!("<outbox-{}@treffpunkt>", message.id)))
            .header(ContentType::TEXT_PLAIN)
            .body(message.body_text.clone())?)
    }
}

/// Sends what is waiting, once; returns how many were delivered. Tests call this by hand.
pub async fn dispatch_pending(db: &Db, mailer: &Mailer) -> anyhow::Result<usize> {
    let mut delivered = 0;
    for message in outbox::pending(db, MAX_ATTEMPTS, BATCH).await? {
        let result = match mailer.compose(&message) {
            Ok(email) => mailer.transport.send(email).await.map(|_| ()).map_err(anyhow::Error::from),
            Err(error) => Err(error),
        };
        match result {
            Ok(()) => {
                outbox::mark_sent(db, message.id, chrono::Utc::now().timestamp()).await?;
                delivered += 1;
            }
            Err(error) => {
                tracing::warn!(id = message.id, kind = message.kind, %error, "delivery failed");
                outbox::mark_failed(db, message.id, &format!("{error:#}")).await?;
            }
        }
    }
    Ok(delivered)
}

/// Delivers every few seconds until the server stops.
pub async fn run_until_stopped(db: Db, mailer: Mailer, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        if let Err(error) = dispatch_pending(&db, &mailer).await {
            tracing::error!(error = %format!("{error:#}"), "outbox dispatch failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(std::time::Duration::from_secs(2)) => {}
            _ = stop.changed() => return,
        }
    }
}
