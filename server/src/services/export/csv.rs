//! CSV: RFC 4180 (comma separated, CRLF, a quote doubled inside a quoted
//! field), a byte-order mark when asked, and text a spreadsheet would run
//! made inert even where a spreadsheet splits the line on another
//! character than the comma.
//!
//! Written by hand rather than with the `csv` crate, which quotes only what
//! a comma-separated reader needs: a cell holding `;` or a tab would be
//! left bare and split by a spreadsheet whose list separator is `;` (the
//! Indonesian locale's), and the part after it could start a formula.

use super::rows::TextOut;
use super::{Cell, SEPARATORS, push_time, runs};
use std::borrow::Cow;
use std::fmt::Write as _;
use std::io;

/// A CSV writer into memory, emptied batch by batch.
pub(super) struct CsvOut {
    out: Vec<u8>,
    /// `;` and a decimal comma, for a spreadsheet in the Indonesian
    /// locale; else `,` and a decimal point.
    excel: bool,
    /// Numbers are formatted here, without an allocation each.
    scratch: String,
}

impl CsvOut {
    /// A writer that has written the header (after a byte-order mark when
    /// `bom`), separating cells with `;` when `excel`, else `,`.
    pub(super) fn new(bom: bool, excel: bool, header: &[String]) -> CsvOut {
        let start = if bom {
            "\u{feff}".as_bytes().to_vec()
        } else {
            Vec::new()
        };
        let mut w = CsvOut {
            out: start,
            excel,
            scratch: String::new(),
        };
        let names: Vec<Cell> = header.iter().map(|h| Cell::Text(h.into())).collect();
        // Writing into memory cannot fail.
        let _ = w.row(&names);
        w
    }
}

/// Text with an apostrophe before every place a spreadsheet could start a
/// formula: its beginning, and after each `;`, `,`, tab or line break that
/// is followed (after spaces and quotes) by `=`, `+`, `-`, `@`, a tab or a
/// carriage return. A plain number there (`Bagus,-3`) is left alone.
pub(super) fn inert(s: &str) -> Cow<'_, str> {
    let starts = std::iter::once(0).chain(s.match_indices(SEPARATORS).map(|(i, _)| i + 1));
    let risky: Vec<usize> = starts.filter(|&i| runs(&s[i..])).collect();
    if risky.is_empty() {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + risky.len());
    let mut from = 0;
    for i in risky {
        out.push_str(&s[from..i]);
        out.push('\'');
        from = i;
    }
    out.push_str(&s[from..]);
    Cow::Owned(out)
}

/// Whether text can be written as it stands: it holds no separator of
/// any common locale, quote or line break (all ASCII, so its bytes tell),
/// and does not begin as a formula. Most cells; one pass over their bytes.
fn bare(s: &str) -> bool {
    !s.bytes()
        .any(|b| matches!(b, b';' | b',' | b'\t' | b'\n' | b'\r' | b'"'))
        && !runs(s)
}

/// `s` as one field: quoted when it holds a separator of any common
/// locale, a quote or a line break, so every reader keeps it whole.
fn push_field(out: &mut Vec<u8>, s: &str) {
    if s.contains(SEPARATORS) || s.contains('"') {
        out.push(b'"');
        out.extend_from_slice(s.replace('"', "\"\"").as_bytes());
        out.push(b'"');
    } else {
        out.extend_from_slice(s.as_bytes());
    }
}

impl TextOut for CsvOut {
    fn row(&mut self, cells: &[Cell]) -> io::Result<()> {
        for (i, cell) in cells.iter().enumerate() {
            if i > 0 {
                self.out.push(if self.excel { b';' } else { b',' });
            }
            self.scratch.clear();
            let field: &str = match cell {
                Cell::Empty => "",
                Cell::Bool(b) => {
                    if *b {
                        "true"
                    } else {
                        "false"
                    }
                }
                // Numbers are written as numbers, never made text: `-3` in
                // a numeric column stays -3.
                Cell::Int(n) => {
                    self.out
                        .extend_from_slice(itoa::Buffer::new().format(*n).as_bytes());
                    continue;
                }
                // A decimal comma is left bare: it holds no `;`, and a
                // quoted number is one more thing for a spreadsheet to
                // second-guess.
                Cell::Decimal(x) if self.excel => {
                    let _ = write!(self.scratch, "{x:.2}");
                    let shown = self.scratch.replace('.', ",");
                    self.out.extend_from_slice(shown.as_bytes());
                    continue;
                }
                Cell::Decimal(x) => {
                    let _ = write!(self.scratch, "{x:.2}");
                    &self.scratch
                }
                // Digits, `-`, `:`, `T` and a sign inside: never quoted,
                // never run.
                Cell::Time(t) => {
                    push_time(&mut self.out, t);
                    continue;
                }
                Cell::Id(id) => {
                    let mut hex = [0; uuid::fmt::Hyphenated::LENGTH];
                    let text = id.hyphenated().encode_lower(&mut hex);
                    self.out.extend_from_slice(text.as_bytes());
                    continue;
                }
                Cell::Text(t) if bare(t) => {
                    self.out.extend_from_slice(t.as_bytes());
                    continue;
                }
                Cell::Text(t) => {
                    push_field(&mut self.out, &inert(t));
                    continue;
                }
            };
            push_field(&mut self.out, field);
        }
        self.out.extend_from_slice(b"\r\n");
        Ok(())
    }

