//! A year of the agency's cycle in the demo: Balikpapan's SKM over the two
//! most recent finished quarters. The first quarter's weakest element is
//! service time; a follow-up action on it is carried out; the second
//! quarter shows time improved. Both quarters are published, so
//! `/p/kota-balikpapan` has something to show. Loading it twice changes
//! nothing.

use super::{Lcg, made_up_answers};
use crate::store::entities::{instrument, response, survey};
use crate::store::followup::{self, Fields};
use crate::store::publications;
use crate::store::responses::{self, NewResponse};
use app::domain::instrument::Instrument;
use app::domain::period;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ColumnTrait, DatabaseConnection, DbErr, EntityTrait, QueryFilter};
use uuid::Uuid;

/// Responses per quarter: more than the sample the unit's users need.
const PER_QUARTER: usize = 380;

/// The element the year is about.
const WEAK: &str = "u3_time";

/// Loads the demo year, unless it is there already.
pub async fn load(db: &DatabaseConnection, now: DateTime<Utc>) -> Result<(), DbErr> {
    let Some(s) = survey::Entity::find()
        .filter(survey::Column::Slug.eq("demo-skm"))
        .one(db)
        .await?
    else {
        return Ok(());
    };
    let month = (now + Duration::hours(7)).format("%Y-%m").to_string();
    let quarters: Vec<String> = period::closed(&month, 1)
        .into_iter()
        .filter(|p| p.contains('Q'))
        .take(2)
        .collect();
    let [later, earlier] = quarters.as_slice() else {
        return Ok(());
    };
    let marker = format!("demo-year-{earlier}-0");
    let loaded = response::Entity::find()
        .filter(response::Column::TokenHash.eq(marker))
        .one(db)
        .await?;
    if loaded.is_some() {
        return Ok(());
    }
    let def: Instrument = {
        let row = instrument::Entity::find_by_id(s.instrument_id)
            .one(db)
            .await?
            .ok_or_else(|| DbErr::RecordNotFound("demo instrument".into()))?;
        serde_json::from_str(&row.definition).map_err(|e| DbErr::Custom(e.to_string()))?
    };
    let unit = crate::store::entities::survey_unit::Entity::find()
        .filter(crate::store::entities::survey_unit::Column::SurveyId.eq(s.id))
        .one(db)
        .await?
        .map(|u| u.unit_id);
    for (p, weak_low) in [(earlier, 1i16), (later, 3i16)] {
        let (first, _) = period::months(p).unwrap_or_default();
        let start = DateTime::parse_from_rfc3339(&format!("{first}-05T02:00:00Z"))
            .map(|t| t.with_timezone(&Utc))
            .map_err(|e| DbErr::Custom(e.to_string()))?;
        let mut rng = Lcg(weak_low as u64 * 104_729 + 7);
        let rows: Vec<_> = (0..PER_QUARTER)
            .map(|i| {
                let mut answers = made_up_answers(&def, &mut rng);
                for a in answers.iter_mut().filter(|a| a.key == WEAK) {
                    let v = weak_low + (rng.next() % 2) as i16;
                    a.value = v.to_string();
                    a.score = Some(v);
                }
                let new = NewResponse {
                    survey_id: s.id,
                    unit_id: unit,
                    token_hash: format!("demo-year-{p}-{i}"),
                    channel: "demo",
                    // Spread over 79 days: every response inside its quarter.
                    submitted_at: start + Duration::hours((i * 5) as i64),
                    answers,
                    ..Default::default()
                };
                (&def, new)
            })
            .collect();
        for outcome in responses::store_many(db, rows).await? {
            outcome?;
        }
        publications::publish(db, s.id, p, Uuid::nil()).await?;
    }
    let (_, last) = period::months(later).unwrap_or_default();
    let action = Fields {
        unit_id: unit,
        item_key: WEAK.into(),
        action: "Loket tambahan pada jam sibuk dan SMS saat izin selesai".into(),
        owner: "Kepala Bidang Pelayanan".into(),
        due_on: format!("{last}-15"),
    };
    let id = followup::add(db, s.id, earlier, action, Uuid::nil()).await?;
    if let Some(found) = followup::one(db, s.id, id).await? {
        let evidence = "Loket 4 dibuka sejak bulan kedua; rata-rata waktu tunggu tercatat turun";
        followup::progress(db, found, "done", evidence).await?;
    }
    Ok(())
}
