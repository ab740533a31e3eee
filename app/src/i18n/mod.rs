//! Every fixed string the pages, errors and exports show, in Bahasa
//! Indonesia and English, through one mechanism: Project Fluent. The
//! messages live in `app/locales/id.ftl` and `app/locales/en.ftl`; each
//! constant here names one message, so a typo is a compile error and a
//! message missing from a language is a test failure. Item wording comes
//! from the instrument definitions instead.

mod catalog;
mod messages;
mod messages_consultation;
mod messages_method;
mod messages_own;
mod messages_webhooks;
mod tr;

pub use catalog::{FTL_EN, FTL_ID};
pub use messages::*;
pub use messages_consultation::*;
pub use messages_method::*;
pub use messages_own::*;
pub use messages_webhooks::*;
pub use tr::Tr;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text::Lang;
    use catalog::catalog;
    use std::collections::{BTreeMap, BTreeSet};

    /// Message id → the names of its arguments, from a catalogue's text.
    fn messages(ftl: &str) -> BTreeMap<String, BTreeSet<String>> {
        let mut out = BTreeMap::new();
        for line in ftl.lines() {
            let Some((id, value)) = line.split_once(" = ") else {
                continue;
            };
            if id.starts_with('#') || id.contains(' ') {
                continue;
            }
            let args = value
                .split("{ $")
                .skip(1)
                .filter_map(|rest| rest.split(' ').next())
                .map(str::to_string)
                .collect();
            assert!(out.insert(id.to_string(), args).is_none(), "{id} twice");
        }
        out
    }

    #[test]
    fn both_languages_have_the_same_messages_with_the_same_arguments() {
        let id = messages(FTL_ID);
        let en = messages(FTL_EN);
        let only_id: Vec<_> = id.keys().filter(|k| !en.contains_key(*k)).collect();
        let only_en: Vec<_> = en.keys().filter(|k| !id.contains_key(*k)).collect();
        assert!(only_id.is_empty(), "missing in en.ftl: {only_id:?}");
        assert!(only_en.is_empty(), "missing in id.ftl: {only_en:?}");
        for (key, args) in &id {
            assert_eq!(args, &en[key], "arguments of {key}");
        }
        assert!(id.len() > 200, "catalogue read: {} messages", id.len());
    }

    /// Every `Tr("…")` written anywhere in the app or the server names a
    /// message both catalogues have.
    #[test]
    fn every_message_the_code_names_exists() {
        let known = messages(FTL_ID);
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut named = 0;
        let mut stack = vec![root.join("src"), root.join("../server/src")];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for piece in text.split("Tr(\"").skip(1) {
                    let id = piece.split('"').next().unwrap();
                    if id == "…" {
                        continue;
                    }
                    named += 1;
                    assert!(
                        known.contains_key(id),
                        "{}: no message {id}",
                        path.display()
                    );
                }
            }
        }
        assert!(named > 200, "found {named} messages named in the code");
    }

    #[test]
    fn messages_come_out_in_the_language_asked() {
        assert_eq!(SUBMIT.get(Lang::Id), "Kirim jawaban");
        assert_eq!(SUBMIT.get(Lang::En), "Send my answers");
        assert_eq!(OR.get(Lang::En), " or ");
        assert_eq!(
            PROGRESS.with(Lang::Id, &[("count", 3.into()), ("total", 12.into())]),
            "3 dari 12 pertanyaan wajib sudah dijawab"
        );
        assert_eq!(
            ANSWER_TOO_LONG.text_with(&[("limit", 500.into())]).en,
            "This answer is too long: 500 characters at most."
        );
        // No message is left needing arguments where the code asks for
        // plain text: `get` would show its id.
        for lang in [Lang::Id, Lang::En] {
            for (id, args) in messages(FTL_EN) {
                if args.is_empty() {
                    assert!(catalog(lang).plain.contains_key(&id), "{id} has no text");
                }
            }
        }
    }
}
