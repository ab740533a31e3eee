//! A survey's follow-up plan (*Rencana Tindak Lanjut*) for a period: the
//! weakest elements, lowest first with their interval, the actions written
//! for them (overdue ones marked in words), and what became of the
//! previous period's actions.

use crate::domain::plan::Status;
use crate::domain::stats::Change;
use crate::domain::text::Lang;
use crate::i18n::{self, Tr};
use crate::pages::results_view::with_interval;
use leptos::prelude::*;

/// Status labels.
pub const STATUSES: &[(&str, Tr)] = &[
    ("planned", i18n::PLAN_STATUS_PLANNED),
    ("in_progress", i18n::PLAN_STATUS_IN_PROGRESS),
    ("done", i18n::PLAN_STATUS_DONE),
];

/// One element's figure.
#[derive(Clone, Debug)]
pub struct ElementRow {
    /// Item key.
    pub key: String,
    /// Its short name.
    pub name: String,
    /// Score on the survey's scale.
    pub score: Option<f64>,
    /// 95 % interval.
    pub ci: Option<(f64, f64)>,
    /// Respondents who answered it.
    pub n: u64,
}

/// One action as shown.
#[derive(Clone, Debug)]
pub struct ActionRow {
    /// Its id.
    pub id: String,
    /// The element's short name.
    pub element: String,
    /// The unit's name, or none for the whole survey.
    pub unit: Option<String>,
    /// What will be done.
    pub action: String,
    /// Who.
    pub owner: String,
    /// By when.
    pub due_on: String,
    /// Where it stands.
    pub status: Status,
    /// Evidence notes.
    pub evidence: String,
    /// Past its deadline and not done.
    pub overdue: bool,
}

/// An earlier action with the element's score then and now.
#[derive(Clone, Debug)]
pub struct OutcomeRow {
    /// The action.
    pub action: ActionRow,
    /// The element's score in the action's period.
    pub before: Option<f64>,
    /// Its score in this period.
    pub after: Option<f64>,
    /// The change, and whether it is more than noise.
    pub change: Option<Change>,
}

/// Everything the page shows.
#[derive(Clone, Debug)]
pub struct PlanView {
    /// The survey's slug and title.
    pub survey: (String, String),
    /// The period shown.
    pub period: String,
    /// Periods to choose from, newest first.
    pub periods: Vec<String>,
    /// Elements, weakest first.
    pub weakest: Vec<ElementRow>,
    /// This period's actions.
    pub actions: Vec<ActionRow>,
    /// The previous period and its actions' outcomes.
    pub earlier: (String, Vec<OutcomeRow>),
    /// Whether this account may add and update actions.
    pub can_write: bool,
}

