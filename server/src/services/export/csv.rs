//! CSV, written with the `csv` crate: RFC 4180 (comma separated, CRLF,
//! quoted where a field holds a quote, a comma or a line break), text a
//! spreadsheet would run neutralised, and a byte-order mark when asked.

use super::rows::TextOut;
use super::{Cell, neutralise};
use std::fmt::Write as _;
use std::io;

/// A CSV writer into memory, emptied batch by batch.
pub(super) struct CsvOut {
    out: ::csv::Writer<Vec<u8>>,
    /// Numbers are formatted here, without an allocation each.
    scratch: String,
}

impl CsvOut {
    /// A writer that has written the header (after a byte-order mark when
    /// `bom`).
    pub(super) fn new(bom: bool, header: &[String]) -> CsvOut {
        let start = if bom {
            "\u{feff}".as_bytes().to_vec()
        } else {
            Vec::new()
        };
        let mut w = CsvOut {
            out: writer(start),
            scratch: String::new(),
        };
        let names: Vec<Cell> = header.iter().map(|h| Cell::Text(h.into())).collect();
        // Writing into memory cannot fail.
        let _ = w.row(&names);
        w
    }
}

/// Comma separated, CRLF, quoted where needed, into `buf`.
fn writer(buf: Vec<u8>) -> ::csv::Writer<Vec<u8>> {
    ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(buf)
}

impl TextOut for CsvOut {
    fn row(&mut self, cells: &[Cell]) -> io::Result<()> {
        for cell in cells {
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
                Cell::Int(n) => {
                    let _ = write!(self.scratch, "{n}");
                    &self.scratch
                }
                Cell::Decimal(x) => {
                    let _ = write!(self.scratch, "{x:.2}");
                    &self.scratch
                }
                Cell::Text(t) => {
                    self.out.write_field(neutralise(t).as_bytes())?;
                    continue;
                }
            };
            self.out.write_field(field)?;
        }
        // Ends the record.
        self.out.write_record(None::<&[u8]>)?;
        Ok(())
    }

    fn take(&mut self) -> io::Result<Vec<u8>> {
        self.out.flush()?;
        // The next batch is likely as long as this one.
        let next = writer(Vec::with_capacity(self.out.get_ref().len()));
        std::mem::replace(&mut self.out, next)
            .into_inner()
            .map_err(|e| e.into_error())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(header: &[&str], rows: &[Vec<Cell>], bom: bool) -> String {
        let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
        let mut w = CsvOut::new(bom, &header);
        for r in rows {
            w.row(r).unwrap();
        }
        String::from_utf8(w.take().unwrap()).unwrap()
    }

    #[test]
    fn fields_are_quoted_where_needed_and_formulas_inert() {
        let out = written(
            &["a", "b", "c", "d", "e", "f", "g"],
            &[vec![
                Cell::Text("a,b".into()),
                Cell::Text("say \"hi\"".into()),
                Cell::Text("=1+1".into()),
                Cell::Int(4),
                Cell::Empty,
                Cell::Bool(true),
                Cell::Decimal(78.5),
            ]],
            false,
        );
        assert_eq!(
            out,
            "a,b,c,d,e,f,g\r\n\"a,b\",\"say \"\"hi\"\"\",'=1+1,4,,true,78.50\r\n"
        );
    }

    #[test]
    fn what_is_written_reads_back_the_same() {
        let awkward = "\"quoted\", comma, newline\nand =SUM(A1)\r\nand a CR";
        let formula = format!("={awkward}");
        let out = written(
            &["comment", "formula"],
            &[vec![
                Cell::Text(awkward.into()),
                Cell::Text(formula.clone().into()),
            ]],
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
