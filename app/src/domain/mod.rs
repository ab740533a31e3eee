//! Pure rules of the product: instruments, answers, scores and bands.
//! No I/O here; everything is unit-tested.

pub mod answers;
pub mod bands;
pub mod consultation;
pub mod fit;
pub mod flood;
pub mod instrument;
pub mod method;
pub mod own;
pub mod period;
pub mod plan;
pub mod readability;
pub mod score;
pub mod signals;
pub mod stats;
pub mod text;
pub mod zone;
