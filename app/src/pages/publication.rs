//! An agency's public page (`/p/{agency}`): what it chose to publish of
//! each survey: the latest published period's index and verdict per unit
//! (or why there is none yet), the sample, the trend over the published
//! periods, and the follow-up plan with its progress. Plain words, no
//! account, no script, and nothing that identifies a respondent.

use super::admin::plan::{ActionRow, OutcomeRow, label_of};
use super::results_verdict::verdict;
use super::results_view::{decimal, with_interval};
use crate::domain::bands::BandTable;
use crate::domain::plan::Status;
use crate::domain::stats::Estimate;
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;
use std::sync::Arc;

/// One unit's figure.
#[derive(Clone, Debug)]
pub struct UnitFigure {
    /// Its slug (for the badge).
    pub slug: String,
    /// Its name.
    pub name: String,
    /// Its index and interval.
    pub estimate: Estimate,
    /// The sample its users need, when known.
    pub required: Option<u64>,
}

/// A survey's published figures.
#[derive(Clone, Debug)]
pub struct SurveyFigures {
    /// Its title.
    pub title: String,
    /// The period shown (the latest published).
    pub period: String,
    /// Its band table.
    pub bands: Arc<BandTable>,
    /// The whole survey's index.
    pub overall: Estimate,
    /// The sample the survey's units need together, when known.
    pub required: Option<u64>,
    /// Per unit.
    pub units: Vec<UnitFigure>,
    /// Every published period, oldest first, with its index.
    pub trend: Vec<(String, Option<f64>)>,
    /// The follow-up plan of the period shown.
    pub actions: Vec<ActionRow>,
    /// The previous period and its actions' outcomes.
    pub earlier: (String, Vec<OutcomeRow>),
}

/// Everything the page shows.
#[derive(Clone, Debug)]
pub struct PublicationView {
    /// The agency's slug and name.
    pub agency: (String, String),
    /// Its published surveys.
    pub surveys: Vec<SurveyFigures>,
    /// Its public consultations on a service standard: (slug, title,
    /// service, finished), those taking replies and those closed and
    /// answered.
    pub consultations: Vec<(String, String, String, bool)>,
    /// The page language.
    pub lang: Lang,
}

/// The page.
#[component]
pub fn PublicationPage(view: Arc<PublicationView>) -> impl IntoView {
    let lang = view.lang;
    let surveys = view
        .surveys
        .iter()
        .map(|s| survey_section(s, &view.agency.0, lang))
        .collect_view();
    let none = view
        .surveys
        .is_empty()
        .then(|| view! { <p>{i18n::PUB_NONE.get(lang)}</p> });
    let consultations = (!view.consultations.is_empty()).then(|| {
        let items = view
            .consultations
            .iter()
            .map(|(slug, title, service, finished)| {
                let (href, what) = if *finished {
                    (format!("/uji/{slug}"), i18n::PUB_UJI_FINISHED)
                } else {
                    (format!("/k/{slug}"), i18n::PUB_UJI_OPEN)
                };
                view! {
                    <li>
                        <a href=href>{title.clone()}</a>
                        " · "{service.clone()}" · "{what.get(lang)}
                    </li>
                }
            })
            .collect_view();
        view! {
            <section class="published" id="consultations">
                <h2>{i18n::PUB_UJI_TITLE.get(lang)}</h2>
                <ul>{items}</ul>
            </section>
        }
    });
    view! {
        <main id="main" class="results publication">
            <h1>{view.agency.1.clone()}</h1>
            <p class="lead">{i18n::PUB_INTRO.get(lang)}</p>
            {none}
            {surveys}
            {consultations}
        </main>
    }
}

