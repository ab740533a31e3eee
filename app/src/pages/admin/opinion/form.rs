//! The assessor's figures for one agency and year: one number per entered
//! part of the method (its names come from the method, not the message
//! catalogue, so the generic admin form does not fit), and whether the
//! agency followed up every finding.

use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// One entered part.
#[derive(Clone, Debug)]
pub struct EntryField {
    /// The part's key (the form name).
    pub key: String,
    /// Its name.
    pub label: String,
    /// What it measures.
    pub help: Option<String>,
    /// The value as typed.
    pub value: String,
    /// Its problem, if any.
    pub error: Option<String>,
}

/// The form.
#[derive(Clone, Debug)]
pub struct OpinionFormView {
    /// Heading.
    pub title: String,
    /// What year and method.
    pub intro: String,
    /// Where it posts.
    pub action: String,
    /// The entered parts.
    pub fields: Vec<EntryField>,
    /// `yes`, `no` or "" (not known).
    pub followed_up: String,
    /// The anti-forgery token.
    pub csrf: String,
    /// The opinion page.
    pub back: String,
}

fn entry(f: EntryField, lang: Lang) -> impl IntoView {
    let id = format!("in-{}", f.key);
    let help_id = format!("help-{}", f.key);
    let err_id = format!("err-{}", f.key);
    let described = match f.error {
        Some(_) => format!("{help_id} {err_id}"),
        None => help_id.clone(),
    };
    let class = if f.error.is_some() {
        "item has-error"
    } else {
        "item"
    };
    let help = match f.help {
        Some(h) => format!("{h} {}", i18n::OPINION_VALUE_HELP.get(lang)),
        None => i18n::OPINION_VALUE_HELP.get(lang).to_string(),
    };
    let invalid = f.error.is_some().then_some("true");
    view! {
        <div class=class>
            <label for=id.clone()>{f.label}</label>
            <p class="help" id=help_id>{help}</p>
            {f.error.map(|e| view! { <p class="field-error" id=err_id>{e}</p> })}
            <input type="text" inputmode="decimal" id=id name=f.key value=f.value
                aria-describedby=described aria-invalid=invalid />
        </div>
    }
}

/// The page with the form.
#[component]
pub fn OpinionFormPage(view: OpinionFormView, lang: Lang) -> impl IntoView {
    let summary_items: Vec<_> = view
        .fields
        .iter()
        .filter_map(|f| {
            let e = f.error.clone()?;
            Some(view! { <li><a href=format!("#in-{}", f.key)>{format!("{}: {e}", f.label)}</a></li> })
        })
        .collect();
    let summary = (!summary_items.is_empty()).then(|| {
        view! {
            <div class="error-summary" role="alert" tabindex="-1" id="error-summary">
                <h2>{i18n::FIX_ERRORS_ADMIN.get(lang)}</h2>
                <ul>{summary_items}</ul>
            </div>
        }
    });
    let fields = view
        .fields
        .iter()
        .cloned()
        .map(|f| entry(f, lang))
        .collect_view();
    let choice = |value: &'static str, label: i18n::Tr| {
        view! { <option value=value selected=view.followed_up == value>{label.get(lang)}</option> }
    };
    view! {
        <h1>{view.title.clone()}</h1>
        <p class="lead">{view.intro.clone()}</p>
        {summary}
        <form method="post" action=view.action.clone() class="admin-form" novalidate=true>
            <input type="hidden" name="csrf" value=view.csrf.clone() />
            {fields}
            <div class="item">
                <label for="in-followed_up">{i18n::OPINION_FOLLOWED_UP.get(lang)}</label>
                <p class="help" id="help-followed_up">{i18n::OPINION_FOLLOWED_UP_HELP.get(lang)}</p>
                <select id="in-followed_up" name="followed_up" aria-describedby="help-followed_up">
                    {choice("", i18n::OPINION_UNKNOWN)}
                    {choice("yes", i18n::OPINION_YES)}
                    {choice("no", i18n::OPINION_NO)}
                </select>
            </div>
            <p class="actions">
                <button type="submit" class="button">{i18n::SAVE.get(lang)}</button>
                <a class="button secondary" href=view.back.clone()>{i18n::BACK.get(lang)}</a>
            </p>
        </form>
    }
}
