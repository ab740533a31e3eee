//! Instruments: the questions of a survey, their answer scales and how they
//! are weighted. Instruments are versioned data (see `app/definitions/`),
//! never constants in code.
//!
//! The parts: the definition's types (`definition`), reading its items
//! (`items`: options, text limits, scored items), naming them on charts
//! (`short`) and checking it
//! (`validate`).

mod definition;
mod items;
mod short;
mod validate;

pub use definition::{
    ChoiceOption, Instrument, Item, ItemKind, MAX_TEXT_LEN, NOT_APPLICABLE, RESERVED_KEYS, Scale,
    ShowIf,
};
pub use items::OptionView;
pub use short::wrap_words;

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::domain::text::Text;

    /// A small instrument for tests: two weighted scale items (one with
    /// "not applicable"), a screening choice and a comment.
    pub fn sample() -> Instrument {
        let l = |s: &str| Text::new(s, s);
        Instrument {
            key: "sample".into(),
            version: 1,
            title: l("Contoh"),
            disclaimer: None,
            intro: None,
            stem: None,
            scale: Scale {
                min: 1,
                max: 4,
                labels: vec![l("1"), l("2"), l("3"), l("4")],
                not_applicable: Some(l("NA")),
            },
            conversion: 25.0,
            items: vec![
                Item {
                    options: vec![
                        ChoiceOption {
                            value: "ya".into(),
                            label: l("Ya"),
                        },
                        ChoiceOption {
                            value: "tidak".into(),
                            label: l("Tidak"),
                        },
                    ],
                    eligible: vec!["ya".into()],
                    ineligible_message: Some(l("Only users")),
                    ..item("used", ItemKind::Choice, "Used?", 1.0)
                },
                item("a", ItemKind::Scale, "A", 1.0),
                Item {
                    not_applicable: Some(false),
                    ..item("b", ItemKind::Scale, "B", 3.0)
                },
                Item {
                    required: false,
                    max_len: Some(10),
                    ..item("comment", ItemKind::Text, "Comment", 0.0)
                },
            ],
        }
    }

    /// A required item of `kind` with nothing but its key, text and weight.
    fn item(key: &str, kind: ItemKind, text: &str, weight: f64) -> Item {
        Item {
            key: key.into(),
            kind,
            text: Text::new(text, text),
            short: None,
            term: None,
            section: None,
            help: None,
            required: true,
            weight,
            labels: None,
            not_applicable: None,
            options: vec![],
            eligible: vec![],
            ineligible_message: None,
            max_len: None,
            show_if: None,
        }
    }

    #[test]
    fn sample_is_valid_and_lists_options() {
        let i = sample();
        assert_eq!(i.validate(), Ok(()));
        let a = i.item("a").unwrap();
        let values: Vec<_> = a.options(&i).into_iter().map(|o| o.value).collect();
        assert_eq!(values, ["1", "2", "3", "4", "na"]);
        let b = i.item("b").unwrap();
        assert_eq!(b.options(&i).len(), 4, "b opts out of not applicable");
    }
}
