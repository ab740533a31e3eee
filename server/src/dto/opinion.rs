//! `GET /api/v1/agencies/{slug}/opinion`: an agency's Ombudsman opinion
//! for a year, by an assessment method.

use serde::{Deserialize, Serialize};

/// A part of a component and its figure.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct OpinionPartDto {
    /// The part's key (entered figures are stored under it).
    pub key: String,
    /// Its name.
    pub label: String,
    /// `entered`, `perception` or `trust`.
    pub source: String,
    /// Its share of the component, in percent.
    pub share: f64,
    /// False where the share was not published and is an assumption.
    pub confirmed: bool,
    /// Its figure, 0–100, when there is one.
    pub value: Option<f64>,
    /// A survey figure's standard error.
    pub se: Option<f64>,
    /// A survey figure's 95 % interval.
    pub ci: Option<[f64; 2]>,
    /// A survey figure's respondents.
    pub n: Option<u64>,
    /// The surveys counted (slugs).
    pub surveys: Vec<String>,
}

/// A weighted component.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct OpinionComponentDto {
    /// The component's key.
    pub key: String,
    /// Its name.
    pub label: String,
    /// Its weight, in percent of the composite.
    pub weight: f64,
    /// False where the weight was not published and is an assumption.
    pub confirmed: bool,
    /// Its value, when every part has a figure.
    pub value: Option<f64>,
    /// Its parts.
    pub parts: Vec<OpinionPartDto>,
}

/// A label the composite's interval touches.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct OpinionLabelDto {
    /// The band's key.
    pub key: String,
    /// Its name.
    pub label: String,
    /// False where the cut-off was not published.
    pub confirmed: bool,
}

/// An entered figure that tells a different story from the users.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct DisagreementDto {
    /// The entered part.
    pub part: String,
    /// Its figure.
    pub entered: f64,
    /// The upper end of the users' perception interval.
    pub perception_upper: Option<f64>,
    /// Whether the users' answers gave a high predicate.
    pub predicate_high: bool,
    /// In words.
    pub text: String,
}

/// The opinion.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, utoipa::ToSchema)]
pub struct OpinionDto {
    /// Agency slug.
    pub agency: String,
    /// Agency name.
    pub agency_name: String,
    /// The year.
    pub year: i32,
    /// The method, `key@version`.
    pub method: String,
    /// The method's name.
    pub method_title: String,
    /// What the method has not confirmed.
    pub note: Option<String>,
    /// The components, in order.
    pub components: Vec<OpinionComponentDto>,
    /// The composite, when nothing is missing.
    pub score: Option<f64>,
    /// Its standard error.
    pub se: Option<f64>,
    /// Its 95 % interval.
    pub ci: Option<[f64; 2]>,
    /// The labels the interval touches, best first (several when it
    /// straddles a cut-off).
    pub labels: Vec<OpinionLabelDto>,
    /// Added to the label when the agency followed up every finding.
    pub clean_label: Option<String>,
    /// Whether it followed up every finding, when entered.
    pub followed_up: Option<bool>,
    /// The predicate from the perception survey: `high`, `low`,
    /// `undecided` or `too_small`.
    pub predicate: Option<String>,
    /// Parts without a figure yet (keys).
    pub missing: Vec<String>,
    /// Where the internal checks and the users disagree.
    pub disagreements: Vec<DisagreementDto>,
}
