//! Delivers outbox rows: over SMTP when `SMTP_URL` is set, otherwise as .eml files under the
//! outbox folder (./data/outbox by default), so a developer can open one and click its link.
//! Delivery is at least once: a row is marked sent after the server accepted it, and a worker that
//! dies mid-send leaves its claim to expire, so the row is sent again with the same Message-ID.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use app::ssr::db::Db;
use app::ssr::links::LinkKey;
use app::ssr::outbox::{self, Pending};
use app::ssr::redact;
use futures::StreamExt;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

/// Attempts before a message is left for staff to look at.
pub const MAX_ATTEMPTS: i64 = 6;
const BATCH: i64 = 50;

/// The wait before attempt `attempts + 1`: a minute, then four times longer each time (1 min,
/// 4 min, 16 min, about an hour, about four hours).
pub fn backoff_seconds(attempts: i64) -> i64 {
    60 * 4_i64.pow(u32::try_from(attempts.clamp(0, 5)).unwrap_or(5))
}

#[derive(Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>),
}

/// How a failed attempt ends: try again later, or give up (the server refused the message).
enum Failure {
    Transient(anyhow::Error),
    Permanent(anyhow::Error),
}

/// Where the links in messages point and the key that signs them: the outbox holds placeholders,
/// the links are made here, as each message goes out.
#[derive(Clone)]
pub struct LinkMaking {
    pub public_url: String,
    pub key: LinkKey,
}

#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: Transport,
    links: LinkMaking,
}

impl Mailer {
    pub fn to_files(folder: PathBuf, from: Mailbox, links: LinkMaking) -> anyhow::Result<Self> {
        std::fs::create_dir_all(&folder)
            .with_context(|| format!("the outbox folder {} cannot be created", folder.display()))?;
        Ok(Mailer { from, transport: Transport::Files(AsyncFileTransport::new(folder)), links })
    }

    /// `smtp://user:pass@host:587?tls=required` (STARTTLS) or `smtps://user:pass@host:465`.
    pub fn to_smtp(url: &str, from: Mailbox, links: LinkMaking) -> anyhow::Result<Self> {
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            // The URL holds a password: the error names the setting, never the value.
            .map_err(|_| anyhow::anyhow!("SMTP_URL is not a valid smtp:// or smtps:// address"))?
            .timeout(Some(Duration::from_secs(20)))
            .build();
        Ok(Mailer { from, transport: Transport::Smtp(transport), links })
    }

    /// The message as sent: plain text and the same as simple HTML (right to left where the
    /// language is written so), with its links made, and a Message-ID that stays the same across
    /// retries.
    fn compose(&self, message: &Pending) -> anyhow::Result<Message> {
        let lang = app::i18n::Lang::from_code(&message.lang).unwrap_or_default();
        let text = message.text(&self.links.public_url, &self.links.key);
        let html = html_body(&text, lang.code(), lang.dir());
        let mut builder = Message::builder()
            .from(self.sender(message)?)
            .to(message.recipient.parse().context("recipient address")?)
            .subject(&message.subject)
            .message_id(Some(format!("<outbox-{}@{}>", message.id, self.from.email.domain())));
        if let Some(reply_to) = &message.sender.reply_to {
            builder = builder.reply_to(reply_to.parse().context("the site's reply-to address")?);
        }
        let Some(calendar) = &message.calendar else {
            return Ok(builder.multipart(MultiPart::alternative_plain_html(text, html))?);
        };
        // The invite inside the alternative parts makes mail apps show "add" or "update"; the same
        // file as an attachment serves those that do not.
        let method = if calendar.contains("METHOD:CANCEL") { "CANCEL" } else { "REQUEST" };
        let calendar_type = ContentType::parse(&format!("text/calendar; method={method}; charset=utf-8"))?;
        let alternative = MultiPart::alternative()
            .singlepart(SinglePart::plain(text))
            .singlepart(SinglePart::html(html))
            .singlepart(SinglePart::builder().header(calendar_type.clone()).body(calendar.clone()));
        let attachment = Attachment::new("invite.ics".to_owned()).body(calendar.clone(), calendar_type);
        Ok(builder.multipart(MultiPart::mixed().multipart(alternative).singlepart(attachment))?)
    }

    /// The site's sender name and address where it set them, else the server's.
    fn sender(&self, message: &Pending) -> anyhow::Result<Mailbox> {
        let email = match &message.sender.from_address {
            Some(address) => address.parse().context("the site's sender address")?,
            None => self.from.email.clone(),
        };
        let name = message.sender.from_name.clone().or_else(|| self.from.name.clone());
        Ok(Mailbox::new(name, email))
    }

    async fn send(&self, message: &Pending) -> Result<(), Failure> {
        let email = self.compose(message).map_err(Failure::Permanent)?;
        match &self.transport {
            Transport::Files(files) => files.send(email).await.map(|_| ()).map_err(|e| Failure::Transient(e.into())),
            Transport::Smtp(smtp) => smtp.send(email).await.map(|_| ()).map_err(|error| {
                if error.is_permanent() { Failure::Permanent(error.into()) } else { Failure::Transient(error.into()) }
            }),
        }
    }
}

