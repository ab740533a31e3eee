//! The message names of the agency's own questions.

use super::tr::Tr;

/// Write a number here, such as 12 or 2.5.
pub const ANSWER_NOT_NUMBER: Tr = Tr("answer-not-number");

/// Write a date here as year-month-day, such as 2026-12-31.
pub const ANSWER_NOT_DATE: Tr = Tr("answer-not-date");

/// Answer only if you answered "{ $answer }" to question { $number }.
pub const ASK_ONLY_IF: Tr = Tr("ask-only-if");

/// One choice
pub const OWN_KIND_SINGLE: Tr = Tr("own-kind-single");

/// Several choices
pub const OWN_KIND_MULTI: Tr = Tr("own-kind-multi");

/// Scale 1–5
pub const OWN_KIND_SCALE5: Tr = Tr("own-kind-scale5");

/// Scale 1–4
pub const OWN_KIND_SCALE4: Tr = Tr("own-kind-scale4");

/// Short text
pub const OWN_KIND_TEXT: Tr = Tr("own-kind-text");

/// Number
pub const OWN_KIND_NUMBER: Tr = Tr("own-kind-number");

/// Date
pub const OWN_KIND_DATE: Tr = Tr("own-kind-date");

/// Very poor
pub const OWN_SCALE5_1: Tr = Tr("own-scale5-1");

/// Poor
pub const OWN_SCALE5_2: Tr = Tr("own-scale5-2");

/// Fair
pub const OWN_SCALE5_3: Tr = Tr("own-scale5-3");

/// Good
pub const OWN_SCALE5_4: Tr = Tr("own-scale5-4");

/// Very good
pub const OWN_SCALE5_5: Tr = Tr("own-scale5-5");

/// Not good
pub const OWN_SCALE4_1: Tr = Tr("own-scale4-1");

/// Fairly good
pub const OWN_SCALE4_2: Tr = Tr("own-scale4-2");

/// Good
pub const OWN_SCALE4_3: Tr = Tr("own-scale4-3");

/// Very good
pub const OWN_SCALE4_4: Tr = Tr("own-scale4-4");

/// The agency's own questions
pub const OWN_TITLE: Tr = Tr("own-title");

/// Choose what kind of answer the question takes.
pub const OWN_KIND_REQUIRED: Tr = Tr("own-kind-required");

/// Write the question in Indonesian.
pub const OWN_TEXT_REQUIRED: Tr = Tr("own-text-required");

/// Write 2 to { $most } options, one a line.
pub const OWN_OPTIONS_COUNT: Tr = Tr("own-options-count");

/// A survey asks at most { $most } questions of its own.
pub const OWN_TOO_MANY: Tr = Tr("own-too-many");

/// Choose an answer to an earlier question with options.
pub const OWN_CONDITION_INVALID: Tr = Tr("own-condition-invalid");

/// Another question is asked only after an answer to this one: change that question first.
pub const OWN_LEADS: Tr = Tr("own-leads");

/// Questions of your own, asked after the questionnaire's. Their answers never change the ORI or SKM score: that is computed from the questionnaire's questions only. Changes are made in a draft; citizens see them once published, and answers keep the version they were given under.
pub const OWN_INTRO: Tr = Tr("own-intro");

/// Version { $version } is asked now; { $n } responses were given under it.
pub const OWN_PUBLISHED: Tr = Tr("own-published");

/// Nothing is published yet: citizens are asked the questionnaire only.
pub const OWN_NONE_PUBLISHED: Tr = Tr("own-none-published");

/// Preview on a phone
pub const OWN_PREVIEW: Tr = Tr("own-preview");

/// Results per question
pub const OWN_RESULTS: Tr = Tr("own-results");

/// Add a question
pub const OWN_ADD: Tr = Tr("own-add");

/// Change the question
pub const OWN_EDIT: Tr = Tr("own-edit");

/// Change
pub const OWN_EDIT_LINK: Tr = Tr("own-edit-link");

/// No questions of your own yet.
pub const OWN_EMPTY: Tr = Tr("own-empty");

