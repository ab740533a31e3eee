//! Proof photos in the demo: three of the demo survey's responses carry a
//! made-up picture of a queue ticket, waiting for an assessor's review at
//! `/admin/proofs`. The pictures go through the same processing as a
//! citizen's. Loading twice changes nothing.

use crate::services::proof::Proofs;
use crate::services::state::AppState;
use crate::store::entities::{proof, response, survey};
use crate::store::proofs;
use image::{Rgb, RgbImage};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect};

/// Pictures in the demo.
const PICTURES: u64 = 3;

/// A made-up queue ticket: a white slip with a dark header, a big number
/// and lines of small print, on a grey table.
fn ticket(seed: u32) -> Vec<u8> {
    let number_rows = 120 + (seed % 3) * 10;
    let img = RgbImage::from_fn(480, 640, |x, y| {
        let on_slip = (90..390).contains(&x) && (60..580).contains(&y);
        let dark = if !on_slip {
            false
        } else if y < 130 {
            true
        } else if (180..number_rows + 160).contains(&y) {
            (150..330).contains(&x) && (x / 30 + seed).is_multiple_of(2)
        } else {
            (y / 12).is_multiple_of(3) && (110..370 - (y % 7) * 20).contains(&x)
        };
        match (on_slip, dark) {
            (false, _) => Rgb([150, 150, 145]),
            (true, true) => Rgb([30, 30, 40]),
            (true, false) => Rgb([250, 250, 245]),
        }
    });
    let mut out = Vec::new();
    let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85);
    match img.write_with_encoder(encoder) {
        Ok(()) => out,
        Err(_) => Vec::new(),
    }
}

/// Attaches a ticket picture to the first demo responses of `demo`.
pub async fn load(state: &AppState, store: &Proofs) -> anyhow::Result<()> {
    let Some(s) = survey::Entity::find()
        .filter(survey::Column::Slug.eq("demo"))
        .one(&state.db)
        .await?
    else {
        return Ok(());
    };
    let there = proof::Entity::find()
        .filter(proof::Column::SurveyId.eq(s.id))
        .count(&state.db)
        .await?;
    if there > 0 || !s.proof_photos {
        return Ok(());
    }
    let ids: Vec<uuid::Uuid> = response::Entity::find()
        .select_only()
        .column(response::Column::Id)
        .filter(response::Column::SurveyId.eq(s.id))
        .order_by_asc(response::Column::TokenHash)
        .limit(PICTURES)
        .into_tuple()
        .all(&state.db)
        .await?;
    for (i, response_id) in ids.into_iter().enumerate() {
        let kept = store
            .process(ticket(i as u32).into())
            .await
            .map_err(|e| anyhow::anyhow!("demo picture refused: {e:?}"))?;
        let id = store.hold(state, s.id, kept).await?;
        proofs::attach(&state.db, id, s.id, response_id).await?;
    }
    Ok(())
}
