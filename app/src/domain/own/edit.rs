//! A manager's change to the draft of a survey's own questions: a question
//! added or rewritten, removed or moved, each checked before it is kept.

use super::{MAX_QUESTIONS, OwnKind, OwnQuestion, OwnSet};
use crate::domain::answers::{FieldErrors, push_error};
use crate::domain::instrument::ShowIf;
use crate::domain::text::Text;
use crate::i18n;

/// Longest question, hint or option, in characters.
pub const MAX_WORDING: usize = 300;

/// Most options of one choice question.
pub const MAX_OPTIONS: usize = 12;

/// A question as the editor's form sends it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct QuestionForm {
    /// A kind's code.
    pub kind: String,
    /// The question in Indonesian.
    pub text_id: String,
    /// The question in English (may be empty).
    pub text_en: String,
    /// The hint in Indonesian (may be empty).
    pub help_id: String,
    /// The hint in English.
    pub help_en: String,
    /// Whether an answer is required.
    pub required: bool,
    /// One option a line: "Indonesian" or "Indonesian | English".
    pub options: String,
    /// `own-N=V`: asked only after answer V to question own-N; empty for
    /// always.
    pub show_if: String,
}

impl QuestionForm {
    /// The form filled in from a question, to edit it.
    pub fn of(q: &OwnQuestion) -> QuestionForm {
        let help = q.help.clone().unwrap_or_default();
        QuestionForm {
            kind: q.kind.code().into(),
            text_id: q.text.id.clone(),
            text_en: q.text.en.clone(),
            help_id: help.id,
            help_en: help.en,
            required: q.required,
            options: q
                .options
                .iter()
                .map(|o| {
                    if o.en.is_empty() {
                        o.id.clone()
                    } else {
                        format!("{} | {}", o.id, o.en)
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
            show_if: q
                .show_if
                .as_ref()
                .map(|c| format!("{}={}", c.key, c.value))
                .unwrap_or_default(),
        }
    }
}

fn too_long(errors: &mut FieldErrors, field: &str, value: &str) {
    if value.chars().count() > MAX_WORDING {
        push_error(
            errors,
            field,
            i18n::ANSWER_TOO_LONG.text_with(&[("limit", MAX_WORDING.into())]),
        );
    }
}

/// The set with question `key` (a new one when `None`) as `form` says;
/// every problem under its field.
pub fn save(
    set: &OwnSet,
    key: Option<&str>,
    new_key: String,
    form: &QuestionForm,
) -> Result<OwnSet, FieldErrors> {
    let mut errors = FieldErrors::new();
    let kind = OwnKind::parse(&form.kind);
    if kind.is_none() {
        push_error(&mut errors, "kind", i18n::OWN_KIND_REQUIRED.text());
    }
    let text_id = form.text_id.trim();
    if text_id.is_empty() {
        push_error(&mut errors, "text_id", i18n::OWN_TEXT_REQUIRED.text());
    }
    for (field, value) in [
        ("text_id", &form.text_id),
        ("text_en", &form.text_en),
        ("help_id", &form.help_id),
        ("help_en", &form.help_en),
    ] {
        too_long(&mut errors, field, value.trim());
    }
    let options: Vec<Text> = form
        .options
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| match l.split_once('|') {
            Some((id, en)) => Text::new(id.trim(), en.trim()),
            None => Text::new(l, ""),
        })
        .collect();
    if kind.is_some_and(OwnKind::has_options) {
        if !(2..=MAX_OPTIONS).contains(&options.len()) {
            push_error(
                &mut errors,
                "options",
                i18n::OWN_OPTIONS_COUNT.text_with(&[("most", MAX_OPTIONS.into())]),
            );
        }
        if options.iter().any(|o| o.id.is_empty()) {
            push_error(
                &mut errors,
                "options",
                i18n::OWN_OPTIONS_COUNT.text_with(&[("most", MAX_OPTIONS.into())]),
            );
        }
        for o in &options {
            too_long(&mut errors, "options", &format!("{}{}", o.id, o.en));
        }
    }
    let position = match key {
        Some(k) => set.position(k),
        None => Some(set.questions.len()),
    };
    if key.is_none() && set.questions.len() >= MAX_QUESTIONS {
        push_error(
            &mut errors,
            "_form",
            i18n::OWN_TOO_MANY.text_with(&[("most", MAX_QUESTIONS.into())]),
        );
    }
    let show_if = condition(set, position.unwrap_or(0), form.show_if.trim(), &mut errors);
    let (Some(kind), Some(position), true) = (kind, position, errors.is_empty()) else {
        return Err(errors);
    };
    let text = |id: &str, en: &str| Text::new(id.trim(), en.trim());
    let question = OwnQuestion {
        key: key.map_or(new_key, str::to_string),
        kind,
        text: text(text_id, &form.text_en),
        help: (!form.help_id.trim().is_empty()).then(|| text(&form.help_id, &form.help_en)),
        required: form.required,
        options: if kind.has_options() { options } else { vec![] },
        show_if,
    };
    let mut out = set.clone();
    if key.is_some() {
        // Later questions asked after an answer this one no longer offers
        // lose that condition's ground: refuse instead of losing it.
        let values = question.choices().len();
        let broken = out.questions[position + 1..].iter().any(|q| {
            q.show_if.as_ref().is_some_and(|c| {
                c.key == question.key && c.value.parse::<usize>().is_ok_and(|v| v > values)
            })
        });
        if broken || (!kind.can_lead() && leads(&out, &question.key)) {
            let mut errors = FieldErrors::new();
            push_error(&mut errors, "kind", i18n::OWN_LEADS.text());
            return Err(errors);
        }
        out.questions[position] = question;
    } else {
        out.questions.push(question);
    }
    Ok(out)
}

/// Whether a question is asked only after an answer to `key`.
fn leads(set: &OwnSet, key: &str) -> bool {
    set.questions
        .iter()
        .any(|q| q.show_if.as_ref().is_some_and(|c| c.key == key))
}

/// The condition `rule` names, when it is an answer to a question before
/// `position` that can lead.
fn condition(
    set: &OwnSet,
    position: usize,
    rule: &str,
    errors: &mut FieldErrors,
) -> Option<ShowIf> {
    if rule.is_empty() {
        return None;
    }
    let found = rule.split_once('=').and_then(|(key, value)| {
        let at = set.position(key).filter(|at| *at < position)?;
        let q = &set.questions[at];
        (q.kind.can_lead() && q.choices().iter().any(|c| c.value == value)).then(|| ShowIf {
            key: key.to_string(),
            value: value.to_string(),
        })
    });
    if found.is_none() {
        push_error(errors, "show_if", i18n::OWN_CONDITION_INVALID.text());
    }
    found
}

/// The set without question `key`; refused while another is asked only
/// after an answer to it.
pub fn remove(set: &OwnSet, key: &str) -> Result<OwnSet, Text> {
    if leads(set, key) {
        return Err(i18n::OWN_LEADS.text());
    }
    let mut out = set.clone();
    out.questions.retain(|q| q.key != key);
    Ok(out)
}

/// The set with question `key` one place earlier, unless that would ask
/// it before the question it follows from.
pub fn move_up(set: &OwnSet, key: &str) -> Result<OwnSet, Text> {
    let Some(at) = set.position(key).filter(|at| *at > 0) else {
        return Ok(set.clone());
    };
    let (before, this) = (&set.questions[at - 1], &set.questions[at]);
    if this.show_if.as_ref().is_some_and(|c| c.key == before.key) {
        return Err(i18n::OWN_LEADS.text());
    }
    let mut out = set.clone();
    out.questions.swap(at - 1, at);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::own::tests::sample;

    fn form(kind: &str, text: &str, options: &str, show_if: &str) -> QuestionForm {
        QuestionForm {
            kind: kind.into(),
            text_id: text.into(),
            options: options.into(),
            show_if: show_if.into(),
            required: true,
            ..QuestionForm::default()
        }
    }

    #[test]
    fn a_question_is_added_with_its_options_and_condition() {
        let set = sample();
        let out = save(
            &set,
            None,
            "own-4".into(),
            &form("multi", "Apa saja?", "A | a\nB\n\n", "own-1=1"),
        )
        .unwrap();
        let q = out.question("own-4").unwrap();
        assert_eq!(q.options, vec![Text::new("A", "a"), Text::new("B", "")]);
        assert_eq!(q.show_if.as_ref().unwrap().key, "own-1");
        assert_eq!(QuestionForm::of(q).options, "A | a\nB");
    }

    #[test]
    fn a_bad_question_says_what_is_wrong_per_field() {
        let set = sample();
        let e = save(
            &set,
            None,
            "own-4".into(),
            &form("single", " ", "Satu", "own-3=1"),
        )
        .unwrap_err();
        assert_eq!(
            e.keys().collect::<Vec<_>>(),
            ["options", "show_if", "text_id"]
        );
        let e = save(&set, None, "own-4".into(), &form("essay", "Apa?", "", "")).unwrap_err();
        assert!(e.contains_key("kind"));
        let e = save(
            &set,
            Some("own-1"),
            String::new(),
            &form("single", "Antre?", "A\nB", "own-2=1"),
        )
        .unwrap_err();
        assert!(e.contains_key("show_if"), "a condition on a later question");
    }

    #[test]
    fn a_question_others_follow_from_is_kept_whole() {
        let set = sample();
        assert!(remove(&set, "own-1").is_err());
        assert!(remove(&set, "own-2").is_ok());
        assert!(move_up(&set, "own-2").is_err());
        assert_eq!(move_up(&set, "own-3").unwrap().questions[1].key, "own-3");
        let e = save(
            &set,
            Some("own-1"),
            String::new(),
            &form("text", "Antre?", "", ""),
        )
        .unwrap_err();
        assert!(e.contains_key("kind"), "a text cannot lead");
    }
}
