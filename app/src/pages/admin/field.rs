//! A survey's collection: responses per unit and channel for whoever may
//! read the survey; for assessors, interview targets and progress, who
//! interviewed how many, and each unit's interviewed against its
//! self-completed score (the mode effect). What names interviewers is
//! never shown to the rated agency.

use super::channel_label;
use crate::domain::answers::FieldErrors;
use crate::domain::text::Lang;
use crate::i18n;
use crate::pages::results_view::with_interval;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// One score of a unit: respondents, score and its 95 % interval.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ModeScore {
    /// Respondents.
    pub n: u64,
    /// The score.
    pub score: Option<f64>,
    /// Its interval.
    pub ci: Option<(f64, f64)>,
}

/// One unit's row.
#[derive(Clone, Debug)]
pub struct FieldUnit {
    /// Its slug.
    pub slug: String,
    /// Its name.
    pub name: String,
    /// Stored responses per channel, in the order of `FieldView::channels`.
    pub by_channel: Vec<u64>,
    /// All stored responses.
    pub total: u64,
    /// Interviews stored.
    pub interviewed: u64,
    /// The interview target (assessors only).
    pub target: Option<u32>,
    /// Interviewed, then self-completed (assessors only).
    pub mode: Option<(ModeScore, ModeScore)>,
}

/// One interviewer's row (assessors only).
#[derive(Clone, Debug)]
pub struct FieldInterviewer {
    /// Their e-mail address.
    pub email: String,
    /// Interviews per unit name.
    pub by_unit: Vec<(String, u64)>,
    /// All.
    pub total: u64,
    /// The newest (WIB).
    pub last: String,
}

/// The page.
#[derive(Clone, Debug)]
pub struct FieldView {
    /// The survey's slug and title.
    pub survey: (String, String),
    /// Channel codes with any response.
    pub channels: Vec<String>,
    /// Per unit.
    pub units: Vec<FieldUnit>,
    /// Whether the reader assesses (targets, interviewers, mode effect).
    pub assesses: bool,
    /// Per interviewer.
    pub interviewers: Vec<FieldInterviewer>,
    /// The anti-forgery token for the targets form.
    pub csrf: String,
    /// What was wrong with the targets sent, per `target.{unit}`.
    pub errors: FieldErrors,
    /// The targets as typed, when shown again.
    pub typed: BTreeMap<String, String>,
}

fn mode_cell(s: &ModeScore, lang: Lang) -> String {
    format!("{} (n = {})", with_interval(s.score, s.ci, lang), s.n)
}

