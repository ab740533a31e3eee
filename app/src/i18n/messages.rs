//! The message catalogue's names: one constant per message of
//! `app/locales/id.ftl` and `en.ftl`.

use super::tr::Tr;

/// Name of the product.
pub const PRODUCT: &str = "Persepsi";
/// Link to the other language, in that language.
pub const OTHER_LANGUAGE: Tr = Tr("other-language");
/// Submit button.
pub const SUBMIT: Tr = Tr("submit");
/// Heading of the error summary.
pub const FIX_ERRORS: Tr = Tr("fix-errors");
/// Unit selector label.
pub const UNIT_LABEL: Tr = Tr("unit-label");
/// Unit selector placeholder.
pub const UNIT_CHOOSE: Tr = Tr("unit-choose");
/// Unit missing.
pub const UNIT_REQUIRED: Tr = Tr("unit-required");
/// Shown when the token was not valid or expired.
pub const TOKEN_STALE: Tr = Tr("token-stale");
/// Marks a required question.
pub const REQUIRED: Tr = Tr("required");
/// Marks an optional question.
pub const OPTIONAL: Tr = Tr("optional");
/// Progress: `$count` of `$total` questions answered.
pub const PROGRESS: Tr = Tr("progress");
/// Thanks page heading.
pub const THANKS_TITLE: Tr = Tr("thanks-title");
/// Thanks page body.
pub const THANKS_BODY: Tr = Tr("thanks-body");
/// Thanks page: what happens next.
pub const THANKS_NEXT: Tr = Tr("thanks-next");
/// Link to results.
pub const SEE_RESULTS: Tr = Tr("see-results");
/// Results heading.
pub const RESULTS_TITLE: Tr = Tr("results-title");
/// Label for the score.
pub const SCORE: Tr = Tr("score");
/// Label for the number of responses.
pub const RESPONSES: Tr = Tr("responses");
/// Label for the band.
pub const BAND: Tr = Tr("band");
/// No score yet.
pub const NO_SCORE: Tr = Tr("no-score");
/// Too few responses for a band.
pub const SAMPLE_TOO_SMALL: Tr = Tr("sample-too-small");
/// Band cut-off not published.
pub const UNCONFIRMED: Tr = Tr("unconfirmed");
/// Joins bands: "B or C".
pub const OR: Tr = Tr("or");
/// The interval straddles a cut-off.
pub const BAND_UNCERTAIN: Tr = Tr("band-uncertain");
/// Label of the interval.
pub const CI95: Tr = Tr("ci95");
/// Sample adequacy.
pub const REQUIRED_SAMPLE: Tr = Tr("required-sample");
/// Its method.
pub const KREJCIE_MORGAN: Tr = Tr("krejcie-morgan");
/// Suspect responses.
pub const SUSPECT_EXCLUDED: Tr = Tr("suspect-excluded");
/// Period label.
pub const PERIOD: Tr = Tr("period");
/// Trend lead.
pub const CHANGE_FROM: Tr = Tr("change-from");
/// A change beyond noise.
pub const CHANGE_REAL: Tr = Tr("change-real");
/// A change within noise.
pub const CHANGE_NOISE: Tr = Tr("change-noise");
/// Nothing to compare.
pub const NO_COMPARISON: Tr = Tr("no-comparison");
/// Per-unit table heading.
pub const PER_UNIT: Tr = Tr("per-unit");
/// Column: unit.
pub const UNIT: Tr = Tr("unit");
/// Per-item table heading.
pub const PER_ITEM: Tr = Tr("per-item");
/// Column: question.
pub const QUESTION: Tr = Tr("question");
/// Column: mean.
pub const MEAN: Tr = Tr("mean");
/// Column: n.
pub const ANSWERED: Tr = Tr("answered");
/// Back to the form.
pub const BACK_TO_FORM: Tr = Tr("back-to-form");
/// 404 title.
pub const NOT_FOUND_TITLE: Tr = Tr("not-found-title");
/// 404 body.
pub const NOT_FOUND_BODY: Tr = Tr("not-found-body");
/// 410 title.
pub const CLOSED_TITLE: Tr = Tr("closed-title");
/// 410 body.
pub const CLOSED_BODY: Tr = Tr("closed-body");
/// 429 title.
pub const TOO_MANY_TITLE: Tr = Tr("too-many-title");
/// 429 body.
pub const TOO_MANY_BODY: Tr = Tr("too-many-body");
/// How long to wait before trying again (`$seconds`).
pub const RETRY_IN: Tr = Tr("retry-in");
/// 503 title.
pub const UNAVAILABLE_TITLE: Tr = Tr("unavailable-title");
/// 503 body.
pub const UNAVAILABLE_BODY: Tr = Tr("unavailable-body");
/// 500 title.
pub const INTERNAL_TITLE: Tr = Tr("internal-title");
/// 500 body.
pub const INTERNAL_BODY: Tr = Tr("internal-body");
/// 500 detail: the reference to quote (`$reference`).
pub const INTERNAL_REFERENCE: Tr = Tr("internal-reference");
/// 413 title.
pub const TOO_LARGE_TITLE: Tr = Tr("too-large-title");
/// 413 body.
pub const TOO_LARGE_BODY: Tr = Tr("too-large-body");
/// Anonymity note in the footer.
pub const FOOTER: Tr = Tr("footer");
/// Service code field label.
pub const CODE_LABEL: Tr = Tr("code-label");
/// Service code help.
pub const CODE_HELP: Tr = Tr("code-help");
/// Label of the field hidden from people (read only by bots).
pub const HONEYPOT_LABEL: Tr = Tr("honeypot-label");
/// A repeat answer refused by the survey's device policy.
pub const REPEAT_TITLE: Tr = Tr("repeat-title");
/// Its explanation.
pub const REPEAT_BODY: Tr = Tr("repeat-body");
/// A visible resource the role may not change.
pub const FORBIDDEN_TITLE: Tr = Tr("forbidden-title");
/// Its explanation.
pub const FORBIDDEN_BODY: Tr = Tr("forbidden-body");

// ---- Admin pages -----------------------------------------------------------

