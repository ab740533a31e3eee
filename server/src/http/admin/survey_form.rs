//! The survey form's shape: what it offers (instruments, band tables, the
//! provider's units), its fields for a new or a stored survey, and the
//! posted choices resolved against what exists. No I/O beyond loading the
//! choices; the handlers are in `survey_edit`.

use super::Signed;
pub(super) use super::survey_choices::{Choices, choices};
use crate::dto::admin::{SurveyInput, SurveyValid};
use crate::store::admin::SurveyFields;
use crate::store::entities::{service_unit, survey};
use app::domain::answers::{FieldErrors, push_error};
use app::domain::text::Lang;
use app::i18n;
use app::pages::admin::{Field, FormView, Input};
use uuid::Uuid;

/// A new survey's form: the first instrument, the newest band table that
/// fits it, and no unit ticked unless the provider has only one (ticking
/// them all would offer posters for counters the survey is not for).
pub(super) fn new_input(c: &Choices) -> SurveyInput {
    let (instrument, bands) = c.defaults();
    SurveyInput {
        method: c.default_method(&instrument),
        instrument,
        bands,
        units: match c.units.as_slice() {
            [only] => vec![only.slug.clone()],
            _ => Vec::new(),
        },
        device_policy: "allow".into(),
        ..SurveyInput::default()
    }
}

/// An instant as a date in Western Indonesian Time (UTC+7); a closing
/// instant (the midnight after the last day) as that last day.
fn date_of(t: Option<chrono::DateTime<chrono::Utc>>, end: bool) -> String {
    t.map(|t| {
        let local = t + chrono::Duration::hours(7) - chrono::Duration::seconds(i64::from(end));
        local.format("%Y-%m-%d").to_string()
    })
    .unwrap_or_default()
}

/// A stored survey's form, with `chosen` its units.
pub(super) fn input_of(
    s: &survey::Model,
    units: &[service_unit::Model],
    chosen: &[Uuid],
) -> SurveyInput {
    SurveyInput {
        slug: s.slug.clone(),
        title: s.title.clone(),
        instrument: s.instrument_id.to_string(),
        bands: s.band_table_id.to_string(),
        units: units
            .iter()
            .filter(|u| chosen.contains(&u.id))
            .map(|u| u.slug.clone())
            .collect(),
        opens: date_of(s.opens_at, false),
        closes: date_of(s.closes_at, true),
        origins: s
            .embed_origins
            .split_whitespace()
            .collect::<Vec<_>>()
            .join("\n"),
        device_policy: s.device_policy.clone(),
        method: s.method_id.map(|m| m.to_string()).unwrap_or_default(),
        proof_photos: s.proof_photos,
    }
}

/// An open or closed survey keeps its instrument and band table whatever
/// is posted; posting others is an error on the form.
pub(super) fn keep_definition(
    s: &survey::Model,
    input: &mut SurveyInput,
    errors: &mut FieldErrors,
) {
    if s.status == "draft" {
        return;
    }
    let posted = (
        std::mem::replace(&mut input.instrument, s.instrument_id.to_string()),
        std::mem::replace(&mut input.bands, s.band_table_id.to_string()),
    );
    // The method stays too (a form without it posts nothing).
    input.method = s.method_id.map(|m| m.to_string()).unwrap_or_default();
    if (!posted.0.is_empty() && posted.0 != input.instrument)
        || (!posted.1.is_empty() && posted.1 != input.bands)
    {
        push_error(errors, "instrument", i18n::INSTRUMENT_LOCKED.text());
    }
}

/// The form for a new survey of `agency_slug` (`existing` is `None`) or for
/// `existing`.
pub(super) fn survey_form(
    signed: &Signed,
    agency_slug: &str,
    existing: Option<&survey::Model>,
    input: &SurveyInput,
    c: &Choices,
    errors: FieldErrors,
) -> FormView {
    let lang = signed.lang;
    let locked = existing.is_some_and(|s| s.status != "draft");
    let mut fields: Vec<Field> = super::slug_field(existing.is_none(), &input.slug)
        .into_iter()
        .collect();
    fields.push(Field::new("title", i18n::TITLE, Input::Text, input.title.clone()).required());
    fields.extend(definition_fields(input, c, locked));
    fields.push(c.method_field(&input.instrument, &input.method, locked));
    fields.extend(reach_fields(input, c, lang));
    fields.push(proof_field(input, lang));
    let (title, action, back) = match existing {
        None => (
            i18n::SURVEY_NEW,
            format!("/admin/a/{agency_slug}/surveys/new"),
            format!("/admin/a/{agency_slug}"),
        ),
        Some(s) => (
            i18n::SURVEY_EDIT,
            format!("/admin/s/{}/edit", s.slug),
            format!("/admin/s/{}", s.slug),
        ),
    };
    FormView {
        title: title.get(lang).to_string(),
        intro: None,
        action,
        fields,
        submit: i18n::SAVE,
        errors,
        csrf: signed.actor.csrf.clone(),
        back: Some(back),
        notice: None,
    }
}

