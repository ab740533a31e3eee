//! The questionnaires a filter offers, named as people name them
//! ("Survei Kepuasan Masyarakat (SKM), versi 2"), never by their stored
//! key ("skm@2"), which stays the value a form sends and a link carries.

use crate::error::AppError;
use crate::services::access::Actor;
use crate::services::ranking::DEFAULT_INSTRUMENT;
use crate::services::state::AppState;
use crate::store::entities::survey;
use app::domain::instrument::Instrument;
use app::domain::text::Lang;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use std::collections::HashSet;

/// The instrument versions that a published survey within `actor`'s reach
/// uses (every version when none is in use yet), as (`key@version`, its
/// name in `lang`): the default instrument first, each key's newest
/// version before its older. A version nobody surveys with would only lead
/// to an empty page.
pub async fn instruments(
    state: &AppState,
    actor: &Actor,
    lang: Lang,
) -> Result<Vec<(String, String)>, AppError> {
    let agencies: Vec<uuid::Uuid> = crate::services::access::agencies(&state.db, actor)
        .await?
        .into_iter()
        .map(|a| a.id)
        .collect();
    let used: HashSet<uuid::Uuid> = survey::Entity::find()
        .filter(survey::Column::AgencyId.is_in(agencies))
        .filter(survey::Column::Status.ne("draft"))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|s| s.instrument_id)
        .collect();
    let mut out = Vec::new();
    for (id, _) in crate::store::admin::instruments(&state.db).await? {
        if !used.is_empty() && !used.contains(&id) {
            continue;
        }
        let i = state.instrument(id).await?;
        out.push((format!("{}@{}", i.key, i.version), name(&i, lang)));
    }
    // Stable: the store's order (key, newest version first) stays within.
    out.sort_by_key(|(k, _)| k.split('@').next() != Some(DEFAULT_INSTRUMENT));
    Ok(out)
}

/// An instrument version's name: its title and version in words.
pub fn name(i: &Instrument, lang: Lang) -> String {
    app::i18n::INSTRUMENT_CHOICE.with(
        lang,
        &[
            ("title", i.title.get(lang).to_string().into()),
            ("version", i.version.to_string().into()),
        ],
    )
}

/// The choice a filter value stands for: itself when it names a version,
/// else the newest version of its key (`skm` is `skm@2`).
pub fn exact<'a>(choices: &'a [(String, String)], value: &str) -> Option<&'a (String, String)> {
    if value.contains('@') {
        choices.iter().find(|(k, _)| k == value)
    } else {
        choices
            .iter()
            .find(|(k, _)| k.split('@').next() == Some(value))
    }
}
