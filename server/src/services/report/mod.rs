//! The survey report (*Laporan Hasil SKM*): gathers a [`ReportView`] for a
//! survey, maybe one unit, and a period. Every score in it is the one the
//! score API gives for the same filter (`services::scores::dto`); the
//! profile and channel counts are read from the same counted responses.
//! [`pdf`] draws it as a PDF; the print page draws the same blocks.

pub mod pdf;

use crate::services::clock::wib_day;
use crate::services::state::AppState;
use crate::services::{choices, followup, scores};
use crate::store::public_figures::{self, Counted};
use crate::store::scores::{population, span_of};
use crate::store::surveys::LoadedSurvey;
use crate::store::tallies::Scope;
use app::domain::instrument::ItemKind;
use app::domain::period;
use app::domain::text::Lang;
use app::pages::admin::report::{BandLine, Profile, Question, ReportView};
use app::views::score::ScoreDto;
use sea_orm::DbErr;
use uuid::Uuid;

/// Earlier periods the trend shows before the one reported.
const EARLIER: usize = 4;

/// The period asked for when it is one, else the latest closed quarter.
pub fn period_or_default(state: &AppState, asked: Option<&str>) -> String {
    asked
        .filter(|p| period::months(p).is_some())
        .map(|p| p.trim().to_uppercase())
        .unwrap_or_else(|| {
            let month = followup::today(state)[..7].to_string();
            period::closed(&month, 1)
                .into_iter()
                .find(|p| p.contains('Q'))
                .unwrap_or_else(|| month[..4].to_string())
        })
}

/// `period` and up to [`EARLIER`] periods before it, oldest first.
fn trend_periods(period: &str) -> Vec<String> {
    let mut out = vec![period.to_string()];
    let mut p = period.to_string();
    for _ in 0..EARLIER {
        match period::previous(&p) {
            Some(before) => {
                out.push(before.clone());
                p = before;
            }
            None => break,
        }
    }
    out.reverse();
    out
}

/// Everything the report of `survey` for `period` (and `unit`, when
/// given) says.
pub async fn gather(
    state: &AppState,
    survey: &LoadedSurvey,
    unit: Option<Uuid>,
    period: &str,
    lang: Lang,
) -> Result<ReportView, DbErr> {
    let db = &state.db;
    let months = period::months(period).unwrap_or_default();
    let scope = Scope {
        unit_id: unit,
        months: period::months(period),
        verified_only: false,
    };
    // The trend's scores, this period's last: each period read once.
    let periods = trend_periods(period);
    let mut trend: Vec<(String, ScoreDto)> = periods
        .iter()
        .cloned()
        .zip(scores::dto_series(db, survey, &scope, &periods, lang).await?)
        .collect();
    // `trend_periods` always ends with `period`.
    let Some((_, score)) = trend.last().cloned() else {
        return Err(DbErr::Custom(format!("no score for {period}")));
    };
    // Periods before any answer are left out; the one reported stays.
    let first = trend
        .iter()
        .position(|(_, s)| s.n > 0)
        .unwrap_or(trend.len() - 1);
    trend.drain(..first);
    let mut unit_scores = Vec::new();
    if unit.is_none() {
        for u in &survey.units {
            let in_unit = Scope {
                unit_id: Some(u.id),
                ..scope.clone()
            };
            let s = scores::dto(db, survey, &in_unit, None, lang).await?;
            unit_scores.push((u.name.clone(), s));
        }
    }
    let counted = Counted {
        survey_id: survey.survey.id,
        unit_id: unit,
        span: span_of(&months.0, &months.1),
    };
    let channels = public_figures::by_channel(db, counted).await?;
    let dates = public_figures::first_and_last(db, counted)
        .await?
        .map(|(a, b)| (wib_day(a), wib_day(b)));
    let instrument = &survey.instrument;
    let choice_keys: Vec<String> = instrument
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::Choice)
        .map(|i| i.key.clone())
        .collect();
    let counts = public_figures::answer_counts(db, counted, &choice_keys).await?;
    let profile = instrument
        .items
        .iter()
        .filter(|i| i.kind == ItemKind::Choice)
        .map(|i| Profile {
            question: i.short_name().get(lang).to_string(),
            counts: i
                .options(instrument)
                .iter()
                .map(|o| {
                    let n = counts
                        .get(&(i.key.clone(), o.value.clone()))
                        .copied()
                        .unwrap_or(0);
                    (o.label.get(lang).to_string(), n)
                })
                .collect(),
        })
        .collect();
    let population = population(
        survey
            .units
            .iter()
            .filter(|u| unit.is_none_or(|id| id == u.id)),
    );
    let mut actions = followup::actions(state, survey, period, lang).await?;
    let mut earlier = followup::outcomes(state, survey, period, lang).await?;
    if let Some(u) = unit.and_then(|id| survey.units.iter().find(|u| u.id == id)) {
        // A unit's report: its own actions and the whole survey's.
        let mine = |name: &Option<String>| name.as_ref().is_none_or(|n| *n == u.name);
        actions.retain(|a| mine(&a.unit));
        earlier.1.retain(|o| mine(&o.action.unit));
    }
    let today = followup::today(state);
    Ok(ReportView {
        survey: (survey.survey.slug.clone(), survey.survey.title.clone()),
        agency: survey.agency.name.clone(),
        unit: unit
            .and_then(|id| survey.units.iter().find(|u| u.id == id))
            .map(|u| (u.slug.clone(), u.name.clone())),
        period: period.to_string(),
        running: *months.1 >= today[..7],
        months,
        periods: followup::periods(state),
        units: survey
            .units
            .iter()
            .map(|u| (u.slug.clone(), u.name.clone()))
            .collect(),
        made_on: today,
        instrument: choices::name(instrument, lang),
        element_names: score
            .items
            .iter()
            .map(|i| {
                instrument
                    .item(&i.key)
                    .map(|it| it.short_name().get(lang).to_string())
                    .unwrap_or_else(|| i.key.clone())
            })
            .collect(),
        score,
        unit_scores,
        population,
        channels,
        dates,
        profile,
        actions,
        trend,
        earlier,
        questionnaire: questionnaire(survey, lang),
        bands: (
            survey.bands.title.get(lang).to_string(),
            survey
                .bands
                .bands
                .iter()
                .map(|b| BandLine {
                    label: b.label.get(lang).to_string(),
                    min: b.min,
                    confirmed: b.confirmed,
                })
                .collect(),
        ),
        scale: (
            f64::from(instrument.scale.min) * instrument.conversion,
            f64::from(instrument.scale.max) * instrument.conversion,
        ),
    })
}

/// The questionnaire as the form asks it.
fn questionnaire(survey: &LoadedSurvey, lang: Lang) -> Vec<Question> {
    let i = &survey.instrument;
    i.items
        .iter()
        .map(|item| Question {
            text: item.text.get(lang).to_string(),
            options: item
                .options(i)
                .iter()
                .map(|o| o.label.get(lang).to_string())
                .collect(),
            optional: !item.required,
        })
        .collect()
}
