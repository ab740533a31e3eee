//! The store: entities, the queries that read and write them (each takes a
//! connection), and the group-commit writer. It knows nothing of HTTP.

pub mod admin;
pub mod api_tokens;
pub mod audit;
pub mod catalog;
pub mod certificates;
pub mod code_slips;
pub mod codes;
pub mod comments;
pub mod consultations;
pub mod counters;
pub mod db;
pub mod definitions;
pub mod entities;
pub mod field;
pub mod flagged;
pub mod followup;
pub mod kiosks;
pub mod levels;
pub mod listing;
pub mod methods;
pub mod opinion;
pub mod people;
pub mod privacy;
pub mod proofs;
pub mod public_figures;
pub mod publications;
pub mod questions;
pub mod responses;
pub mod retally;
pub mod scores;
pub mod signals;
pub mod surveys;
pub mod tallies;
pub mod versions;
pub mod writer;