fn survey_section(s: &SurveyFigures, agency: &str, lang: Lang) -> impl IntoView + use<> {
    let said = verdict(&s.bands, &s.overall, s.required);
    let units = s
        .units
        .iter()
        .map(|u| {
            let said = verdict(&s.bands, &u.estimate, u.required);
            let badge = format!("/p/{agency}/{}/badge", u.slug);
            view! {
                <tr>
                    <th scope="row">{u.name.clone()}</th>
                    <td class="num">{with_interval(u.estimate.score, u.estimate.ci, lang)}</td>
                    <td><span class=said.class()>{said.text(lang)}</span></td>
                    <td class="num">{u.estimate.n}</td>
                    <td><a href=badge>{i18n::PUB_BADGE.get(lang)}<span class="visually-hidden">": "{u.name.clone()}</span></a></td>
                </tr>
            }
        })
        .collect_view();
    let trend = s
        .trend
        .iter()
        .map(|(p, score)| {
            view! { <li>{p.clone()}": "{score.map(|x| decimal(x, lang)).unwrap_or_else(|| "–".into())}</li> }
        })
        .collect_view();
    let plan = plan_section(&s.actions, lang);
    let (before, outcomes) = &s.earlier;
    let earlier = (!outcomes.is_empty()).then(|| {
        let rows = outcomes
            .iter()
            .map(|o| outcome_item(o, lang))
            .collect_view();
        view! {
            <h3>{i18n::PLAN_EARLIER.with(lang, &[("period", before.clone().into())])}</h3>
            <ul>{rows}</ul>
        }
    });
    let caption = i18n::PUB_UNITS_CAPTION.with(lang, &[("period", s.period.clone().into())]);
    view! {
        <section class="published">
            <h2>{s.title.clone()}</h2>
            <p>{i18n::PUB_PERIOD.with(lang, &[("period", s.period.clone().into()), ("n", s.overall.n.into())])}</p>
            <p class="verdict">
                {i18n::PUB_OVERALL.get(lang)}" "<strong>{with_interval(s.overall.score, s.overall.ci, lang)}</strong>" · "
                <span class=said.class()>{said.text(lang)}</span>
            </p>
            <div class="table-wrap" role="region" tabindex="0" aria-label=caption.clone()>
            <table>
                <caption>{caption.clone()}</caption>
                <thead><tr>
                    <th scope="col">{i18n::UNIT_LABEL.get(lang)}</th>
                    <th scope="col" class="num">{i18n::PUB_INDEX.get(lang)}</th>
                    <th scope="col">{i18n::PUB_VERDICT.get(lang)}</th>
                    <th scope="col" class="num">{i18n::PUB_RESPONDENTS.get(lang)}</th>
                    <th scope="col"><span class="visually-hidden">{i18n::PUB_BADGE.get(lang)}</span></th>
                </tr></thead>
                <tbody>{units}</tbody>
            </table>
            </div>
            <h3>{i18n::PUB_TREND.get(lang)}</h3>
            <ul>{trend}</ul>
            <h3>{i18n::PLAN_TITLE.get(lang)}</h3>
            {plan}
            {earlier}
        </section>
    }
}

/// The period's actions and how many are done.
fn plan_section(rows: &[ActionRow], lang: Lang) -> AnyView {
    if rows.is_empty() {
        return view! { <p>{i18n::PUB_NO_PLAN.get(lang)}</p> }.into_any();
    }
    let done = rows.iter().filter(|a| a.status == Status::Done).count();
    let items = rows
        .iter()
        .map(|a| {
            let late = a
                .overdue
                .then(|| view! { " "<strong>{i18n::PLAN_OVERDUE.get(lang)}</strong> });
            view! {
                <li>
                    <strong>{a.element.clone()}</strong>": "{a.action.clone()}
                    " ("{label_of(a.status, lang)}", "{i18n::PLAN_DUE.get(lang)}" "{a.due_on.clone()}")"{late}
                </li>
            }
        })
        .collect_view();
    view! {
        <p>{i18n::PUB_PLAN_PROGRESS.with(lang, &[("done", done.into()), ("all", rows.len().into())])}</p>
        <ul>{items}</ul>
    }
    .into_any()
}

/// An earlier action, the element's score then and now, and what moved.
fn outcome_item(o: &OutcomeRow, lang: Lang) -> impl IntoView + use<> {
    let moved = match &o.change {
        Some(c) if c.significant && c.delta > 0.0 => i18n::PLAN_ROSE.get(lang),
        Some(c) if c.significant => i18n::PLAN_FELL.get(lang),
        Some(_) => i18n::PLAN_SAME.get(lang),
        None => i18n::PLAN_NO_FIGURE.get(lang),
    };
    let score = |x: Option<f64>| x.map(|v| decimal(v, lang)).unwrap_or_else(|| "–".into());
    view! {
        <li>
            <strong>{o.action.element.clone()}</strong>": "{o.action.action.clone()}
            " ("{label_of(o.action.status, lang)}"). "
            {score(o.before)}" → "{score(o.after)}": "{moved}
        </li>
    }
}
