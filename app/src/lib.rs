//! Treffpunkt: group offers, events and programmes of youth migration services.
//!
//! The crate compiles twice. With `ssr` it holds the pages, data access and translations that the
//! server renders; with `hydrate` it is the browser bundle, which carries only the islands.

pub mod domain;
#[cfg(feature = "ssr")]
pub mod i18n;
#[cfg(feature = "ssr")]
pub mod ssr;
pub mod ui;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
