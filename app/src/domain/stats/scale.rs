//! The range a score can take, and how it is published.

use crate::domain::instrument::Instrument;

/// Rounds to two decimals, as scores are published.
pub fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The lowest and highest possible score.
pub fn scale_bounds(instrument: &Instrument) -> (f64, f64) {
    let c = instrument.conversion;
    (
        f64::from(instrument.scale.min) * c,
        f64::from(instrument.scale.max) * c,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_to_two_decimals() {
        assert_eq!(round2(88.305_000_1), 88.31);
        assert_eq!(round2(76.604), 76.6);
    }
}
