//! Checking and rebuilding score tallies from the stored answers: run at
//! start-up, so that data from before tallies existed (or before they kept
//! what a score now reads), or rows changed by hand, never leave a score
//! that misses responses.

use crate::store::definitions::Definitions;
use crate::store::entities::{answer, response, survey, tally};
use crate::store::tallies::{Key, month_of, parse, put, scored_row, weights};
use app::domain::answers::CheckedAnswer;
use app::domain::instrument::Instrument;
use app::domain::stats::Tally;
use app::domain::stats::tally_form;
use sea_orm::{
    ColumnTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    TransactionTrait,
};
use std::collections::HashMap;
use uuid::Uuid;

/// Rebuilds the tallies of any survey whose tallies do not count every
/// stored response (data from before tallies existed, or a repair after a
/// manual change). Returns how many surveys were rebuilt.
pub async fn repair(db: &sea_orm::DatabaseConnection, defs: &Definitions) -> Result<usize, DbErr> {
    let mut rebuilt = 0;
    for s in survey::Entity::find().all(db).await? {
        let stored = response::Entity::find()
            .filter(response::Column::SurveyId.eq(s.id))
            .count(db)
            .await?;
        let instrument = defs.instrument(db, s.instrument_id).await?;
        let (mut counted, mut current) = (0, true);
        for row in tally::Entity::find()
            .filter(tally::Column::SurveyId.eq(s.id))
            .all(db)
            .await?
        {
            counted += parse(&instrument, &row.data)?.n;
            // Rows of an earlier form lack counts the scores now read.
            current &= row.data.starts_with(tally_form::COMPACT);
        }
        if counted != stored || !current {
            rebuild(db, s.id, &instrument).await?;
            rebuilt += 1;
        }
    }
    Ok(rebuilt)
}

/// Recomputes a survey's tallies from its stored answers.
async fn rebuild(
    db: &sea_orm::DatabaseConnection,
    survey_id: Uuid,
    instrument: &Instrument,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    tally::Entity::delete_many()
        .filter(tally::Column::SurveyId.eq(survey_id))
        .exec(&txn)
        .await?;
    let responses = response::Entity::find()
        .filter(response::Column::SurveyId.eq(survey_id))
        .order_by_asc(response::Column::Id)
        .all(&txn)
        .await?;
    let scored: Vec<(Uuid, String, i16)> = answer::Entity::find()
        .select_only()
        .column(answer::Column::ResponseId)
        .column(answer::Column::ItemKey)
        .column(answer::Column::Score)
        .inner_join(response::Entity)
        .filter(response::Column::SurveyId.eq(survey_id))
        .filter(answer::Column::Score.is_not_null())
        .into_tuple()
        .all(&txn)
        .await?;
    let mut by_response: HashMap<Uuid, Vec<CheckedAnswer>> = HashMap::new();
    for (id, key, score) in scored {
        by_response.entry(id).or_default().push(CheckedAnswer {
            key,
            value: score.to_string(),
            score: Some(score),
        });
    }
    let k = instrument.scored_items().count();
    let w = weights(instrument);
    let mut tallies: HashMap<Key, Tally> = HashMap::new();
    for r in responses {
        let key = Key {
            survey_id,
            unit_id: r.unit_id,
            month: month_of(r.submitted_at),
            verified: r.verified,
            suspect: r.suspect,
        };
        let answers = by_response.remove(&r.id).unwrap_or_default();
        tallies.entry(key).or_insert_with(|| Tally::new(k)).add(
            &scored_row(instrument, &answers),
            &w,
            instrument.conversion,
        );
    }
    for (key, t) in tallies {
        put(&txn, &key, 0, &t).await?;
    }
    txn.commit().await
}
