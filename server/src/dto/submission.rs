//! What a citizen sends: the HTML form (form-encoded) and the JSON API body.

use app::domain::answers::{FieldErrors, push_error};
use app::domain::instrument::MAX_TEXT_LEN;
use app::domain::text::Text;
use serde::Deserialize;
use std::collections::BTreeMap;
use validator::{Validate, ValidationError, ValidationErrors};

/// The form field hidden from people: only bots fill it.
pub const HONEYPOT_FIELD: &str = "website";

/// Most answers one submission may carry.
pub const MAX_ANSWERS: usize = 100;

/// A submission of the HTML form, before it is checked against the
/// instrument.
#[derive(Clone, Debug, Default, Validate)]
pub struct FormSubmission {
    /// The signed one-time token.
    #[validate(length(min = 1, max = 200, code = "token"))]
    pub token: String,
    /// The unit's slug, when chosen.
    #[validate(length(max = 64, code = "unit"))]
    pub unit: Option<String>,
    /// The page language the form was shown in.
    pub lang: Option<String>,
    /// A service code (optional).
    #[validate(length(max = 32, code = "code"))]
    pub code: Option<String>,
    /// Whether the field hidden from people was filled in.
    pub honeypot: bool,
    /// The language asked for by the form's language switch: show the
    /// form again in it, answers kept, instead of sending.
    pub switch_lang: Option<String>,
    /// The screening question's own step ("next" or "end") was pressed.
    pub screen: Option<String>,
    /// Item key → value.
    #[validate(custom(function = "answers_fit"))]
    pub answers: BTreeMap<String, String>,
    /// The id of a proof photo held from an earlier send of this form.
    pub proof_held: Option<String>,
    /// The counter code of the link the form came from.
    #[validate(length(max = 16, code = "counter"))]
    pub counter: Option<String>,
}

impl FormSubmission {
    /// Sorts the pairs of a form body into the reserved fields and answers.
    /// A repeated field keeps its first value.
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let mut out = FormSubmission::default();
        for (k, v) in pairs {
            match k.as_str() {
                "token" => out.token = v,
                "unit" => out.unit = Some(v).filter(|u| !u.is_empty()),
                "lang" => out.lang = Some(v),
                "code" => out.code = Some(v).filter(|c| !c.trim().is_empty()),
                HONEYPOT_FIELD => out.honeypot |= !v.is_empty(),
                "switch_lang" => out.switch_lang = Some(v),
                "screen" => out.screen = Some(v),
                "counter" => out.counter = Some(v).filter(|c| !c.trim().is_empty()),
                // An interviewer's form carries the session's token.
                "csrf" => {}
                // Only an id goes back into the page.
                "proof_held" => {
                    out.proof_held = uuid::Uuid::parse_str(v.trim())
                        .ok()
                        .map(|id| id.to_string());
                }
                // Several boxes ticked for one own question come as
                // repeated fields: kept comma-separated.
                _ if app::domain::own::is_own(&k) => {
                    out.answers
                        .entry(k)
                        .and_modify(|kept| {
                            kept.push(',');
                            kept.push_str(&v);
                        })
                        .or_insert(v);
                }
                _ => {
                    out.answers.entry(k).or_insert(v);
                }
            }
        }
        out
    }
}

/// A submission through the JSON API.
#[derive(Clone, Debug, Deserialize, Validate, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApiSubmission {
    /// The token from `GET /api/v1/surveys/{slug}`.
    #[validate(length(min = 1, max = 200, code = "token"))]
    #[schema(min_length = 1, max_length = 200)]
    pub token: String,
    /// The unit's slug (required when the survey covers several units).
    #[serde(default)]
    #[validate(length(max = 64, code = "unit"))]
    #[schema(max_length = 64)]
    pub unit: Option<String>,
    /// A service code from the receipt or queue ticket (optional).
    #[serde(default)]
    #[validate(length(max = 32, code = "code"))]
    #[schema(max_length = 32)]
    pub code: Option<String>,
    /// Item key → value: a number for scale items, a string otherwise
    /// (`"na"` for not applicable).
    pub answers: BTreeMap<String, serde_json::Value>,
}

impl ApiSubmission {
    /// The answers as strings, as the form would send them. Values of the
    /// wrong type are reported under their key.
    pub fn answers_as_text(&self) -> Result<BTreeMap<String, String>, FieldErrors> {
        answers_as_text(&self.answers)
    }
}

/// Most responses one import request carries.
pub const MAX_IMPORT: usize = 1_000;

/// Responses an agency enters in bulk: paper questionnaires typed in, or
/// what a kiosk or queue system collected while offline.
#[derive(Clone, Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportRequest {
    /// 1 to 1,000 responses.
    #[schema(min_items = 1, max_items = 1_000)]
    pub responses: Vec<ImportedResponse>,
}

