//! Plain HTTP routes beside the Leptos pages.

pub mod account;
pub mod calendar;
pub mod health;
pub mod lang;
pub mod offers;
pub mod participants;
pub mod programmes;
pub mod registrations;
pub mod sites;