/// Admin header.
pub const ADMIN: Tr = Tr("admin");
/// Nav: home.
pub const NAV_HOME: Tr = Tr("nav-home");
/// Nav: password.
pub const NAV_PASSWORD: Tr = Tr("nav-password");
/// Nav: sign out.
pub const NAV_LOGOUT: Tr = Tr("nav-logout");
/// Login heading.
pub const LOGIN_TITLE: Tr = Tr("login-title");
/// Login intro.
pub const LOGIN_INTRO: Tr = Tr("login-intro");
/// E-mail field.
pub const EMAIL: Tr = Tr("email");
/// Password field.
pub const PASSWORD: Tr = Tr("password");
/// Login button.
pub const LOGIN: Tr = Tr("login");
/// Wrong e-mail or password.
pub const LOGIN_FAILED: Tr = Tr("login-failed");
/// Anti-forgery check failed.
pub const CSRF_TITLE: Tr = Tr("csrf-title");
/// Its explanation.
pub const CSRF_BODY: Tr = Tr("csrf-body");
/// Not found (admin).
pub const ADMIN_NOT_FOUND_TITLE: Tr = Tr("admin-not-found-title");
/// Its explanation.
pub const ADMIN_NOT_FOUND_BODY: Tr = Tr("admin-not-found-body");
/// Password change heading.
pub const PASSWORD_TITLE: Tr = Tr("password-title");
/// Current password.
pub const PASSWORD_CURRENT: Tr = Tr("password-current");
/// New password.
pub const PASSWORD_NEW: Tr = Tr("password-new");
/// New password help.
pub const PASSWORD_NEW_HELP: Tr = Tr("password-new-help");
/// Current password wrong.
pub const PASSWORD_WRONG: Tr = Tr("password-wrong");
/// New password too short.
pub const PASSWORD_SHORT: Tr = Tr("password-short");
/// Saved.
pub const SAVE: Tr = Tr("save");
/// Password changed.
pub const PASSWORD_CHANGED: Tr = Tr("password-changed");
/// Agencies heading.
pub const AGENCIES: Tr = Tr("agencies");
/// New agency.
pub const AGENCY_NEW: Tr = Tr("agency-new");
/// Edit agency.
pub const AGENCY_EDIT: Tr = Tr("agency-edit");
/// Name.
pub const NAME: Tr = Tr("name");
/// Slug.
pub const SLUG: Tr = Tr("slug");
/// Slug help.
pub const SLUG_HELP: Tr = Tr("slug-help");
/// Kind.
pub const KIND: Tr = Tr("kind");
/// Region.
pub const REGION: Tr = Tr("region");
/// Parent.
pub const PARENT: Tr = Tr("parent");
/// None choice.
pub const NONE: Tr = Tr("none");
/// Units heading.
pub const UNITS: Tr = Tr("units");
/// New unit.
pub const UNIT_NEW: Tr = Tr("unit-new");
/// Edit unit.
pub const UNIT_EDIT: Tr = Tr("unit-edit");
/// Sector.
pub const SECTOR: Tr = Tr("sector");
/// Expected users.
pub const EXPECTED_USERS: Tr = Tr("expected-users");
/// Expected users help.
pub const EXPECTED_USERS_HELP: Tr = Tr("expected-users-help");
/// Edit link.
pub const EDIT: Tr = Tr("edit");
/// Surveys heading.
pub const SURVEYS: Tr = Tr("surveys");
/// New survey.
pub const SURVEY_NEW: Tr = Tr("survey-new");
/// Edit survey.
pub const SURVEY_EDIT: Tr = Tr("survey-edit");
/// Title field.
pub const TITLE: Tr = Tr("title");
/// Instrument field.
pub const INSTRUMENT: Tr = Tr("instrument");
/// Instrument locked.
pub const INSTRUMENT_LOCKED: Tr = Tr("instrument-locked");
/// Band table field.
pub const BAND_TABLE: Tr = Tr("band-table");
/// Opens.
pub const OPENS: Tr = Tr("opens");
/// Closes.
pub const CLOSES: Tr = Tr("closes");
/// Date help.
pub const DATE_HELP: Tr = Tr("date-help");
/// Embed origins.
pub const EMBED_ORIGINS: Tr = Tr("embed-origins");
/// Embed origins help.
pub const EMBED_ORIGINS_HELP: Tr = Tr("embed-origins-help");
/// Device policy.
pub const DEVICE_POLICY: Tr = Tr("device-policy");
/// Allow.
pub const POLICY_ALLOW: Tr = Tr("policy-allow");
/// Flag.
pub const POLICY_FLAG: Tr = Tr("policy-flag");
/// Reject.
pub const POLICY_REJECT: Tr = Tr("policy-reject");
/// Status.
pub const STATUS: Tr = Tr("status");
/// Draft.
pub const STATUS_DRAFT: Tr = Tr("status-draft");
/// Open.
pub const STATUS_OPEN: Tr = Tr("status-open");
/// Closed.
pub const STATUS_CLOSED: Tr = Tr("status-closed");
/// Publish button.
pub const PUBLISH: Tr = Tr("publish");
/// Close button.
pub const CLOSE_SURVEY: Tr = Tr("close-survey");
/// Wrong status change.
pub const STATUS_CHANGE_BAD: Tr = Tr("status-change-bad");
/// Responses count.
pub const RESPONSES_SO_FAR: Tr = Tr("responses-so-far");
/// Public link.
pub const PUBLIC_LINK: Tr = Tr("public-link");
/// QR heading.
pub const QR_CODES: Tr = Tr("qr-codes");
/// Whole survey.
pub const WHOLE_SURVEY: Tr = Tr("whole-survey");
/// Shown instead of a draft's QR codes.
pub const QR_AFTER_PUBLISH: Tr = Tr("qr-after-publish");
/// Poster link.
pub const POSTER: Tr = Tr("poster");
/// Embed heading.
pub const EMBED: Tr = Tr("embed");
/// Embed help.
pub const EMBED_HELP: Tr = Tr("embed-help");
/// Results link.
pub const RESULTS_LINK: Tr = Tr("results-link");
/// Codes heading.
pub const CODES: Tr = Tr("codes");
/// Codes help.
pub const CODES_HELP: Tr = Tr("codes-help");
/// Code count.
pub const CODE_COUNT: Tr = Tr("code-count");
/// Code expiry.
pub const CODE_EXPIRY: Tr = Tr("code-expiry");
/// Generate.
pub const GENERATE: Tr = Tr("generate");
/// Generated.
pub const CODES_MADE: Tr = Tr("codes-made");
/// Print.
pub const PRINT: Tr = Tr("print");
/// Back.
pub const BACK: Tr = Tr("back");
/// Poster headline.
pub const POSTER_HEADLINE: Tr = Tr("poster-headline");
/// Poster instruction.
pub const POSTER_INSTRUCTION: Tr = Tr("poster-instruction");
/// Poster fallback.
pub const POSTER_OR_OPEN: Tr = Tr("poster-or-open");
/// Required field.
pub const FIELD_REQUIRED: Tr = Tr("field-required");
/// Invalid slug.
pub const SLUG_BAD: Tr = Tr("slug-bad");
/// Slug taken.
pub const SLUG_TAKEN: Tr = Tr("slug-taken");
/// Too long.
pub const TOO_LONG: Tr = Tr("too-long");
/// Unknown choice.
pub const BAD_CHOICE: Tr = Tr("bad-choice");
/// Bad number.
pub const BAD_NUMBER: Tr = Tr("bad-number");
/// Bad date.
pub const BAD_DATE: Tr = Tr("bad-date");
/// Close before open.
pub const CLOSES_BEFORE: Tr = Tr("closes-before");
/// Bad origin.
pub const BAD_ORIGIN: Tr = Tr("bad-origin");
/// No unit.
pub const UNITS_REQUIRED: Tr = Tr("units-required");
/// No units yet.
pub const NO_UNITS: Tr = Tr("no-units");
/// No surveys yet.
pub const NO_SURVEYS: Tr = Tr("no-surveys");
/// Signed in as.
pub const SIGNED_IN_AS: Tr = Tr("signed-in-as");
/// Heading of an admin form's error summary.
pub const FIX_ERRORS_ADMIN: Tr = Tr("fix-errors-admin");
/// Exports heading.
pub const EXPORTS: Tr = Tr("exports");
/// Exports intro.
pub const EXPORTS_INTRO: Tr = Tr("exports-intro");
/// All.
pub const ALL: Tr = Tr("all");
/// Period help.
pub const PERIOD_HELP: Tr = Tr("period-help");
/// Verified only.
pub const VERIFIED_ONLY: Tr = Tr("verified-only");
/// With suspect.
pub const WITH_SUSPECT: Tr = Tr("with-suspect");
/// BOM.
pub const EXCEL_BOM: Tr = Tr("excel-bom");
/// Format.
pub const FORMAT: Tr = Tr("format");
/// Codebook.
pub const CODEBOOK: Tr = Tr("codebook");
/// Download.
pub const DOWNLOAD: Tr = Tr("download");
/// Progress note.
pub const EXPORT_PROGRESS: Tr = Tr("export-progress");
/// Nav: exports.
pub const NAV_EXPORTS: Tr = Tr("nav-exports");
/// Tokens heading.
pub const TOKENS: Tr = Tr("tokens");
/// Tokens intro.
pub const TOKENS_INTRO: Tr = Tr("tokens-intro");
/// Shown once.
pub const TOKEN_ONCE: Tr = Tr("token-once");
/// Token name.
pub const TOKEN_NAME: Tr = Tr("token-name");
/// Create token.
pub const TOKEN_CREATE: Tr = Tr("token-create");
/// Revoke.
pub const REVOKE: Tr = Tr("revoke");
/// Revoked.
pub const REVOKED: Tr = Tr("revoked");
/// Nav: tokens.
pub const NAV_TOKENS: Tr = Tr("nav-tokens");
/// Verified share.
pub const VERIFIED_SHARE: Tr = Tr("verified-share");
/// Verified (column).
pub const VERIFIED: Tr = Tr("verified");
/// Suspect count.
pub const SUSPECT_COUNT: Tr = Tr("suspect-count");
/// As a table.
pub const AS_TABLE: Tr = Tr("as-table");
/// Trend.
pub const TREND: Tr = Tr("trend");
/// Ranking.
pub const RANKING: Tr = Tr("ranking");
/// Level.
pub const LEVEL: Tr = Tr("level");
/// Agencies level.
pub const LEVEL_AGENCY: Tr = Tr("level-agency");
/// Units level.
pub const LEVEL_UNIT: Tr = Tr("level-unit");
/// Sort.
pub const SORT: Tr = Tr("sort");
/// Best first.
pub const SORT_BEST: Tr = Tr("sort-best");
/// Worst first.
pub const SORT_WORST: Tr = Tr("sort-worst");
/// Most responses first.
pub const SORT_N: Tr = Tr("sort-n");
/// By name.
pub const SORT_NAME: Tr = Tr("sort-name");
/// Apply.
pub const APPLY: Tr = Tr("apply");
/// Count of ranked.
pub const RANKED: Tr = Tr("ranked");
/// Export scores.
pub const EXPORT_SCORES: Tr = Tr("export-scores");
/// Pages.
pub const PAGES: Tr = Tr("pages");
/// Previous.
pub const PREV: Tr = Tr("prev");
/// Next.
pub const NEXT: Tr = Tr("next");
/// Nav: ranking.
pub const NAV_RANKING: Tr = Tr("nav-ranking");
/// Dashboard link.
pub const DASHBOARD: Tr = Tr("dashboard");
/// All periods.
pub const ALL_PERIODS: Tr = Tr("all-periods");
/// After a response that tells of maladministration: heading.
pub const COMPLAINT_TITLE: Tr = Tr("complaint-title");
/// Its explanation.
pub const COMPLAINT_BODY: Tr = Tr("complaint-body");
/// Its link.
pub const COMPLAINT_LINK: Tr = Tr("complaint-link");
/// Sending.
pub const SENDING: Tr = Tr("sending");
/// Not sent yet.
pub const NOT_SENT_YET: Tr = Tr("not-sent-yet");
/// Sent.
pub const SENT: Tr = Tr("sent");
/// Export progress: rows so far, of all.
pub const EXPORT_ROWS: Tr = Tr("export-rows");
/// Export finished.
pub const EXPORT_DONE: Tr = Tr("export-done");

// ---- Errors and notes ------------------------------------------------------

