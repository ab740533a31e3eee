//! Accepting one submission, whichever way it came (HTML form or JSON API):
//! token, service code, unit and answers checked, bot signals noted, then
//! stored once.

use crate::dto::submission::{ImportedResponse, answers_as_text, field_errors};
use crate::error::AppError;
use crate::services::answer_check::check_answers_as;
use crate::services::integrity;
use crate::services::state::AppState;
use crate::services::token::{DeviceId, TokenError};
use crate::store::codes;
use crate::store::responses::{self, DeviceCheck, NewResponse, StoreError, Stored, Via};
use crate::store::surveys::LoadedSurvey;
use crate::store::tallies::month_of;
use app::domain::answers::{FieldErrors, push_error};
use app::domain::signals::{DevicePolicy, Flags, Signal, code};
use app::domain::text::Text;
use std::collections::BTreeMap;
use std::net::IpAddr;
use uuid::Uuid;
use validator::Validate;

/// The field a service code is typed into.
pub const CODE_FIELD: &str = "code";

/// Why a submission was not stored.
#[derive(Debug)]
pub enum Rejected {
    /// The token is forged or too old.
    Token(TokenError),
    /// Answers, unit or service code failed their checks.
    Invalid(FieldErrors),
    /// This device answered already this month and the survey refuses
    /// repeats.
    RepeatDevice,
    /// The survey is closed, or the database failed.
    App(AppError),
}

impl From<AppError> for Rejected {
    fn from(e: AppError) -> Self {
        Rejected::App(e)
    }
}

impl From<sea_orm::DbErr> for Rejected {
    fn from(e: sea_orm::DbErr) -> Self {
        Rejected::App(AppError::from(e))
    }
}

/// Message for a missing or unknown unit.
pub fn msg_unit() -> Text {
    app::i18n::UNIT_REQUIRED.text()
}

/// Message for a service code that cannot be used.
pub fn msg_code() -> Text {
    app::i18n::CODE_UNUSABLE.text()
}

/// One submission as received.
#[derive(Clone, Debug)]
pub struct Submission<'a> {
    /// The signed form token.
    pub token: &'a str,
    /// The unit's slug, when the respondent chose or was sent one.
    pub unit: Option<&'a str>,
    /// Item key → value.
    pub answers: &'a BTreeMap<String, String>,
    /// `form` or `api`.
    pub channel: &'static str,
    /// A service code, as typed or from the link.
    pub code: Option<&'a str>,
    /// Whether the field hidden from people was filled.
    pub honeypot: bool,
    /// The device, from its signed cookie (else the one the form was
    /// shown to, from the token).
    pub device: Option<DeviceId>,
    /// The network address it came from, when it came over the network.
    pub network: Option<IpAddr>,
    /// The counter (*loket*) the link or poster named, when it is one of
    /// the survey's: its id and its unit's.
    pub counter: Option<(Uuid, Uuid)>,
}

