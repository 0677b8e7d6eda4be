//! Sites: an admin creates one; its staff (and admins) keep its settings up to date.

use chrono::NaiveDate;

use crate::domain::network_form::{OrganisationDetails, OrganisationKind};
use crate::domain::site_form::SiteDetails;
use crate::ssr::audit::{self, Entry};
use crate::ssr::db::{Db, network, sites};

/// Creates a site with its own organisation (the JMD itself leads its offers), so that staff
/// invited next can create offers at once. None when another site has the address part.
/// `user_id` None: the demo loader.
pub async fn create(db: &Db, user_id: Option<i64>, site: &SiteDetails, now: i64) -> sqlx::Result<Option<i64>> {
    let mut tx = db.write().await?;
    let Some(site_id) = sites::insert(&mut tx, site).await? else { return Ok(None) };
    let own = OrganisationDetails {
        name: site.name.clone(),
        kind: OrganisationKind::Jmd,
        website: None,
        contact: String::new(),
        descriptions: Vec::new(),
    };
    network::insert_organisation(&mut tx, site_id, &own).await?;
    let entry = Entry { action: "site-created", object_type: "site", object_id: Some(site_id), detail: &site.name };
    audit::record(&mut tx, user_id, entry, now).await?;
    tx.commit().await?;
    Ok(Some(site_id))
}

/// Saves a site's settings. Messages already in the outbox take the new sender too (it is read
/// when a message is sent), so a corrected reply-to address helps at once; a new time zone
/// applies to offers created from now on (stored dates keep their instants and zone).
pub async fn update(db: &Db, user_id: i64, site_id: i64, site: &SiteDetails, now: i64) -> sqlx::Result<()> {
    let mut tx = db.write().await?;
    sites::update(&mut tx, site_id, site).await?;
    let detail = format!(
        "{} · {} <{}> reply-to {}",
        site.name,
        site.sender.from_name.as_deref().unwrap_or("-"),
        site.sender.from_address.as_deref().unwrap_or("-"),
        site.sender.reply_to.as_deref().unwrap_or("-")
    );
    let entry = Entry { action: "site-changed", object_type: "site", object_id: Some(site_id), detail: &detail };
    audit::record(&mut tx, Some(user_id), entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Adds (or renames) a closing day of a site, or removes it (`reason` None).
pub async fn set_closing_day(
    db: &Db,
    user_id: i64,
    site_id: i64,
    (day, reason): (NaiveDate, Option<&str>),
    now: i64,
) -> sqlx::Result<()> {
    let mut tx = db.write().await?;
    let (action, detail) = match reason {
        Some(reason) => {
            sites::set_closing_day(&mut tx, site_id, (day, reason)).await?;
            ("closing-day-set", format!("{day} {reason}"))
        }
        None => {
            sites::remove_closing_day(&mut tx, site_id, day).await?;
            ("closing-day-removed", day.to_string())
        }
    };
    let entry = Entry { action, object_type: "site", object_id: Some(site_id), detail: &detail };
    audit::record(&mut tx, Some(user_id), entry, now).await?;
    tx.commit().await?;
    Ok(())
}
