//! Creating programmes and choosing their offers.

use crate::domain::programme_form::ProgrammeDetails;
use crate::ssr::audit::{self, Entry};
use crate::ssr::db::{Db, programmes};

/// `user_id` None: the demo loader.
pub async fn create(
    db: &Db,
    user_id: Option<i64>,
    site_id: i64,
    details: &ProgrammeDetails,
    now: i64,
) -> sqlx::Result<i64> {
    let mut tx = db.write().await?;
    let id = programmes::insert(&mut tx, site_id, details).await?;
    let entry =
        Entry { action: "programme-created", object_type: "programme", object_id: Some(id), detail: &details.title };
    audit::record(&mut tx, user_id, entry, now).await?;
    tx.commit().await?;
    Ok(id)
}

pub async fn update(db: &Db, user_id: i64, id: i64, details: &ProgrammeDetails, now: i64) -> sqlx::Result<()> {
    let mut tx = db.write().await?;
    programmes::update(&mut tx, id, details).await?;
    let entry =
        Entry { action: "programme-changed", object_type: "programme", object_id: Some(id), detail: &details.title };
    audit::record(&mut tx, Some(user_id), entry, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Adds an offer of the site to the programme, or (with `add` false) takes it out.
pub async fn include_offer(
    db: &Db,
    user_id: i64,
    (site_id, programme_id): (i64, i64),
    offer_id: i64,
    add: bool,
    now: i64,
) -> sqlx::Result<bool> {
    let mut tx = db.write().await?;
    if !programmes::assign_offer(&mut tx, site_id, offer_id, add.then_some(programme_id)).await? {
        return Ok(false);
    }
    let action = if add { "programme-offer-added" } else { "programme-offer-removed" };
    let detail = format!("offer {offer_id}");
    let entry = Entry { action, object_type: "programme", object_id: Some(programme_id), detail: &detail };
    audit::record(&mut tx, Some(user_id), entry, now).await?;
    tx.commit().await?;
    Ok(true)
}
