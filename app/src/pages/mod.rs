//! Whole pages. Each takes a view model the server fills in; none fetches
//! data itself, so every page renders completely on the server.

#[cfg(feature = "ssr")]
pub mod admin;
pub mod api_docs;
#[cfg(feature = "ssr")]
pub mod certificate;
#[cfg(feature = "ssr")]
pub mod consultation;
pub mod field;
pub mod message;
#[cfg(feature = "ssr")]
pub mod publication;
pub mod results;
pub mod results_explain;
pub mod results_forms;
pub mod results_tables;
pub mod results_verdict;
pub mod results_view;
pub mod survey;
mod survey_fields;
pub mod thanks;
