# Link to the other language, in that language.
other-language = Bahasa Indonesia

# Submit button.
submit = Send my answers

# Heading of the error summary.
fix-errors = Your answers were not sent yet. Please check these questions:

# Unit selector label.
unit-label = The service unit you visited

# Unit selector placeholder.
unit-choose = Choose a service unit

# Unit missing.
unit-required = Choose the service unit you visited.

# Shown when the token was not valid or expired.
token-stale = This form was open for too long. Your answers are still below; check them and send again.

# Marks a required question.
required = required

# Marks an optional question.
optional = optional

# Progress: how many questions have an answer, of all.
progress = { $count } of { $total } required questions answered


# Thanks page heading.
thanks-title = Thank you!

# Thanks page body.
thanks-body = We have received and stored your answers.

# Thanks page: what happens next.
thanks-next = Your answers are combined, without names, with other citizens' answers to assess this unit's service. The results are public.

# Link to results.
see-results = See the survey results

# Results heading.
results-title = Survey results

# Label for the score.
score = Score

# Label for the number of responses.
responses = Responses

# Label for the band.
band = Band

# No score yet.
no-score = No answers to score yet.

# Too few responses for a band.
sample-too-small = Sample too small for a band

# Band cut-off not published.
unconfirmed = this band's cut-off is not officially published

# Joins bands: "B or C".
or = {" "}or{" "}

# The interval straddles a cut-off.
band-uncertain = The 95 % confidence interval straddles a band cut-off: the band is not yet certain.

# Label of the interval.
ci95 = 95 % confidence interval:

# Sample adequacy.
required-sample = Sample needed:

# Its method.
krejcie-morgan = Krejcie–Morgan, 95 %, ±5 %

# Suspect responses.
suspect-excluded = Suspect responses left out

# Period label.
period = Period

# Trend lead.
change-from = Change from

# A change beyond noise.
change-real = This change is real, not noise.

# A change within noise.
change-noise = This change cannot yet be told from noise.

# Nothing to compare.
no-comparison = no data to compare with yet.

# Per-unit table heading.
per-unit = Score per service unit

# Column: unit.
unit = Service unit

# Per-item table heading.
per-item = Mean per question (1–4)

# Column: question.
question = Question

# Column: mean.
mean = Mean

# Column: n.
answered = Answered

# Back to the form.
back-to-form = Back to the form

# 404 title.
not-found-title = Survey not found

# 404 body.
not-found-body = We do not know this survey address. Check the link or the QR code you scanned.

# 410 title.
closed-title = This survey is closed

# 410 body.
closed-body = This survey no longer takes answers. Thank you for your willingness to help.

# 429 title.
too-many-title = Too many submissions

# 429 body.
too-many-body = Too many submissions from this device or network in a short time. Wait a moment and try again; your answers are kept if you go back to the previous page.

# How long to wait before trying again.
retry-in = Try again in { $seconds } seconds.

# 503 title.
unavailable-title = The service is busy

# 503 body.
unavailable-body = We cannot store or show data right now. Your answers have not been sent; wait a moment and send them again.

# 500 title.
internal-title = Something went wrong on our side

# 500 body.
internal-body = This is our fault, not yours. It has been recorded; please try again later.

# 500 detail: the reference to quote.
internal-reference = If you report it, quote reference { $reference }.

# 413 title.
too-large-title = This submission is too large

# 413 body.
too-large-body = Your answers were not sent because they are too long. Go back, shorten the text answers and send again.

# Anonymity note in the footer.
footer = Persepsi: public-service perception surveys. Anonymous: no names or phone numbers.

# Service code field label.
code-label = Code from staff

# Service code help.
code-help = If staff gave you a code on a slip of paper, type it here. If not, leave it empty.

# Label of the field hidden from people (read only by bots).
honeypot-label = Leave this field empty

# A repeat answer refused by the survey's device policy.
repeat-title = You have answered this survey already

# Its explanation.
repeat-body = Thank you! Your answer for this month is recorded already, and this survey takes one answer per device each month. You can answer again next month.

# A visible resource the role may not change.
forbidden-title = Not allowed

# Its explanation.
forbidden-body = Your account can look at this, not change it.

# Admin header.
admin = Persepsi · Admin

# Nav: home.
nav-home = Home

# Nav: password.
nav-password = Change password

# Nav: sign out.
nav-logout = Sign out

# Login heading.
login-title = Sign in

# Login intro.
login-intro = For agency staff and assessors. Citizens do not sign in to answer a survey.

# E-mail field.
email = E-mail address

# Password field.
password = Password

# Login button.
login = Sign in

# Wrong e-mail or password.
login-failed = Wrong e-mail address or password.

# Anti-forgery check failed.
csrf-title = This form has expired

# Its explanation.
csrf-body = For your safety this form was not accepted. Reload the previous page and send it again.

# Not found (admin).
admin-not-found-title = Not found

# Its explanation.
admin-not-found-body = This page does not exist, or is outside your account's reach.

# Password change heading.
password-title = Change your password

# Current password.
password-current = Current password

# New password.
password-new = New password

# New password help.
password-new-help = At least 10 characters. Your other sessions will be signed out.

# Current password wrong.
password-wrong = The current password is wrong.

# New password too short.
password-short = The new password needs at least 10 characters.

# Saved.
save = Save

# Password changed.
password-changed = Your password was changed.

# Agencies heading.
agencies = Service providers

# New agency.
agency-new = Add a provider

# Edit agency.
agency-edit = Edit the provider

# Name.
name = Name

# Slug.
slug = Address code

# Slug help.
slug-help = Lower-case letters, digits and dashes; used in web addresses and cannot be changed. Leave empty to make it from the name.

# Kind.
kind = Kind

# Region.
region = Province

# Parent.
parent = Parent (if any)

# None choice.
none = — none —

# Units heading.
units = Service units

# New unit.
unit-new = Add a service unit

# Edit unit.
unit-edit = Edit the service unit

# Sector.
sector = Sector

# Expected users.
expected-users = Expected service users per year

# Expected users help.
expected-users-help = Used to compute the sample needed (Krejcie–Morgan). Optional.

# Edit link.
edit = Edit

# Surveys heading.
surveys = Surveys

# New survey.
survey-new = Create a survey

# Edit survey.
survey-edit = Edit the survey

# Title field.
title = Title

# Instrument field.
instrument = Questionnaire (version)

# Instrument locked.
instrument-locked = The questionnaire and band table cannot change once the survey is open.

# Band table field.
band-table = Band table

# Opens.
opens = Opens on (date)

# Closes.
closes = Closes on (date)

# Date help.
date-help = Pick a date from the calendar, or type the day, month and year. Optional.

# Embed origins.
embed-origins = Sites allowed to embed the survey

# Embed origins help.
embed-origins-help = One per line, e.g. https://dukcapil.klungkungkab.go.id. Other sites cannot show it.

# Device policy.
device-policy = Repeat answers from one device (per month)

# Allow.
policy-allow = Accept (e.g. a kiosk tablet)

# Flag.
policy-flag = Accept but flag as suspect

# Reject.
policy-reject = Refuse politely

# Status.
status = Status

# Draft.
status-draft = Draft

# Open.
status-open = Open

# Closed.
status-closed = Closed

# Publish button.
publish = Open the survey to citizens

