use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use std::sync::Arc;

use super::cache::Caches;
use super::db::Db;
use super::links::LinkKey;
use super::service::registrations::Desk;

/// What every request handler and server-rendered page can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub leptos_options: LeptosOptions,
    /// Where people reach this server, for links in emails: "https://treffpunkt.example.org".
    pub public_url: String,
    pub caches: Arc<Caches>,
    /// Signs the links in messages (cancel, consent).
    pub links: LinkKey,
    /// The address messages and calendar invites come from.
    pub organizer: String,
    /// The zone of pages that span several sites; a site's own pages use the site's zone.
    pub zone: chrono_tz::Tz,
    /// Every state's school holidays, read once at start-up.
    pub school_holidays: Arc<Vec<crate::domain::days_off::Period>>,
    /// Registrations waiting to be written together (SQLite).
    pub desk: Arc<Desk>,
}

impl AppState {
    /// Cookies get the Secure attribute when the site is served over https.
    pub fn secure_cookies(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
