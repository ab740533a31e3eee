//! Queries, one module per resource.

pub mod levels;
pub mod responses;
pub mod retally;
pub mod scores;
pub mod surveys;
pub mod tallies;
