//! Checking a respondent's answers against the survey's instrument.

use super::instrument::{Instrument, Item, ItemKind, NOT_APPLICABLE};
use super::text::Text;
use std::collections::BTreeMap;

/// Messages per field (item key, or `token`, `unit`, `_form`).
pub type FieldErrors = BTreeMap<String, Vec<Text>>;

/// The key under which problems that belong to no single field are kept.
pub const FORM_FIELD: &str = "_form";

/// An answer that passed every check, ready to store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckedAnswer {
    /// The item's key.
    pub key: String,
    /// The raw value as given (a scale value, `na`, a choice or the text).
    pub value: String,
    /// The value that counts in scores: scale answers only, not `na`.
    pub score: Option<i16>,
}

/// Adds `message` to the errors of `field`.
pub fn push_error(errors: &mut FieldErrors, field: &str, message: Text) {
    errors.entry(field.to_string()).or_default().push(message);
}

/// Message for a required answer that is missing: it names the question
/// by the number the form shows, so eight of them never read alike.
pub fn msg_required(number: usize) -> Text {
    crate::i18n::ANSWER_REQUIRED.text_with(&[("number", number.into())])
}

/// Message for a value that is not one of the options.
pub fn msg_invalid_option() -> Text {
    crate::i18n::INVALID_OPTION.text()
}

/// Message for a text answer over its limit.
pub fn msg_too_long(limit: usize) -> Text {
    crate::i18n::ANSWER_TOO_LONG.text_with(&[("limit", limit.into())])
}

/// Message for an answer to a question the survey does not ask.
pub fn msg_unknown_item(key: &str) -> Text {
    let key: String = key.chars().take(40).collect();
    crate::i18n::UNKNOWN_ITEM.text_with(&[("key", key.into())])
}

/// Checks every answer of a submission. `raw` maps item keys to the values
/// given; empty values count as not given. All problems are reported at
/// once, each under its field.
pub fn check(
    instrument: &Instrument,
    raw: &BTreeMap<String, String>,
) -> Result<Vec<CheckedAnswer>, FieldErrors> {
    check_asked(
        instrument,
        raw,
        Asked {
            first: 1,
            enforce_required: true,
        },
    )
}

/// How a form's questions are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Asked {
    /// The number the form shows before the first (the agency's own
    /// questions come after the instrument's).
    pub first: usize,
    /// Whether a required question must be answered: not when the form
    /// was not shown by us (an app, a paper form typed in) and may predate
    /// the question; what is given is checked all the same.
    pub enforce_required: bool,
}

