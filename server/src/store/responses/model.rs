//! What is stored and what comes back.

use app::domain::answers::CheckedAnswer;
use app::domain::signals::{DevicePolicy, Flags};
use sea_orm::DbErr;
use uuid::Uuid;

/// A device to remember for a survey with a device policy.
#[derive(Clone, Debug)]
pub struct DeviceCheck {
    /// The device's keyed hash for the response's month.
    pub hash: String,
    /// What to do when it answered already this month.
    pub policy: DevicePolicy,
}

/// Why [`store`] stored nothing.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
    /// The service code was used by another response first.
    #[error("the service code was used already")]
    CodeTaken,
    /// The device answered this survey already this month, and the survey
    /// refuses repeats.
    #[error("this device answered already this month")]
    RepeatDevice,
}

impl From<StoreError> for DbErr {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Database(e) => e,
            other => DbErr::Custom(other.to_string()),
        }
    }
}

/// A checked response ready to store.
#[derive(Clone, Debug, Default)]
pub struct NewResponse {
    /// The survey answered.
    pub survey_id: Uuid,
    /// The unit served, when known.
    pub unit_id: Option<Uuid>,
    /// Hash of the form token (unique).
    pub token_hash: String,
    /// `form`, `api`, `import`, `kiosk`, `interview` or `demo`.
    pub channel: &'static str,
    /// When it was received.
    pub submitted_at: chrono::DateTime<chrono::Utc>,
    /// The answers.
    pub answers: Vec<CheckedAnswer>,
    /// The service code (its row) that verifies it, if any.
    pub code_id: Option<Uuid>,
    /// Signals it tripped.
    pub flags: Flags,
    /// The device to remember, for surveys with a device policy.
    pub device: Option<DeviceCheck>,
    /// The network's keyed hash, when it came over the network.
    pub network: Option<String>,
    /// The answer set's keyed hash, when it came over the network.
    pub pattern: Option<String>,
    /// Seconds between showing the form and receiving it, when known.
    pub fill_secs: Option<i32>,
    /// The kiosk tablet, the interviewer and the counter it came through.
    pub via: Via,
    /// The version of the survey's own questions it was given under.
    pub questions_version: Option<i32>,
}

/// What a response came through besides its channel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Via {
    /// The kiosk tablet.
    pub device_id: Option<Uuid>,
    /// The interviewer's account.
    pub interviewer_id: Option<Uuid>,
    /// The counter (*loket*) of the link or poster.
    pub counter_id: Option<Uuid>,
}

/// The outcome of [`store`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Stored {
    /// The response's public id.
    pub id: Uuid,
    /// False when the token had been used: `id` is the first response's.
    pub created: bool,
}

/// The answers as one JSON object, item key → value.
pub fn answers_json(answers: &[CheckedAnswer]) -> String {
    let map: serde_json::Map<String, serde_json::Value> = answers
        .iter()
        .map(|a| (a.key.clone(), serde_json::Value::String(a.value.clone())))
        .collect();
    serde_json::Value::Object(map).to_string()
}
