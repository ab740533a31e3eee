//! The figures of collection: responses per unit and channel, per
//! interviewer, interview targets, and the answers of one unit split by
//! how they were collected (for the mode-effect comparison).

use crate::store::entities::{answer, app_user, field_quota, response};
use app::domain::answers::CheckedAnswer;
use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, Condition, DatabaseConnection, DbErr, EntityTrait, QueryFilter,
    QuerySelect,
};
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// The channel of responses an interviewer entered.
pub const INTERVIEW: &str = "interview";
/// The channel of responses given on a kiosk tablet.
pub const KIOSK: &str = "kiosk";

/// Stored responses of a survey per (unit, channel).
pub async fn by_unit_channel(
    db: &DatabaseConnection,
    survey_id: Uuid,
) -> Result<BTreeMap<(Option<Uuid>, String), u64>, DbErr> {
    let rows: Vec<(Option<Uuid>, String, i64)> = response::Entity::find()
        .select_only()
        .column(response::Column::UnitId)
        .column(response::Column::Channel)
        .column_as(response::Column::Id.count(), "n")
        .filter(response::Column::SurveyId.eq(survey_id))
        .group_by(response::Column::UnitId)
        .group_by(response::Column::Channel)
        .into_tuple()
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(u, c, n)| ((u, c), u64::try_from(n).unwrap_or(0)))
        .collect())
}

/// One interviewer's stored interviews for a survey.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InterviewerCount {
    /// Their account.
    pub id: Uuid,
    /// Their e-mail address (the account may be gone: empty then).
    pub email: String,
    /// Interviews per unit.
    pub by_unit: BTreeMap<Uuid, u64>,
    /// All of them.
    pub total: u64,
    /// The newest.
    pub last: Option<DateTime<Utc>>,
}

/// Interviewer, unit, count and newest, as the grouping reads them.
type InterviewRow = (Option<Uuid>, Option<Uuid>, i64, Option<DateTime<Utc>>);

/// Stored interviews of a survey per interviewer, by e-mail address.
pub async fn by_interviewer(
    db: &DatabaseConnection,
    survey_id: Uuid,
) -> Result<Vec<InterviewerCount>, DbErr> {
    let rows: Vec<InterviewRow> = response::Entity::find()
        .select_only()
        .column(response::Column::InterviewerId)
        .column(response::Column::UnitId)
        .column_as(response::Column::Id.count(), "n")
        .column_as(response::Column::SubmittedAt.max(), "last")
        .filter(response::Column::SurveyId.eq(survey_id))
        .filter(response::Column::Channel.eq(INTERVIEW))
        .group_by(response::Column::InterviewerId)
        .group_by(response::Column::UnitId)
        .into_tuple()
        .all(db)
        .await?;
    let mut by: BTreeMap<Uuid, InterviewerCount> = BTreeMap::new();
    for (who, unit, n, last) in rows {
        let Some(who) = who else { continue };
        let n = u64::try_from(n).unwrap_or(0);
        let entry = by.entry(who).or_insert_with(|| InterviewerCount {
            id: who,
            email: String::new(),
            by_unit: BTreeMap::new(),
            total: 0,
            last: None,
        });
        if let Some(unit) = unit {
            *entry.by_unit.entry(unit).or_default() += n;
        }
        entry.total += n;
        entry.last = entry.last.max(last);
    }
    let ids: Vec<Uuid> = by.keys().copied().collect();
    for user in app_user::Entity::find()
        .filter(app_user::Column::Id.is_in(ids))
        .all(db)
        .await?
    {
        if let Some(entry) = by.get_mut(&user.id) {
            entry.email = user.email;
        }
    }
    let mut list: Vec<InterviewerCount> = by.into_values().collect();
    list.sort_by(|a, b| a.email.cmp(&b.email));
    Ok(list)
}

/// Interview targets of a survey, per unit.
pub async fn quotas(db: &DatabaseConnection, survey_id: Uuid) -> Result<HashMap<Uuid, u32>, DbErr> {
    Ok(field_quota::Entity::find()
        .filter(field_quota::Column::SurveyId.eq(survey_id))
        .all(db)
        .await?
        .into_iter()
        .map(|q| (q.unit_id, u32::try_from(q.target).unwrap_or(0)))
        .collect())
}

