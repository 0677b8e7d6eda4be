//! The use cases that change data. Each runs in one transaction: lock what it changes, load,
//! decide with the pure domain rules, write, record the audit entry (and the messages it sends,
//! in the outbox), commit. Routes authorise and parse; they never open transactions themselves.

pub mod contact_address;
pub mod ideas;
pub mod joining;
pub mod network;
pub mod offers;
pub mod participants;
pub mod programmes;
pub mod registrations;
pub mod reminders;
pub mod sites;
pub mod votes;
