//! Collecting away from the citizen's own phone: the kiosk tablet's pages
//! (pairing, then the unit's survey between an attract screen and a
//! thanks screen) and the interviewer's list and form. The answers are
//! kept and sent by `/field.js`; every page reads without it.

use crate::domain::text::Lang;
use crate::i18n;
use crate::pages::survey::{SurveyPage, SurveyView};
use leptos::prelude::*;
use std::sync::Arc;

/// The pairing page of a tablet not yet paired.
#[derive(Clone, Debug)]
pub struct PairView {
    /// Page language.
    pub lang: Lang,
    /// The code as typed or from the QR link.
    pub code: String,
    /// What was wrong with it.
    pub error: Option<String>,
}

/// "Pair this tablet": one field, the code.
#[component]
pub fn PairPage(view: PairView) -> impl IntoView {
    let lang = view.lang;
    let error = view.error.clone();
    view! {
        <main class="page kiosk-pair">
            <h1>{i18n::PAIR_TITLE.get(lang)}</h1>
            <p class="lead">{i18n::PAIR_INTRO.get(lang)}</p>
            {error.clone().map(|e| view! {
                <div class="error-summary" role="alert" tabindex="-1" id="error-summary" autofocus=true>
                    <h2>{i18n::FIX_ERRORS.get(lang)}</h2>
                    <ul><li><a href="#in-code">{e}</a></li></ul>
                </div>
            })}
            <form method="post" action="/kiosk/pair" novalidate=true>
                <input type="hidden" name="lang" value=lang.code() />
                <div class=if error.is_some() { "item has-error" } else { "item" }>
                    <label for="in-code">{i18n::PAIR_CODE.get(lang)}</label>
                    {error.clone().map(|e| view! { <p class="field-error" id="err-code">{e}</p> })}
                    <input id="in-code" type="text" name="code" inputmode="numeric" autocomplete="off"
                        maxlength="12" required=true value=view.code.clone() class="pair-input"
                        aria-invalid=error.is_some().then_some("true")
                        aria-describedby=error.is_some().then_some("err-code") />
                </div>
                <p class="actions"><button type="submit" class="button">{i18n::PAIR_SUBMIT.get(lang)}</button></p>
            </form>
        </main>
    }
}

/// A paired tablet's page.
#[derive(Clone, Debug)]
pub struct KioskView {
    /// The unit's survey, in kiosk mode.
    pub survey: Arc<SurveyView>,
    /// The unit's name.
    pub unit: String,
    /// Seconds an untouched form waits before starting over.
    pub idle_secs: u32,
    /// Seconds the thanks stay.
    pub thanks_secs: u32,
    /// Whether the last respondent's answers were just stored (shown at
    /// the top of the fresh form when the page has no script).
    pub thanked: bool,
}

/// The survey between the attract screen and the thanks screen.
#[component]
pub fn KioskPage(view: KioskView) -> impl IntoView {
    crate::shell::installable("/kiosk.webmanifest");
    let lang = view.survey.lang;
    let agency = view.survey.agency.clone();
    view! {
        <div
            class="kiosk"
            id="kiosk"
            data-idle=view.idle_secs.to_string()
            data-thanks=view.thanks_secs.to_string()
            data-state="form"
        >
            <section class="kiosk-attract" id="kiosk-attract" aria-label=i18n::KIOSK_ATTRACT.get(lang) hidden=true>
                <p class="agency">{agency.clone()}</p>
                <p class="attract-title">{i18n::KIOSK_ATTRACT.get(lang)}</p>
                <p class="attract-unit">{view.unit.clone()}</p>
                <button type="button" class="button big" id="kiosk-start">{i18n::KIOSK_START.get(lang)}</button>
            </section>
            {view! { <SurveyPage view=view.survey.clone() /> }.into_any()}
            <section class="kiosk-thanks" id="kiosk-thanks" aria-label=i18n::THANKS_TITLE.get(lang) hidden=!view.thanked>
                <p class="attract-title" role="status">{i18n::THANKS_TITLE.get(lang)}</p>
                <p>{i18n::KIOSK_THANKS.get(lang)}</p>
            </section>
            <aside class="kiosk-outbox" aria-label=i18n::KIOSK_WAITING_SEND.get(lang)>
                <p id="field-status" role="status" aria-live="polite" data-waiting=i18n::KIOSK_WAITING_SEND.get(lang)></p>
            </aside>
        </div>
    }
}

/// One unit an interviewer may collect for.
#[derive(Clone, Debug)]
pub struct InterviewUnit {
    /// Its slug.
    pub slug: String,
    /// Its name.
    pub name: String,
    /// Interviews stored for it.
    pub done: u64,
    /// Its target, if any.
    pub target: Option<u32>,
}

/// One survey an interviewer may collect for.
#[derive(Clone, Debug)]
pub struct InterviewSurvey {
    /// Its slug.
    pub slug: String,
    /// Its title.
    pub title: String,
    /// Its agency's name.
    pub agency: String,
    /// Its units.
    pub units: Vec<InterviewUnit>,
}

/// The interviewer's list.
#[derive(Clone, Debug)]
pub struct InterviewsView {
    /// The surveys open now.
    pub surveys: Vec<InterviewSurvey>,
    /// The anti-forgery token the script sends with.
    pub csrf: String,
}

