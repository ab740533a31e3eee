//! Integration tests: the real router on a freshly migrated database,
//! reached over real HTTP. Every test runs on SQLite, and on PostgreSQL
//! when `TEST_DATABASE_URL` is set (`make test` and CI set it; a set but
//! unreachable database fails the test).

mod support;

mod admin_access;
mod admin_hardening;
mod admin_passwords;
mod admin_sessions;
mod api;
mod assess_journey;
mod catalog;
mod certificate;
mod citizen;
mod citizen_steps;
mod cleanup;
mod consultation;
mod counters;
mod errors;
mod export_filters;
mod export_stall;
mod exports;
mod field;
mod field_interviews;
mod field_plain;
mod followup;
mod fuzz;
mod hardening;
mod headers;
mod import;
mod integrity_devices;
mod integrity_flood;
mod integrity_review;
mod integrity_signals;
mod limits;
mod manage_journey;
mod manage_pages;
mod manage_people;
mod methods;
mod operations;
mod opinion;
mod outage;
mod own_questions;
mod processes;
mod proof;
mod public_journey;
mod publication;
mod publish;
mod ranking;
mod report;
mod retention;
mod scores;
mod survey_copy;
mod token_terms;
mod webhooks;
