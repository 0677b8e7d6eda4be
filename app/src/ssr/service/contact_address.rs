//! An address for messages, which a young person who joined with a code may add on their "my"
//! page. Nothing of it is kept until its owner confirms it from the message sent to it, and for
//! someone who may be under 16 until a parent agrees as well (a consent for 'contact-email').
//! From then on their messages go by email too, and not only to the "my" page.

use sqlx::{AnyConnection, FromRow};

use crate::domain::co_design_form::ContactAddress;
use crate::domain::registration::{ConsentMethod, ConsentPurpose, GivenBy, name_key};
use crate::i18n::Lang;
use crate::ssr::db::Db;
use crate::ssr::db::consents::{self, ConsentOf, Given};
use crate::ssr::links::{self, Link, LinkKey};
use crate::ssr::outbox::{self, Email};
use crate::ssr::rate_limit::{self, Counted, FORM_MAIL_PER_ADDRESS, Limit, PER_NETWORK};

/// How long the links of a request work.
pub const REQUEST_SECONDS: i64 = 7 * 24 * 3600;
/// Addresses one person asks for in a day: a typo corrected, not somebody's mailbox flooded.
pub const PER_PERSON: Limit = Limit { max_hits: 5, window_seconds: 24 * 3600 };

#[derive(Debug, PartialEq, Eq)]
pub enum Requested {
    /// A message with the confirmation link went to the address.
    Sent,
    Limited,
    /// The person has an address already.
    NotForThem,
}

/// A joined person's request for an address: the message to the address is written in the same
/// transaction; an older request of theirs is replaced.
pub async fn request(
    db: &Db,
    key: &LinkKey,
    participant_id: i64,
    given: &ContactAddress,
    network: &str,
    now: i64,
) -> sqlx::Result<Requested> {
    let person = participant_id.to_string();
    let buckets = [
        (Counted::Link { what: "contact-address", address: &person }.bucket(key), PER_PERSON),
        (Counted::FormMail(&given.email).bucket(key), FORM_MAIL_PER_ADDRESS),
        (Counted::Network { what: "contact-address", network }.bucket(key), PER_NETWORK),
    ];
    for (bucket, limit) in &buckets {
        if !rate_limit::hit(db, bucket, *limit, now).await? {
            return Ok(Requested::Limited);
        }
    }
    let mut tx = db.write().await?;
    let person: Option<(i64, String)> =
        sqlx::query_as("SELECT site_id, lang FROM participants WHERE id = $1 AND email IS NULL")
            .bind(participant_id)
            .fetch_optional(&mut *tx)
            .await?;
    let Some((site_id, lang)) = person else { return Ok(Requested::NotForThem) };
    sqlx::query("DELETE FROM contact_requests WHERE participant_id = $1")
        .bind(participant_id)
        .execute(&mut *tx)
        .await?;
    let (parent_email, parent_lang) = given.parent.clone().unzip();
    let (id,): (i64,) = sqlx::query_as(
        "INSERT INTO contact_requests (participant_id, email, parent_email, parent_lang, created_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(participant_id)
    .bind(&given.email)
    .bind(parent_email)
    .bind(parent_lang)
    .bind(now)
    .bind(now + REQUEST_SECONDS)
    .fetch_one(&mut *tx)
    .await?;
    let lang = Lang::from_code(&lang).unwrap_or_default();
    // Not for the "my" page (no participant id): whoever holds the phone must not confirm an
    // address by reading its link there.
    let message = Email {
        kind: "contact-address",
        recipient: given.email.clone(),
        lang,
        subject: lang.t("mail-contact-address-subject"),
        body_text: lang.t_with("mail-contact-address-body", &[("link", links::placeholder(0).into())]),
        calendar: None,
        site_id: Some(site_id),
        links: vec![Link::ContactAddress(id)],
        participant_id: None,
    };
    outbox::enqueue(&mut tx, &message, now).await?;
    tx.commit().await?;
    Ok(Requested::Sent)
}

/// A request as its links find it.
#[derive(Debug, Clone, FromRow)]
pub struct Request {
    pub id: i64,
    pub participant_id: i64,
    pub email: String,
    pub parent_email: Option<String>,
    pub parent_lang: Option<String>,
    pub confirmed_at: Option<i64>,
    pub nickname: String,
    pub birth_year: i64,
    pub lang: String,
    pub site_id: i64,
    pub site: String,
}

const REQUEST_SELECT: &str = "SELECT c.id, c.participant_id, c.email, c.parent_email, c.parent_lang, c.confirmed_at,
        p.first_name AS nickname, p.birth_year, p.lang, p.site_id, s.name AS site
    FROM contact_requests c JOIN participants p ON p.id = c.participant_id JOIN sites s ON s.id = p.site_id";

/// The request `id` while its links work.
pub async fn find(conn: &mut AnyConnection, id: i64, now: i64) -> sqlx::Result<Option<Request>> {
    let sql = format!("{REQUEST_SELECT} WHERE c.id = $1 AND c.expires_at > $2");
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).bind(now).fetch_optional(&mut *conn).await
}

/// `find` for a page: the request a link names, if its links still work.
pub async fn open(db: &Db, id: i64, now: i64) -> sqlx::Result<Option<Request>> {
    find(&mut *db.pool().acquire().await?, id, now).await
}

/// The request of a person that still waits for an answer: for their "my" page.
pub async fn waiting(db: &Db, participant_id: i64, now: i64) -> sqlx::Result<Option<Request>> {
    let sql = format!("{REQUEST_SELECT} WHERE c.participant_id = $1 AND c.expires_at > $2");
    sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(participant_id).bind(now).fetch_optional(db.pool()).await
}