/// Move up
pub const OWN_MOVE_UP: Tr = Tr("own-move-up");

/// Remove
pub const OWN_REMOVE: Tr = Tr("own-remove");

/// It leaves the draft; a published version and its answers stay as they are.
pub const OWN_REMOVE_WARNING: Tr = Tr("own-remove-warning");

/// Yes, remove it from the draft
pub const OWN_REMOVE_YES: Tr = Tr("own-remove-yes");

/// The draft has changes citizens do not see yet.
pub const OWN_CHANGED: Tr = Tr("own-changed");

/// Publish
pub const OWN_PUBLISH: Tr = Tr("own-publish");

/// Citizens will be asked version { $version } from now on. Answers already given keep their version.
pub const OWN_PUBLISH_NEW: Tr = Tr("own-publish-new");

/// Nobody has answered version { $version } yet: it is replaced by the draft.
pub const OWN_PUBLISH_REPLACES: Tr = Tr("own-publish-replaces");

/// Yes, publish
pub const OWN_PUBLISH_YES: Tr = Tr("own-publish-yes");

/// Always asked
pub const OWN_ALWAYS: Tr = Tr("own-always");

/// Only after question { $number } is answered "{ $answer }"
pub const OWN_AFTER: Tr = Tr("own-after");

/// An answer is required
pub const OWN_REQUIRED_CHECK: Tr = Tr("own-required-check");

/// Kind of answer
pub const OWN_KIND: Tr = Tr("own-kind");

/// Question (Indonesian)
pub const OWN_TEXT_ID: Tr = Tr("own-text-id");

/// Question (English, optional)
pub const OWN_TEXT_EN: Tr = Tr("own-text-en");

/// Hint (Indonesian, optional)
pub const OWN_HELP_ID: Tr = Tr("own-help-id");

/// Hint (English, optional)
pub const OWN_HELP_EN: Tr = Tr("own-help-en");

/// Options
pub const OWN_OPTIONS: Tr = Tr("own-options");

/// For "one choice" and "several choices": one option a line. Write "Indonesian | English" to give both.
pub const OWN_OPTIONS_HELP: Tr = Tr("own-options-help");

/// Required
pub const OWN_REQUIRED: Tr = Tr("own-required");

/// When is it asked?
pub const OWN_SHOW_IF: Tr = Tr("own-show-if");

/// A question can be asked only after a given answer to an earlier question with options.
pub const OWN_SHOW_IF_HELP: Tr = Tr("own-show-if-help");

/// Save to the draft
pub const OWN_SAVE: Tr = Tr("own-save");

/// Version { $version }
pub const OWN_VERSION: Tr = Tr("own-version");

/// Versions
pub const OWN_VERSIONS: Tr = Tr("own-versions");

/// Version { $version }: { $n } counted responses.
pub const OWN_RESULTS_BASE: Tr = Tr("own-results-base");

/// These are the agency's own questions. Their answers are not part of the ORI or SKM score, which is computed from the questionnaire's questions only. Intervals are 95 %.
pub const OWN_NOT_IN_SCORE: Tr = Tr("own-not-in-score");

/// asked of { $asked }, answered by { $answered }
pub const OWN_ASKED: Tr = Tr("own-asked");

/// Mean (95 % interval)
pub const OWN_MEAN: Tr = Tr("own-mean");

/// From { $low } to { $high }
pub const OWN_SPAN: Tr = Tr("own-span");

/// Answer
pub const OWN_OPTION: Tr = Tr("own-option");

/// Count
pub const OWN_COUNT: Tr = Tr("own-count");

/// Share, % (95 % interval)
pub const OWN_SHARE: Tr = Tr("own-share");

/// { $n } written answers: only the agency reads them.
pub const OWN_TEXTS_AGENCY_ONLY: Tr = Tr("own-texts-agency-only");

/// Published: citizens are asked the new questions now.
pub const OWN_PUBLISHED_DONE: Tr = Tr("own-published-done");

/// This question is not in the draft any more.
pub const OWN_NOT_FOUND: Tr = Tr("own-not-found");
