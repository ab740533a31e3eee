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
//! return first) is [`neutralise`]d in CSV and XLSX; JSON keeps it as given.

mod codebook;
mod csv;
mod format;
mod ndjson;
mod plan;
mod responses;
mod rows;
mod scores;
mod xlsx;

pub use format::{Download, Format};
pub use plan::{ExportQuery, Plan, PlanError, plan};
pub use responses::{ExportRow, FIXED, PAGE, count, header, page, responses, row};
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
    /// Nothing.
    Empty,
}

/// A text cell made inert for spreadsheets: one that begins with `=`, `+`,
/// `-`, `@`, a tab or a carriage return (and is not simply a number) gets a
/// leading apostrophe, so it is shown, never evaluated.
pub fn neutralise(s: &str) -> Cow<'_, str> {
    let risky = s.starts_with(['=', '+', '-', '@', '\t', '\r']);
    if risky && s.parse::<f64>().is_err() {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
        for ok in ["-2.5", "+3", "halo", "", "4"] {
            assert_eq!(neutralise(ok), ok);
        }
    }
}
