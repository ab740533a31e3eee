//! Small reusable views.

pub mod item;
pub mod progress;
