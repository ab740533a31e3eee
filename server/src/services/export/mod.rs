//! Every export, written one way: responses (one row each, one column per
//! question), the scores of the ranking, and the codebook that says what
//! every column means.
//!
//! - [`plan`] decides what an export reads and who may read it: only
//!   agencies within the caller's reach (`services::access`) are ever read.
//! - A source ([`responses`], [`scores`]) hands over rows of [`Cell`]s a
//!   batch at a time ([`Rows`]).
//! - [`format`] writes them as CSV (the `csv` crate), NDJSON or XLSX
//!   (constant-memory, to a temporary file), always streamed: a million
//!   rows need no more memory than one page.
//!
//! Text a spreadsheet would run (`=`, `+`, `-`, `@`, tab or carriage
//! return first) is [`neutralise`]d in XLSX; in CSV also every part of a
//! cell after a `;`, `,`, tab or line break, since a spreadsheet that
//! splits on another separator than the file's starts a cell there. JSON
//! keeps text as given.

mod answers;
mod codebook;
mod csv;
mod format;
mod ndjson;
mod paging;
mod plan;
mod responses;
mod rows;
mod scores;
mod sqlite_reader;
mod xlsx;

pub use csv::table as csv_table;
pub use format::{Download, Format};
pub use plan::{ExportQuery, Plan, PlanError, plan};
pub use responses::{ExportRow, FIXED, Layout, PAGE, count, header, page, responses, row};
pub use rows::{ByteStream, Rows};
pub use scores::{SCORE_COLUMNS, scores};

use crate::services::access::Actor;
use crate::services::state::AppState;
use std::borrow::Cow;

/// One value of a row; text borrowed from the plan or the stored row where
/// it can be (a million-row export then copies no names).
#[derive(Clone, Debug, PartialEq)]
pub enum Cell<'a> {
    /// Text (neutralised where a spreadsheet would run it).
    Text(Cow<'a, str>),
    /// A whole number.
    Int(i64),
    /// A measure, shown to two decimals: `78.50` as text in CSV and
    /// NDJSON, the number 78.5 in XLSX.
    Decimal(f64),
    /// Yes / no.
    Bool(bool),
    /// An instant in the agency's own time: RFC 3339 to the second with
    /// its offset (`2026-11-02T09:15:00+08:00`) in CSV and NDJSON, a date
    /// cell of that local time in XLSX.
    Time(chrono::DateTime<chrono::FixedOffset>),
    /// An id, as its 36 lower-case characters.
    Id(uuid::Uuid),
    /// Nothing.
    Empty,
}

/// Characters a spreadsheet starts a formula with; some also skip a tab
/// or a carriage return and run what follows.
const RISKY: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Where a spreadsheet that splits lines on another character than ours
/// (`;` is the list separator of the Indonesian locale) may start a cell.
pub(crate) const SEPARATORS: [char; 5] = [';', ',', '\t', '\n', '\r'];