/// The words `/field.js` shows, as one JSON object in `data-words`.
fn outbox_words(lang: Lang) -> String {
    serde_json::json!({
        "kept": i18n::FIELD_STATE_KEPT.get(lang),
        "sent": i18n::FIELD_STATE_SENT.get(lang),
        "refused": i18n::FIELD_STATE_REFUSED.get(lang),
        "screened": i18n::FIELD_STATE_SCREENED.get(lang),
        "offline": i18n::FIELD_OFFLINE.get(lang),
        "signin": i18n::FIELD_SIGN_IN_AGAIN.get(lang),
        "done": i18n::FIELD_SYNC_DONE.get(lang),
        "nothing": i18n::FIELD_SYNC_NOTHING.get(lang),
        "saved": i18n::INTERVIEW_SAVED.get(lang),
    })
    .to_string()
}

/// The list: what is kept on this phone, then where to interview.
#[component]
pub fn InterviewsPage(view: InterviewsView, lang: Lang) -> impl IntoView {
    crate::shell::installable("/interviews.webmanifest");
    let surveys = view
        .surveys
        .iter()
        .map(|s| {
            let rows = s
                .units
                .iter()
                .map(|u| {
                    let progress = match u.target {
                        Some(t) => i18n::FIELD_PROGRESS
                            .with(lang, &[("done", u.done.into()), ("target", u64::from(t).into())]),
                        None => u.done.to_string(),
                    };
                    view! {
                        <li class="interview-unit">
                            <a class="button secondary" href=format!("/admin/interviews/{}/{}", s.slug, u.slug)>
                                {u.name.clone()}
                            </a>
                            " "
                            <span class="progress-count">{i18n::FIELD_INTERVIEWED.get(lang)}": " {progress}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="interview-survey" aria-label=s.title.clone()>
                    <h2>{s.title.clone()}</h2>
                    <p class="agency">{s.agency.clone()}</p>
                    <ul class="plain">{rows}</ul>
                </section>
            }
        })
        .collect_view();
    let words = outbox_words(lang);
    let empty = view.surveys.is_empty();
    view! {
        <h1>{i18n::INTERVIEWS_TITLE.get(lang)}</h1>
        <p class="lead">{i18n::INTERVIEWS_INTRO.get(lang)}</p>
        <section
            id="field-kept"
            aria-labelledby="kept-title"
            data-post="/admin/interviews/responses"
            data-csrf=view.csrf.clone()
            data-words=words.clone()
        >
            <h2 id="kept-title">{i18n::INTERVIEWS_KEPT.get(lang)}</h2>
            <p id="kept-none">{i18n::INTERVIEWS_KEPT_NONE.get(lang)}</p>
            <div class="table-wrap" role="region" tabindex="0" aria-label=i18n::INTERVIEWS_KEPT.get(lang)>
                <table id="kept-list" hidden=true>
                    <thead>
                        <tr>
                            <th scope="col">{i18n::INTERVIEWS_WHEN.get(lang)}</th>
                            <th scope="col">{i18n::UNIT_LABEL.get(lang)}</th>
                            <th scope="col">{i18n::KIOSK_STATE.get(lang)}</th>
                        </tr>
                    </thead>
                    <tbody></tbody>
                </table>
            </div>
            <p class="actions">
                <button type="button" class="button" id="field-send">{i18n::INTERVIEWS_SEND.get(lang)}</button>
            </p>
            <p id="field-status" role="status" aria-live="polite"></p>
            <noscript><p class="notice">{i18n::INTERVIEWS_NEEDS_JS.get(lang)}</p></noscript>
        </section>
        <h2>{i18n::INTERVIEWS_WHERE.get(lang)}</h2>
        {empty.then(|| view! { <p>{i18n::INTERVIEWS_NONE_OPEN.get(lang)}</p> })}
        {surveys}
        <script src="/field.js" defer></script>
    }
}

/// An interview's form: back to the list, the survey, what became of the
/// answers.
#[component]
pub fn InterviewForm(
    survey: Arc<SurveyView>,
    csrf: String,
    /// Whether the previous interview was just stored (a page sent
    /// without the script).
    saved: bool,
) -> impl IntoView {
    crate::shell::installable("/interviews.webmanifest");
    let lang = survey.lang;
    let words = outbox_words(lang);
    let kept = view! {
        <nav class="field-back" aria-label=i18n::INTERVIEWS_TITLE.get(lang)>
            <a href="/admin/interviews">{i18n::INTERVIEWS_BACK.get(lang)}</a>
        </nav>
        <aside
            id="field-kept"
            aria-label=i18n::INTERVIEWS_KEPT.get(lang)
            data-post="/admin/interviews/responses"
            data-csrf=csrf
            data-words=words.clone()
        >
            <p id="field-status" class="notice" role="status" aria-live="polite" hidden=!saved>
                {saved.then(|| i18n::INTERVIEW_STORED.get(lang))}
            </p>
        </aside>
    }
    .into_any();
    view! {
        {kept}
        {view! { <SurveyPage view=survey.clone() /> }.into_any()}
    }
}
