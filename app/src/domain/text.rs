//! Text shown to people, in Bahasa Indonesia first and English alongside.

use serde::{Deserialize, Serialize};

/// `text` safe as an element's text (`&`, `<` and `>` escaped), for a
/// `<textarea>`, whose text Leptos writes as it is: a typed "</textarea>"
/// would otherwise end the field.
pub fn escape_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A language the product speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Bahasa Indonesia, the default.
    #[default]
    Id,
    /// English.
    En,
}

impl Lang {
    /// The code used in `lang` attributes, cookies and query strings.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// Reads a code such as `id`, `en`, `en-GB`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "id" | "in" => Some(Lang::Id),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first language of an `Accept-Language` header that we speak,
    /// taking the listed order (weights are rarely out of order in practice).
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut langs: Vec<(f32, Lang)> = header
            .split(',')
            .filter_map(|part| {
                let mut pieces = part.split(';');
                let lang = Lang::from_code(pieces.next()?)?;
                let q = pieces
                    .find_map(|p| p.trim().strip_prefix("q=")?.parse::<f32>().ok())
                    .unwrap_or(1.0);
                Some((q, lang))
            })
            .collect();
        langs.sort_by(|a, b| b.0.total_cmp(&a.0));
        langs.first().map(|(_, l)| *l)
    }

    /// The other language, for the switch link.
    pub fn other(self) -> Lang {
        match self {
            Lang::Id => Lang::En,
            Lang::En => Lang::Id,
        }
    }
}

/// A piece of text in both languages. English falls back to Indonesian.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Text {
    /// Bahasa Indonesia.
    pub id: String,
    /// English.
    #[serde(default)]
    pub en: String,
}

impl Text {
    /// Builds a text from both languages.
    pub fn new(id: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            id: id.into(),
            en: en.into(),
        }
    }

    /// The text in `lang`, or Indonesian when there is no translation.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En if !self.en.is_empty() => &self.en,
            _ => &self.id,
        }
    }
}

/// Whether a string can be a slug (of a survey, provider or unit): 1 to 64
/// lower-case letters, digits and hyphens. Anything else is never looked up.
pub fn is_slug(s: &str) -> bool {
    (1..=64).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// The slug a name suggests: lower-case ASCII letters and digits, every
/// other run of characters one hyphen, at most 60 characters, cut at a
/// hyphen. Empty when the name has no letter or digit. The admin forms'
/// script (`slug.js`) suggests the same as the manager types.
pub fn slug_from(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    if out.len() > 60 {
        out.truncate(60);
        if let Some(cut) = out.rfind('-') {
            out.truncate(cut);
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_suggests_its_slug() {
        assert_eq!(
            slug_from("Dinas Kependudukan & Catatan Sipil"),
            "dinas-kependudukan-catatan-sipil"
        );
        assert_eq!(
            slug_from("  Survei 2026: Loket Utama! "),
            "survei-2026-loket-utama"
        );
        assert_eq!(slug_from("¿¿??"), "");
        let long = slug_from(&"kata ".repeat(30));
        assert!(is_slug(&long) && long.len() <= 60 && !long.ends_with('-'));
    }

    #[test]
    fn accept_language_prefers_weights_and_known_languages() {
        assert_eq!(Lang::from_accept_language("en-US,en;q=0.9"), Some(Lang::En));
        assert_eq!(
            Lang::from_accept_language("fr;q=1.0, en;q=0.5, id;q=0.8"),
            Some(Lang::Id)
        );
        assert_eq!(Lang::from_accept_language("fr, de"), None);
    }

    #[test]
    fn english_falls_back_to_indonesian() {
        let t = Text::new("Ya", "");
        assert_eq!(t.get(Lang::En), "Ya");
    }
}
