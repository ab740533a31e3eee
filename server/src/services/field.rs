//! Answers collected away from the citizen's own phone: on a kiosk tablet
//! at the counter, or by an interviewer. Both keep answers on the device
//! while the network is down and send them later, each under an id the
//! device gave it, so a send repeated (a dropped reply, a second tap on
//! "send") stores nothing twice. Each answer is checked as a citizen's is;
//! a kiosk's own signal is its pace (one tablet answering every few
//! seconds all day is not people walking up to it).

use crate::error::AppError;
use crate::services::integrity;
use crate::services::state::AppState;
use crate::services::submit::{dated, resolve_unit};
use crate::store::entities::kiosk_device;
use crate::store::field::{INTERVIEW, KIOSK};
use crate::store::kiosks;
use crate::store::responses::{NewResponse, StoreError, Via};
use crate::store::surveys::LoadedSurvey;
use app::domain::answers::{FieldErrors, push_error, screened_out};
use app::domain::signals::{Flags, Signal};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use uuid::Uuid;

/// The most answers one send may carry.
pub const MAX_BATCH: usize = 50;

/// One answer set as the device kept it.
#[derive(Clone, Debug, Deserialize, Serialize)]
pub struct FieldItem {
    /// The id the device gave it (the same on every send).
    pub id: Uuid,
    /// The unit's slug (an interview; a kiosk's unit is its own).
    #[serde(default)]
    pub unit: Option<String>,
    /// Item key → value.
    #[serde(default)]
    pub answers: BTreeMap<String, String>,
    /// When it was answered, by the device's clock.
    #[serde(default)]
    pub answered_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Seconds from the first answer to "send".
    #[serde(default)]
    pub secs: Option<u32>,
    /// The field hidden from people.
    #[serde(default)]
    pub website: Option<String>,
}

impl FieldItem {
    /// The answer set of a form posted without the script: stored under
    /// the form's own id (its `token` field), so a second send of the same
    /// page stores nothing.
    pub fn posted(sub: &crate::dto::submission::FormSubmission, unit: Option<String>) -> Self {
        FieldItem {
            id: Uuid::parse_str(sub.token.trim()).unwrap_or_else(|_| Uuid::new_v4()),
            unit,
            answers: sub.answers.clone(),
            answered_at: None,
            secs: None,
            website: sub.honeypot.then(|| "filled".to_string()),
        }
    }
}

/// Who collected it.
#[derive(Clone, Copy, Debug)]
pub enum Collector<'a> {
    /// A paired tablet.
    Kiosk(&'a kiosk_device::Model),
    /// The signed-in interviewer.
    Interview(Uuid),
}

impl Collector<'_> {
    fn channel(self) -> &'static str {
        match self {
            Collector::Kiosk(_) => KIOSK,
            Collector::Interview(_) => INTERVIEW,
        }
    }

    fn via(self) -> Via {
        match self {
            Collector::Kiosk(d) => Via {
                device_id: Some(d.id),
                ..Via::default()
            },
            Collector::Interview(who) => Via {
                interviewer_id: Some(who),
                ..Via::default()
            },
        }
    }

    /// The key an answer set's id is stored under: the same id from
    /// another device or interviewer is another answer set.
    fn key(self, state: &AppState, id: Uuid) -> String {
        let owner = match self {
            Collector::Kiosk(d) => d.id,
            Collector::Interview(who) => who,
        };
        state
            .tokens
            .keyed_hash(self.channel(), format!("{owner}:{id}").as_bytes())
    }
}

/// What became of one answer set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum Outcome {
    /// Stored now, or by an earlier send (`created` false).
    Stored {
        /// Whether this send stored it.
        created: bool,
    },
    /// The screening answer left the respondent out: nothing to store.
    Screened,
    /// Not stored: what is wrong, per field, in the page's language.
    Refused {
        /// Messages per field.
        errors: BTreeMap<String, Vec<String>>,
    },
}

/// Checks and stores what one device sends, one outcome per answer set in
/// order.
pub async fn take(
    state: &AppState,
    survey: &LoadedSurvey,
    by: Collector<'_>,
    items: &[FieldItem],
    lang: app::domain::text::Lang,
) -> Result<Vec<Outcome>, AppError> {
    let mut outcomes = Vec::with_capacity(items.len());
    for item in items {
        outcomes.push(match take_one(state, survey, by, item).await? {
            Ok(o) => o,
            Err(errors) => Outcome::Refused {
                errors: errors
                    .into_iter()
                    .map(|(k, v)| (k, v.iter().map(|t| t.get(lang).to_string()).collect()))
                    .collect(),
            },
        });
    }
    Ok(outcomes)
}

/// Checks and stores one answer set: what became of it, or what is wrong
/// with it per field.
pub async fn take_one(
    state: &AppState,
    survey: &LoadedSurvey,
    by: Collector<'_>,
    item: &FieldItem,
) -> Result<Result<Outcome, FieldErrors>, AppError> {
    let now = state.clock.now();
    survey.ensure_open(now)?;
    if screened_out(&survey.instrument, &item.answers).is_some() {
        return Ok(Ok(Outcome::Screened));
    }
    let mut errors = FieldErrors::new();
    let unit_id = match by {
        Collector::Kiosk(d) => {
            let found = survey.units.iter().any(|u| u.id == d.unit_id);
            if !found {
                push_error(&mut errors, "unit", crate::services::submit::msg_unit());
            }
            found.then_some(d.unit_id)
        }
        Collector::Interview(_) => resolve_unit(survey, item.unit.as_deref(), None, &mut errors),
    };
    let (checked, questions_version) =
        crate::services::answer_check::check_answers(survey, &item.answers, &mut errors);
    let answered_at = dated(survey, item.answered_at, now, &mut errors);
    if !errors.is_empty() {
        return Ok(Err(errors));
    }
    let mut flags = Flags::none();
    flags.mark(
        Signal::Honeypot,
        item.website
            .as_deref()
            .is_some_and(|w| !w.trim().is_empty()),
    );
    if let Some(secs) = item.secs {
        let norms = integrity::norms(state, survey, unit_id).await?;
        flags.mark(
            Signal::Fast,
            i64::from(secs) < integrity::fast_below(state, survey, &norms),
        );
    }
    let pace = state.rules.kiosk_pace_secs;
    if let Collector::Kiosk(d) = by
        && pace > 0
    {
        let window = chrono::Duration::seconds(pace);
        flags.mark(
            Signal::Pace,
            kiosks::near(&state.db, d.id, answered_at, window).await? > 0,
        );
    }
    let stored = state
        .writer
        .store(
            survey.instrument.clone(),
            NewResponse {
                survey_id: survey.survey.id,
                unit_id,
                token_hash: by.key(state, item.id),
                channel: by.channel(),
                submitted_at: answered_at,
                answers: checked,
                flags,
                fill_secs: item.secs.map(|s| i32::try_from(s).unwrap_or(i32::MAX)),
                via: by.via(),
                questions_version,
                ..Default::default()
            },
        )
        .await;
    match stored {
        Ok(s) => Ok(Ok(Outcome::Stored { created: s.created })),
        Err(StoreError::Database(e)) => Err(e.into()),
        Err(other) => Err(AppError::Internal(other.into())),
    }
}
