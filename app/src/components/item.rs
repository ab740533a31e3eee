//! One question of the citizen's form: a fieldset of labelled radio
//! buttons, or a labelled text field, with its error beside it.

use crate::domain::instrument::{Instrument, Item, ItemKind};
use crate::domain::text::{Lang, Text};
use crate::i18n;
use leptos::prelude::*;

/// The id of the element that holds a field.
pub fn field_id(key: &str) -> String {
    format!("q-{key}")
}

/// The id of the control an error link lands on: a question's first
/// answer, or its text field (as GOV.UK's error summary does).
pub fn first_input_id(instrument: &Instrument, item: &Item) -> String {
    match item.options(instrument).first() {
        Some(first) if item.kind != ItemKind::Text => option_id(item, &first.value),
        _ => format!("in-{}", item.key),
    }
}

/// The id of one radio button.
fn option_id(item: &Item, value: &str) -> String {
    format!("in-{}-{value}", item.key)
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
    /// Whether the page opens on this question (after the first step).
    #[prop(optional)]
    focus: bool,
    /// When it is asked only after an answer to an earlier question.
    #[prop(optional_no_strip)]
    condition: Option<Condition>,
) -> impl IntoView {
    let mut frame = Frame::new(&item, index, &errors, lang);
    frame.condition = condition;
    match item.kind {
        ItemKind::Scale | ItemKind::Choice | ItemKind::Multi => {
            choice_field(&instrument, &item, value, frame, focus)
        }
        ItemKind::Text | ItemKind::Number | ItemKind::Date => text_field(&item, value, frame),
    }
}

/// A question asked only after a given answer to an earlier one: the
/// page's script shows it then; without the script it is always shown,
/// with the note saying when to answer it.
#[derive(Clone, Debug, PartialEq)]
pub struct Condition {
    /// `key=value`, for the script.
    pub rule: String,
    /// "Answer only if you answered … to question 3."
    pub note: String,
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
    /// "optional", for a question that may be left empty; required ones
    /// carry no mark (most are, and a mark on each is noise).
    requirement: Option<&'static str>,
    /// The error message, if any.
    error: Option<String>,
    /// The hint under the question, if any.
    help: Option<String>,
    /// The page's language.
    lang: Lang,
    /// When it is asked only after an earlier answer.
    condition: Option<Condition>,
}

