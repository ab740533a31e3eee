//! The pages agency staff and assessors use: server-rendered, no
//! JavaScript, usable on a phone, Bahasa Indonesia first. Every page takes
//! a view model the server fills in after it has checked who may see what.

pub mod agency;
pub mod audit;
pub mod comments;
pub mod consultation;
pub mod counters;
pub mod dashboard;
pub mod field;
mod fields;
pub mod home;
pub mod kiosks;
pub mod opinion;
pub mod people;
pub mod plan;
pub mod poster;
pub mod proofs;
pub mod publish;
pub mod question_results;
pub mod questions;
pub mod report;
pub mod review;
pub mod slips;
pub mod survey;
pub mod webhooks;

use crate::domain::answers::FieldErrors;
use crate::domain::text::Lang;
use crate::i18n::{self, Tr};
use fields::field_view;
use leptos::prelude::*;

/// Kinds of provider, as ORI groups them.
pub const AGENCY_KINDS: &[(&str, Tr)] = &[
    ("ministry", Tr("kind-ministry")),
    ("agency", Tr("kind-agency")),
    ("province", Tr("kind-province")),
    ("regency", Tr("kind-regency")),
    ("city", Tr("kind-city")),
    ("police_resort", Tr("kind-police-resort")),
    ("land_office", Tr("kind-land-office")),
    ("other", Tr("kind-other")),
];

/// Sectors of service units.
pub const SECTORS: &[(&str, Tr)] = &[
    ("licensing", Tr("sector-licensing")),
    ("civil_registration", Tr("sector-civil-registration")),
    ("health", Tr("sector-health")),
    ("education", Tr("sector-education")),
    ("police", Tr("sector-police")),
    ("land", Tr("sector-land")),
    ("social", Tr("sector-social")),
    ("other", Tr("sector-other")),
];

/// The label of `code` in a list of choices, or the code itself.
pub fn label_of(list: &[(&str, Tr)], code: &str, lang: Lang) -> String {
    list.iter()
        .find(|(c, _)| *c == code)
        .map(|(_, t)| t.get(lang).to_string())
        .unwrap_or_else(|| code.to_string())
}

/// The label of a channel code (how a response was collected).
pub fn channel_label(code: &str, lang: Lang) -> String {
    let t = match code {
        "form" => i18n::REPORT_CHANNEL_FORM,
        "api" => i18n::REPORT_CHANNEL_API,
        "import" => i18n::REPORT_CHANNEL_IMPORT,
        "demo" => i18n::REPORT_CHANNEL_DEMO,
        "kiosk" => i18n::CHANNEL_KIOSK,
        "interview" => i18n::CHANNEL_INTERVIEW,
        other => return other.to_string(),
    };
    t.get(lang).to_string()
}

/// A required choice of one of `units` (slug, name), "choose" first.
pub fn unit_choice(units: &[(String, String)], chosen: &str, lang: Lang) -> Field {
    let options = std::iter::once((String::new(), i18n::UNIT_CHOOSE.get(lang).to_string()))
        .chain(units.iter().cloned())
        .collect();
    Field::new("unit", i18n::UNIT_LABEL, Input::Select(options), chosen).required()
}

/// Who is signed in, as the pages show it.
#[derive(Clone, Debug)]
pub struct Who {
    /// Their e-mail.
    pub email: String,
    /// The anti-forgery token for forms.
    pub csrf: String,
    /// Whether they assess providers (an assessor or an admin).
    pub assesses: bool,
    /// Whether they only collect interviews (an enumerator).
    pub collects_only: bool,
}

/// The frame of every signed-in page: header, navigation, sign-out.
#[component]
pub fn AdminShell(who: Who, lang: Lang, children: Children) -> impl IntoView {
    view! {
        <header class="admin-bar">
            <a class="brand" href="/admin">{i18n::ADMIN.get(lang)}</a>
            {if who.collects_only {
                view! {
                    <nav aria-label=i18n::ADMIN.get(lang)>
                        <a href="/admin/interviews">{i18n::NAV_INTERVIEWS.get(lang)}</a>
                        <a href="/admin/password">{i18n::NAV_PASSWORD.get(lang)}</a>
                        <form method="post" action="/admin/logout" class="inline">
                            <input type="hidden" name="csrf" value=who.csrf.clone() />
                            <button type="submit" class="link">{i18n::NAV_LOGOUT.get(lang)}</button>
                        </form>
                    </nav>
                }
                .into_any()
            } else {
                view! {
            <nav aria-label=i18n::ADMIN.get(lang)>
                <a href="/admin">{i18n::NAV_HOME.get(lang)}</a>
                <a href="/admin/ranking">{i18n::NAV_RANKING.get(lang)}</a>
                <a href="/admin/exports">{i18n::NAV_EXPORTS.get(lang)}</a>
                <a href="/admin/tokens">{i18n::NAV_TOKENS.get(lang)}</a>
                <a href="/admin/password">{i18n::NAV_PASSWORD.get(lang)}</a>
                <a href="/admin/people">{i18n::NAV_PEOPLE.get(lang)}</a>
                <a href="/admin/audit">{i18n::NAV_AUDIT.get(lang)}</a>
                {who.assesses.then(|| view! { <a href="/admin/opinion">{i18n::NAV_OPINION.get(lang)}</a> })}
                {who.assesses.then(|| view! { <a href="/admin/proofs">{i18n::NAV_PROOFS.get(lang)}</a> })}
                {who.assesses.then(|| view! { <a href="/admin/interviews">{i18n::NAV_INTERVIEWS.get(lang)}</a> })}
                <form method="post" action="/admin/logout" class="inline">
                    <input type="hidden" name="csrf" value=who.csrf.clone() />
                    <button type="submit" class="link">{i18n::NAV_LOGOUT.get(lang)}</button>
                </form>
            </nav>
                }
                .into_any()
            }}
            <p class="who">{i18n::SIGNED_IN_AS.get(lang)} " " {who.email.clone()}</p>
        </header>
        <main class="page admin">{children()}</main>
    }
}