/// Sets a unit's interview target; 0 removes it.
pub async fn set_quota(
    db: &DatabaseConnection,
    survey_id: Uuid,
    unit_id: Uuid,
    target: u32,
    by: Uuid,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    if target == 0 {
        field_quota::Entity::delete_many()
            .filter(field_quota::Column::SurveyId.eq(survey_id))
            .filter(field_quota::Column::UnitId.eq(unit_id))
            .exec(db)
            .await?;
        return Ok(());
    }
    field_quota::Entity::insert(field_quota::ActiveModel {
        survey_id: Set(survey_id),
        unit_id: Set(unit_id),
        target: Set(i32::try_from(target).unwrap_or(i32::MAX)),
        set_by: Set(by),
        set_at: Set(now),
    })
    .on_conflict(
        OnConflict::columns([field_quota::Column::SurveyId, field_quota::Column::UnitId])
            .update_columns([
                field_quota::Column::Target,
                field_quota::Column::SetBy,
                field_quota::Column::SetAt,
            ])
            .to_owned(),
    )
    .exec(db)
    .await?;
    Ok(())
}

/// One counted response's scored answers, with how it came.
#[derive(Clone, Debug)]
pub struct ScoredResponse {
    /// Its unit.
    pub unit_id: Option<Uuid>,
    /// Its channel.
    pub channel: String,
    /// The counter of its link, if any.
    pub counter_id: Option<Uuid>,
    /// Its scored answers.
    pub answers: Vec<CheckedAnswer>,
}

/// Response, unit, channel, counter, item key and score, as read.
type ScoredRow = (Uuid, Option<Uuid>, String, Option<Uuid>, String, i16);

/// The scored answers of a survey's counted responses (not suspect, or
/// restored) that `narrow` selects, per response.
pub async fn scored_answers(
    db: &DatabaseConnection,
    survey_id: Uuid,
    narrow: Condition,
) -> Result<Vec<ScoredResponse>, DbErr> {
    let rows: Vec<ScoredRow> = answer::Entity::find()
        .select_only()
        .column(answer::Column::ResponseId)
        .column(response::Column::UnitId)
        .column(response::Column::Channel)
        .column(response::Column::CounterId)
        .column(answer::Column::ItemKey)
        .column(answer::Column::Score)
        .inner_join(response::Entity)
        .filter(response::Column::SurveyId.eq(survey_id))
        .filter(narrow)
        .filter(
            Condition::any()
                .add(response::Column::Suspect.eq(false))
                .add(response::Column::RestoredAt.is_not_null()),
        )
        .filter(answer::Column::Score.is_not_null())
        .into_tuple()
        .all(db)
        .await?;
    let mut by_response: BTreeMap<Uuid, ScoredResponse> = BTreeMap::new();
    for (id, unit_id, channel, counter_id, key, score) in rows {
        by_response
            .entry(id)
            .or_insert_with(|| ScoredResponse {
                unit_id,
                channel,
                counter_id,
                answers: Vec::new(),
            })
            .answers
            .push(CheckedAnswer {
                key,
                value: score.to_string(),
                score: Some(score),
            });
    }
    Ok(by_response.into_values().collect())
}

/// Each unit's counted responses split into (interviewed, self-completed:
/// a kiosk, the citizen's own form or an app), in one query; imports and
/// the demo are neither.
pub async fn answers_by_mode(
    db: &DatabaseConnection,
    survey_id: Uuid,
) -> Result<HashMap<Uuid, [Vec<Vec<CheckedAnswer>>; 2]>, DbErr> {
    let narrow =
        Condition::all().add(response::Column::Channel.is_in([INTERVIEW, KIOSK, "form", "api"]));
    let mut by_unit: HashMap<Uuid, [Vec<Vec<CheckedAnswer>>; 2]> = HashMap::new();
    for r in scored_answers(db, survey_id, narrow).await? {
        if let Some(unit) = r.unit_id {
            by_unit.entry(unit).or_default()[usize::from(r.channel != INTERVIEW)].push(r.answers);
        }
    }
    Ok(by_unit)
}