/// The text as HTML: escaped, paragraphs at blank lines, line breaks kept, links clickable. No
/// images and nothing loaded from elsewhere.
pub fn html_body(text: &str, lang: &str, dir: &str) -> String {
    let escape =
        |text: &str| text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    let paragraphs: Vec<String> = text
        .split("\n\n")
        .filter(|paragraph| !paragraph.trim().is_empty())
        .map(|paragraph| {
            let lines: Vec<String> = paragraph
                .lines()
                .map(|line| {
                    line.split(' ')
                        .map(|word| {
                            if word.starts_with("https://") || word.starts_with("http://") {
                                let url = escape(word);
                                format!("<a href=\"{url}\" style=\"word-break:break-all\">{url}</a>")
                            } else {
                                escape(word)
                            }
                        })
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect();
            format!("<p>{}</p>", lines.join("<br>"))
        })
        .collect();
    format!(
        "<!doctype html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>\
         <body style=\"font-family:sans-serif;line-height:1.5\">{}</body></html>",
        paragraphs.join("")
    )
}

/// Messages in flight at once. Each SMTP exchange mostly waits: on the network, and on lettre
/// writing a message's final dot separately, which Nagle's algorithm holds until the server's
/// delayed ACK (about 40 ms). Several pooled connections side by side hide that wait.
const PARALLEL: usize = 8;

/// Sends what is due, once; returns how many were delivered.
pub async fn dispatch_pending(db: &Db, mailer: &Mailer) -> anyhow::Result<usize> {
    dispatch_due(db, mailer, chrono::Utc::now().timestamp()).await
}

/// Sends what is due at `now`, once: tests step the worker through hours of retries this way.
pub async fn dispatch_due(db: &Db, mailer: &Mailer, now: i64) -> anyhow::Result<usize> {
    let claimed = outbox::claim(db, now, MAX_ATTEMPTS, BATCH).await?;
    let attempts: Vec<(Pending, Result<(), Failure>)> = futures::stream::iter(claimed)
        .map(|message| async move {
            let outcome = mailer.send(&message).await;
            (message, outcome)
        })
        .buffer_unordered(PARALLEL)
        .collect()
        .await;
    let mut sent = Vec::with_capacity(attempts.len());
    for (message, outcome) in attempts {
        match outcome {
            Ok(()) => sent.push(message.id),
            Err(failure) => record_failure(db, &message, failure, now).await?,
        }
    }
    // Delivered messages are recorded together after the batch: a process that dies before
    // this sends them again, with the same Message-ID, when their claim runs out.
    outbox::mark_sent(db, &sent, now).await?;
    Ok(sent.len())
}

/// A failed attempt: tried again later, or given up.
async fn record_failure(db: &Db, message: &Pending, failure: Failure, now: i64) -> anyhow::Result<()> {
    let (error, retry_at) = match failure {
        Failure::Transient(error) => (error, Some(now + backoff_seconds(message.attempts))),
        Failure::Permanent(error) => (error, None),
    };
    // A refusal often names the recipient ("550 <address> unknown"): neither log nor list keeps it.
    let error = redact::addresses(&format!("{error:#}"));
    match retry_at {
        Some(_) => tracing::warn!(id = message.id, kind = message.kind, error, "delivery failed, will retry"),
        None => tracing::error!(id = message.id, kind = message.kind, error, "delivery refused, given up"),
    }
    outbox::mark_failed(db, message.id, &error, retry_at, MAX_ATTEMPTS).await?;
    Ok(())
}

/// Delivers every few seconds until the server stops; while full batches keep coming (a message
/// to everyone registered), without pausing.
pub async fn run_until_stopped(db: Db, mailer: Mailer, mut stop: tokio::sync::watch::Receiver<bool>) {
    loop {
        match dispatch_pending(&db, &mailer).await {
            Ok(delivered) if delivered == BATCH as usize && !*stop.borrow() => continue,
            Ok(_) => {}
            Err(error) => tracing::error!(error = redact::addresses(&format!("{error:#}")), "outbox dispatch failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(2)) => {}
            _ = stop.changed() => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_four_times_and_stops_growing() {
        let waits: Vec<i64> = (0..7).map(backoff_seconds).collect();
        assert_eq!(waits, [60, 240, 960, 3840, 15360, 61440, 61440]);
    }

    #[test]
    fn html_is_escaped_with_links_and_direction() {
        let html = html_body("Hallo <b>Amira</b>,\n\nLink: https://x.example/r/1-a\nBis bald", "ar", "rtl");
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(html.contains("<p>Hallo &lt;b&gt;Amira&lt;/b&gt;,</p>"));
        assert!(html.contains(
            "<a href=\"https://x.example/r/1-a\" style=\"word-break:break-all\">https://x.example/r/1-a</a><br>Bis bald"
        ));
        assert!(!html.contains("<img"));
    }
}
