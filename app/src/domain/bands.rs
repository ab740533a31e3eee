//! Score bands: the zones and grades an assessment reports (ORI's green,
//! yellow and red; SKM's A–D; …). Band tables are versioned data.

use super::stats::{Estimate, round2};
use super::text::Text;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The colour family a band belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Zone {
    /// Green: compliant, high quality.
    Green,
    /// Yellow: moderate.
    Yellow,
    /// Red: low.
    Red,
    /// Black: lowest (ORI 2025).
    Black,
}

impl Zone {
    /// Lowercase name, also the CSS class suffix.
    pub fn as_str(self) -> &'static str {
        match self {
            Zone::Green => "green",
            Zone::Yellow => "yellow",
            Zone::Red => "red",
            Zone::Black => "black",
        }
    }
}

/// One band of a table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Band {
    /// Short key, e.g. `A` or `green`.
    pub key: String,
    /// Name shown to people.
    pub label: Text,
    /// Colour family.
    pub zone: Zone,
    /// Lowest score (two decimals) in this band.
    pub min: f64,
    /// False where the cut-off was not published and is an assumption.
    #[serde(default = "yes")]
    pub confirmed: bool,
}

fn yes() -> bool {
    true
}

/// What a band table says of an estimate.
#[derive(Clone, Debug, PartialEq)]
pub enum Verdict<'a> {
    /// Nothing answered yet.
    NoScore,
    /// Fewer responses than the table asks for.
    TooSmall {
        /// Responses so far.
        n: u64,
        /// Responses the table asks for.
        min: u32,
    },
    /// The interval lies within one band.
    Band(&'a Band),
    /// The interval straddles cut-offs: these bands, best first.
    Uncertain(Vec<&'a Band>),
}

/// One version of a band table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandTable {
    /// Stable key, e.g. `ori-2025`.
    pub key: String,
    /// Version number.
    pub version: u32,
    /// Name shown to people.
    pub title: Text,
    /// Where the cut-offs come from.
    #[serde(default)]
    pub source: Option<Text>,
    /// Fewest responses for which a band is shown.
    #[serde(default = "thirty")]
    pub min_n: u32,
    /// The bands, any order.
    pub bands: Vec<Band>,
}

fn thirty() -> u32 {
    30
}

impl BandTable {
    /// The band a score falls in, comparing the score as published (two
    /// decimals) with each band's lower bound.
    pub fn classify(&self, score: f64) -> Option<&Band> {
        let s = round2(score);
        self.bands
            .iter()
            .filter(|b| s >= b.min)
            .max_by(|a, b| a.min.total_cmp(&b.min))
    }

    /// Every band an interval touches, best first: one band when the
    /// interval sits inside it, several ("B or C") when it straddles a
    /// cut-off.
    pub fn bands_between(&self, lo: f64, hi: f64) -> Vec<&Band> {
        let (lo, hi) = (round2(lo), round2(hi));
        let mut out: Vec<&Band> = self
            .bands
            .iter()
            .filter(|b| b.min <= hi)
            .filter(|b| {
                // A band reaches up to the next band's start.
                let top = self
                    .bands
                    .iter()
                    .filter(|o| o.min > b.min)
                    .map(|o| o.min)
                    .fold(f64::INFINITY, f64::min);
                top > lo
            })
            .collect();
        out.sort_by(|a, b| b.min.total_cmp(&a.min));
        out
    }

    /// What can be said of an estimate: no score yet, too few responses
    /// for a band, one band, or several when the interval straddles a
    /// cut-off.
    pub fn judge(&self, estimate: &Estimate) -> Verdict<'_> {
        let Some(score) = estimate.score else {
            return Verdict::NoScore;
        };
        if estimate.n < u64::from(self.min_n) {
            return Verdict::TooSmall {
                n: estimate.n,
                min: self.min_n,
            };
        }
        let bands = match estimate.ci {
            Some((lo, hi)) => self.bands_between(lo, hi),
            None => self.classify(score).into_iter().collect(),
        };
        match bands.as_slice() {
            [] => Verdict::NoScore,
            [one] => Verdict::Band(one),
            _ => Verdict::Uncertain(bands),
        }
    }

    /// Checks that the table is coherent.
    pub fn validate(&self) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        if self.key.is_empty()
            || !self
                .key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            problems.push(format!(
                "key `{}`: use lowercase letters, digits and `-`",
                self.key
            ));
        }
        if self.version == 0 {
            problems.push("version: must be 1 or more".into());
        }
        if self.bands.is_empty() {
            problems.push("bands: at least one band is needed".into());
        }
        let mut keys = BTreeSet::new();
        let mut mins = Vec::new();
        for b in &self.bands {
            if !keys.insert(b.key.as_str()) {
                problems.push(format!("band `{}`: key used twice", b.key));
            }
            if !b.min.is_finite() {
                problems.push(format!("band `{}`: min must be a number", b.key));
            }
            if mins.contains(&b.min) {
                problems.push(format!(
                    "band `{}`: another band starts at {}",
                    b.key, b.min
                ));
            }
            mins.push(b.min);
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skm() -> BandTable {
        let b = |key: &str, min: f64, zone| Band {
            key: key.into(),
            label: Text::new(key, key),
            zone,
            min,
            confirmed: true,
        };
        BandTable {
            key: "skm".into(),
            version: 1,
            title: Text::new("SKM", "SKM"),
            source: None,
            min_n: 30,
            bands: vec![
                b("A", 88.31, Zone::Green),
                b("B", 76.61, Zone::Green),
                b("C", 65.0, Zone::Yellow),
                b("D", 25.0, Zone::Red),
            ],
        }
    }

    #[test]
    fn boundaries_fall_where_the_regulation_puts_them() {
        let t = skm();
        assert_eq!(t.classify(88.31).unwrap().key, "A");
        assert_eq!(t.classify(88.30).unwrap().key, "B");
        assert_eq!(t.classify(88.305).unwrap().key, "A", "published as 88.31");
        assert_eq!(t.classify(76.61).unwrap().key, "B");
        assert_eq!(t.classify(76.60).unwrap().key, "C");
        assert_eq!(t.classify(65.0).unwrap().key, "C");
        assert_eq!(t.classify(64.99).unwrap().key, "D");
        assert_eq!(t.classify(100.0).unwrap().key, "A");
        assert!(t.classify(24.0).is_none());
    }

    #[test]
    fn an_interval_across_a_cut_off_names_both_bands() {
        let t = skm();
        let keys = |lo, hi| {
            t.bands_between(lo, hi)
                .iter()
                .map(|b| b.key.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(keys(80.0, 85.0), ["B"]);
        assert_eq!(keys(75.0, 80.0), ["B", "C"]);
        assert_eq!(keys(60.0, 90.0), ["A", "B", "C", "D"]);
        assert_eq!(keys(88.31, 100.0), ["A"]);
        assert_eq!(keys(76.60, 76.61), ["B", "C"]);
    }

    #[test]
    fn validation_catches_duplicates() {
        let mut t = skm();
        t.bands[1].key = "A".into();
        t.bands[2].min = 25.0;
        let p = t.validate().unwrap_err();
        assert_eq!(p.len(), 2, "{p:?}");
    }
}
