//! The survey form's assessment method: offered where a method reads the
//! chosen questionnaire (the maladministration-perception and public-trust
//! surveys), the 2025 method by default; none for SKM. A survey that has
//! started keeps its method, as it keeps its questionnaire.

use super::survey_choices::{Choices, name_of};
use crate::store::versions::Version;
use app::domain::answers::{FieldErrors, push_error};
use app::i18n;
use app::pages::admin::{Field, Input};
use uuid::Uuid;

/// The method a new survey gets by default: the 2025 method's newest
/// version when it reads the questionnaire.
const DEFAULT_METHOD: &str = "ori-2025";

impl Choices {
    /// The instrument key of the instrument id `raw`.
    fn instrument_key(&self, raw: &str) -> Option<&str> {
        self.instruments
            .iter()
            .find(|v| v.id.to_string() == raw)
            .map(|v| v.key.as_str())
    }

    /// The method versions that read the instrument `raw` (every one when
    /// `raw` names none).
    pub fn methods_for(&self, raw: &str) -> Vec<&Version> {
        let key = self.instrument_key(raw);
        self.methods
            .iter()
            .filter(|(_, reads)| key.is_none_or(|k| reads.iter().any(|r| r == k)))
            .map(|(v, _)| v)
            .collect()
    }

    /// A new survey's method for the instrument `raw`: the newest 2025
    /// method that reads it, else the first that does, else none ("").
    pub fn default_method(&self, raw: &str) -> String {
        let fitting = self.methods_for(raw);
        fitting
            .iter()
            .find(|v| v.key == DEFAULT_METHOD)
            .or(fitting.first())
            .map(|v| v.id.to_string())
            .unwrap_or_default()
    }

    /// The method select (the methods that read `instrument`, and none);
    /// fixed once `locked`.
    pub fn method_field(&self, instrument: &str, method: &str, locked: bool) -> Field {
        let lang = self.lang;
        let shown = |v: &Version| (v.id.to_string(), name_of(v, lang));
        if locked {
            let name = self
                .methods
                .iter()
                .find(|(v, _)| v.id.to_string() == method)
                .map(|(v, _)| name_of(v, lang))
                .unwrap_or_else(|| i18n::METHOD_NONE.get(lang).to_string());
            return Field::new("method", i18n::METHOD, Input::Fixed, name).help(i18n::METHOD_HELP);
        }
        let mut options = vec![(String::new(), i18n::METHOD_NONE.get(lang).to_string())];
        options.extend(self.methods_for(instrument).into_iter().map(shown));
        Field::new(
            "method",
            i18n::METHOD,
            Input::Select(options),
            method.to_string(),
        )
        .help(i18n::METHOD_HELP)
    }

    /// The posted method: none when no method reads the instrument (an SKM
    /// survey), else the posted one if it reads it (or none, when none was
    /// chosen); a method that does not read it is an error.
    pub fn resolve_method(
        &self,
        instrument: &str,
        method: &str,
        errors: &mut FieldErrors,
    ) -> Option<Uuid> {
        let fitting = self.methods_for(instrument);
        if method.is_empty() || fitting.is_empty() {
            return None;
        }
        let chosen = fitting.iter().find(|v| v.id.to_string() == method);
        if chosen.is_none() {
            push_error(errors, "method", i18n::METHOD_MISFIT.text());
        }
        chosen.map(|v| v.id)
    }
}
