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
    let id = field_id(&item.key);
    let err_id = format!("err-{}", item.key);
    let has_error = !errors.is_empty();
    let described = has_error.then(|| err_id.clone());
    let requirement = if item.required {
        i18n::REQUIRED
    } else {
        i18n::OPTIONAL
    };
    let error_view = has_error.then(|| {
        view! {
            <p class="field-error" id=err_id.clone()>
                {errors.iter().map(|e| e.get(lang).to_string()).collect::<Vec<_>>().join(" ")}
            </p>
        }
    });
    let help = item
        .help
        .as_ref()
        .map(|h| view! { <p class="help">{h.get(lang).to_string()}</p> });
    let question = item.text.get(lang).to_string();
    let class = if has_error { "item has-error" } else { "item" };
    match item.kind {
        ItemKind::Scale | ItemKind::Choice => {
            let options = item
                .options(&instrument)
                .into_iter()
                .map(|o| {
                    let checked = value.as_deref() == Some(o.value.as_str());
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
                .collect_view();
            let layout = if item.kind == ItemKind::Scale {
                "options scale"
            } else {
                "options"
            };
            view! {
                <fieldset class=class id=id aria-describedby=described>
                    <legend>
                        <span class="num">{index}". "</span>
                        {question}
                        <span class="req">" (" {requirement.get(lang)} ")"</span>
                    </legend>
                    {help}
                    {error_view}
                    <div class=layout>{options}</div>
                </fieldset>
            }
            .into_any()
        }
        ItemKind::Text => {
            let input_id = format!("in-{}", item.key);
            let limit = item.text_limit();
            let value = value.unwrap_or_default();
            let field = if limit <= 120 {
                view! {
                    <input
                        type="text"
                        id=input_id.clone()
                        name=item.key.clone()
                        maxlength=limit
                        value=value
                        autocomplete="off"
                        aria-describedby=described.clone()
                        aria-invalid=has_error.then_some("true")
                    />
                }
                .into_any()
            } else {
                view! {
                    <textarea
                        id=input_id.clone()
                        name=item.key.clone()
                        maxlength=limit
                        rows="4"
                        aria-describedby=described.clone()
                        aria-invalid=has_error.then_some("true")
                    >
                        {value}
                    </textarea>
                }
                .into_any()
            };
            view! {
                <div class=class id=id>
                    <label for=input_id>
                        <span class="num">{index}". "</span>
                        {question}
                        <span class="req">" (" {requirement.get(lang)} ")"</span>
                    </label>
                    {help}
                    {error_view}
                    {field}
                </div>
            }
            .into_any()
        }
    }
}
