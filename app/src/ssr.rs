//! Server-only parts of the app: shared state, data access, accounts, mail outbox, audit log.

pub mod audit;
pub mod auth;
pub mod cache;
pub mod calendar;
pub mod db;
pub mod drafts;
pub mod http;
pub mod links;
pub mod outbox;
pub mod privacy;
pub mod qr;
pub mod rate_limit;
pub mod redact;
pub mod service;
pub mod state;
