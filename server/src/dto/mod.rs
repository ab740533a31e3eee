//! Types that cross the wire, validated on the way in (`validator`) and
//! shaped on the way out. Nothing reaches the database without passing
//! through one of these.

pub mod admin;
pub mod levels;
pub mod listing;
pub mod opinion;
pub mod submission;
pub mod survey;
pub mod whole;
