//! The Ombudsman opinion's entered side: the figures an assessor entered
//! per agency, year and method part, and whether the agency followed up
//! every Ombudsman finding that year. Also finds methods and band tables
//! by `key@version`.

use crate::store::entities::{band_table, method, opinion_figure, opinion_follow_up};
use chrono::Utc;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use std::collections::{BTreeMap, HashMap};
use uuid::Uuid;

/// The id of the method `key` version `version`, if it is stored.
pub async fn method_id(
    db: &impl ConnectionTrait,
    key: &str,
    version: i32,
) -> Result<Option<Uuid>, DbErr> {
    Ok(method::Entity::find()
        .filter(method::Column::Key.eq(key))
        .filter(method::Column::Version.eq(version))
        .one(db)
        .await?
        .map(|m| m.id))
}

/// Every stored method as (`key@version`, id), newest version first.
pub async fn methods(db: &impl ConnectionTrait) -> Result<Vec<(String, Uuid)>, DbErr> {
    Ok(method::Entity::find()
        .order_by_asc(method::Column::Key)
        .order_by_desc(method::Column::Version)
        .all(db)
        .await?
        .into_iter()
        .map(|m| (format!("{}@{}", m.key, m.version), m.id))
        .collect())
}

/// The id of the band table `key` version `version`, if it is stored.
pub async fn band_table_id(
    db: &impl ConnectionTrait,
    key: &str,
    version: u32,
) -> Result<Option<Uuid>, DbErr> {
    Ok(band_table::Entity::find()
        .filter(band_table::Column::Key.eq(key))
        .filter(band_table::Column::Version.eq(version as i32))
        .one(db)
        .await?
        .map(|b| b.id))
}

/// What an assessor entered for one agency and year.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Entered {
    /// Figures by part key, 0–100.
    pub figures: BTreeMap<String, f64>,
    /// Whether the agency followed up every finding, when entered.
    pub followed_up: Option<bool>,
}

/// What was entered for `agency_id` in `year` under the method `method_id`.
pub async fn entered(
    db: &impl ConnectionTrait,
    agency_id: Uuid,
    year: i32,
    method_id: Uuid,
) -> Result<Entered, DbErr> {
    let mut all = entered_in(db, Some(agency_id), year, method_id).await?;
    Ok(all.remove(&agency_id).unwrap_or_default())
}

/// What was entered in `year` under `method_id`, per agency (one agency
/// when `agency_id` is given).
pub async fn entered_in(
    db: &impl ConnectionTrait,
    agency_id: Option<Uuid>,
    year: i32,
    method_id: Uuid,
) -> Result<HashMap<Uuid, Entered>, DbErr> {
    let mut q = opinion_figure::Entity::find()
        .filter(opinion_figure::Column::Year.eq(year))
        .filter(opinion_figure::Column::MethodId.eq(method_id));
    let mut f = opinion_follow_up::Entity::find().filter(opinion_follow_up::Column::Year.eq(year));
    if let Some(id) = agency_id {
        q = q.filter(opinion_figure::Column::AgencyId.eq(id));
        f = f.filter(opinion_follow_up::Column::AgencyId.eq(id));
    }
    let mut out: HashMap<Uuid, Entered> = HashMap::new();
    for row in q.all(db).await? {
        out.entry(row.agency_id)
            .or_default()
            .figures
            .insert(row.part, row.value);
    }
    for row in f.all(db).await? {
        out.entry(row.agency_id).or_default().followed_up = Some(row.followed_up);
    }
    Ok(out)
}

/// The years with entered figures under `method_id`, newest first.
pub async fn years(db: &impl ConnectionTrait, method_id: Uuid) -> Result<Vec<i32>, DbErr> {
    opinion_figure::Entity::find()
        .select_only()
        .column(opinion_figure::Column::Year)
        .distinct()
        .filter(opinion_figure::Column::MethodId.eq(method_id))
        .order_by_desc(opinion_figure::Column::Year)
        .into_tuple()
        .all(db)
        .await
}

/// One entered figure to save.
#[derive(Clone, Debug, PartialEq)]
pub struct NewFigure {
    /// The agency.
    pub agency_id: Uuid,
    /// The method part's key.
    pub part: String,
    /// 0–100.
    pub value: f64,
}

/// Saves `figures` for `year` and `method_id`, replacing what was there
/// (run it in a transaction to save several at once or none).
pub async fn save(
    db: &impl ConnectionTrait,
    year: i32,
    method_id: Uuid,
    figures: &[NewFigure],
    by: Option<Uuid>,
) -> Result<(), DbErr> {
    let now = Utc::now();
    for f in figures {
        opinion_figure::Entity::insert(opinion_figure::ActiveModel {
            id: Set(Uuid::new_v4()),
            agency_id: Set(f.agency_id),
            year: Set(year),
            method_id: Set(method_id),
            part: Set(f.part.clone()),
            value: Set(f.value),
            entered_by: Set(by),
            entered_at: Set(now),
        })
        .on_conflict(
            OnConflict::columns([
                opinion_figure::Column::AgencyId,
                opinion_figure::Column::Year,
                opinion_figure::Column::MethodId,
                opinion_figure::Column::Part,
            ])
            .update_columns([
                opinion_figure::Column::Value,
                opinion_figure::Column::EnteredBy,
                opinion_figure::Column::EnteredAt,
            ])
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    }
    Ok(())
}

/// Removes the entered figure of `part` (left empty in the form).
pub async fn remove(
    db: &impl ConnectionTrait,
    agency_id: Uuid,
    year: i32,
    method_id: Uuid,
    part: &str,
) -> Result<(), DbErr> {
    opinion_figure::Entity::delete_many()
        .filter(opinion_figure::Column::AgencyId.eq(agency_id))
        .filter(opinion_figure::Column::Year.eq(year))
        .filter(opinion_figure::Column::MethodId.eq(method_id))
        .filter(opinion_figure::Column::Part.eq(part))
        .exec(db)
        .await?;
    Ok(())
}

/// Records whether `agency_id` followed up every finding in `year` (`None`:
/// not known, the record is removed).
pub async fn set_followed_up(
    db: &impl ConnectionTrait,
    agency_id: Uuid,
    year: i32,
    followed_up: Option<bool>,
    by: Option<Uuid>,
) -> Result<(), DbErr> {
    let Some(yes) = followed_up else {
        opinion_follow_up::Entity::delete_many()
            .filter(opinion_follow_up::Column::AgencyId.eq(agency_id))
            .filter(opinion_follow_up::Column::Year.eq(year))
            .exec(db)
            .await?;
        return Ok(());
    };
    opinion_follow_up::Entity::insert(opinion_follow_up::ActiveModel {
        id: Set(Uuid::new_v4()),
        agency_id: Set(agency_id),
        year: Set(year),
        followed_up: Set(yes),
        entered_by: Set(by),
        entered_at: Set(Utc::now()),
    })
    .on_conflict(
        OnConflict::columns([
            opinion_follow_up::Column::AgencyId,
            opinion_follow_up::Column::Year,
        ])
        .update_columns([
            opinion_follow_up::Column::FollowedUp,
            opinion_follow_up::Column::EnteredBy,
            opinion_follow_up::Column::EnteredAt,
        ])
        .to_owned(),
    )
    .exec_without_returning(db)
    .await?;
    Ok(())
}
