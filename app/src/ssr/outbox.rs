//! Every outgoing email is a row written in the same transaction as its cause; a worker delivers
//! it later. A message is never lost because a mail server was down, and never sent for a change
//! that was rolled back.

use sqlx::FromRow;

use super::db::{Db, sites::site_sender};
use super::links::{self, Link, LinkKey};
use crate::domain::site_mail::SiteMail;
use crate::i18n::Lang;

/// A message ready to send, already written in the recipient's language.
#[derive(Debug, Clone)]
pub struct Email {
    pub kind: &'static str,
    pub recipient: String,
    pub lang: Lang,
    pub subject: String,
    pub body_text: String,
    /// A calendar invite or cancellation (RFC 5546 text with its METHOD).
    pub calendar: Option<String>,
    /// The site the message speaks for: its sender name and reply-to address. None: the server's.
    pub site_id: Option<i64>,
    /// The links the text holds as `links::placeholder(index)`, made when the message is sent.
    pub links: Vec<Link>,
    /// The participant it is for, when it is not about a registration (news of their idea); their
    /// "my" page shows it.
    pub participant_id: Option<i64>,
}

/// How a message's links are stored: their codes, separated by spaces.
fn link_codes(links: &[Link]) -> String {
    links.iter().map(|link| link.code()).collect::<Vec<_>>().join(" ")
}

/// Writes the message beside its cause. A message to a young person who joined without an
/// address (an empty recipient) is not mailed: it is kept as delivered, for their "my" page.
pub async fn enqueue(tx: &mut sqlx::AnyConnection, email: &Email, now: i64) -> sqlx::Result<i64> {
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO outbox (kind, recipient, lang, subject, body_text, created_at, calendar, site_id, links,
                             registration_id, participant_id, sent_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, CASE WHEN $2 = '' THEN $6 END) RETURNING id",
    )
    .bind(email.kind)
    .bind(&email.recipient)
    .bind(email.lang.code())
    .bind(&email.subject)
    .bind(&email.body_text)
    .bind(now)
    .bind(&email.calendar)
    .bind(email.site_id)
    .bind(link_codes(&email.links))
    .bind(email.links.iter().find_map(|link| match link {
        Link::Registration(id) | Link::Consent(id, _) => Some(*id),
        Link::SetPassword(_) | Link::MagicLink(_) | Link::ContactAddress(_) | Link::ContactParent(..) => None,
    }))
    .bind(email.participant_id)
    .fetch_one(&mut *tx)
    .await?;
    Ok(id)
}

#[derive(Debug, Clone, FromRow)]
pub struct Pending {
    pub id: i64,
    pub kind: String,
    pub recipient: String,
    pub lang: String,
    pub subject: String,
    pub body_text: String,
    pub attempts: i64,
    pub calendar: Option<String>,
    pub site_id: Option<i64>,
    pub links: String,
    /// The site's sender settings, read after the claim.
    #[sqlx(skip)]
    pub sender: SiteMail,
}

impl Pending {
    /// The text as the recipient reads it: with its links made.
    pub fn text(&self, public_url: &str, key: &LinkKey) -> String {
        as_sent(&self.body_text, &self.links, public_url, key)
    }
}

/// A stored text as its recipient reads it: the placeholders replaced by the links that `codes`
/// (the row's `links`) name.
pub fn as_sent(body: &str, codes: &str, public_url: &str, key: &LinkKey) -> String {
    let links: Vec<Link> = codes.split_whitespace().filter_map(Link::parse).collect();
    links::fill(body, &links, public_url, key)
}

/// How long a worker holds the rows it claimed; a worker that dies frees them after this.
const CLAIM_SECONDS: i64 = 60;

