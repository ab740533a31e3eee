//! NDJSON: one object per row, `column → value`. JSON is never evaluated,
//! so text is kept as given.

use super::Cell;
use super::rows::TextOut;
use std::fmt::Write as _;
use std::io::{self, Write as _};

/// An NDJSON writer into memory, emptied batch by batch.
pub(super) struct NdjsonOut {
    /// Per key, in the order written: the column it takes its value from
    /// and the key as JSON (quoted, escaped once for every row).
    keys: Vec<(usize, String)>,
    out: Vec<u8>,
    scratch: String,
}

impl NdjsonOut {
    /// A writer for rows of `header`. Keys come in the order of a JSON map
    /// (as a `serde_json::Map` of the row would write them), and a column
    /// named twice keeps its last value.
    pub(super) fn new(header: &[String]) -> NdjsonOut {
        let order: serde_json::Map<String, serde_json::Value> = header
            .iter()
            .enumerate()
            .map(|(i, h)| (h.clone(), i.into()))
            .collect();
        let keys = order
            .iter()
            .filter_map(|(k, i)| Some((i.as_u64()? as usize, serde_json::to_string(k).ok()?)))
            .collect();
        NdjsonOut {
            keys,
            out: Vec::new(),
            scratch: String::new(),
        }
    }
}

impl TextOut for NdjsonOut {
    fn row(&mut self, cells: &[Cell]) -> io::Result<()> {
        self.out.push(b'{');
        let mut first = true;
        for (i, key) in &self.keys {
            let Some(cell) = cells.get(*i) else {
                continue;
            };
            if !first {
                self.out.push(b',');
            }
            first = false;
            self.out.extend_from_slice(key.as_bytes());
            self.out.push(b':');
            match cell {
                Cell::Empty => self.out.extend_from_slice(b"null"),
                Cell::Bool(b) => self
                    .out
                    .extend_from_slice(if *b { b"true" } else { b"false" }),
                Cell::Int(n) => self
                    .out
                    .extend_from_slice(itoa::Buffer::new().format(*n).as_bytes()),
                Cell::Decimal(x) => {
                    self.scratch.clear();
                    let _ = write!(self.scratch, "{x:.2}");
                    serde_json::to_writer(&mut self.out, &self.scratch)?;
                }
                // Nothing in either needs escaping.
                Cell::Time(t) => {
                    self.out.push(b'"');
                    super::push_time(&mut self.out, t);
                    self.out.push(b'"');
                }
                Cell::Id(id) => write!(self.out, "\"{}\"", id.hyphenated())?,
                Cell::Text(t) => serde_json::to_writer(&mut self.out, t.as_ref())?,
            }
        }
        self.out.extend_from_slice(b"}\n");
        Ok(())
    }

    fn take(&mut self) -> io::Result<Vec<u8>> {
        // The next batch is likely as long as this one.
        let len = self.out.len();
        Ok(std::mem::replace(&mut self.out, Vec::with_capacity(len)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    #[test]
    fn a_row_is_the_json_object_of_its_columns() {
        let header: Vec<String> = ["b", "a", "c", "d", "e"].map(String::from).to_vec();
        let mut w = NdjsonOut::new(&header);
        w.row(&[
            Cell::Text("=1+1 \"x\"\n".into()),
            Cell::Int(-4),
            Cell::Empty,
            Cell::Bool(false),
            Cell::Decimal(83.333),
        ])
        .unwrap();
        let line = String::from_utf8(w.take().unwrap()).unwrap();
        // Byte for byte what serde_json writes for the same object.
        let want = json!({"b": "=1+1 \"x\"\n", "a": -4, "c": null, "d": false, "e": "83.33"});
        assert_eq!(line, format!("{want}\n"));
        let v: Value = serde_json::from_str(&line).unwrap();
        assert_eq!(v, want);
    }
}
