//! `/api/docs`: the API for people, built by the server from the same
//! OpenAPI document as `/api/openapi.json`, so the two cannot disagree.
//! Plain HTML: operations grouped by tag, each with its method and path,
//! what it does, who may call it, its parameters, bodies and answers, and
//! a `curl` line to try it; then every schema. No script, nothing fetched
//! from elsewhere.

use crate::domain::text::Lang;
use crate::i18n;
use leptos::prelude::*;

/// The page's view model.
#[derive(Clone, Debug, Default)]
pub struct ApiDocsView {
    /// The API's title and version.
    pub title: String,
    /// Its description.
    pub description: String,
    /// Operations, by tag.
    pub groups: Vec<Group>,
    /// Every schema, by name.
    pub schemas: Vec<SchemaDoc>,
    /// The page language.
    pub lang: Lang,
}

/// A tag's operations.
#[derive(Clone, Debug, Default)]
pub struct Group {
    /// The tag.
    pub name: String,
    /// What it groups.
    pub description: String,
    /// Its operations.
    pub ops: Vec<Operation>,
}

/// Who may call an operation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Auth {
    /// Anyone; a token shows more where the operation says so.
    #[default]
    Anyone,
    /// A bearer token.
    Token,
}

/// One operation.
#[derive(Clone, Debug, Default)]
pub struct Operation {
    /// An anchor for links.
    pub anchor: String,
    /// `GET`, `POST`, …
    pub method: String,
    /// The path template.
    pub path: String,
    /// What it does.
    pub summary: String,
    /// More, when given.
    pub description: String,
    /// Who may call it.
    pub auth: Auth,
    /// Its parameters.
    pub params: Vec<Param>,
    /// Its request body's schema, when it takes one.
    pub body: Option<String>,
    /// Its answers: status, what it means, the body's schema if any.
    pub responses: Vec<(String, String, Option<String>)>,
    /// A `curl` line to try it.
    pub curl: String,
}

/// One parameter.
#[derive(Clone, Debug, Default)]
pub struct Param {
    /// Its name.
    pub name: String,
    /// `path`, `query`, `header`.
    pub place: String,
    /// Whether it must be given.
    pub required: bool,
    /// Its type, as people read it.
    pub kind: String,
    /// What it means.
    pub description: String,
}

/// One schema and its fields.
#[derive(Clone, Debug, Default)]
pub struct SchemaDoc {
    /// Its name (and anchor).
    pub name: String,
    /// Its description, if any.
    pub description: String,
    /// Fields: name, type, required, description.
    pub fields: Vec<(String, String, bool, String)>,
}

/// A schema's name as a link to its section, or plain text.
fn schema_link(name: &str) -> AnyView {
    let plain = name.trim_start_matches('[').trim_end_matches(']');
    if plain.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && !plain.is_empty() {
        view! { <a href=format!("#schema-{plain}")><code>{name.to_string()}</code></a> }.into_any()
    } else {
        view! { <code>{name.to_string()}</code> }.into_any()
    }
}

