//! Whether an instrument's definition is coherent, with each problem
//! naming the item it concerns.

use super::definition::{Instrument, Item, ItemKind, MAX_TEXT_LEN, RESERVED_KEYS};
use std::collections::BTreeSet;

impl Instrument {
    /// Checks that the definition is coherent. Each problem names the item.
    pub fn validate(&self) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        if !is_key(&self.key, '-') {
            problems.push(format!(
                "key `{}`: use lowercase letters, digits and `-`",
                self.key
            ));
        }
        if self.version == 0 {
            problems.push("version: must be 1 or more".into());
        }
        if self.title.id.trim().is_empty() {
            problems.push("title: the Indonesian title is empty".into());
        }
        if !(self.conversion.is_finite() && self.conversion > 0.0) {
            problems.push("conversion: must be a positive number".into());
        }
        let scale = &self.scale;
        let width = i32::from(scale.max) - i32::from(scale.min) + 1;
        if width < 2 {
            problems.push("scale: max must be above min".into());
        } else if scale.labels.len() as i32 != width {
            problems.push(format!(
                "scale: {} labels for {} values",
                scale.labels.len(),
                width
            ));
        }
        let mut seen = BTreeSet::new();
        for item in &self.items {
            check_item(item, width, &mut seen, &mut problems);
        }
        if self.scored_items().next().is_none() {
            problems.push("items: no scale item with a positive weight to score".into());
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

/// The problems of one item, on a scale of `width` values; `seen` holds the
/// keys of the items before it.
fn check_item<'a>(
    item: &'a Item,
    width: i32,
    seen: &mut BTreeSet<&'a str>,
    problems: &mut Vec<String>,
) {
    let at = format!("item `{}`", item.key);
    if !is_key(&item.key, '_') || item.key.len() > 40 {
        problems.push(format!(
            "{at}: key must be 1–40 lowercase letters, digits or `_`"
        ));
    }
    if RESERVED_KEYS.contains(&item.key.as_str()) {
        problems.push(format!("{at}: key is reserved for the form"));
    }
    if !seen.insert(item.key.as_str()) {
        problems.push(format!("{at}: key used twice"));
    }
    if item.text.id.trim().is_empty() {
        problems.push(format!("{at}: the Indonesian text is empty"));
    }
    if !(item.weight.is_finite() && item.weight >= 0.0) {
        problems.push(format!("{at}: weight must be 0 or more"));
    }
    match item.kind {
        ItemKind::Scale => {
            if let Some(labels) = &item.labels
                && labels.len() as i32 != width
            {
                problems.push(format!(
                    "{at}: {} labels for {} scale values",
                    labels.len(),
                    width
                ));
            }
            if !item.options.is_empty() {
                problems.push(format!("{at}: a scale item takes no options"));
            }
        }
        ItemKind::Choice | ItemKind::Multi => check_choice(item, &at, problems),
        ItemKind::Number | ItemKind::Date => {}
        ItemKind::Text => {
            if item.max_len.is_some_and(|m| m == 0 || m > MAX_TEXT_LEN) {
                problems.push(format!("{at}: max_len must be 1–{MAX_TEXT_LEN}"));
            }
        }
    }
}

/// The problems of a choice item's options and eligible values.
fn check_choice(item: &Item, at: &str, problems: &mut Vec<String>) {
    if item.options.len() < 2 {
        problems.push(format!("{at}: a choice needs at least two options"));
    }
    let mut values = BTreeSet::new();
    for o in &item.options {
        if o.value.is_empty() || o.value.len() > 40 {
            problems.push(format!("{at}: option values must be 1–40 characters"));
        }
        if !values.insert(o.value.as_str()) {
            problems.push(format!("{at}: option `{}` listed twice", o.value));
        }
    }
    for e in &item.eligible {
        if !values.contains(e.as_str()) {
            problems.push(format!("{at}: eligible value `{e}` is not an option"));
        }
    }
}

fn is_key(s: &str, sep: char) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == sep)
}

#[cfg(test)]
mod tests {
    use crate::domain::instrument::tests::sample;
    use crate::domain::text::Text;

    #[test]
    fn validation_names_the_item_and_problem() {
        let mut i = sample();
        i.items[1].key = "token".into();
        i.items[2].labels = Some(vec![Text::new("x", "x")]);
        i.items[0].eligible = vec!["maybe".into()];
        let problems = i.validate().unwrap_err();
        assert!(
            problems
                .iter()
                .any(|p| p.contains("item `token`") && p.contains("reserved"))
        );
        assert!(
            problems
                .iter()
                .any(|p| p.contains("item `b`") && p.contains("1 labels for 4"))
        );
        assert!(
            problems
                .iter()
                .any(|p| p.contains("`maybe` is not an option"))
        );
    }
}
