//! The message names of assessment methods: the forms of maladministration
//! met, the predicate, the method a survey follows and what of it is
//! unconfirmed.

use super::tr::Tr;

/// Predicate: too few respondents (`$n`, `$min`).
pub const PREDICATE_TOO_SMALL: Tr = Tr("predicate-too-small");
/// Predicate: high (`$share`, `$forms`).
pub const PREDICATE_HIGH: Tr = Tr("predicate-high");
/// Predicate: low (`$share`).
pub const PREDICATE_LOW: Tr = Tr("predicate-low");
/// Predicate: not decided yet (`$share`, `$forms`).
pub const PREDICATE_UNDECIDED: Tr = Tr("predicate-undecided");
/// After the predicate when its threshold is unconfirmed.
pub const PREDICATE_UNCONFIRMED: Tr = Tr("predicate-unconfirmed");
/// Which method a survey follows (`$title`, `$version`).
pub const METHOD_FOLLOWS: Tr = Tr("method-follows");
/// Cut-offs not published.
pub const CUTOFFS_UNPUBLISHED: Tr = Tr("cutoffs-unpublished");
/// Heading of the method note.
pub const METHOD_NOTE_TITLE: Tr = Tr("method-note-title");
/// Heading of the forms' prevalence.
pub const PREVALENCE_TITLE: Tr = Tr("prevalence-title");
/// What the prevalence means.
pub const PREVALENCE_INTRO: Tr = Tr("prevalence-intro");
/// An agency's prevalence pools its units.
pub const PREVALENCE_POOLED: Tr = Tr("prevalence-pooled");
/// Column: the form.
pub const PREVALENCE_FORM: Tr = Tr("prevalence-form");
/// Column: the share who met it.
pub const PREVALENCE_SHARE: Tr = Tr("prevalence-share");
/// Column: its 95 % interval.
pub const PREVALENCE_RANGE: Tr = Tr("prevalence-range");
/// Column: met of answered.
pub const PREVALENCE_MET: Tr = Tr("prevalence-met");
/// Label: the predicate.
pub const PREDICATE: Tr = Tr("predicate");
/// Field: the assessment method.
pub const METHOD: Tr = Tr("method");
/// Help of the method field.
pub const METHOD_HELP: Tr = Tr("method-help");
/// Method choice: none.
pub const METHOD_NONE: Tr = Tr("method-none");
/// The method does not use this questionnaire.
pub const METHOD_MISFIT: Tr = Tr("method-misfit");
