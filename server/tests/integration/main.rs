//! Integration tests: the real router on a real port, on a fresh SQLite file and, when
//! TEST_POSTGRES_URL is set (as `make test` does), on a fresh PostgreSQL database too.

mod helpers;

mod accounts;
mod binary;
mod calendar;
mod editor;
mod hardening;
mod ideas;
mod mail;
mod offers;
mod pages;
mod permissions;
mod privacy;
mod registrations;
mod reminders;
mod safety;
mod setup;
mod smtp_sink;
mod storage;
