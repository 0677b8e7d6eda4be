//! `server admin create`: the first admin of a new installation.

use anyhow::{Context, bail};
use app::domain::email::{self, looks_like_email};
use app::domain::policy::Role;
use app::ssr::auth::{self, TokenPurpose};
use app::ssr::db::Db;
use app::ssr::db::users::{self, NewUser};
use app::ssr::links::LinkKey;

/// Creates the account and returns the link that sets its password (valid for a week).
pub async fn create_admin(
    db: &Db,
    (email, name): (&str, &str),
    public_url: &str,
    key: &LinkKey,
) -> anyhow::Result<String> {
    let email = email::normalise(email);
    if !looks_like_email(&email) {
        bail!("{email:?} is not an email address");
    }
    let now = chrono::Utc::now().timestamp();
    let mut tx = db.write().await?;
    let user = NewUser {
        email: &email,
        display_name: name,
        role: Role::Admin,
        site_id: None,
        organisation_id: None,
        lang: "de",
    };
    let user_id =
        users::insert(&mut tx, &user, now).await?.with_context(|| format!("an account for {email} exists already"))?;
    let link = auth::issue_token(
        &mut tx,
        TokenPurpose::SetPassword,
        (Some(user_id), &email),
        now,
        auth::INVITE_LINK_SECONDS,
        key,
    )
    .await?;
    tx.commit().await?;
    Ok(link.url(public_url.trim_end_matches('/'), key))
}