/// The instrument and the band table: chosen while a draft (only the
/// tables that fit the instrument offered), shown (fixed) once `locked`.
fn definition_fields(input: &SurveyInput, c: &Choices, locked: bool) -> [Field; 2] {
    if !locked {
        return c.selects(&input.instrument, &input.bands);
    }
    [
        Field::new(
            "instrument",
            i18n::INSTRUMENT,
            Input::Fixed,
            c.label(&c.instruments, &input.instrument),
        )
        .help(i18n::INSTRUMENT_LOCKED),
        Field::new(
            "bands",
            i18n::BAND_TABLE,
            Input::Fixed,
            c.label(&c.bands, &input.bands),
        ),
    ]
}

/// Where and when the survey is answered: its units, its dates, the sites
/// that may embed it and what to do with a repeated device.
fn reach_fields(input: &SurveyInput, c: &Choices, lang: Lang) -> [Field; 5] {
    [
        Field::new(
            "units",
            i18n::UNITS,
            Input::Checks(
                c.units
                    .iter()
                    .map(|u| (u.slug.clone(), u.name.clone()))
                    .collect(),
            ),
            input.units.join("\n"),
        )
        .required(),
        Field::new("opens", i18n::OPENS, Input::Date, input.opens.clone()).help(i18n::DATE_HELP),
        Field::new("closes", i18n::CLOSES, Input::Date, input.closes.clone()).help(i18n::DATE_HELP),
        Field::new(
            "origins",
            i18n::EMBED_ORIGINS,
            Input::Textarea,
            input.origins.clone(),
        )
        .help(i18n::EMBED_ORIGINS_HELP),
        Field::new(
            "device_policy",
            i18n::DEVICE_POLICY,
            Input::Select(vec![
                ("allow".into(), i18n::POLICY_ALLOW.get(lang).into()),
                ("flag".into(), i18n::POLICY_FLAG.get(lang).into()),
                ("reject".into(), i18n::POLICY_REJECT.get(lang).into()),
            ]),
            input.device_policy.clone(),
        ),
    ]
}

/// Resolves the form's choices against what exists; problems go to
/// `errors`.
pub(super) fn resolve(
    input: &SurveyInput,
    valid: SurveyValid,
    c: &Choices,
    errors: &mut FieldErrors,
) -> Option<SurveyFields> {
    let definition = c.resolve(&input.instrument, &input.bands, errors);
    let method_id = c.resolve_method(&input.instrument, &input.method, errors);
    let mut unit_ids = Vec::new();
    for slug in &input.units {
        match c.units.iter().find(|u| &u.slug == slug) {
            Some(u) if !unit_ids.contains(&u.id) => unit_ids.push(u.id),
            Some(_) => {}
            None => {
                push_error(errors, "units", i18n::BAD_CHOICE.text());
                break;
            }
        }
    }
    if !errors.is_empty() {
        return None;
    }
    Some(SurveyFields {
        title: input.title.clone(),
        instrument_id: definition?.0,
        band_table_id: definition?.1,
        unit_ids,
        opens_at: valid.opens_at,
        closes_at: valid.closes_at,
        origins: valid.origins,
        device_policy: input.device_policy.clone(),
        method_id,
        proof_photos: input.proof_photos,
    })
}

/// Whether the form offers a photo of the receipt or document as proof
/// of service (the 2025 survey's entry rule).
fn proof_field(input: &SurveyInput, lang: Lang) -> Field {
    Field::new(
        "proof_photos",
        i18n::PROOF_PHOTOS,
        Input::Select(vec![
            ("no".into(), i18n::PROOF_PHOTOS_NO.get(lang).into()),
            ("yes".into(), i18n::PROOF_PHOTOS_YES.get(lang).into()),
        ]),
        if input.proof_photos { "yes" } else { "no" },
    )
    .help(i18n::PROOF_PHOTOS_HELP)
}
