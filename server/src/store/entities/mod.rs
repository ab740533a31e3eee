//! Database tables as sea-orm entities. The schema itself lives in the
//! `migrations` crate.

pub mod agency;
pub mod answer;
pub mod api_token;
pub mod app_user;
pub mod audit_log;
pub mod band_table;
pub mod certificate;
pub mod device_seen;
pub mod followup_action;
pub mod instrument;
pub mod invite;
pub mod method;
pub mod opinion_figure;
pub mod opinion_follow_up;
pub mod proof;
pub mod publication;
pub mod response;
pub mod service_unit;
pub mod session;
pub mod setting;
pub mod survey;
pub mod survey_unit;
pub mod tally;
pub mod user_token;
pub mod verification_code;
