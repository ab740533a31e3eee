//! What the answers to a survey's own questions show, one version at a
//! time: choices as shares with their intervals, scales and numbers as
//! means with intervals, dates as their span, texts listed to the agency
//! only. None of it is part of the ORI or SKM score.

use crate::domain::own::OwnKind;
use crate::domain::own::figures::QuestionFigures;
use crate::domain::text::Lang;
use crate::i18n;
use crate::pages::results_view::with_interval;
use leptos::prelude::*;

/// The page.
#[derive(Clone, Debug)]
pub struct QuestionResultsView {
    /// The survey's slug and title.
    pub survey: (String, String),
    /// The published versions, oldest first.
    pub versions: Vec<i32>,
    /// The version shown.
    pub version: Option<i32>,
    /// Counted responses given under it.
    pub responses: u64,
    /// How many questions the instrument asks (own ones are numbered on).
    pub instrument_items: usize,
    /// Each question's figures.
    pub figures: Vec<QuestionFigures>,
    /// Whether the reader sees the texts as written (the agency's own
    /// accounts; assessors see only how many there are).
    pub texts_shown: bool,
}

/// The page.
#[component]
pub fn QuestionResultsPage(view: QuestionResultsView, lang: Lang) -> impl IntoView {
    let (slug, title) = view.survey.clone();
    let versions = (view.versions.len() > 1).then(|| {
        let links = view
            .versions
            .iter()
            .map(|v| {
                let current = Some(*v) == view.version;
                view! {
                    <li>
                        <a href=format!("/admin/s/{slug}/questions/results?v={v}") aria-current=current.then_some("page")>
                            {i18n::OWN_VERSION.with(lang, &[("version", (*v).into())])}
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! { <nav aria-label=i18n::OWN_VERSIONS.get(lang)><ul class="plain inline-list">{links}</ul></nav> }
    });
    let body = match view.version {
        None => view! { <p>{i18n::OWN_NONE_PUBLISHED.get(lang)}</p> }.into_any(),
        Some(version) => {
            let questions = view
                .figures
                .iter()
                .enumerate()
                .map(|(pos, f)| {
                    question(f, view.instrument_items + pos + 1, view.texts_shown, lang)
                })
                .collect_view();
            view! {
                <p id="own-base">
                    {i18n::OWN_RESULTS_BASE.with(lang, &[("version", version.into()), ("n", view.responses.into())])}
                </p>
                {questions}
            }
            .into_any()
        }
    };
    view! {
        <p class="crumbs">
            <a href=format!("/admin/s/{slug}")>{title}</a>
            " › "
            <a href=format!("/admin/s/{slug}/questions")>{i18n::OWN_TITLE.get(lang)}</a>
        </p>
        <h1>{i18n::OWN_RESULTS.get(lang)}</h1>
        <p class="lead">{i18n::OWN_NOT_IN_SCORE.get(lang)}</p>
        {versions}
        {body}
    }
}

/// One question's figures.
fn question(f: &QuestionFigures, number: usize, texts_shown: bool, lang: Lang) -> AnyView {
    let q = &f.question;
    let base = i18n::OWN_ASKED.with(
        lang,
        &[("asked", f.asked.into()), ("answered", f.answered.into())],
    );
    let mean = f.mean.map(|m| {
        view! {
            <p>
                {i18n::OWN_MEAN.get(lang)}": "
                <strong>{with_interval(Some(m.mean), m.ci, lang)}</strong>
            </p>
        }
    });
    let span = f.span.clone().map(|(lo, hi)| {
        view! { <p>{i18n::OWN_SPAN.with(lang, &[("low", lo.into()), ("high", hi.into())])}</p> }
    });
    let shares = (!f.options.is_empty()).then(|| {
        let rows = f
            .options
            .iter()
            .map(|o| {
                view! {
                    <tr>
                        <th scope="row">{o.label.get(lang).to_string()}</th>
                        <td>{o.share.met}</td>
                        <td>{with_interval(o.share.percent, o.share.ci, lang)}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="table-wrap" role="region" tabindex="0" aria-label=q.text.get(lang).to_string()>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{i18n::OWN_OPTION.get(lang)}</th>
                            <th scope="col">{i18n::OWN_COUNT.get(lang)}</th>
                            <th scope="col">{i18n::OWN_SHARE.get(lang)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        }
    });
    let texts = (q.kind == OwnKind::Text).then(|| {
        if texts_shown {
            let items = f.texts.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view();
            view! { <ul class="texts">{items}</ul> }.into_any()
        } else {
            view! { <p>{i18n::OWN_TEXTS_AGENCY_ONLY.with(lang, &[("n", f.texts.len().into())])}</p> }
                .into_any()
        }
    });
    view! {
        <section class="own-result" id=format!("r-{}", q.key)>
            <h2>{number}". "{q.text.get(lang).to_string()}</h2>
            <p class="help">{q.kind.name().get(lang)}" · "{base}</p>
            {mean}
            {span}
            {shares}
            {texts}
        </section>
    }
    .into_any()
}
