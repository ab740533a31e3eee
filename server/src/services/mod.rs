//! The services: what the product does (submit an answer, check who may
//! see what, sign in, export, load demo data), over the store.

pub mod access;
pub mod answer_check;
pub mod assets;
pub mod auth;
pub mod bearer;
pub mod certificate;
pub mod changes;
pub mod choices;
pub mod clock;
pub mod consultation;
pub mod demo;
pub mod export;
pub mod field;
pub mod field_figures;
pub mod filters;
pub mod followup;
pub mod icon;
pub mod integrity;
pub mod kiosk;
pub mod opinion;
pub mod opinion_entry;
pub mod password_policy;
pub mod people;
pub mod proof;
pub mod public_results;
pub mod publication;
pub mod qr;
pub mod ranking;
pub mod report;
pub mod retention;
pub mod scores;
pub mod state;
pub mod submit;
pub mod token;
pub mod webhooks;
