//! The questionnaire (instrument) and band-table choices of the survey
//! form: named for people ("Survei Kepuasan Masyarakat (SKM), versi 2",
//! not `skm@2`), and only the band tables that fit the chosen instrument
//! offered or accepted (`app::domain::fit`).

use crate::error::AppError;
use crate::http::ServerState;
use crate::store::admin as repo;
use crate::store::entities::service_unit;
use crate::store::versions::{self, Version};
use app::domain::answers::{FieldErrors, push_error};
use app::domain::fit::fits;
use app::domain::text::Lang;
use app::i18n;
use app::pages::admin::{Field, Input};
use uuid::Uuid;

/// What the survey form offers.
pub(super) struct Choices {
    /// Every instrument version.
    pub instruments: Vec<Version>,
    /// Every band-table version.
    pub bands: Vec<Version>,
    /// Every method version, with the instrument keys it reads.
    pub methods: Vec<(Version, Vec<String>)>,
    /// The band table a stored survey keeps, though superseded.
    pub kept_bands: Option<Uuid>,
    /// The provider's units.
    pub units: Vec<service_unit::Model>,
    /// The page language (the names are shown in it).
    pub lang: Lang,
}

/// The choices for a survey of `agency_id`, named in `lang`.
pub(super) async fn choices(
    state: &ServerState,
    agency_id: Uuid,
    lang: Lang,
) -> Result<Choices, AppError> {
    Ok(Choices {
        instruments: versions::instruments(&state.db).await?,
        bands: versions::band_tables(&state.db).await?,
        methods: versions::methods(&state.db).await?,
        kept_bands: None,
        units: repo::units(&state.db, agency_id).await?,
        lang,
    })
}

/// A version as people read it: its title and version number.
pub(crate) fn name_of(v: &Version, lang: Lang) -> String {
    i18n::VERSION_NAME.with(
        lang,
        &[
            ("title", v.title.get(lang).to_string().into()),
            ("version", v.version.into()),
        ],
    )
}

fn find<'a>(list: &'a [Version], raw: &str) -> Option<&'a Version> {
    list.iter().find(|v| v.id.to_string() == raw)
}

impl Choices {
    /// The name of the version `raw` (an id) in `list`, or nothing.
    pub fn label(&self, list: &[Version], raw: &str) -> String {
        find(list, raw)
            .map(|v| name_of(v, self.lang))
            .unwrap_or_default()
    }

    /// The band tables that fit the instrument `raw` (all, when `raw`
    /// names none): the newest version of each, and the one a stored
    /// survey keeps (last year's results never move).
    pub fn bands_for(&self, raw: &str) -> Vec<&Version> {
        let key = find(&self.instruments, raw).map(|i| i.key.as_str());
        self.bands
            .iter()
            .filter(|b| key.is_none_or(|k| fits(k, &b.key)))
            .filter(|b| self.offered(b))
            .collect()
    }

    /// Whether band table `b` may be chosen: the newest of its key (the
    /// list holds each key's newest first), or the one kept.
    fn offered(&self, b: &Version) -> bool {
        self.kept_bands == Some(b.id)
            || self.bands.iter().find(|x| x.key == b.key).map(|x| x.id) == Some(b.id)
    }

    /// A new survey's instrument and band table: the first instrument and
    /// the last table that fits it (the newest of its family).
    pub fn defaults(&self) -> (String, String) {
        let instrument = self
            .instruments
            .first()
            .map(|i| i.id.to_string())
            .unwrap_or_default();
        let bands = self
            .bands_for(&instrument)
            .last()
            .map(|b| b.id.to_string())
            .unwrap_or_default();
        (instrument, bands)
    }

    /// The instrument and band-table selects while a draft; the band
    /// table lists only those that fit `instrument`.
    pub fn selects(&self, instrument: &str, bands: &str) -> [Field; 2] {
        let lang = self.lang;
        let options = |list: Vec<&Version>| {
            Input::Select(
                list.into_iter()
                    .map(|v| (v.id.to_string(), name_of(v, lang)))
                    .collect(),
            )
        };
        [
            Field::new(
                "instrument",
                i18n::INSTRUMENT,
                options(self.instruments.iter().collect()),
                instrument.to_string(),
            )
            .required(),
            Field::new(
                "bands",
                i18n::BAND_TABLE,
                options(self.bands_for(instrument)),
                bands.to_string(),
            )
            .help(i18n::BANDS_FIT_HELP)
            .required(),
        ]
    }

    /// The posted instrument and band table, when both exist and fit each
    /// other; otherwise the problem goes beside its field.
    pub fn resolve(
        &self,
        instrument: &str,
        bands: &str,
        errors: &mut FieldErrors,
    ) -> Option<(Uuid, Uuid)> {
        let i = find(&self.instruments, instrument);
        if i.is_none() {
            push_error(errors, "instrument", i18n::BAD_CHOICE.text());
        }
        let b = find(&self.bands, bands);
        match (i, b) {
            (_, None) => push_error(errors, "bands", i18n::BAD_CHOICE.text()),
            (_, Some(b)) if !self.offered(b) => {
                push_error(errors, "bands", i18n::BAD_CHOICE.text())
            }
            (Some(i), Some(b)) if !fits(&i.key, &b.key) => {
                push_error(errors, "bands", i18n::BANDS_MISFIT.text())
            }
            _ => {}
        }
        Some((i?.id, b?.id)).filter(|_| errors.is_empty())
    }
}

/// `GET /admin/fits?instrument=…`: what fits an instrument, for the
/// survey form's script: the band tables that judge it, the methods that
/// read it and the one a new survey gets, named in the page's language
/// (`{"bands": [{"id", "label"}], "methods": [{"id", "label"}],
/// "method": id or ""}`). Any signed-in account may ask: the lists are the
/// same for everyone.
pub async fn fitting(
    axum::extract::State(state): axum::extract::State<ServerState>,
    signed: super::Signed,
    head: axum::http::request::Parts,
) -> Result<axum::response::Response, AppError> {
    use axum::response::IntoResponse;
    let c = Choices {
        instruments: versions::instruments(&state.db).await?,
        bands: versions::band_tables(&state.db).await?,
        methods: versions::methods(&state.db).await?,
        kept_bands: None,
        units: Vec::new(),
        lang: signed.lang,
    };
    let asked = crate::http::extract::query(&head)
        .get("instrument")
        .cloned()
        .unwrap_or_default();
    if find(&c.instruments, &asked).is_none() {
        return Err(AppError::NotFound);
    }
    let named =
        |v: &Version| serde_json::json!({ "id": v.id.to_string(), "label": name_of(v, c.lang) });
    let body = serde_json::json!({
        "bands": c.bands_for(&asked).into_iter().map(named).collect::<Vec<_>>(),
        "methods": c.methods_for(&asked).into_iter().map(named).collect::<Vec<_>>(),
        "method": c.default_method(&asked),
    });
    Ok(axum::Json(body).into_response())
}

const FORM_JS: &str = include_str!("../../../assets/admin-survey-form.js");

/// `GET /admin-survey-form.js`: the survey form's band-table list follows
/// its questionnaire.
pub async fn form_js() -> axum::response::Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        FORM_JS,
    )
        .into_response()
}
