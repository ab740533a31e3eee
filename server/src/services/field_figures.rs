//! The figures of a survey's collection page, from the stored responses:
//! per unit and channel for whoever reads the survey; targets, progress,
//! interviewers and the mode effect only for those who assess.

use crate::error::AppError;
use crate::services::access::Actor;
use crate::services::clock::wib_time;
use crate::services::state::AppState;
use crate::store::entities::{response, service_counter};
use crate::store::field::{self, INTERVIEW};
use crate::store::surveys::LoadedSurvey;
use crate::store::tallies;
use app::domain::answers::CheckedAnswer;
use app::domain::stats::{self, Tally};
use app::pages::admin::counters::MIN_SHOWN;
use app::pages::admin::field::{FieldInterviewer, FieldUnit, FieldView, ModeScore};
use sea_orm::{ColumnTrait, Condition};
use std::collections::BTreeSet;

/// The channels in the order the page shows them.
const ORDER: [&str; 6] = ["form", "kiosk", INTERVIEW, "api", "import", "demo"];

/// The collection page of `loaded` as `actor` may see it.
pub async fn view(
    state: &AppState,
    actor: &Actor,
    loaded: &LoadedSurvey,
) -> Result<FieldView, AppError> {
    let survey_id = loaded.survey.id;
    let counts = field::by_unit_channel(&state.db, survey_id).await?;
    let present: BTreeSet<&str> = counts.keys().map(|(_, c)| c.as_str()).collect();
    let mut channels: Vec<String> = ORDER
        .iter()
        .filter(|c| present.contains(*c))
        .map(|c| c.to_string())
        .collect();
    channels.extend(
        present
            .iter()
            .filter(|c| !ORDER.contains(c))
            .map(|c| c.to_string()),
    );
    let assesses = actor.assesses();
    let targets = if assesses {
        field::quotas(&state.db, survey_id).await?
    } else {
        Default::default()
    };
    let mut modes = if assesses {
        field::answers_by_mode(&state.db, survey_id).await?
    } else {
        Default::default()
    };
    let mut units = Vec::with_capacity(loaded.units.len());
    for u in &loaded.units {
        let count = |c: &str| {
            counts
                .get(&(Some(u.id), c.to_string()))
                .copied()
                .unwrap_or(0)
        };
        let by_channel: Vec<u64> = channels.iter().map(|c| count(c)).collect();
        let mode = assesses.then(|| {
            let [asked, own] = modes.remove(&u.id).unwrap_or_default();
            (score_of(loaded, &asked), score_of(loaded, &own))
        });
        units.push(FieldUnit {
            slug: u.slug.clone(),
            name: u.name.clone(),
            total: by_channel.iter().sum(),
            by_channel,
            interviewed: count(INTERVIEW),
            target: assesses.then(|| targets.get(&u.id).copied()).flatten(),
            mode,
        });
    }
    let interviewers = if assesses {
        field::by_interviewer(&state.db, survey_id)
            .await?
            .into_iter()
            .map(|i| FieldInterviewer {
                email: i.email,
                by_unit: loaded
                    .units
                    .iter()
                    .filter_map(|u| i.by_unit.get(&u.id).map(|n| (u.name.clone(), *n)))
                    .collect(),
                total: i.total,
                last: i.last.map(wib_time).unwrap_or_default(),
            })
            .collect()
    } else {
        Vec::new()
    };
    Ok(FieldView {
        survey: (loaded.survey.slug.clone(), loaded.survey.title.clone()),
        channels,
        units,
        assesses,
        interviewers,
        csrf: actor.csrf.clone(),
        errors: Default::default(),
        typed: Default::default(),
    })
}

/// A survey's counters with their counted responses' score, given only
/// from [`MIN_SHOWN`] responses up (fewer could point at a few people).
pub async fn counters(
    state: &AppState,
    loaded: &LoadedSurvey,
) -> Result<Vec<(service_counter::Model, Option<ModeScore>)>, AppError> {
    let list = crate::store::counters::list(&state.db, loaded.survey.id).await?;
    let narrow = Condition::all().add(response::Column::CounterId.is_not_null());
    let scored = field::scored_answers(&state.db, loaded.survey.id, narrow).await?;
    Ok(list
        .into_iter()
        .map(|c| {
            let answers: Vec<Vec<CheckedAnswer>> = scored
                .iter()
                .filter(|r| r.counter_id == Some(c.id))
                .map(|r| r.answers.clone())
                .collect();
            let shown = (answers.len() as u64 >= MIN_SHOWN).then(|| score_of(loaded, &answers));
            (c, shown)
        })
        .collect())
}

/// The score of some responses' scored answers, with its
/// interval, as the survey's instrument computes it.
fn score_of(loaded: &LoadedSurvey, responses: &[Vec<CheckedAnswer>]) -> ModeScore {
    let instrument = &loaded.instrument;
    let weights = tallies::weights(instrument);
    let mut tally = Tally::new(weights.len());
    for answers in responses {
        tally.add(
            &tallies::scored_row(instrument, answers),
            &weights,
            instrument.conversion,
        );
    }
    let e = stats::estimate(instrument, &tally);
    ModeScore {
        n: e.n,
        score: e.score,
        ci: e.ci,
    }
}
