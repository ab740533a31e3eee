//! The page that asks before a survey changes status: opening a draft
//! (which fixes its questionnaire), closing an open survey (which stops
//! every link and poster) and reopening a closed one. It works without
//! JavaScript: the question is a page, the answer a form post.

use crate::domain::text::Lang;
use crate::i18n::{self, Tr};
use leptos::prelude::*;

/// What the confirmation page shows.
#[derive(Clone, Debug)]
pub struct StatusConfirmView {
    /// The survey's slug.
    pub slug: String,
    /// The survey's title.
    pub title: String,
    /// Its status now: `draft`, `open` or `closed`.
    pub from: String,
    /// The status asked for: `open` or `closed`.
    pub to: String,
    /// Whether its closing date has passed (reopening alone lets no one
    /// answer then).
    pub past_close: bool,
    /// Anti-forgery token.
    pub csrf: String,
}

/// The question, what it does, and the button that does it, for a step
/// from `from` to `to`.
fn words(from: &str, to: &str) -> (Tr, Tr, Tr, &'static str) {
    match (from, to) {
        ("open", _) => (
            i18n::CONFIRM_CLOSE_TITLE,
            i18n::CONFIRM_CLOSE_BODY,
            i18n::CONFIRM_CLOSE_YES,
            "button danger",
        ),
        ("closed", _) => (
            i18n::CONFIRM_REOPEN_TITLE,
            i18n::CONFIRM_REOPEN_BODY,
            i18n::CONFIRM_REOPEN_YES,
            "button",
        ),
        _ => (
            i18n::CONFIRM_OPEN_TITLE,
            i18n::CONFIRM_OPEN_BODY,
            i18n::CONFIRM_OPEN_YES,
            "button",
        ),
    }
}

/// The confirmation page.
#[component]
pub fn StatusConfirmPage(view: StatusConfirmView, lang: Lang) -> impl IntoView {
    let s = view.slug.clone();
    let (question, body, yes, class) = words(&view.from, &view.to);
    let warning = (view.past_close && view.to == "open").then(|| {
        view! {
            <p class="warning">
                {i18n::CONFIRM_PAST_CLOSE.get(lang)} " "
                <a href=format!("/admin/s/{s}/edit")>{i18n::SURVEY_EDIT.get(lang)}</a>
            </p>
        }
    });
    view! {
        <p class="agency"><a href=format!("/admin/s/{s}")>{view.title.clone()}</a></p>
        <h1>{question.get(lang)}</h1>
        <p class="lead">{body.get(lang)}</p>
        {warning}
        <form method="post" action=format!("/admin/s/{s}/status") class="confirm-form">
            <input type="hidden" name="csrf" value=view.csrf.clone() />
            <input type="hidden" name="to" value=view.to.clone() />
            <input type="hidden" name="confirm" value="yes" />
            <p class="actions">
                <button type="submit" class=class>{yes.get(lang)}</button>
                <a class="button secondary" href=format!("/admin/s/{s}")>{i18n::CANCEL.get(lang)}</a>
            </p>
        </form>
    }
}
