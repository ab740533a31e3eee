//! What printing a batch of codes needs: the surveys whose form a unit's
//! slips may open, and the state of codes a manager sends back from the
//! page that showed them (codes are kept only as keyed hashes, so the page
//! that shows a batch once is where slips and lists are made from).

use crate::secret::TokenKey;
use crate::store::codes::PURPOSE;
use crate::store::entities::{survey, survey_unit, verification_code};
use chrono::{DateTime, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter, QueryOrder};
use std::collections::HashMap;
use uuid::Uuid;

/// The surveys covering `unit_id`, open ones first, then newest.
pub async fn surveys_of_unit(
    db: &DatabaseConnection,
    unit_id: Uuid,
) -> Result<Vec<survey::Model>, DbErr> {
    let ids: Vec<Uuid> = survey_unit::Entity::find()
        .filter(survey_unit::Column::UnitId.eq(unit_id))
        .all(db)
        .await?
        .into_iter()
        .map(|l| l.survey_id)
        .collect();
    let mut found = survey::Entity::find()
        .filter(survey::Column::Id.is_in(ids))
        .order_by_desc(survey::Column::CreatedAt)
        .all(db)
        .await?;
    found.sort_by_key(|s| s.status != "open");
    Ok(found)
}

/// A code of the unit as it stands.
#[derive(Clone, Debug)]
pub struct CodeState {
    /// The canonical code.
    pub code: String,
    /// When it stops being accepted, if ever.
    pub expires_at: Option<DateTime<Utc>>,
    /// Whether a response used it.
    pub used: bool,
}

/// Those of `canonical` codes that are `unit_id`'s, in the order given;
/// anything else (another unit's, made up) is left out.
pub async fn states(
    db: &DatabaseConnection,
    key: &TokenKey,
    unit_id: Uuid,
    canonical: &[String],
) -> Result<Vec<CodeState>, DbErr> {
    let hashes: Vec<String> = canonical
        .iter()
        .map(|c| key.keyed_hash(PURPOSE, c.as_bytes()))
        .collect();
    let mut rows: HashMap<String, verification_code::Model> = HashMap::new();
    for chunk in hashes.chunks(500) {
        for r in verification_code::Entity::find()
            .filter(verification_code::Column::UnitId.eq(unit_id))
            .filter(verification_code::Column::CodeHash.is_in(chunk.to_vec()))
            .all(db)
            .await?
        {
            rows.insert(r.code_hash.clone(), r);
        }
    }
    Ok(canonical
        .iter()
        .zip(hashes)
        .filter_map(|(c, h)| {
            rows.get(&h).map(|r| CodeState {
                code: c.clone(),
                expires_at: r.expires_at,
                used: r.used_at.is_some(),
            })
        })
        .collect())
}
