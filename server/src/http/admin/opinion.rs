//! The Ombudsman opinion for assessors: `GET /admin/opinion` (every agency
//! the account sees, for a year and method) and
//! `GET /admin/a/{agency}/opinion` (one agency: its components, figures,
//! composite, label(s), predicate and disagreements). An agency's manager
//! reads their own agency's opinion and changes nothing; entering figures
//! is in `opinion_edit` and `opinion_import`.

use super::{Signed, admin_page};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::extract::pairs_of;
use crate::services::access::{self, Actor, Need, Role};
use crate::services::opinion::{self as service, ChosenMethod, Opinion, SurveyFigure};
use app::domain::method::predicate::Predicate;
use app::domain::text::Lang;
use app::i18n;
use app::pages::admin::opinion::list::{OpinionListPage, OpinionListView, OpinionRow};
use app::pages::admin::opinion::{
    Choice, ComponentLine, OpinionPage, OpinionView, PartFigure, PartLine, SurveyLine,
};
use app::pages::results_view::decimal;
use axum::extract::{Path, RawQuery, State};
use axum::http::{StatusCode, request::Parts};
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;

/// Whether `actor` enters opinion figures: assessors and admins.
pub fn may_enter(actor: &Actor) -> bool {
    actor.role != Role::Manager
}

/// The method and year a query asks for: `method` (`key@version`, the
/// default method when absent) and `year` (the latest with figures when
/// absent or not a year).
pub(super) async fn asked(
    state: &ServerState,
    raw: Option<&str>,
) -> Result<(ChosenMethod, i32), AppError> {
    let pairs = pairs_of(raw);
    let value = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let reference = value("method").unwrap_or(service::DEFAULT_METHOD);
    let method = service::method(state, reference)
        .await?
        .ok_or(AppError::NotFound)?;
    let year = match value("year").and_then(|y| y.trim().parse::<i32>().ok()) {
        Some(y) if (2000..=2100).contains(&y) => y,
        _ => service::latest_year(state, method.id).await?,
    };
    Ok((method, year))
}

/// The year-and-method form's state.
pub(super) async fn choice(
    state: &ServerState,
    action: String,
    method: &ChosenMethod,
    year: i32,
    lang: Lang,
) -> Result<Choice, AppError> {
    let mut methods = Vec::new();
    for (reference, id) in crate::store::opinion::methods(&state.db).await? {
        let m = state.definitions.method(&state.db, id).await?;
        methods.push((reference, m.title.get(lang).to_string()));
    }
    Ok(Choice {
        action,
        year,
        method: method.method.reference(),
        methods,
    })
}

fn survey_line(f: &SurveyFigure) -> Option<SurveyLine> {
    let e = &f.score.estimate;
    Some(SurveyLine {
        score: e.score?,
        ci: e.ci,
        n: e.n,
        links: f
            .surveys
            .iter()
            .map(|(slug, title)| (format!("/admin/s/{slug}"), title.clone()))
            .collect(),
    })
}

/// The predicate in words.
pub fn predicate_text(p: &Predicate, confirmed: bool, lang: Lang) -> String {
    let mut text = match p {
        Predicate::High { .. } => i18n::OPINION_PREDICATE_HIGH.get(lang).to_string(),
        Predicate::Low => i18n::OPINION_PREDICATE_LOW.get(lang).to_string(),
        Predicate::Undecided { .. } => i18n::OPINION_PREDICATE_UNDECIDED.get(lang).to_string(),
        Predicate::TooSmall { n, min } => i18n::OPINION_PREDICATE_TOO_SMALL
            .with(lang, &[("n", (*n).into()), ("min", (*min).into())]),
    };
    if !confirmed {
        text.push_str(&format!(" ({})", i18n::OPINION_UNCONFIRMED.get(lang)));
    }
    text
}

/// The name of the part `key` in the method.
fn part_name(o: &Opinion, key: &str, lang: Lang) -> String {
    o.method
        .method
        .components
        .iter()
        .flat_map(|c| &c.parts)
        .find(|p| p.key == key)
        .map(|p| p.label.get(lang).to_string())
        .unwrap_or_else(|| key.to_string())
}

/// A whole number without decimals, anything else with two.
fn plain(x: f64, lang: Lang) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        decimal(x, lang)
    }
}

