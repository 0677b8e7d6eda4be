//! Registering, cancelling, a parent's answer and expiry. Each runs in one transaction that
//! first locks the offer, so that two people can never both get the last place: the decision
//! (domain/registration.rs) is taken on counts nobody else can change until the commit, and the
//! messages it causes are written to the outbox in the same transaction.

use std::collections::{HashMap, VecDeque};

use chrono::{DateTime, Datelike};
use sqlx::AnyConnection;
use tokio::sync::oneshot;

use crate::domain::offer::{Audience, Registration, Visibility};
use crate::domain::registration::{
    Admission, Applicant, CONSENT_HOLD_SECONDS, ConsentMethod, ConsentPurpose, GivenBy, Ineligible, PaperConsent,
    PhotoPermission, Rules, Status, admit, beyond_network_share, consent_missing, eligibility, needs_consent,
    needs_trip_consent, photo_permission, promote,
};
use crate::domain::schedule::LocalSpan;
use crate::i18n::Lang;
use crate::ssr::audit::{self, Entry};
use crate::ssr::calendar::{Invite, Method};
use crate::ssr::db::calendar::FeedDate;
use crate::ssr::db::registrations::{self as stored, GivenConsent, NewRegistration, OfferForRegistration, Scope};
use crate::ssr::db::{Backend, Db, WriterTurn};
use crate::ssr::db::{consents, participants};
use crate::ssr::links::{self, Link, LinkKey};
use crate::ssr::outbox::{self, Email};
use crate::ssr::rate_limit::{self, Counted};

/// How far back places taken from one network count against its share.
const NETWORK_WINDOW_SECONDS: i64 = 60 * 60;

/// What links in messages need: where the site is, and the key that signs them.
#[derive(Clone, Copy)]
pub struct Links<'a> {
    pub public_url: &'a str,
    pub key: &'a LinkKey,
    /// The address calendar invites come from (their ORGANIZER).
    pub organizer: &'a str,
}

impl Links<'_> {
    fn host(&self) -> &str {
        self.public_url.split("://").nth(1).unwrap_or(self.public_url).split('/').next().unwrap_or("treffpunkt")
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Registered now (or by this very form a moment ago: a double tap): the registration's id.
    Registered {
        id: i64,
        status: Status,
    },
    /// The form named a person already on file and nothing proved it was them: whatever
    /// happened (a new registration, or one that existed) went by email to the address on file,
    /// and the form learns nothing about it.
    LinkSent,
    /// Staff added somebody who is registered here already.
    AlreadyRegistered,
    /// Too many messages to the address, or consent requests to the parent, in a short time.
    Limited,
    Ineligible(Ineligible),
    /// No such offer or date.
    Gone,
}

fn year_of(instant: i64) -> i64 {
    DateTime::from_timestamp(instant, 0).map_or(2000, |at| i64::from(at.year()))
}

/// Who registers: the young person (every rule applies), or staff adding a walk-in (the window
/// and the age range are theirs to judge; places and the waiting list still hold).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Participant,
    Staff,
}

/// A registration to write: for which offer (and date), who, in which language, by whom, when,
/// and what proves who is asking.
#[derive(Debug, Clone)]
pub struct Request {
    pub target: (i64, Option<i64>),
    pub applicant: Applicant,
    pub lang: Lang,
    pub by: By,
    pub now: i64,
    pub proof: Proof,
    /// The client's network as `LinkKey::network` writes it; None for staff.
    pub network: Option<String>,
}

/// What a form brings besides what was typed into it.
#[derive(Debug, Clone, Default)]
pub struct Proof {
    /// The hash of the form's verified one-time token (see `LinkKey::form_token`), as stored.
    pub form: Option<String>,
    /// The browser opened a magic link of the address typed in ("My registrations").
    pub owns_address: bool,
    /// The form carried the offer's invitation, or came from a signed-in account: it may register
    /// for an offer that is not public.
    pub may_see_hidden: bool,
    /// The participant a join-code session proved (a nickname without an address): the
    /// registration is theirs, whatever the form says.
    pub member: Option<i64>,
}

/// Registers `applicant` for the offer (or, for offers with registration per date, the date).
/// PostgreSQL writes each in its own transaction holding the offer's row; on SQLite, the desk
/// writes those that arrive together in one transaction.
pub async fn register(db: &Db, desk: &Desk, links: Links<'_>, request: Request) -> sqlx::Result<Outcome> {
    if db.backend() == Backend::Sqlite {
        return desk.register(db, links, request).await;
    }
    let mut tx = db.lock_offer(request.target.0).await?;
    let outcome = decide(&mut tx, links, &request).await?;
    tx.commit().await?;
    Ok(outcome)
}

/// Registrations that wait for SQLite's one writer. Whoever gets the writer's turn next writes
/// all that are waiting in one transaction (group commit): BEGIN, COMMIT and the thread hand-offs
/// around them are paid once per group instead of once per person, in the order people came.
#[derive(Default)]
pub struct Desk {
    waiting: std::sync::Mutex<VecDeque<(Request, oneshot::Sender<sqlx::Result<Outcome>>)>>,
}

/// At most this many registrations share a transaction, so that nobody waits behind a crowd.
const GROUP_LIMIT: usize = 64;

