//! A response's answers, read from their stored JSON straight into the
//! export's columns: one pass over the text, each answer borrowed from it
//! unless it had to be unescaped, no map built per row.

use super::Cell;
use rustc_hash::FxHashMap;
use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use std::borrow::Cow;
use std::fmt;

/// Where each answer goes among a row's answer cells.
#[derive(Clone, Debug)]
pub struct AnswerColumns {
    at: FxHashMap<Box<str>, usize>,
}

impl AnswerColumns {
    /// The answer `keys[i]` goes to cell `at[i]`.
    pub fn new<'k>(keys: impl IntoIterator<Item = (&'k str, usize)>) -> Self {
        let mut at = FxHashMap::default();
        for (key, i) in keys {
            at.entry(key.into()).or_insert(i);
        }
        AnswerColumns { at }
    }

    /// Fills `cells` (the row's answer cells, all [`Cell::Empty`]) from
    /// `json`: a whole number as a number, anything else as text. Answers
    /// to no column are skipped. Stored answers that cannot be read leave
    /// every cell empty, as an unanswered response would.
    pub fn fill<'a>(&self, json: &'a str, cells: &mut [Cell<'a>]) {
        if !self.fill_plain(json, cells) {
            self.fill_full(json, cells);
        }
    }

    /// [`AnswerColumns::fill`] by the JSON reader, whatever the text.
    fn fill_full<'a>(&self, json: &'a str, cells: &mut [Cell<'a>]) {
        cells.fill(Cell::Empty);
        let mut de = serde_json::Deserializer::from_str(json);
        let read = de
            .deserialize_map(Fill {
                columns: self,
                cells: &mut *cells,
            })
            .and_then(|()| de.end());
        if read.is_err() {
            cells.fill(Cell::Empty);
        }
    }
}

impl AnswerColumns {
    /// The answers as they are nearly always stored, `{"key":"text",…}`
    /// with nothing escaped, read by finding the quotes. Anything else
    /// (an escape, a number, a nested value, broken text) returns false,
    /// the cells partly filled, for the full reader.
    fn fill_plain<'a>(&self, json: &'a str, cells: &mut [Cell<'a>]) -> bool {
        let b = json.as_bytes();
        if b.contains(&b'\\') {
            return false;
        }
        let ws = |mut i: usize| {
            while b
                .get(i)
                .is_some_and(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r'))
            {
                i += 1;
            }
            i
        };
        // The text between the quote at `i` and the next one; past it.
        let string = |i: usize| -> Option<(&'a str, usize)> {
            if b.get(i) != Some(&b'"') {
                return None;
            }
            let len = b[i + 1..].iter().position(|&c| c == b'"' || c < 0x20)?;
            let end = i + 1 + len;
            (b[end] == b'"').then(|| (&json[i + 1..end], end + 1))
        };
        let mut i = ws(0);
        if b.get(i) != Some(&b'{') {
            return false;
        }
        i = ws(i + 1);
        if b.get(i) == Some(&b'}') {
            return ws(i + 1) == b.len();
        }
        loop {
            let Some((key, after)) = string(i) else {
                return false;
            };
            i = ws(after);
            if b.get(i) != Some(&b':') {
                return false;
            }
            let Some((value, after)) = string(ws(i + 1)) else {
                return false;
            };
            if let Some(slot) = self.at.get(key).and_then(|&c| cells.get_mut(c)) {
                *slot = cell(Cow::Borrowed(value));
            }
            i = ws(after);
            match b.get(i) {
                Some(b',') => i = ws(i + 1),
                Some(b'}') => return ws(i + 1) == b.len(),
                _ => return false,
            }
        }
    }
}

/// An answer as the cell it becomes.
fn cell(text: Cow<'_, str>) -> Cell<'_> {
    match text.parse::<i64>() {
        Ok(n) => Cell::Int(n),
        Err(_) => Cell::Text(text),
    }
}

struct Fill<'c, 'r, 'a> {
    columns: &'c AnswerColumns,
    cells: &'r mut [Cell<'a>],
}

impl<'de: 'a, 'a> Visitor<'de> for Fill<'_, '_, 'a> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("answers by question key")
    }

    fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<(), M::Error> {
        while let Some(Text(key)) = map.next_key::<Text<'de>>()? {
            match self.columns.at.get(key.as_ref()) {
                Some(&i) => {
                    let value = map.next_value::<Option<Text<'de>>>()?;
                    if let (Some(Text(value)), Some(slot)) = (value, self.cells.get_mut(i)) {
                        *slot = cell(value);
                    }
                }
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(())
    }
}