/// A part's name inside a sentence: without its parenthesis, lower case
/// first (`Standar pelayanan (dimasukkan penilai)` → `standar pelayanan`).
fn in_sentence(name: &str) -> String {
    let name = name.split(" (").next().unwrap_or(name);
    let mut chars = name.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Where the internal checks and the users disagree, in sentences.
pub fn disagreement_texts(o: &Opinion, lang: Lang) -> Vec<String> {
    o.disagreements
        .iter()
        .map(|d| {
            let part = in_sentence(&part_name(o, &d.part, lang));
            let entered = plain(d.entered, lang);
            let gap = o.method.method.disagreement.as_ref().map_or(0.0, |r| r.gap);
            match d.perception_upper {
                Some(upper) if d.entered - upper > gap => i18n::OPINION_DISAGREE_GAP.with(
                    lang,
                    &[
                        ("part", part.into()),
                        ("entered", entered.into()),
                        ("upper", plain(upper, lang).into()),
                    ],
                ),
                _ => i18n::OPINION_DISAGREE_HIGH
                    .with(lang, &[("part", part.into()), ("entered", entered.into())]),
            }
        })
        .collect()
}

/// The labels as shown: (name, cut-off confirmed).
fn labels(o: &Opinion, lang: Lang) -> Vec<(String, bool)> {
    o.labels
        .iter()
        .map(|b| (b.label.get(lang).to_string(), b.confirmed))
        .collect()
}

fn clean_label(o: &Opinion, lang: Lang) -> Option<String> {
    o.clean
        .then(|| o.method.method.clean_label.as_ref())
        .flatten()
        .map(|t| t.get(lang).to_string())
}

/// The page's view of `o`.
fn view_of(o: &Opinion, choice: Choice, can_edit: bool, lang: Lang) -> OpinionView {
    let m = &o.method.method;
    let components = m
        .components
        .iter()
        .zip(&o.composite.components)
        .map(|(c, v)| {
            let total: f64 = c.parts.iter().map(|p| p.weight).sum();
            let parts = c
                .parts
                .iter()
                .map(|p| {
                    let figure = match o.figure_of(p) {
                        Some(service::PartFigure::Entered(v)) => Some(PartFigure::Entered(v)),
                        Some(service::PartFigure::Survey(f)) => {
                            survey_line(f).map(PartFigure::Survey)
                        }
                        None => None,
                    };
                    PartLine {
                        label: p.label.get(lang).to_string(),
                        share: 100.0 * p.weight / total,
                        confirmed: p.confirmed,
                        figure: figure.unwrap_or(PartFigure::Missing),
                    }
                })
                .collect();
            ComponentLine {
                label: c.label.get(lang).to_string(),
                weight: c.weight,
                confirmed: c.confirmed,
                value: v.value,
                parts,
            }
        })
        .collect();
    OpinionView {
        agency: (o.agency.slug.clone(), o.agency.name.clone()),
        method_title: m.title.get(lang).to_string(),
        choice,
        note: m.note.as_ref().map(|n| n.get(lang).to_string()),
        components,
        composite: o.composite.score.map(|s| (s, o.composite.ci)),
        labels: labels(o, lang),
        clean_label: clean_label(o, lang),
        predicate: o.predicate.as_ref().map(|p| {
            let confirmed = m.predicate.as_ref().is_none_or(|r| r.confirmed);
            predicate_text(p, confirmed, lang)
        }),
        missing: o
            .composite
            .missing
            .iter()
            .map(|k| part_name(o, k, lang))
            .collect(),
        disagreements: disagreement_texts(o, lang),
        can_edit,
    }
}

/// `GET /admin/a/{agency}/opinion?year=&method=`.
pub async fn show(
    State(state): State<ServerState>,
    Path(slug): Path<String>,
    signed: Signed,
    head: Parts,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    let a = access::agency(&state.db, &signed.actor, &slug, Need::Read).await?;
    let (method, year) = asked(&state, raw.as_deref()).await?;
    let lang = signed.lang;
    let action = format!("/admin/a/{slug}/opinion");
    let choice = choice(&state, action, &method, year, lang).await?;
    let o = service::opinion(&state, a, &method, year).await?;
    let view = view_of(&o, choice, may_enter(&signed.actor), lang);
    let title = format!("{}: {}", i18n::OPINION_TITLE.get(lang), view.agency.1);
    Ok(admin_page(
        &state,
        &head,
        lang,
        Some(signed.who()),
        title,
        StatusCode::OK,
        move || view! { <OpinionPage view=view.clone() lang=lang /> }.into_any(),
    )
    .await)
}

/// `GET /admin/opinion?year=&method=`: every agency the account sees.
pub async fn list(
    State(state): State<ServerState>,
    signed: Signed,
    head: Parts,
    RawQuery(raw): RawQuery,
) -> Result<Response, AppError> {
    if !may_enter(&signed.actor) {
        // A manager reads their own agency's opinion on its page.
        let Some(id) = signed.actor.agency_id else {
            return Err(AppError::NotFound);
        };
        let a = crate::store::admin::agency_by_id(&state.db, id)
            .await?
            .ok_or(AppError::NotFound)?;
        return Ok(super::see(&format!("/admin/a/{}/opinion", a.slug)).into_response());
    }
    let lang = signed.lang;
    let (method, year) = asked(&state, raw.as_deref()).await?;
    let choice = choice(&state, "/admin/opinion".into(), &method, year, lang).await?;
    let entered = crate::store::opinion::entered_in(&state.db, None, year, method.id).await?;
    let fed: std::collections::HashSet<uuid::Uuid> =
        service::method_surveys(&state, None, method.id)
            .await?
            .into_iter()
            .map(|(s, _)| s.agency_id)
            .collect();
    let mut rows = Vec::new();
    for a in access::agencies(&state.db, &signed.actor).await? {
        let agency = (a.slug.clone(), a.name.clone());
        if !entered.contains_key(&a.id) && !fed.contains(&a.id) {
            rows.push(OpinionRow {
                agency,
                composite: None,
                labels: Vec::new(),
                clean_label: None,
                missing: None,
            });
            continue;
        }
        let o = service::opinion(&state, a, &method, year).await?;
        rows.push(OpinionRow {
            agency,
            composite: o.composite.score.map(|s| (s, o.composite.ci)),
            labels: labels(&o, lang),
            clean_label: clean_label(&o, lang),
            missing: Some(
                o.composite
                    .missing
                    .iter()
                    .map(|k| part_name(&o, k, lang))
                    .collect(),
            ),
        });
    }
    let view = OpinionListView {
        choice,
        rows,
        can_edit: true,
    };
    Ok(admin_page(
        &state,
        &head,
        lang,
        Some(signed.who()),
        i18n::OPINION_TITLE.get(lang).to_string(),
        StatusCode::OK,
        move || view! { <OpinionListPage view=view.clone() lang=lang /> }.into_any(),
    )
    .await)
}
