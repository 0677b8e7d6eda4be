//! A site's partner network: staff add, change and archive organisations and venues. Every change
//! is one write transaction with its audit entry.

use crate::domain::network_form::{OrganisationDetails, VenueDetails};
use crate::ssr::audit::{self, Entry};
use crate::ssr::db::network::{self, Archivable};
use crate::ssr::db::{Db, sites};

/// Where a change happens: the acting account and the time.
#[derive(Debug, Clone, Copy)]
pub struct By {
    /// None: the demo loader.
    pub user_id: Option<i64>,
    pub now: i64,
}

pub async fn create_organisation(
    db: &Db,
    by: By,
    site_id: i64,
    organisation: &OrganisationDetails,
) -> sqlx::Result<i64> {
    let mut tx = db.write().await?;
    let id = network::insert_organisation(&mut tx, site_id, organisation).await?;
    let entry = Entry {
        action: "organisation-created",
        object_type: "organisation",
        object_id: Some(id),
        detail: &organisation.name,
    };
    audit::record(&mut tx, by.user_id, entry, by.now).await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn update_organisation(db: &Db, by: By, id: i64, organisation: &OrganisationDetails) -> sqlx::Result<()> {
    let mut tx = db.write().await?;
    network::update_organisation(&mut tx, id, organisation).await?;
    let entry = Entry {
        action: "organisation-changed",
        object_type: "organisation",
        object_id: Some(id),
        detail: &organisation.name,
    };
    audit::record(&mut tx, by.user_id, entry, by.now).await?;
    tx.commit().await?;
    Ok(())
}

/// A venue is stored only in a district of its site, checked again inside the transaction (the
/// site's list may have changed since the form was checked). A `proposal` (a partner's) waits for
/// staff to confirm it.
pub async fn create_venue(
    db: &Db,
    by: By,
    (site_id, proposal): (i64, bool),
    venue: &VenueDetails,
) -> sqlx::Result<Option<i64>> {
    let mut tx = db.write().await?;
    if !sites::districts(&mut *tx, site_id).await?.contains(&venue.district) {
        return Ok(None);
    }
    let id = network::insert_venue(&mut tx, (site_id, proposal.then_some(by.user_id).flatten()), venue).await?;
    let action = if proposal { "venue-proposed" } else { "venue-created" };
    let entry = Entry { action, object_type: "venue", object_id: Some(id), detail: &venue.name };
    audit::record(&mut tx, by.user_id, entry, by.now).await?;
    tx.commit().await?;
    Ok(Some(id))
}

pub async fn update_venue(db: &Db, by: By, (site_id, id): (i64, i64), venue: &VenueDetails) -> sqlx::Result<bool> {
    let mut tx = db.write().await?;
    if !sites::districts(&mut *tx, site_id).await?.contains(&venue.district) {
        return Ok(false);
    }
    network::update_venue(&mut tx, id, venue).await?;
    let entry = Entry { action: "venue-changed", object_type: "venue", object_id: Some(id), detail: &venue.name };
    audit::record(&mut tx, by.user_id, entry, by.now).await?;
    tx.commit().await?;
    Ok(true)
}

/// Confirms a venue a partner proposed.
pub async fn confirm_venue(db: &Db, by: By, id: i64) -> sqlx::Result<()> {
    let mut tx = db.write().await?;
    network::confirm_venue(&mut tx, id).await?;
    let entry = Entry { action: "venue-confirmed", object_type: "venue", object_id: Some(id), detail: "" };
    audit::record(&mut tx, by.user_id, entry, by.now).await?;
    tx.commit().await?;
    Ok(())
}

/// Archives (or brings back) an organisation or venue: its past offers stay as they were; it is
/// no longer offered for new ones.
pub async fn set_archived(db: &Db, by: By, (what, id): (Archivable, i64), archived: bool) -> sqlx::Result<()> {
    let mut tx = db.write().await?;
    network::set_archived(&mut tx, what, id, archived).await?;
    let (object_type, action) = match (what, archived) {
        (Archivable::Organisation, true) => ("organisation", "organisation-archived"),
        (Archivable::Organisation, false) => ("organisation", "organisation-restored"),
        (Archivable::Venue, true) => ("venue", "venue-archived"),
        (Archivable::Venue, false) => ("venue", "venue-restored"),
    };
    let entry = Entry { action, object_type, object_id: Some(id), detail: "" };
    audit::record(&mut tx, by.user_id, entry, by.now).await?;
    tx.commit().await?;
    Ok(())
}
