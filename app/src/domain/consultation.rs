//! Public consultation (*uji publik*) of a service standard: the 14
//! components UU 25/2009 art. 21 names, each with a stable key, and the
//! agency's answer to what the public said about one.

use crate::i18n::{self, Tr};

/// One component of a service standard.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Component {
    /// Stable key, stored with drafts and votes.
    pub key: &'static str,
    /// The name of the draft's field on the manager's form.
    pub field: &'static str,
    /// Its name.
    pub name: Tr,
}

const fn c(key: &'static str, field: &'static str, name: &'static str) -> Component {
    Component {
        key,
        field,
        name: Tr(name),
    }
}

/// The components, in the law's order.
pub const COMPONENTS: &[Component] = &[
    c("legal_basis", "draft_legal_basis", "uji-c-legal-basis"),
    c("requirements", "draft_requirements", "uji-c-requirements"),
    c("procedure", "draft_procedure", "uji-c-procedure"),
    c("time", "draft_time", "uji-c-time"),
    c("cost", "draft_cost", "uji-c-cost"),
    c("product", "draft_product", "uji-c-product"),
    c("facilities", "draft_facilities", "uji-c-facilities"),
    c("competence", "draft_competence", "uji-c-competence"),
    c("supervision", "draft_supervision", "uji-c-supervision"),
    c("complaints", "draft_complaints", "uji-c-complaints"),
    c("staff", "draft_staff", "uji-c-staff"),
    c("guarantee", "draft_guarantee", "uji-c-guarantee"),
    c("safety", "draft_safety", "uji-c-safety"),
    c("evaluation", "draft_evaluation", "uji-c-evaluation"),
];

/// The component with this key.
pub fn component(key: &str) -> Option<&'static Component> {
    COMPONENTS.iter().find(|c| c.key == key)
}

/// The longest comment a citizen may write on one component.
pub const COMMENT_MAX: usize = 1000;

/// The longest draft or answer text a manager may write on one component.
pub const TEXT_MAX: usize = 10_000;

/// The agency's answer to what the public said about one component.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    /// Taken on as the public asked.
    Accepted,
    /// Taken on in part.
    Partly,
    /// Not taken on.
    Not,
}

impl Decision {
    /// Every decision, in the form's order.
    pub const ALL: [Decision; 3] = [Decision::Accepted, Decision::Partly, Decision::Not];

    /// The stored name.
    pub fn code(self) -> &'static str {
        match self {
            Decision::Accepted => "accepted",
            Decision::Partly => "partly",
            Decision::Not => "not",
        }
    }

    /// From the stored name.
    pub fn parse(code: &str) -> Option<Decision> {
        Decision::ALL.into_iter().find(|d| d.code() == code)
    }

    /// How it reads.
    pub fn label(self) -> Tr {
        match self {
            Decision::Accepted => i18n::UJI_DECISION_ACCEPTED,
            Decision::Partly => i18n::UJI_DECISION_PARTLY,
            Decision::Not => i18n::UJI_DECISION_NOT,
        }
    }
}

/// The name of the radio group of a component on the citizen's form.
pub fn vote_field(key: &str) -> String {
    format!("v-{key}")
}

/// The name of the comment of a component on the citizen's form.
pub fn comment_field(key: &str) -> String {
    format!("c-{key}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fourteen_components_with_distinct_keys() {
        assert_eq!(COMPONENTS.len(), 14);
        let mut keys: Vec<_> = COMPONENTS.iter().map(|c| c.key).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), 14);
        for c in COMPONENTS {
            assert_eq!(c.field, format!("draft_{}", c.key));
        }
    }

    #[test]
    fn decisions_round_trip() {
        for d in Decision::ALL {
            assert_eq!(Decision::parse(d.code()), Some(d));
        }
        assert_eq!(Decision::parse("maybe"), None);
    }
}
