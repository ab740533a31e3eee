//! Database tables as sea-orm entities. The schema itself lives in the
//! `migrations` crate.

pub mod agency;
pub mod answer;
pub mod band_table;
pub mod instrument;
pub mod response;
pub mod service_unit;
pub mod setting;
pub mod survey;
pub mod survey_unit;
pub mod tally;