/// Checks and stores a submission. Returns the stored response, or the
/// first response of this token when it was used before.
pub async fn accept(
    state: &AppState,
    survey: &LoadedSurvey,
    sub: Submission<'_>,
) -> Result<Stored, Rejected> {
    let now = state.clock.now();
    survey.ensure_open(now)?;
    let token = state
        .tokens
        .verify(sub.token, now.timestamp(), state.token_ttl)
        .map_err(Rejected::Token)?;
    let mut errors = FieldErrors::new();
    let verified_by = verifying_code(state, survey, sub.code, now, &mut errors).await?;
    let unit_id = match verified_by {
        Some(c) => Some(c.unit_id),
        None => resolve_unit(survey, sub.unit, token.unit, &mut errors),
    };
    let shown = sub.channel != "api";
    let (checked, questions_version) = check_answers_as(survey, sub.answers, shown, &mut errors);
    if !errors.is_empty() {
        return first_or(state, &token.hash, errors).await;
    }
    let fill_secs = (now.timestamp() - token.issued_at).max(0);
    let mut flags = Flags::none();
    flags.mark(Signal::Honeypot, sub.honeypot);
    let norms = integrity::norms(state, survey, unit_id).await?;
    flags.mark(
        Signal::Fast,
        fill_secs < integrity::fast_below(state, survey, &norms),
    );
    flags.mark(Signal::OtherSurvey, token.survey != survey.survey.id);
    let network = sub.network.map(|ip| integrity::network_of(state, ip, now));
    let pattern = integrity::pattern_of(state, survey, &checked);
    let verdict = match &network {
        Some(network) => {
            let arrival = integrity::Arrival {
                network,
                pattern: &pattern,
                unit_id,
                at: now,
            };
            integrity::judge(state, survey, &norms, &arrival).await?
        }
        None => integrity::Verdict::default(),
    };
    for signal in verdict.flags.iter() {
        flags.mark(signal, true);
    }
    let policy = DevicePolicy::parse(&survey.survey.device_policy);
    let device = sub
        .device
        .or(token.device)
        .filter(|_| policy != DevicePolicy::Allow)
        .map(|d| DeviceCheck {
            hash: state.tokens.device_hash(d, &month_of(now)),
            policy,
        });
    let stored = state
        .writer
        .store(
            survey.instrument.clone(),
            NewResponse {
                survey_id: survey.survey.id,
                unit_id,
                token_hash: token.hash.clone(),
                channel: sub.channel,
                submitted_at: now,
                answers: checked,
                code_id: verified_by.map(|c| c.id),
                flags,
                device,
                network,
                pattern: Some(pattern),
                fill_secs: Some(i32::try_from(fill_secs).unwrap_or(i32::MAX)),
                via: Via {
                    // Only a counter of the unit answered for.
                    counter_id: sub
                        .counter
                        .filter(|(_, unit)| Some(*unit) == unit_id)
                        .map(|(id, _)| id),
                    ..Via::default()
                },
                questions_version,
            },
        )
        .await;
    match stored {
        Ok(s) => {
            if s.created {
                integrity::flag_before(state, survey, &verdict).await?;
            }
            Ok(s)
        }
        Err(StoreError::CodeTaken) => {
            let mut errors = FieldErrors::new();
            push_error(&mut errors, CODE_FIELD, msg_code());
            first_or(state, &token.hash, errors).await
        }
        Err(StoreError::RepeatDevice) => Err(Rejected::RepeatDevice),
        Err(StoreError::Database(e)) => Err(e.into()),
    }
}

/// The service code typed, when it is one that is usable for one of the
/// survey's units; a wrong one is a field error. None when none was typed.
async fn verifying_code(
    state: &AppState,
    survey: &LoadedSurvey,
    typed: Option<&str>,
    now: chrono::DateTime<chrono::Utc>,
    errors: &mut FieldErrors,
) -> Result<Option<codes::Usable>, Rejected> {
    let Some(typed) = typed.map(str::trim).filter(|c| !c.is_empty()) else {
        return Ok(None);
    };
    let found = match code::normalize(typed) {
        Some(canonical) => codes::usable(&state.db, &state.tokens, &canonical, now).await?,
        None => None,
    };
    // A code proves a service of one of this survey's units.
    let found = found.filter(|c| survey.units.iter().any(|u| u.id == c.unit_id));
    if found.is_none() {
        push_error(errors, CODE_FIELD, msg_code());
    }
    Ok(found)
}

/// The unit a response is for: the one chosen, else the one of the link
/// the form came from, else the survey's only unit.
pub(crate) fn resolve_unit(
    survey: &LoadedSurvey,
    chosen: Option<&str>,
    from_link: Option<Uuid>,
    errors: &mut FieldErrors,
) -> Option<Uuid> {
    if let Some(slug) = chosen {
        let found = survey.unit(slug).map(|u| u.id);
        if found.is_none() {
            push_error(errors, "unit", msg_unit());
        }
        return found;
    }
    if let Some(id) = from_link.filter(|id| survey.units.iter().any(|u| u.id == *id)) {
        return Some(id);
    }
    match survey.units.as_slice() {
        [only] => Some(only.id),
        [] => None,
        _ => {
            push_error(errors, "unit", msg_unit());
            None
        }
    }
}