/// The collection page.
#[component]
pub fn FieldPage(view: FieldView, lang: Lang) -> impl IntoView {
    let (slug, title) = view.survey.clone();
    let heads = view
        .channels
        .iter()
        .map(|c| view! { <th scope="col" class="num">{channel_label(c, lang)}</th> })
        .collect_view();
    let rows = view
        .units
        .iter()
        .map(|u| {
            let cells = u
                .by_channel
                .iter()
                .map(|n| view! { <td class="num">{n.to_string()}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{u.name.clone()}</th>
                    {cells}
                    <td class="num">{u.total.to_string()}</td>
                </tr>
            }
        })
        .collect_view();
    let assessed = view.assesses.then(|| assessed(&view, lang));
    view! {
        <p class="crumbs"><a href=format!("/admin/s/{slug}")>{title.clone()}</a></p>
        <h1>{i18n::FIELD_TITLE.get(lang)}</h1>
        <p class="lead">{i18n::FIELD_INTRO.get(lang)}</p>
        <h2>{i18n::FIELD_BY_CHANNEL.get(lang)}</h2>
        <div class="table-wrap" role="region" tabindex="0" aria-label=i18n::FIELD_BY_CHANNEL.get(lang)>
            <table id="by-channel">
                <thead>
                    <tr>
                        <th scope="col">{i18n::UNIT_LABEL.get(lang)}</th>
                        {heads}
                        <th scope="col" class="num">{i18n::FIELD_TOTAL.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p><a href=format!("/admin/s/{slug}/kiosks")>{i18n::KIOSKS_LINK.get(lang)}</a></p>
        {assessed}
    }
}

/// What only assessors see.
fn assessed(view: &FieldView, lang: Lang) -> impl IntoView + use<> {
    let slug = view.survey.0.clone();
    let quota_rows = view
        .units
        .iter()
        .map(|u| {
            let id = format!("in-target-{}", u.slug);
            let name = format!("target.{}", u.slug);
            let error = view.errors.get(&name).map(|m| {
                m.iter().map(|t| t.get(lang).to_string()).collect::<Vec<_>>().join(" ")
            });
            let err_id = format!("err-target-{}", u.slug);
            let value = view
                .typed
                .get(&name)
                .cloned()
                .unwrap_or_else(|| u.target.map(|t| t.to_string()).unwrap_or_default());
            let progress = match u.target {
                Some(t) if t > 0 => i18n::FIELD_PROGRESS.with(
                    lang,
                    &[("done", u.interviewed.into()), ("target", u64::from(t).into())],
                ),
                _ => u.interviewed.to_string(),
            };
            view! {
                <tr>
                    <th scope="row"><label for=id.clone()>{u.name.clone()}</label></th>
                    <td class="num">{progress}</td>
                    <td class=if error.is_some() { "has-error" } else { "" }>
                        {error.clone().map(|e| view! { <p class="field-error" id=err_id.clone()>{e}</p> })}
                        <input id=id type="number" name=name min="0" max="10000" inputmode="numeric"
                            value=value class="short"
                            aria-invalid=error.is_some().then_some("true")
                            aria-describedby=error.is_some().then_some(err_id.clone()) />
                    </td>
                </tr>
            }
        })
        .collect_view();
    let mode_rows = view
        .units
        .iter()
        .filter_map(|u| u.mode.as_ref().map(|m| (u.name.clone(), m.clone())))
        .map(|(name, (asked, own))| {
            view! {
                <tr>
                    <th scope="row">{name}</th>
                    <td class="num">{mode_cell(&asked, lang)}</td>
                    <td class="num">{mode_cell(&own, lang)}</td>
                </tr>
            }
        })
        .collect_view();
    let people = view
        .interviewers
        .iter()
        .map(|i| {
            let units = i
                .by_unit
                .iter()
                .map(|(u, n)| format!("{u}: {n}"))
                .collect::<Vec<_>>()
                .join(", ");
            view! {
                <tr>
                    <th scope="row">{i.email.clone()}</th>
                    <td class="num">{i.total.to_string()}</td>
                    <td>{units}</td>
                    <td>{i.last.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    let none = view.interviewers.is_empty();
    view! {
        <h2 id="targets">{i18n::FIELD_TARGETS.get(lang)}</h2>
        <p class="help">{i18n::FIELD_TARGETS_HELP.get(lang)}</p>
        <form method="post" action=format!("/admin/s/{slug}/field") class="admin-form">
            <input type="hidden" name="csrf" value=view.csrf.clone() />
            <div class="table-wrap" role="region" tabindex="0" aria-label=i18n::FIELD_TARGETS.get(lang)>
                <table id="targets-table">
                    <thead>
                        <tr>
                            <th scope="col">{i18n::UNIT_LABEL.get(lang)}</th>
                            <th scope="col" class="num">{i18n::FIELD_INTERVIEWED.get(lang)}</th>
                            <th scope="col">{i18n::FIELD_TARGET.get(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>{quota_rows}</tbody>
                </table>
            </div>
            <p class="actions"><button type="submit" class="button">{i18n::FIELD_SAVE_TARGETS.get(lang)}</button></p>
        </form>
        <h2>{i18n::FIELD_INTERVIEWERS.get(lang)}</h2>
        {if none {
            view! { <p>{i18n::FIELD_NO_INTERVIEWS.get(lang)}</p> }.into_any()
        } else {
            view! {
                <div class="table-wrap" role="region" tabindex="0" aria-label=i18n::FIELD_INTERVIEWERS.get(lang)>
                    <table id="interviewers">
                        <thead>
                            <tr>
                                <th scope="col">{i18n::EMAIL.get(lang)}</th>
                                <th scope="col" class="num">{i18n::FIELD_INTERVIEWED.get(lang)}</th>
                                <th scope="col">{i18n::FIELD_PER_UNIT.get(lang)}</th>
                                <th scope="col">{i18n::FIELD_LAST.get(lang)}</th>
                            </tr>
                        </thead>
                        <tbody>{people}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }}
        <h2>{i18n::FIELD_MODE.get(lang)}</h2>
        <p class="help">{i18n::FIELD_MODE_HELP.get(lang)}</p>
        <div class="table-wrap" role="region" tabindex="0" aria-label=i18n::FIELD_MODE.get(lang)>
            <table id="mode-effect">
                <thead>
                    <tr>
                        <th scope="col">{i18n::UNIT_LABEL.get(lang)}</th>
                        <th scope="col" class="num">{i18n::FIELD_MODE_ASKED.get(lang)}</th>
                        <th scope="col" class="num">{i18n::FIELD_MODE_OWN.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{mode_rows}</tbody>
            </table>
        </div>
    }
}
