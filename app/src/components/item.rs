//! One question of the citizen's form: a fieldset of labelled radio
//! buttons, or a labelled text field, with its error beside it.

use crate::domain::instrument::{Instrument, Item, ItemKind};
use crate::domain::text::{Lang, Text};
use crate::i18n;
use leptos::prelude::*;

/// The id of the element that holds a field, for error links.
pub fn field_id(key: &str) -> String {
    format!("q-{key}")
}

/// One question. `value` is the answer given so far; `errors` its problems.
#[component]
pub fn ItemField(
    instrument: std::sync::Arc<Instrument>,
    index: usize,
    item: Item,
    value: Option<String>,
    errors: Vec<Text>,
    lang: Lang,
) -> impl IntoView {
    let frame = Frame::new(&item, index, &errors, lang);
    match item.kind {
        ItemKind::Scale | ItemKind::Choice => choice_field(&instrument, &item, value, frame),
        ItemKind::Text => text_field(&item, value, frame),
    }
}

/// What both kinds of question share: ids, state, and the texts around
/// the answer.
struct Frame {
    /// The field's element id.
    id: String,
    /// `aria-describedby`: the error's id, when there is an error.
    described: Option<String>,
    /// Whether the answer has problems.
    has_error: bool,
    /// The element's class.
    class: &'static str,
    /// The number shown before the question.
    index: usize,
    /// The question.
    question: String,
    /// "required" or "optional".
    requirement: &'static str,
    /// The error message, if any.
    error: Option<String>,
    /// The hint under the question, if any.
    help: Option<String>,
    /// The page's language.
    lang: Lang,
}

impl Frame {
    fn new(item: &Item, index: usize, errors: &[Text], lang: Lang) -> Self {
        let has_error = !errors.is_empty();
        let requirement = if item.required {
            i18n::REQUIRED
        } else {
            i18n::OPTIONAL
        };
        Frame {
            id: field_id(&item.key),
            described: has_error.then(|| err_id(item)),
            has_error,
            class: if has_error { "item has-error" } else { "item" },
            index,
            question: item.text.get(lang).to_string(),
            requirement: requirement.get(lang),
            error: has_error.then(|| {
                errors
                    .iter()
                    .map(|e| e.get(lang).to_string())
                    .collect::<Vec<_>>()
                    .join(" ")
            }),
            help: item.help.as_ref().map(|h| h.get(lang).to_string()),
            lang,
        }
    }

    /// The error message beside the field.
    fn error_view(&self) -> Option<impl IntoView + use<>> {
        // Set whenever there is an error.
        let err_id = self.described.clone().unwrap_or_default();
        self.error.clone().map(|text| {
            view! {
                <p class="field-error" id=err_id>
                    {text}
                </p>
            }
        })
    }

    /// The hint under the question.
    fn help_view(&self) -> Option<impl IntoView + use<>> {
        self.help.clone().map(|h| view! { <p class="help">{h}</p> })
    }
}

/// The id of the element that holds a field's error.
fn err_id(item: &Item) -> String {
    format!("err-{}", item.key)
}

/// A scale or choice question: a fieldset of radio buttons.
fn choice_field(instrument: &Instrument, item: &Item, value: Option<String>, f: Frame) -> AnyView {
    let options = radio_options(instrument, item, value.as_deref(), f.lang);
    let layout = if item.kind == ItemKind::Scale {
        "options scale"
    } else {
        "options"
    };
    let (help, error_view) = (f.help_view(), f.error_view());
    view! {
        <fieldset class=f.class id=f.id aria-describedby=f.described>
            <legend>
                <span class="num">{f.index}". "</span>
                {f.question}
                <span class="req">" (" {f.requirement} ")"</span>
            </legend>
            {help}
            {error_view}
            <div class=layout>{options}</div>
        </fieldset>
    }
    .into_any()
}

/// One labelled radio button per option, `value` checked.
fn radio_options(
    instrument: &Instrument,
    item: &Item,
    value: Option<&str>,
    lang: Lang,
) -> impl IntoView + use<> {
    item.options(instrument)
        .into_iter()
        .map(|o| {
            let checked = value == Some(o.value.as_str());
            let na = o.value == crate::domain::instrument::NOT_APPLICABLE;
            view! {
                <label class=if na { "option option-na" } else { "option" }>
                    <input
                        type="radio"
                        name=item.key.clone()
                        value=o.value.clone()
                        checked=checked
                        required=item.required
                    />
                    <span>{o.label.get(lang).to_string()}</span>
                </label>
            }
        })
        .collect_view()
}

/// A free-text question: a labelled text field.
fn text_field(item: &Item, value: Option<String>, f: Frame) -> AnyView {
    let input_id = format!("in-{}", item.key);
    let field = text_control(item, &input_id, value.unwrap_or_default(), &f);
    let (help, error_view) = (f.help_view(), f.error_view());
    view! {
        <div class=f.class id=f.id>
            <label for=input_id>
                <span class="num">{f.index}". "</span>
                {f.question}
                <span class="req">" (" {f.requirement} ")"</span>
            </label>
            {help}
            {error_view}
            {field}
        </div>
    }
    .into_any()
}

/// A one-line input for short answers, a text area for longer ones.
fn text_control(item: &Item, input_id: &str, value: String, f: &Frame) -> AnyView {
    let limit = item.text_limit();
    let invalid = f.has_error.then_some("true");
    if limit <= 120 {
        view! {
            <input
                type="text"
                id=input_id.to_string()
                name=item.key.clone()
                maxlength=limit
                value=value
                autocomplete="off"
                aria-describedby=f.described.clone()
                aria-invalid=invalid
            />
        }
        .into_any()
    } else {
        view! {
            <textarea
                id=input_id.to_string()
                name=item.key.clone()
                maxlength=limit
                rows="4"
                aria-describedby=f.described.clone()
                aria-invalid=invalid
            >
                {value}
            </textarea>
        }
        .into_any()
    }
}
