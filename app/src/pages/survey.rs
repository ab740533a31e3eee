//! The citizen's form: `GET /s/{slug}`, and the same form re-shown with the
//! answers kept and a message beside each wrong field.

use super::survey_fields::{code_field, own_questions, unit_field};
use crate::components::form_parts::{honeypot, language_switch};
use crate::components::item::{ItemField, first_input_id};
use crate::components::keeper::{KeeperWords, SendKeeper};
pub use crate::components::photo::PhotoField;
use crate::components::photo::{PHOTO_FIELD, photo_field};
use crate::components::progress::{COUNT_MARK, FormProgress};
use crate::domain::answers::{FORM_FIELD, FieldErrors};
use crate::domain::instrument::{Instrument, Item, ItemKind};
use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Everything the form shows.
#[derive(Clone, Debug)]
pub struct SurveyView {
    /// Public slug.
    pub slug: String,
    /// Where the form lives and posts: `/s/{slug}`, or `/embed/{slug}`
    /// inside another site's page.
    pub base: String,
    /// Survey title.
    pub title: String,
    /// Agency name.
    pub agency: String,
    /// Units the respondent can pick: (slug, name).
    pub units: Vec<(String, String)>,
    /// The unit already chosen (from `?u=` or the previous submit).
    pub unit: Option<String>,
    /// The instrument version.
    pub instrument: Arc<Instrument>,
    /// The signed one-time token of this form (at a kiosk or in an
    /// interview: the id the answer set is kept and stored under).
    pub token: String,
    /// Page language.
    pub lang: Lang,
    /// Answers given so far.
    pub values: BTreeMap<String, String>,
    /// Problems per field.
    pub errors: FieldErrors,
    /// The service code, as typed or from the link.
    pub code: Option<String>,
    /// The question the page opens on, after the screening step.
    pub focus: Option<String>,
    /// The photo of the receipt or document, when the survey asks for one.
    pub photo: Option<PhotoField>,
    /// Set when the form is filled at a kiosk or in an interview rather
    /// than on the citizen's own phone.
    pub field: Option<FieldForm>,
    /// The code of the counter (*loket*) whose link or poster it came
    /// from, carried along unseen.
    pub counter: Option<String>,
    /// The agency's own questions (their published version), asked after
    /// the instrument's.
    pub own: Option<Arc<Instrument>>,
}

/// Who fills the form in when it is not the citizen on their own phone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// One respondent after another on a tablet at the counter.
    Kiosk,
    /// An interviewer asking aloud and entering the answers.
    Interview,
}

impl FieldKind {
    /// The name the page's script reads.
    pub fn code(self) -> &'static str {
        match self {
            FieldKind::Kiosk => "kiosk",
            FieldKind::Interview => "interview",
        }
    }
}

/// A form filled at a kiosk or in an interview: its answers are kept on
/// the device and sent by `/field.js` (never by the citizen's keeper,
/// which would keep one person's half-answers for the next).
#[derive(Clone, Debug)]
pub struct FieldForm {
    /// Kiosk or interview.
    pub kind: FieldKind,
    /// Whether the 1–4 answers also show a face.
    pub faces: bool,
    /// Where the script sends kept answers.
    pub post: String,
    /// The session's anti-forgery token, for an interviewer's form sent
    /// without the script.
    pub csrf: Option<String>,
}

impl SurveyView {
    /// The questions a respondent must answer with a choice, which the
    /// progress line counts (optional ones are not "left to do").
    pub fn required_choices(&self) -> usize {
        self.items()
            .filter(|i| {
                matches!(i.kind, ItemKind::Scale | ItemKind::Choice)
                    && i.required
                    && i.show_if.is_none()
            })
            .count()
    }

