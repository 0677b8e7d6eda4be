//! Corrections of a participant's record. A form names a person but never changes them (see
//! `db::participants`); a correction needs staff of the site or the person's own registration
//! link, and the audit log keeps which fields changed, by whom and when.

use crate::domain::registration::Correction;
use crate::ssr::audit::{self, Entry};
use crate::ssr::db::{Db, participants};

/// Corrects participant `id`'s record, audited with the names of the fields that changed: by
/// staff (`user_id`), or by the person through their registration's link (None). False when
/// there is no such participant.
pub async fn correct(db: &Db, user_id: Option<i64>, id: i64, correction: &Correction, now: i64) -> sqlx::Result<bool> {
    let mut tx = db.write().await?;
    if participants::site_of(&mut tx, id).await?.is_none() {
        return Ok(false);
    }
    let changed = participants::correct(&mut tx, id, correction, now).await?;
    if !changed.is_empty() {
        let detail = changed.join(", ");
        let action = if user_id.is_some() { "participant-corrected" } else { "participant-corrected-by-self" };
        let entry = Entry { action, object_type: "participant", object_id: Some(id), detail: &detail };
        audit::record(&mut tx, user_id, entry, now).await?;
    }
    tx.commit().await?;
    Ok(true)
}