fn operation(op: &Operation, lang: Lang) -> impl IntoView + use<> {
    let auth = match op.auth {
        Auth::Anyone => i18n::DOCS_AUTH_NONE.get(lang),
        Auth::Token => i18n::DOCS_AUTH_TOKEN.get(lang),
    };
    let params = (!op.params.is_empty()).then(|| {
        let rows = op
            .params
            .iter()
            .map(|p| {
                view! {
                    <tr>
                        <td><code>{p.name.clone()}</code></td>
                        <td>{p.place.clone()}</td>
                        <td><code>{p.kind.clone()}</code></td>
                        <td>{if p.required { i18n::DOCS_YES.get(lang) } else { i18n::DOCS_NO.get(lang) }}</td>
                        <td>{p.description.clone()}</td>
                    </tr>
                }
            })
            .collect_view();
        view! {
            <table class="items">
                <caption>{i18n::DOCS_PARAMS.get(lang)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n::DOCS_NAME.get(lang)}</th>
                        <th scope="col">{i18n::DOCS_IN.get(lang)}</th>
                        <th scope="col">{i18n::DOCS_TYPE.get(lang)}</th>
                        <th scope="col">{i18n::DOCS_REQUIRED.get(lang)}</th>
                        <th scope="col">{i18n::DOCS_MEANS.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
    });
    let responses = op
        .responses
        .iter()
        .map(|(code, what, schema)| {
            view! {
                <li>
                    <strong>{code.clone()}</strong> ": " {what.clone()}
                    {schema.as_deref().map(|s| view! { " · " {schema_link(s)} })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="api-op" id=op.anchor.clone() aria-labelledby=format!("{}-h", op.anchor)>
            <h3 id=format!("{}-h", op.anchor)>
                <span class=format!("method method-{}", op.method.to_lowercase())>{op.method.clone()}</span>
                " " <code>{op.path.clone()}</code>
            </h3>
            <p>{op.summary.clone()}</p>
            {(!op.description.is_empty()).then(|| view! { <p>{op.description.clone()}</p> })}
            <p class="note"><strong>{i18n::DOCS_AUTH.get(lang)}": "</strong>{auth}</p>
            {params}
            {op.body.as_deref().map(|b| view! {
                <p><strong>{i18n::DOCS_BODY.get(lang)}": "</strong>{schema_link(b)}</p>
            })}
            <p><strong>{i18n::DOCS_RESPONSES.get(lang)}</strong></p>
            <ul>{responses}</ul>
            <p><strong>{i18n::DOCS_TRY.get(lang)}</strong></p>
            <pre class="snippet"><code>{op.curl.clone()}</code></pre>
        </section>
    }
}

fn schema(s: &SchemaDoc, lang: Lang) -> impl IntoView + use<> {
    let rows = s
        .fields
        .iter()
        .map(|(name, kind, required, what)| {
            view! {
                <tr>
                    <td><code>{name.clone()}</code></td>
                    <td>{schema_link(kind)}</td>
                    <td>{if *required { i18n::DOCS_YES.get(lang) } else { i18n::DOCS_NO.get(lang) }}</td>
                    <td>{what.clone()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="api-schema" id=format!("schema-{}", s.name) aria-labelledby=format!("schema-{}-h", s.name)>
            <h3 id=format!("schema-{}-h", s.name)><code>{s.name.clone()}</code></h3>
            {(!s.description.is_empty()).then(|| view! { <p>{s.description.clone()}</p> })}
            <table class="items">
                <thead>
                    <tr>
                        <th scope="col">{i18n::DOCS_FIELD.get(lang)}</th>
                        <th scope="col">{i18n::DOCS_TYPE.get(lang)}</th>
                        <th scope="col">{i18n::DOCS_REQUIRED.get(lang)}</th>
                        <th scope="col">{i18n::DOCS_MEANS.get(lang)}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </section>
    }
}

/// The page's body.
#[component]
pub fn ApiDocsPage(view: ApiDocsView) -> impl IntoView {
    let lang = view.lang;
    let contents = view
        .groups
        .iter()
        .map(|g| {
            let links = g
                .ops
                .iter()
                .map(|o| view! { <li><a href=format!("#{}", o.anchor)>{format!("{} {}", o.method, o.path)}</a></li> })
                .collect_view();
            view! { <li>{g.name.clone()}<ul>{links}</ul></li> }
        })
        .collect_view();
    let groups = view
        .groups
        .iter()
        .map(|g| {
            let ops = g.ops.iter().map(|o| operation(o, lang)).collect_view();
            view! {
                <section class="api-group" aria-labelledby=format!("tag-{}", g.name)>
                    <h2 id=format!("tag-{}", g.name)>{g.name.clone()}</h2>
                    <p>{g.description.clone()}</p>
                    {ops}
                </section>
            }
        })
        .collect_view();
    let schemas = view.schemas.iter().map(|s| schema(s, lang)).collect_view();
    view! {
        <main class="page api-docs">
            <h1>{view.title.clone()}</h1>
            <p class="lead">{i18n::DOCS_INTRO.get(lang)}</p>
            <p>{view.description.clone()}</p>
            <p><a href="/api/openapi.json">{i18n::DOCS_OPENAPI.get(lang)}</a></p>
            <nav aria-label=i18n::DOCS_CONTENTS.get(lang)>
                <h2>{i18n::DOCS_CONTENTS.get(lang)}</h2>
                <ul>{contents}<li><a href="#schemas">{i18n::DOCS_SCHEMAS.get(lang)}</a></li></ul>
            </nav>
            {groups}
            <section aria-labelledby="schemas">
                <h2 id="schemas">{i18n::DOCS_SCHEMAS.get(lang)}</h2>
                {schemas}
            </section>
        </main>
    }
}