/// Wrong type: use a whole number or a string.
pub const WRONG_VALUE_TYPE: Tr = Tr("wrong-value-type");
/// The form token is missing or invalid. Reload the page.
pub const FORM_TOKEN_INVALID: Tr = Tr("form-token-invalid");
/// Unknown service unit.
pub const UNKNOWN_SERVICE_UNIT: Tr = Tr("unknown-service-unit");
/// The service code is too long.
pub const CODE_TOO_LONG: Tr = Tr("code-too-long");
/// Too many answers.
pub const TOO_MANY_ANSWERS: Tr = Tr("too-many-answers");
/// Invalid value.
pub const INVALID_VALUE: Tr = Tr("invalid-value");
/// Use agency or unit.
pub const LEVEL_INVALID: Tr = Tr("level-invalid");
/// Write the period as 2026, 2026-Q3 or 2026-11.
pub const WRITE_PERIOD_AS_2026: Tr = Tr("write-period-as-2026");
/// Sort by score, -score, n or name.
pub const SORT_INVALID: Tr = Tr("sort-invalid");
/// The surveys chosen use several questionnaires; pick one (e.g. maladministration-perception@1).
pub const SEVERAL_INSTRUMENTS: Tr = Tr("several-instruments");
/// No survey with this questionnaire within your reach.
pub const NO_SURVEY_IN_REACH: Tr = Tr("no-survey-in-reach");
/// No survey.
pub const NO_SURVEY: Tr = Tr("no-survey");
/// This service code is unknown or was used already. Check it, or leave the field empty.
pub const CODE_UNUSABLE: Tr = Tr("code-unusable");
/// Please answer this question.
pub const ANSWER_REQUIRED: Tr = Tr("answer-required");
/// Please choose one of the answers offered.
pub const INVALID_OPTION: Tr = Tr("invalid-option");
/// This survey is for people who used the service.
pub const NOT_ELIGIBLE: Tr = Tr("not-eligible");
/// The trap field hidden from people was filled in.
pub const SIGNAL_HONEYPOT: Tr = Tr("signal-honeypot");
/// Sent too soon after the form was shown.
pub const SIGNAL_FAST: Tr = Tr("signal-fast");
/// The form token belongs to another survey.
pub const SIGNAL_OTHER_SURVEY: Tr = Tr("signal-other-survey");
/// The same device answered already this month.
pub const SIGNAL_REPEAT_DEVICE: Tr = Tr("signal-repeat-device");
/// Signal: a burst from one network.
pub const SIGNAL_BURST: Tr = Tr("signal-burst");
/// Signal: the same answers over and over from one network.
pub const SIGNAL_REPEAT: Tr = Tr("signal-repeat");
/// no answers yet
pub const NO_ANSWERS_YET: Tr = Tr("no-answers-yet");
/// the confidence interval straddles a band cut-off
pub const CI_STRADDLES_BAND: Tr = Tr("ci-straddles-band");
/// Survey not found.
pub const SURVEY_NOT_FOUND: Tr = Tr("survey-not-found");
/// This survey is closed.
pub const SURVEY_CLOSED: Tr = Tr("survey-closed");
/// The service is busy; try again shortly.
pub const SERVICE_BUSY: Tr = Tr("service-busy");
/// This answer is too long: { $limit } characters at most.
pub const ANSWER_TOO_LONG: Tr = Tr("answer-too-long");
/// This survey has no question "{ $key }".
pub const UNKNOWN_ITEM: Tr = Tr("unknown-item");
/// sample too small ({ $n } of { $min })
pub const SAMPLE_TOO_SMALL_NOTE: Tr = Tr("sample-too-small-note");
/// A valid API token is needed (Authorization: Bearer psp_…).
pub const API_TOKEN_NEEDED: Tr = Tr("api-token-needed");
/// Unknown filter: { $detail }
pub const UNKNOWN_FILTER: Tr = Tr("unknown-filter");
/// Service unit not found.
pub const UNIT_NOT_FOUND: Tr = Tr("unit-not-found");
/// Invalid JSON: { $detail }
pub const INVALID_JSON: Tr = Tr("invalid-json");
/// Ask for 1 to { $max } codes.
pub const CODE_COUNT_RANGE: Tr = Tr("code-count-range");
/// Too many requests. Try again in { $seconds } seconds.
pub const TOO_MANY_REQUESTS_RETRY: Tr = Tr("too-many-requests-retry");
/// The token has expired; get a new one.
pub const TOKEN_EXPIRED: Tr = Tr("token-expired");
/// The token is not valid for this survey.
pub const TOKEN_INVALID: Tr = Tr("token-invalid");
/// Invalid parameter: { $detail }
pub const INVALID_PARAMETER: Tr = Tr("invalid-parameter");
/// Open surveys
pub const OPEN_SURVEYS: Tr = Tr("open-surveys");
/// Unknown export file.
pub const UNKNOWN_EXPORT: Tr = Tr("unknown-export");
/// An import's size.
pub const IMPORT_COUNT: Tr = Tr("import-count");
/// An import's key.
pub const IMPORT_KEY: Tr = Tr("import-key");
/// An imported response dated in the future.
pub const IMPORT_FUTURE: Tr = Tr("import-future");
/// An imported response dated before the survey opened.
pub const IMPORT_BEFORE_OPEN: Tr = Tr("import-before-open");
/// Coming back to a form already sent: heading.
pub const ALREADY_SENT_TITLE: Tr = Tr("already-sent-title");
/// Coming back to a form already sent: what happened.
pub const ALREADY_SENT_BODY: Tr = Tr("already-sent-body");
/// Coming back to a form already sent: when a new response is right.
pub const ALREADY_SENT_NEW_HINT: Tr = Tr("already-sent-new-hint");
/// Link to start a new response.
pub const START_NEW_RESPONSE: Tr = Tr("start-new-response");
/// Results: responses left out of the score, and why.
pub const LEFT_OUT_WHY: Tr = Tr("left-out-why");
/// Review of flagged responses: page title.
pub const REVIEW_TITLE: Tr = Tr("review-title");
/// Review: what the page is for.
pub const REVIEW_INTRO: Tr = Tr("review-intro");
/// Review: no flagged responses.
pub const REVIEW_NONE: Tr = Tr("review-none");
/// Review: column headings.
pub const REVIEW_NETWORK: Tr = Tr("review-network");
/// Review: signals column.
pub const REVIEW_SIGNALS: Tr = Tr("review-signals");
/// Review: when column.
pub const REVIEW_WHEN: Tr = Tr("review-when");
/// Review: count column.
pub const REVIEW_COUNT: Tr = Tr("review-count");
/// Review: restore button.
pub const REVIEW_RESTORE: Tr = Tr("review-restore");
/// Review: confirm restore.
pub const REVIEW_CONFIRM: Tr = Tr("review-confirm");
/// Review: restored state.
pub const REVIEW_RESTORED: Tr = Tr("review-restored");
/// Review: done message.
pub const REVIEW_DONE: Tr = Tr("review-done");
/// Review: no network known.
pub const REVIEW_NO_NETWORK: Tr = Tr("review-no-network");
/// Link to the review page.
pub const REVIEW_LINK: Tr = Tr("review-link");
/// Short signal names, for counts beside a score.
pub const SIGNAL_SHORT_HONEYPOT: Tr = Tr("signal-short-honeypot");
/// Short: sent too fast.
pub const SIGNAL_SHORT_FAST: Tr = Tr("signal-short-fast");
/// Short: token of another survey.
pub const SIGNAL_SHORT_OTHER_SURVEY: Tr = Tr("signal-short-other-survey");
/// Short: repeat device.
pub const SIGNAL_SHORT_REPEAT_DEVICE: Tr = Tr("signal-short-repeat-device");
/// Short: burst.
pub const SIGNAL_SHORT_BURST: Tr = Tr("signal-short-burst");
/// Short: repeated answers.
pub const SIGNAL_SHORT_REPEAT: Tr = Tr("signal-short-repeat");
/// Codes last 1 to { $max } days.
pub const CODE_DAYS_RANGE: Tr = Tr("code-days-range");
/// The request took too long to arrive.
pub const REQUEST_TOO_SLOW: Tr = Tr("request-too-slow");
/// Help beside an agency's kind and region on its manager's form.
pub const PLACE_FIXED_HELP: Tr = Tr("place-fixed-help");
/// Title of the page refusing a post from another site.
pub const ORIGIN_TITLE: Tr = Tr("origin-title");
/// Body of the page refusing a post from another site.
pub const ORIGIN_BODY: Tr = Tr("origin-body");
/// Label of the password asked before a new API token.
pub const TOKEN_PASSWORD: Tr = Tr("token-password");
/// Wrong password when creating an API token.
pub const TOKEN_PASSWORD_WRONG: Tr = Tr("token-password-wrong");
/// A new password that is too easy to guess.
pub const PASSWORD_COMMON: Tr = Tr("password-common");
/// A new password that is the account's e-mail address.
pub const PASSWORD_IS_EMAIL: Tr = Tr("password-is-email");
/// Failed sign-in attempts since the last sign-in (`$count`).
pub const FAILED_LOGINS: Tr = Tr("failed-logins");
/// The home page's description for search results and link previews.
pub const DESCRIBE_HOME: Tr = Tr("describe-home");
/// A form's description (`$survey`, `$agency`).
pub const DESCRIBE_FORM: Tr = Tr("describe-form");
/// A results page's description (`$survey`, `$agency`).
pub const DESCRIBE_RESULTS: Tr = Tr("describe-results");
/// The screening question's own button, for a page without JavaScript.
pub const SCREEN_NEXT: Tr = Tr("screen-next");
/// Ends the form politely for someone the screening question leaves out.
pub const SCREEN_END: Tr = Tr("screen-end");
/// Heading of the page that ends the form at the screening question.
pub const SCREENED_TITLE: Tr = Tr("screened-title");
/// What happened to the answers of someone screened out.
pub const SCREENED_NOTE: Tr = Tr("screened-note");
/// Who asks, why and how long, under the form's title.
pub const FORM_ABOUT: Tr = Tr("form-about");
/// Summary of the form's details.
pub const FORM_ABOUT_MORE: Tr = Tr("form-about-more");
/// What happens to the answers.
pub const FORM_ABOUT_RESULTS: Tr = Tr("form-about-results");
/// Where to ask questions.
pub const FORM_ABOUT_ASK: Tr = Tr("form-about-ask");
/// Which step of the form a section is.
pub const FORM_STEP: Tr = Tr("form-step");
/// What a page title starts with when the form has errors ("Galat: …").
pub const ERROR_TITLE_PREFIX: Tr = Tr("error-title-prefix");
/// The accessible name of the form's language switch.
pub const SWITCH_LANGUAGE_LABEL: Tr = Tr("switch-language-label");
/// Heading when too many forms were opened from one device or network.
pub const OPENING_BUSY_TITLE: Tr = Tr("opening-busy-title");
/// Body when too many forms were opened.
pub const OPENING_BUSY_BODY: Tr = Tr("opening-busy-body");

// Managing a survey: confirmations, reopening, preview, band-table fit and embedding.
/// A questionnaire or score table by name and version (`$title`, `$version`).
pub const VERSION_NAME: Tr = Tr("version-name");
/// Help beside the band-table choice: only fitting tables are offered.
pub const BANDS_FIT_HELP: Tr = Tr("bands-fit-help");
/// A band table that does not fit the chosen instrument.
pub const BANDS_MISFIT: Tr = Tr("bands-misfit");
/// Button: reopen a closed survey.
pub const REOPEN_SURVEY: Tr = Tr("reopen-survey");
/// Heading: confirm opening a draft.
pub const CONFIRM_OPEN_TITLE: Tr = Tr("confirm-open-title");
/// What opening a draft does.
pub const CONFIRM_OPEN_BODY: Tr = Tr("confirm-open-body");
/// Button: yes, open it.
pub const CONFIRM_OPEN_YES: Tr = Tr("confirm-open-yes");
/// Heading: confirm closing.
pub const CONFIRM_CLOSE_TITLE: Tr = Tr("confirm-close-title");
/// What closing does.
pub const CONFIRM_CLOSE_BODY: Tr = Tr("confirm-close-body");
/// Button: yes, close it.
pub const CONFIRM_CLOSE_YES: Tr = Tr("confirm-close-yes");
/// Heading: confirm reopening.
pub const CONFIRM_REOPEN_TITLE: Tr = Tr("confirm-reopen-title");
/// What reopening does.
pub const CONFIRM_REOPEN_BODY: Tr = Tr("confirm-reopen-body");
/// Button: yes, reopen it.
pub const CONFIRM_REOPEN_YES: Tr = Tr("confirm-reopen-yes");
/// The closing date has passed: reopening alone lets no one answer.
pub const CONFIRM_PAST_CLOSE: Tr = Tr("confirm-past-close");
/// Link: do nothing and go back.
pub const CANCEL: Tr = Tr("cancel");
/// Notice after a status change.
pub const STATUS_CHANGED: Tr = Tr("status-changed");
/// Link to preview the citizen's form.
pub const PREVIEW_LINK: Tr = Tr("preview-link");
/// Banner on a preview of the form.
pub const PREVIEW_BANNER: Tr = Tr("preview-banner");
/// Heading after sending a preview.
pub const PREVIEW_SENT_TITLE: Tr = Tr("preview-sent-title");
/// After sending a preview.
pub const PREVIEW_SENT_BODY: Tr = Tr("preview-sent-body");
/// No site may embed the survey yet: how to allow one.
pub const EMBED_NO_SITES: Tr = Tr("embed-no-sites");
/// Label of one snippet (`$name`: the unit or the whole survey).
pub const EMBED_CODE_FOR: Tr = Tr("embed-code-for");
/// Button: copy the snippet.
pub const EMBED_COPY: Tr = Tr("embed-copy");
/// After copying the snippet.
pub const EMBED_COPIED: Tr = Tr("embed-copied");
/// The link inside the snippet, for a page where the frame cannot show.
pub const EMBED_FALLBACK_LINK: Tr = Tr("embed-fallback-link");
/// Heading: check whether a site may embed.
pub const EMBED_CHECK: Tr = Tr("embed-check");
/// Label: the page address to check.
pub const EMBED_CHECK_LABEL: Tr = Tr("embed-check-label");
/// Button: check the site.
pub const EMBED_CHECK_BUTTON: Tr = Tr("embed-check-button");
/// The site may embed (`$origin`).
pub const EMBED_CHECK_OK: Tr = Tr("embed-check-ok");
/// The site may not embed (`$origin`): what to add.
pub const EMBED_CHECK_MISSING: Tr = Tr("embed-check-missing");
/// Not a web address.
pub const EMBED_CHECK_BAD: Tr = Tr("embed-check-bad");
/// A questionnaire's name in a menu (`$title`, `$version`).
pub const INSTRUMENT_CHOICE: Tr = Tr("instrument-choice");
/// The unit menu's choice that sets no unit.
pub const ALL_UNITS: Tr = Tr("all-units");
/// The ranking's order: highest first.
pub const ORDER_BEST_FIRST: Tr = Tr("order-best-first");
/// The ranking's order: lowest first.
pub const ORDER_WORST_FIRST: Tr = Tr("order-worst-first");
/// The ranking's order: most answers first.
pub const ORDER_MOST_ANSWERS: Tr = Tr("order-most-answers");
/// The ranking's order: by name.
pub const ORDER_BY_NAME: Tr = Tr("order-by-name");
/// What a place such as "2–4" means.
pub const ORDER_TIES: Tr = Tr("order-ties");
/// Caption of the table of ranked lines.
pub const RANKED_CAPTION: Tr = Tr("ranked-caption");
/// When no line has a sample large enough to rank.
pub const NOTHING_RANKED: Tr = Tr("nothing-ranked");
/// Heading of the lines that cannot be ranked yet.
pub const UNRANKED_TITLE: Tr = Tr("unranked-title");
/// Why those lines are not ranked.
pub const UNRANKED_WHY: Tr = Tr("unranked-why");
/// Column header: why a line is not ranked.
pub const WHY_NOT_RANKED: Tr = Tr("why-not-ranked");
/// Column header: an item's short name.
pub const ITEM_SHORT: Tr = Tr("item-short");
/// Label of the CSV flavour menu.
pub const CSV_FLAVOUR: Tr = Tr("csv-flavour");
/// CSV for Excel in the Indonesian locale.
pub const CSV_FOR_EXCEL: Tr = Tr("csv-for-excel");
/// CSV for programs.
pub const CSV_FOR_PROGRAMS: Tr = Tr("csv-for-programs");
/// Help under the CSV flavour menu.
pub const CSV_FLAVOUR_HELP: Tr = Tr("csv-flavour-help");
/// The folded filter form on a dashboard.
pub const CHANGE_FILTERS: Tr = Tr("change-filters");

