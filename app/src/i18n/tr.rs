//! A message, named by its Fluent id, and how it comes out.

use super::catalog::catalog;
use crate::domain::text::{Lang, Text};
use fluent_bundle::{FluentArgs, FluentValue};

/// A message of the catalogues, by its Fluent id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr(pub &'static str);

impl Tr {
    /// The message in `lang` (a message that needs arguments comes out
    /// with its id, which the catalogue tests rule out).
    pub fn get(self, lang: Lang) -> &'static str {
        catalog(lang).plain.get(self.0).copied().unwrap_or(self.0)
    }

    /// The message in `lang` with its arguments, e.g.
    /// `PROGRESS.with(lang, &[("answered", 3.into()), ("total", 12.into())])`.
    pub fn with(self, lang: Lang, args: &[(&str, FluentValue<'_>)]) -> String {
        let catalog = catalog(lang);
        let Some(pattern) = catalog.bundle.get_message(self.0).and_then(|m| m.value()) else {
            return self.0.to_string();
        };
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = vec![];
        catalog
            .bundle
            .format_pattern(pattern, Some(&fluent_args), &mut errors)
            .into_owned()
    }

    /// Both languages (for field errors, which are chosen per page later).
    pub fn text(self) -> Text {
        Text::new(self.get(Lang::Id), self.get(Lang::En))
    }

    /// Both languages with arguments.
    pub fn text_with(self, args: &[(&str, FluentValue<'_>)]) -> Text {
        Text::new(self.with(Lang::Id, args), self.with(Lang::En, args))
    }
}
