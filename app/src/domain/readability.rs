//! How hard a questionnaire is to read, in both languages: what the
//! plain-language instrument versions are checked against.
//!
//! English uses Flesch Reading Ease (206.835 − 1.015 × words per sentence
//! − 84.6 × syllables per word; 60 and above is plain English). Indonesian
//! has no standard formula of its own: it is measured by the same two
//! parts, words per sentence and syllables per word (a syllable is a vowel
//! group, which fits Indonesian spelling well), and by a list of words a
//! citizen with little schooling trips on.

use super::instrument::Instrument;
use super::text::Lang;

/// Words that need schooling or inside knowledge to understand, which a
/// citizen's questionnaire avoids (the official term may still be shown
/// to assessors).
pub const HARD_WORDS_ID: &[&str] = &[
    "maladministrasi",
    "kewenangan",
    "standar pelayanan",
    "kepentingan pribadi",
    "kompetensi",
    "kompeten",
    "prasarana",
    "saudara",
    "kadang-kadang",
    "sering",
];

/// The figures of one text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    /// Sentences counted.
    pub sentences: usize,
    /// Words counted.
    pub words: usize,
    /// Syllables counted.
    pub syllables: usize,
}

impl Reading {
    /// Average words per sentence.
    pub fn words_per_sentence(&self) -> f64 {
        self.words as f64 / self.sentences.max(1) as f64
    }

    /// Average syllables per word.
    pub fn syllables_per_word(&self) -> f64 {
        self.syllables as f64 / self.words.max(1) as f64
    }

    /// Flesch Reading Ease (meant for English).
    pub fn flesch(&self) -> f64 {
        206.835 - 1.015 * self.words_per_sentence() - 84.6 * self.syllables_per_word()
    }
}

/// Syllables of one word: its vowel groups (a final silent "e" dropped in
/// English), at least one.
fn syllables(word: &str, lang: Lang) -> usize {
    let w: Vec<char> = word
        .chars()
        .filter(|c| c.is_alphabetic())
        .map(|c| c.to_ascii_lowercase())
        .collect();
    // "y" is a consonant in Indonesian ("pelayanan"), mostly a vowel in
    // English ("reply").
    let vowel =
        |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u') || (c == 'y' && lang == Lang::En);
    let mut groups = 0;
    let mut before = false;
    for &c in &w {
        let v = vowel(c);
        if v && !before {
            groups += 1;
        }
        before = v;
    }
    let silent_e =
        lang == Lang::En && w.len() > 2 && w.ends_with(&['e']) && !w.ends_with(&['l', 'e']);
    if silent_e && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

/// Measures `sentences`: each string is one or more sentences.
pub fn measure<'a>(sentences: impl IntoIterator<Item = &'a str>, lang: Lang) -> Reading {
    let mut r = Reading {
        sentences: 0,
        words: 0,
        syllables: 0,
    };
    for text in sentences {
        let parts = text
            .split(['.', '?', '!', ';'])
            .filter(|s| s.split_whitespace().next().is_some());
        for part in parts {
            r.sentences += 1;
            for word in part
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphabetic))
            {
                r.words += 1;
                r.syllables += syllables(word, lang);
            }
        }
    }
    r
}

/// Everything a respondent reads of `instrument` in `lang`: stem, intro,
/// questions, hints and answer labels.
pub fn respondent_text(instrument: &Instrument, lang: Lang) -> Vec<&str> {
    let mut out = sentences(instrument, lang);
    for item in &instrument.items {
        for o in item.options(instrument) {
            out.push(o.label.get(lang));
        }
    }
    out
}

/// What a respondent reads as sentences (answer labels are not): stem,
/// intro, questions, hints and the screening's ending.
pub fn sentences(instrument: &Instrument, lang: Lang) -> Vec<&str> {
    let mut out: Vec<&str> = [&instrument.intro, &instrument.stem]
        .into_iter()
        .flatten()
        .map(|t| t.get(lang))
        .collect();
    for item in &instrument.items {
        out.push(item.text.get(lang));
        out.extend(item.help.as_ref().map(|t| t.get(lang)));
        out.extend(item.ineligible_message.as_ref().map(|t| t.get(lang)));
    }
    out
}

