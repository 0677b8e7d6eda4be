//! A site's settings: who its messages come from.

use crate::domain::site_mail::SiteMail;
use crate::ssr::audit::{self, Entry};
use crate::ssr::db::Db;

/// Saves the sender settings; messages already in the outbox take them too (they are read when
/// a message is sent), so a corrected reply-to address helps at once.
pub async fn set_sender(db: &Db, user_id: i64, site_id: i64, sender: &SiteMail, now: i64) -> sqlx::Result<()> {
    let mut tx = db.write().await?;
    sqlx::query("UPDATE sites SET mail_from_name = $1, mail_from_address = $2, mail_reply_to = $3 WHERE id = $4")
        .bind(&sender.from_name)
        .bind(&sender.from_address)
        .bind(&sender.reply_to)
        .bind(site_id)
        .execute(&mut *tx)
        .await?;
    let detail = format!(
        "{} <{}> reply-to {}",
        sender.from_name.as_deref().unwrap_or("-"),
        sender.from_address.as_deref().unwrap_or("-"),
        sender.reply_to.as_deref().unwrap_or("-")
    );
    let entry = Entry { action: "site-sender-changed", object_type: "site", object_id: Some(site_id), detail: &detail };
    audit::record(&mut tx, Some(user_id), entry, now).await?;
    tx.commit().await?;
    Ok(())
}