/// How a field is entered.
#[derive(Clone, Debug)]
pub enum Input {
    /// One line of text.
    Text,
    /// An e-mail address.
    Email,
    /// A password.
    Password,
    /// A whole number.
    Number,
    /// A date (YYYY-MM-DD).
    Date,
    /// Several lines.
    Textarea,
    /// One of (value, label).
    Select(Vec<(String, String)>),
    /// Any of (value, label); the field's value lists the chosen, one per
    /// line.
    Checks(Vec<(String, String)>),
    /// Shown, not editable.
    Fixed,
}

/// One field of a form.
#[derive(Clone, Debug)]
pub struct Field {
    /// Form name.
    pub name: &'static str,
    /// Label.
    pub label: Tr,
    /// Help below the label.
    pub help: Option<Tr>,
    /// How it is entered.
    pub input: Input,
    /// Current value.
    pub value: String,
    /// Whether it must be filled.
    pub required: bool,
}

impl Field {
    /// A field with no help, not required.
    pub fn new(name: &'static str, label: Tr, input: Input, value: impl Into<String>) -> Self {
        Field {
            name,
            label,
            help: None,
            input,
            value: value.into(),
            required: false,
        }
    }

    /// Adds help text.
    pub fn help(mut self, help: Tr) -> Self {
        self.help = Some(help);
        self
    }

    /// Marks it required.
    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }
}

/// A form page's content.
#[derive(Clone, Debug)]
pub struct FormView {
    /// Heading.
    pub title: String,
    /// A line under the heading.
    pub intro: Option<String>,
    /// Where it posts.
    pub action: String,
    /// The fields, in order.
    pub fields: Vec<Field>,
    /// The button.
    pub submit: Tr,
    /// Problems per field (`form` for the form as a whole).
    pub errors: FieldErrors,
    /// The anti-forgery token.
    pub csrf: String,
    /// A link back.
    pub back: Option<String>,
    /// A confirmation shown above the form.
    pub notice: Option<Tr>,
}

/// A form with an error summary linking to each wrong field and the
/// message beside it.
#[component]
pub fn FormPage(form: FormView, lang: Lang) -> impl IntoView {
    let label_of = |name: &str| {
        form.fields
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.label.get(lang))
    };
    let has_slug = form.fields.iter().any(|f| f.name == "slug");
    // Signing in saves nothing: its summary says what went wrong instead.
    let heading = if form.submit == i18n::LOGIN {
        i18n::LOGIN_FIX
    } else {
        i18n::FIX_ERRORS_ADMIN
    };
    let summary = (!form.errors.is_empty()).then(|| {
        let items = form
            .errors
            .iter()
            .map(|(name, msgs)| {
                let text = msgs
                    .iter()
                    .map(|m| m.get(lang).to_string())
                    .collect::<Vec<_>>()
                    .join(" ");
                let label = label_of(name).map(|l| format!("{l}: ")).unwrap_or_default();
                view! { <li><a href=format!("#in-{name}")>{label}{text}</a></li> }
            })
            .collect_view();
        view! {
            <div class="error-summary" role="alert" tabindex="-1" id="error-summary">
                <h2>{heading.get(lang)}</h2>
                <ul>{items}</ul>
            </div>
        }
    });
    let fields = form
        .fields
        .iter()
        .map(|f| {
            field_view(
                f,
                form.errors.get(f.name).cloned().unwrap_or_default(),
                lang,
            )
        })
        .collect_view();
    view! {
        <h1>{form.title.clone()}</h1>
        {form.intro.clone().map(|i| view! { <p class="lead">{i}</p> })}
        {form.notice.map(|n| view! { <p class="notice" role="status">{n.get(lang)}</p> })}
        {summary}
        <form method="post" action=form.action.clone() class="admin-form" novalidate=true>
            <input type="hidden" name="csrf" value=form.csrf.clone() />
            {fields}
            // A file, as the Content-Security-Policy asks: it suggests the
            // address code from the name; without it the server does.
            {has_slug.then(|| view! { <script src="/admin/slug.js" defer></script> })}
            <p class="actions">
                <button type="submit" class="button">{form.submit.get(lang)}</button>
                {form.back.clone().map(|b| view! { <a class="button secondary" href=b>{i18n::BACK.get(lang)}</a> })}
            </p>
        </form>
    }
}