/// The hard words `instrument` asks a citizen to read in Indonesian.
pub fn hard_words(instrument: &Instrument) -> Vec<&'static str> {
    let text = respondent_text(instrument, Lang::Id)
        .join(" ")
        .to_lowercase();
    HARD_WORDS_ID
        .iter()
        .copied()
        .filter(|w| {
            text.match_indices(w).any(|(at, _)| {
                let after = text[at + w.len()..].chars().next();
                let before = text[..at].chars().next_back();
                !after.is_some_and(char::is_alphanumeric)
                    && !before.is_some_and(char::is_alphanumeric)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped(text: &str) -> Instrument {
        toml::from_str(text).expect("a shipped instrument parses")
    }

    const MAL_V1: &str =
        include_str!("../../definitions/instruments/maladministration-perception.v1.toml");
    const MAL_V2: &str =
        include_str!("../../definitions/instruments/maladministration-perception.v2.toml");
    const SKM_V1: &str = include_str!("../../definitions/instruments/skm.v1.toml");
    const SKM_V2: &str = include_str!("../../definitions/instruments/skm.v2.toml");
    const TRUST_V1: &str = include_str!("../../definitions/instruments/public-trust.v1.toml");

    /// Plain enough: English at Flesch 60 or more; Indonesian sentences of
    /// 12 words or fewer on average, at most 2.9 syllables a word, and no
    /// hard word.
    fn plain(i: &Instrument) -> Result<(), String> {
        let en = measure(sentences(i, Lang::En), Lang::En);
        let id = Reading {
            syllables: measure(respondent_text(i, Lang::Id), Lang::Id).syllables,
            words: measure(respondent_text(i, Lang::Id), Lang::Id).words,
            sentences: measure(sentences(i, Lang::Id), Lang::Id).sentences,
        };
        let id_sentences = measure(sentences(i, Lang::Id), Lang::Id);
        let hard = hard_words(i);
        let mut problems = Vec::new();
        if en.flesch() < 60.0 {
            problems.push(format!("English Flesch {:.0} < 60", en.flesch()));
        }
        if id_sentences.words_per_sentence() > 12.0 {
            problems.push(format!(
                "{:.1} words a sentence",
                id_sentences.words_per_sentence()
            ));
        }
        if id.syllables_per_word() > 2.9 {
            problems.push(format!("{:.2} syllables a word", id.syllables_per_word()));
        }
        if !hard.is_empty() {
            problems.push(format!("hard words: {hard:?}"));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("; "))
        }
    }

    #[test]
    fn syllables_and_flesch_match_known_values() {
        assert_eq!(syllables("pelayanan", Lang::Id), 4);
        assert_eq!(syllables("mau", Lang::Id), 1, "a vowel pair counts once");
        assert_eq!(syllables("service", Lang::En), 2);
        assert_eq!(syllables("table", Lang::En), 2);
        let easy = measure(["The cat sat on the mat."], Lang::En);
        assert!(easy.flesch() > 100.0, "{}", easy.flesch());
        let hard = measure(
            [
                "Administrative irregularities necessitate comprehensive institutional accountability.",
            ],
            Lang::En,
        );
        assert!(hard.flesch() < 0.0, "{}", hard.flesch());
    }

    #[test]
    fn the_plain_versions_read_plainly_in_both_languages() {
        for (name, text) in [
            ("maladministration v2", MAL_V2),
            ("SKM v2", SKM_V2),
            ("public trust v1", TRUST_V1),
        ] {
            let i = shipped(text);
            let en = measure(sentences(&i, Lang::En), Lang::En);
            let id = measure(sentences(&i, Lang::Id), Lang::Id);
            println!(
                "{name}: English Flesch {:.0}; Indonesian {:.1} words a sentence, {:.2} syllables a word",
                en.flesch(),
                id.words_per_sentence(),
                id.syllables_per_word()
            );
            assert_eq!(plain(&i), Ok(()), "{name}");
        }
    }

    #[test]
    fn the_first_versions_fail_the_same_check() {
        for (name, text) in [("maladministration v1", MAL_V1), ("SKM v1", SKM_V1)] {
            let i = shipped(text);
            let why = plain(&i).expect_err(name);
            println!("{name}: {why}");
            assert!(why.contains("hard words"), "{name}: {why}");
        }
    }

    #[test]
    fn every_scale_item_of_the_plain_versions_keeps_its_official_term() {
        for text in [MAL_V2, SKM_V2, TRUST_V1] {
            let i = shipped(text);
            for item in i.scored_items() {
                assert!(item.term.is_some() && item.short.is_some(), "{}", item.key);
            }
        }
    }
}
