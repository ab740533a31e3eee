//! `GET /api/docs`: the API's documentation for people, read from the
//! OpenAPI document `/api/openapi.json` serves (as JSON, so that only the
//! document's published shape matters, not the generator's types).

use super::admin::public_base;
use super::extract::query;
use super::openapi::ApiDoc;
use super::render::{Page, render};
use crate::error::AppError;
use crate::http::ServerState;
use crate::http::client::lang;
use app::i18n;
use app::pages::api_docs::{ApiDocsPage, ApiDocsView, Auth, Group, Operation, Param, SchemaDoc};
use axum::body::Body;
use axum::extract::State;
use axum::http::{Request, StatusCode};
use axum::response::Response;
use leptos::prelude::*;
use serde_json::Value;
use utoipa::OpenApi;

/// Methods in the order a reader expects them.
const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

/// A schema's type as people read it: a schema's name, `[T]` for a list,
/// `string`, `integer (int64)`, `a | b` for a choice, `… or null`.
pub fn type_of(s: &Value) -> String {
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        return r.rsplit('/').next().unwrap_or(r).to_string();
    }
    for key in ["oneOf", "anyOf", "allOf"] {
        if let Some(list) = s.get(key).and_then(Value::as_array) {
            let names: Vec<String> = list.iter().map(type_of).filter(|t| t != "null").collect();
            let null = list.iter().any(|x| type_of(x) == "null");
            return format!(
                "{}{}",
                names.join(" | "),
                if null { " or null" } else { "" }
            );
        }
    }
    if let Some(values) = s.get("enum").and_then(Value::as_array) {
        let v: Vec<String> = values
            .iter()
            .filter(|v| !v.is_null())
            .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
            .collect();
        return v.join(" | ");
    }
    let (kinds, null) = match s.get("type") {
        Some(Value::String(t)) => (vec![t.clone()], false),
        Some(Value::Array(ts)) => (
            ts.iter()
                .filter_map(Value::as_str)
                .filter(|t| *t != "null")
                .map(str::to_string)
                .collect(),
            ts.iter().any(|t| t == "null"),
        ),
        _ => (vec![], false),
    };
    let one = |t: &str| match t {
        "array" => format!("[{}]", s.get("items").map(type_of).unwrap_or_default()),
        other => match s.get("format").and_then(Value::as_str) {
            Some(f) => format!("{other} ({f})"),
            None => other.to_string(),
        },
    };
    let base = if kinds.is_empty() {
        "any".to_string()
    } else {
        kinds.iter().map(|t| one(t)).collect::<Vec<_>>().join(" | ")
    };
    if null {
        format!("{base} or null")
    } else {
        base
    }
}

fn text(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or("").to_string()
}

/// The JSON body's schema of a request or response, if any.
fn body_schema(v: &Value) -> Option<String> {
    let content = v.get("content")?.as_object()?;
    let (_, media) = content.iter().next()?;
    media.get("schema").map(type_of)
}

/// The `curl` line for one operation.
fn curl(base: &str, method: &str, path: &str, auth: Auth, body: bool) -> String {
    let mut line = String::from("curl");
    if method != "GET" {
        line.push_str(&format!(" -X {method}"));
    }
    if auth == Auth::Token {
        line.push_str(" -H \"Authorization: Bearer $PERSEPSI_TOKEN\"");
    }
    if body {
        line.push_str(" -H \"Content-Type: application/json\" -d @body.json");
    }
    line.push_str(&format!(" \"{base}{path}\""));
    line
}

fn operation(base: &str, method: &str, path: &str, op: &Value) -> Operation {
    let auth = match op.get("security").and_then(Value::as_array) {
        Some(list) if !list.is_empty() => Auth::Token,
        _ => Auth::Anyone,
    };
    let params = op
        .get("parameters")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .map(|p| Param {
            name: text(p, "name"),
            place: text(p, "in"),
            required: p.get("required").and_then(Value::as_bool).unwrap_or(false),
            kind: p.get("schema").map(type_of).unwrap_or_default(),
            description: text(p, "description"),
        })
        .collect();
    let body = op.get("requestBody").and_then(body_schema);
    let responses = op
        .get("responses")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(code, r)| (code.clone(), text(r, "description"), body_schema(r)))
        .collect();
    let upper = method.to_uppercase();
    // `get /api/v1/agencies/{agency}/units` → `get-api-v1-agencies-agency-units`.
    let anchor = format!("{method}{path}")
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    Operation {
        curl: curl(base, &upper, path, auth, body.is_some()),
        anchor: format!("op-{anchor}"),
        method: upper,
        path: path.to_string(),
        summary: text(op, "summary"),
        description: text(op, "description"),
        auth,
        params,
        body,
        responses,
    }
}