    /// Every question the form asks: the instrument's, then the agency's
    /// own.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        let own = self.own.iter().flat_map(|o| o.items.iter());
        self.instrument.items.iter().chain(own)
    }

    /// The question with this key, and the form it belongs to.
    fn item(&self, key: &str) -> Option<(&Instrument, &Item)> {
        [Some(&self.instrument), self.own.as_ref()]
            .into_iter()
            .flatten()
            .find_map(|form| form.item(key).map(|i| (&**form, i)))
    }

    /// About how long the form takes, in whole minutes: a few seconds a
    /// choice, more for writing.
    pub fn minutes(&self) -> u64 {
        let secs: u64 = self
            .items()
            .map(|i| if i.kind == ItemKind::Text { 15 } else { 8 })
            .sum();
        secs.div_ceil(60).max(1)
    }
}

/// The form page's body: who asks and why, then the first question on the
/// first screen; the service code and the send button at the end.
#[component]
pub fn SurveyPage(view: Arc<SurveyView>) -> impl IntoView {
    let lang = view.lang;
    let v = view.clone();
    let summary = (!v.errors.is_empty()).then(|| error_summary(&v));
    let unit_field = unit_field(&v.units, v.unit.as_ref(), &v.errors, lang);
    let code_field = v
        .field
        .is_none()
        .then(|| code_field(v.code.clone(), &v.errors, lang));
    let items = questions(&v);
    let own = own_questions(
        v.own.as_ref(),
        v.instrument.items.len() + 1,
        &v.values,
        &v.errors,
        lang,
    );
    let photo = v.photo.as_ref().map(|p| photo_field(p, &v.errors, lang));
    let enctype = v.photo.is_some().then_some("multipart/form-data");
    crate::shell::describe(i18n::DESCRIBE_FORM.with(
        lang,
        &[
            ("survey", v.title.clone().into()),
            ("agency", v.agency.clone().into()),
        ],
    ));
    let about = i18n::FORM_ABOUT.with(
        lang,
        &[
            ("agency", v.agency.clone().into()),
            ("minutes", v.minutes().into()),
        ],
    );
    let intro = v.instrument.intro.as_ref().map(|t| t.get(lang).to_string());
    view! {
        <main class="page survey">
            <header class="page-head">
                <p class="agency">{v.agency.clone()}</p>
                <h1>{v.title.clone()}</h1>
                <p class="about">{about}</p>
                <details class="about-more">
                    <summary>{i18n::FORM_ABOUT_MORE.get(lang)}</summary>
                    {intro.map(|t| view! { <p>{t}</p> })}
                    <p>{i18n::FORM_ABOUT_RESULTS.get(lang)}</p>
                    <p>{i18n::FORM_ABOUT_ASK.get(lang)}</p>
                </details>
            </header>
            {summary}
            <form
                id="survey-form"
                method="post"
                action=v.base.clone()
                enctype=enctype
                novalidate=true
                class=v.field.as_ref().filter(|f| f.faces).map(|_| "faces")
                data-field=v.field.as_ref().map(|f| f.kind.code())
                data-post=v.field.as_ref().map(|f| f.post.clone())
            >
                <input type="hidden" name="token" value=v.token.clone() />
                <input type="hidden" name="lang" value=lang.code() />
                {v.counter.clone().map(|c| view! { <input type="hidden" name="counter" value=c /> })}
                {v.field.as_ref().and_then(|f| f.csrf.clone()).map(|c| view! { <input type="hidden" name="csrf" value=c /> })}
                {unit_field}
                {honeypot(lang)}
                {items}
                {own}
                {photo}
                {code_field}
                <div class="submit-bar">
                    <FormProgress message=i18n::PROGRESS
                        .with(lang, &[("count", COUNT_MARK.into()), ("total", v.required_choices().into())]) />
                    {v.field.is_none().then(|| view! { <SendKeeper slug=v.slug.clone() words=KeeperWords::new(lang) /> })}
                    <button type="submit" class="button">{i18n::SUBMIT.get(lang)}</button>
                </div>
            </form>
            // After the form, so that Enter in a text field never switches
            // the language; the style sets it at the top.
            {v.field.is_some().then(|| view! {
                <p class="lang-bar">
                    <a href=format!("?lang={}", lang.other().code()) class="lang-switch" lang=lang.other().code()>
                        {i18n::OTHER_LANGUAGE.get(lang)}
                    </a>
                </p>
                <script src="/field.js" defer></script>
            })}
            {v.field.is_none().then(|| language_switch("survey-form", lang))}
            {v.base.starts_with("/embed/").then(|| view! { <script src="/embed-frame.js" defer></script> })}
        </main>
    }
}

