//! One verdict per score, in one sentence: a band only when the sample is
//! large enough (both the band table's minimum and the sample the unit's
//! users need) and the interval stays inside one band; otherwise why not.
//! Never two band names at once, so a reader cannot pick the one they
//! like.

use crate::domain::bands::{Band, BandTable, Verdict};
use crate::domain::stats::Estimate;
use crate::domain::text::Lang;
use crate::i18n;

/// What can be said of a score.
#[derive(Clone, Debug, PartialEq)]
pub enum Said<'a> {
    /// Nothing answered yet.
    NoScore,
    /// Fewer responses than needed: `n` of `need`.
    TooFew {
        /// Responses counted.
        n: u64,
        /// Responses needed.
        need: u64,
    },
    /// Enough responses, but the interval crosses a cut-off.
    Between,
    /// One band.
    Band(&'a Band),
}

/// The verdict on `e`, given the sample its population needs (`required`,
/// when known).
pub fn verdict<'a>(bands: &'a BandTable, e: &Estimate, required: Option<u64>) -> Said<'a> {
    if e.score.is_none() {
        return Said::NoScore;
    }
    let need = u64::from(bands.min_n).max(required.unwrap_or(0));
    if e.n < need {
        return Said::TooFew { n: e.n, need };
    }
    match bands.judge(e) {
        Verdict::NoScore => Said::NoScore,
        Verdict::TooSmall { n, min } => Said::TooFew {
            n,
            need: u64::from(min),
        },
        Verdict::Uncertain(_) => Said::Between,
        Verdict::Band(b) => Said::Band(b),
    }
}

impl Said<'_> {
    /// The sentence a reader sees.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            Said::NoScore => i18n::NO_SCORE.get(lang).to_string(),
            Said::TooFew { n, need } => {
                i18n::VERDICT_TOO_FEW.with(lang, &[("n", (*n).into()), ("need", (*need).into())])
            }
            Said::Between => i18n::VERDICT_BETWEEN.get(lang).to_string(),
            Said::Band(b) => {
                let note = (!b.confirmed).then(|| format!(" ({})", i18n::UNCONFIRMED.get(lang)));
                format!("{}{}", b.label.get(lang), note.unwrap_or_default())
            }
        }
    }

    /// The CSS class of its mark.
    pub fn class(&self) -> String {
        match self {
            Said::Band(b) => format!("band zone-{}", b.zone.as_str()),
            _ => "band zone-none".into(),
        }
    }

    /// A machine-readable word for the open data: the band's key, or
    /// `too_few`, `between`, `none`.
    pub fn key(&self) -> String {
        match self {
            Said::NoScore => "none".into(),
            Said::TooFew { .. } => "too_few".into(),
            Said::Between => "between".into(),
            Said::Band(b) => b.key.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::bands::{BandTable, Zone};
    use crate::domain::text::Text;

    fn table() -> BandTable {
        let b = |key: &str, min: f64, zone| Band {
            key: key.into(),
            label: Text::new(format!("Zona {key}"), format!("Zone {key}")),
            zone,
            min,
            confirmed: true,
        };
        BandTable {
            key: "t".into(),
            version: 1,
            title: Text::new("T", "T"),
            source: None,
            min_n: 30,
            bands: vec![
                b("hijau", 78.0, Zone::Green),
                b("kuning", 54.0, Zone::Yellow),
                b("merah", 25.0, Zone::Red),
            ],
        }
    }

    fn est(n: u64, score: f64, ci: (f64, f64)) -> Estimate {
        Estimate {
            n,
            score: Some(score),
            se: None,
            sd: None,
            ci: Some(ci),
            items: vec![],
        }
    }

    #[test]
    fn a_band_needs_the_sample_the_users_need() {
        let t = table();
        let e = est(52, 95.0, (94.0, 96.0));
        assert_eq!(
            verdict(&t, &e, Some(379)),
            Said::TooFew { n: 52, need: 379 }
        );
        assert!(matches!(verdict(&t, &e, None), Said::Band(_)));
        let text = verdict(&t, &e, Some(379)).text(Lang::Id);
        assert!(text.contains("52 dari 379"), "{text}");
    }

    #[test]
    fn an_interval_across_a_cut_off_names_no_band() {
        let t = table();
        let e = est(500, 78.5, (76.0, 81.0));
        let said = verdict(&t, &e, Some(100));
        assert_eq!(said, Said::Between);
        for b in &t.bands {
            assert!(!said.text(Lang::Id).contains(b.label.get(Lang::Id)));
        }
    }
}