/// The plan page.
#[component]
pub fn PlanPage(view: PlanView, lang: Lang) -> impl IntoView {
    let slug = view.survey.0.clone();
    let period = view.period.clone();
    let options = view
        .periods
        .iter()
        .map(|p| view! { <option value=p.clone() selected=*p == period>{p.clone()}</option> })
        .collect_view();
    let add = |key: &str| format!("/admin/s/{slug}/plan/new?period={period}&item={key}");
    let weakest = view
        .weakest
        .iter()
        .map(|e| {
            let link = view.can_write.then(|| {
                view! { <a href=add(&e.key)>{i18n::PLAN_ADD.get(lang)}<span class="visually-hidden">": "{e.name.clone()}</span></a> }
            });
            view! {
                <tr>
                    <th scope="row">{e.name.clone()}</th>
                    <td class="num">{with_interval(e.score, e.ci, lang)}</td>
                    <td class="num">{e.n}</td>
                    <td>{link}</td>
                </tr>
            }
        })
        .collect_view();
    let actions = action_table(&view.actions, &slug, view.can_write, lang);
    let (before, outcomes) = view.earlier.clone();
    let outcome_rows = outcomes
        .iter()
        .map(|o| {
            let verdict = match &o.change {
                Some(c) if c.significant && c.delta > 0.0 => i18n::PLAN_ROSE.get(lang),
                Some(c) if c.significant => i18n::PLAN_FELL.get(lang),
                Some(_) => i18n::PLAN_SAME.get(lang),
                None => i18n::PLAN_NO_FIGURE.get(lang),
            };
            view! {
                <tr>
                    <th scope="row">{o.action.element.clone()}</th>
                    <td>{o.action.action.clone()}</td>
                    <td>{label_of(o.action.status, lang)}</td>
                    <td class="num">{with_interval(o.before, None, lang)}</td>
                    <td class="num">{with_interval(o.after, None, lang)}</td>
                    <td>{verdict}</td>
                </tr>
            }
        })
        .collect_view();
    let earlier = (!outcomes.is_empty()).then(|| {
        view! {
            <h2>{i18n::PLAN_EARLIER.with(lang, &[("period", before.clone().into())])}</h2>
            <div class="table-wrap" role="region" tabindex="0" aria-labelledby="plan-earlier-caption">
            <table>
                <caption id="plan-earlier-caption">{i18n::PLAN_EARLIER_CAPTION.get(lang)}</caption>
                <thead><tr>
                    <th scope="col">{i18n::PLAN_ELEMENT.get(lang)}</th>
                    <th scope="col">{i18n::PLAN_ACTION.get(lang)}</th>
                    <th scope="col">{i18n::STATUS.get(lang)}</th>
                    <th scope="col" class="num">{before.clone()}</th>
                    <th scope="col" class="num">{view.period.clone()}</th>
                    <th scope="col">{i18n::PLAN_CHANGE.get(lang)}</th>
                </tr></thead>
                <tbody>{outcome_rows}</tbody>
            </table>
            </div>
        }
    });
    view! {
        <p class="agency"><a href=format!("/admin/s/{slug}")>{view.survey.1.clone()}</a></p>
        <h1>{i18n::PLAN_TITLE.get(lang)}</h1>
        <p class="lead">{i18n::PLAN_INTRO.get(lang)}</p>
        <form method="get" action=format!("/admin/s/{slug}/plan") class="filters">
            <label for="in-period">{i18n::PLAN_PERIOD.get(lang)}</label>
            <select id="in-period" name="period">{options}</select>
            <button type="submit" class="button secondary">{i18n::FILTER_APPLY.get(lang)}</button>
        </form>
        <h2>{i18n::PLAN_WEAKEST.get(lang)}</h2>
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="plan-weak-caption">
        <table>
            <caption id="plan-weak-caption">{i18n::PLAN_WEAKEST_CAPTION.get(lang)}</caption>
            <thead><tr>
                <th scope="col">{i18n::PLAN_ELEMENT.get(lang)}</th>
                <th scope="col" class="num">{i18n::PLAN_SCORE.get(lang)}</th>
                <th scope="col" class="num">{i18n::PLAN_ANSWERED.get(lang)}</th>
                <th scope="col"><span class="visually-hidden">{i18n::PLAN_ADD.get(lang)}</span></th>
            </tr></thead>
            <tbody>{weakest}</tbody>
        </table>
        </div>
        <h2>{i18n::PLAN_ACTIONS.with(lang, &[("period", view.period.clone().into())])}</h2>
        {actions}
        {earlier}
    }
}

/// The label of a status.
pub fn label_of(status: Status, lang: Lang) -> &'static str {
    STATUSES
        .iter()
        .find(|(c, _)| *c == status.code())
        .map(|(_, t)| t.get(lang))
        .unwrap_or("")
}

fn action_table(rows: &[ActionRow], slug: &str, can_write: bool, lang: Lang) -> AnyView {
    if rows.is_empty() {
        return view! { <p>{i18n::PLAN_NONE.get(lang)}</p> }.into_any();
    }
    let body = rows
        .iter()
        .map(|a| {
            let overdue = a
                .overdue
                .then(|| view! { <strong class="overdue">" "{i18n::PLAN_OVERDUE.get(lang)}</strong> });
            let edit = can_write.then(|| {
                view! { <a href=format!("/admin/s/{slug}/plan/{}", a.id)>{i18n::PLAN_UPDATE.get(lang)}<span class="visually-hidden">": "{a.action.clone()}</span></a> }
            });
            view! {
                <tr>
                    <th scope="row">{a.element.clone()}{a.unit.clone().map(|u| view! { <br /><small>{u}</small> })}</th>
                    <td>{a.action.clone()}</td>
                    <td>{a.owner.clone()}</td>
                    <td>{a.due_on.clone()}{overdue}</td>
                    <td>{label_of(a.status, lang)}</td>
                    <td>{a.evidence.clone()}</td>
                    <td>{edit}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="plan-actions-caption">
        <table class="plan">
            <caption id="plan-actions-caption">{i18n::PLAN_ACTIONS_CAPTION.get(lang)}</caption>
            <thead><tr>
                <th scope="col">{i18n::PLAN_ELEMENT.get(lang)}</th>
                <th scope="col">{i18n::PLAN_ACTION.get(lang)}</th>
                <th scope="col">{i18n::PLAN_OWNER.get(lang)}</th>
                <th scope="col">{i18n::PLAN_DUE.get(lang)}</th>
                <th scope="col">{i18n::STATUS.get(lang)}</th>
                <th scope="col">{i18n::PLAN_EVIDENCE.get(lang)}</th>
                <th scope="col"><span class="visually-hidden">{i18n::PLAN_UPDATE.get(lang)}</span></th>
            </tr></thead>
            <tbody>{body}</tbody>
        </table>
        </div>
    }
    .into_any()
}
