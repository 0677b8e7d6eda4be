//! Corrections of a participant's record. A form names a person but never changes them (see
//! `db::participants`); a correction needs staff of the site or the person's own registration
//! link, and the audit log keeps which fields changed, by whom and when.

use crate::domain::registration::ConsentPurpose;
use crate::domain::registration::Correction;
use crate::ssr::audit::{self, Entry};
use crate::ssr::db::{Db, consents, participants, placeholders};
use crate::ssr::privacy::holds;
use crate::ssr::service::registrations;

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

/// A person as "my data" lists them: whose record, at which site.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Person {
    pub id: i64,
    pub site_id: i64,
    pub first_name: String,
    pub email: String,
    pub birth_year: i64,
    pub site: String,
    /// The site's time zone, in which its dates are shown.
    pub time_zone: String,
}

/// Who of `joined` (the people a join code proved) belongs to `site_id`: their record, which
/// fills a registration form for them.
pub async fn member_of_site(db: &Db, joined: &[i64], site_id: i64) -> sqlx::Result<Option<Person>> {
    Ok(people(db, joined).await?.into_iter().find(|person| person.site_id == site_id))
}

/// The people a session opened, in its order (at most a family's).
pub async fn people(db: &Db, ids: &[i64]) -> sqlx::Result<Vec<Person>> {
    let ids = &ids[..ids.len().min(20)];
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!(
        "SELECT p.id, p.site_id, p.first_name, COALESCE(p.email, '') AS email, p.birth_year, s.name AS site, s.time_zone
         FROM participants p JOIN sites s ON s.id = p.site_id WHERE p.id IN ({})",
        placeholders(1, ids.len())
    );
    let query = ids.iter().fold(sqlx::query_as(sqlx::AssertSqlSafe(sql)), |query, id| query.bind(*id));
    let mut found: Vec<Person> = query.fetch_all(db.pool()).await?;
    found.sort_by_key(|person| ids.iter().position(|id| *id == person.id));
    Ok(found)
}

