//! What a method says of a score's forms of maladministration: the share
//! of users who met each form (its prevalence, with Wilson's interval),
//! and the predicate the method's rule gives them. Read from the tally
//! sums a score already has, never from the answers again; shown only for
//! the method's perception instrument (not SKM, not public trust).

use super::Method;
use super::predicate::{Predicate, judge};
use crate::domain::bands::BandTable;
use crate::domain::instrument::Instrument;
use crate::domain::stats::Share;
use crate::domain::text::{Lang, Text};
use crate::i18n;

/// The forms' shares of one score, and the predicate on them.
#[derive(Clone, Debug, PartialEq)]
pub struct Forms {
    /// Per form (scored item, in the instrument's order): its key, short
    /// name and share.
    pub shares: Vec<(String, Text, Share)>,
    /// The method's predicate, when the method has a rule.
    pub predicate: Option<Predicate>,
    /// The rule's share, in percent, and whether it was published.
    pub threshold: Option<(f64, bool)>,
}

/// Whether `method` reads forms from surveys on `instrument`.
pub fn applies(method: &Method, instrument: &Instrument) -> bool {
    method.perception_instrument == instrument.key
}

/// The forms of a score of `n` respondents whose per-item shares are
/// `prevalence`, when `method` applies to `instrument`.
pub fn forms(
    method: Option<&Method>,
    instrument: &Instrument,
    n: u64,
    prevalence: &[Share],
) -> Option<Forms> {
    let method = method.filter(|m| applies(m, instrument))?;
    let shares = instrument
        .scored_items()
        .zip(prevalence)
        .map(|(item, share)| (item.key.clone(), item.short_name(), *share))
        .collect();
    let rule = method.predicate.as_ref();
    Some(Forms {
        shares,
        predicate: rule.map(|r| judge(r, n, prevalence)),
        threshold: rule.map(|r| (r.share, r.confirmed)),
    })
}

impl Forms {
    /// The keys of the forms that decide the predicate.
    pub fn deciding(&self) -> Vec<String> {
        self.deciding_names(|(key, _)| key.clone())
    }

    /// The short names of the forms that decide the predicate, in `lang`.
    pub fn deciding_named(&self, lang: Lang) -> Vec<String> {
        self.deciding_names(|(_, name)| name.get(lang).to_string())
    }

    fn deciding_names(&self, pick: impl Fn((&String, &Text)) -> String) -> Vec<String> {
        let forms = match &self.predicate {
            Some(Predicate::High { forms } | Predicate::Undecided { forms }) => forms.as_slice(),
            _ => &[],
        };
        forms
            .iter()
            .filter_map(|i| self.shares.get(*i))
            .map(|(key, name, _)| pick((key, name)))
            .collect()
    }

    /// The predicate in one plain sentence, naming the forms that decide
    /// it and saying when its threshold is unconfirmed.
    pub fn predicate_text(&self, lang: Lang) -> Option<String> {
        let p = self.predicate.as_ref()?;
        let (share, confirmed) = self.threshold.unwrap_or((0.0, true));
        let share = match lang {
            Lang::Id => share.to_string().replace('.', ","),
            Lang::En => share.to_string(),
        };
        let forms = self.deciding_named(lang).join(", ");
        let mut text =
            match p {
                Predicate::TooSmall { n, min } => i18n::PREDICATE_TOO_SMALL
                    .with(lang, &[("n", (*n).into()), ("min", (*min).into())]),
                Predicate::High { .. } => i18n::PREDICATE_HIGH
                    .with(lang, &[("share", share.into()), ("forms", forms.into())]),
                Predicate::Low => i18n::PREDICATE_LOW.with(lang, &[("share", share.into())]),
                Predicate::Undecided { .. } => i18n::PREDICATE_UNDECIDED
                    .with(lang, &[("share", share.into()), ("forms", forms.into())]),
            };
        if !confirmed && !matches!(p, Predicate::TooSmall { .. }) {
            text.push(' ');
            text.push_str(i18n::PREDICATE_UNCONFIRMED.get(lang));
        }
        Some(text)
    }
}

/// Whether any cut-off of `bands` is unconfirmed.
pub fn bands_unconfirmed(bands: &BandTable) -> bool {
    bands.bands.iter().any(|b| !b.confirmed)
}

/// The plain note a page shows beside figures from `method` and `bands`:
/// which method the survey follows (title and version) and what of it is
/// unconfirmed. `None` when there is no method and every cut-off is
/// published.
pub fn method_note(method: Option<&Method>, bands: &BandTable, lang: Lang) -> Option<Vec<String>> {
    let unconfirmed = bands_unconfirmed(bands) || method.is_some_and(Method::has_unconfirmed);
    if method.is_none() && !unconfirmed {
        return None;
    }
    let mut lines = Vec::new();
    if let Some(m) = method {
        lines.push(i18n::METHOD_FOLLOWS.with(
            lang,
            &[
                ("title", m.title.get(lang).to_string().into()),
                ("version", m.version.into()),
            ],
        ));
    }
    if unconfirmed {
        lines.push(i18n::CUTOFFS_UNPUBLISHED.get(lang).to_string());
    }
    if let Some(note) = method.and_then(|m| m.note.as_ref()) {
        lines.push(note.get(lang).to_string());
    }
    Some(lines)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::method::tests::shipped;

    fn instrument() -> Instrument {
        toml::from_str(include_str!(
            "../../../definitions/instruments/maladministration-perception.v2.toml"
        ))
        .unwrap()
    }

    #[test]
    fn forms_follow_the_perception_instrument_only() {
        let (_, m) = shipped();
        let i = instrument();
        let k = i.scored_items().count();
        let mut shares = vec![Share::of(0, 200); k];
        shares[5] = Share::of(60, 200);
        let f = forms(Some(&m), &i, 200, &shares).unwrap();
        assert_eq!(f.predicate, Some(Predicate::High { forms: vec![5] }));
        assert_eq!(f.deciding(), ["payment_request"]);
        let text = f.predicate_text(Lang::En).unwrap();
        assert!(text.contains("10 %"), "{text}");
        assert!(
            text.contains(i18n::PREDICATE_UNCONFIRMED.get(Lang::En)),
            "{text}"
        );
        assert!(forms(None, &i, 200, &shares).is_none());
        let mut other = i.clone();
        other.key = "skm".into();
        assert!(forms(Some(&m), &other, 200, &shares).is_none());
    }
}
