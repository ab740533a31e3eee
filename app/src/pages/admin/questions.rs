//! A survey's own questions: the draft a manager edits (add, rewrite, move,
//! remove), the version citizens are asked now, a preview and publishing.
//! Answers keep the version they were given under.

use super::fields::field_view;
use super::{Field, Input};
use crate::domain::answers::FieldErrors;
use crate::domain::own::edit::QuestionForm;
use crate::domain::own::{OwnKind, OwnSet};
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// The page.
#[derive(Clone, Debug)]
pub struct QuestionsView {
    /// The survey's slug and title.
    pub survey: (String, String),
    /// How many questions the instrument asks (own ones are numbered on).
    pub instrument_items: usize,
    /// The version citizens are asked now, and how many answered it.
    pub published: Option<(i32, u64)>,
    /// The draft (or, without one, a copy of what is published).
    pub working: OwnSet,
    /// Whether the draft differs from what is published.
    pub changed: bool,
    /// Whether the reader may change the questions.
    pub may_change: bool,
    /// The anti-forgery token.
    pub csrf: String,
    /// The question being edited (`None`: a new one), with the form's
    /// values and problems.
    pub editing: Option<String>,
    /// The form's values.
    pub values: QuestionForm,
    /// The form's problems.
    pub errors: FieldErrors,
}

impl QuestionsView {
    fn base(&self) -> String {
        format!("/admin/s/{}/questions", self.survey.0)
    }

    /// The number the form shows before the question at `pos`.
    fn number(&self, pos: usize) -> usize {
        self.instrument_items + pos + 1
    }
}

/// The list and the form for a new question, or the form alone for one
/// being edited.
#[component]
pub fn QuestionsPage(view: QuestionsView, lang: Lang) -> impl IntoView {
    let (slug, title) = view.survey.clone();
    let form = view.may_change.then(|| question_form(&view, lang));
    if view.editing.is_some() {
        return view! {
            <p class="crumbs"><a href=view.base()>{i18n::OWN_TITLE.get(lang)}</a></p>
            <h1>{i18n::OWN_EDIT.get(lang)}</h1>
            {form}
        }
        .into_any();
    }
    let status = match view.published {
        Some((version, n)) => {
            i18n::OWN_PUBLISHED.with(lang, &[("version", version.into()), ("n", n.into())])
        }
        None => i18n::OWN_NONE_PUBLISHED.get(lang).to_string(),
    };
    let publish = (view.may_change && view.changed).then(|| publish_form(&view, lang));
    view! {
        <p class="crumbs"><a href=format!("/admin/s/{slug}")>{title}</a></p>
        <h1>{i18n::OWN_TITLE.get(lang)}</h1>
        <p class="lead">{i18n::OWN_INTRO.get(lang)}</p>
        <p id="own-status">{status}</p>
        <p class="actions">
            <a href=format!("/admin/s/{slug}/preview?draft=1") class="button secondary">{i18n::OWN_PREVIEW.get(lang)}</a>
            " "
            <a href=format!("/admin/s/{slug}/questions/results") class="button secondary">{i18n::OWN_RESULTS.get(lang)}</a>
        </p>
        {publish}
        {list(&view, lang)}
        {view.may_change.then(|| view! { <h2>{i18n::OWN_ADD.get(lang)}</h2> })}
        {form}
    }
    .into_any()
}