/// A text cell made inert for spreadsheets: one that begins (after spaces
/// and quotes) with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
/// leading apostrophe, so it is shown, never evaluated. A plain decimal
/// number (`-3`, `+2.5`) is not a formula and is kept as written: a
/// spreadsheet reads it as that number, which is what it says.
pub fn neutralise(s: &str) -> Cow<'_, str> {
    if runs(s) {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// `t` as RFC 3339 to the second with its offset
/// (`2026-11-02T09:15:00+08:00`), as chrono writes it, appended to `out`
/// without the formatter: an export writes one per row.
pub(crate) fn push_time(out: &mut Vec<u8>, t: &chrono::DateTime<chrono::FixedOffset>) {
    use chrono::{Datelike, Timelike};
    let local = t.naive_local();
    if !(0..=9999).contains(&local.year()) {
        let text = t.to_rfc3339_opts(chrono::SecondsFormat::Secs, false);
        out.extend_from_slice(text.as_bytes());
        return;
    }
    let two = |out: &mut Vec<u8>, n: u32| {
        out.extend_from_slice(&[b'0' + (n / 10) as u8, b'0' + (n % 10) as u8])
    };
    let year = local.year() as u32;
    two(out, year / 100);
    two(out, year % 100);
    out.push(b'-');
    two(out, local.month());
    out.push(b'-');
    two(out, local.day());
    out.push(b'T');
    two(out, local.hour());
    out.push(b':');
    two(out, local.minute());
    out.push(b':');
    // A leap second shows as :60, as chrono writes it.
    two(out, local.second() + local.nanosecond() / 1_000_000_000);
    let offset = t.offset().local_minus_utc();
    out.push(if offset < 0 { b'-' } else { b'+' });
    // To the nearest minute, as chrono rounds it.
    let minutes = (offset.unsigned_abs() + 30) / 60;
    two(out, minutes / 60);
    out.push(b':');
    two(out, minutes % 60);
}

/// Whether a spreadsheet starting a cell at the beginning of `rest` would
/// take it for a formula: it begins, after spaces and quotes, with a
/// [`RISKY`] character, and what runs up to the next separator is not a
/// plain number.
pub(crate) fn runs(rest: &str) -> bool {
    let t = rest.trim_start_matches([' ', '"']);
    // Nearly every cell begins otherwise: the piece is cut only when it
    // does.
    t.starts_with(RISKY) && {
        let piece = t
            .split(SEPARATORS)
            .next()
            .unwrap_or("")
            .trim_end_matches([' ', '"']);
        !plain_number(piece)
    }
}

/// `-3`, `+2.5`, `4`: an optional sign, digits, optionally a point and
/// digits. (Not `inf`, `1e9` or `-2+3`, which Rust would parse or a
/// spreadsheet would compute.)
fn plain_number(s: &str) -> bool {
    let unsigned = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    let digits = |d: &str| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit());
    digits(whole) && digits(fraction)
}

/// The codebook of the responses `query` selects (the export is logged).
pub async fn codebook(
    state: &AppState,
    actor: &Actor,
    query: ExportQuery,
) -> Result<serde_json::Value, PlanError> {
    let plan = plan(state, actor, query).await?;
    audit(state, actor, "codebook.json", &plan.query).await?;
    Ok(codebook::json(&plan))
}

/// Writes an export to the audit log (who, what, when), before its first
/// byte leaves.
async fn audit(
    state: &AppState,
    actor: &Actor,
    file: &str,
    filters: &impl serde::Serialize,
) -> Result<(), PlanError> {
    let detail = serde_json::json!({ "file": file, "filters": filters });
    crate::services::auth::audit(&state.db, actor, "export", detail).await?;
    tracing::info!(actor = %actor.email, file = %file, "export");
    Ok(())
}

/// Whether a CSV starts with a byte-order mark and is written for a
/// spreadsheet (`;`, decimal comma): as asked, else both for people (the
/// admin pages) and neither for programs (the API).
pub fn csv_flavour(bom: Option<bool>, flavour: Option<&str>, for_people: bool) -> (bool, bool) {
    let excel = match flavour {
        Some("excel") => true,
        Some("plain") => false,
        _ => for_people,
    };
    (bom.unwrap_or(for_people), excel)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// An instant is written as chrono writes it, whatever its zone.
        #[test]
        fn times_are_written_as_chrono_writes_them(
            secs in -70_000_000_000i64..260_000_000_000,
            nanos in 0u32..2_000_000_000,
            offset in -86_399i32..86_400,
        ) {
            use chrono::{DateTime, FixedOffset};
            let zone = FixedOffset::east_opt(offset).unwrap();
            let Some(utc) = DateTime::from_timestamp(secs, nanos) else {
                return Ok(());
            };
            let t = utc.with_timezone(&zone);
            let mut out = Vec::new();
            push_time(&mut out, &t);
            proptest::prop_assert_eq!(
                String::from_utf8(out).unwrap(),
                t.to_rfc3339_opts(chrono::SecondsFormat::Secs, false)
            );
        }
    }

    #[test]
    fn formulas_are_made_inert_and_numbers_kept() {
        for bad in [
            "=1+1",
            "+SUM(A1)",
            "-2+3",
            "@cmd",
            "\tx",
            "\rx",
            "=HYPERLINK(\"x\")",
        ] {
            assert!(neutralise(bad).starts_with('\''), "{bad:?}");
        }
        for bad in ["-inf", "+1e9", " =1", "\"=1", "-"] {
            assert!(neutralise(bad).starts_with('\''), "{bad:?}");
        }
        for ok in ["-2.5", "+3", "halo", "", "4", "-3"] {
            assert_eq!(neutralise(ok), ok);
        }
    }
}
