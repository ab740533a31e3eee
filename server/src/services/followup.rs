//! The follow-up plan as the page shows it: a period's weakest elements,
//! its actions, and the previous period's actions with the element's score
//! then and now.

use crate::services::state::AppState;
use crate::store::entities::followup_action as action;
use crate::store::followup;
use crate::store::scores::survey_score;
use crate::store::surveys::LoadedSurvey;
use crate::store::tallies::Scope;
use app::domain::period;
use app::domain::plan::{self, Element, Status};
use app::domain::text::Lang;
use app::pages::admin::plan::{ActionRow, ElementRow, OutcomeRow, PlanView};
use sea_orm::DbErr;
use std::collections::HashMap;
use uuid::Uuid;

/// Longest action text.
pub const MAX_ACTION: usize = 1000;
/// Longest owner.
pub const MAX_OWNER: usize = 120;
/// Longest evidence notes.
pub const MAX_EVIDENCE: usize = 2000;

/// Today's date in Indonesia's western time (WIB), "YYYY-MM-DD".
pub fn today(state: &AppState) -> String {
    crate::services::clock::wib_day(state.clock.now())
}

/// The periods a plan can be for: this year and the two before, each
/// with its quarters, newest first.
pub fn periods(state: &AppState) -> Vec<String> {
    let year: i32 = today(state)[..4].parse().unwrap_or(2026);
    (0..3)
        .flat_map(|back| {
            let y = year - back;
            std::iter::once(y.to_string()).chain((1..=4).rev().map(move |q| format!("{y}-Q{q}")))
        })
        .collect()
}

/// Element figures of `survey` in `period` for each unit asked (None: the
/// whole survey), computed once each.
struct Elements<'a> {
    state: &'a AppState,
    survey: &'a LoadedSurvey,
    period: &'a str,
    known: HashMap<Option<Uuid>, Vec<Element>>,
}

impl<'a> Elements<'a> {
    fn new(state: &'a AppState, survey: &'a LoadedSurvey, period: &'a str) -> Self {
        Elements {
            state,
            survey,
            period,
            known: HashMap::new(),
        }
    }

    async fn of(&mut self, unit: Option<Uuid>, key: &str) -> Result<Option<Element>, DbErr> {
        if !self.known.contains_key(&unit) {
            let scope = Scope {
                unit_id: unit,
                months: period::months(self.period),
                verified_only: false,
            };
            let score = survey_score(&self.state.db, self.survey, &scope).await?;
            let found = plan::element_estimates(&self.survey.instrument, &score.estimate);
            self.known.insert(unit, found);
        }
        Ok(self.known[&unit].iter().find(|e| e.key == key).cloned())
    }
}

/// The short name of `survey`'s element `key` in `lang`.
fn element_name(survey: &LoadedSurvey, key: &str, lang: Lang) -> String {
    survey
        .instrument
        .item(key)
        .map(|i| i.short_name().get(lang).to_string())
        .unwrap_or_else(|| key.to_string())
}

/// An action as pages show it, overdue judged on `today`.
fn row_of(survey: &LoadedSurvey, lang: Lang, today: &str, a: &action::Model) -> ActionRow {
    let status = Status::parse(&a.status).unwrap_or(Status::Planned);
    ActionRow {
        id: a.id.to_string(),
        element: element_name(survey, &a.item_key, lang),
        unit: a
            .unit_id
            .and_then(|u| survey.units.iter().find(|x| x.id == u))
            .map(|u| u.name.clone()),
        action: a.action.clone(),
        owner: a.owner.clone(),
        due_on: a.due_on.clone(),
        status,
        evidence: a.evidence.clone(),
        overdue: plan::overdue(&a.due_on, status, today),
    }
}

/// `survey`'s actions for `period`, as pages show them.
pub async fn actions(
    state: &AppState,
    survey: &LoadedSurvey,
    period: &str,
    lang: Lang,
) -> Result<Vec<ActionRow>, DbErr> {
    let today = today(state);
    Ok(followup::plan(&state.db, survey.survey.id, period)
        .await?
        .iter()
        .map(|a| row_of(survey, lang, &today, a))
        .collect())
}

/// Everything the plan page shows for `survey` and `period`.
pub async fn view(
    state: &AppState,
    survey: &LoadedSurvey,
    period: &str,
    lang: Lang,
) -> Result<PlanView, DbErr> {
    let name = |key: &str| element_name(survey, key, lang);
    let scope = Scope {
        unit_id: None,
        months: period::months(period),
        verified_only: false,
    };
    let score = survey_score(&state.db, survey, &scope).await?;
    let weakest = plan::weakest(&survey.instrument, &score.estimate)
        .into_iter()
        .map(|e| ElementRow {
            name: name(&e.key),
            key: e.key,
            score: e.estimate.score,
            ci: e.estimate.ci,
            n: e.estimate.n,
        })
        .collect();
    Ok(PlanView {
        survey: (survey.survey.slug.clone(), survey.survey.title.clone()),
        period: period.to_string(),
        periods: periods(state),
        weakest,
        actions: actions(state, survey, period, lang).await?,
        earlier: outcomes(state, survey, period, lang).await?,
        can_write: false,
    })
}

/// The previous period, and its actions beside their element's score then
/// and in `period`, with whether it moved.
pub async fn outcomes(
    state: &AppState,
    survey: &LoadedSurvey,
    period: &str,
    lang: Lang,
) -> Result<(String, Vec<OutcomeRow>), DbErr> {
    let today = today(state);
    let before = period::previous(period).unwrap_or_default();
    let mut outcomes = Vec::new();
    let (mut then, mut now) = (
        Elements::new(state, survey, &before),
        Elements::new(state, survey, period),
    );
    for a in followup::plan(&state.db, survey.survey.id, &before).await? {
        let was = then.of(a.unit_id, &a.item_key).await?;
        let is = now.of(a.unit_id, &a.item_key).await?;
        outcomes.push(OutcomeRow {
            before: was.as_ref().and_then(|e| e.estimate.score),
            after: is.as_ref().and_then(|e| e.estimate.score),
            change: was.zip(is).and_then(|(w, i)| plan::outcome(&w, &i)),
            action: row_of(survey, lang, &today, &a),
        });
    }
    Ok((before, outcomes))
}
