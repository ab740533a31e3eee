//! Small reusable views.

pub mod item;
pub mod keeper;
pub mod progress;
pub mod screening;