# Close button.
close-survey = Close the survey

# Wrong status change.
status-change-bad = A survey goes from draft to open, from open to closed, and from closed to open again.

# Responses count.
responses-so-far = Responses so far

# Public link.
public-link = Link for citizens

# QR heading.
qr-codes = QR codes and posters

# Whole survey.
qr-after-publish = QR codes and the public link work once the survey is published. The poster can be printed now.
whole-survey = Whole survey (citizens pick the unit)

# Poster link.
poster = A4 poster

# Embed heading.
embed = Embed in the agency's website

# Embed help.
embed-help = Paste this into a page of your website. The form loads after your page, so it does not slow it down. The site must be in the list of sites allowed to embed.

# Results link.
results-link = See the results

# Codes heading.
codes = One-time service codes

# Codes help.
codes-help = Print them on receipts or queue tickets. Answers carrying a code count as verified. Codes are shown only once.

# Code count.
code-count = How many codes

# Code expiry.
code-expiry = Valid for (days; empty for no limit)

# Generate.
generate = Generate codes

# Generated.
codes-made = These codes will not be shown again. Print or save them now.

# Print.
print = Print

# Back.
back = Back

# Poster headline.
poster-headline = How was our service today?

# Poster instruction.
poster-instruction = Scan this QR code with your phone's camera and answer a short survey (about 2 minutes). No name, no sign-up. Your answers help us improve.

# Poster fallback.
poster-or-open = Or type this address in a browser:

# Required field.
field-required = Required.

# Invalid slug.
slug-bad = Use lower-case letters, digits and dashes (64 at most).

# Slug taken.
slug-taken = This address code is taken.

# Too long.
too-long = Too long.

# Unknown choice.
bad-choice = Pick one of the choices.

# Bad number.
bad-number = Write a sensible whole number.

# Bad date.
bad-date = The date could not be read. Pick it from the calendar.

# Close before open.
closes-before = The closing date must come after the opening date.

# Bad origin.
bad-origin = Write just the site, like https://example.go.id (no path).

# No unit.
units-required = Pick at least one service unit.

# No units yet.
no-units = No service units yet.

# No surveys yet.
no-surveys = No surveys yet.

# Signed in as.
signed-in-as = Signed in as

# Heading of an admin form's error summary.
fix-errors-admin = Not saved yet. Please check these fields:

# Exports heading.
exports = Export data

# Exports intro.
exports-intro = Every response within your account's reach, one row each and one column per question, with a codebook. Every export is logged.

# All.
all = All

# Period help.
period-help = E.g. 2026, 2026-Q3 or 2026-11; empty for all.

# Verified only.
verified-only = Verified responses only (service codes or accepted photo proofs)

# With suspect.
with-suspect = Include responses flagged suspect

# BOM.
excel-bom = CSV for Excel (with a BOM)

# Format.
format = Format

# Codebook.
codebook = Codebook (JSON)

# Download.
download = Download

