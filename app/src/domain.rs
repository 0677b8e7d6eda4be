//! Pure rules: no I/O, no clock, no database. Compiles for the server and the browser alike.

pub mod offer;
pub mod schedule;
