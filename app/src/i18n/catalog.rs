//! The two catalogues, parsed once: Bahasa Indonesia and English.

use crate::domain::text::Lang;
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The Bahasa Indonesia messages.
pub const FTL_ID: &str = include_str!("../../locales/id.ftl");
/// The English messages.
pub const FTL_EN: &str = include_str!("../../locales/en.ftl");

/// One language's messages: the bundle for messages with arguments, and
/// every message without arguments formatted once.
pub(super) struct Catalog {
    pub(super) bundle: FluentBundle<FluentResource>,
    pub(super) plain: HashMap<String, &'static str>,
}

impl Catalog {
    fn load(lang: Lang, ftl: &'static str) -> Catalog {
        let resource = FluentResource::try_new(ftl.to_string())
            .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse: {errors:?}", lang.code()));
        let tag = lang.code().parse().expect("a language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![tag]);
        // The pages are HTML with their own `lang`; isolation marks would
        // only show up as stray characters in exports and e-mails.
        bundle.set_use_isolating(false);
        let ids: Vec<String> = resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect();
        bundle
            .add_resource(resource)
            .unwrap_or_else(|e| panic!("{}.ftl repeats a message: {e:?}", lang.code()));
        let mut plain = HashMap::new();
        for id in ids {
            let Some(pattern) = bundle.get_message(&id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = vec![];
            let text = bundle.format_pattern(pattern, None, &mut errors);
            if errors.is_empty() {
                plain.insert(id, &*Box::leak(text.into_owned().into_boxed_str()));
            }
        }
        Catalog { bundle, plain }
    }
}

static CATALOGS: LazyLock<[Catalog; 2]> = LazyLock::new(|| {
    [
        Catalog::load(Lang::Id, FTL_ID),
        Catalog::load(Lang::En, FTL_EN),
    ]
});

/// The catalogue of `lang`.
pub(super) fn catalog(lang: Lang) -> &'static Catalog {
    &CATALOGS[match lang {
        Lang::Id => 0,
        Lang::En => 1,
    }]
}
