//! Which band tables fit which instrument. A band table's cut-offs were
//! published for one kind of survey: SKM's grades (PermenPANRB 14/2017)
//! read an SKM index, Ombudsman's and KPK's zones read a perception of
//! maladministration. Pairing SKM with an Ombudsman table would print a
//! grade no regulation gives, so the admin forms offer, and the server
//! accepts, only the pairs this rule allows.
//!
//! The rule goes by the table's key family, not by a field in the table:
//! a stored band-table version never changes, and the shipped ones were
//! stored before this rule existed.

/// Band-table key prefixes and the instrument keys their cut-offs read,
/// the most specific prefix first. The Ombudsman's 2025 labels also read
/// its public-trust survey.
const FAMILIES: &[(&str, &[&str])] = &[
    ("skm-", &["skm"]),
    (
        "ori-2025",
        &["maladministration-perception", "public-trust"],
    ),
    ("ori-", &["maladministration-perception"]),
    ("kpk-", &["maladministration-perception"]),
];

/// Whether the band table `band_key` may grade a survey on the instrument
/// `instrument_key`. A table of a family the rule does not know fits any
/// instrument (an assessor's new table is not refused for being new).
pub fn fits(instrument_key: &str, band_key: &str) -> bool {
    FAMILIES
        .iter()
        .find(|(prefix, _)| band_key.starts_with(prefix))
        .is_none_or(|(_, instruments)| instruments.contains(&instrument_key))
}

#[cfg(test)]
mod tests {
    use super::fits;

    #[test]
    fn skm_is_graded_only_by_skm_tables() {
        assert!(fits("skm", "skm-2017"));
        for other in ["ori-2015", "ori-2022", "ori-2025", "kpk-spi"] {
            assert!(!fits("skm", other), "{other} does not grade SKM");
        }
    }

    #[test]
    fn the_maladministration_survey_takes_ombudsman_and_kpk_tables() {
        let m = "maladministration-perception";
        for table in ["ori-2015", "ori-2022", "ori-2025", "kpk-spi"] {
            assert!(fits(m, table), "{table}");
        }
        assert!(!fits(m, "skm-2017"));
    }

    #[test]
    fn public_trust_takes_only_the_2025_labels() {
        assert!(fits("public-trust", "ori-2025"));
        for other in ["ori-2015", "ori-2022", "kpk-spi", "skm-2017"] {
            assert!(!fits("public-trust", other), "{other}");
        }
    }

    #[test]
    fn a_table_of_an_unknown_family_is_not_refused() {
        assert!(fits("skm", "daerah-2030"));
        assert!(fits("maladministration-perception", "daerah-2030"));
    }
}
