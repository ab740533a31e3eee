//! Public consultation (*uji publik*) of a service standard: what the
//! citizen's form, the public page, the manager's page and the record
//! (*berita acara*) show. The view models carry no reply's author: none is
//! kept.

pub mod form;
pub mod public;
pub mod record;

use crate::domain::consultation::{Decision, component};
use crate::domain::stats::Share;
use crate::domain::text::Lang;
use crate::i18n::{self, Tr};
use crate::pages::results_view::with_interval;
use leptos::prelude::*;

/// One component: its draft, what the public said, the agency's answer.
#[derive(Clone, Debug, PartialEq)]
pub struct ComponentView {
    /// Its stable key.
    pub key: String,
    /// The draft put to the public.
    pub draft: String,
    /// Agreement among the replies counted.
    pub share: Share,
    /// Comments: (agreed, text), in the order they came.
    pub comments: Vec<(bool, String)>,
    /// The agency's decision, once answered.
    pub decision: Option<Decision>,
    /// Why.
    pub reason: String,
    /// The component's text in the final standard.
    pub final_text: String,
}

impl ComponentView {
    /// Its name.
    pub fn name(&self) -> Tr {
        component(&self.key).map_or(Tr("uji-title"), |c| c.name)
    }

    /// "7 of 10 agree", and the share with its 95 % interval.
    pub fn figures(&self, lang: Lang) -> String {
        let count = i18n::UJI_AGREE_COUNT.with(
            lang,
            &[("agree", self.share.met.into()), ("n", self.share.n.into())],
        );
        match self.share.percent {
            Some(p) => format!(
                "{count} · {}: {} %",
                i18n::UJI_AGREE_SHARE.get(lang),
                with_interval(Some(p), self.share.ci, lang)
            ),
            None => count,
        }
    }

    /// The agency's answer in words ("Accepted: reason"), or that it is
    /// still to come.
    pub fn answer(&self, lang: Lang) -> String {
        match self.decision {
            Some(d) if self.reason.is_empty() => d.label().get(lang).to_string(),
            Some(d) => format!("{}: {}", d.label().get(lang), self.reason),
            None => i18n::UJI_NOT_ANSWERED.get(lang).to_string(),
        }
    }
}

/// A consultation as its pages show it.
#[derive(Clone, Debug, PartialEq)]
pub struct ConsultationView {
    /// Address code.
    pub slug: String,
    /// Title.
    pub title: String,
    /// The service product.
    pub service: String,
    /// The agency.
    pub agency: String,
    /// Opening date (YYYY-MM-DD, local).
    pub opens: String,
    /// Closing date.
    pub closes: String,
    /// Whether it takes replies now.
    pub open: bool,
    /// Whether it is closed.
    pub closed: bool,
    /// Whether every component asked has the agency's answer.
    pub answered: bool,
    /// Replies counted.
    pub replies: u64,
    /// Replies set aside for a bot's signals.
    pub set_aside: u64,
    /// The final standard's text.
    pub final_text: String,
    /// The components asked, in the law's order.
    pub components: Vec<ComponentView>,
}

impl ConsultationView {
    /// Its dates, "2026-06-01 – 2026-06-30".
    pub fn period(&self) -> String {
        format!("{} – {}", self.opens, self.closes)
    }
}

/// The comments on one component, without any author.
fn comments_view(c: &ComponentView, lang: Lang) -> AnyView {
    if c.comments.is_empty() {
        return view! { <p class="muted">{i18n::UJI_NO_COMMENTS.get(lang)}</p> }.into_any();
    }
    let items = c
        .comments
        .iter()
        .map(|(agree, text)| {
            let mark = if *agree {
                i18n::UJI_AGREE
            } else {
                i18n::UJI_DISAGREE
            };
            view! { <li><span class="tag">{mark.get(lang)}</span> " " {text.clone()}</li> }
        })
        .collect_view();
    view! { <ul class="uji-comments">{items}</ul> }.into_any()
}

/// One component's draft, figures and comments, and (when `answer`) the
/// agency's answer and final text.
pub fn component_section(c: &ComponentView, lang: Lang, answer: bool) -> AnyView {
    let id = format!("k-{}", c.key);
    let answer_view = answer.then(|| {
        let final_text = (!c.final_text.is_empty()).then(|| {
            view! {
                <h4>{i18n::UJI_FINAL_COMPONENT.get(lang)}</h4>
                <p class="uji-text">{c.final_text.clone()}</p>
            }
        });
        view! {
            <h4>{i18n::UJI_ANSWER.get(lang)}</h4>
            <p>{c.answer(lang)}</p>
            {final_text}
        }
    });
    let label = id.clone();
    view! {
        <section class="uji-component" aria-labelledby=label>
            <h3 id=id>{c.name().get(lang)}</h3>
            <h4>{i18n::UJI_DRAFT.get(lang)}</h4>
            <p class="uji-text">{c.draft.clone()}</p>
            <p class="uji-figures">{c.figures(lang)}</p>
            <h4>{i18n::UJI_COMMENTS.get(lang)}</h4>
            {comments_view(c, lang)}
            {answer_view}
        </section>
    }
    .into_any()
}