/// Everything held about participant `id`, by table (see `privacy::export`), with the titles of
/// the offers their registrations are for, so that the download reads without the database.
pub async fn export(db: &Db, id: i64, address_proven: bool) -> sqlx::Result<serde_json::Value> {
    let mut conn = db.pool().acquire().await?;
    let mut data = crate::ssr::privacy::export::of_person(&mut conn, id, address_proven).await?;
    let offers: Vec<(i64, String)> = sqlx::query_as(
        "SELECT DISTINCT o.id, o.title FROM offers o JOIN registrations r ON r.offer_id = o.id
         WHERE r.participant_id = $1 ORDER BY o.id",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let offers = offers.into_iter().map(|(id, title)| serde_json::json!({ "id": id, "title": title })).collect();
    data["offers"] = serde_json::Value::Array(offers);
    Ok(data)
}

/// The person takes back every "yes" to photos; returns how many registrations had one.
pub async fn withdraw_photos(db: &Db, id: i64, now: i64) -> sqlx::Result<u64> {
    let mut tx = db.write().await?;
    let withdrawn =
        sqlx::query("UPDATE registrations SET photo_consent = 0 WHERE participant_id = $1 AND photo_consent = 1")
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    consents::withdraw(&mut tx, id, ConsentPurpose::Photos, now).await?;
    if withdrawn > 0 {
        let entry =
            Entry { action: "photo-consent-withdrawn", object_type: "participant", object_id: Some(id), detail: "" };
        audit::record(&mut tx, None, entry, now).await?;
    }
    tx.commit().await?;
    Ok(withdrawn)
}

/// Deletes participant `id` at their own (or their parent's) request: each registration still
/// running is cancelled first, so that its place goes to the next person, who is told; then the
/// registrations, the record, and what was kept for their address alone (messages, a calendar
/// feed) go. A sibling who shares the address keeps theirs. A registration whose list is kept for
/// a funder's audit is restricted instead (Art. 18 GDPR): kept for the audit only, with the
/// record it names, and deleted the day the hold ends. None when there is no such person; else
/// how many registrations were restricted.
/// `by_staff`: the admin who deleted the person at their request by phone or in person; None:
/// the person (or parent) through their link. `address_proven`: whoever asks proved the address
/// itself (its own link, or staff in person), so what belongs to the address goes too.
pub async fn delete(
    db: &Db,
    links: registrations::Links<'_>,
    (id, by_staff, address_proven): (i64, Option<i64>, bool),
    now: i64,
) -> sqlx::Result<Option<u64>> {
    let running: Vec<(i64,)> =
        sqlx::query_as("SELECT id FROM registrations WHERE participant_id = $1 AND status <> 'cancelled' ORDER BY id")
            .bind(id)
            .fetch_all(db.pool())
            .await?;
    for (registration,) in running {
        registrations::cancel(db, links, registration, registrations::Ending::Participant, now).await?;
    }
    let mut tx = db.write().await?;
    // A young person who joined with a code has no address.
    let Some((email,)): Option<(Option<String>,)> =
        sqlx::query_as("SELECT email FROM participants WHERE id = $1").bind(id).fetch_optional(&mut *tx).await?
    else {
        return Ok(None);
    };
    let email = email.unwrap_or_default();
    let restrict = format!(
        "UPDATE registrations SET restricted_at = $2 WHERE participant_id = $1 AND restricted_at IS NULL AND {}",
        holds::held_at("registrations.offer_id", "$2")
    );
    sqlx::query(sqlx::AssertSqlSafe(restrict)).bind(id).bind(now).execute(&mut *tx).await?;
    sqlx::query("DELETE FROM outbox WHERE registration_id IN (SELECT id FROM registrations WHERE participant_id = $1)")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM registrations WHERE participant_id = $1 AND restricted_at IS NULL")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    let (restricted,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM registrations WHERE participant_id = $1")
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
    if restricted == 0 {
        // Their supports go with them, and the ideas' counters with the supports; their ideas
        // (whose text may say who they are) and the news of them go too.
        for (kind, counter) in [("support", "supports"), ("plan", "planners")] {
            let uncount = format!(
                "UPDATE ideas SET {counter} = {counter} - 1
                 WHERE id IN (SELECT idea_id FROM idea_supports WHERE participant_id = $1 AND kind = $2)"
            );
            sqlx::query(sqlx::AssertSqlSafe(uncount)).bind(id).bind(kind).execute(&mut *tx).await?;
        }
        sqlx::query("DELETE FROM outbox WHERE participant_id = $1").bind(id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM ideas WHERE author_id = $1").bind(id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM participants WHERE id = $1").bind(id).execute(&mut *tx).await?;
    }
    let (shared,): (i64,) =
        sqlx::query_as("SELECT COUNT(*) FROM participants WHERE email = $1").bind(&email).fetch_one(&mut *tx).await?;
    // What went to the address about nobody in particular (a sign-in link) and its calendar feed
    // are the address's: they go with its last person.
    if shared == 0 && address_proven {
        let address_only = [
            "DELETE FROM outbox WHERE recipient = $1 AND registration_id IS NULL",
            "DELETE FROM calendar_feeds WHERE email = $1",
        ];
        for statement in address_only {
            sqlx::query(statement).bind(&email).execute(&mut *tx).await?;
        }
    }
    let action = if by_staff.is_some() { "participant-deleted-by-staff" } else { "participant-deleted-on-request" };
    let detail = if restricted > 0 { format!("{restricted} restricted for an audit hold") } else { String::new() };
    let entry = Entry { action, object_type: "participant", object_id: Some(id), detail: &detail };
    audit::record(&mut tx, by_staff, entry, now).await?;
    tx.commit().await?;
    Ok(Some(u64::try_from(restricted).unwrap_or_default()))
}