/// The page's view model from the OpenAPI document `doc`; `base` is the
/// site's address for the `curl` lines.
pub fn view_of(doc: &Value, base: &str, lang: app::domain::text::Lang) -> ApiDocsView {
    let tags = doc
        .get("tags")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    let mut groups: Vec<Group> = tags
        .iter()
        .map(|t| Group {
            name: text(t, "name"),
            description: text(t, "description"),
            ops: vec![],
        })
        .collect();
    for (path, item) in doc
        .get("paths")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
    {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let tag = op
                .get("tags")
                .and_then(|t| t.get(0))
                .and_then(Value::as_str)
                .unwrap_or("other")
                .to_string();
            let o = operation(base, method, path, op);
            match groups.iter_mut().find(|g| g.name == tag) {
                Some(g) => g.ops.push(o),
                None => groups.push(Group {
                    name: tag,
                    description: String::new(),
                    ops: vec![o],
                }),
            }
        }
    }
    groups.retain(|g| !g.ops.is_empty());
    let schemas = doc
        .pointer("/components/schemas")
        .and_then(Value::as_object)
        .into_iter()
        .flatten()
        .map(|(name, s)| {
            let required: Vec<&str> = s
                .get("required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            let fields = s
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flatten()
                .map(|(f, p)| {
                    (
                        f.clone(),
                        type_of(p),
                        required.contains(&f.as_str()),
                        text(p, "description"),
                    )
                })
                .collect();
            SchemaDoc {
                name: name.clone(),
                description: text(s, "description"),
                fields,
            }
        })
        .collect();
    ApiDocsView {
        title: format!(
            "{} {}",
            text(&doc["info"], "title"),
            text(&doc["info"], "version")
        ),
        description: text(&doc["info"], "description"),
        groups,
        schemas,
        lang,
    }
}

/// The handler.
pub async fn page(
    State(state): State<ServerState>,
    req: Request<Body>,
) -> Result<Response, AppError> {
    let (parts, _) = req.into_parts();
    let lang = lang(
        query(&parts).get("lang").map(String::as_str),
        &parts.headers,
    );
    let doc = serde_json::to_value(ApiDoc::openapi()).map_err(AppError::internal)?;
    let view = view_of(&doc, &public_base(&state, &parts), lang);
    Ok(render(
        &state,
        &parts,
        Page {
            status: StatusCode::OK,
            lang,
            title: format!("{} · {}", i18n::DOCS_TITLE.get(lang), i18n::PRODUCT),
            interactive: false,
            chrome: true,
            body: move || {
                app::shell::describe(i18n::DOCS_INTRO.get(lang).to_string());
                view! { <ApiDocsPage view=view.clone() /> }.into_any()
            },
        },
    )
    .await)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn types_read_as_people_read_them() {
        assert_eq!(
            type_of(&json!({"$ref": "#/components/schemas/ScoreDto"})),
            "ScoreDto"
        );
        assert_eq!(
            type_of(&json!({"type": ["string", "null"]})),
            "string or null"
        );
        assert_eq!(
            type_of(&json!({"type": "array", "items": {"$ref": "#/components/schemas/UnitItem"}})),
            "[UnitItem]"
        );
        assert_eq!(
            type_of(&json!({"type": "integer", "format": "int64"})),
            "integer (int64)"
        );
        assert_eq!(
            type_of(&json!({"type": "string", "enum": ["open", "closed"]})),
            "open | closed"
        );
    }

    #[test]
    fn every_operation_of_the_document_is_on_the_page() {
        let doc = serde_json::to_value(ApiDoc::openapi()).unwrap();
        let v = view_of(&doc, "https://example.id", app::domain::text::Lang::Id);
        let shown: usize = v.groups.iter().map(|g| g.ops.len()).sum();
        let listed: usize = doc["paths"]
            .as_object()
            .unwrap()
            .values()
            .map(|i| METHODS.iter().filter(|m| i.get(**m).is_some()).count())
            .sum();
        assert_eq!(shown, listed);
        let surveys = v
            .groups
            .iter()
            .flat_map(|g| &g.ops)
            .find(|o| o.path == "/api/v1/surveys")
            .expect("the survey listing is documented");
        assert_eq!(surveys.auth, Auth::Anyone);
        assert!(
            surveys
                .curl
                .starts_with("curl \"https://example.id/api/v1/surveys\"")
        );
    }
}