/// A string, borrowed from the JSON when it needed no unescaping; a
/// number or a truth value as it is written.
struct Text<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> de::Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Any;
        impl<'de> Visitor<'de> for Any {
            type Value = Text<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("text")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(s.to_string())))
            }
            fn visit_string<E>(self, s: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(s)))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(n.to_string())))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(n.to_string())))
            }
            fn visit_f64<E>(self, x: f64) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(x.to_string())))
            }
            fn visit_bool<E>(self, b: bool) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(if b { "true" } else { "false" })))
            }
        }
        d.deserialize_any(Any)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled(json: &str) -> Vec<Cell<'_>> {
        let columns = AnswerColumns::new([("a", 0), ("b", 1), ("own_1", 3)]);
        let mut cells = vec![Cell::Empty; 4];
        columns.fill(json, &mut cells);
        cells
    }

    #[test]
    fn answers_land_in_their_columns_whole_numbers_as_numbers() {
        let cells = filled(r#"{"b":"ya","zzz":{"x":[1,2]},"a":"4","own_1":"-3"}"#);
        assert_eq!(
            cells,
            vec![
                Cell::Int(4),
                Cell::Text("ya".into()),
                Cell::Empty,
                Cell::Int(-3)
            ]
        );
        assert!(matches!(&cells[1], Cell::Text(Cow::Borrowed(_))));
    }

    #[test]
    fn answers_as_they_are_stored_are_read_by_their_quotes() {
        let columns = AnswerColumns::new([("a", 0), ("b", 1), ("own_1", 3)]);
        let mut cells = vec![Cell::Empty; 4];
        // As the server stores them: serde_json's writing of a map of text.
        let stored =
            serde_json::json!({"a": "4", "b": "Antrean tertib, petugas ramah.", "c": "ya"});
        let stored = stored.to_string();
        assert!(columns.fill_plain(&stored, &mut cells));
        assert_eq!(cells[0], Cell::Int(4));
        assert_eq!(
            cells[1],
            Cell::Text("Antrean tertib, petugas ramah.".into())
        );
        // An escape is left to the JSON reader.
        assert!(!columns.fill_plain(r#"{"a":"say \"hi\""}"#, &mut cells));
    }

    #[test]
    fn escaped_text_is_unescaped_and_unreadable_answers_leave_the_row_empty() {
        let cells = filled(r#"{"a":"say \"hi\"\n","b":null}"#);
        assert_eq!(cells[0], Cell::Text("say \"hi\"\n".into()));
        assert_eq!(cells[1], Cell::Empty);
        assert_eq!(filled(r#"{"a":"4","b":"#), vec![Cell::Empty; 4]);
        assert_eq!(filled("[1,2]"), vec![Cell::Empty; 4]);
    }

    proptest::proptest! {
        /// Whatever the stored text, each column holds what a full parse
        /// into a map finds under its key.
        #[test]
        fn the_same_as_a_map_of_the_answers(
            pairs in proptest::collection::vec(("[ab]|own_1|[a-z]{1,3}", "[ -~\n\"\\\\]{0,6}"), 0..6)
        ) {
            let map: serde_json::Map<String, serde_json::Value> = pairs
                .iter()
                .map(|(k, v)| (k.clone(), serde_json::Value::String(v.clone())))
                .collect();
            let json = serde_json::Value::Object(map.clone()).to_string();
            let cells = filled(&json);
            for (key, i) in [("a", 0), ("b", 1), ("own_1", 3)] {
                let want = match map.get(key).and_then(|v| v.as_str()) {
                    None => Cell::Empty,
                    Some(v) => cell(Cow::Borrowed(v)),
                };
                proptest::prop_assert_eq!(&cells[i], &want);
            }
            proptest::prop_assert_eq!(&cells[2], &Cell::Empty);
        }

        /// Whatever the text, reading it by its quotes finds what the JSON
        /// reader finds, or leaves it to that reader.
        #[test]
        fn the_quick_reading_agrees_with_the_json_reader(
            json in "[ {}\":,ab_own1\\\\\\n\t2-]{0,40}|\\{(\"[ab]\": ?\"[ -!#-~]{0,3}\",? ?){0,4}\\}"
        ) {
            let columns = AnswerColumns::new([("a", 0), ("b", 1), ("own_1", 3)]);
            let (mut quick, mut full) = (vec![Cell::Empty; 4], vec![Cell::Empty; 4]);
            columns.fill(&json, &mut quick);
            columns.fill_full(&json, &mut full);
            proptest::prop_assert_eq!(quick, full);
        }
    }
}