// Public results, open data, the API's listings and documentation, token
// terms and revoking (one block, so that merges stay easy).
/// An API token past its end date.
pub const API_TOKEN_EXPIRED: Tr = Tr("api-token-expired");
/// A read-only API token on a route that changes something.
pub const API_TOKEN_READ_ONLY: Tr = Tr("api-token-read-only");
/// Legend of the token's scope choice.
pub const TOKEN_SCOPE: Tr = Tr("token-scope");
/// Scope: read only.
pub const TOKEN_SCOPE_READ: Tr = Tr("token-scope-read");
/// Scope: read and change.
pub const TOKEN_SCOPE_WRITE: Tr = Tr("token-scope-write");
/// A token's scope in the list: read only.
pub const TOKEN_SCOPE_READ_SHORT: Tr = Tr("token-scope-read-short");
/// A token's scope in the list: read and change.
pub const TOKEN_SCOPE_WRITE_SHORT: Tr = Tr("token-scope-write-short");
/// Legend of the token's end choice.
pub const TOKEN_EXPIRES: Tr = Tr("token-expires");
/// A choice of days (`$days`).
pub const TOKEN_DAYS: Tr = Tr("token-days");
/// Choice: until a date.
pub const TOKEN_UNTIL_DATE: Tr = Tr("token-until-date");
/// Label of the end date.
pub const TOKEN_UNTIL: Tr = Tr("token-until");
/// A missing, past or too far end date.
pub const TOKEN_UNTIL_WRONG: Tr = Tr("token-until-wrong");
/// A token without an end date.
pub const TOKEN_NO_END: Tr = Tr("token-no-end");
/// A token past its end date, in the list.
pub const TOKEN_ENDED: Tr = Tr("token-ended");
/// A token's last day (`$date`).
pub const TOKEN_ENDS: Tr = Tr("token-ends");
/// Link to the API documentation.
pub const API_DOCS_READ: Tr = Tr("api-docs-read");
/// Title of the page asking before a token is revoked.
pub const REVOKE_TITLE: Tr = Tr("revoke-title");
/// Question before a token is revoked (`$name`).
pub const REVOKE_ASK: Tr = Tr("revoke-ask");
/// What revoking a token does.
pub const REVOKE_WARNING: Tr = Tr("revoke-warning");
/// Button that revokes the token.
pub const REVOKE_YES: Tr = Tr("revoke-yes");
/// Link back without revoking.
pub const REVOKE_NO: Tr = Tr("revoke-no");
/// Heading of the results page's one verdict.
pub const VERDICT: Tr = Tr("verdict");
/// Too few responses for a zone (`$n` of `$need`).
pub const VERDICT_TOO_FEW: Tr = Tr("verdict-too-few");
/// The interval crosses a cut-off: no zone yet.
pub const VERDICT_BETWEEN: Tr = Tr("verdict-between");
/// The 95 % interval in one sentence (`$lo`, `$hi`).
pub const CI_SENTENCE: Tr = Tr("ci-sentence");
/// More on the 95 % interval.
pub const CI_DETAILS: Tr = Tr("ci-details");
/// What n is, in one sentence (`$n`).
pub const N_SENTENCE: Tr = Tr("n-sentence");
/// More on n.
pub const N_DETAILS: Tr = Tr("n-details");
/// The sample needed, in one sentence (`$need`).
pub const REQUIRED_SENTENCE: Tr = Tr("required-sentence");
/// How the sample needed is found (`$population`).
pub const REQUIRED_DETAILS: Tr = Tr("required-details");
/// Summary that opens an explanation.
pub const EXPLAIN_MORE: Tr = Tr("explain-more");
/// Every period: first and newest response day (`$from`, `$to`).
pub const PERIOD_ALL: Tr = Tr("period-all");
/// A period asked for (`$period`).
pub const PERIOD_ONE: Tr = Tr("period-one");
/// When the newest counted response came (`$at`).
pub const UPDATED: Tr = Tr("updated");
/// No counted response yet.
pub const NOTHING_YET: Tr = Tr("nothing-yet");
/// What the item scale's ends mean (`$min`, `$max`, `$worst`, `$best`).
pub const SCALE_MEANING: Tr = Tr("scale-meaning");
/// Share who gave an item's best answer (`$pct`, `$label`).
pub const BEST_SHARE: Tr = Tr("best-share");
/// Column: the share who gave the best answer.
pub const BEST_ANSWER: Tr = Tr("best-answer");
/// Column: the mean on the scale (`$max`).
pub const MEAN_OF: Tr = Tr("mean-of");
/// Caption of the scores by quarter.
pub const BY_QUARTER: Tr = Tr("by-quarter");
/// Column: a quarter.
pub const QUARTER: Tr = Tr("quarter");
/// The unit the results are narrowed to (`$unit`).
pub const UNIT_SHOWN: Tr = Tr("unit-shown");
/// Link back to every unit's results.
pub const RESULTS_ALL_UNITS: Tr = Tr("results-all-units");
/// Heading of the open-data area.
pub const OPEN_DATA: Tr = Tr("open-data");
/// What the open-data file holds.
pub const OPEN_DATA_NOTE: Tr = Tr("open-data-note");
/// Link to the open-data CSV.
pub const OPEN_DATA_CSV: Tr = Tr("open-data-csv");
/// A page number out of range.
pub const PAGE_RANGE: Tr = Tr("page-range");
/// Rows per page out of range.
pub const PER_PAGE_RANGE: Tr = Tr("per-page-range");
/// No such agency (or none the caller may see).
pub const AGENCY_NOT_FOUND: Tr = Tr("agency-not-found");
/// Title of the API documentation page.
pub const DOCS_TITLE: Tr = Tr("docs-title");
/// What the API documentation page is.
pub const DOCS_INTRO: Tr = Tr("docs-intro");
/// Link to the OpenAPI document.
pub const DOCS_OPENAPI: Tr = Tr("docs-openapi");
/// Heading of the documentation's contents.
pub const DOCS_CONTENTS: Tr = Tr("docs-contents");
/// Heading of the schemas.
pub const DOCS_SCHEMAS: Tr = Tr("docs-schemas");
/// Label: who may call an operation.
pub const DOCS_AUTH: Tr = Tr("docs-auth");
/// Anyone may call an operation.
pub const DOCS_AUTH_NONE: Tr = Tr("docs-auth-none");
/// An operation needs a bearer token.
pub const DOCS_AUTH_TOKEN: Tr = Tr("docs-auth-token");
/// Caption of an operation's parameters.
pub const DOCS_PARAMS: Tr = Tr("docs-params");
/// Column: a parameter's name.
pub const DOCS_NAME: Tr = Tr("docs-name");
/// Column: where a parameter goes.
pub const DOCS_IN: Tr = Tr("docs-in");
/// Column: a type.
pub const DOCS_TYPE: Tr = Tr("docs-type");
/// Column: required or not.
pub const DOCS_REQUIRED: Tr = Tr("docs-required");
/// Column: what it means.
pub const DOCS_MEANS: Tr = Tr("docs-means");
/// Column: a field.
pub const DOCS_FIELD: Tr = Tr("docs-field");
/// Yes.
pub const DOCS_YES: Tr = Tr("docs-yes");
/// No.
pub const DOCS_NO: Tr = Tr("docs-no");
/// Label: the request body.
pub const DOCS_BODY: Tr = Tr("docs-body");
/// Label: the answers.
pub const DOCS_RESPONSES: Tr = Tr("docs-responses");
/// Label: an example command.
pub const DOCS_TRY: Tr = Tr("docs-try");
/// Confirmation after an admin form was saved.
pub const SAVED: Tr = Tr("saved");
/// Heading of the sign-in form's error summary.
pub const LOGIN_FIX: Tr = Tr("login-fix");
/// Navigation: accounts.
pub const NAV_PEOPLE: Tr = Tr("nav-people");
/// Navigation: audit log.
pub const NAV_AUDIT: Tr = Tr("nav-audit");
/// A filter's choice of everything.
pub const FILTER_ALL: Tr = Tr("filter-all");
/// Button applying filters.
pub const FILTER_APPLY: Tr = Tr("filter-apply");
/// Label of the page links of a long list.
pub const PAGER: Tr = Tr("pager");
/// Link to newer entries.
pub const PAGER_NEWER: Tr = Tr("pager-newer");
/// Link to older entries.
pub const PAGER_OLDER: Tr = Tr("pager-older");
/// Accounts page heading.
pub const PEOPLE_TITLE: Tr = Tr("people-title");
/// Accounts page intro.
pub const PEOPLE_INTRO: Tr = Tr("people-intro");
/// Button: invite someone.
pub const PEOPLE_INVITE: Tr = Tr("people-invite");
/// Column and field: role.
pub const PEOPLE_ROLE: Tr = Tr("people-role");
/// Column: agency or province.
pub const PEOPLE_PLACE: Tr = Tr("people-place");
/// Column: account state.
pub const PEOPLE_STANDING: Tr = Tr("people-standing");
/// Account state: active.
pub const PEOPLE_ACTIVE: Tr = Tr("people-active");
/// Account state: invited.
pub const PEOPLE_INVITED: Tr = Tr("people-invited");
/// Account state: disabled.
pub const PEOPLE_DISABLED: Tr = Tr("people-disabled");
/// Button: disable an account.
pub const PEOPLE_DISABLE: Tr = Tr("people-disable");
/// Confirmation box before disabling.
pub const PEOPLE_DISABLE_CONFIRM: Tr = Tr("people-disable-confirm");
/// Invite form heading.
pub const PEOPLE_NEW_TITLE: Tr = Tr("people-new-title");
/// Invite form intro.
pub const PEOPLE_NEW_INTRO: Tr = Tr("people-new-intro");
/// Role: admin.
pub const ROLE_ADMIN: Tr = Tr("role-admin");
/// Role: agency manager.
pub const ROLE_MANAGER: Tr = Tr("role-manager");
/// Role: assessor.
pub const ROLE_ASSESSOR: Tr = Tr("role-assessor");
/// Field: the account's agency.
pub const PEOPLE_AGENCY: Tr = Tr("people-agency");
/// Help of the agency field.
pub const PEOPLE_AGENCY_HELP: Tr = Tr("people-agency-help");
/// Field: an assessor's province.
pub const PEOPLE_PROVINCE: Tr = Tr("people-province");
/// Help of the province field.
pub const PEOPLE_PROVINCE_HELP: Tr = Tr("people-province-help");
/// A wrong e-mail address.
pub const PEOPLE_EMAIL_BAD: Tr = Tr("people-email-bad");
/// An e-mail that has an account.
pub const PEOPLE_EMAIL_TAKEN: Tr = Tr("people-email-taken");
/// A manager without an agency.
pub const PEOPLE_AGENCY_NEEDED: Tr = Tr("people-agency-needed");
/// Heading after an invite.
pub const INVITED_TITLE: Tr = Tr("invited-title");
/// After an invite (`$email`, `$hours`).
pub const INVITED_BODY: Tr = Tr("invited-body");
/// Label of the invite link.
pub const INVITED_LINK: Tr = Tr("invited-link");
/// The link is shown once.
pub const INVITED_ONCE: Tr = Tr("invited-once");
/// Heading of the choose-a-password page.
pub const INVITE_TITLE: Tr = Tr("invite-title");
/// Intro of the choose-a-password page (`$email`).
pub const INVITE_INTRO: Tr = Tr("invite-intro");
/// An invite link that no longer works.
pub const INVITE_GONE_TITLE: Tr = Tr("invite-gone-title");
/// Why, and what to do.
pub const INVITE_GONE_BODY: Tr = Tr("invite-gone-body");
/// After choosing a password.
pub const PASSWORD_SET: Tr = Tr("password-set");
/// Audit log heading.
pub const AUDIT_TITLE: Tr = Tr("audit-title");
/// Audit log intro.
pub const AUDIT_INTRO: Tr = Tr("audit-intro");
/// No entries.
pub const AUDIT_NONE: Tr = Tr("audit-none");
/// Column: when.
pub const AUDIT_WHEN: Tr = Tr("audit-when");
/// Column: who.
pub const AUDIT_WHO: Tr = Tr("audit-who");
/// Column and filter: action.
pub const AUDIT_ACTION: Tr = Tr("audit-action");
/// Column: details.
pub const AUDIT_DETAIL: Tr = Tr("audit-detail");
/// Link to the comments inbox.
pub const COMMENTS_LINK: Tr = Tr("comments-link");
/// Comments inbox heading.
pub const COMMENTS_TITLE: Tr = Tr("comments-title");
/// Comments inbox intro.
pub const COMMENTS_INTRO: Tr = Tr("comments-intro");
/// Filter: month.
pub const COMMENTS_MONTH: Tr = Tr("comments-month");
/// Filter: flagged or not.
pub const COMMENTS_FLAG: Tr = Tr("comments-flag");
/// Filter choice: only flagged.
pub const COMMENTS_FLAGGED: Tr = Tr("comments-flagged");
/// Filter choice: only counted.
pub const COMMENTS_COUNTED: Tr = Tr("comments-counted");
/// A flagged comment.
pub const COMMENTS_FLAGGED_ONE: Tr = Tr("comments-flagged-one");
/// No comments.
pub const COMMENTS_NONE: Tr = Tr("comments-none");
/// Field: which survey the slips open.
pub const SLIPS_SURVEY: Tr = Tr("slips-survey");
/// Button: printable slips.
pub const SLIPS_PRINT: Tr = Tr("slips-print");
/// Button: CSV of the codes.
pub const SLIPS_CSV: Tr = Tr("slips-csv");
/// Slips page heading.
pub const SLIPS_TITLE: Tr = Tr("slips-title");
/// Slips page help.
pub const SLIPS_HELP: Tr = Tr("slips-help");
/// On a slip.
pub const SLIPS_ASK: Tr = Tr("slips-ask");
/// On a slip (`$date`).
pub const SLIPS_EXPIRES: Tr = Tr("slips-expires");
/// No code of the unit was sent.
pub const SLIPS_NONE: Tr = Tr("slips-none");
/// CSV column: code.
pub const CSV_CODE: Tr = Tr("csv-code");
/// CSV column: unit.
pub const CSV_UNIT: Tr = Tr("csv-unit");
/// CSV column: expiry.
pub const CSV_EXPIRES: Tr = Tr("csv-expires");
/// CSV column: used.
pub const CSV_USED: Tr = Tr("csv-used");
/// Yes.
pub const YES: Tr = Tr("yes");
/// No.
pub const NO: Tr = Tr("no");
/// Poster, step 1.
pub const POSTER_STEP1: Tr = Tr("poster-step1");
/// Poster, step 2.
pub const POSTER_STEP2: Tr = Tr("poster-step2");
/// Poster, step 3.
pub const POSTER_STEP3: Tr = Tr("poster-step3");
/// Poster: anonymous.
pub const POSTER_ANON: Tr = Tr("poster-anon");
/// Link and heading: every unit's poster.
pub const POSTERS_ALL: Tr = Tr("posters-all");
/// Help of the all-posters page.
pub const POSTERS_HELP: Tr = Tr("posters-help");
/// Filter: unit.
pub const COMMENTS_UNIT: Tr = Tr("comments-unit");
/// Agency choice: none.
pub const PEOPLE_NO_AGENCY: Tr = Tr("people-no-agency");
/// Navigation: the Ombudsman opinion.
pub const NAV_OPINION: Tr = Tr("nav-opinion");
/// Heading: the Ombudsman opinion.
pub const OPINION_TITLE: Tr = Tr("opinion-title");
/// Label: year.
pub const OPINION_YEAR: Tr = Tr("opinion-year");
/// Label: assessment method.
pub const OPINION_METHOD: Tr = Tr("opinion-method");
/// Button: show the year and method chosen.
pub const OPINION_SHOW: Tr = Tr("opinion-show");
/// Marks a number that was not published.
pub const OPINION_UNCONFIRMED: Tr = Tr("opinion-unconfirmed");
/// Marks a figure entered by an assessor.
pub const OPINION_ENTERED: Tr = Tr("opinion-entered");
/// No figure yet.
pub const OPINION_NOT_YET: Tr = Tr("opinion-not-yet");
/// Label: the composite and its interval.
pub const OPINION_COMPOSITE: Tr = Tr("opinion-composite");
/// Label: the opinion label.
pub const OPINION_LABEL: Tr = Tr("opinion-label");
/// Between two labels when the interval straddles a cut-off.
pub const OPINION_OR: Tr = Tr("opinion-or");
/// Label: the predicate.
pub const OPINION_PREDICATE: Tr = Tr("opinion-predicate");
/// Parts without a figure: `$parts`.
pub const OPINION_MISSING: Tr = Tr("opinion-missing");
/// Heading: what the method has not confirmed.
pub const OPINION_NOTE: Tr = Tr("opinion-note");
/// Link and heading: enter the assessor's figures.
pub const OPINION_EDIT: Tr = Tr("opinion-edit");
/// Link and heading: import figures from CSV.
pub const OPINION_IMPORT: Tr = Tr("opinion-import");
/// Caption of the components table.
pub const OPINION_COMPONENTS: Tr = Tr("opinion-components");
/// Column: component.
pub const OPINION_COMPONENT: Tr = Tr("opinion-component");
/// Column: weight.
pub const OPINION_WEIGHT: Tr = Tr("opinion-weight");
/// Column: part and its share.
pub const OPINION_PART: Tr = Tr("opinion-part");
/// Column: the part's figure.
pub const OPINION_FIGURE: Tr = Tr("opinion-figure");
/// Column: the component's value.
pub const OPINION_COMPONENT_VALUE: Tr = Tr("opinion-component-value");
/// Heading of the disagreement warning.
pub const OPINION_DISAGREE_TITLE: Tr = Tr("opinion-disagree-title");
/// An entered figure far above the users' perception: `$part`, `$entered`, `$upper`.
pub const OPINION_DISAGREE_GAP: Tr = Tr("opinion-disagree-gap");
/// A near-perfect entered figure while users report much maladministration: `$part`, `$entered`.
pub const OPINION_DISAGREE_HIGH: Tr = Tr("opinion-disagree-high");
/// Predicate: high.
pub const OPINION_PREDICATE_HIGH: Tr = Tr("opinion-predicate-high");
/// Predicate: low.
pub const OPINION_PREDICATE_LOW: Tr = Tr("opinion-predicate-low");
/// Predicate: not decided yet.
pub const OPINION_PREDICATE_UNDECIDED: Tr = Tr("opinion-predicate-undecided");
/// Predicate: too few respondents, `$n` of `$min`.
pub const OPINION_PREDICATE_TOO_SMALL: Tr = Tr("opinion-predicate-too-small");
/// Caption of the list of opinions: `$year`.
pub const OPINION_LIST_CAPTION: Tr = Tr("opinion-list-caption");
/// Column: provider.
pub const OPINION_AGENCY: Tr = Tr("opinion-agency");
/// Column: parts still missing.
pub const OPINION_STILL_MISSING: Tr = Tr("opinion-still-missing");
/// Nothing feeds the opinion yet.
pub const OPINION_NO_DATA: Tr = Tr("opinion-no-data");
/// Field: followed up every Ombudsman finding.
pub const OPINION_FOLLOWED_UP: Tr = Tr("opinion-followed-up");
/// Help of the follow-up field.
pub const OPINION_FOLLOWED_UP_HELP: Tr = Tr("opinion-followed-up-help");
/// Choice: not known.
pub const OPINION_UNKNOWN: Tr = Tr("opinion-unknown");
/// Choice: yes.
pub const OPINION_YES: Tr = Tr("opinion-yes");
/// Choice: no.
pub const OPINION_NO: Tr = Tr("opinion-no");
/// Help of an entered figure.
pub const OPINION_VALUE_HELP: Tr = Tr("opinion-value-help");
/// An entered figure is not 0–100.
pub const OPINION_VALUE_INVALID: Tr = Tr("opinion-value-invalid");
/// Intro of the edit form: `$year`, `$method`.
pub const OPINION_EDIT_INTRO: Tr = Tr("opinion-edit-intro");
/// Field: CSV text.
pub const OPINION_CSV: Tr = Tr("opinion-csv");
/// Help of the CSV field.
pub const OPINION_CSV_HELP: Tr = Tr("opinion-csv-help");
/// A wrong CSV line: `$line`, `$problem`.
pub const OPINION_CSV_LINE: Tr = Tr("opinion-csv-line");
/// The CSV's first line is wrong.
pub const OPINION_CSV_HEADER: Tr = Tr("opinion-csv-header");
/// A CSV line without four columns.
pub const OPINION_CSV_COLUMNS: Tr = Tr("opinion-csv-columns");
/// Unknown agency in the CSV: `$value`.
pub const OPINION_CSV_AGENCY: Tr = Tr("opinion-csv-agency");
/// Wrong year in the CSV: `$value`.
pub const OPINION_CSV_YEAR: Tr = Tr("opinion-csv-year");
/// Unknown part in the CSV: `$value`, `$parts`.
pub const OPINION_CSV_PART: Tr = Tr("opinion-csv-part");
/// Wrong value in the CSV: `$value`.
pub const OPINION_CSV_VALUE: Tr = Tr("opinion-csv-value");
/// The CSV has no figures.
pub const OPINION_CSV_EMPTY: Tr = Tr("opinion-csv-empty");
/// Follow-up plan: Follow-up plan.
pub const PLAN_TITLE: Tr = Tr("plan-title");
/// Follow-up plan: Start with the elements that scored lowest.
pub const PLAN_INTRO: Tr = Tr("plan-intro");
/// Follow-up plan: Period.
pub const PLAN_PERIOD: Tr = Tr("plan-period");
/// Follow-up plan: Elements, weakest first.
pub const PLAN_WEAKEST: Tr = Tr("plan-weakest");
/// Follow-up plan: Each element's score with its 95 % range (in brackets).
pub const PLAN_WEAKEST_CAPTION: Tr = Tr("plan-weakest-caption");
/// Follow-up plan: Element.
pub const PLAN_ELEMENT: Tr = Tr("plan-element");
/// Follow-up plan: Score (95 % range).
pub const PLAN_SCORE: Tr = Tr("plan-score");
/// Follow-up plan: Answered.
pub const PLAN_ANSWERED: Tr = Tr("plan-answered");
/// Follow-up plan: Add an action.
pub const PLAN_ADD: Tr = Tr("plan-add");
/// Follow-up plan: Actions for { $period }.
pub const PLAN_ACTIONS: Tr = Tr("plan-actions");
/// Follow-up plan: Actions, by deadline.
pub const PLAN_ACTIONS_CAPTION: Tr = Tr("plan-actions-caption");
/// Follow-up plan: No actions for this period yet.
pub const PLAN_NONE: Tr = Tr("plan-none");
/// Follow-up plan: Action.
pub const PLAN_ACTION: Tr = Tr("plan-action");
/// Follow-up plan: What will be done, in a sentence or two.
pub const PLAN_ACTION_HELP: Tr = Tr("plan-action-help");
/// Follow-up plan: Owner.
pub const PLAN_OWNER: Tr = Tr("plan-owner");
/// Follow-up plan: A role or a name, such as Head of Services.
pub const PLAN_OWNER_HELP: Tr = Tr("plan-owner-help");
/// Follow-up plan: Deadline.
pub const PLAN_DUE: Tr = Tr("plan-due");
/// Follow-up plan: Evidence and notes.
pub const PLAN_EVIDENCE: Tr = Tr("plan-evidence");
/// Follow-up plan: What was done, and where the proof is (a letter, a photo, a .
pub const PLAN_EVIDENCE_HELP: Tr = Tr("plan-evidence-help");
/// Follow-up plan: Overdue.
pub const PLAN_OVERDUE: Tr = Tr("plan-overdue");
/// Follow-up plan: Update.
pub const PLAN_UPDATE: Tr = Tr("plan-update");
/// Follow-up plan: Service unit.
pub const PLAN_UNIT: Tr = Tr("plan-unit");
/// Follow-up plan: The whole survey.
pub const PLAN_WHOLE: Tr = Tr("plan-whole");
/// Follow-up plan: New action.
pub const PLAN_NEW: Tr = Tr("plan-new");
/// Follow-up plan: Action status.
pub const PLAN_EDIT: Tr = Tr("plan-edit");
/// Follow-up plan: The { $period } plan and its outcome.
pub const PLAN_EARLIER: Tr = Tr("plan-earlier");
/// Follow-up plan: Each element's score before and after the action.
pub const PLAN_EARLIER_CAPTION: Tr = Tr("plan-earlier-caption");
/// Follow-up plan: Change.
pub const PLAN_CHANGE: Tr = Tr("plan-change");
/// Follow-up plan: Rose, beyond chance.
pub const PLAN_ROSE: Tr = Tr("plan-rose");
/// Follow-up plan: Fell, beyond chance.
pub const PLAN_FELL: Tr = Tr("plan-fell");
/// Follow-up plan: No real change.
pub const PLAN_SAME: Tr = Tr("plan-same");
/// Follow-up plan: No score yet.
pub const PLAN_NO_FIGURE: Tr = Tr("plan-no-figure");
/// Follow-up plan: Follow-up plan.
pub const PLAN_LINK: Tr = Tr("plan-link");
/// Follow-up plan: Planned.
pub const PLAN_STATUS_PLANNED: Tr = Tr("plan-status-planned");
/// Follow-up plan: In progress.
pub const PLAN_STATUS_IN_PROGRESS: Tr = Tr("plan-status-in-progress");
/// Follow-up plan: Done.
pub const PLAN_STATUS_DONE: Tr = Tr("plan-status-done");
/// Follow-up plan: Write the date like 2026-06-30.
pub const PLAN_DATE_WRONG: Tr = Tr("plan-date-wrong");
/// Follow-up plan: Too long: at most { $max } characters.
pub const PLAN_TOO_LONG: Tr = Tr("plan-too-long");
/// Follow-up plan: Choose one of this survey's elements.
pub const PLAN_ELEMENT_WRONG: Tr = Tr("plan-element-wrong");
/// Publication: The survey results this office has published: each service u.
pub const PUB_INTRO: Tr = Tr("pub-intro");
/// Publication: This office has not published any survey results yet.
pub const PUB_NONE: Tr = Tr("pub-none");
/// Publication: Period { $period }, { $n } answers.
pub const PUB_PERIOD: Tr = Tr("pub-period");
/// Publication: Overall score:.
pub const PUB_OVERALL: Tr = Tr("pub-overall");
/// Publication: Each service unit's score, { $period } (95 % range in bracke.
pub const PUB_UNITS_CAPTION: Tr = Tr("pub-units-caption");
/// Publication: Score.
pub const PUB_INDEX: Tr = Tr("pub-index");
/// Publication: What it means.
pub const PUB_VERDICT: Tr = Tr("pub-verdict");
/// Publication: Answers.
pub const PUB_RESPONDENTS: Tr = Tr("pub-respondents");
/// Publication: Badge.
pub const PUB_BADGE: Tr = Tr("pub-badge");
/// Publication: Period by period.
pub const PUB_TREND: Tr = Tr("pub-trend");
/// Publication: No improvement plan for this period yet.
pub const PUB_NO_PLAN: Tr = Tr("pub-no-plan");
/// Publication: { $done } of { $all } actions are done.
pub const PUB_PLAN_PROGRESS: Tr = Tr("pub-plan-progress");
/// Publication: { $unit }'s survey score.
pub const PUB_BADGE_TITLE: Tr = Tr("pub-badge-title");
/// Publication: See all results.
pub const PUB_SEE_ALL: Tr = Tr("pub-see-all");
/// Publication: Publish results.
pub const PUBLISH_TITLE: Tr = Tr("publish-title");
/// Publication: Choose finished periods to publish on your office's public p.
pub const PUBLISH_INTRO: Tr = Tr("publish-intro");
/// Publication: Period.
pub const PUBLISH_PERIOD: Tr = Tr("publish-period");
/// Publication: State.
pub const PUBLISH_STATE: Tr = Tr("publish-state");
/// Publication: Published.
pub const PUBLISH_PUBLISHED: Tr = Tr("publish-published");
/// Publication: Not published.
pub const PUBLISH_NOT: Tr = Tr("publish-not");
/// Publication: Publish.
pub const PUBLISH_DO: Tr = Tr("publish-do");
/// Publication: Withdraw.
pub const PUBLISH_WITHDRAW: Tr = Tr("publish-withdraw");
/// Publication: Yes, I am sure.
pub const PUBLISH_CONFIRM: Tr = Tr("publish-confirm");
/// Publication: This office's public page.
pub const PUBLISH_PAGE: Tr = Tr("publish-page");
/// Publication: Publish results.
pub const PUBLISH_LINK: Tr = Tr("publish-link");
/// Publication: Finished periods.
pub const PUBLISH_CAPTION: Tr = Tr("publish-caption");
/// Certificate: Public service report card { $year }.
pub const CERT_TITLE: Tr = Tr("cert-title");
/// Certificate: This certificate is genuine: issued by an assessor on Persep.
pub const CERT_GENUINE: Tr = Tr("cert-genuine");
/// Certificate: Service users' perception per unit (95 % range in brackets).
pub const CERT_CAPTION: Tr = Tr("cert-caption");
/// Certificate: Survey.
pub const CERT_SURVEY: Tr = Tr("cert-survey");
/// Certificate: Verification code: { $code }.
pub const CERT_CODE: Tr = Tr("cert-code");
/// Certificate: Anyone can check this certificate: open /v/ followed by the .
pub const CERT_HOW: Tr = Tr("cert-how");
/// Certificate: Unknown code.
pub const CERT_UNKNOWN_TITLE: Tr = Tr("cert-unknown-title");
/// Certificate: No certificate has this code.
pub const CERT_UNKNOWN_BODY: Tr = Tr("cert-unknown-body");
/// Certificate: Report cards and certificates.
pub const CERT_LIST: Tr = Tr("cert-list");
/// Certificate: A report card holds each unit's perception results for a yea.
pub const CERT_INTRO: Tr = Tr("cert-intro");
/// Certificate: Year.
pub const CERT_YEAR: Tr = Tr("cert-year");
/// Certificate: Issue a report card.
pub const CERT_ISSUE: Tr = Tr("cert-issue");
/// Certificate: Issued.
pub const CERT_ISSUED: Tr = Tr("cert-issued");
/// Certificate: No report cards for this agency yet.
pub const CERT_NONE: Tr = Tr("cert-none");
/// Certificate: I have checked the figures; issue it.
pub const CERT_CONFIRM: Tr = Tr("cert-confirm");
/// Survey form: whether the citizen form offers a photo proof.
pub const PROOF_PHOTOS: Tr = Tr("proof-photos");
/// Survey form: photo proof not asked.
pub const PROOF_PHOTOS_NO: Tr = Tr("proof-photos-no");
/// Survey form: photo proof asked.
pub const PROOF_PHOTOS_YES: Tr = Tr("proof-photos-yes");
/// Survey form: who sees the photos.
pub const PROOF_PHOTOS_HELP: Tr = Tr("proof-photos-help");
/// Citizen form: the photo field's label.
pub const PHOTO_LABEL: Tr = Tr("photo-label");
/// Citizen form: who sees the photo.
pub const PHOTO_HELP: Tr = Tr("photo-help");
/// Citizen form: a photo kept from the previous send.
pub const PHOTO_KEPT: Tr = Tr("photo-kept");
/// Citizen form: the file is not an image.
pub const PHOTO_NOT_IMAGE: Tr = Tr("photo-not-image");
/// Citizen form: the photo is too large.
pub const PHOTO_TOO_LARGE: Tr = Tr("photo-too-large");
/// Citizen form: the photo cannot be decoded.
pub const PHOTO_UNREADABLE: Tr = Tr("photo-unreadable");
/// Review queue: heading.
pub const PROOFS_TITLE: Tr = Tr("proofs-title");
/// Review queue: what it is.
pub const PROOFS_INTRO: Tr = Tr("proofs-intro");
/// Review queue: empty.
pub const PROOFS_NONE: Tr = Tr("proofs-none");
/// Link to the review queue.
pub const PROOFS_LINK: Tr = Tr("proofs-link");
/// Review queue column: survey.
pub const PROOF_SURVEY: Tr = Tr("proof-survey");
/// Review queue column: unit.
pub const PROOF_UNIT: Tr = Tr("proof-unit");
/// Review queue column: date sent.
pub const PROOF_DATE: Tr = Tr("proof-date");
/// The photo's alternative text.
pub const PROOF_IMAGE_ALT: Tr = Tr("proof-image-alt");
/// Button: accept.
pub const PROOF_ACCEPT: Tr = Tr("proof-accept");
/// Button: reject.
pub const PROOF_REJECT: Tr = Tr("proof-reject");
/// Field: rejection reason.
pub const PROOF_REASON: Tr = Tr("proof-reason");
/// Rejection without a reason.
pub const PROOF_REASON_REQUIRED: Tr = Tr("proof-reason-required");
/// Confirmation box.
pub const PROOF_CONFIRM: Tr = Tr("proof-confirm");
/// Decision without the confirmation box.
pub const PROOF_CONFIRM_REQUIRED: Tr = Tr("proof-confirm-required");
/// Link from the queue to one proof.
pub const PROOF_OPEN: Tr = Tr("proof-open");
/// What the verified score counts.
pub const PROOFS_VERIFIED_NOTE: Tr = Tr("proofs-verified-note");
/// Menu: the proof photos waiting for review.
pub const NAV_PROOFS: Tr = Tr("nav-proofs");
/// Report: title.
pub const REPORT_TITLE: Tr = Tr("report-title");
/// Report: the unit reported on.
pub const REPORT_FOR_UNIT: Tr = Tr("report-for-unit");
/// Report: the whole survey.
pub const REPORT_FOR_ALL: Tr = Tr("report-for-all");
/// Report: the period.
pub const REPORT_PERIOD: Tr = Tr("report-period");
/// Report: period still running.
pub const REPORT_RUNNING: Tr = Tr("report-running");
/// Report: when it was made.
pub const REPORT_MADE: Tr = Tr("report-made");
/// Report section 1.
pub const REPORT_S_INTRO: Tr = Tr("report-s-intro");
/// Report: introduction.
pub const REPORT_INTRO: Tr = Tr("report-intro");
/// Report: the questionnaire.
pub const REPORT_INSTRUMENT: Tr = Tr("report-instrument");
/// Report section 2.
pub const REPORT_S_COLLECTION: Tr = Tr("report-s-collection");
/// Report: collection dates.
pub const REPORT_DATES: Tr = Tr("report-dates");
/// Report: nothing counted.
pub const REPORT_NO_RESPONSES: Tr = Tr("report-no-responses");
/// Report: channels table.
pub const REPORT_CHANNELS: Tr = Tr("report-channels");
/// Channel: form.
pub const REPORT_CHANNEL_FORM: Tr = Tr("report-channel-form");
/// Channel: API.
pub const REPORT_CHANNEL_API: Tr = Tr("report-channel-api");
/// Channel: import.
pub const REPORT_CHANNEL_IMPORT: Tr = Tr("report-channel-import");
/// Channel: demo.
pub const REPORT_CHANNEL_DEMO: Tr = Tr("report-channel-demo");
/// Column.
pub const REPORT_COL_CHANNEL: Tr = Tr("report-col-channel");
/// Column.
pub const REPORT_COL_RESPONSES: Tr = Tr("report-col-responses");
/// Column.
pub const REPORT_COL_PERCENT: Tr = Tr("report-col-percent");
/// Report: sample enough.
pub const REPORT_SAMPLE_ENOUGH: Tr = Tr("report-sample-enough");
/// Report: sample short.
pub const REPORT_SAMPLE_SHORT: Tr = Tr("report-sample-short");
/// Report: sample unknown.
pub const REPORT_SAMPLE_UNKNOWN: Tr = Tr("report-sample-unknown");
/// Report: suspect left out.
pub const REPORT_SUSPECT: Tr = Tr("report-suspect");
/// Report: verified.
pub const REPORT_VERIFIED: Tr = Tr("report-verified");
/// Report section 3.
pub const REPORT_S_PROFILE: Tr = Tr("report-s-profile");
/// Report: no profile.
pub const REPORT_NO_PROFILE: Tr = Tr("report-no-profile");
/// Report: no answer row.
pub const REPORT_NOT_ANSWERED: Tr = Tr("report-not-answered");
/// Column.
pub const REPORT_COL_ANSWER: Tr = Tr("report-col-answer");
/// Column.
pub const REPORT_COL_COUNT: Tr = Tr("report-col-count");
/// Report section 4.
pub const REPORT_S_RESULTS: Tr = Tr("report-s-results");
/// Report: overall.
pub const REPORT_OVERALL: Tr = Tr("report-overall");
/// Report: units table.
pub const REPORT_UNITS: Tr = Tr("report-units");
/// Column.
pub const REPORT_COL_UNIT: Tr = Tr("report-col-unit");
/// Column.
pub const REPORT_COL_RESPONDENTS: Tr = Tr("report-col-respondents");
/// Column.
pub const REPORT_COL_INDEX: Tr = Tr("report-col-index");
/// Column.
pub const REPORT_COL_CI: Tr = Tr("report-col-ci");
/// Column.
pub const REPORT_COL_GRADE: Tr = Tr("report-col-grade");
/// Report: elements table.
pub const REPORT_ELEMENTS: Tr = Tr("report-elements");
/// Column.
pub const REPORT_COL_ELEMENT: Tr = Tr("report-col-element");
/// Column.
pub const REPORT_COL_ANSWERED: Tr = Tr("report-col-answered");
/// Column.
pub const REPORT_COL_MEAN: Tr = Tr("report-col-mean");
/// Column.
pub const REPORT_COL_SCORE: Tr = Tr("report-col-score");
/// Report: elements chart.
pub const REPORT_CHART_ELEMENTS: Tr = Tr("report-chart-elements");
/// Report: forms table.
pub const REPORT_FORMS: Tr = Tr("report-forms");
/// Report: forms chart.
pub const REPORT_CHART_FORMS: Tr = Tr("report-chart-forms");
/// Column.
pub const REPORT_COL_FORM: Tr = Tr("report-col-form");
/// Column.
pub const REPORT_COL_MET: Tr = Tr("report-col-met");
/// Report section 5.
pub const REPORT_S_PLAN: Tr = Tr("report-s-plan");
/// Report: weakest.
pub const REPORT_WEAKEST: Tr = Tr("report-weakest");
/// Report: no actions.
pub const REPORT_NO_ACTIONS: Tr = Tr("report-no-actions");
/// Report: actions table.
pub const REPORT_ACTIONS: Tr = Tr("report-actions");
/// Column.
pub const REPORT_COL_STATUS: Tr = Tr("report-col-status");
/// Report section 6.
pub const REPORT_S_TREND: Tr = Tr("report-s-trend");
/// Report: trend table.
pub const REPORT_TREND: Tr = Tr("report-trend");
/// Report: trend chart.
pub const REPORT_CHART_TREND: Tr = Tr("report-chart-trend");
/// Column.
pub const REPORT_COL_PERIOD: Tr = Tr("report-col-period");
/// Column.
pub const REPORT_COL_CHANGE: Tr = Tr("report-col-change");
/// Report: significant change.
pub const REPORT_SIGNIFICANT: Tr = Tr("report-significant");
/// Report: change within noise.
pub const REPORT_NOT_SIGNIFICANT: Tr = Tr("report-not-significant");
/// Report: trend sentence.
pub const REPORT_TREND_SENTENCE: Tr = Tr("report-trend-sentence");
/// Report: no trend.
pub const REPORT_NO_TREND: Tr = Tr("report-no-trend");
/// Report section 7.
pub const REPORT_S_EARLIER: Tr = Tr("report-s-earlier");
/// Report: earlier table.
pub const REPORT_EARLIER: Tr = Tr("report-earlier");
/// Report: no earlier plan.
pub const REPORT_NO_EARLIER: Tr = Tr("report-no-earlier");
/// Column.
pub const REPORT_COL_BEFORE: Tr = Tr("report-col-before");
/// Column.
pub const REPORT_COL_AFTER: Tr = Tr("report-col-after");
/// Report: earlier plan progress.
pub const REPORT_EARLIER_DONE: Tr = Tr("report-earlier-done");
/// Report section 8.
pub const REPORT_S_CONCLUSIONS: Tr = Tr("report-s-conclusions");
/// Report: signature place and date.
pub const REPORT_SIGN_PLACE: Tr = Tr("report-sign-place");
/// Report: signature role.
pub const REPORT_SIGN_ROLE: Tr = Tr("report-sign-role");
/// Report: signature line.
pub const REPORT_SIGN_NAME: Tr = Tr("report-sign-name");
/// Report annex A.
pub const REPORT_ANNEX_QUESTIONS: Tr = Tr("report-annex-questions");
/// Report: optional question.
pub const REPORT_OPTIONAL: Tr = Tr("report-optional");
/// Report: free text question.
pub const REPORT_FREE_TEXT: Tr = Tr("report-free-text");
/// Report: options.
pub const REPORT_OPTIONS: Tr = Tr("report-options");
/// Report annex B.
pub const REPORT_ANNEX_DATA: Tr = Tr("report-annex-data");
/// Report: data table.
pub const REPORT_DATA: Tr = Tr("report-data");
/// Column.
pub const REPORT_COL_SD: Tr = Tr("report-col-sd");
/// Column.
pub const REPORT_COL_COVERAGE: Tr = Tr("report-col-coverage");
/// Report annex C.
pub const REPORT_ANNEX_METHOD: Tr = Tr("report-annex-method");
/// Report: interval method.
pub const REPORT_METHOD_CI: Tr = Tr("report-method-ci");
/// Report: band table.
pub const REPORT_METHOD_BANDS: Tr = Tr("report-method-bands");
/// Report: method.
pub const REPORT_METHOD_NAME: Tr = Tr("report-method-name");
/// Report: suspect rule.
pub const REPORT_METHOD_SUSPECT: Tr = Tr("report-method-suspect");
/// Report: unconfirmed band.
pub const REPORT_UNCONFIRMED: Tr = Tr("report-unconfirmed");
/// Report: all units option.
pub const REPORT_ALL_UNITS: Tr = Tr("report-all-units");
/// Report: PDF link.
pub const REPORT_PDF: Tr = Tr("report-pdf");
/// Report: help.
pub const REPORT_HELP: Tr = Tr("report-help");
/// Survey page: link to the report.
pub const REPORT_LINK: Tr = Tr("report-link");
/// Report: page number.
pub const REPORT_PAGE: Tr = Tr("report-page");
/// Given on a kiosk tablet sooner after its previous response than one person can walk up and answer.
pub const SIGNAL_PACE: Tr = Tr("signal-pace");
/// kiosk too quick
pub const SIGNAL_SHORT_PACE: Tr = Tr("signal-short-pace");
/// Enumerator (interviews only)
pub const ROLE_ENUMERATOR: Tr = Tr("role-enumerator");
/// Tablet at the counter (kiosk)
pub const CHANNEL_KIOSK: Tr = Tr("channel-kiosk");
/// Face-to-face interview
pub const CHANNEL_INTERVIEW: Tr = Tr("channel-interview");
/// Collection: channels, kiosks and interviews
pub const FIELD_TITLE: Tr = Tr("field-title");
/// How this survey's answers were collected, per unit. Every figure counts stored responses, suspect ones included.
pub const FIELD_INTRO: Tr = Tr("field-intro");
/// Responses per unit and channel
pub const FIELD_BY_CHANNEL: Tr = Tr("field-by-channel");
/// All
pub const FIELD_TOTAL: Tr = Tr("field-total");
/// { $done } of { $target }
pub const FIELD_PROGRESS: Tr = Tr("field-progress");
/// Interview targets
pub const FIELD_TARGETS: Tr = Tr("field-targets");
/// How many interviews each unit needs (0 or empty: no target). Interviewers see the progress on their phones.
pub const FIELD_TARGETS_HELP: Tr = Tr("field-targets-help");
/// Target
pub const FIELD_TARGET: Tr = Tr("field-target");
/// Interviews
pub const FIELD_INTERVIEWED: Tr = Tr("field-interviewed");
/// Save targets
pub const FIELD_SAVE_TARGETS: Tr = Tr("field-save-targets");
/// Targets saved.
pub const FIELD_TARGETS_SAVED: Tr = Tr("field-targets-saved");
/// Write a whole number from 0 to 10,000.
pub const FIELD_TARGET_BAD: Tr = Tr("field-target-bad");
/// Interviews per interviewer
pub const FIELD_INTERVIEWERS: Tr = Tr("field-interviewers");
/// No interviews yet.
pub const FIELD_NO_INTERVIEWS: Tr = Tr("field-no-interviews");
/// Per unit
pub const FIELD_PER_UNIT: Tr = Tr("field-per-unit");
/// Newest
pub const FIELD_LAST: Tr = Tr("field-last");
/// Interviewed and self-completed scores
pub const FIELD_MODE: Tr = Tr("field-mode");
/// A unit's score from interviews beside its score from answers people gave themselves (their phone, a kiosk, an app), each with its 95% interval. Intervals far apart suggest people answer an interviewer differently.
pub const FIELD_MODE_HELP: Tr = Tr("field-mode-help");
/// Interviewed
pub const FIELD_MODE_ASKED: Tr = Tr("field-mode-asked");
/// Self-completed
pub const FIELD_MODE_OWN: Tr = Tr("field-mode-own");
/// Kiosk tablets at the counter
pub const KIOSKS_LINK: Tr = Tr("kiosks-link");
/// Kiosk tablets
pub const KIOSKS_TITLE: Tr = Tr("kiosks-title");
/// A tablet at the counter shows this survey to one respondent after another: full screen, starting over after each answer and when someone walks away. Its answers are kept on the tablet when the network drops and sent when it returns.
pub const KIOSKS_INTRO: Tr = Tr("kiosks-intro");
/// No tablet is registered yet.
pub const KIOSKS_NONE: Tr = Tr("kiosks-none");
/// Waiting to be paired (code valid until { $until })
pub const KIOSK_WAITING: Tr = Tr("kiosk-waiting");
/// Paired on { $at }
pub const KIOSK_PAIRED: Tr = Tr("kiosk-paired");
/// Revoked on { $at }
pub const KIOSK_REVOKED: Tr = Tr("kiosk-revoked");
/// Pair “{ $name }” now
pub const KIOSK_FRESH: Tr = Tr("kiosk-fresh");
/// On the tablet, open the address below (or scan the QR code) and type this code:
pub const KIOSK_FRESH_HOW: Tr = Tr("kiosk-fresh-how");
/// The code works once, until { $until }. It is not shown again.
pub const KIOSK_FRESH_UNTIL: Tr = Tr("kiosk-fresh-until");
/// Revoke
pub const KIOSK_REVOKE: Tr = Tr("kiosk-revoke");
/// “{ $name }” will stop taking answers at once. This cannot be undone: to use the tablet again, register it anew.
pub const KIOSK_REVOKE_WARNING: Tr = Tr("kiosk-revoke-warning");
/// Yes, revoke this tablet
pub const KIOSK_REVOKE_YES: Tr = Tr("kiosk-revoke-yes");
/// The tablet was revoked.
pub const KIOSK_REVOKED_DONE: Tr = Tr("kiosk-revoked-done");
/// Register a tablet
pub const KIOSK_REGISTER: Tr = Tr("kiosk-register");
/// Give it a name the staff recognise and the unit whose counter it stands at.
pub const KIOSK_REGISTER_HELP: Tr = Tr("kiosk-register-help");
/// Tablet name
pub const KIOSK_NAME: Tr = Tr("kiosk-name");
/// Write a name of up to 80 characters.
pub const KIOSK_NAME_NEEDED: Tr = Tr("kiosk-name-needed");
/// Show a face beside each answer from 1 to 4 (the words stay)
pub const KIOSK_FACES: Tr = Tr("kiosk-faces");
/// State
pub const KIOSK_STATE: Tr = Tr("kiosk-state");
/// Answers
pub const KIOSK_RESPONSES: Tr = Tr("kiosk-responses");
/// Pair this tablet
pub const PAIR_TITLE: Tr = Tr("pair-title");
/// Type the eight-digit code shown on the survey's “Kiosk tablets” page. The tablet will then show the survey to one respondent after another.
pub const PAIR_INTRO: Tr = Tr("pair-intro");
/// Pairing code
pub const PAIR_CODE: Tr = Tr("pair-code");
/// Pair
pub const PAIR_SUBMIT: Tr = Tr("pair-submit");
/// This code does not pair a tablet: it is wrong, used, expired or revoked. Ask the manager for a new one.
pub const PAIR_BAD: Tr = Tr("pair-bad");
/// How was our service today?
pub const KIOSK_ATTRACT: Tr = Tr("kiosk-attract");
/// Start
pub const KIOSK_START: Tr = Tr("kiosk-start");
/// Your answers were saved. The next person can start in a moment.
pub const KIOSK_THANKS: Tr = Tr("kiosk-thanks");
/// answers waiting for the network
pub const KIOSK_WAITING_SEND: Tr = Tr("kiosk-waiting-send");
/// Kept on this phone
pub const FIELD_STATE_KEPT: Tr = Tr("field-state-kept");
/// Sent
pub const FIELD_STATE_SENT: Tr = Tr("field-state-sent");
/// Refused
pub const FIELD_STATE_REFUSED: Tr = Tr("field-state-refused");
/// Not a service user (nothing to send)
pub const FIELD_STATE_SCREENED: Tr = Tr("field-state-screened");
/// No connection: the interviews stay on this phone and go when it returns.
pub const FIELD_OFFLINE: Tr = Tr("field-offline");
/// Sign in again to send; the interviews stay on this phone.
pub const FIELD_SIGN_IN_AGAIN: Tr = Tr("field-sign-in-again");
/// All interviews on this phone are sent.
pub const FIELD_SYNC_DONE: Tr = Tr("field-sync-done");
/// Nothing to send.
pub const FIELD_SYNC_NOTHING: Tr = Tr("field-sync-nothing");
/// Interviews
pub const INTERVIEWS_TITLE: Tr = Tr("interviews-title");
/// Ask the questions aloud and enter the answers. Interviews are kept on this phone, also without a connection, and sent when it returns. The respondent stays anonymous; you are recorded as the interviewer.
pub const INTERVIEWS_INTRO: Tr = Tr("interviews-intro");
/// On this phone
pub const INTERVIEWS_KEPT: Tr = Tr("interviews-kept");
/// No interview on this phone yet.
pub const INTERVIEWS_KEPT_NONE: Tr = Tr("interviews-kept-none");
/// When
pub const INTERVIEWS_WHEN: Tr = Tr("interviews-when");
/// Send now
pub const INTERVIEWS_SEND: Tr = Tr("interviews-send");
/// Interviews are kept on the phone by its browser: turn JavaScript on.
pub const INTERVIEWS_NEEDS_JS: Tr = Tr("interviews-needs-js");
/// Start an interview
pub const INTERVIEWS_WHERE: Tr = Tr("interviews-where");
/// No survey you may collect for is open now.
pub const INTERVIEWS_NONE_OPEN: Tr = Tr("interviews-none-open");
/// Back to the interviews
pub const INTERVIEWS_BACK: Tr = Tr("interviews-back");
/// Interview saved on this phone. The form is ready for the next respondent.
pub const INTERVIEW_SAVED: Tr = Tr("interview-saved");
/// Interviews
pub const NAV_INTERVIEWS: Tr = Tr("nav-interviews");
/// Counters and officers
pub const COUNTERS_TITLE: Tr = Tr("counters-title");
/// Give each counter (or officer) its own link and QR code, and see which one needs attention. A counter's figures show from { $min } answers up, only here: never to citizens, never on the public page.
pub const COUNTERS_INTRO: Tr = Tr("counters-intro");
/// No counter yet: answers are attributed to their unit only.
pub const COUNTERS_NONE: Tr = Tr("counters-none");
/// Fewer than { $min } answers: not shown
pub const COUNTERS_TOO_FEW: Tr = Tr("counters-too-few");
/// Link and QR code
pub const COUNTERS_LINK: Tr = Tr("counters-link");
/// Add a counter
pub const COUNTERS_ADD: Tr = Tr("counters-add");
/// Counter or officer
pub const COUNTERS_LABEL: Tr = Tr("counters-label");
/// As the staff call it, for example “Loket 2”. Citizens never see it.
pub const COUNTERS_LABEL_HELP: Tr = Tr("counters-label-help");
/// Write a name of up to 60 characters.
pub const COUNTERS_LABEL_NEEDED: Tr = Tr("counters-label-needed");
/// Score (95% interval)
pub const COUNTERS_SCORE: Tr = Tr("counters-score");
/// Interview sent and stored. The form is ready for the next respondent.
pub const INTERVIEW_STORED: Tr = Tr("interview-stored");
/// A new period of “{ $title }”
pub const SURVEY_COPY_TITLE: Tr = Tr("survey-copy-title");
/// Everything is filled in from the survey you copy. Give it a new address code and the new period's dates; it starts as a draft, and the first survey with its answers stays as it is.
pub const SURVEY_COPY_INTRO: Tr = Tr("survey-copy-intro");
/// Copy to a new period
pub const SURVEY_COPY_LINK: Tr = Tr("survey-copy-link");