/// When answers given away from the server (imported, kept on a kiosk or
/// an interviewer's phone) were given: as the device says (now when it
/// says nothing), but never in the future nor before the survey could be
/// answered, which are field errors.
pub(crate) fn dated(
    survey: &LoadedSurvey,
    said: Option<chrono::DateTime<chrono::Utc>>,
    now: chrono::DateTime<chrono::Utc>,
    errors: &mut FieldErrors,
) -> chrono::DateTime<chrono::Utc> {
    let earliest = survey
        .survey
        .opens_at
        .map_or(survey.survey.created_at, |o| {
            o.max(survey.survey.created_at)
        });
    let answered_at = said.unwrap_or(now);
    if answered_at > now + chrono::Duration::minutes(5) {
        push_error(errors, "answered_at", app::i18n::IMPORT_FUTURE.text());
    } else if answered_at < earliest {
        push_error(
            errors,
            "answered_at",
            app::i18n::IMPORT_BEFORE_OPEN
                .text_with(&[("date", earliest.format("%Y-%m-%d").to_string().into())]),
        );
    }
    answered_at
}

/// A resubmission of a form already stored (back button, retry with edits)
/// gets the first response, not a second one or an error.
async fn first_or(
    state: &AppState,
    token_hash: &str,
    errors: FieldErrors,
) -> Result<Stored, Rejected> {
    match responses::by_token(&state.db, token_hash).await? {
        Some(id) => Ok(Stored { id, created: false }),
        None => Err(Rejected::Invalid(errors)),
    }
}

/// What became of one imported response.
#[derive(Debug)]
pub enum Imported {
    /// Stored now (`created`), or under this key before.
    Stored(Stored),
    /// Not stored: what is wrong, per field.
    Invalid(FieldErrors),
}

/// Checks and stores responses an agency entered in bulk (paper forms
/// typed in, a kiosk's offline records): each is checked as a citizen's
/// answers are, keyed by the agency's own reference so a repeated import
/// stores nothing twice, stored on channel `import` and never verified
/// (no one but the agency vouches for it). The valid ones are stored even
/// when others are not. One outcome per response, in order.
pub async fn import(
    state: &AppState,
    survey: &LoadedSurvey,
    items: &[ImportedResponse],
) -> Result<Vec<Imported>, AppError> {
    let now = state.clock.now();
    survey.ensure_open(now)?;
    let mut outcomes = Vec::with_capacity(items.len());
    let mut pending = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let mut errors = match item.validate() {
            Ok(()) => FieldErrors::new(),
            Err(e) => field_errors(&e),
        };
        let text = answers_as_text(&item.answers).unwrap_or_else(|e| {
            errors.extend(e);
            BTreeMap::new()
        });
        let unit_id = resolve_unit(survey, item.unit.as_deref(), None, &mut errors);
        let (checked, questions_version) = check_answers_as(survey, &text, false, &mut errors);
        let answered_at = dated(survey, item.answered_at, now, &mut errors);
        if !errors.is_empty() {
            outcomes.push(Some(Imported::Invalid(errors)));
            continue;
        }
        outcomes.push(None);
        let reference = format!("{}:{}", survey.survey.id, item.key);
        pending.push((
            i,
            NewResponse {
                survey_id: survey.survey.id,
                unit_id,
                token_hash: state.tokens.keyed_hash("import", reference.as_bytes()),
                channel: "import",
                submitted_at: answered_at,
                answers: checked,
                questions_version,
                ..Default::default()
            },
        ));
    }
    let (places, news): (Vec<usize>, Vec<NewResponse>) = pending.into_iter().unzip();
    let stored = state
        .writer
        .store_all(survey.instrument.clone(), news)
        .await;
    for (i, s) in places.into_iter().zip(stored) {
        outcomes[i] = Some(Imported::Stored(match s {
            Ok(s) => s,
            Err(StoreError::Database(e)) => return Err(e.into()),
            Err(other) => return Err(AppError::Internal(other.into())),
        }));
    }
    Ok(outcomes
        .into_iter()
        .map(|o| o.expect("every response has an outcome"))
        .collect())
}
