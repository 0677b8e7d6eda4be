//! Pages are rendered on the server only; islands are the small interactive parts that the
//! browser hydrates, and the only UI code in the wasm bundle.

pub mod islands;

#[cfg(feature = "ssr")]
mod app;
#[cfg(feature = "ssr")]
mod components;
#[cfg(feature = "ssr")]
mod pages;

#[cfg(feature = "ssr")]
pub use app::{App, page_security_policy, shell};