/// Claims the oldest messages that are due (unsent, attempts left, not held by another worker)
/// for this worker. PostgreSQL skips rows another process is claiming at this moment; SQLite
/// has one writer at a time, so the plain statement is enough there.
pub async fn claim(db: &Db, now: i64, max_attempts: i64, limit: i64) -> sqlx::Result<Vec<Pending>> {
    let skip_locked = match db.backend() {
        super::db::Backend::Postgres => "FOR UPDATE SKIP LOCKED",
        super::db::Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE outbox SET claimed_until = $1 + {CLAIM_SECONDS}
         WHERE id IN (SELECT id FROM outbox
                      WHERE sent_at IS NULL AND attempts < $2 AND next_attempt_at <= $1 AND claimed_until <= $1
                      ORDER BY id LIMIT {limit} {skip_locked})
         RETURNING id, kind, recipient, lang, subject, body_text, attempts, calendar, site_id, links"
    );
    // Only the fixed lock clause and the integer limit are formatted into the statement (a bound
    // LIMIT makes SQLite prepare it again at every run); values are bound.
    let mut tx = db.write().await?;
    let mut claimed: Vec<Pending> =
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(now).bind(max_attempts).fetch_all(&mut *tx).await?;
    tx.commit().await?;
    claimed.sort_by_key(|message| message.id);
    let mut senders: Vec<(i64, SiteMail)> = Vec::new();
    for message in &mut claimed {
        let Some(site_id) = message.site_id else { continue };
        if let Some((_, sender)) = senders.iter().find(|(id, _)| *id == site_id) {
            message.sender = sender.clone();
            continue;
        }
        let sender = site_sender(db, site_id).await?;
        senders.push((site_id, sender.clone()));
        message.sender = sender;
    }
    Ok(claimed)
}

/// Records a batch of delivered messages in one write: the writer's turns go to registrations,
/// not to hundreds of one-row updates a second.
pub async fn mark_sent(db: &Db, ids: &[i64], now: i64) -> sqlx::Result<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let sql = format!(
        "UPDATE outbox SET sent_at = $1, attempts = attempts + 1, last_error = NULL, claimed_until = 0
         WHERE id IN ({})",
        super::db::placeholders(2, ids.len())
    );
    // Only numbered placeholders are formatted into the statement; the ids are bound.
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(now);
    for id in ids {
        query = query.bind(*id);
    }
    let mut tx = db.write().await?;
    query.execute(&mut *tx).await?;
    tx.commit().await
}

/// Records a failed attempt; the message is tried again at `retry_at`, or never (None: the
/// server refused it for good, so staff look at it).
pub async fn mark_failed(db: &Db, id: i64, error: &str, retry_at: Option<i64>, max_attempts: i64) -> sqlx::Result<()> {
    let mut tx = db.write().await?;
    sqlx::query(
        "UPDATE outbox SET attempts = CASE WHEN $3 IS NULL THEN $4 ELSE attempts + 1 END, last_error = $1,
                next_attempt_at = COALESCE($3, next_attempt_at), claimed_until = 0
         WHERE id = $2",
    )
    .bind(error)
    .bind(id)
    .bind(retry_at)
    .bind(max_attempts)
    .execute(&mut *tx)
    .await?;
    tx.commit().await
}

/// A message that could not be delivered, for the staff's list.
#[derive(Debug, Clone, FromRow)]
pub struct Failed {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
}

