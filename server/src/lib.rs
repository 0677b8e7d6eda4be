//! The Treffpunkt server: configuration, start-up, plain HTTP routes and demo data.
//! A library, so that integration tests build exactly the app that `main` serves.

pub mod admin;
pub mod backup;
pub mod config;
pub mod demo;
pub mod forms;
pub mod jobs;
pub mod mail;
pub mod proxy;
pub mod routes;
pub mod security;
pub mod serve;
pub mod startup;
pub mod telemetry;
pub mod valid_html;