impl Desk {
    async fn register(&self, db: &Db, links: Links<'_>, request: Request) -> sqlx::Result<Outcome> {
        loop {
            let (answer, mut answered) = oneshot::channel();
            self.lock().push_back((request.clone(), answer));
            loop {
                let turn = db.writer_turn().await;
                let group: Vec<_> = {
                    let mut waiting = self.lock();
                    let take = waiting.len().min(GROUP_LIMIT);
                    waiting.drain(..take).collect()
                };
                if !group.is_empty() {
                    write_group(db, &turn, links, group).await;
                }
                drop(turn);
                match answered.try_recv() {
                    Ok(outcome) => return outcome,
                    Err(oneshot::error::TryRecvError::Empty) => continue,
                    // The request that was writing our group went away (its browser left) before
                    // answering. Writing again is safe: a rolled-back group left nothing, and a
                    // committed one answers as a double tap.
                    Err(oneshot::error::TryRecvError::Closed) => break,
                }
            }
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, VecDeque<(Request, oneshot::Sender<sqlx::Result<Outcome>>)>> {
        // A panic elsewhere while holding it leaves a queue that is still whole.
        self.waiting.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Writes a group in one transaction and answers each; when anything fails, each is tried again
/// on its own, so that one person's problem is nobody else's.
async fn write_group(
    db: &Db,
    turn: &WriterTurn,
    links: Links<'_>,
    group: Vec<(Request, oneshot::Sender<sqlx::Result<Outcome>>)>,
) {
    let together = async {
        let mut tx = db.write_in_turn(turn).await?;
        let mut outcomes = Vec::with_capacity(group.len());
        for (request, _) in &group {
            outcomes.push(decide(&mut tx, links, request).await?);
        }
        tx.commit().await?;
        Ok::<_, sqlx::Error>(outcomes)
    };
    match together.await {
        Ok(outcomes) => {
            for ((_, answer), outcome) in group.into_iter().zip(outcomes) {
                let _ = answer.send(Ok(outcome));
            }
        }
        Err(error) if group.len() == 1 => {
            let _ = group.into_iter().next().map(|(_, answer)| answer.send(Err(error)));
        }
        Err(_) => {
            for (request, answer) in group {
                let alone = async {
                    let mut tx = db.write_in_turn(turn).await?;
                    let outcome = decide(&mut tx, links, &request).await?;
                    tx.commit().await?;
                    Ok(outcome)
                };
                let _ = answer.send(alone.await);
            }
        }
    }
}

/// The decision and its writes for one request, in the caller's write transaction.
async fn decide(tx: &mut AnyConnection, links: Links<'_>, request: &Request) -> sqlx::Result<Outcome> {
    let Request { target: (offer_id, session_id), ref applicant, lang, by, now, ref proof, ref network } = *request;
    let Some((offer, date)) = stored::offer_and_date(tx, offer_id, session_id, now).await? else {
        return Ok(Outcome::Gone);
    };
    // An offer for partners or the invited is not there for anybody else, as on its page.
    if offer.visibility != Visibility::Public.code() && by == By::Participant && !proof.may_see_hidden {
        return Ok(Outcome::Gone);
    }
    // A series is registered for as a whole; only per-date offers name the date.
    let session_id = session_id.filter(|_| offer.registration == Registration::PerSession);
    if offer.registration == Registration::PerSession && session_id.is_none() {
        return Ok(Outcome::Gone);
    }
    let Some(date) = date else { return Ok(Outcome::Ineligible(Ineligible::Closed)) };
    let scope = Scope { offer_id, session_id };
    // A person on file stays as stored: the form is anonymous input and may only add.
    let form_mail = rate_limit::FORM_MAIL_PER_ADDRESS;
    let since = now - form_mail.window_seconds;
    // A member's messages are counted per person: they may have no address to count by.
    let counted = match proof.member {
        Some(member) => format!("participant:{member}"),
        None => applicant.email.clone(),
    };
    let told_again = Counted::FormMail(&counted).bucket(links.key);
    let (on_file, recent) = match proof.member {
        Some(member) => match participants::find_member(tx, member, offer.site_id, (&told_again, since)).await? {
            (Some(known), recent) => (Some(known), recent),
            // Their session is of another site: this offer is not theirs to register for.
            (None, _) => return Ok(Outcome::Gone),
        },
        None => participants::find_with_recent(tx, offer.site_id, applicant, (&told_again, since)).await?,
    };
    let mailed = Mailed { recent, bucket: &told_again };
    if let Some(known) = &on_file
        && let Some(existing) = stored::active(tx, scope, known.id).await?
    {
        return answer_duplicate(tx, links, (&offer, existing), request, mailed).await;
    }
    let person = on_file.as_ref().map_or_else(|| applicant.clone(), |known| known.as_applicant(applicant));
    let rules = Rules {
        published: offer.status == "published",
        registration: offer.registration,
        youth_ages: (offer.audience == Audience::Youth.code()).then_some((offer.min_age, offer.max_age)),
        age_tolerance: offer.age_tolerance,
        opens_at: offer.registration_opens_at,
        closes_at: offer.registration_closes_at.unwrap_or(date.starts_at).min(date.starts_at),
        year: year_of(date.starts_at),
        emergency_contact_missing: offer.overnight == 1 && person.emergency_contact.is_empty(),
    };
    if let Err(reason) = eligibility(&rules, person.birth_year, now)
        && (by == By::Participant || reason == Ineligible::NoRegistration)
    {
        return Ok(Outcome::Ineligible(reason));
    }
    let taken = if session_id.is_some() { date.places_taken } else { offer.places_taken };
    // Only while places are free can the waiting list matter: nobody jumps it.
    let places_free = offer.capacity.is_none_or(|capacity| taken < capacity);
    let someone_waiting = places_free && stored::anyone_waiting(tx, scope).await?;
    let under_16 = needs_consent(person.birth_year, year_of(now));
    let mut admission = admit(offer.capacity, taken, someone_waiting, under_16);
    // A place (or one held for a parent) beyond what one network may take within the hour goes
    // to the waiting list instead, flagged for staff.
    let burst = match (network, offer.capacity, admission) {
        (Some(network), Some(capacity), Admission::Confirmed | Admission::AwaitingConsent) => {
            let recent = stored::taken_from_network(tx, scope, network, now - NETWORK_WINDOW_SECONDS).await?;
            beyond_network_share(recent, capacity, offer.network_share)
        }
        _ => false,
    };
    if burst {
        admission = Admission::Waitlisted;
    }
    let status = admission.status();
    let consent_deadline = (admission == Admission::AwaitingConsent).then_some(now + CONSENT_HOLD_SECONDS);
    if by == By::Participant && !within_limits(tx, links.key, (&person, recent), admission, now).await? {
        return Ok(Outcome::Limited);
    }
    // Messages go in the person's own language: as stored, or for a new person as the form was
    // read (staff adding a walk-in do not choose it: German).
    let person_lang = match &on_file {
        Some(known) => existing_lang(&known.lang),
        None if by == By::Staff => Lang::default(),
        None => lang,
    };
    let participant_id = match &on_file {
        Some(known) => known.id,
        None => participants::add(tx, offer.site_id, &person, person_lang.code(), now).await?,
    };
    // Another parent's address typed in for a person on file is for staff to judge, never asked.
    let typed_parent = on_file
        .as_ref()
        .and(applicant.parent_email.as_ref())
        .filter(|typed| person.parent_email.as_ref() != Some(*typed));
    let new = NewRegistration {
        scope,
        participant_id,
        applicant: &person,
        status,
        consent_deadline,
        form_token: proof.form.as_deref(),
        typed_parent_email: typed_parent.map(String::as_str),
        network: network.as_deref(),
        burst,
    };
    let Some(id) = stored::insert(tx, new, now).await? else {
        // The unique index says this person was registered here a moment ago (two first forms
        // at once, on PostgreSQL).
        return match stored::active(tx, scope, participant_id).await? {
            Some(existing) => answer_duplicate(tx, links, (&offer, existing), request, mailed).await,
            None => Ok(Outcome::LinkSent),
        };
    };
    if status.holds_place() {
        stored::add_taken(tx, scope, 1).await?;
    }
    // The privacy notice the form showed, and photos if ticked: as the person gave them.
    let method = if by == By::Participant { ConsentMethod::Online } else { ConsentMethod::InPerson };
    let given = |purpose| consents::Given {
        of: consents::ConsentOf::Registration(id),
        purpose,
        given_by: GivenBy::Person,
        method,
        recorded_by: None,
        text: (person_lang.code(), person_lang.consent_version()),
    };
    consents::record(tx, &given(ConsentPurpose::PrivacyNotice), now).await?;
    if person.photo_consent {
        consents::record(tx, &given(ConsentPurpose::Photos), now).await?;
    }
    // The form takes needs only with the explicit yes beside them.
    if !person.needs.is_empty() {
        consents::record(tx, &given(ConsentPurpose::HealthNeeds), now).await?;
    }
    let key = match admission {
        Admission::Confirmed => "mail-confirmed",
        Admission::AwaitingConsent => "mail-awaiting-consent",
        Admission::Waitlisted => "mail-waitlisted",
    };
    let mut email = letter(tx, (&offer, &person_lang), (key, &person.first_name), links, id).await?;
    // An invite names its attendee; without an address there is none to send it to.
    if admission == Admission::Confirmed && !person.email.is_empty() {
        email.calendar = invite(tx, links, (id, scope), (&person.email, person_lang), Method::Request, now).await?;
    }
    outbox::enqueue(tx, &Email { recipient: person.email.clone(), ..email }, now).await?;
    if admission == Admission::AwaitingConsent {
        ask_parent(tx, &offer, links, id, &person, person_lang, now).await?;
    }
    let proven = on_file.is_none() || by == By::Staff || proof.owns_address || proof.member.is_some();
    Ok(if proven { Outcome::Registered { id, status } } else { Outcome::LinkSent })
}

/// What the form has sent to an address within the hour (see `participants::find_with_recent`),
/// and the counter of its "registered already" messages.
#[derive(Clone, Copy)]
struct Mailed<'a> {
    recent: i64,
    bucket: &'a str,
}

/// Whether the messages this form causes stay within their recipients' limits, in the
/// registration's own transaction: the person's count was read with the person (no counter row
/// per new address, which cost as much as the registration); consent requests, rarer, keep a
/// counter per parent.
async fn within_limits(
    tx: &mut AnyConnection,
    key: &LinkKey,
    (person, recent): (&Applicant, i64),
    admission: Admission,
    now: i64,
) -> sqlx::Result<bool> {
    if recent >= rate_limit::FORM_MAIL_PER_ADDRESS.max_hits {
        return Ok(false);
    }
    match (&person.parent_email, admission) {
        (Some(parent), Admission::AwaitingConsent) => {
            let to_parent = Counted::ConsentRequest(parent).bucket(key);
            rate_limit::hit_in(tx, &to_parent, rate_limit::CONSENT_PER_PARENT, now).await
        }
        _ => Ok(true),
    }
}

/// A second registration of the same person (address and first name). The same form sent twice
/// (a double tap) gets its first answer again; any other repeat learns nothing, and the address
/// on file gets the registration's link again. Staff see their list anyway.
async fn answer_duplicate(
    tx: &mut AnyConnection,
    links: Links<'_>,
    (offer, existing): (&OfferForRegistration, stored::Stored),
    request: &Request,
    mailed: Mailed<'_>,
) -> sqlx::Result<Outcome> {
    let same_form = request.proof.form.is_some() && existing.form_token == request.proof.form;
    if same_form || request.proof.owns_address || request.proof.member.is_some() {
        return Ok(Outcome::Registered { id: existing.id, status: existing.status });
    }
    if request.by == By::Staff {
        return Ok(Outcome::AlreadyRegistered);
    }
    // Past the address's limit the link is not sent again, and the form is not told so either.
    let limit = rate_limit::FORM_MAIL_PER_ADDRESS;
    if mailed.recent < limit.max_hits {
        rate_limit::hit_in(tx, mailed.bucket, limit, request.now).await?;
        let lang = existing_lang(&existing.lang);
        let email = letter(tx, (offer, &lang), ("mail-already", &existing.first_name), links, existing.id).await?;
        outbox::enqueue(tx, &Email { recipient: existing.email.clone(), ..email }, request.now).await?;
    }
    Ok(Outcome::LinkSent)
}

/// The offer's title for a reader of `lang`: German readers need no second look-up.
async fn title_for(conn: &mut AnyConnection, offer: &OfferForRegistration, lang: Lang) -> sqlx::Result<String> {
    if lang.content_code() == Lang::De.code() {
        return Ok(offer.title.clone());
    }
    crate::ssr::db::offers::title_in(conn, offer.id, lang).await
}

fn existing_lang(code: &str) -> Lang {
    Lang::from_code(code).unwrap_or_default()
}

/// The consent request to the parent, in the language chosen for the parent (else the young
/// person's).
async fn ask_parent(
    tx: &mut AnyConnection,
    offer: &OfferForRegistration,
    links: Links<'_>,
    id: i64,
    applicant: &Applicant,
    lang: Lang,
    now: i64,
) -> sqlx::Result<()> {
    let Some(parent) = &applicant.parent_email else { return Ok(()) };
    let lang = applicant.parent_lang.as_deref().and_then(Lang::from_code).unwrap_or(lang);
    let mut email = letter(tx, (offer, &lang), ("mail-consent-request", &applicant.first_name), links, id).await?;
    // The parent's consent page, in the parent's language whatever their browser says.
    email.links = vec![Link::Consent(id, lang)];
    outbox::enqueue(tx, &Email { recipient: parent.clone(), ..email }, now).await?;
    Ok(())
}

/// The offer's next date as the message's "when", in the reader's language and the offer's zone.
fn when(offer: &OfferForRegistration, lang: Lang) -> String {
    match (offer.next_starts_at, offer.next_ends_at) {
        (Some(starts), Some(ends)) => lang.span(&LocalSpan::from_stored(starts, ends, &offer.time_zone)),
        _ => String::new(),
    }
}

/// A message about a registration: its subject and text from the catalogue, with the offer (its
/// title in the reader's language where it has one), the date and the registration's own link.
async fn letter(
    conn: &mut AnyConnection,
    (offer, lang): (&OfferForRegistration, &Lang),
    (key, name): (&'static str, &str),
    links: Links<'_>,
    id: i64,
) -> sqlx::Result<Email> {
    let title = title_for(conn, offer, *lang).await?;
    let args = [
        ("name", lang.isolate(name).into()),
        ("offer", lang.isolate(&title).into()),
        (
            "where",
            lang.isolate(&format!(
                "{}, {}",
                offer.venue.clone().unwrap_or_default(),
                offer.address.clone().unwrap_or_default()
            ))
            .into(),
        ),
        ("link", links::placeholder(0).into()),
        ("when", when(offer, *lang).into()),
        ("me", format!("{}/me", links.public_url).into()),
    ];
    Ok(Email {
        kind: key,
        recipient: String::new(),
        lang: *lang,
        subject: lang.t_with(&format!("{key}-subject"), &args),
        body_text: lang.t_with(&format!("{key}-body"), &args),
        calendar: None,
        site_id: Some(offer.site_id),
        links: vec![Link::Registration(id)],
        participant_id: None,
    })
}

/// The calendar invite (or cancellation) of a registration's dates: all coming dates of the
/// series, or the one date registered for.
async fn invite(
    tx: &mut AnyConnection,
    links: Links<'_>,
    registration: (i64, Scope),
    (attendee, lang): (&str, Lang),
    method: Method,
    now: i64,
) -> sqlx::Result<Option<String>> {
    let (id, scope) = registration;
    let dates: Vec<_> = calendar_dates(tx, scope.offer_id, now, lang)
        .await?
        .into_iter()
        .filter(|date| scope.session_id.is_none_or(|session| session == date.session_id))
        .collect();
    if dates.is_empty() {
        return Ok(None);
    }
    Ok(Some(invite_text(links, (id, attendee, lang), method, &dates)))
}

/// The invite text of registration `id` for `dates`.
/// The invite text of registration `id` for `dates` (read in its reader's language).
fn invite_text(
    links: Links<'_>,
    (id, attendee, lang): (i64, &str, Lang),
    method: Method,
    dates: &[FeedDate],
) -> String {
    let alarm = lang.t("calendar-alarm");
    let invite = Invite {
        method,
        host: links.host(),
        public_url: links.public_url,
        organizer: links.organizer,
        attendee,
        registration_id: id,
        alarm: &alarm,
    };
    invite.text(dates)
}

/// The offer's dates that have not ended, scheduled or cancelled, for invites to a reader of
/// `lang`.
async fn calendar_dates(tx: &mut AnyConnection, offer_id: i64, now: i64, lang: Lang) -> sqlx::Result<Vec<FeedDate>> {
    crate::ssr::db::calendar::dates_in(tx, crate::ssr::db::calendar::FeedScope::Offer(offer_id), now, lang).await
}

/// The offer's dates in `lang`, read once per language for a message to many readers.
async fn dates_for_reader(
    tx: &mut AnyConnection,
    read: &mut HashMap<Lang, Vec<FeedDate>>,
    (offer_id, lang): (i64, Lang),
    now: i64,
) -> sqlx::Result<Vec<FeedDate>> {
    if let Some(dates) = read.get(&lang) {
        return Ok(dates.clone());
    }
    let dates = calendar_dates(tx, offer_id, now, lang).await?;
    read.insert(lang, dates.clone());
    Ok(dates)
}

/// The registration `id` for its own page: the stored row, its position when waiting, and the
/// offer's title and next dates.
pub struct Page {
    pub registration: stored::Stored,
    pub position: Option<i64>,
    pub offer_title: String,
    pub span: Option<LocalSpan>,
    /// The venue and its address, empty when the offer names none.
    pub place: String,
    /// A trip with a night away still needs the parent's consent on paper.
    pub trip_consent_missing: bool,
    /// How many months after the offer's last date the site deletes the registration.
    pub keep_months: i64,
}

pub async fn page(db: &Db, id: i64, now: i64) -> sqlx::Result<Option<Page>> {
    let mut conn = db.pool().acquire().await?;
    let Some(registration) = stored::find(&mut conn, id).await? else { return Ok(None) };
    let position = match registration.status {
        Status::Waitlisted => Some(stored::count_waiting(&mut conn, registration.scope(), Some(id)).await? + 1),
        _ => None,
    };
    let Some(offer) = stored::offer(&mut conn, registration.offer_id, now).await? else { return Ok(None) };
    let date = stored::date(&mut conn, registration.offer_id, registration.session_id, now).await?;
    let span = date.map(|date| LocalSpan::from_stored(date.starts_at, date.ends_at, &offer.time_zone));
    let place = [offer.venue, offer.address].into_iter().flatten().collect::<Vec<_>>().join(", ");
    let trip_consent_missing = offer.overnight == 1
        && registration.status != Status::Cancelled
        && registration.trip_consent_signed_on.is_none()
        && needs_trip_consent(registration.birth_year, year_of(now));
    let (keep_months,): (i64,) = sqlx::query_as("SELECT keep_registration_months FROM sites WHERE id = $1")
        .bind(offer.site_id)
        .fetch_one(&mut *conn)
        .await?;
    Ok(Some(Page { registration, position, offer_title: offer.title, span, place, trip_consent_missing, keep_months }))
}

/// Locks the offer of registration `id` (found before the lock: a registration never changes
/// its offer); None when there is no such registration.
async fn lock_offer_of(db: &Db, id: i64) -> sqlx::Result<Option<(i64, crate::ssr::db::WriteTx)>> {
    let offer_id = stored::find(&mut *db.pool().acquire().await?, id).await?.map(|r| r.offer_id);
    match offer_id {
        Some(offer_id) => Ok(Some((offer_id, db.lock_offer(offer_id).await?))),
        None => Ok(None),
    }
}

/// Why a registration ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending<'a> {
    /// The participant cancelled with one tap.
    Participant,
    /// Staff cancelled, with a reason.
    Staff(&'a str),
    ParentDeclined,
    ConsentExpired,
}

/// Ends a registration, frees its place and moves the waiting list up; false when it had ended.
pub async fn cancel(db: &Db, links: Links<'_>, id: i64, ending: Ending<'_>, now: i64) -> sqlx::Result<bool> {
    let Some((_, mut tx)) = lock_offer_of(db, id).await? else { return Ok(false) };
    let ended = end(&mut tx, links, id, ending, now).await?;
    tx.commit().await?;
    Ok(ended)
}

async fn end(tx: &mut AnyConnection, links: Links<'_>, id: i64, ending: Ending<'_>, now: i64) -> sqlx::Result<bool> {
    let Some(registration) = stored::find(tx, id).await? else { return Ok(false) };
    if registration.status == Status::Cancelled {
        return Ok(false);
    }
    if matches!(ending, Ending::ParentDeclined | Ending::ConsentExpired)
        && registration.status != Status::AwaitingConsent
    {
        return Ok(false);
    }
    let reason = match ending {
        Ending::Participant => "participant".to_owned(),
        Ending::Staff(reason) => format!("staff: {reason}"),
        Ending::ParentDeclined => "parent declined".to_owned(),
        Ending::ConsentExpired => "consent expired".to_owned(),
    };
    stored::cancel(tx, id, &reason, now).await?;
    let Some(offer) = stored::offer(tx, registration.offer_id, now).await? else { return Ok(true) };
    let key = match ending {
        Ending::ConsentExpired => "mail-consent-expired",
        _ => "mail-cancelled",
    };
    let lang = existing_lang(&registration.lang);
    let mut email = letter(tx, (&offer, &lang), (key, &registration.first_name), links, id).await?;
    if registration.status == Status::Confirmed {
        // The calendar entries the confirmation added go away again.
        let to = (registration.email.as_str(), lang);
        email.calendar = invite(tx, links, (id, registration.scope()), to, Method::Cancel, now).await?;
    }
    outbox::enqueue(tx, &Email { recipient: registration.email.clone(), ..email }, now).await?;
    if registration.status.holds_place() {
        stored::add_taken(tx, registration.scope(), -1).await?;
        fill_free_places(tx, links, &offer, registration.scope(), now).await?;
    }
    Ok(true)
}

/// The places held in the scope: the date's, or the offer's.
async fn taken_in(tx: &mut AnyConnection, offer: &OfferForRegistration, scope: Scope) -> sqlx::Result<i64> {
    Ok(match scope.session_id {
        Some(session_id) => {
            let (taken,): (i64,) = sqlx::query_as("SELECT places_taken FROM sessions WHERE id = $1")
                .bind(session_id)
                .fetch_one(&mut *tx)
                .await?;
            taken
        }
        None => {
            let (taken,): (i64,) = sqlx::query_as("SELECT places_taken FROM offers WHERE id = $1")
                .bind(offer.id)
                .fetch_one(&mut *tx)
                .await?;
            taken
        }
    })
}

/// Moves people up from the waiting list into free places, first come first served, and tells them.
async fn fill_free_places(
    tx: &mut AnyConnection,
    links: Links<'_>,
    offer: &OfferForRegistration,
    scope: Scope,
    now: i64,
) -> sqlx::Result<usize> {
    let taken = taken_in(tx, offer, scope).await?;
    let free = offer.capacity.map_or(i64::MAX, |capacity| (capacity - taken).max(0));
    if free == 0 {
        return Ok(0);
    }
    let waiting = stored::waiting(tx, scope, year_of(now), free.min(1000)).await?;
    let promotions = promote(offer.capacity, taken, &waiting);
    apply_promotions(tx, links, offer, scope, &promotions, now).await?;
    Ok(promotions.len())
}

/// Gives each promoted person their place (or a place held for their parent's answer) and
/// writes them (and the parent) a message.
async fn apply_promotions(
    tx: &mut AnyConnection,
    links: Links<'_>,
    offer: &OfferForRegistration,
    scope: Scope,
    promotions: &[(i64, Status)],
    now: i64,
) -> sqlx::Result<()> {
    for (id, status) in promotions {
        let deadline = (*status == Status::AwaitingConsent).then_some(now + CONSENT_HOLD_SECONDS);
        stored::set_status(tx, *id, *status, deadline).await?;
        stored::add_taken(tx, scope, 1).await?;
        let Some(person) = stored::find(tx, *id).await? else { continue };
        let lang = existing_lang(&person.lang);
        let key = if *status == Status::AwaitingConsent { "mail-awaiting-consent" } else { "mail-promoted" };
        let mut email = letter(tx, (offer, &lang), (key, &person.first_name), links, *id).await?;
        if *status == Status::Confirmed {
            let to = (person.email.as_str(), lang);
            email.calendar = invite(tx, links, (*id, scope), to, Method::Request, now).await?;
        }
        outbox::enqueue(tx, &Email { recipient: person.email.clone(), ..email }, now).await?;
        if *status == Status::AwaitingConsent {
            let applicant = Applicant {
                first_name: person.first_name.clone(),
                email: person.email.clone(),
                birth_year: person.birth_year,
                phone: String::new(),
                needs: String::new(),
                emergency_contact: String::new(),
                gender: crate::domain::registration::Gender::NotStated,
                photo_consent: person.photo_consent == 1,
                parent_email: person.parent_email.clone(),
                parent_lang: person.parent_lang.clone(),
            };
            ask_parent(tx, offer, links, *id, &applicant, lang, now).await?;
        }
    }
    Ok(())
}

/// Fills places that staff added by raising the capacity (the offer's, or every date's).
pub async fn capacity_changed(db: &Db, links: Links<'_>, offer_id: i64, now: i64) -> sqlx::Result<usize> {
    let mut tx = db.lock_offer(offer_id).await?;
    let Some(offer) = stored::offer(&mut tx, offer_id, now).await? else { return Ok(0) };
    let scopes: Vec<(Option<i64>,)> = sqlx::query_as(
        "SELECT DISTINCT session_id FROM registrations WHERE offer_id = $1 AND status = 'waitlisted' LIMIT 500",
    )
    .bind(offer_id)
    .fetch_all(&mut *tx)
    .await?;
    let mut promoted = 0;
    for (session_id,) in scopes {
        promoted += fill_free_places(&mut tx, links, &offer, Scope { offer_id, session_id }, now).await?;
    }
    tx.commit().await?;
    Ok(promoted)
}

/// A parent's answer on the consent page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParentAnswer {
    /// Yes, to the texts in `lang`, confirms the place; photos are a yes of their own.
    Yes { photos: bool, lang: Lang },
    /// No frees the place for the waiting list.
    No,
}

pub async fn answer_consent(db: &Db, links: Links<'_>, id: i64, answer: ParentAnswer, now: i64) -> sqlx::Result<bool> {
    match answer {
        ParentAnswer::Yes { photos, lang } => {
            consent_given(db, links, id, &GivenConsent::Link { photos, lang }, now).await
        }
        ParentAnswer::No => cancel(db, links, id, Ending::ParentDeclined, now).await,
    }
}

/// Staff copy in a consent a parent signed on paper: for a place held for that answer, or ahead
/// of time for someone under 16 on the waiting list. False when nobody needs it (any more).
pub async fn record_paper_consent(
    db: &Db,
    links: Links<'_>,
    id: i64,
    (form, staff_user_id): (&PaperConsent, i64),
    now: i64,
) -> sqlx::Result<bool> {
    consent_given(db, links, id, &GivenConsent::Paper { form, recorded_by: staff_user_id }, now).await
}

/// Staff copy in the parent's paper consent for a trip with a night away, for someone who may be
/// under 18 on the trip. False when nobody needs it (any more): not such a trip, of age, cancelled,
/// or already recorded.
pub async fn record_trip_consent(
    db: &Db,
    id: i64,
    (form, staff_user_id): (&PaperConsent, i64),
    now: i64,
) -> sqlx::Result<bool> {
    let Some((offer_id, mut tx)) = lock_offer_of(db, id).await? else { return Ok(false) };
    let Some(registration) = stored::find(&mut tx, id).await? else { return Ok(false) };
    let Some(offer) = stored::offer(&mut tx, offer_id, now).await? else { return Ok(false) };
    // Judged by this year, as the list does: the safe side for a trip next year.
    let needed = offer.overnight == 1
        && registration.status != Status::Cancelled
        && registration.trip_consent_signed_on.is_none()
        && needs_trip_consent(registration.birth_year, year_of(now));
    if !needed {
        return Ok(false);
    }
    stored::record_trip_consent(&mut tx, id, (form, staff_user_id)).await?;
    let paper = (ConsentPurpose::TripPaper, "trip-consent-on-paper");
    on_paper(&mut tx, &registration, paper, (form, staff_user_id), now).await?;
    tx.commit().await?;
    Ok(true)
}

/// Records a parent's consent of `purpose` on a paper form that a staff member copied in, with
/// who signed it, when, and which form, in the audit log as `action`.
async fn on_paper(
    tx: &mut AnyConnection,
    registration: &stored::Stored,
    (purpose, action): (ConsentPurpose, &'static str),
    (form, staff_user_id): (&PaperConsent, i64),
    now: i64,
) -> sqlx::Result<()> {
    let paper = consents::Given {
        of: consents::ConsentOf::Registration(registration.id),
        purpose,
        given_by: GivenBy::Parent,
        method: ConsentMethod::Paper,
        recorded_by: Some(staff_user_id),
        text: (registration.parent_lang(), &form.form_version),
    };
    consents::record(tx, &paper, now).await?;
    let detail = format!("{}, {}, {}", form.signed_by, form.signed_on, form.form_version);
    let entry = Entry { action, object_type: "registration", object_id: Some(registration.id), detail: &detail };
    audit::record(tx, Some(staff_user_id), entry, now).await
}

/// Staff copy in a parent's yes to photos on paper, for someone under 18 whose photos wait for
/// it. False when nobody needs it (any more): of age, cancelled, or already given.
pub async fn record_photo_consent(
    db: &Db,
    id: i64,
    (form, staff_user_id): (&PaperConsent, i64),
    now: i64,
) -> sqlx::Result<bool> {
    let mut tx = db.write().await?;
    let Some(registration) = stored::find(&mut tx, id).await? else { return Ok(false) };
    let parent = consents::standing(&mut tx, id, ConsentPurpose::Photos, GivenBy::Parent).await?;
    let waiting = photo_permission(registration.birth_year, year_of(now), registration.photo_consent == 1, parent)
        == PhotoPermission::ParentMissing;
    if registration.status == Status::Cancelled || !waiting {
        return Ok(false);
    }
    let paper = (ConsentPurpose::Photos, "photo-consent-on-paper");
    on_paper(&mut tx, &registration, paper, (form, staff_user_id), now).await?;
    tx.commit().await?;
    Ok(true)
}

async fn consent_given(db: &Db, links: Links<'_>, id: i64, given: &GivenConsent<'_>, now: i64) -> sqlx::Result<bool> {
    let Some((offer_id, mut tx)) = lock_offer_of(db, id).await? else { return Ok(false) };
    let Some(registration) = stored::find(&mut tx, id).await? else { return Ok(false) };
    let waiting_without_consent = registration.status == Status::Waitlisted
        && consent_missing(registration.birth_year, registration.consent_given_at.is_some(), year_of(now));
    let open = match given {
        GivenConsent::Link { .. } => registration.status == Status::AwaitingConsent,
        GivenConsent::Paper { .. } => registration.status == Status::AwaitingConsent || waiting_without_consent,
    };
    if !open {
        return Ok(false);
    }
    stored::record_consent(&mut tx, id, given, now).await?;
    let (method, recorded_by, photos, lang) = match given {
        GivenConsent::Link { photos, lang } => (ConsentMethod::Online, None, *photos, lang.code()),
        GivenConsent::Paper { form, recorded_by } => {
            (ConsentMethod::Paper, Some(*recorded_by), form.photos, registration.parent_lang())
        }
    };
    let by_parent = |purpose| consents::Given {
        of: consents::ConsentOf::Registration(id),
        purpose,
        given_by: GivenBy::Parent,
        method,
        recorded_by,
        text: (lang, given.text_version()),
    };
    consents::record(&mut tx, &by_parent(ConsentPurpose::Parent), now).await?;
    // The parent's texts name needs (which may be health data) and ask about photos on their own.
    if !registration.needs.is_empty() {
        consents::record(&mut tx, &by_parent(ConsentPurpose::HealthNeeds), now).await?;
    }
    if photos {
        consents::record(&mut tx, &by_parent(ConsentPurpose::Photos), now).await?;
    }
    if let GivenConsent::Paper { form, recorded_by } = given {
        let detail = format!("{}, {}, {}", form.signed_by, form.signed_on, form.form_version);
        let entry =
            Entry { action: "consent-on-paper", object_type: "registration", object_id: Some(id), detail: &detail };
        audit::record(&mut tx, Some(*recorded_by), entry, now).await?;
    }
    if registration.status == Status::AwaitingConsent
        && let Some(offer) = stored::offer(&mut tx, offer_id, now).await?
    {
        let lang = existing_lang(&registration.lang);
        let mut email =
            letter(&mut tx, (&offer, &lang), ("mail-confirmed", &registration.first_name), links, id).await?;
        let to = (registration.email.as_str(), lang);
        email.calendar = invite(&mut tx, links, (id, registration.scope()), to, Method::Request, now).await?;
        outbox::enqueue(&mut tx, &Email { recipient: registration.email.clone(), ..email }, now).await?;
    }
    tx.commit().await?;
    Ok(true)
}

/// Releases the places of consent requests nobody answered in time; returns how many.
pub async fn expire_consents(db: &Db, links: Links<'_>, now: i64) -> sqlx::Result<usize> {
    let expired = {
        let mut conn = db.pool().acquire().await?;
        stored::expired_consents(&mut conn, now, 100).await?
    };
    let mut released = 0;
    for (id, offer_id) in expired {
        let mut tx = db.lock_offer(offer_id).await?;
        // Checked again under the lock: the parent may have answered meanwhile.
        let still_waiting =
            stored::find(&mut tx, id).await?.is_some_and(|r| r.consent_deadline.is_some_and(|d| d < now));
        if still_waiting && end(&mut tx, links, id, Ending::ConsentExpired, now).await? {
            released += 1;
        }
        tx.commit().await?;
    }
    Ok(released)
}

/// Staff move someone from the waiting list into a free place, out of turn; false when there is
/// no free place or the person is not waiting.
pub async fn move_up(db: &Db, links: Links<'_>, id: i64, now: i64) -> sqlx::Result<bool> {
    let Some((offer_id, mut tx)) = lock_offer_of(db, id).await? else { return Ok(false) };
    let (Some(person), Some(offer)) = (stored::find(&mut tx, id).await?, stored::offer(&mut tx, offer_id, now).await?)
    else {
        return Ok(false);
    };
    let taken = taken_in(&mut tx, &offer, person.scope()).await?;
    if person.status != Status::Waitlisted || offer.capacity.is_some_and(|capacity| taken >= capacity) {
        return Ok(false);
    }
    let needs_consent = consent_missing(person.birth_year, person.consent_given_at.is_some(), year_of(now));
    let waiting = [crate::domain::registration::Waiting { id, needs_consent }];
    apply_promotions(&mut tx, links, &offer, person.scope(), &promote(offer.capacity, taken, &waiting), now).await?;
    tx.commit().await?;
    Ok(true)
}

/// A message from staff to everyone with a place (or, with `session_id`, a place on that date).
pub async fn message_participants(
    db: &Db,
    offer_id: i64,
    session_id: Option<i64>,
    (subject, body): (&str, &str),
    now: i64,
) -> sqlx::Result<usize> {
    let mut tx = db.write().await?;
    let sent = tell_participants(&mut tx, offer_id, session_id, (subject, body), now).await?;
    tx.commit().await?;
    Ok(sent)
}

/// Writes a message to every active registration of the offer (and date) into the outbox, in the
/// caller's transaction: cancelling a date and telling its participants happen together.
pub async fn tell_participants(
    tx: &mut AnyConnection,
    offer_id: i64,
    session_id: Option<i64>,
    (subject, body): (&str, &str),
    now: i64,
) -> sqlx::Result<usize> {
    let people = stored::registered(tx, offer_id, session_id).await?;
    for person in &people {
        let message = Email {
            kind: "staff-message",
            recipient: person.email.clone(),
            lang: existing_lang(&person.lang),
            subject: subject.to_owned(),
            body_text: body.to_owned(),
            calendar: None,
            site_id: Some(person.site_id),
            links: Vec::new(),
            participant_id: None,
        };
        outbox::enqueue(tx, &message, now).await?;
    }
    Ok(people.len())
}

/// Tells everyone registered that the offer (or, with `session`, one date) is cancelled, in
/// their language, with the staff's note, and takes the dates out of the calendars of those who
/// had a place; in the caller's transaction.
pub async fn announce_cancellation(
    tx: &mut AnyConnection,
    links: Links<'_>,
    (offer_id, session): (i64, Option<(i64, LocalSpan)>),
    note: &str,
    now: i64,
) -> sqlx::Result<usize> {
    let Some(offer) = stored::offer(tx, offer_id, now).await? else { return Ok(0) };
    let people = stored::registered(tx, offer_id, session.map(|(id, _)| id)).await?;
    let mut read = HashMap::new();
    let key = if session.is_some() { "mail-session-cancelled" } else { "mail-offer-cancelled" };
    for person in &people {
        let lang = existing_lang(&person.lang);
        let dates: Vec<_> = dates_for_reader(tx, &mut read, (offer_id, lang), now)
            .await?
            .into_iter()
            .filter(|date| session.is_none_or(|(id, _)| id == date.session_id))
            .collect();
        let when = session.map(|(_, span)| lang.span(&span)).unwrap_or_default();
        let title = title_for(tx, &offer, lang).await?;
        let args = [
            ("name", lang.isolate(&person.first_name).into()),
            ("offer", lang.isolate(&title).into()),
            ("when", when.into()),
            ("note", lang.isolate(note).into()),
        ];
        let theirs = dates_of(&dates, person.session_id);
        let calendar = (person.status == Status::Confirmed && !theirs.is_empty())
            .then(|| invite_text(links, (person.id, &person.email, lang), Method::Cancel, &theirs));
        let message = Email {
            kind: key,
            recipient: person.email.clone(),
            lang,
            subject: lang.t_with(&format!("{key}-subject"), &args),
            body_text: lang.t_with(&format!("{key}-body"), &args),
            calendar,
            site_id: Some(offer.site_id),
            links: Vec::new(),
            participant_id: None,
        };
        outbox::enqueue(tx, &message, now).await?;
    }
    Ok(people.len())
}

/// Tells everyone with a place for the changed dates (moved, or a new time for the series) and
/// sends their calendars the update: same UIDs, higher SEQUENCE.
pub async fn announce_changed_dates(
    tx: &mut AnyConnection,
    links: Links<'_>,
    offer_id: i64,
    session_ids: &[i64],
    now: i64,
) -> sqlx::Result<usize> {
    let Some(offer) = stored::offer(tx, offer_id, now).await? else { return Ok(0) };
    let people = stored::registered(tx, offer_id, None).await?;
    let mut read = HashMap::new();
    let mut told = 0;
    for person in people.iter().filter(|person| person.status == Status::Confirmed) {
        let lang = existing_lang(&person.lang);
        let dates: Vec<_> = dates_for_reader(tx, &mut read, (offer_id, lang), now)
            .await?
            .into_iter()
            .filter(|d| session_ids.contains(&d.session_id))
            .collect();
        let theirs = dates_of(&dates, person.session_id);
        if theirs.is_empty() {
            continue;
        }
        let mut message =
            letter(tx, (&offer, &lang), ("mail-date-changed", &person.first_name), links, person.id).await?;
        message.calendar = Some(invite_text(links, (person.id, &person.email, lang), Method::Request, &theirs));
        outbox::enqueue(tx, &Email { recipient: person.email.clone(), ..message }, now).await?;
        told += 1;
    }
    Ok(told)
}

/// The dates among `dates` that a registration covers: all of a series, or its own date.
fn dates_of(dates: &[FeedDate], session_id: Option<i64>) -> Vec<FeedDate> {
    dates.iter().filter(|date| session_id.is_none_or(|own| own == date.session_id)).cloned().collect()
}

/// The registration's dates as a calendar file, for "add to calendar" on its page (a cancelled
/// registration's file takes them out again).
pub async fn calendar_file(db: &Db, links: Links<'_>, id: i64, now: i64) -> sqlx::Result<Option<String>> {
    let mut conn = db.pool().acquire().await?;
    let Some(registration) = stored::find(&mut conn, id).await? else { return Ok(None) };
    let method = if registration.status == Status::Cancelled { Method::Cancel } else { Method::Request };
    let to = (registration.email.as_str(), existing_lang(&registration.lang));
    invite(&mut conn, links, (id, registration.scope()), to, method, now).await
}