impl Frame {
    fn new(item: &Item, index: usize, errors: &[Text], lang: Lang) -> Self {
        let has_error = !errors.is_empty();
        let requirement = (!item.required).then_some(i18n::OPTIONAL);
        Frame {
            id: field_id(&item.key),
            described: has_error.then(|| err_id(item)),
            has_error,
            class: if has_error { "item has-error" } else { "item" },
            index,
            question: item.text.get(lang).to_string(),
            requirement: requirement.map(|r| r.get(lang)),
            error: has_error.then(|| {
                errors
                    .iter()
                    .map(|e| e.get(lang).to_string())
                    .collect::<Vec<_>>()
                    .join(" ")
            }),
            help: item.help.as_ref().map(|h| h.get(lang).to_string()),
            lang,
            condition: None,
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

    /// The hint under the question, and when to answer it.
    fn help_view(&self) -> impl IntoView + use<> {
        let note = self
            .condition
            .as_ref()
            .map(|c| view! { <p class="help condition">{c.note.clone()}</p> });
        let help = self.help.clone().map(|h| view! { <p class="help">{h}</p> });
        (note, help)
    }

    /// `data-show-if`, for the script.
    fn rule(&self) -> Option<String> {
        self.condition.as_ref().map(|c| c.rule.clone())
    }
}

/// The id of the element that holds a field's error.
fn err_id(item: &Item) -> String {
    format!("err-{}", item.key)
}

/// A scale or choice question: a fieldset of radio buttons. A screening
/// question carries its polite ending: shown at once with JavaScript, and
/// reached by its own "Continue" button without it.
fn choice_field(
    instrument: &Instrument,
    item: &Item,
    value: Option<String>,
    f: Frame,
    focus: bool,
) -> AnyView {
    let options = radio_options(instrument, item, value.as_deref(), f.lang, focus);
    let rule = f.rule();
    let screening = !item.eligible.is_empty();
    let class = match (screening, f.has_error) {
        (true, true) => "item screen has-error",
        (true, false) => "item screen",
        (false, _) => f.class,
    };
    let ending = screening.then(|| screen_end(item, f.lang));
    let (help, error_view) = (f.help_view(), f.error_view());
    view! {
        <fieldset
            class=class
            id=f.id
            aria-describedby=f.described
            data-eligible=screening.then(|| item.eligible.join(" "))
            data-kind=(item.kind == ItemKind::Scale).then_some("scale")
            data-show-if=rule
        >
            <legend>
                <span class="num">{f.index}". "</span>
                {f.question}
                {f.requirement.map(|r| view! { <span class="req">" (" {r} ")"</span> })}
            </legend>
            {help}
            {error_view}
            <div class="options">{options}</div>
            {ending}
        </fieldset>
    }
    .into_any()
}

/// A screening question's two ways on: "Continue" (the first step, for a
/// page without JavaScript) and the ending for those it screens out, which
/// the page's script shows as soon as such an answer is picked.
fn screen_end(item: &Item, lang: Lang) -> impl IntoView + use<> {
    let message = item
        .ineligible_message
        .as_ref()
        .map(|m| m.get(lang).to_string())
        .unwrap_or_else(|| i18n::NOT_ELIGIBLE.get(lang).to_string());
    view! {
        <div class="screen-next">
            <button type="submit" name="screen" value="next" class="button secondary" formnovalidate=true>
                {i18n::SCREEN_NEXT.get(lang)}
            </button>
        </div>
        <div class="screen-end" role="status" hidden=true>
            <p class="lead">{message}</p>
            <button type="submit" name="screen" value="end" class="button" formnovalidate=true>
                {i18n::SCREEN_END.get(lang)}
            </button>
        </div>
    }
}

/// One labelled radio button per option, `value` checked.
fn radio_options(
    instrument: &Instrument,
    item: &Item,
    value: Option<&str>,
    lang: Lang,
    focus: bool,
) -> impl IntoView + use<> {
    // Several may be picked of a question that takes several: they are
    // sent as repeated fields, kept here comma-separated.
    let several = item.kind == ItemKind::Multi;
    let picked: Vec<&str> = match value {
        Some(v) if several => v.split(',').collect(),
        Some(v) => vec![v],
        None => vec![],
    };
    item.options(instrument)
        .into_iter()
        .enumerate()
        .map(|(n, o)| {
            let checked = picked.contains(&o.value.as_str());
            let na = o.value == crate::domain::instrument::NOT_APPLICABLE;
            view! {
                <label class=if na { "option option-na" } else { "option" }>
                    <input
                        type=if several { "checkbox" } else { "radio" }
                        id=option_id(item, &o.value)
                        name=item.key.clone()
                        value=o.value.clone()
                        checked=checked
                        required=item.required && !several && item.show_if.is_none()
                        autofocus=(focus && n == 0).then_some("")
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
    let (help, error_view, rule) = (f.help_view(), f.error_view(), f.rule());
    view! {
        <div class=f.class id=f.id data-show-if=rule>
            <label for=input_id>
                <span class="num">{f.index}". "</span>
                {f.question}
                {f.requirement.map(|r| view! { <span class="req">" (" {r} ")"</span> })}
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
    if matches!(item.kind, ItemKind::Number | ItemKind::Date) {
        let number = item.kind == ItemKind::Number;
        return view! {
            <input
                type=if number { "number" } else { "date" }
                id=input_id.to_string()
                name=item.key.clone()
                step=number.then_some("any")
                inputmode=number.then_some("decimal")
                class="short"
                value=value
                autocomplete="off"
                aria-describedby=f.described.clone()
                aria-invalid=invalid
            />
        }
        .into_any();
    }
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
                // Escaped here: Leptos writes a text area's text as it is,
                // so a typed "</textarea>" would end the field.
                inner_html=crate::domain::text::escape_text(&value)
            ></textarea>
        }
        .into_any()
    }
}