# Progress note.
export-progress = Large exports are sent piece by piece from the first row; the progress shows below the button (or, without JavaScript, in your browser's downloads).

# Nav: exports.
nav-exports = Export

# Tokens heading.
tokens = API tokens

# Tokens intro.
tokens-intro = For your own tools (scripts, R, Python): a token acts with this account's role and reach. Send it as "Authorization: Bearer …".

# Shown once.
token-once = Copy this token now; it will not be shown again.

# Token name.
token-name = Token name (what it is for)

# Create token.
token-create = Create a token

# Revoke.
revoke = Revoke

# Revoked.
revoked = revoked

# Nav: tokens.
nav-tokens = API tokens

# Verified share.
verified-share = Verified

# Verified (column).
verified = Verified

# Suspect count.
suspect-count = Suspect (left out)

# As a table.
as-table = Show as a table

# Trend.
trend = Score per quarter, with its 95 % interval

# Ranking.
ranking = Ranking

# Level.
level = Level

# Agencies level.
level-agency = Providers

# Units level.
level-unit = Service units

# Sort.
sort = Order

# Best first.
sort-best = Best score first

# Worst first.
sort-worst = Lowest score first

# Most responses first.
sort-n = Most responses first

# By name.
sort-name = By name

# Apply.
apply = Apply

# Count of ranked.
ranked = listed

# Export scores.
export-scores = Download scores

# Pages.
pages = Pages

# Previous.
prev = ‹ Previous

# Next.
next = Next ›

# Nav: ranking.
nav-ranking = Ranking

# Dashboard link.
dashboard = Score dashboard

# All periods.
all-periods = all periods

# After a response that tells of maladministration: heading.
complaint-title = Did you meet maladministration?

# Its explanation.
complaint-body = This survey does not pass on complaints. If you want to report what happened officially (for example being asked for money, made to wait without reason, or served against the rules), use SP4N-LAPOR!, the national public-service complaint channel. You may report without giving your name.

# Its link.
complaint-link = Open SP4N-LAPOR!

# Sending.
sending = Sending your answers…

# Not sent yet.
not-sent-yet = Not sent yet: there is no internet connection. Your answers are kept on this phone and will be sent as soon as it is back.

# Sent.
sent = Sent.

# Export progress: rows so far, of all.
export-rows = { $rows } rows received of { $total }

# Export finished.
export-done = Done; the file is saved.

## Kinds of provider, as ORI groups them.

kind-ministry = Ministry
kind-agency = Agency
kind-province = Province
kind-regency = Regency
kind-city = City
kind-police-resort = Police resort
kind-land-office = Land office
kind-other = Other

## Sectors of service units.

sector-licensing = Licensing
sector-civil-registration = Civil registration
sector-health = Health
sector-education = Education
sector-police = Police
sector-land = Land
sector-social = Social welfare
sector-other = Other

## Public consultation (uji publik)
# Public consultation
uji-title = Public consultation
# Public consultations of service standards
uji-list = Public consultations of service standards
# Ask the public about a draft service standard, component by component, then answer every point.
uji-list-lead = Ask the public about a draft service standard, component by component, then answer every point.
# New consultation
uji-new = New consultation
# No consultations yet.
uji-none = No consultations yet.
# State
uji-state = State
# Not open yet
uji-state-waiting = Not open yet
# Open
uji-state-open = Open
# Closed, answers pending
uji-state-closed = Closed, answers pending
# Finished and published
uji-state-answered = Finished and published
# Service product
uji-service = Service product
# For example “Micro business licence”.
uji-service-help = For example “Micro business licence”.
# Consultation period
uji-dates = Consultation period
# Link for the public
uji-link = Link for the public
# Write the draft of each component. A component left empty is not asked.
uji-drafts-help = Write the draft of each component. A component left empty is not asked.
# Write the draft of at least one component.
uji-drafts-none = Write the draft of at least one component.
# Create, opening on its date
uji-create = Create, opening on its date
# Draft
uji-draft = Draft
# Agree
uji-agree = Agree
# Disagree
uji-disagree = Disagree
# Comment or suggestion
uji-comment = Comment or suggestion
# Choose Agree or Disagree.
uji-vote-required = Choose Agree or Disagree.
# A comment may be at most { $max } characters long.
uji-comment-too-long = A comment may be at most { $max } characters long.
# Draft service standard for “{ $service }”. Read each component, then choose Agree or Disagree; a comment is optional. Open until { $closes }.
uji-form-about = Draft service standard for “{ $service }”. Read each component, then choose Agree or Disagree; a comment is optional. Open until { $closes }.
# You need not give your name. Comments are published without their author.
uji-form-privacy = You need not give your name. Comments are published without their author.
# Public consultation “{ $title }” by { $agency }.
uji-describe = Public consultation “{ $title }” by { $agency }.
# Your opinion is stored. Once the consultation closes, the agency answers every point and publishes the final service standard.
uji-thanks-body = Your opinion is stored. Once the consultation closes, the agency answers every point and publishes the final service standard.
# The consultation's outcome
uji-thanks-results = The consultation's outcome
# { $agree } of { $n } agree
uji-agree-count = { $agree } of { $n } agree
# Agree (95 % interval)
uji-agree-share = Agree (95 % interval)
# Comments
uji-comments = Comments
# No comments.
uji-no-comments = No comments.
# The agency's answer
uji-answer = The agency's answer
# Answer
uji-answer-edit = Answer
# Not answered yet.
uji-not-answered = Not answered yet.
# Decision
uji-decision = Decision
# Accepted
uji-decision-accepted = Accepted
# Partly accepted
uji-decision-partly = Partly accepted
# Not accepted
uji-decision-not = Not accepted
# Reason
uji-reason = Reason
# Why the public's input was or was not taken on.
uji-reason-help = Why the public's input was or was not taken on.
# This component's final text
uji-final-component = This component's final text
# Leave empty when it is the draft unchanged.
uji-final-component-help = Leave empty when it is the draft unchanged.
# Final service standard
uji-final = Final service standard
# Write the final service standard
uji-final-edit = Write the final service standard
# The service standard's text as set after the consultation.
uji-final-help = The service standard's text as set after the consultation.
# By component
uji-by-component = By component
# Component
uji-component = Component
# Summary
uji-summary = Summary
# Record of the public consultation
uji-record = Record of the public consultation
# { $replies } replies counted; { $aside } set aside for signs of automated filling.
uji-record-lead = { $replies } replies counted; { $aside } set aside for signs of automated filling.
# Public consultation of the service standard for “{ $service }”, { $period }, with { $replies } replies. Comments' authors are never published.
uji-public-lead = Public consultation of the service standard for “{ $service }”, { $period }, with { $replies } replies. Comments' authors are never published.
# The consultation's public page
uji-public-link = The consultation's public page
# Close the consultation
uji-close = Close the consultation
# Close the consultation “{ $title }” now? The public can no longer reply, and this cannot be undone.
uji-close-ask = Close the consultation “{ $title }” now? The public can no longer reply, and this cannot be undone.
# Yes, close it now
uji-close-confirm = Yes, close it now
# Give us your opinion on our draft service standard
uji-poster-headline = Give us your opinion on our draft service standard
# Scan the QR code with your phone's camera.
uji-poster-step1 = Scan the QR code with your phone's camera.
# Read the draft of each component.
uji-poster-step2 = Read the draft of each component.
# Choose Agree or Disagree, and write your suggestion.
uji-poster-step3 = Choose Agree or Disagree, and write your suggestion.
# No name needed. Every point is answered in public.
uji-poster-anon = No name needed. Every point is answered in public.
# Public consultations
uji-nav = Public consultations
# Legal basis
uji-c-legal-basis = Legal basis
# Requirements
uji-c-requirements = Requirements
# System, mechanism and procedure
uji-c-procedure = System, mechanism and procedure
# Completion time
uji-c-time = Completion time
# Cost/tariff
uji-c-cost = Cost/tariff
# Service product
uji-c-product = Service product
# Facilities
uji-c-facilities = Facilities
# Staff competence
uji-c-competence = Staff competence
# Internal supervision
uji-c-supervision = Internal supervision
# Handling of complaints, suggestions and input
uji-c-complaints = Handling of complaints, suggestions and input
# Number of staff
uji-c-staff = Number of staff
# Service guarantee
uji-c-guarantee = Service guarantee
# Security and safety guarantee
uji-c-safety = Security and safety guarantee
# Staff performance evaluation
uji-c-evaluation = Staff performance evaluation

## Errors and notes.

wrong-value-type = Wrong type: use a whole number or a string.
form-token-invalid = The form token is missing or invalid. Reload the page.
unknown-service-unit = Unknown service unit.
code-too-long = The service code is too long.
too-many-answers = Too many answers.
invalid-value = Invalid value.
level-invalid = Use agency or unit.
write-period-as-2026 = Write the period as 2026, 2026-Q3 or 2026-11.
sort-invalid = Sort by score, -score, n or name.
several-instruments = The surveys chosen use several questionnaires; pick one (e.g. maladministration-perception@1).
no-survey-in-reach = No survey with this questionnaire within your reach.
no-survey = No survey.
code-unusable = This service code is unknown or was used already. Check it, or leave the field empty.
answer-required = Question { $number } has no answer yet.
invalid-option = Please choose one of the answers offered.
not-eligible = This survey is for people who used the service.
signal-honeypot = The trap field hidden from people was filled in.
signal-fast = Sent too soon after the form was shown.
signal-other-survey = The form token belongs to another survey.
signal-repeat-device = The same device answered already this month.
signal-burst = One of far more responses from one network to one unit than a counter can serve in that time.
signal-repeat = The same answers over and over from one network, more often than this survey makes likely.
no-answers-yet = no answers yet
ci-straddles-band = the confidence interval straddles a band cut-off
survey-not-found = Survey not found.
survey-closed = This survey is closed.
service-busy = The service is busy; try again shortly.
answer-too-long = This answer is too long: { $limit } characters at most.
pub-uji-title = Public consultations on service standards
pub-uji-open = open: give your view
pub-uji-finished = finished: the outcome and the agency's answers
own-published-done = Published: citizens are asked the new questions now.
own-not-found = This question is not in the draft any more.
own-version = Version { $version }
own-versions = Versions
own-results-base = Version { $version }: { $n } counted responses.
own-not-in-score = These are the agency's own questions. Their answers are not part of the ORI or SKM score, which is computed from the questionnaire's questions only. Intervals are 95 %.
own-asked = asked of { $asked }, answered by { $answered }
own-mean = Mean (95 % interval)
own-span = From { $low } to { $high }
own-option = Answer
own-count = Count
own-share = Share, % (95 % interval)
own-texts-agency-only = { $n } written answers: only the agency reads them.
own-intro = Questions of your own, asked after the questionnaire's. Their answers never change the ORI or SKM score: that is computed from the questionnaire's questions only. Changes are made in a draft; citizens see them once published, and answers keep the version they were given under.
own-published = Version { $version } is asked now; { $n } responses were given under it.
own-none-published = Nothing is published yet: citizens are asked the questionnaire only.
own-preview = Preview on a phone
own-results = Results per question
own-add = Add a question
own-edit = Change the question
own-edit-link = Change
own-empty = No questions of your own yet.
own-move-up = Move up
own-remove = Remove
own-remove-warning = It leaves the draft; a published version and its answers stay as they are.
own-remove-yes = Yes, remove it from the draft
own-changed = The draft has changes citizens do not see yet.
own-publish = Publish
own-publish-new = Citizens will be asked version { $version } from now on. Answers already given keep their version.
own-publish-replaces = Nobody has answered version { $version } yet: it is replaced by the draft.
own-publish-yes = Yes, publish
own-always = Always asked
own-after = Only after question { $number } is answered "{ $answer }"
own-required-check = An answer is required
own-kind = Kind of answer
own-text-id = Question (Indonesian)
own-text-en = Question (English, optional)
own-help-id = Hint (Indonesian, optional)
own-help-en = Hint (English, optional)
own-options = Options
own-options-help = For "one choice" and "several choices": one option a line. Write "Indonesian | English" to give both.
own-required = Required
own-show-if = When is it asked?
own-show-if-help = A question can be asked only after a given answer to an earlier question with options.
own-save = Save to the draft
own-kind-required = Choose what kind of answer the question takes.
own-text-required = Write the question in Indonesian.
own-options-count = Write 2 to { $most } options, one a line.
own-too-many = A survey asks at most { $most } questions of its own.
own-condition-invalid = Choose an answer to an earlier question with options.
own-leads = Another question is asked only after an answer to this one: change that question first.
own-kind-single = One choice
own-kind-multi = Several choices
own-kind-scale5 = Scale 1–5
own-kind-scale4 = Scale 1–4
own-kind-text = Short text
own-kind-number = Number
own-kind-date = Date
own-scale5-1 = Very poor
own-scale5-2 = Poor
own-scale5-3 = Fair
own-scale5-4 = Good
own-scale5-5 = Very good
own-scale4-1 = Not good
own-scale4-2 = Fairly good
own-scale4-3 = Good
own-scale4-4 = Very good
own-title = The agency's own questions
answer-not-number = Write a number here, such as 12 or 2.5.
answer-not-date = Write a date here as year-month-day, such as 2026-12-31.
ask-only-if = Answer only if you answered "{ $answer }" to question { $number }.
unknown-item = This survey has no question "{ $key }".
sample-too-small-note = sample too small ({ $n } of { $min })
api-token-needed = A valid API token is needed (Authorization: Bearer psp_…).
unknown-filter = Unknown filter: { $detail }
unit-not-found = Service unit not found.
invalid-json = Invalid JSON: { $detail }
code-count-range = Ask for 1 to { $max } codes.
too-many-requests-retry = Too many requests. Try again in { $seconds } seconds.
token-expired = The token has expired; get a new one.
token-invalid = The token is not valid for this survey.
invalid-parameter = Invalid parameter: { $detail }
open-surveys = Open surveys
unknown-export = Unknown export; use responses.csv, responses.ndjson, responses.xlsx, scores.csv, scores.ndjson, scores.xlsx or codebook.json.
import-count = Send 1 to { $max } responses per request.
import-key = Every response needs a key (the paper form's number or the kiosk's record), at most 64 characters.
import-future = The time of answering cannot be in the future.
import-before-open = The time of answering cannot be before the survey opened ({ $date }).
already-sent-title = Your answers were sent
already-sent-body = Thank you. We received your answers to this survey from this device. You do not need to send them again.
already-sent-new-hint = Want to answer again for another service, or for someone else who uses this phone?
start-new-response = Start a new response
left-out-why = { $count } suspect responses are not counted: { $why }.
review-title = Flagged responses
review-intro = These responses are stored but not counted in the score, because they show signs of automated sending. Check each batch. If you are sure they come from real citizens, restore them so they count. Every restore is logged.
review-none = No flagged responses in this survey.
review-network = Network
review-signals = Signals
review-when = When
review-count = Responses
review-restore = Count again
review-confirm = Count these { $count } responses in the score again? This is logged under your name.
review-restored = Counted again
review-done = { $count } responses counted again.
review-no-network = (unknown)
review-link = Review flagged responses
signal-short-honeypot = trap field filled
signal-short-fast = too fast
signal-short-other-survey = another survey's token
signal-short-repeat-device = same device
signal-short-burst = burst from one network
signal-short-repeat = same answers repeated
code-days-range = Codes last 1 to { $max } days, or leave it empty for no limit.
request-too-slow = The request took too long to arrive. Check the connection and try again.
place-fixed-help = Kind and region decide who assesses this agency, so only an admin can change them.
origin-title = Request refused
origin-body = This request came from another site, so it was not accepted. Open the page on this site itself and send it again.
token-password = Your password
token-password-wrong = Wrong password. No token was made.
password-common = This password is too easy to guess (often used, one character repeated, or a sequence). Choose another.
password-is-email = The password cannot be your e-mail address.
failed-logins = Since you last signed in, someone tried to sign in to your account { $count } times with a wrong password. If that was not you, change your password.
describe-home = Say what you think of the public service you have just received, and see the results of the open surveys.
describe-form = { $survey }: a short survey by { $agency } about the service you have just received. No name asked, a few minutes.
describe-results = Results of the survey { $survey } by { $agency }: the score, the number of answers and the 95 % confidence interval.
screen-next = Continue
screen-end = Finish
screened-title = Thank you
screened-note = Your answers were not kept and do not count.
form-about = { $agency } wants to know what you think of the service here, to do better. About { $minutes } minutes.
form-about-more = About this survey
form-about-results = The results are public, as figures only.
form-about-ask = Questions about this survey? Ask the staff at this office.
form-step = Step { $step } of { $steps }
error-title-prefix = Error
switch-language-label = Change language, your answers stay
opening-busy-title = Busy right now
opening-busy-body = Many forms were opened from your device or network in a short time. Wait a moment, then open this page again.

# Managing a survey: confirmations, reopening, preview, band-table fit and embedding.
version-name = { $title }, version { $version }
bands-fit-help = Only the tables that fit the questionnaire above are offered. If this list does not change when you change the questionnaire, save first; the tables that fit are then offered.
bands-misfit = This score table does not fit the chosen questionnaire. Choose one of the tables now offered.
reopen-survey = Reopen the survey
confirm-open-title = Open this survey to citizens?
confirm-open-body = Once it is open, citizens can answer through the link, the QR codes and the posters. The questionnaire and the score table can no longer change, so that every answer is scored the same way.
confirm-open-yes = Yes, open the survey
confirm-close-title = Close this survey?
confirm-close-body = Citizens can no longer answer. The link, the QR codes and the printed posters will say «The survey is closed». The answers already in still count. You can reopen the survey later.
confirm-close-yes = Yes, close the survey
confirm-reopen-title = Reopen this survey?
confirm-reopen-body = The link, the QR codes and the printed posters work again. New answers count in the period they are sent in.
confirm-reopen-yes = Yes, reopen it
confirm-past-close = This survey's closing date has passed, so citizens still cannot answer. Change the closing date first in «Edit the survey».
cancel = Cancel
status-changed = The survey's status has changed.
preview-link = Preview the form
preview-banner = Preview: answers are not saved.
preview-sent-title = Preview: nothing was saved
preview-sent-body = This was only a preview, so those answers were not saved and do not count. Once the survey is open, citizens see a thank-you here.
embed-no-sites = No site may embed this survey yet, so there is no code to copy. Add your agency's website address in «Edit the survey», in the field «Sites allowed to embed the survey».
embed-code-for = Code for: { $name }
embed-copy = Copy the code
embed-copied = The code is copied.
embed-fallback-link = Answer the public service survey (opens in a new tab)
embed-check = Check your site
embed-check-label = The address of the page that has the code
embed-check-button = Check
embed-check-ok = { $origin } may show this survey.
embed-check-missing = { $origin } may not show this survey yet, so the form does not appear there. Add { $origin } in «Edit the survey», in the field «Sites allowed to embed the survey».
embed-check-bad = This is not a web address. Write the whole address, for example https://dukcapil.klungkungkab.go.id/survei.
# Assessor's filters, ranking and exports
instrument-choice = { $title }, version { $version }
all-units = All units
order-best-first = Order: highest score first, so #1 is the best.
order-worst-first = Order: lowest score first. The # is still the place by score: #1 is the best.
order-most-answers = Order: most answers first. The # is still the place by score: #1 is the best.
order-by-name = Order: by name. The # is still the place by score: #1 is the best.
order-ties = A place such as “2–4” means the score is not yet surely different from the others in those places (their 95 % intervals overlap).
ranked-caption = Those that can be ranked
nothing-ranked = Nothing can be ranked yet: every unit or provider still has too few answers.
unranked-title = Cannot be ranked yet
unranked-why = Too few answers to compare with the others. The score is shown, but not given a place.
why-not-ranked = Why
item-short = Element
csv-flavour = CSV for
csv-for-excel = Excel (semicolons, decimal comma)
csv-for-programs = Programs (commas, decimal point)
csv-flavour-help = Choose Excel to open it in Excel set to Indonesian. Choose Programs for a script or an app to read.
change-filters = Change questionnaire, unit or period

# Public results, open data, the API's listings and documentation, token terms.
api-token-expired = This API token has expired. Make a new one at /admin/tokens or ask your administrator.
api-token-read-only = This API token may only read. To change data, make a read-and-change token.
token-scope = What may this token do?
token-scope-read = Only read (scores, lists, exports)
token-scope-write = Read and change (also make service codes and import responses)
token-scope-read-short = read only
token-scope-write-short = read and change
token-expires = How long does this token last?
token-days = { $days } days
token-until-date = Until a date
token-until = Last day it works (if you chose a date)
token-until-wrong = Enter a date after today, at most 5 years from now.
token-no-end = no end date
token-ended = expired
token-ends = works until { $date }
api-docs-read = How to use the API (for developers)
revoke-title = Revoke token
revoke-ask = Revoke the token “{ $name }”?
revoke-warning = Tools using this token stop working at once. This cannot be undone.
revoke-yes = Yes, revoke the token
revoke-no = No, back to the token list
verdict = Verdict
verdict-too-few = Not enough responses yet to give a zone: { $n } of the { $need } needed.
verdict-between = The zone cannot be told yet: the score is too close to the line between two zones. More responses will settle it.
ci-sentence = The true score is almost certainly between { $lo } and { $hi } (95 % confidence interval).
ci-details = The score comes from some of the service's users, not all of them, so it is uncertain. If the same survey were repeated 100 times, about 95 of the ranges made this way would hold the true score. The more responses, the narrower the range.
n-sentence = { $n } people answered and were counted (n = { $n }).
n-details = n is the number of responses counted. Responses that look sent by a machine or repeated from one place are left out; if there are any, their number is given below.
required-sentence = For the result to speak for all the service's users, { $need } responses are needed.
required-details = It is found with the Krejcie–Morgan formula from an estimated { $population } service users a year, at 95 % confidence and a ±5 % margin of error. Until it is reached, no zone is given.
explain-more = What does this mean?
period-all = All responses, { $from } to { $to }
period-one = Period: { $period }
updated = Last updated: { $at } WIB (newest counted response)
nothing-yet = No responses counted yet.
scale-meaning = Each question is answered from { $min } to { $max }: { $min } = “{ $worst }” (worst), { $max } = “{ $best }” (best). Higher is better.
best-share = { $pct } % answered “{ $label }”
best-answer = Who gave the best answer
mean-of = Mean (out of { $max })
by-quarter = By quarter
quarter = Quarter
unit-shown = Service unit: { $unit }
results-all-units = See all units
open-data = Open data
open-data-note = The CSV file holds the same figures as this page: per unit and per question, the number of responses (n), the score, its interval and the zone. Reuse them freely, naming the source.
open-data-csv = Download these figures (CSV)
page-range = The page must be 1 to 100000.
per-page-range = Rows per page must be 1 to 100.
agency-not-found = Agency not found.
docs-title = API documentation
docs-intro = This page explains Persepsi's API for developers: what can be asked, who may ask, and an example command for each. It is built from the same OpenAPI document as /api/openapi.json.
docs-openapi = The OpenAPI document (JSON, for programs)
docs-contents = Contents
docs-schemas = Data shapes
docs-auth = Who may call it
docs-auth-none = Anyone, without a token. With a token you see more where said above.
docs-auth-token = An API token: Authorization: Bearer psp_… (make one at /admin/tokens). A read-only token is refused where data changes.
docs-params = Parameters
docs-name = Name
docs-in = In
docs-type = Type
docs-required = Required
docs-means = Meaning
docs-field = Field
docs-yes = yes
docs-no = no
docs-body = Request body (JSON)
docs-responses = Responses
docs-try = Example

# Accounts, activity log, comments inbox, code slips
saved = Saved.
login-fix = Could not sign you in. Please check:
nav-people = Accounts
nav-audit = Activity log
filter-all = All
filter-apply = Show
pager = Pages
pager-newer = ← Newer
pager-older = Older →
people-title = Accounts
people-intro = People who can sign in to the admin pages. Invite someone new, or disable an account that is no longer used.
people-invite = Invite someone
people-role = Role
people-place = Agency or province
people-standing = State
people-active = Active
people-invited = Invited, no password yet
people-disabled = Disabled
people-disable = Disable
people-disable-confirm = Yes, sign this account out everywhere and stop its API tokens.
people-new-title = Invite someone
people-new-intro = The account is made now. You get a one-time link to give this person; with it they choose their own password.
role-admin = Admin (every agency)
role-manager = Agency manager
role-assessor = Assessor (read only)
people-agency = Agency
people-agency-help = Needed for an agency manager.
people-province = Province (for an assessor)
people-province-help = Leave empty if the assessor may read every province.
people-email-bad = Write a full e-mail address, such as name@agency.go.id.
people-email-taken = This e-mail address already has an account.
people-agency-needed = Choose this manager's agency.
invited-title = Invitation made
invited-body = The account { $email } is made. Give them the link below; it works for { $hours } hours, once.
invited-link = Invitation link
invited-once = This link is shown once. Copy it now and send it in a private message, not a group.
invite-title = Choose your password
invite-intro = You were invited as { $email }. Choose a password to sign in.
invite-gone-title = This link does not work
invite-gone-body = This invitation link was used already, has expired, or is wrong. Ask whoever invited you for a new one.
password-set = Password saved. Please sign in.
audit-title = Activity log
audit-intro = Who did what and when: exports, invitations, disabled accounts, responses counted back in. Newest first.
audit-none = Nothing recorded yet.
audit-when = When (WIB)
audit-who = By
audit-action = Action
audit-detail = Details
comments-link = Citizens' comments and suggestions
comments-title = Comments and suggestions
comments-intro = What citizens wrote in the free-text questions, newest first. No names, no device data.
comments-month = Month
comments-flag = Flagged responses
comments-flagged = Only those flagged as suspect
comments-counted = Only those counted
comments-flagged-one = Flagged as suspect: not counted in the score.
comments-none = No comments for this choice yet.
slips-survey = Survey the QR code opens
slips-print = Print code slips
slips-csv = Download the codes (CSV)
slips-title = Service code slips
slips-help = Eight slips per A4 page. Print, cut, and hand one slip with each service.
slips-ask = How was our service? Scan this code (about 2 minutes, no name).
slips-expires = Valid until { $date }
slips-none = None of these codes belongs to this unit. Make new codes from the agency page.
csv-code = code
csv-unit = unit
csv-expires = expires
csv-used = used
yes = yes
no = no
poster-step1 = Scan this QR code with your phone's camera, or type the address above.
poster-step2 = Answer a few questions about the service (about 2 minutes).
poster-step3 = Press Send. Done, thank you!
poster-anon = No name, no sign-up. Staff do not see your answers.
posters-all = Posters for every unit
posters-help = One poster per A4 page. Press Print and choose A4 paper.
comments-unit = Service unit
people-no-agency = None (for an admin or assessor)
nav-opinion = Opinion
opinion-title = Ombudsman opinion
opinion-year = Year
opinion-method = Assessment method
opinion-show = Show
opinion-unconfirmed = unconfirmed
opinion-entered = entered by the assessor
opinion-not-yet = not yet
opinion-composite = Composite (95 % interval)
opinion-label = Opinion
opinion-or = or
opinion-predicate = Predicate
opinion-missing = The composite cannot be computed yet. Still missing: { $parts }.
opinion-note = What is unconfirmed
opinion-edit = Edit the assessor's figures
opinion-import = Import figures from CSV
opinion-components = Components, weights and figures
opinion-component = Component
opinion-weight = Weight
opinion-part = Part (share)
opinion-figure = Figure
opinion-component-value = Component value
opinion-disagree-title = Service users and the internal checks disagree
opinion-disagree-gap = On paper { $part } { $entered }, but service users rate it at most { $upper }.
opinion-disagree-high = On paper { $part } { $entered }, but service users' answers show a high potential of maladministration.
opinion-predicate-high = High potential of maladministration
opinion-predicate-low = Low potential of maladministration
opinion-predicate-undecided = Not decided yet: more answers are needed
opinion-predicate-too-small = Too few answers: { $n } of the { $min } needed
opinion-list-caption = Opinion per provider, { $year }
opinion-agency = Provider
opinion-still-missing = Still missing
opinion-no-data = No data yet
opinion-followed-up = Followed up every Ombudsman finding this year
opinion-followed-up-help = If yes, the opinion adds «Without maladministration».
opinion-unknown = Not known
opinion-yes = Yes
opinion-no = No
opinion-value-help = A number from 0 to 100. Leave empty when there is none yet.
opinion-value-invalid = Write a number from 0 to 100, e.g. 81.5.
opinion-edit-intro = The assessor's figures for { $year }, method { $method }. Survey figures come from the answers themselves.
opinion-csv = CSV content
opinion-csv-help = First line: agency_slug,year,part,value. Then one line per figure, e.g. kab-klungkung,2026,standards,97. Every line is checked first; if one is wrong, nothing changes.
opinion-csv-line = Line { $line }: { $problem }
opinion-csv-header = the header must be agency_slug,year,part,value
opinion-csv-columns = needs 4 comma-separated columns
opinion-csv-agency = no provider «{ $value }»
opinion-csv-year = «{ $value }» is not a year 2000–2100
opinion-csv-part = «{ $value }» is not an entered part of this method; use one of: { $parts }
opinion-csv-value = «{ $value }» is not a number from 0 to 100
opinion-csv-empty = There are no figure lines below the header.
plan-title = Follow-up plan
plan-intro = Start with the elements that scored lowest. Write what will be done, who does it and by when. The next period's report shows whether the score rose.
plan-period = Period
plan-weakest = Elements, weakest first
plan-weakest-caption = Each element's score with its 95 % range (in brackets)
plan-element = Element
plan-score = Score (95 % range)
plan-answered = Answered
plan-add = Add an action
plan-actions = Actions for { $period }
plan-actions-caption = Actions, by deadline
plan-none = No actions for this period yet.
plan-action = Action
plan-action-help = What will be done, in a sentence or two.
plan-owner = Owner
plan-owner-help = A role or a name, such as Head of Services.
plan-due = Deadline
plan-evidence = Evidence and notes
plan-evidence-help = What was done, and where the proof is (a letter, a photo, a link).
plan-overdue = Overdue
plan-update = Update
plan-unit = Service unit
plan-whole = The whole survey
plan-new = New action
plan-edit = Action status
plan-earlier = The { $period } plan and its outcome
plan-earlier-caption = Each element's score before and after the action
plan-change = Change
plan-rose = Rose, beyond chance
plan-fell = Fell, beyond chance
plan-same = No real change
plan-no-figure = No score yet
plan-link = Follow-up plan
plan-status-planned = Planned
plan-status-in-progress = In progress
plan-status-done = Done
plan-date-wrong = Write the date like 2026-06-30.
plan-too-long = Too long: at most { $max } characters.
plan-element-wrong = Choose one of this survey's elements.
pub-intro = The survey results this office has published: each service unit's score, how many people answered, and what is being improved. Answers carry no one's name.
pub-none = This office has not published any survey results yet.
pub-period = Period { $period }, { $n } answers.
pub-overall = Overall score:
pub-units-caption = Each service unit's score, { $period } (95 % range in brackets)
pub-index = Score
pub-verdict = What it means
pub-respondents = Answers
pub-badge = Badge
pub-trend = Period by period
pub-no-plan = No improvement plan for this period yet.
pub-plan-progress = { $done } of { $all } actions are done.
pub-badge-title = { $unit }'s survey score
pub-see-all = See all results
publish-title = Publish results
publish-intro = Choose finished periods to publish on your office's public page. Citizens' comments are never published.
publish-period = Period
publish-state = State
publish-published = Published
publish-not = Not published
publish-do = Publish
publish-withdraw = Withdraw
publish-confirm = Yes, I am sure
publish-page = This office's public page
publish-link = Publish results
publish-caption = Finished periods
cert-title = Public service report card { $year }
cert-genuine = This certificate is genuine: issued by an assessor on Persepsi on { $date }. The figures below are the printed ones.
cert-caption = Service users' perception per unit (95 % range in brackets)
cert-survey = Survey
cert-code = Verification code: { $code }
cert-how = Anyone can check this certificate: open /v/ followed by the verification code on this site.
cert-unknown-title = Unknown code
cert-unknown-body = No certificate has this code. Check the code again; if it is right, the certificate was not issued here.
cert-list = Report cards and certificates
cert-intro = A report card holds each unit's perception results for a year, frozen when issued, with a code anyone can check.
cert-year = Year
cert-issue = Issue a report card
cert-issued = Issued
cert-none = No report cards for this agency yet.
cert-confirm = I have checked the figures; issue it.
predicate-too-small = Sample too small for the predicate: { $n } of the { $min } responses needed so far.
predicate-high = High potential for maladministration: more than { $share } % of service users almost certainly met { $forms }.
predicate-low = Low potential for maladministration: each form of maladministration was met by at most { $share } % of service users (judged on the 95 % interval).
predicate-undecided = Not decided yet: for { $forms }, the 95 % interval includes the { $share } % threshold. More responses are needed.
predicate-unconfirmed = The Ombudsman has not published this threshold; it is an estimate.
method-follows = This survey follows the { $title }, version { $version }.
cutoffs-unpublished = The Ombudsman has not published these cut-offs; they are estimates.
method-note-title = Assessment method and unconfirmed figures
prevalence-title = Forms of maladministration met
prevalence-intro = The share of service users who met each form of maladministration (answer 1 or 2), with its 95 % interval (Wilson). "Don't know / not applicable" answers are not counted.
prevalence-pooled = For an agency, the answers of all its units are pooled and counted together.
prevalence-form = Form of maladministration
prevalence-share = Met it
prevalence-range = 95 % interval
prevalence-met = Met / answered
predicate = Predicate
method = Assessment method
method-help = The Ombudsman method that uses this survey's results. A survey already running keeps its version.
method-none = None (e.g. SKM)
method-misfit = This method does not use the chosen questionnaire.

# Proof of service by photo.
proof-photos = Photo proof of service
proof-photos-no = Not asked
proof-photos-yes = Ask for a photo of the ticket or document (may be skipped)
proof-photos-help = Citizens may attach a photo of a ticket or document from the office. Only the Ombudsman's assessor sees it, never the office being rated; it is deleted after the review.
photo-label = A photo of the ticket or document from this office (you may skip)
photo-help = Only for the Ombudsman's assessor, never this office; deleted after the review.
photo-kept = Photo received. You do not need to choose it again.
photo-not-image = This file is not a photo. Choose a JPEG, PNG or WebP photo, or skip it.
photo-too-large = This photo is too large. Choose a smaller one, or skip it.
photo-unreadable = This photo cannot be read. Take it again, or skip it.
proofs-title = Photo proof of service
proofs-intro = Photos citizens sent as proof that they received the service. Once accepted, the answers count as verified. Every time a photo is viewed it is written to the audit log under your name.
proofs-none = No photo is waiting for review.
proofs-link = Photo proof
proof-survey = Survey
proof-unit = Service unit
proof-date = Sent
proof-image-alt = Photo a citizen sent as proof of service
proof-accept = Accept as proof
proof-reject = Reject
proof-reason = Why it is rejected
proof-reason-required = Write why it is rejected.
proof-confirm = I am sure: this decision cannot be undone and is logged under my name.
proof-confirm-required = Tick the confirmation box first.
proof-open = View and review
proofs-verified-note = The "verified" score counts answers with a service code or a photo proof an assessor accepted.
nav-proofs = Photo proofs

# The survey report
report-title = Survey Results Report
report-for-unit = Service unit: { $unit }
report-for-all = All service units ({ $count })
report-period = Period { $period } (months { $from } to { $to })
report-running = This period has not ended: the figures may still change.
report-made = Made { $date } with Persepsi
report-s-intro = 1. Introduction
report-intro = This report gives the results of the survey "{ $survey }" at { $agency } for the period { $period }: how the data were collected, who answered, each element's score and the overall index with its 95 % interval, the weakest elements and the follow-up plan, the comparison with earlier periods, and what came of the previous period's plan.
report-instrument = Questionnaire used: { $instrument }. Its questions are in Annex A.
report-s-collection = 2. Data collection
report-dates = The counted answers arrived between { $first } and { $last } (WIB), without names or personal data.
report-no-responses = No counted answers in this period yet.
report-channels = Answers by how they were given
report-channel-form = Online form (link, QR code, agency website)
report-channel-api = Another application through the API
report-channel-import = Paper questionnaires entered
report-channel-demo = Example data (demo)
report-col-channel = How given
report-col-responses = Answers
report-col-percent = Percent
report-sample-enough = Respondents: { $n }. The minimum sample for { $population } service users is { $required } (Krejcie–Morgan table, 95 % confidence, 5 % margin): the sample is large enough.
report-sample-short = Respondents: { $n }. The minimum sample for { $population } service users is { $required } (Krejcie–Morgan table, 95 % confidence, 5 % margin): { $missing } short, so read these results with care.
report-sample-unknown = Respondents: { $n }. Not every unit has recorded its number of service users, so the minimum sample (Krejcie–Morgan table) cannot be worked out yet.
report-suspect = { $count } suspicious answers (for example sent again and again from one network) are not counted.
report-verified = { $count } answers came with a service code or an accepted photo proof.
report-s-profile = 3. Respondents
report-no-profile = This questionnaire does not ask about the respondents.
report-not-answered = Did not answer
report-col-answer = Answer
report-col-count = Count
report-s-results = 4. Results
report-overall = Overall index { $score } (95 % interval: { $ci }) from { $n } respondents. Grade: { $grade }.
report-units = Index per service unit
report-col-unit = Service unit
report-col-respondents = Respondents
report-col-index = Index
report-col-ci = 95 % interval
report-col-grade = Grade
report-elements = Score per element
report-col-element = Element
report-col-answered = Answered
report-col-mean = Mean
report-col-score = Score
report-chart-elements = Score per element; horizontal lines: 95 % interval; vertical lines: grade boundaries
report-forms = Forms of maladministration respondents went through
report-chart-forms = Percent of respondents who went through it, with 95 % interval
report-col-form = Form
report-col-met = Went through it
report-s-plan = 5. Weakest elements and the follow-up plan
report-weakest = Elements with the lowest scores: { $list }.
report-no-actions = No action has been written for this period yet. Write them on the Follow-up plan page.
report-actions = Follow-up plan for { $period }
report-col-status = Status
report-s-trend = 6. Compared with earlier periods
report-trend = Index per period
report-chart-trend = Index per period with 95 % interval
report-col-period = Period
report-col-change = Change
report-significant = more than chance
report-not-significant = within chance
report-trend-sentence = Compared with { $period }, the index changed by { $change }.
report-no-trend = There is no earlier period to compare with yet.
report-s-earlier = 7. What came of the plan for { $period }
report-earlier = Last period's actions and their element's score before and after
report-no-earlier = No action was planned for { $period }.
report-col-before = Before
report-col-after = After
report-earlier-done = { $done } of { $all } actions of { $period } are done.
report-s-conclusions = 8. Conclusions
report-sign-place = ......................, { $date }
report-sign-role = Head of { $unit }
report-sign-name = (name, signature and staff number)
report-annex-questions = Annex A. Questionnaire
report-optional = (may be skipped)
report-free-text = Free answer.
report-options = Answers offered: { $list }.
report-annex-data = Annex B. Processed data
report-data = Statistics per element
report-col-sd = Standard deviation
report-col-coverage = Share answering
report-annex-method = Annex C. How the figures are computed
report-method-ci = 95 % interval: linearisation (delta method) of the ratio estimator over respondents, Student's t with n − 1 degrees of freedom, clipped to the scale. Each element's interval: Student's t over those who answered it.
report-method-bands = Grade boundaries: table { $table }.
report-method-name = Assessment method: { $method }.
report-method-suspect = Answers flagged suspicious by the automatic checks are not counted unless restored after review.
report-unconfirmed = boundary not officially published
report-all-units = All units
report-pdf = Download PDF
report-help = Download the PDF to sign, or print this page on A4 paper. The figures are the API's for the same filter.
report-link = Survey results report
report-page = Page { $n } of { $total }
signal-pace = Given on a kiosk tablet sooner after its previous response than one person can walk up and answer.
signal-short-pace = kiosk too quick
role-enumerator = Enumerator (interviews only)
channel-kiosk = Tablet at the counter (kiosk)
channel-interview = Face-to-face interview
field-title = Collection: channels, kiosks and interviews
field-intro = How this survey's answers were collected, per unit. Every figure counts stored responses, suspect ones included.
field-by-channel = Responses per unit and channel
field-total = All
field-progress = { $done } of { $target }
field-targets = Interview targets
field-targets-help = How many interviews each unit needs (0 or empty: no target). Interviewers see the progress on their phones.
field-target = Target
field-interviewed = Interviews
field-save-targets = Save targets
field-targets-saved = Targets saved.
field-target-bad = Write a whole number from 0 to 10,000.
field-interviewers = Interviews per interviewer
field-no-interviews = No interviews yet.
field-per-unit = Per unit
field-last = Newest
field-mode = Interviewed and self-completed scores
field-mode-help = A unit's score from interviews beside its score from answers people gave themselves (their phone, a kiosk, an app), each with its 95% interval. Intervals far apart suggest people answer an interviewer differently.
field-mode-asked = Interviewed
field-mode-own = Self-completed
kiosks-link = Kiosk tablets at the counter
kiosks-title = Kiosk tablets
kiosks-intro = A tablet at the counter shows this survey to one respondent after another: full screen, starting over after each answer and when someone walks away. Its answers are kept on the tablet when the network drops and sent when it returns.
kiosks-none = No tablet is registered yet.
kiosk-waiting = Waiting to be paired (code valid until { $until })
kiosk-paired = Paired on { $at }
kiosk-revoked = Revoked on { $at }
kiosk-fresh = Pair “{ $name }” now
kiosk-fresh-how = On the tablet, open the address below (or scan the QR code) and type this code:
kiosk-fresh-until = The code works once, until { $until }. It is not shown again.
kiosk-revoke = Revoke
kiosk-revoke-warning = “{ $name }” will stop taking answers at once. This cannot be undone: to use the tablet again, register it anew.
kiosk-revoke-yes = Yes, revoke this tablet
kiosk-revoked-done = The tablet was revoked.
kiosk-register = Register a tablet
kiosk-register-help = Give it a name the staff recognise and the unit whose counter it stands at.
kiosk-name = Tablet name
kiosk-name-needed = Write a name of up to 80 characters.
kiosk-faces = Show a face beside each answer from 1 to 4 (the words stay)
kiosk-state = State
kiosk-responses = Answers
pair-title = Pair this tablet
pair-intro = Type the eight-digit code shown on the survey's “Kiosk tablets” page. The tablet will then show the survey to one respondent after another.
pair-code = Pairing code
pair-submit = Pair
pair-bad = This code does not pair a tablet: it is wrong, used, expired or revoked. Ask the manager for a new one.
kiosk-attract = How was our service today?
kiosk-start = Start
kiosk-thanks = Your answers were saved. The next person can start in a moment.
kiosk-waiting-send = answers waiting for the network
field-state-kept = Kept on this phone
field-state-sent = Sent
field-state-refused = Refused
field-state-screened = Not a service user (nothing to send)
field-offline = No connection: the interviews stay on this phone and go when it returns.
field-sign-in-again = Sign in again to send; the interviews stay on this phone.
field-sync-done = All interviews on this phone are sent.
field-sync-nothing = Nothing to send.
interviews-title = Interviews
interviews-intro = Ask the questions aloud and enter the answers. Interviews are kept on this phone, also without a connection, and sent when it returns. The respondent stays anonymous; you are recorded as the interviewer.
interviews-kept = On this phone
interviews-kept-none = No interview on this phone yet.
interviews-when = When
interviews-send = Send now
interviews-needs-js = Interviews are kept on the phone by its browser: turn JavaScript on.
interviews-where = Start an interview
interviews-none-open = No survey you may collect for is open now.
interviews-back = Back to the interviews
interview-saved = Interview saved on this phone. The form is ready for the next respondent.
nav-interviews = Interviews
counters-title = Counters and officers
counters-intro = Give each counter (or officer) its own link and QR code, and see which one needs attention. A counter's figures show from { $min } answers up, only here: never to citizens, never on the public page.
counters-none = No counter yet: answers are attributed to their unit only.
counters-too-few = Fewer than { $min } answers: not shown
counters-link = Link and QR code
counters-add = Add a counter
counters-label = Counter or officer
counters-label-help = As the staff call it, for example “Loket 2”. Citizens never see it.
counters-label-needed = Write a name of up to 60 characters.
counters-score = Score (95% interval)
interview-stored = Interview sent and stored. The form is ready for the next respondent.
survey-copy-title = A new period of “{ $title }”
survey-copy-intro = Everything is filled in from the survey you copy. Give it a new address code and the new period's dates; it starts as a draft, and the first survey with its answers stays as it is.
survey-copy-link = Copy to a new period
webhooks-title = Webhooks
webhooks-lead = Tell your agency's other systems (a complaints app, a dashboard) automatically whenever one of the events below happens. Each delivery is signed and, when it fails, tried again for a day. Deliveries never slow down the citizens answering a survey.
webhooks-none = No webhooks yet.
webhooks-add = Add a webhook
webhook-url = Receiver address (URL)
webhook-url-help = An https:// address of your system that accepts POST requests carrying JSON.
webhook-url-bad = Write a full address starting with https:// (500 characters at most).
webhook-url-private = This address leads to an internal network or to this machine, or its name is unknown; deliveries there are not allowed.
webhook-events = Events to send
webhook-events-needed = Choose at least one event.
webhook-event-stored = Responses stored (in batches, at most once a minute)
webhook-event-band = A unit's band changed
webhook-event-closed = A survey period closed
webhook-event-proof = A proof photo awaits review
webhook-secret-once = This webhook's secret. It is shown once only: keep it in the receiving system to check each delivery's signature.
webhook-signing-help = Each delivery carries the headers X-Persepsi-Timestamp (Unix seconds) and X-Persepsi-Signature holding sha256= followed by the HMAC-SHA256, under the secret, of the timestamp, a dot and the body. Refuse a delivery whose signature does not match or whose time is more than 5 minutes ago. One delivery may arrive more than once: use X-Persepsi-Delivery to recognise it.
webhook-deliveries = Latest deliveries
webhook-no-deliveries = No deliveries yet.
webhook-col-time = Time
webhook-col-event = Event
webhook-col-state = State
webhook-col-tries = Attempts
webhook-col-answer = Receiver's answer
webhook-state-pending = Waiting, will be tried again
webhook-state-delivered = Delivered
webhook-state-failed = Failed, no more attempts
webhook-retry = Send again
webhook-remove = Remove this webhook
webhook-remove-confirm = Yes, remove this webhook and its delivery log
webhook-remove-needed = Tick this box to remove it.
webhook-link = Webhooks: automatic notices to other systems
webhook-too-many = This agency already has 10 webhooks, the most allowed. Remove one first.
