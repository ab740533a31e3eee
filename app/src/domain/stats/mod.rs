//! Uncertainty of a score, with respondents as the sampling units.
//!
//! A survey's score is a ratio estimator: S = c · Σᵢ wᵢ·mᵢ / Σᵢ wᵢ, where mᵢ
//! is the mean of item i over the respondents who answered it (not
//! applicable answers are left out). Because respondents skip different
//! items, items are not independent samples; the variance is therefore
//! found by linearisation (the delta method) over respondents:
//!
//!   zᵣ = c/W · Σᵢ wᵢ · aᵣᵢ·(yᵣᵢ − mᵢ) / nᵢ          (aᵣᵢ = 1 if r answered i)
//!   Var(S) ≈ n/(n−1) · Σᵣ zᵣ²
//!
//! Σᵣ zᵣ² expands into per-item and per-pair sums (Σyᵢyⱼ, Σyᵢ over those who
//! also answered j, and how many answered both), which [`Tally`] keeps. A
//! tally is additive: units add up to an agency, days to a month, and a
//! response is added once, when it is stored. The 95 % interval uses
//! Student's t with n − 1 degrees of freedom and is clipped to the scale.
//!
//! The parts: [`Tally`] (the running sums, `tally`), [`estimate()`] and
//! [`mean_of`] (a score and its interval, `estimate`), [`change()`] (between
//! periods, `change`), [`t_quantile_975`] (`quantile`), [`krejcie_morgan`]
//! (the sample a unit needs, `sample`), [`prevalence()`] (the share who met
//! each form, with Wilson's interval, `prevalence`), [`rank_ranges`] (the places a
//! score could hold, given its interval, `rank`), and [`round2`] and
//! [`scale_bounds`] (how scores are bounded and published, `scale`).

mod change;
mod compact;
mod estimate;
mod prevalence;
mod quantile;
mod rank;
mod sample;
mod scale;
mod tally;

pub use change::{Change, change};
pub use estimate::{Estimate, ItemEstimate, estimate, mean_of};
pub use prevalence::{Share, prevalence, wilson};
pub use quantile::t_quantile_975;
pub use rank::rank_ranges;
pub use sample::krejcie_morgan;
pub use scale::{round2, scale_bounds};
pub use tally::{ItemSums, LOW_AT_MOST, PairSums, Tally};

/// The stored form of a tally.
pub mod tally_form {
    pub use super::tally::COMPACT;
}
