//! The results page's tables: per question (what the figure means: the
//! share who gave the best answer, with the scale's good end stated), per
//! unit (each a link to its own results) and per quarter (the trend).

use super::results_verdict::verdict;
use super::results_view::{ResultsView, decimal};
use crate::domain::instrument::Instrument;
use crate::domain::stats::Estimate;
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// The share of `n` that `best` is, as a whole percentage.
pub fn percent(best: u64, n: u64) -> Option<u64> {
    (n > 0).then(|| (best * 100 + n / 2) / n)
}

/// An item's best answer's label (its scale's top), in `lang`.
pub fn best_label(instrument: &Instrument, key: &str, lang: Lang) -> String {
    instrument
        .item(key)
        .and_then(|i| i.scale_labels(instrument).last())
        .map(|t| t.get(lang).to_string())
        .unwrap_or_default()
}

/// One row per scored item: its short name, the share who gave the best
/// answer, the mean on the scale, and how many answered; the scale's ends
/// are stated above, so that no one reads a mean backwards.
pub fn item_table(v: &ResultsView) -> impl IntoView + use<> {
    let lang = v.lang;
    let ins = &v.instrument;
    let scale = &ins.scale;
    let worst = scale.labels.first().map(|t| t.get(lang)).unwrap_or("");
    let best = scale.labels.last().map(|t| t.get(lang)).unwrap_or("");
    let meaning = i18n::SCALE_MEANING.with(
        lang,
        &[
            ("min", scale.min.into()),
            ("max", scale.max.into()),
            ("worst", worst.to_string().into()),
            ("best", best.to_string().into()),
        ],
    );
    let rows = v
        .estimate
        .items
        .iter()
        .map(|m| {
            let name = ins
                .item(&m.key)
                .map(|i| i.short_name().get(lang).to_string())
                .unwrap_or_default();
            let got = v.best.iter().find(|(k, _)| *k == m.key).map_or(0, |(_, c)| *c);
            let share = percent(got, m.n).map(|pct| {
                let label = best_label(ins, &m.key, lang);
                i18n::BEST_SHARE.with(lang, &[("pct", pct.into()), ("label", label.into())])
            });
            view! {
                <tr>
                    <td>{name}</td>
                    <td>{share.unwrap_or_else(|| "–".into())}</td>
                    <td class="num">{m.mean.map(|x| decimal(x, lang)).unwrap_or_else(|| "–".into())}</td>
                    <td class="num">{m.n}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h2 id="per-item">{i18n::PER_ITEM.get(lang)}</h2>
        <p class="scale-meaning" id="scale-meaning">{meaning}</p>
        <div class="table-wrap" role="region" tabindex="0" aria-labelledby="per-item">
            <table class="items">
                <thead>
                    <tr>
                        <th scope="col">{i18n::QUESTION.get(lang)}</th>
                        <th scope="col">{i18n::BEST_ANSWER.get(lang)}</th>
                        <th scope="col" class="num">{i18n::MEAN_OF.with(lang, &[("max", scale.max.into())])}</th>
                        <th scope="col" class="num">"n"</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A score with its interval below, or a dash.
fn score_cell(e: &Estimate, lang: Lang) -> impl IntoView + use<> {
    let score = e
        .score
        .map(|s| decimal(s, lang))
        .unwrap_or_else(|| "–".into());
    let ci =
        e.ci.map(|(lo, hi)| format!("{}–{}", decimal(lo, lang), decimal(hi, lang)))
            .unwrap_or_default();
    view! { <td class="num">{score}<br /><small>{ci}</small></td> }
}

/// One row per unit: its name (a link to its own results), responses,
/// score with its interval, and its one verdict.
pub fn unit_table(v: &ResultsView) -> impl IntoView + use<> {
    let lang = v.lang;
    let with_predicate = v.units.iter().any(|u| u.predicate.is_some());
    let rows = v
        .units
        .iter()
        .map(|u| {
            let said = verdict(&v.bands, &u.estimate, u.required).text(lang);
            let href = v.link(Some(&u.slug), v.period.as_deref());
            view! {
                <tr>
                    <td><a href=href>{u.name.clone()}</a></td>
                    <td class="num">{u.estimate.n}</td>
                    {score_cell(&u.estimate, lang)}
                    <td>{said}</td>
                    {with_predicate.then(|| view! { <td>{u.predicate.clone().unwrap_or_default()}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="table-wrap" role="region" tabindex="0" aria-label=i18n::PER_UNIT.get(lang)>
            <table class="items units" id="units">
                <caption>{i18n::PER_UNIT.get(lang)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n::UNIT.get(lang)}</th>
                        <th scope="col" class="num">"n"</th>
                        <th scope="col" class="num">{i18n::SCORE.get(lang)}</th>
                        <th scope="col">{i18n::VERDICT.get(lang)}</th>
                        {with_predicate.then(|| view! { <th scope="col">{i18n::PREDICATE.get(lang)}</th> })}
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// The last quarters' scores, each a link to that quarter's results;
/// nothing when no quarter has a response.
pub fn quarter_table(v: &ResultsView) -> Option<impl IntoView + use<>> {
    let lang = v.lang;
    if v.quarters.iter().all(|(_, e)| e.n == 0) {
        return None;
    }
    let unit = v.unit.as_ref().map(|(slug, _)| slug.as_str());
    let rows = v
        .quarters
        .iter()
        .map(|(q, e)| {
            let href = v.link(unit, Some(q));
            view! {
                <tr>
                    <td><a href=href>{q.clone()}</a></td>
                    <td class="num">{e.n}</td>
                    {score_cell(e, lang)}
                </tr>
            }
        })
        .collect_view();
    Some(view! {
        <div class="table-wrap" role="region" tabindex="0" aria-label=i18n::BY_QUARTER.get(lang)>
            <table class="items quarters" id="quarters">
                <caption>{i18n::BY_QUARTER.get(lang)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n::QUARTER.get(lang)}</th>
                        <th scope="col" class="num">"n"</th>
                        <th scope="col" class="num">{i18n::SCORE.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    })
}

#[cfg(test)]
mod tests {
    use super::percent;

    #[test]
    fn shares_round_to_the_nearest_whole_percent() {
        assert_eq!(percent(0, 0), None);
        assert_eq!(percent(45, 52), Some(87));
        assert_eq!(percent(1, 3), Some(33));
        assert_eq!(percent(2, 3), Some(67));
    }
}
