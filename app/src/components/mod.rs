//! Small reusable views.

pub mod form_parts;
pub mod item;
pub mod keeper;
pub mod photo;
pub mod progress;
pub mod screening;
