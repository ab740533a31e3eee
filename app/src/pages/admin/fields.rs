//! The controls of an admin form's fields: label, help, error and input,
//! tied together for screen readers.

use super::{Field, Input};
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// One field: its label, help, error and control, described by the help
/// and error for screen readers.
pub(super) fn field_view(f: &Field, errors: Vec<crate::domain::text::Text>, lang: Lang) -> AnyView {
    let id = format!("in-{}", f.name);
    let help_id = format!("help-{}", f.name);
    let has_error = !errors.is_empty();
    let described = described_by(f, has_error);
    let invalid = has_error.then_some("true");
    let help = f
        .help
        .map(|h| view! { <p class="help" id=help_id.clone()>{h.get(lang)}</p> });
    let error = error_view(f.name, &errors, lang);
    let class = if has_error { "item has-error" } else { "item" };
    let label_text = f.label.get(lang);
    let req_mark = f
        .required
        .then(|| view! { <span class="req">" ("{i18n::REQUIRED.get(lang)}")"</span> });
    match &f.input {
        Input::Checks(options) => {
            let boxes = check_boxes(&id, f.name, options, &f.value);
            view! {
                <fieldset class=class aria-describedby=described aria-invalid=invalid>
                    <legend>{label_text}{req_mark}</legend>
                    {help}
                    {error}
                    {boxes}
                </fieldset>
            }
            .into_any()
        }
        input => {
            let control = control(input, &id, f.name, f.value.clone(), described, invalid);
            view! {
                <div class=class>
                    <label for=id.clone()>{label_text}{req_mark}</label>
                    {help}
                    {error}
                    {control}
                </div>
            }
            .into_any()
        }
    }
}

/// The ids of a field's help and error, space-separated, when it has
/// either.
fn described_by(f: &Field, has_error: bool) -> Option<String> {
    let described = [
        f.help.is_some().then(|| format!("help-{}", f.name)),
        has_error.then(|| format!("err-{}", f.name)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    (!described.is_empty()).then_some(described)
}

/// A field's problems, beside it.
fn error_view(
    name: &str,
    errors: &[crate::domain::text::Text],
    lang: Lang,
) -> Option<impl IntoView + use<>> {
    let err_id = format!("err-{name}");
    (!errors.is_empty()).then(|| {
        view! {
            <p class="field-error" id=err_id.clone()>
                {errors.iter().map(|e| e.get(lang).to_string()).collect::<Vec<_>>().join(" ")}
            </p>
        }
    })
}

/// One labelled checkbox per option; those in `value` (one per line)
/// checked. The first box has the field's id, so labels and links reach it.
fn check_boxes(
    id: &str,
    name: &'static str,
    options: &[(String, String)],
    value: &str,
) -> impl IntoView + use<> {
    let chosen: Vec<&str> = value.lines().collect();
    options
        .iter()
        .enumerate()
        .map(|(i, (v, l))| {
            let box_id = if i == 0 {
                id.to_string()
            } else {
                format!("{id}-{i}")
            };
            let for_id = box_id.clone();
            let checked = chosen.contains(&v.as_str());
            view! {
                <label class="option" for=for_id>
                    <input type="checkbox" id=box_id name=name value=v.clone() checked=checked />
                    <span>{l.clone()}</span>
                </label>
            }
        })
        .collect_view()
}

/// The control of any field but checkboxes.
fn control(
    input: &Input,
    id: &str,
    name: &'static str,
    value: String,
    described: Option<String>,
    invalid: Option<&'static str>,
) -> AnyView {
    let id = id.to_string();
    match input {
        Input::Textarea => view! {
            <textarea id=id name=name rows="4" aria-describedby=described aria-invalid=invalid inner_html=crate::domain::text::escape_text(&value)></textarea>
        }
        .into_any(),
        Input::Select(options) => {
            let opts = options
                .iter()
                .map(|(v, l)| view! { <option value=v.clone() selected=*v == value>{l.clone()}</option> })
                .collect_view();
            view! {
                <select id=id name=name aria-describedby=described aria-invalid=invalid>{opts}</select>
            }
            .into_any()
        }
        Input::Fixed => view! {
            <p class="fixed" id=id>{value}</p>
        }
        .into_any(),
        other => text_input(other, id, name, value, described, invalid),
    }
}

/// A one-line input: text, e-mail, password, number or date. A password's
/// value is never sent back.
fn text_input(
    input: &Input,
    id: String,
    name: &'static str,
    value: String,
    described: Option<String>,
    invalid: Option<&'static str>,
) -> AnyView {
    let (kind, mode, autocomplete) = match input {
        Input::Email => ("email", None, Some("username")),
        Input::Password => ("password", None, Some("current-password")),
        Input::Number => ("text", Some("numeric"), None),
        Input::Date => ("date", None, None),
        _ => ("text", None, None),
    };
    let value = (kind != "password").then_some(value);
    view! {
        <input
            type=kind
            id=id
            name=name
            value=value
            inputmode=mode
            autocomplete=autocomplete
            aria-describedby=described
            aria-invalid=invalid
        />
    }
    .into_any()
}
