//! How many respondents a unit needs.

/// The sample a unit with `population` users in the period needs for a
/// 95 % confidence level and a 5 % margin (Krejcie & Morgan, 1970).
pub fn krejcie_morgan(population: u64) -> u64 {
    const CHI2: f64 = 3.841;
    const P: f64 = 0.5;
    const D: f64 = 0.05;
    if population == 0 {
        return 0;
    }
    let n = population as f64;
    let s = CHI2 * n * P * (1.0 - P) / (D * D * (n - 1.0) + CHI2 * P * (1.0 - P));
    // Round to the nearest respondent, as the published table does.
    (s.round() as u64).min(population)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn krejcie_morgan_matches_the_published_table() {
        for (population, sample) in [
            (10, 10),
            (100, 80),
            (1000, 278),
            (10_000, 370),
            (1_000_000, 384),
        ] {
            assert_eq!(krejcie_morgan(population), sample, "N = {population}");
        }
    }
}
