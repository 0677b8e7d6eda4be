//! Programmes (Interkulturelle Wochen, district festivals) and organisations, for their pages.

use sqlx::FromRow;

use super::Db;
use crate::i18n::Lang;

#[derive(Debug, Clone, FromRow)]
pub struct Programme {
    pub id: i64,
    pub title: String,
    pub description: String,
    /// First and last day, "YYYY-MM-DD".
    pub starts_on: String,
    pub ends_on: String,
}

pub async fn find_by_slug(db: &Db, lang: Lang, slug: &str) -> sqlx::Result<Option<Programme>> {
    sqlx::query_as(
        "SELECT p.id, COALESCE(tr.title, p.title) AS title,
                COALESCE(NULLIF(tr.description, ''), p.description) AS description, p.starts_on, p.ends_on
         FROM programmes p
         LEFT JOIN programme_translations tr ON tr.programme_id = p.id AND tr.lang = $1
         WHERE p.slug = $2
         ORDER BY p.id LIMIT 1",
    )
    .bind(lang.code())
    .bind(slug)
    .fetch_optional(db.pool())
    .await
}

#[derive(Debug, Clone, FromRow)]
pub struct ProgrammeLink {
    pub slug: String,
    pub title: String,
}

/// Programmes that have not ended by `today` ("YYYY-MM-DD"), soonest first.
pub async fn current(db: &Db, lang: Lang, today: &str) -> sqlx::Result<Vec<ProgrammeLink>> {
    sqlx::query_as(
        "SELECT p.slug, COALESCE(tr.title, p.title) AS title
         FROM programmes p
         LEFT JOIN programme_translations tr ON tr.programme_id = p.id AND tr.lang = $1
         WHERE p.ends_on >= $2
         ORDER BY p.starts_on, p.id LIMIT 6",
    )
    .bind(lang.code())
    .bind(today)
    .fetch_all(db.pool())
    .await
}

#[derive(Debug, Clone, FromRow)]
pub struct Organisation {
    pub id: i64,
    pub name: String,
    pub website: Option<String>,
}

pub async fn find_organisation(db: &Db, id: i64) -> sqlx::Result<Option<Organisation>> {
    sqlx::query_as("SELECT id, name, website FROM organisations WHERE id = $1").bind(id).fetch_optional(db.pool()).await
}
