//! The score card: a score and what bears on trusting it.

use crate::domain::text::Lang;
use crate::i18n;
use crate::pages::results_view::decimal;
use crate::views::score::ScoreDto;
use leptos::prelude::*;

/// A score and what bears on trusting it.
#[derive(Clone, Debug)]
pub struct Card {
    /// The score as the API gives it.
    pub score: ScoreDto,
    /// The method note's lines (which method, what is unconfirmed), when
    /// there is one.
    pub note: Option<Vec<String>>,
}

/// The score card.
#[component]
pub fn ScoreCard(card: Card, lang: Lang) -> impl IntoView {
    let s = card.score;
    let score = s
        .score
        .map(|x| decimal(x, lang))
        .unwrap_or_else(|| "—".into());
    let ci =
        s.ci.map(|[lo, hi]| format!("{} – {}", decimal(lo, lang), decimal(hi, lang)))
            .unwrap_or_else(|| "—".into());
    let band = match (&s.band, &s.band_note) {
        (Some(b), _) => {
            view! { <span class=format!("band zone-{}", b.zone)>{b.label.clone()}</span> }
                .into_any()
        }
        (None, Some(note)) => {
            view! { <span class="band zone-none">{note.clone()}</span> }.into_any()
        }
        (None, None) => view! { <span>"—"</span> }.into_any(),
    };
    let share = if s.n > 0 {
        format!("{} %", (s.verified as f64 * 100.0 / s.n as f64).round())
    } else {
        "—".into()
    };
    let required = s
        .n_required
        .map(|r| r.to_string())
        .unwrap_or_else(|| "—".into());
    let why: Vec<(crate::domain::signals::Signal, u64)> = s
        .suspect_reasons
        .iter()
        .filter_map(|(code, n)| Some((crate::domain::signals::Signal::from_code(code)?, *n)))
        .collect();
    let why = crate::domain::signals::why_left_out(&why, lang);
    view! {
        <dl class="score-card">
            <div><dt>{i18n::SCORE.get(lang)}</dt><dd class="score">{score}</dd></div>
            <div><dt>{i18n::CI95.get(lang)}</dt><dd class="figure">{ci}</dd></div>
            <div><dt>{i18n::BAND.get(lang)}</dt><dd>{band}</dd></div>
            {s.predicate.clone().map(|p| view! {
                <div><dt>{i18n::PREDICATE.get(lang)}</dt><dd class="plain" id="predicate">{p.text}</dd></div>
            })}
            <div><dt>{i18n::RESPONSES.get(lang)}</dt><dd class="figure">{s.n} " / " {required}</dd></div>
            <div><dt>{i18n::VERIFIED_SHARE.get(lang)}</dt><dd class="figure">{share}</dd></div>
            <div>
                <dt>{i18n::SUSPECT_COUNT.get(lang)}</dt>
                <dd class="figure">{s.suspect_excluded}</dd>
                {(!why.is_empty()).then(|| view! { <dd class="note">{why.clone()}</dd> })}
            </div>
        </dl>
    }
}
