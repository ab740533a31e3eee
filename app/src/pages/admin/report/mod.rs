//! The survey report (*Laporan Hasil SKM*) for a unit or the whole survey
//! and a period, in the structure agencies hand in: introduction, data
//! collection, respondents' profile, results per element and overall,
//! the weakest elements and the follow-up plan, the trend, the previous
//! plan's outcome, conclusions, signature, and annexes (questionnaire,
//! processed data, method).
//!
//! The server fills a [`ReportView`]; [`document`] turns it into
//! [`Block`]s once, and both the A4 print page ([`page`]) and the PDF
//! draw those blocks, so the two never say different things.

mod annexes;
mod document;
mod format;
mod page;
mod sections;

pub use document::document;
pub use page::{ReportPage, block_view};

use super::plan::{ActionRow, OutcomeRow};
use crate::views::score::{ItemScoreDto, ScoreDto};

/// A respondent-profile question and its answers' counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    /// The question.
    pub question: String,
    /// Each option's label and count, in the questionnaire's order.
    pub counts: Vec<(String, u64)>,
}

/// A question as asked, for the annex.
#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    /// The question.
    pub text: String,
    /// The options offered (none for free text).
    pub options: Vec<String>,
    /// Whether it may be skipped.
    pub optional: bool,
}

/// A band of the survey's table, for the legend and the chart's marks.
#[derive(Clone, Debug, PartialEq)]
pub struct BandLine {
    /// Its label.
    pub label: String,
    /// Its lowest score.
    pub min: f64,
    /// Whether the cut-off is published.
    pub confirmed: bool,
}

/// Everything the report says.
#[derive(Clone, Debug)]
pub struct ReportView {
    /// The survey's slug and title.
    pub survey: (String, String),
    /// The agency's name.
    pub agency: String,
    /// The unit reported on (slug, name), or none for the whole survey.
    pub unit: Option<(String, String)>,
    /// The period ("2026", "2026-Q3", "2026-11").
    pub period: String,
    /// Its first and last month.
    pub months: (String, String),
    /// Whether it has not ended yet.
    pub running: bool,
    /// Periods to choose from, newest first.
    pub periods: Vec<String>,
    /// The survey's units (slug, name), to choose from.
    pub units: Vec<(String, String)>,
    /// The day it was made, "YYYY-MM-DD" (WIB).
    pub made_on: String,
    /// The questionnaire's name and version.
    pub instrument: String,
    /// The score as the API gives it for the same filter (with the
    /// trend from the period before).
    pub score: ScoreDto,
    /// Each scored item's short name, in the order of `score.items`.
    pub element_names: Vec<String>,
    /// Per unit (only when the whole survey is reported): name and score.
    pub unit_scores: Vec<(String, ScoreDto)>,
    /// The users the units expect in the period, when every unit says.
    pub population: Option<u64>,
    /// Counted responses per channel code.
    pub channels: Vec<(String, u64)>,
    /// The first and the newest counted response, "YYYY-MM-DD" (WIB).
    pub dates: Option<(String, String)>,
    /// Answers to the profile questions.
    pub profile: Vec<Profile>,
    /// The period's follow-up actions.
    pub actions: Vec<ActionRow>,
    /// Earlier periods of the same length and this one, oldest first,
    /// each scored as the API scores it.
    pub trend: Vec<(String, ScoreDto)>,
    /// The previous period and its actions' outcomes.
    pub earlier: (String, Vec<OutcomeRow>),
    /// The questionnaire as asked.
    pub questionnaire: Vec<Question>,
    /// The band table's name and its bands, best first.
    pub bands: (String, Vec<BandLine>),
    /// The lowest and highest score the scale allows.
    pub scale: (f64, f64),
}

impl ReportView {
    /// Each element's figures (as the API gives them) with its short name.
    pub fn elements(&self) -> impl Iterator<Item = (&ItemScoreDto, &String)> {
        self.score.items.iter().zip(&self.element_names)
    }
}

/// A bar of a chart: a label, a value with its interval, and the words
/// printed beside it.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// What the bar is.
    pub label: String,
    /// Its value, when there is one.
    pub value: Option<f64>,
    /// Its 95 % interval.
    pub ci: Option<(f64, f64)>,
    /// The figure printed at its end.
    pub text: String,
}

/// A horizontal bar chart with interval whiskers and marked cut-offs.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// What it shows (its caption and text alternative).
    pub caption: String,
    /// The axis's ends.
    pub range: (f64, f64),
    /// Vertical marks (a band's lowest score) and their labels.
    pub marks: Vec<(f64, String)>,
    /// The bars, top to bottom.
    pub bars: Vec<Bar>,
}

/// A table: caption, heading, rows; numeric columns are aligned right.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// What it holds.
    pub caption: String,
    /// Column headings.
    pub head: Vec<String>,
    /// Relative column widths (summing to about 1).
    pub widths: Vec<f32>,
    /// Which columns hold figures.
    pub numeric: Vec<bool>,
    /// The rows.
    pub rows: Vec<Vec<String>>,
}

/// One piece of the report, in reading order.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// The cover: title and the lines under it.
    Cover(String, Vec<String>),
    /// A numbered section's heading.
    Heading(String),
    /// A paragraph.
    Para(String),
    /// A list.
    Bullets(Vec<String>),
    /// A table.
    Table(Table),
    /// A chart.
    Chart(Chart),
    /// The signature block: place and date, role, the name line.
    Signature(Vec<String>),
    /// The annexes start on a new page.
    NewPage,
}