/// Unsent messages that failed at least once, newest first.
pub async fn failed(db: &Db, limit: i64) -> sqlx::Result<Vec<Failed>> {
    sqlx::query_as(
        "SELECT id, recipient, subject, attempts, last_error, created_at FROM outbox
         WHERE sent_at IS NULL AND last_error IS NOT NULL ORDER BY id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(db.pool())
    .await
}

/// Gives a message its attempts back and makes it due now.
pub async fn retry(db: &Db, id: i64) -> sqlx::Result<bool> {
    let done = sqlx::query(
        "UPDATE outbox SET attempts = 0, next_attempt_at = 0, claimed_until = 0 WHERE id = $1 AND sent_at IS NULL",
    )
    .bind(id)
    .execute(db.pool())
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Messages written before links were kept apart still hold them in full: their registration and
/// consent links become placeholders (sent alike, since the key signs them again), and the
/// single-use sign-in and password links of messages already sent are removed (those of messages
/// still waiting stay, to work once and expire within a week). Runs at every start; a message
/// rewritten once has nothing left to find.
pub async fn seal_legacy(db: &Db, key: &LinkKey) -> sqlx::Result<usize> {
    let found: Vec<(i64, String, Option<i64>)> = sqlx::query_as(
        "SELECT id, body_text, sent_at FROM outbox
         WHERE links = '' AND (body_text LIKE '%/r/%' OR body_text LIKE '%/consent/%'
                               OR body_text LIKE '%/me/open/%' OR body_text LIKE '%/set-password/%')",
    )
    .fetch_all(db.pool())
    .await?;
    let mut sealed = 0;
    for (id, body, sent_at) in found {
        let (body, links) = legacy_links(&body, key, sent_at.is_some());
        if links.is_empty() && !body.contains(REMOVED) {
            continue;
        }
        let mut tx = db.write().await?;
        sqlx::query("UPDATE outbox SET body_text = $1, links = $2 WHERE id = $3")
            .bind(&body)
            .bind(link_codes(&links))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        sealed += 1;
    }
    Ok(sealed)
}

/// What stands where a used single-use link was.
const REMOVED: &str = "[link removed]";

/// The body with each link that `key` signed as a placeholder, and those links.
fn legacy_links(body: &str, key: &LinkKey, sent: bool) -> (String, Vec<Link>) {
    let mut links = Vec::new();
    let lines: Vec<String> = body
        .split('\n')
        .map(|line| {
            line.split(' ')
                .map(|word| {
                    let Some((_, path)) = word.split_once("://").and_then(|(_, rest)| rest.split_once('/')) else {
                        return word.to_owned();
                    };
                    let (path, query) = path.split_once('?').unwrap_or((path, ""));
                    let signed = if let Some(token) = path.strip_prefix("r/") {
                        key.verify(links::Purpose::Registration, token).map(Link::Registration)
                    } else if let Some(token) = path.strip_prefix("consent/") {
                        let lang = query.strip_prefix("lang=").and_then(Lang::from_code).unwrap_or_default();
                        key.verify(links::Purpose::Consent, token).map(|id| Link::Consent(id, lang))
                    } else {
                        None
                    };
                    match signed {
                        Some(link) => {
                            links.push(link);
                            links::placeholder(links.len() - 1)
                        }
                        None if sent && (path.starts_with("me/open/") || path.starts_with("staff/set-password/")) => {
                            REMOVED.to_owned()
                        }
                        None => word.to_owned(),
                    }
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    (lines.join("\n"), links)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_bodies_lose_their_links_and_get_them_back_when_sent() {
        let key = LinkKey::from_secret("test key");
        let registration = Link::Registration(42).url("https://t.example", &key);
        let consent = Link::Consent(43, Lang::Fa).url("https://t.example", &key);
        let body = format!(
            "Hallo,\n{registration}\nEltern: {consent}\nhttps://t.example/me/open/abc\nhttps://t.example/r/1-forged"
        );
        let (sealed, links) = legacy_links(&body, &key, true);
        assert_eq!(links, [Link::Registration(42), Link::Consent(43, Lang::Fa)]);
        assert!(
            !sealed.contains("/r/42-") && !sealed.contains("/consent/") && !sealed.contains("/me/open/"),
            "{sealed}"
        );
        assert!(sealed.contains("https://t.example/r/1-forged"), "what the key did not sign stays: {sealed}");
        assert_eq!(
            links::fill(&sealed, &links, "https://t.example", &key),
            body.replace("https://t.example/me/open/abc", REMOVED)
        );
        let (unsent, _) = legacy_links(&body, &key, false);
        assert!(unsent.contains("/me/open/abc"), "a waiting message keeps its single-use link");
    }
}
