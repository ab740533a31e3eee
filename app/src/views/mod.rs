//! View models: what the server fills in and the pages render (and the
//! JSON API returns). Plain data, no database type in sight.

pub mod score;
pub mod score_forms;
