//! Answer sets for the demo surveys: the item keys, and a complete, valid
//! set for the `demo` survey as a form and as JSON.

use std::collections::BTreeMap;

/// The ten forms of maladministration, as item keys.
pub const MAL_ITEMS: [&str; 10] = [
    "undue_delay",
    "no_service",
    "procedure",
    "abuse_of_authority",
    "incompetence",
    "payment_request",
    "impropriety",
    "discrimination",
    "partiality",
    "conflict_of_interest",
];

/// SKM's nine elements, as item keys.
pub const SKM_ELEMENTS: [&str; 9] = [
    "u1_requirements",
    "u2_procedure",
    "u3_time",
    "u4_cost",
    "u5_product",
    "u6_competence",
    "u7_behaviour",
    "u8_complaints",
    "u9_facilities",
];

/// A complete, valid answer set for the `demo` survey: every form of
/// maladministration answered, `used_service` yes.
pub fn demo_answers(unit: &'static str) -> Vec<(&'static str, &'static str)> {
    vec![
        ("unit", unit),
        ("used_service", "ya"),
        ("undue_delay", "4"),
        ("no_service", "4"),
        ("procedure", "3"),
        ("abuse_of_authority", "na"),
        ("incompetence", "4"),
        ("payment_request", "1"),
        ("impropriety", "4"),
        ("discrimination", "4"),
        ("partiality", "4"),
        ("conflict_of_interest", "2"),
    ]
}

/// The same answers as a JSON map, for the API.
pub fn demo_answers_json() -> serde_json::Value {
    let map: BTreeMap<&str, serde_json::Value> = demo_answers("dukcapil")
        .into_iter()
        .filter(|(k, _)| *k != "unit")
        .map(|(k, v)| {
            let value = v
                .parse::<i64>()
                .map(serde_json::Value::from)
                .unwrap_or_else(|_| v.into());
            (k, value)
        })
        .collect();
    serde_json::to_value(map).unwrap()
}

/// A response row as a submission stores it (accepted: neither verified
/// nor suspect), for tests that need many rows or rows at chosen times.
pub fn stored_response(
    id: uuid::Uuid,
    survey_id: uuid::Uuid,
    unit_id: uuid::Uuid,
    token_hash: String,
    answers: String,
    at: chrono::DateTime<chrono::Utc>,
) -> persepsi_server::store::entities::response::ActiveModel {
    use sea_orm::ActiveValue::Set;
    persepsi_server::store::entities::response::ActiveModel {
        id: Set(id),
        survey_id: Set(survey_id),
        unit_id: Set(Some(unit_id)),
        token_hash: Set(token_hash),
        channel: Set("form".into()),
        verified: Set(false),
        suspect: Set(false),
        flags: Set(String::new()),
        answers: Set(answers),
        submitted_at: Set(at),
        network: Set(None),
        pattern: Set(None),
        fill_secs: Set(Some(60)),
        restored_at: Set(None),
        device_id: Set(None),
        interviewer_id: Set(None),
        counter_id: Set(None),
        questions_version: Set(None),
    }
}
