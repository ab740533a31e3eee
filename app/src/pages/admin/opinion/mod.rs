//! The Ombudsman opinion of one agency in one year: per component its
//! weight and each part's figure (entered by an assessor, or a survey's
//! score with its interval), the composite with its 95 % interval, its
//! label(s), the predicate, what is still missing, what the method has not
//! confirmed, and where the internal checks and the users disagree. The
//! list of agencies is in [`list`].

pub mod form;
pub mod list;

use crate::domain::text::Lang;
use crate::i18n;
use crate::pages::results_view::decimal;
use leptos::prelude::*;

/// The year and method chosen, and the methods to choose from.
#[derive(Clone, Debug)]
pub struct Choice {
    /// Where the form goes.
    pub action: String,
    /// The year shown.
    pub year: i32,
    /// The method shown (`key@version`).
    pub method: String,
    /// Every method: (`key@version`, title).
    pub methods: Vec<(String, String)>,
}

/// A survey's figure as shown.
#[derive(Clone, Debug)]
pub struct SurveyLine {
    /// The score.
    pub score: f64,
    /// Its 95 % interval.
    pub ci: Option<(f64, f64)>,
    /// Respondents.
    pub n: u64,
    /// The surveys: (address, title).
    pub links: Vec<(String, String)>,
}

/// Where a part's figure comes from, as shown.
#[derive(Clone, Debug)]
pub enum PartFigure {
    /// Entered by an assessor.
    Entered(f64),
    /// A survey's score.
    Survey(SurveyLine),
    /// None yet.
    Missing,
}

/// One part of a component.
#[derive(Clone, Debug)]
pub struct PartLine {
    /// Its name.
    pub label: String,
    /// Its share of the component, in percent.
    pub share: f64,
    /// Whether the share was published.
    pub confirmed: bool,
    /// Its figure.
    pub figure: PartFigure,
}

/// One component.
#[derive(Clone, Debug)]
pub struct ComponentLine {
    /// Its name.
    pub label: String,
    /// Its weight, in percent.
    pub weight: f64,
    /// Whether the weight was published.
    pub confirmed: bool,
    /// Its value, when every part has a figure.
    pub value: Option<f64>,
    /// Its parts.
    pub parts: Vec<PartLine>,
}

/// Everything the page shows.
#[derive(Clone, Debug)]
pub struct OpinionView {
    /// The agency's slug and name.
    pub agency: (String, String),
    /// The method's name.
    pub method_title: String,
    /// The year and method chosen.
    pub choice: Choice,
    /// What the method has not confirmed, in its words.
    pub note: Option<String>,
    /// The components in order.
    pub components: Vec<ComponentLine>,
    /// The composite and its 95 % interval.
    pub composite: Option<(f64, Option<(f64, f64)>)>,
    /// The labels the interval touches: (name, cut-off confirmed).
    pub labels: Vec<(String, bool)>,
    /// The clean label, when the agency followed up every finding.
    pub clean_label: Option<String>,
    /// The predicate in words, when there is one.
    pub predicate: Option<String>,
    /// The parts still missing, by name.
    pub missing: Vec<String>,
    /// Where the internal checks and the users disagree, in sentences.
    pub disagreements: Vec<String>,
    /// Whether the account may enter figures.
    pub can_edit: bool,
}

/// The year-and-method form, shared with the list.
pub fn choice_form(c: &Choice, lang: Lang) -> impl IntoView + use<> {
    let options = c
        .methods
        .iter()
        .map(
            |(v, t)| view! { <option value=v.clone() selected=*v == c.method>{t.clone()}</option> },
        )
        .collect_view();
    view! {
        <form method="get" action=c.action.clone() class="admin-form filters">
            <div class="item">
                <label for="in-year">{i18n::OPINION_YEAR.get(lang)}</label>
                <input type="text" inputmode="numeric" id="in-year" name="year" value=c.year.to_string() />
            </div>
            <div class="item">
                <label for="in-method">{i18n::OPINION_METHOD.get(lang)}</label>
                <select id="in-method" name="method">{options}</select>
            </div>
            <button type="submit" class="button secondary">{i18n::OPINION_SHOW.get(lang)}</button>
        </form>
    }
}

/// A figure, with "(unconfirmed)" when it is an assumption.
fn weighed(x: f64, confirmed: bool, lang: Lang) -> String {
    let mut s = format!("{} %", decimal(x, lang));
    if !confirmed {
        s.push_str(&format!(" ({})", i18n::OPINION_UNCONFIRMED.get(lang)));
    }
    s
}

/// A score with its interval: `74,65 (72,85–76,45)`.
pub fn with_interval(score: f64, ci: Option<(f64, f64)>, lang: Lang) -> String {
    match ci {
        Some((lo, hi)) => format!(
            "{} ({}–{})",
            decimal(score, lang),
            decimal(lo, lang),
            decimal(hi, lang)
        ),
        None => decimal(score, lang),
    }
}

/// Labels joined by "or", each unconfirmed cut-off said so.
pub fn labels_text(labels: &[(String, bool)], lang: Lang) -> String {
    let or = format!(" {} ", i18n::OPINION_OR.get(lang));
    let text = labels
        .iter()
        .map(|(l, _)| l.clone())
        .collect::<Vec<_>>()
        .join(&or);
    if labels.iter().any(|(_, c)| !c) {
        format!("{text} ({})", i18n::OPINION_UNCONFIRMED.get(lang))
    } else {
        text
    }
}

