//! The scores export: the ranking, every row, as a file. The ranking is a
//! few rows per provider or unit; they are written a batch at a time like
//! any other export.

use super::format::{self, Download, Format};
use super::plan::PlanError;
use super::rows::Rows;
use super::{Cell, audit};
use crate::error::AppError;
use crate::services::access::Actor;
use crate::services::ranking::{self, RankQuery, RankRow};
use crate::services::state::AppState;
use app::domain::text::Lang;
use chrono::Utc;
use std::borrow::Cow;

/// Rows handed to the writer at a time.
const BATCH: usize = 1_000;

/// The fixed columns of the scores export; after them come the method's
/// ([`METHOD_COLUMNS`]) and, when the ranked surveys feed a method that
/// reads their forms, five per form ([`FORM_COLUMNS`]).
pub const SCORE_COLUMNS: [&str; 17] = [
    "rank",
    "agency",
    "agency_name",
    "kind",
    "region",
    "unit",
    "unit_name",
    "sector",
    "n",
    "n_required",
    "verified",
    "suspect_excluded",
    "score",
    "ci_low",
    "ci_high",
    "band",
    "band_note",
];

/// The columns on the method: its `key@version`, whether every band
/// cut-off is published, the predicate (`high`, `low`, `undecided`,
/// `too_small`), the forms that decide it (item keys, `|`-separated) and
/// whether its threshold is published.
pub const METHOD_COLUMNS: [&str; 5] = [
    "method",
    "band_table_confirmed",
    "predicate",
    "predicate_forms",
    "predicate_confirmed",
];

/// The suffixes of each form's columns (`payment_request_met_pct`, …): the
/// share who met it in percent, its 95 % Wilson interval, how many met it
/// and how many answered it.
pub const FORM_COLUMNS: [&str; 5] = ["met_pct", "met_ci_low", "met_ci_high", "met", "answered"];

/// The header for `rows`: the fixed and method columns, then five per form
/// of the first row whose method reads forms.
fn header_of(rows: &[RankRow]) -> (Vec<String>, Vec<String>) {
    let forms: Vec<String> = rows
        .iter()
        .find_map(|r| {
            let f = app::domain::method::forms::forms(
                r.method.as_deref(),
                &r.instrument,
                r.score.estimate.n,
                &r.score.prevalence,
            )?;
            Some(f.shares.into_iter().map(|(key, _, _)| key).collect())
        })
        .unwrap_or_default();
    let mut header: Vec<String> = SCORE_COLUMNS
        .iter()
        .chain(&METHOD_COLUMNS)
        .map(|c| c.to_string())
        .collect();
    for key in &forms {
        header.extend(FORM_COLUMNS.iter().map(|c| format!("{key}_{c}")));
    }
    (header, forms)
}

/// The ranking `q` asks for, every row, within `actor`'s reach, as a file
/// in `format` (band words in `lang`); the export is logged first.
pub async fn scores(
    state: &AppState,
    actor: &Actor,
    q: &RankQuery,
    format: Format,
    lang: Lang,
) -> Result<Download, PlanError> {
    let ranked = ranking::everything(state, actor, q).await?;
    audit(state, actor, &format!("scores.{}", format.ext()), q).await?;
    let name = format!(
        "persepsi-scores-{}.{}",
        Utc::now().format("%Y%m%d-%H%M"),
        format.ext()
    );
    let (header, forms) = header_of(&ranked.rows);
    let source = Scores {
        header,
        forms,
        rows: ranked.rows.into_iter(),
        lang,
    };
    Ok(format::download(source, format, name).await?)
}

/// The ranked rows, not yet written.
struct Scores {
    header: Vec<String>,
    /// The item keys of the forms' columns, in order.
    forms: Vec<String>,
    rows: std::vec::IntoIter<RankRow>,
    lang: Lang,
}

impl Rows for Scores {
    type Row = RankRow;
    const SHEET: &'static str = "scores";

    fn header(&self) -> &[String] {
        &self.header
    }

    async fn next(&mut self) -> Result<Option<Vec<RankRow>>, AppError> {
        let batch: Vec<RankRow> = self.rows.by_ref().take(BATCH).collect();
        Ok(Some(batch).filter(|b| !b.is_empty()))
    }

    fn cells<'a>(&'a self, r: &'a RankRow) -> Vec<Cell<'a>> {
        let text = |s: &'a str| Cell::Text(Cow::Borrowed(s));
        let owned = |s: Option<String>| s.map_or(Cell::Empty, |s| Cell::Text(Cow::Owned(s)));
        let unit = |f: fn(&'a crate::store::entities::service_unit::Model) -> &'a str| {
            r.unit.as_ref().map_or(Cell::Empty, |u| text(f(u)))
        };
        let s = r.dto(self.lang);
        let mut cells = vec![
            Cell::Int(r.rank as i64),
            text(&r.agency.slug),
            text(&r.agency.name),
            text(&r.agency.kind),
            text(&r.agency.region),
            unit(|u| &u.slug),
            unit(|u| &u.name),
            unit(|u| &u.sector),
            Cell::Int(s.n as i64),
            s.n_required.map_or(Cell::Empty, |n| Cell::Int(n as i64)),
            Cell::Int(s.verified as i64),
            Cell::Int(s.suspect_excluded as i64),
            s.score.map_or(Cell::Empty, Cell::Decimal),
            s.ci.map_or(Cell::Empty, |c| Cell::Decimal(c[0])),
            s.ci.map_or(Cell::Empty, |c| Cell::Decimal(c[1])),
            owned(s.band.map(|b| b.label)),
            owned(s.band_note),
            owned(s.method),
            Cell::Bool(s.band_table_confirmed),
            owned(s.predicate.as_ref().map(|p| p.code.clone())),
            owned(s.predicate.as_ref().map(|p| p.forms.join("|"))),
            s.predicate
                .as_ref()
                .map_or(Cell::Empty, |p| Cell::Bool(p.confirmed)),
        ];
        for key in &self.forms {
            match s.prevalence.iter().find(|p| &p.key == key) {
                Some(p) => cells.extend([
                    p.percent.map_or(Cell::Empty, Cell::Decimal),
                    p.ci.map_or(Cell::Empty, |c| Cell::Decimal(c[0])),
                    p.ci.map_or(Cell::Empty, |c| Cell::Decimal(c[1])),
                    Cell::Int(p.met as i64),
                    Cell::Int(p.n as i64),
                ]),
                None => cells.extend(FORM_COLUMNS.map(|_| Cell::Empty)),
            }
        }
        cells
    }
}
