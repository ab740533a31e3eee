//! The questionnaires a filter offers, named as people name them
//! ("Survei Kepuasan Masyarakat (SKM), versi 2"), never by their stored
//! key ("skm@2"), which stays the value a form sends and a link carries.

use crate::error::AppError;
use crate::services::ranking::DEFAULT_INSTRUMENT;
use crate::services::state::AppState;
use app::domain::instrument::Instrument;
use app::domain::text::Lang;

/// Every instrument version as (`key@version`, its name in `lang`): the
/// default instrument first, each key's newest version before its older.
pub async fn instruments(state: &AppState, lang: Lang) -> Result<Vec<(String, String)>, AppError> {
    let mut out = Vec::new();
    for (id, _) in crate::store::admin::instruments(&state.db).await? {
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
