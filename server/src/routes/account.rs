//! Form posts of sign-in, sign-out, password reset, invitations and magic links. Each answers with
//! a redirect (post/redirect/get); errors travel in a one-minute flash cookie, never in the URL.

use crate::forms::CleanForm;
use std::net::IpAddr;

use app::domain::email::{self, looks_like_email};
use app::domain::policy::{Action, Actor, Role, allows};
use app::ssr::audit::{self, Entry};
use app::ssr::auth::{self, SESSION_COOKIE, SessionFor, TokenPurpose};
use app::ssr::db::users::{self, NewUser};
use app::ssr::http::{Flash, cookie, local_target, percent_encode, request_lang, set_cookie};
use app::ssr::links;
use app::ssr::outbox::{self, Email};
use app::ssr::rate_limit::{self, Counted};
use app::ssr::state::AppState;
use axum::Extension;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use super::{Answer, HandlerError, now, permit};
use crate::proxy::ClientIp;

pub(super) fn redirect(location: &str, cookies: impl IntoIterator<Item = HeaderValue>) -> Response {
    let mut response = Redirect::to(location).into_response();
    for value in cookies {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    response
}

/// Back to a form with its message and the address the person typed.
fn back_with(state: &AppState, location: &str, message: &str, email: &str) -> Response {
    let flash = Flash { message: message.to_owned(), email: email.to_owned() };
    redirect(location, [flash.cookie(state.secure_cookies())])
}

/// Counts a request that a link sends or answers (a reset, a magic link, a consent answer) per
/// `address` (an email address, a registration) and, generously, per network; false when either
/// limit is used up.
pub(super) async fn within_limits(state: &AppState, what: &str, address: &str, client: IpAddr) -> sqlx::Result<bool> {
    let (now, key, network) = (now(), &state.links, client.to_string());
    let by_email =
        rate_limit::hit(&state.db, &Counted::Link { what, address }.bucket(key), rate_limit::PER_EMAIL, now).await?;
    let by_network = rate_limit::hit(
        &state.db,
        &Counted::Network { what, network: &network }.bucket(key),
        rate_limit::PER_NETWORK,
        now,
    )
    .await?;
    Ok(by_email && by_network)
}

/// Counts a sign-in attempt: strictly per (account, network), loosely per account, generously per
/// network. A pupil who tries a teacher's address locks out only their own network.
async fn sign_in_within_limits(state: &AppState, email: &str, network: &str) -> sqlx::Result<bool> {
    let (now, key) = (now(), &state.links);
    let per_device = Counted::SignIn { account: email, network }.bucket(key);
    let strict = rate_limit::hit(&state.db, &per_device, rate_limit::PER_EMAIL, now).await?;
    let per_account = Counted::Account(email).bucket(key);
    let loose = rate_limit::hit(&state.db, &per_account, rate_limit::PER_ACCOUNT, now).await?;
    let per_network = Counted::Network { what: "signin", network }.bucket(key);
    let generous = rate_limit::hit(&state.db, &per_network, rate_limit::PER_NETWORK, now).await?;
    Ok(strict && loose && generous)
}

/// A link request's address, normalised, valid and within the limits; otherwise the answer that
/// sends the person back to `form_page` with the reason.
async fn accepted_email(
    state: &AppState,
    what: &str,
    typed: &str,
    client: IpAddr,
    form_page: &str,
) -> Result<String, HandlerError> {
    let email = email::normalise(typed);
    if !looks_like_email(&email) {
        return Err(HandlerError::answer(back_with(state, form_page, "email-invalid", typed)));
    }
    if !within_limits(state, what, &email, client).await? {
        return Err(HandlerError::answer(back_with(state, form_page, "too-many-attempts", typed)));
    }
    Ok(email)
}

#[derive(Deserialize)]
pub struct SignInForm {
    email: String,
    password: String,
    /// The page that sent the person to sign in.
    #[serde(default)]
    next: String,
}

/// The sign-in page again, still knowing where the person wanted to go.
fn login_page(next: &str) -> String {
    match next {
        "" => "/staff/login".to_owned(),
        next => format!("/staff/login?next={}", percent_encode(&local_target(Some(next)))),
    }
}

pub async fn sign_in(
    State(state): State<AppState>,
    Extension(ClientIp(client)): Extension<ClientIp>,
    headers: HeaderMap,
    CleanForm(form): CleanForm<SignInForm>,
) -> Answer {
    let email = email::normalise(&form.email);
    let network = client.to_string();
    if !sign_in_within_limits(&state, &email, &network).await? {
        return Ok(back_with(&state, &login_page(&form.next), "too-many-attempts", &form.email));
    }
    let account = users::credentials(&state.db, &email).await?;
    // An unknown address costs the same Argon2 work as a known one, so timing tells nobody who has
    // an account.
    let stored = account.as_ref().and_then(|account| account.password_hash.as_deref());
    let matches = auth::password_matches(&form.password, stored).await;
    let verified = account.as_ref().filter(|_| matches && stored.is_some()).map(|account| account.id);
    let Some(user_id) = verified else {
        return Ok(back_with(&state, &login_page(&form.next), "signin-failed", &form.email));
    };
    rate_limit::clear(&state.db, &Counted::SignIn { account: &email, network: &network }.bucket(&state.links)).await?;
    // A new session id at every sign-in: a cookie planted before cannot ride along.
    if let Some(old) = cookie(&headers, SESSION_COOKIE) {
        auth::end_session(&state.db, old).await?;
    }
    let session = auth::start_session(&state.db, SessionFor::User(user_id), now()).await?;
    let mut conn = state.db.pool().acquire().await?;
    audit::record(
        &mut conn,
        Some(user_id),
        Entry { action: "sign-in", object_type: "user", object_id: Some(user_id), detail: "" },
        now(),
    )
    .await?;
    let cookie = set_cookie(SESSION_COOKIE, &session.token, auth::STAFF_SESSION_SECONDS, state.secure_cookies());
    let next = Some(form.next.as_str()).filter(|next| !next.is_empty()).unwrap_or("/staff");
    Ok(redirect(&local_target(Some(next)), [cookie]))
}

pub async fn sign_out(State(state): State<AppState>, Extension(actor): Extension<Actor>, headers: HeaderMap) -> Answer {
    if let Some(token) = cookie(&headers, SESSION_COOKIE).filter(|_| allows(&actor, Action::SignOut)) {
        auth::end_session(&state.db, token).await?;
    }
    let target = if matches!(actor, Actor::Participant { .. }) { "/me" } else { "/" };
    Ok(redirect(target, [set_cookie(SESSION_COOKIE, "", 0, state.secure_cookies())]))
}

#[derive(Deserialize)]
pub struct EmailForm {
    email: String,
}

pub async fn request_password_reset(
    State(state): State<AppState>,
    Extension(ClientIp(client)): Extension<ClientIp>,
    headers: HeaderMap,
    CleanForm(form): CleanForm<EmailForm>,
) -> Answer {
    let email = accepted_email(&state, "reset", &form.email, client, "/staff/password-reset").await?;
    if let Some(account) = users::credentials(&state.db, &email).await? {
        let lang = request_lang(&headers);
        let mut tx = state.db.write().await?;
        let now = now();
        let link = auth::issue_token(
            &mut tx,
            TokenPurpose::SetPassword,
            (Some(account.id), &email),
            now,
            auth::RESET_LINK_SECONDS,
            &state.links,
        )
        .await?;
        let email = Email {
            kind: "password-reset",
            recipient: email.clone(),
            lang,
            subject: lang.t("mail-reset-subject"),
            body_text: lang.t_with("mail-reset-body", &[("link", links::placeholder(0).into())]),
            calendar: None,
            // Account messages come from Treffpunkt itself, not from one site.
            site_id: None,
            links: vec![link],
            participant_id: None,
        };
        outbox::enqueue(&mut tx, &email, now).await?;
        tx.commit().await?;
    }
    // The same answer whether or not the address has an account.
    Ok(redirect("/staff/password-reset?sent=1", []))
}

#[derive(Deserialize)]
pub struct NewPasswordForm {
    password: String,
    confirm: String,
}

pub async fn set_password(
    State(state): State<AppState>,
    Path(token): Path<String>,
    CleanForm(form): CleanForm<NewPasswordForm>,
) -> Answer {
    let here = format!("/staff/set-password/{token}");
    if form.password.chars().count() < auth::MIN_PASSWORD_CHARS {
        return Ok(back_with(&state, &here, "password-too-short", ""));
    }
    if form.password != form.confirm {
        return Ok(back_with(&state, &here, "password-mismatch", ""));
    }
    let now = now();
    // Hashed before the transaction opens, so that no write waits on Argon2.
    let hash = auth::hash_password_off_thread(&form.password).await;
    let mut tx = state.db.write().await?;
    let redeemed = match auth::redeem_token(&mut tx, TokenPurpose::SetPassword, &token, now).await? {
        Ok(redeemed) => redeemed,
        Err(error) => return Ok(back_with(&state, "/staff/password-reset", error.message_key(), "")),
    };
    let Some(user_id) = redeemed.user_id else {
        return Ok(back_with(&state, "/staff/password-reset", "link-unknown", ""));
    };
    users::set_password(&mut tx, user_id, &hash).await?;
    audit::record(
        &mut tx,
        Some(user_id),
        Entry { action: "password-set", object_type: "user", object_id: Some(user_id), detail: "" },
        now,
    )
    .await?;
    tx.commit().await?;
    let session = auth::start_session(&state.db, SessionFor::User(user_id), now).await?;
    let cookie = set_cookie(SESSION_COOKIE, &session.token, auth::STAFF_SESSION_SECONDS, state.secure_cookies());
    Ok(redirect("/staff?welcome", [cookie]))
}

#[derive(Deserialize)]
pub struct InviteForm {
    email: String,
    display_name: String,
    role: String,
    organisation_id: Option<i64>,
}

pub async fn invite(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    headers: HeaderMap,
    CleanForm(form): CleanForm<InviteForm>,
) -> Answer {
    const HERE: &str = "/staff/users";
    let email = email::normalise(&form.email);
    let organisation = match form.organisation_id {
        Some(id) => users::organisation(&state.db, id).await?,
        None => None,
    };
    let organisation = organisation.as_ref();
    let Some(role) = Role::from_code(&form.role) else {
        // A role the form never offers: refused as any invitation this actor may not send.
        return Err(if actor.is_signed_in_user() { HandlerError::Forbidden } else { HandlerError::SignIn });
    };
    permit(&actor, Action::InviteUser { role, site_id: organisation.map(|org| org.site_id) })?;
    if !looks_like_email(&email) {
        return Ok(back_with(&state, HERE, "email-invalid", &form.email));
    }
    if form.display_name.trim().is_empty() {
        return Ok(back_with(&state, HERE, "name-missing", &form.email));
    }
    let lang = request_lang(&headers);
    let now = now();
    let mut tx = state.db.write().await?;
    let new_user = NewUser {
        email: &email,
        display_name: &form.display_name,
        role,
        site_id: match role {
            Role::Staff => organisation.map(|org| org.site_id),
            _ => None,
        },
        organisation_id: match role {
            Role::Partner => organisation.map(|org| org.id),
            _ => None,
        },
        lang: lang.code(),
    };
    let Some(user_id) = users::insert(&mut tx, &new_user, now).await? else {
        return Ok(back_with(&state, HERE, "invite-exists", &form.email));
    };
    let link = auth::issue_token(
        &mut tx,
        TokenPurpose::SetPassword,
        (Some(user_id), &email),
        now,
        auth::INVITE_LINK_SECONDS,
        &state.links,
    )
    .await?;
    // Who invites, for whom, and where to sign in later: a stranger's mail would say none of it.
    let inviter = match actor.user_id() {
        Some(id) => users::display_name(&mut tx, id).await?,
        None => None,
    };
    let args = [
        ("name", form.display_name.trim().to_owned().into()),
        ("inviter", inviter.unwrap_or_else(|| "Treffpunkt".to_owned()).into()),
        ("organisation", organisation.map_or_else(|| "Treffpunkt".to_owned(), |org| org.name.clone()).into()),
        ("link", links::placeholder(0).into()),
        ("login", format!("{}/staff/login", state.public_url).into()),
    ];
    let message = Email {
        kind: "invitation",
        recipient: email.clone(),
        lang,
        subject: lang.t("mail-invite-subject"),
        body_text: lang.t_with("mail-invite-body", &args),
        calendar: None,
        // Account messages come from Treffpunkt itself, not from one site.
        site_id: None,
        links: vec![link],
        participant_id: None,
    };
    outbox::enqueue(&mut tx, &message, now).await?;
    audit::record(
        &mut tx,
        actor.user_id(),
        Entry { action: "invite", object_type: "user", object_id: Some(user_id), detail: role.code() },
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(redirect("/staff/users?invited=1", []))
}

pub async fn request_magic_link(
    State(state): State<AppState>,
    Extension(ClientIp(client)): Extension<ClientIp>,
    headers: HeaderMap,
    CleanForm(form): CleanForm<EmailForm>,
) -> Answer {
    let email = accepted_email(&state, "magic", &form.email, client, "/me").await?;
    let lang = request_lang(&headers);
    let now = now();
    let mut tx = state.db.write().await?;
    let link = auth::issue_token(
        &mut tx,
        TokenPurpose::MagicLink,
        (None, &email),
        now,
        auth::MAGIC_LINK_SECONDS,
        &state.links,
    )
    .await?;
    let message = Email {
        kind: "magic-link",
        recipient: email,
        lang,
        subject: lang.t("mail-magic-subject"),
        body_text: lang.t_with("mail-magic-body", &[("link", links::placeholder(0).into())]),
        calendar: None,
        // Account messages come from Treffpunkt itself, not from one site.
        site_id: None,
        links: vec![link],
        participant_id: None,
    };
    outbox::enqueue(&mut tx, &message, now).await?;
    tx.commit().await?;
    Ok(redirect("/me?sent=1", []))
}

/// The button on the page a magic link opens. A POST, so that mail scanners that fetch links
/// do not use the link up.
pub async fn open_magic_link(State(state): State<AppState>, Path(token): Path<String>) -> Answer {
    let now = now();
    let mut tx = state.db.write().await?;
    let redeemed = match auth::redeem_token(&mut tx, TokenPurpose::MagicLink, &token, now).await? {
        Ok(redeemed) => redeemed,
        Err(error) => return Ok(back_with(&state, "/me", error.message_key(), "")),
    };
    tx.commit().await?;
    let session = auth::start_session(&state.db, SessionFor::Participant(&redeemed.email), now).await?;
    let cookie = set_cookie(SESSION_COOKIE, &session.token, auth::PARTICIPANT_SESSION_SECONDS, state.secure_cookies());
    Ok(redirect("/me", [cookie]))
}

/// Gives an undeliverable message its attempts back (admins), for after the cause is fixed.
pub async fn retry_mail(
    State(state): State<AppState>,
    Extension(actor): Extension<Actor>,
    Path(id): Path<i64>,
) -> Answer {
    permit(&actor, Action::ManageMail)?;
    outbox::retry(&state.db, id).await?;
    Ok(Redirect::to("/staff/outbox?retried").into_response())
}
