//! The citizen's consultation form: every component asked on one page, a
//! fieldset each with the draft, "agree" or "disagree" and a comment.
//! A plain form post: it works without JavaScript.

use crate::components::form_parts::{honeypot, language_switch};
use crate::domain::answers::{FORM_FIELD, FieldErrors};
use crate::domain::consultation::{COMMENT_MAX, comment_field, component, vote_field};
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// The form as shown: a fresh token, and after a refused post the answers
/// kept and a message beside each wrong field.
#[derive(Clone, Debug)]
pub struct ConsultFormView {
    /// Address code.
    pub slug: String,
    /// Title.
    pub title: String,
    /// The service product.
    pub service: String,
    /// The agency.
    pub agency: String,
    /// Closing date.
    pub closes: String,
    /// Page language.
    pub lang: Lang,
    /// The one-time form token.
    pub token: String,
    /// (component key, draft), in the law's order.
    pub components: Vec<(String, String)>,
    /// Field name → value sent.
    pub values: BTreeMap<String, String>,
    /// Field name → problems.
    pub errors: FieldErrors,
}

impl ConsultFormView {
    fn error(&self, field: &str) -> Option<String> {
        self.errors.get(field).map(|m| {
            m.iter()
                .map(|t| t.get(self.lang).to_string())
                .collect::<Vec<_>>()
                .join(" ")
        })
    }
}

/// The list of problems at the top, each linking to its field.
fn summary(v: &ConsultFormView) -> Option<AnyView> {
    if v.errors.is_empty() {
        return None;
    }
    let lang = v.lang;
    let general = v
        .error(FORM_FIELD)
        .map(|e| view! { <li><a href="#uji-form">{e}</a></li> });
    let items = v
        .components
        .iter()
        .flat_map(|(key, _)| {
            let name = component(key).map(|c| c.name.get(lang)).unwrap_or_default();
            [
                (format!("#f-{key}"), vote_field(key), name),
                (format!("#in-c-{key}"), comment_field(key), name),
            ]
        })
        .filter_map(|(href, field, name)| {
            v.error(&field)
                .map(|e| view! { <li><a href=href>{format!("{name}: {e}")}</a></li> })
        })
        .collect_view();
    Some(
        view! {
            <div class="error-summary" role="alert" id="error-summary" tabindex="-1" autofocus=true>
                <h2>{i18n::FIX_ERRORS.get(lang)}</h2>
                <ul>{general}{items}</ul>
            </div>
        }
        .into_any(),
    )
}

/// One component's fieldset.
fn component_field(v: &ConsultFormView, index: usize, key: &str, draft: &str) -> AnyView {
    let lang = v.lang;
    let name = component(key).map(|c| c.name.get(lang)).unwrap_or_default();
    let (vote, comment) = (vote_field(key), comment_field(key));
    let chosen = v.values.get(&vote).cloned().unwrap_or_default();
    let vote_error = v.error(&vote);
    let comment_error = v.error(&comment);
    let err_id = format!("err-{vote}");
    let described = vote_error.as_ref().map(|_| err_id.clone());
    let class = if vote_error.is_some() || comment_error.is_some() {
        "item has-error"
    } else {
        "item"
    };
    let option = |value: &'static str, label: i18n::Tr| {
        view! {
            <label class="option">
                <input
                    type="radio"
                    id=format!("in-{vote}-{value}")
                    name=vote.clone()
                    value=value
                    checked=chosen == value
                    required=true
                />
                <span>{label.get(lang)}</span>
            </label>
        }
    };
    let comment_id = format!("in-{comment}");
    let comment_err_id = format!("err-{comment}");
    view! {
        <fieldset
            class=class
            id=format!("f-{key}")
            aria-describedby=described
        >
            <legend>
                <span class="num">{index}". "</span>
                {name}
            </legend>
            <div class="uji-draft">
                <p class="help">{i18n::UJI_DRAFT.get(lang)}</p>
                <p class="uji-text">{draft.to_string()}</p>
            </div>
            {vote_error.map(|e| view! { <p class="field-error" id=err_id.clone()>{e}</p> })}
            <div class="options">
                {option("agree", i18n::UJI_AGREE)}
                {option("disagree", i18n::UJI_DISAGREE)}
            </div>
            <label for=comment_id.clone() class="uji-comment-label">
                {i18n::UJI_COMMENT.get(lang)}
                <span class="req">" (" {i18n::OPTIONAL.get(lang)} ")"</span>
            </label>
            {comment_error.clone().map(|e| view! { <p class="field-error" id=comment_err_id.clone()>{e}</p> })}
            <textarea
                id=comment_id
                name=comment.clone()
                rows="3"
                maxlength=COMMENT_MAX.to_string()
                aria-describedby=comment_error.map(|_| comment_err_id.clone())
            >
                {v.values.get(&comment).cloned().unwrap_or_default()}
            </textarea>
        </fieldset>
    }
    .into_any()
}

/// The form page's body.
#[component]
pub fn ConsultFormPage(view: ConsultFormView) -> impl IntoView {
    let lang = view.lang;
    let v = view;
    crate::shell::describe(i18n::UJI_DESCRIBE.with(
        lang,
        &[
            ("title", v.title.clone().into()),
            ("agency", v.agency.clone().into()),
        ],
    ));
    let fields = v
        .components
        .iter()
        .enumerate()
        .map(|(i, (key, draft))| component_field(&v, i + 1, key, draft))
        .collect_view();
    let about = i18n::UJI_FORM_ABOUT.with(
        lang,
        &[
            ("service", v.service.clone().into()),
            ("closes", v.closes.clone().into()),
        ],
    );
    view! {
        <main class="page survey uji">
            <header class="page-head">
                <p class="agency">{v.agency.clone()}</p>
                <h1>{v.title.clone()}</h1>
                <p class="about">{about}</p>
                <p>{i18n::UJI_FORM_PRIVACY.get(lang)}</p>
            </header>
            {summary(&v)}
            <form id="uji-form" method="post" action=format!("/k/{}", v.slug) novalidate=true>
                <input type="hidden" name="token" value=v.token.clone() />
                <input type="hidden" name="lang" value=lang.code() />
                {honeypot(lang)}
                {fields}
                <div class="submit-bar">
                    <button type="submit" class="button">{i18n::SUBMIT.get(lang)}</button>
                </div>
            </form>
            {language_switch("uji-form", lang)}
        </main>
    }
}

/// The thanks page's body.
#[component]
pub fn ConsultThanksPage(slug: String, title: String, lang: Lang) -> impl IntoView {
    view! {
        <main class="page thanks">
            <header class="page-head">
                <p class="agency">{title}</p>
                <h1>{i18n::THANKS_TITLE.get(lang)}</h1>
            </header>
            <p class="lead">{i18n::UJI_THANKS_BODY.get(lang)}</p>
            <p>
                <a class="button secondary" href=format!("/uji/{slug}")>
                    {i18n::UJI_THANKS_RESULTS.get(lang)}
                </a>
            </p>
        </main>
    }
}
