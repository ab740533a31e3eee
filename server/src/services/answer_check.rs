//! A submission's answers checked against what the survey asks: its
//! instrument's questions, and the agency's own when it asks any.

use crate::store::surveys::LoadedSurvey;
use app::domain::answers::{self, FieldErrors};
use app::domain::own::is_own;
use std::collections::BTreeMap;

/// The answers of a submission checked: the instrument's, and the
/// agency's own questions' when the survey asks any (with the version they
/// were asked under). Problems go to `errors`.
pub fn check_answers(
    survey: &LoadedSurvey,
    raw: &BTreeMap<String, String>,
    errors: &mut FieldErrors,
) -> (Vec<answers::CheckedAnswer>, Option<i32>) {
    check_answers_as(survey, raw, true, errors)
}

/// [`check_answers`]; with `shown` false (the API, an import: the form was
/// not ours to show, and an app or a paper form may predate the agency's
/// own questions) every own question may be left out, and what is given is
/// checked all the same.
pub fn check_answers_as(
    survey: &LoadedSurvey,
    raw: &BTreeMap<String, String>,
    shown: bool,
    errors: &mut FieldErrors,
) -> (Vec<answers::CheckedAnswer>, Option<i32>) {
    // Without own questions an own key is as unknown as any other.
    let Some(own) = &survey.own else {
        let out = answers::check(&survey.instrument, raw).unwrap_or_else(|e| {
            errors.extend(e);
            Vec::new()
        });
        return (out, None);
    };
    let (own_raw, base_raw): (BTreeMap<_, _>, BTreeMap<_, _>) = raw
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .partition(|(k, _)| is_own(k));
    let mut out = answers::check(&survey.instrument, &base_raw).unwrap_or_else(|e| {
        errors.extend(e);
        Vec::new()
    });
    let asked = answers::Asked {
        first: survey.instrument.items.len() + 1,
        enforce_required: shown,
    };
    match answers::check_asked(own, &own_raw, asked) {
        Ok(a) => out.extend(a),
        Err(e) => errors.extend(e),
    }
    (out, i32::try_from(own.version).ok())
}