    fn take(&mut self) -> io::Result<Vec<u8>> {
        // The next batch is likely as long as this one.
        let next = Vec::with_capacity(self.out.len());
        Ok(std::mem::replace(&mut self.out, next))
    }
}

/// A small table as one CSV file in memory, written as every export is
/// (the public results' open data: a few hundred rows, nothing to
/// stream).
pub fn table(bom: bool, header: &[String], rows: &[Vec<super::Cell<'_>>]) -> Vec<u8> {
    let mut w = CsvOut::new(bom, false, header);
    for r in rows {
        // Writing into memory cannot fail.
        let _ = w.row(r);
    }
    w.out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(header: &[&str], rows: &[Vec<Cell>], bom: bool) -> String {
        let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
        let mut w = CsvOut::new(bom, false, &header);
        for r in rows {
            w.row(r).unwrap();
        }
        String::from_utf8(w.take().unwrap()).unwrap()
    }

    #[test]
    fn fields_are_quoted_where_needed_and_formulas_inert() {
        let out = written(
            &["a", "b", "c", "d", "e", "f", "g", "h", "i"],
            &[vec![
                Cell::Text("a,b".into()),
                Cell::Text("say \"hi\"".into()),
                Cell::Text("=1+1".into()),
                Cell::Int(4),
                Cell::Empty,
                Cell::Bool(true),
                Cell::Decimal(78.5),
                Cell::Text("Bagus;=1+1".into()),
                Cell::Int(-3),
            ]],
            false,
        );
        assert_eq!(
            out,
            "a,b,c,d,e,f,g,h,i\r\n\"a,b\",\"say \"\"hi\"\"\",'=1+1,4,,true,78.50,\"Bagus;'=1+1\",-3\r\n"
        );
    }

    #[test]
    fn a_spreadsheet_csv_separates_with_semicolons_and_writes_decimal_commas() {
        let header = vec!["nama".to_string(), "nilai".to_string()];
        let mut w = CsvOut::new(true, true, &header);
        w.row(&[Cell::Text("a;b".into()), Cell::Decimal(78.5)])
            .unwrap();
        let out = String::from_utf8(w.take().unwrap()).unwrap();
        assert_eq!(out, "\u{feff}nama;nilai\r\n\"a;b\";78,50\r\n");
        let mut reader = ::csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(out.trim_start_matches('\u{feff}').as_bytes());
        let row = reader.records().next().unwrap().unwrap();
        assert_eq!((&row[0], &row[1]), ("a;b", "78,50"));
    }

    #[test]
    fn every_part_after_a_separator_is_inert_and_numbers_stay() {
        assert_eq!(inert("Bagus;=1+1"), "Bagus;'=1+1");
        assert_eq!(inert("a,=HYPERLINK(\"x\")"), "a,'=HYPERLINK(\"x\")");
        assert_eq!(inert("x\n=1"), "x\n'=1");
        assert_eq!(inert("x\r\n@a"), "x\r\n'@a");
        assert_eq!(inert("a;\t=1"), "a;'\t'=1");
        assert_eq!(inert("a; \"=1"), "a;' \"=1");
        assert_eq!(inert("nilai;-3;+2.5"), "nilai;-3;+2.5");
        assert!(matches!(
            inert("Antrean tertib, petugas ramah."),
            Cow::Borrowed(_)
        ));
    }

    proptest::proptest! {
        /// Text written as it stands is exactly what quoting and making it
        /// inert would have written.
        #[test]
        fn text_written_bare_is_text_made_inert_and_quoted(
            t in "[ a-z0-9=+@\\-\"';,.\t\r\n]{0,12}"
        ) {
            let header: Vec<String> = Vec::new();
            let mut w = CsvOut::new(false, false, &header);
            let _ = w.take();
            w.row(&[Cell::Text(t.as_str().into())]).unwrap();
            let mut slow = Vec::new();
            push_field(&mut slow, &inert(&t));
            slow.extend_from_slice(b"\r\n");
            proptest::prop_assert_eq!(w.take().unwrap(), slow);
        }
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        let awkward = "\"quoted\", comma; semicolon\tand tab, newline\nand text\r\nand a CR";
        let formula = "=SUM(A1)";
        let out = written(
            &["comment", "formula"],
            &[vec![Cell::Text(awkward.into()), Cell::Text(formula.into())]],
            true,
        );
        let body = out.strip_prefix('\u{feff}').expect("a byte-order mark");
        let mut reader = ::csv::Reader::from_reader(body.as_bytes());
        assert_eq!(reader.headers().unwrap(), vec!["comment", "formula"]);
        let rows: Vec<::csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][0], awkward);
        assert_eq!(rows[0][1], format!("'{formula}"));
    }
}
