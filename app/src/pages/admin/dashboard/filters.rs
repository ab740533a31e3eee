//! The filters a dashboard and the ranking share: drop-downs that name
//! their choices in words, the GET form of a dashboard, and the query every
//! link carries so that following a unit keeps the questionnaire, the
//! period and the verification the assessor chose.

use crate::domain::text::Lang;
use crate::i18n::{self, Tr};
use leptos::prelude::*;

/// The filters a link to a dashboard carries.
pub const CARRIED: [&str; 3] = ["instrument", "period", "verified"];

/// `?instrument=…&period=…` of the carried filters that are set, or "".
pub fn carried_query(filters: &[(String, String)]) -> String {
    let pairs: Vec<&(String, String)> = filters
        .iter()
        .filter(|(k, v)| CARRIED.contains(&k.as_str()) && !v.is_empty())
        .collect();
    match serde_urlencoded::to_string(pairs) {
        Ok(q) if !q.is_empty() => format!("?{q}"),
        _ => String::new(),
    }
}

/// The value of filter `k`, or "".
pub fn filter_value(filters: &[(String, String)], k: &str) -> String {
    filters
        .iter()
        .find(|(n, _)| n == k)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

/// Choices from a list of codes with labels, as (value, label).
pub fn coded(list: &[(&str, Tr)], lang: Lang) -> Vec<(String, String)> {
    list.iter()
        .map(|(c, t)| (c.to_string(), t.get(lang).to_string()))
        .collect()
}

/// Choices whose label is their value (provinces).
pub fn plain(list: &[String]) -> Vec<(String, String)> {
    list.iter().map(|r| (r.clone(), r.clone())).collect()
}

/// A drop-down for filter `name`, with the current value selected and,
/// when `all` is given, a first choice with that label that sets no filter.
pub fn select(
    filters: &[(String, String)],
    name: &'static str,
    options: Vec<(String, String)>,
    all: Option<&'static str>,
) -> impl IntoView + use<> {
    let current = filter_value(filters, name);
    let opts = options
        .into_iter()
        .map(|(v, l)| {
            let sel = v == current;
            view! { <option value=v selected=sel>{l}</option> }
        })
        .collect_view();
    view! {
        <select id=format!("in-{name}") name=name>
            {all.map(|label| view! { <option value="">{label}</option> })}
            {opts}
        </select>
    }
}

/// What a dashboard's filter form offers.
#[derive(Clone, Debug, Default)]
pub struct DashboardFilters {
    /// Where the form goes: the provider's dashboard.
    pub action: String,
    /// The filters in force, as (name, value).
    pub filters: Vec<(String, String)>,
    /// Questionnaires: (`key@version`, name).
    pub instruments: Vec<(String, String)>,
    /// The provider's units: (slug, name).
    pub units: Vec<(String, String)>,
}

/// The dashboard's filter form: a GET form, so it works without
/// JavaScript and its address can be kept or shared.
pub fn dashboard_form(f: &DashboardFilters, lang: Lang) -> impl IntoView + use<> {
    let v = &f.filters[..];
    let verified = filter_value(v, "verified") == "true";
    let units = (!f.units.is_empty()).then(|| {
        view! {
            <div class="item"><label for="in-unit">{i18n::UNIT.get(lang)}</label>{select(v, "unit", f.units.clone(), Some(i18n::ALL_UNITS.get(lang)))}</div>
        }
    });
    // Folded, so on a phone the score comes first; named so the manager
    // sees where to change the questionnaire.
    view! {
        <details class="filter-box" id="dashboard-filters">
        <summary>{i18n::CHANGE_FILTERS.get(lang)}</summary>
        <form method="get" action=f.action.clone() class="admin-form filters">
            <div class="item"><label for="in-instrument">{i18n::INSTRUMENT.get(lang)}</label>{select(v, "instrument", f.instruments.clone(), None)}</div>
            {units}
            <div class="item">
                <label for="in-period">{i18n::PERIOD.get(lang)}</label>
                <input type="text" id="in-period" name="period" value=filter_value(v, "period") aria-describedby="help-period" />
                <p class="help" id="help-period">{i18n::PERIOD_HELP.get(lang)}</p>
            </div>
            <div class="item">
                <label class="option" for="in-verified">
                    <input type="checkbox" id="in-verified" name="verified" value="true" checked=verified />
                    <span>{i18n::VERIFIED_ONLY.get(lang)}</span>
                </label>
            </div>
            <button type="submit" class="button">{i18n::APPLY.get(lang)}</button>
        </form>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_carry_the_questionnaire_period_and_verification_only() {
        let f = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect()
        };
        assert_eq!(
            carried_query(&f(&[
                ("instrument", "skm@2"),
                ("level", "unit"),
                ("period", ""),
                ("verified", "true"),
                ("page", "2"),
            ])),
            "?instrument=skm%402&verified=true"
        );
        assert_eq!(carried_query(&f(&[("sort", "name")])), "");
    }
}