/// The questions, each after its section heading, with the scale's stem
/// before the first scale question.
fn questions(v: &SurveyView) -> impl IntoView + use<> {
    let lang = v.lang;
    let instrument = v.instrument.clone();
    let first_scale = instrument
        .items
        .iter()
        .position(|i| i.kind == ItemKind::Scale);
    let steps = instrument
        .items
        .iter()
        .filter(|i| i.section.is_some())
        .count();
    let mut step = 0;
    instrument
        .items
        .iter()
        .enumerate()
        .map(|(pos, item)| {
            let section = item.section.as_ref().map(|s| {
                step += 1;
                let caption =
                    i18n::FORM_STEP.with(lang, &[("step", step.into()), ("steps", steps.into())]);
                view! {
                    <h2 class="section">
                        <span class="step">{caption}</span>
                        {s.get(lang).to_string()}
                    </h2>
                }
            });
            let stem = (Some(pos) == first_scale)
                .then(|| instrument.stem.as_ref())
                .flatten()
                .map(|s| view! { <p class="stem">{s.get(lang).to_string()}</p> });
            view! {
                {section}
                {stem}
                <ItemField
                    instrument=instrument.clone()
                    index=pos + 1
                    item=item.clone()
                    value=v.values.get(&item.key).cloned()
                    errors=v.errors.get(&item.key).cloned().unwrap_or_default()
                    lang=lang
                    focus=v.focus.as_deref() == Some(item.key.as_str())
                />
            }
        })
        .collect_view()
}

/// The list of problems at the top, each linking to its field.
fn error_summary(v: &SurveyView) -> impl IntoView + use<> {
    let lang = v.lang;
    // In the order the fields appear: unit, then the questions.
    let position = |key: &str| match key {
        FORM_FIELD | "token" => 0,
        "unit" => 1,
        "code" => usize::MAX - 1,
        PHOTO_FIELD => usize::MAX - 2,
        _ => {
            2 + v
                .items()
                .position(|i| i.key == key)
                .unwrap_or(usize::MAX - 4)
        }
    };
    let mut ordered: Vec<_> = v.errors.iter().collect();
    ordered.sort_by_key(|(key, _)| position(key));
    let entries = ordered
        .into_iter()
        .map(|(key, messages)| {
            let text = messages
                .iter()
                .map(|m| m.get(lang).to_string())
                .collect::<Vec<_>>()
                .join(" ");
            let (href, label) = match v.item(key) {
                Some((form, item)) => (format!("#{}", first_input_id(form, item)), String::new()),
                None if key == "unit" => (
                    "#in-unit".to_string(),
                    format!("{}: ", i18n::UNIT_LABEL.get(lang)),
                ),
                None if key == "code" => (
                    "#in-code".to_string(),
                    format!("{}: ", i18n::CODE_LABEL.get(lang)),
                ),
                None if key == PHOTO_FIELD => ("#in-proof-photo".to_string(), String::new()),
                // The token, the form as a whole, or a question the
                // survey does not have.
                None => ("#survey-form".to_string(), String::new()),
            };
            view! {
                <li>
                    <a href=href>{label}{text}</a>
                </li>
            }
        })
        .collect_view();
    view! {
        // Focused as the page opens (no script needed), so a screen reader
        // reads it first and a sighted user sees it.
        <div class="error-summary" role="alert" id="error-summary" tabindex="-1" autofocus=true>
            <h2>{i18n::FIX_ERRORS.get(lang)}</h2>
            <ul>{entries}</ul>
        </div>
    }
}
