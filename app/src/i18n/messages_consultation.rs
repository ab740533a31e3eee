//! The messages of public consultation (*uji publik*): one constant per
//! message of `app/locales/id.ftl` and `en.ftl`.

use super::tr::Tr;

/// Public consultation
pub const UJI_TITLE: Tr = Tr("uji-title");
/// Public consultations of service standards
pub const UJI_LIST: Tr = Tr("uji-list");
/// Ask the public about a draft service standard, component by component, then answer every point.
pub const UJI_LIST_LEAD: Tr = Tr("uji-list-lead");
/// New consultation
pub const UJI_NEW: Tr = Tr("uji-new");
/// No consultations yet.
pub const UJI_NONE: Tr = Tr("uji-none");
/// State
pub const UJI_STATE: Tr = Tr("uji-state");
/// Not open yet
pub const UJI_STATE_DRAFT: Tr = Tr("uji-state-waiting");
/// Open
pub const UJI_STATE_OPEN: Tr = Tr("uji-state-open");
/// Closed, answers pending
pub const UJI_STATE_CLOSED: Tr = Tr("uji-state-closed");
/// Finished and published
pub const UJI_STATE_ANSWERED: Tr = Tr("uji-state-answered");
/// Service product
pub const UJI_SERVICE: Tr = Tr("uji-service");
/// For example “Micro business licence”.
pub const UJI_SERVICE_HELP: Tr = Tr("uji-service-help");
/// Consultation period
pub const UJI_DATES: Tr = Tr("uji-dates");
/// Link for the public
pub const UJI_LINK: Tr = Tr("uji-link");
/// Write the draft of each component. A component left empty is not asked.
pub const UJI_DRAFTS_HELP: Tr = Tr("uji-drafts-help");
/// Write the draft of at least one component.
pub const UJI_DRAFTS_NONE: Tr = Tr("uji-drafts-none");
/// Create, opening on its date
pub const UJI_CREATE: Tr = Tr("uji-create");
/// Draft
pub const UJI_DRAFT: Tr = Tr("uji-draft");
/// Agree
pub const UJI_AGREE: Tr = Tr("uji-agree");
/// Disagree
pub const UJI_DISAGREE: Tr = Tr("uji-disagree");
/// Comment or suggestion
pub const UJI_COMMENT: Tr = Tr("uji-comment");
/// Choose Agree or Disagree.
pub const UJI_VOTE_REQUIRED: Tr = Tr("uji-vote-required");
/// A comment may be at most { $max } characters long.
pub const UJI_COMMENT_TOO_LONG: Tr = Tr("uji-comment-too-long");
/// Draft service standard for “{ $service }”. Read each component, then choose Agree or Disagree; a comment is optional. Open until { $closes }.
pub const UJI_FORM_ABOUT: Tr = Tr("uji-form-about");
/// You need not give your name. Comments are published without their author.
pub const UJI_FORM_PRIVACY: Tr = Tr("uji-form-privacy");
/// Public consultation “{ $title }” by { $agency }.
pub const UJI_DESCRIBE: Tr = Tr("uji-describe");
/// Your opinion is stored. Once the consultation closes, the agency answers every point and publishes the final service standard.
pub const UJI_THANKS_BODY: Tr = Tr("uji-thanks-body");
/// The consultation's outcome
pub const UJI_THANKS_RESULTS: Tr = Tr("uji-thanks-results");
/// { $agree } of { $n } agree
pub const UJI_AGREE_COUNT: Tr = Tr("uji-agree-count");
/// Agree (95 % interval)
pub const UJI_AGREE_SHARE: Tr = Tr("uji-agree-share");
/// Comments
pub const UJI_COMMENTS: Tr = Tr("uji-comments");
/// No comments.
pub const UJI_NO_COMMENTS: Tr = Tr("uji-no-comments");
/// The agency's answer
pub const UJI_ANSWER: Tr = Tr("uji-answer");
/// Answer
pub const UJI_ANSWER_EDIT: Tr = Tr("uji-answer-edit");
/// Not answered yet.
pub const UJI_NOT_ANSWERED: Tr = Tr("uji-not-answered");
/// Decision
pub const UJI_DECISION: Tr = Tr("uji-decision");
/// Accepted
pub const UJI_DECISION_ACCEPTED: Tr = Tr("uji-decision-accepted");
/// Partly accepted
pub const UJI_DECISION_PARTLY: Tr = Tr("uji-decision-partly");
/// Not accepted
pub const UJI_DECISION_NOT: Tr = Tr("uji-decision-not");
/// Reason
pub const UJI_REASON: Tr = Tr("uji-reason");
/// Why the public's input was or was not taken on.
pub const UJI_REASON_HELP: Tr = Tr("uji-reason-help");
/// This component's final text
pub const UJI_FINAL_COMPONENT: Tr = Tr("uji-final-component");
/// Leave empty when it is the draft unchanged.
pub const UJI_FINAL_COMPONENT_HELP: Tr = Tr("uji-final-component-help");
/// Final service standard
pub const UJI_FINAL: Tr = Tr("uji-final");
/// Write the final service standard
pub const UJI_FINAL_EDIT: Tr = Tr("uji-final-edit");
/// The service standard's text as set after the consultation.
pub const UJI_FINAL_HELP: Tr = Tr("uji-final-help");
/// By component
pub const UJI_BY_COMPONENT: Tr = Tr("uji-by-component");
/// Component
pub const UJI_COMPONENT: Tr = Tr("uji-component");
/// Summary
pub const UJI_SUMMARY: Tr = Tr("uji-summary");
/// Record of the public consultation
pub const UJI_RECORD: Tr = Tr("uji-record");
/// { $replies } replies counted; { $aside } set aside for signs of automated filling.
pub const UJI_RECORD_LEAD: Tr = Tr("uji-record-lead");
/// Public consultation of the service standard for “{ $service }”, { $period }, with { $replies } replies. Comments' authors are never published.
pub const UJI_PUBLIC_LEAD: Tr = Tr("uji-public-lead");
/// The consultation's public page
pub const UJI_PUBLIC_LINK: Tr = Tr("uji-public-link");
/// Close the consultation
pub const UJI_CLOSE: Tr = Tr("uji-close");
/// Close the consultation “{ $title }” now? The public can no longer reply, and this cannot be undone.
pub const UJI_CLOSE_ASK: Tr = Tr("uji-close-ask");
/// Yes, close it now
pub const UJI_CLOSE_CONFIRM: Tr = Tr("uji-close-confirm");
/// Give us your opinion on our draft service standard
pub const UJI_POSTER_HEADLINE: Tr = Tr("uji-poster-headline");
/// Scan the QR code with your phone's camera.
pub const UJI_POSTER_STEP1: Tr = Tr("uji-poster-step1");
/// Read the draft of each component.
pub const UJI_POSTER_STEP2: Tr = Tr("uji-poster-step2");
/// Choose Agree or Disagree, and write your suggestion.
pub const UJI_POSTER_STEP3: Tr = Tr("uji-poster-step3");
/// No name needed. Every point is answered in public.
pub const UJI_POSTER_ANON: Tr = Tr("uji-poster-anon");
/// Public consultations
pub const UJI_NAV: Tr = Tr("uji-nav");

/// Public consultations on service standards
pub const PUB_UJI_TITLE: Tr = Tr("pub-uji-title");

/// open: give your view
pub const PUB_UJI_OPEN: Tr = Tr("pub-uji-open");

/// finished: the outcome and the agency's answers
pub const PUB_UJI_FINISHED: Tr = Tr("pub-uji-finished");
