//! Server-only parts of the app: shared state and data access.

pub mod db;
pub mod state;