fn figure_view(f: PartFigure, lang: Lang) -> AnyView {
    match f {
        PartFigure::Entered(x) => view! {
            {decimal(x, lang)} " " <span class="help">{format!("({})", i18n::OPINION_ENTERED.get(lang))}</span>
        }
        .into_any(),
        PartFigure::Survey(s) => {
            let links = s
                .links
                .into_iter()
                .map(|(href, title)| view! { <br /><a href=href>{title}</a> })
                .collect_view();
            view! {
                {with_interval(s.score, s.ci, lang)} ", n = " {s.n}
                {links}
            }
            .into_any()
        }
        PartFigure::Missing => view! { <em>{i18n::OPINION_NOT_YET.get(lang)}</em> }.into_any(),
    }
}

fn component_rows(c: ComponentLine, lang: Lang) -> impl IntoView {
    let span = c.parts.len().max(1).to_string();
    let value = c
        .value
        .map(|v| decimal(v, lang))
        .unwrap_or_else(|| "—".into());
    let head = (
        c.label.clone(),
        weighed(c.weight, c.confirmed, lang),
        value.clone(),
    );
    c.parts
        .into_iter()
        .enumerate()
        .map(|(i, p)| {
            let first = (i == 0).then(|| {
                view! {
                    <th scope="row" rowspan=span.clone()>{head.0.clone()}</th>
                    <td rowspan=span.clone()>{head.1.clone()}</td>
                }
            });
            let last = (i == 0).then(|| view! { <td class="num" rowspan=span.clone()>{head.2.clone()}</td> });
            view! {
                <tr>
                    {first}
                    <td>{p.label} <br /><span class="help">{weighed(p.share, p.confirmed, lang)}</span></td>
                    <td>{figure_view(p.figure, lang)}</td>
                    {last}
                </tr>
            }
        })
        .collect_view()
}

/// The opinion page.
#[component]
pub fn OpinionPage(view: OpinionView, lang: Lang) -> impl IntoView {
    let slug = view.agency.0.clone();
    let query = format!("?year={}&method={}", view.choice.year, view.choice.method);
    let warning = (!view.disagreements.is_empty()).then(|| {
        let items = view
            .disagreements
            .iter()
            .map(|d| view! { <li>{d.clone()}</li> })
            .collect_view();
        view! {
            <section class="warning" aria-labelledby="disagree">
                <h2 id="disagree">{i18n::OPINION_DISAGREE_TITLE.get(lang)}</h2>
                <ul>{items}</ul>
            </section>
        }
    });
    let composite = match view.composite {
        Some((s, ci)) => with_interval(s, ci, lang),
        None => i18n::OPINION_NOT_YET.get(lang).to_string(),
    };
    let label = if view.labels.is_empty() {
        i18n::OPINION_NOT_YET.get(lang).to_string()
    } else {
        let mut l = labels_text(&view.labels, lang);
        if let Some(clean) = &view.clean_label {
            l.push_str(&format!(" · {clean}"));
        }
        l
    };
    let missing = (!view.missing.is_empty()).then(|| {
        view! {
            <p><strong>
                {i18n::OPINION_MISSING.with(lang, &[("parts", view.missing.join(", ").into())])}
            </strong></p>
        }
    });
    let note = view.note.clone().map(|n| {
        view! {
            <section aria-labelledby="unconfirmed">
                <h2 id="unconfirmed">{i18n::OPINION_NOTE.get(lang)}</h2>
                <p>{n}</p>
            </section>
        }
    });
    let edit = view.can_edit.then(|| {
        view! {
            <p>
                <a class="button" href=format!("/admin/a/{slug}/opinion/edit{query}")>{i18n::OPINION_EDIT.get(lang)}</a>
                " "
                <a class="button secondary" href=format!("/admin/opinion/import{query}")>{i18n::OPINION_IMPORT.get(lang)}</a>
            </p>
        }
    });
    let rows = view
        .components
        .iter()
        .cloned()
        .map(|c| component_rows(c, lang))
        .collect_view();
    view! {
        <h1>{i18n::OPINION_TITLE.get(lang)} ": " {view.agency.1.clone()}</h1>
        <p class="lead">{view.method_title.clone()} " · " {view.choice.year}</p>
        <p><a href=format!("/admin/a/{}", view.agency.0)>{view.agency.1.clone()}</a></p>
        {choice_form(&view.choice, lang)}
        {warning}
        <dl class="opinion-summary">
            <dt>{i18n::OPINION_COMPOSITE.get(lang)}</dt>
            <dd id="composite">{composite}</dd>
            <dt>{i18n::OPINION_LABEL.get(lang)}</dt>
            <dd id="label">{label}</dd>
            {view.predicate.clone().map(|p| view! { <dt>{i18n::OPINION_PREDICATE.get(lang)}</dt><dd>{p}</dd> })}
        </dl>
        {missing}
        {edit}
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="components-caption">
            <table class="opinion">
                <caption id="components-caption">{i18n::OPINION_COMPONENTS.get(lang)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n::OPINION_COMPONENT.get(lang)}</th>
                        <th scope="col">{i18n::OPINION_WEIGHT.get(lang)}</th>
                        <th scope="col">{i18n::OPINION_PART.get(lang)}</th>
                        <th scope="col">{i18n::OPINION_FIGURE.get(lang)}</th>
                        <th scope="col" class="num">{i18n::OPINION_COMPONENT_VALUE.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        {note}
    }
}