#[derive(Debug, PartialEq, Eq)]
pub enum Answered {
    /// The address is on the person's record now.
    Kept,
    /// The owner confirmed; the parent was asked (once) and has not answered yet.
    ParentAsked,
    /// The parent said no: the request is gone, nothing was kept.
    Declined,
    /// Another record of the site has this address and name: nothing was kept.
    Taken,
    /// No such request, or past its time, or answered already.
    Gone,
}

/// The owner of the address confirms it (the link in the message to it).
pub async fn confirm(db: &Db, id: i64, now: i64) -> sqlx::Result<Answered> {
    let mut tx = db.write().await?;
    let Some(request) = find(&mut tx, id, now).await? else { return Ok(Answered::Gone) };
    let answered = match (&request.parent_email, &request.parent_lang) {
        (None, _) => {
            let lang = Lang::from_code(&request.lang).unwrap_or_default();
            keep(&mut tx, &request, (GivenBy::Person, lang), now).await?
        }
        (Some(_), _) if request.confirmed_at.is_some() => Answered::ParentAsked,
        (Some(parent_email), parent_lang) => {
            sqlx::query("UPDATE contact_requests SET confirmed_at = $1 WHERE id = $2")
                .bind(now)
                .bind(id)
                .execute(&mut *tx)
                .await?;
            let lang = parent_lang.as_deref().and_then(Lang::from_code).unwrap_or_default();
            let args = [
                ("nickname", lang.isolate(&request.nickname).into()),
                ("site", lang.isolate(&request.site).into()),
                ("email", lang.isolate(&request.email).into()),
                ("link", links::placeholder(0).into()),
            ];
            let message = Email {
                kind: "contact-parent",
                recipient: parent_email.clone(),
                lang,
                subject: lang.t_with("mail-contact-parent-subject", &args),
                body_text: lang.t_with("mail-contact-parent-body", &args),
                calendar: None,
                site_id: Some(request.site_id),
                links: vec![Link::ContactParent(id, lang)],
                participant_id: None,
            };
            outbox::enqueue(&mut tx, &message, now).await?;
            Answered::ParentAsked
        }
    };
    tx.commit().await?;
    Ok(answered)
}

/// A parent's answer (the link in the message to them, after their child confirmed). `lang` is
/// the language the parent read the question in.
pub async fn answer_parent(db: &Db, id: i64, yes: bool, lang: Lang, now: i64) -> sqlx::Result<Answered> {
    let mut tx = db.write().await?;
    let Some(request) = find(&mut tx, id, now).await?.filter(|request| request.confirmed_at.is_some()) else {
        return Ok(Answered::Gone);
    };
    let answered = if yes {
        keep(&mut tx, &request, (GivenBy::Parent, lang), now).await?
    } else {
        sqlx::query("DELETE FROM contact_requests WHERE id = $1").bind(id).execute(&mut *tx).await?;
        Answered::Declined
    };
    tx.commit().await?;
    Ok(answered)
}

/// Puts the address (and the parent who agreed) on the record, with the consent as given.
async fn keep(
    tx: &mut AnyConnection,
    request: &Request,
    (by, lang): (GivenBy, Lang),
    now: i64,
) -> sqlx::Result<Answered> {
    sqlx::query("DELETE FROM contact_requests WHERE id = $1").bind(request.id).execute(&mut *tx).await?;
    let (taken,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM participants WHERE site_id = $1 AND email = $2 AND name_key = $3")
            .bind(request.site_id)
            .bind(&request.email)
            .bind(name_key(&request.nickname))
            .fetch_one(&mut *tx)
            .await?;
    if taken > 0 {
        return Ok(Answered::Taken);
    }
    let kept = sqlx::query(
        "UPDATE participants SET email = $1, parent_email = COALESCE($2, parent_email),
                                 parent_lang = COALESCE($3, parent_lang), updated_at = $4
         WHERE id = $5 AND email IS NULL",
    )
    .bind(&request.email)
    .bind(&request.parent_email)
    .bind(&request.parent_lang)
    .bind(now)
    .bind(request.participant_id)
    .execute(&mut *tx)
    .await?;
    if kept.rows_affected() == 0 {
        return Ok(Answered::Gone);
    }
    let given = Given {
        of: ConsentOf::Person(request.participant_id),
        purpose: ConsentPurpose::ContactEmail,
        given_by: by,
        method: ConsentMethod::Online,
        recorded_by: None,
        text: (lang.code(), lang.consent_version()),
    };
    consents::record(tx, &given, now).await?;
    Ok(Answered::Kept)
}

/// The person takes their address back: messages go to their "my" page only again. Only for
/// those who joined with a code, whose session does not rest on the address.
pub async fn remove(db: &Db, participant_id: i64, now: i64) -> sqlx::Result<bool> {
    let mut tx = db.write().await?;
    let removed =
        sqlx::query("UPDATE participants SET email = NULL, updated_at = $1 WHERE id = $2 AND reentry_hash IS NOT NULL")
            .bind(now)
            .bind(participant_id)
            .execute(&mut *tx)
            .await?
            .rows_affected()
            > 0;
    if removed {
        sqlx::query("DELETE FROM contact_requests WHERE participant_id = $1")
            .bind(participant_id)
            .execute(&mut *tx)
            .await?;
        consents::withdraw(&mut tx, participant_id, ConsentPurpose::ContactEmail, now).await?;
    }
    tx.commit().await?;
    Ok(removed)
}