impl ImportRequest {
    /// Whether it carries 1 to [`MAX_IMPORT`] responses.
    pub fn check_size(&self) -> Result<(), FieldErrors> {
        if (1..=MAX_IMPORT).contains(&self.responses.len()) {
            return Ok(());
        }
        let mut errors = FieldErrors::new();
        push_error(
            &mut errors,
            "responses",
            app::i18n::IMPORT_COUNT.text_with(&[("max", MAX_IMPORT.into())]),
        );
        Err(errors)
    }
}

/// One response of an import.
#[derive(Clone, Debug, Deserialize, Validate, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ImportedResponse {
    /// The agency's own reference for this response (the paper form's
    /// number, the kiosk's record id): sending it again stores nothing new.
    /// (1 to 64 characters; a response breaking this or any other rule is
    /// reported in its own result, and the others are still stored).
    #[validate(length(min = 1, max = 64, code = "key"))]
    pub key: String,
    /// The unit's slug (required when the survey covers several units).
    #[serde(default)]
    #[validate(length(max = 64, code = "unit"))]
    pub unit: Option<String>,
    /// When the answers were given (RFC 3339); now when left out.
    #[serde(default)]
    pub answered_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Item key → value, as in `POST /api/v1/surveys/{slug}/responses`.
    pub answers: BTreeMap<String, serde_json::Value>,
}

/// JSON answers as strings, as the form would send them. Values of the
/// wrong type are reported under their key.
pub fn answers_as_text(
    answers: &BTreeMap<String, serde_json::Value>,
) -> Result<BTreeMap<String, String>, FieldErrors> {
    let mut out = BTreeMap::new();
    let mut errors = FieldErrors::new();
    for (k, v) in answers {
        match v {
            serde_json::Value::Number(n) if n.is_i64() => {
                out.insert(k.clone(), n.to_string());
            }
            serde_json::Value::String(s) => {
                out.insert(k.clone(), s.clone());
            }
            serde_json::Value::Null => {}
            _ => push_error(&mut errors, k, app::i18n::WRONG_VALUE_TYPE.text()),
        }
    }
    if let Err(e) = answers_fit(&out) {
        push_error(&mut errors, "answers", message_for(&e));
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

fn answers_fit(answers: &BTreeMap<String, String>) -> Result<(), ValidationError> {
    if answers.len() > MAX_ANSWERS {
        return Err(ValidationError::new("too_many_answers"));
    }
    if answers
        .iter()
        .any(|(k, v)| k.len() > 64 || v.chars().count() > MAX_TEXT_LEN)
    {
        return Err(ValidationError::new("answer_too_long"));
    }
    Ok(())
}

fn message_for(e: &ValidationError) -> Text {
    match e.code.as_ref() {
        "token" => app::i18n::FORM_TOKEN_INVALID.text(),
        "unit" => app::i18n::UNKNOWN_SERVICE_UNIT.text(),
        "code" => app::i18n::CODE_TOO_LONG.text(),
        "too_many_answers" => app::i18n::TOO_MANY_ANSWERS.text(),
        "key" => app::i18n::IMPORT_KEY.text(),
        "answer_too_long" => app::domain::answers::msg_too_long(MAX_TEXT_LEN),
        _ => app::i18n::INVALID_VALUE.text(),
    }
}

/// Turns validator's errors into messages per field.
pub fn field_errors(errors: &ValidationErrors) -> FieldErrors {
    let mut out = FieldErrors::new();
    for (field, list) in errors.field_errors() {
        for e in list {
            push_error(&mut out, field.as_ref(), message_for(e));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_pairs_sort_into_fields_and_answers() {
        let s = FormSubmission::from_pairs(vec![
            ("token".into(), "t".into()),
            ("unit".into(), "".into()),
            ("a".into(), "1".into()),
            ("a".into(), "4".into()),
        ]);
        assert_eq!(s.token, "t");
        assert_eq!(s.unit, None);
        assert_eq!(s.answers["a"], "1");
        assert!(s.validate().is_ok());
    }

    #[test]
    fn oversized_submissions_are_refused_with_field_messages() {
        let mut s = FormSubmission::from_pairs(vec![("token".into(), "x".repeat(201))]);
        s.answers.insert("c".into(), "é".repeat(MAX_TEXT_LEN + 1));
        let errors = field_errors(&s.validate().unwrap_err());
        assert!(errors["token"][0].en.contains("token"));
        assert!(errors["answers"][0].en.contains("too long"));
    }

    #[test]
    fn api_values_must_be_whole_numbers_or_strings() {
        let s: ApiSubmission = serde_json::from_str(
            r#"{"token":"t","answers":{"a":3,"b":"na","c":[1],"d":2.5,"e":null}}"#,
        )
        .unwrap();
        let errors = s.answers_as_text().unwrap_err();
        assert_eq!(errors.keys().collect::<Vec<_>>(), ["c", "d"]);
        assert!(
            serde_json::from_str::<ApiSubmission>(r#"{"token":"t","answers":{},"x":1}"#).is_err()
        );
    }
}
