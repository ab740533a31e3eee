//! Queries, one module per resource.

pub mod admin;
pub mod api_tokens;
pub mod codes;
pub mod levels;
pub mod privacy;
pub mod ranking;
pub mod responses;
pub mod retally;
pub mod scores;
pub mod surveys;
pub mod tallies;