/// The draft's questions, each with its actions.
fn list(v: &QuestionsView, lang: Lang) -> AnyView {
    if v.working.questions.is_empty() {
        return view! { <p>{i18n::OWN_EMPTY.get(lang)}</p> }.into_any();
    }
    let base = v.base();
    let rows = v
        .working
        .questions
        .iter()
        .enumerate()
        .map(|(pos, q)| {
            let mut facts = vec![q.kind.name().get(lang).to_string()];
            facts.push(if q.required {
                i18n::REQUIRED.get(lang).to_string()
            } else {
                i18n::OPTIONAL.get(lang).to_string()
            });
            if let Some(c) = &q.show_if
                && let Some(at) = v.working.position(&c.key)
            {
                let answer = v.working.questions[at]
                    .choices()
                    .into_iter()
                    .find(|o| o.value == c.value)
                    .map(|o| o.label.get(lang).to_string())
                    .unwrap_or_default();
                facts.push(i18n::ASK_ONLY_IF.with(
                    lang,
                    &[("answer", answer.into()), ("number", v.number(at).into())],
                ));
            }
            let actions = v.may_change.then(|| {
                let at = format!("{base}/{}", q.key);
                view! {
                    <a href=at.clone()>{i18n::OWN_EDIT_LINK.get(lang)}</a>
                    {(pos > 0).then(|| view! {
                        <form method="post" action=format!("{at}/up") class="inline">
                            <input type="hidden" name="csrf" value=v.csrf.clone() />
                            <button type="submit" class="link">{i18n::OWN_MOVE_UP.get(lang)}</button>
                        </form>
                    })}
                    <details class="confirm">
                        <summary>{i18n::OWN_REMOVE.get(lang)}</summary>
                        <p>{i18n::OWN_REMOVE_WARNING.get(lang)}</p>
                        <form method="post" action=format!("{at}/remove")>
                            <input type="hidden" name="csrf" value=v.csrf.clone() />
                            <button type="submit" class="button warning">{i18n::OWN_REMOVE_YES.get(lang)}</button>
                        </form>
                    </details>
                }
            });
            view! {
                <li id=format!("q-{}", q.key)>
                    <p><strong>{v.number(pos)}". "</strong>{q.text.get(lang).to_string()}</p>
                    <p class="help">{facts.join(" · ")}</p>
                    {actions}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="own-questions plain">{rows}</ol> }.into_any()
}

/// Publishing the draft, said before it is done.
fn publish_form(v: &QuestionsView, lang: Lang) -> AnyView {
    let replaces = matches!(v.published, Some((_, 0)));
    let version = match v.published {
        Some((p, 0)) => p,
        _ => v.working.version,
    };
    let warning = if replaces {
        i18n::OWN_PUBLISH_REPLACES.with(lang, &[("version", version.into())])
    } else {
        i18n::OWN_PUBLISH_NEW.with(lang, &[("version", version.into())])
    };
    view! {
        <div class="notice" id="own-draft">
            <p>{i18n::OWN_CHANGED.get(lang)}</p>
            <details class="confirm">
                <summary>{i18n::OWN_PUBLISH.get(lang)}</summary>
                <p>{warning}</p>
                <form method="post" action=format!("{}/publish", v.base())>
                    <input type="hidden" name="csrf" value=v.csrf.clone() />
                    <button type="submit" class="button">{i18n::OWN_PUBLISH_YES.get(lang)}</button>
                </form>
            </details>
        </div>
    }
    .into_any()
}

/// The fields of one question.
fn question_form(v: &QuestionsView, lang: Lang) -> AnyView {
    let f = &v.values;
    let kinds = OwnKind::ALL
        .iter()
        .map(|k| (k.code().to_string(), k.name().get(lang).to_string()))
        .collect();
    // Only earlier questions with options can lead to this one.
    let until = match &v.editing {
        Some(key) => v.working.position(key).unwrap_or(0),
        None => v.working.questions.len(),
    };
    let leads = std::iter::once((String::new(), i18n::OWN_ALWAYS.get(lang).to_string()))
        .chain(
            v.working.questions[..until]
                .iter()
                .enumerate()
                .filter(|(_, q)| q.kind.can_lead())
                .flat_map(|(pos, q)| {
                    q.choices().into_iter().map(move |o| {
                        (
                            format!("{}={}", q.key, o.value),
                            i18n::OWN_AFTER.with(
                                lang,
                                &[
                                    ("number", v.number(pos).into()),
                                    ("answer", o.label.get(lang).to_string().into()),
                                ],
                            ),
                        )
                    })
                }),
        )
        .collect();
    let required_label = i18n::OWN_REQUIRED_CHECK.get(lang).to_string();
    let fields = [
        Field::new("kind", i18n::OWN_KIND, Input::Select(kinds), f.kind.clone()).required(),
        Field::new("text_id", i18n::OWN_TEXT_ID, Input::Text, f.text_id.clone()).required(),
        Field::new("text_en", i18n::OWN_TEXT_EN, Input::Text, f.text_en.clone()),
        Field::new("help_id", i18n::OWN_HELP_ID, Input::Text, f.help_id.clone()),
        Field::new("help_en", i18n::OWN_HELP_EN, Input::Text, f.help_en.clone()),
        Field::new(
            "options",
            i18n::OWN_OPTIONS,
            Input::Textarea,
            f.options.clone(),
        )
        .help(i18n::OWN_OPTIONS_HELP),
        Field::new(
            "required",
            i18n::OWN_REQUIRED,
            Input::Checks(vec![("yes".into(), required_label)]),
            if f.required { "yes" } else { "" },
        ),
        Field::new(
            "show_if",
            i18n::OWN_SHOW_IF,
            Input::Select(leads),
            f.show_if.clone(),
        )
        .help(i18n::OWN_SHOW_IF_HELP),
    ];
    let fields = fields
        .iter()
        .map(|f| field_view(f, v.errors.get(f.name).cloned().unwrap_or_default(), lang))
        .collect_view();
    let action = match &v.editing {
        Some(key) => format!("{}/{key}", v.base()),
        None => v.base(),
    };
    let form_error = v.errors.get("_form").map(|e| {
        let text = e
            .iter()
            .map(|m| m.get(lang).to_string())
            .collect::<Vec<_>>()
            .join(" ");
        view! { <p class="field-error" role="alert">{text}</p> }
    });
    view! {
        <form method="post" action=action class="admin-form" novalidate=true>
            <input type="hidden" name="csrf" value=v.csrf.clone() />
            {form_error}
            {fields}
            <p class="actions"><button type="submit" class="button">{i18n::OWN_SAVE.get(lang)}</button></p>
        </form>
    }
    .into_any()
}
