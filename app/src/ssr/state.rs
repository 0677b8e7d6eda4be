use axum::extract::FromRef;
use leptos::config::LeptosOptions;

use super::db::Db;

/// What every request handler and server-rendered page can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub leptos_options: LeptosOptions,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
