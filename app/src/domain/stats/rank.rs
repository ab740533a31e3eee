//! Which places a ranked score could really hold, given its interval.
//!
//! Two scores whose 95 % intervals overlap are not shown to differ, so a
//! ranking that prints "#2" and "#3" for them claims more than it knows.
//! Each score gets the range of places it could hold: it is surely behind
//! every score whose interval lies wholly above its own, and surely ahead
//! of every score whose interval lies wholly below. A range of one place is
//! a firm rank; "2–4" is a tie among those places.

/// The places (1-based, best first: 1 is the highest score) each interval
/// `(low, high)` could hold among all of them, in the order given.
///
/// Sorted bounds make it O(n log n): a ranking of every unit in a country
/// asks this of tens of thousands of intervals.
pub fn rank_ranges(intervals: &[(f64, f64)]) -> Vec<(usize, usize)> {
    let n = intervals.len();
    let mut lows: Vec<f64> = intervals.iter().map(|&(l, _)| l).collect();
    let mut highs: Vec<f64> = intervals.iter().map(|&(_, h)| h).collect();
    lows.sort_by(f64::total_cmp);
    highs.sort_by(f64::total_cmp);
    intervals
        .iter()
        .map(|&(lo, hi)| {
            // Intervals wholly above: their low is above this high.
            let surely_above = n - lows.partition_point(|&l| l <= hi);
            // Wholly below: their high is below this low.
            let surely_below = highs.partition_point(|&h| h < lo);
            (1 + surely_above, n - surely_below)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_intervals_share_places_and_apart_ones_do_not() {
        // 90 stands apart; 80 and 78 overlap each other; 60 stands apart.
        let got = rank_ranges(&[(88.0, 92.0), (77.0, 83.0), (75.0, 81.0), (55.0, 65.0)]);
        assert_eq!(got, [(1, 1), (2, 3), (2, 3), (4, 4)]);
    }

    #[test]
    fn a_wide_interval_spans_every_place_it_overlaps() {
        let got = rank_ranges(&[(88.0, 92.0), (60.0, 95.0), (70.0, 74.0)]);
        assert_eq!(got, [(1, 2), (1, 3), (2, 3)]);
    }

    #[test]
    fn one_score_is_first() {
        assert_eq!(rank_ranges(&[(50.0, 60.0)]), [(1, 1)]);
        assert!(rank_ranges(&[]).is_empty());
    }

    proptest::proptest! {
        #[test]
        fn the_places_are_those_counted_one_by_one(
            raw in proptest::collection::vec((0u8..100, 0u8..20), 0..60)
        ) {
            let intervals: Vec<(f64, f64)> = raw
                .iter()
                .map(|&(lo, width)| (f64::from(lo), f64::from(lo) + f64::from(width)))
                .collect();
            let n = intervals.len();
            let counted: Vec<(usize, usize)> = intervals
                .iter()
                .map(|&(lo, hi)| {
                    let above = intervals.iter().filter(|&&(l, _)| l > hi).count();
                    let below = intervals.iter().filter(|&&(_, h)| h < lo).count();
                    (1 + above, n - below)
                })
                .collect();
            proptest::prop_assert_eq!(rank_ranges(&intervals), counted);
        }
    }
}