/// [`check`], the questions asked as `asked` says.
pub fn check_asked(
    instrument: &Instrument,
    raw: &BTreeMap<String, String>,
    asked: Asked,
) -> Result<Vec<CheckedAnswer>, FieldErrors> {
    let mut errors = FieldErrors::new();
    let mut out = Vec::new();
    for key in raw.keys() {
        if instrument.item(key).is_none() {
            push_error(&mut errors, key, msg_unknown_item(key));
        }
    }
    for (pos, item) in instrument.items.iter().enumerate() {
        // A question asked only after a given answer is not asked
        // without it: whatever came for it is dropped.
        if item.show_if.as_ref().is_some_and(|c| !c.met(raw)) {
            continue;
        }
        let given = raw
            .get(&item.key)
            .map(|v| {
                if matches!(
                    item.kind,
                    ItemKind::Text | ItemKind::Number | ItemKind::Date
                ) {
                    v.trim()
                } else {
                    v.as_str()
                }
            })
            .filter(|v| !v.is_empty());
        let Some(value) = given else {
            if item.required && asked.enforce_required {
                push_error(&mut errors, &item.key, msg_required(pos + asked.first));
            }
            continue;
        };
        match check_one(instrument, item, value) {
            Ok(answer) => out.push(answer),
            Err(message) => push_error(&mut errors, &item.key, message),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

/// When a screening question was answered with a value that ends the
/// survey (a "No" to "have you used this service?"): what the respondent
/// is told. Nothing else matters then: the form ends politely there and
/// nothing is stored.
pub fn screened_out(instrument: &Instrument, raw: &BTreeMap<String, String>) -> Option<Text> {
    instrument.items.iter().find_map(|item| {
        let value = raw.get(&item.key)?;
        let ineligible = item.kind == ItemKind::Choice
            && !item.eligible.is_empty()
            && item.options.iter().any(|o| &o.value == value)
            && !item.eligible.contains(value);
        ineligible.then(|| {
            item.ineligible_message
                .clone()
                .unwrap_or_else(|| crate::i18n::NOT_ELIGIBLE.text())
        })
    })
}

fn check_one(instrument: &Instrument, item: &Item, value: &str) -> Result<CheckedAnswer, Text> {
    let answer = |score| CheckedAnswer {
        key: item.key.clone(),
        value: value.to_string(),
        score,
    };
    match item.kind {
        ItemKind::Scale => {
            if value == NOT_APPLICABLE && item.offers_not_applicable(instrument) {
                return Ok(answer(None));
            }
            match value.parse::<i16>() {
                Ok(v) if (instrument.scale.min..=instrument.scale.max).contains(&v) => {
                    Ok(answer(Some(v)))
                }
                _ => Err(msg_invalid_option()),
            }
        }
        ItemKind::Choice => {
            if !item.options.iter().any(|o| o.value == value) {
                return Err(msg_invalid_option());
            }
            if !item.eligible.is_empty() && !item.eligible.iter().any(|e| e == value) {
                return Err(item
                    .ineligible_message
                    .clone()
                    .unwrap_or_else(|| crate::i18n::NOT_ELIGIBLE.text()));
            }
            Ok(answer(None))
        }
        ItemKind::Text => {
            let limit = item.text_limit();
            if value.chars().count() > limit {
                return Err(msg_too_long(limit));
            }
            Ok(answer(None))
        }
        ItemKind::Multi => {
            let mut seen = Vec::new();
            for part in value.split(',') {
                if !item.options.iter().any(|o| o.value == part) || seen.contains(&part) {
                    return Err(msg_invalid_option());
                }
                seen.push(part);
            }
            Ok(answer(None))
        }
        ItemKind::Number => match value.replace(',', ".").parse::<f64>() {
            Ok(n) if n.is_finite() && value.len() <= 20 => Ok(CheckedAnswer {
                value: value.replace(',', "."),
                ..answer(None)
            }),
            _ => Err(crate::i18n::ANSWER_NOT_NUMBER.text()),
        },
        ItemKind::Date => {
            if is_date(value) {
                Ok(answer(None))
            } else {
                Err(crate::i18n::ANSWER_NOT_DATE.text())
            }
        }
    }
}

/// Whether `s` is a real calendar date written `YYYY-MM-DD`.
pub fn is_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1900..=2200).contains(&y) && (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::instrument::tests::sample;

    fn raw(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn accepts_a_complete_submission_and_scores_only_scale_values() {
        let i = sample();
        let got = check(
            &i,
            &raw(&[("used", "ya"), ("a", "na"), ("b", "3"), ("comment", " ok ")]),
        )
        .unwrap();
        let by_key: BTreeMap<_, _> = got.iter().map(|a| (a.key.as_str(), a)).collect();
        assert_eq!(
            by_key["a"].score, None,
            "not applicable is kept but not scored"
        );
        assert_eq!(by_key["a"].value, "na");
        assert_eq!(by_key["b"].score, Some(3));
        assert_eq!(by_key["used"].score, None);
        assert_eq!(by_key["comment"].value, "ok", "text is trimmed");
    }

    #[test]
    fn reports_every_problem_under_its_field() {
        let i = sample();
        let errors = check(
            &i,
            &raw(&[
                ("used", "tidak"),
                ("a", "5"),
                ("b", "na"),
                ("comment", "12345678901"),
                ("zzz", "1"),
            ]),
        )
        .unwrap_err();
        assert_eq!(errors["used"][0].en, "Only users");
        assert_eq!(errors["a"][0], msg_invalid_option());
        assert_eq!(
            errors["b"][0],
            msg_invalid_option(),
            "b does not offer not applicable"
        );
        assert_eq!(errors["comment"][0], msg_too_long(10));
        assert!(errors.contains_key("zzz"));
    }

    #[test]
    fn missing_required_answers_are_named_and_optional_ones_are_not() {
        let errors = check(&sample(), &raw(&[("a", ""), ("comment", "   ")])).unwrap_err();
        assert_eq!(errors.keys().collect::<Vec<_>>(), ["a", "b", "used"]);
        assert_eq!(errors["used"], vec![msg_required(1)]);
        assert_eq!(errors["a"], vec![msg_required(2)]);
        assert_eq!(errors["b"], vec![msg_required(3)]);
        assert_ne!(msg_required(2), msg_required(3), "each names its question");
    }

    #[test]
    fn a_screening_no_ends_the_form_whatever_else_is_missing() {
        let i = sample();
        let out = screened_out(&i, &raw(&[("used", "tidak")]));
        assert_eq!(out.unwrap().en, "Only users");
        assert_eq!(screened_out(&i, &raw(&[("used", "ya")])), None);
        assert_eq!(screened_out(&i, &raw(&[])), None);
        assert_eq!(
            screened_out(&i, &raw(&[("used", "maybe")])),
            None,
            "a value that is no option is an error, not a screening"
        );
    }

    #[test]
    fn text_limit_counts_characters_not_bytes() {
        let i = sample();
        let ok = check(
            &i,
            &raw(&[
                ("used", "ya"),
                ("a", "1"),
                ("b", "1"),
                ("comment", "éééééééééé"),
            ]),
        );
        assert!(ok.is_ok());
    }
}
