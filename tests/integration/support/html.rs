//! Reading the server's HTML as a browser would: an attribute's value, and
//! the fields a form sends as shown.

use std::collections::BTreeMap;

/// The text after `marker` up to the next quote.
pub fn attr_value(html: &str, marker: &str) -> Option<String> {
    let start = html.find(marker)? + marker.len();
    let end = html[start..].find('"')?;
    Some(html[start..start + end].to_string())
}

/// What the form posting to `action` on `html` sends as shown: its named
/// inputs (checkboxes and radios only when checked), text areas, and the
/// selected option of each select (or its first).
pub fn form_fields(html: &str, action: &str) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    let Some(form) = html
        .match_indices("<form")
        .map(|(at, _)| &html[at..])
        .find(|f| {
            let head = &f[..f.find('>').unwrap_or(f.len())];
            attributes(head).get("action").map(String::as_str) == Some(action)
        })
    else {
        return fields;
    };
    let form = &form[..form.find("</form>").unwrap_or(form.len())];
    let mut rest = form;
    while let Some(at) = rest.find('<') {
        rest = &rest[at..];
        let end = rest.find('>').map_or(rest.len(), |e| e + 1);
        let tag = &rest[..end];
        let attrs = attributes(tag);
        let name = attrs.get("name").cloned();
        if tag.starts_with("<input") {
            let kind = attrs.get("type").map_or("text", String::as_str);
            let on = !matches!(kind, "checkbox" | "radio") || attrs.contains_key("checked");
            if let (Some(name), true) = (name, on) {
                let value = attrs.get("value").cloned().unwrap_or_default();
                fields.push((name, value));
            }
        } else if tag.starts_with("<textarea") {
            let body = &rest[end..];
            let text = &body[..body.find("</textarea>").unwrap_or(body.len())];
            if let Some(name) = name {
                fields.push((name, unescape(text)));
            }
        } else if tag.starts_with("<select") {
            let body = &rest[end..];
            let body = &body[..body.find("</select>").unwrap_or(body.len())];
            let options: Vec<_> = body
                .match_indices("<option")
                .map(|(at, _)| attributes(&body[at..at + body[at..].find('>').unwrap()]))
                .collect();
            let chosen = options
                .iter()
                .find(|o| o.contains_key("selected"))
                .or(options.first());
            if let (Some(name), Some(o)) = (name, chosen) {
                fields.push((name, o.get("value").cloned().unwrap_or_default()));
            }
        }
        rest = &rest[end..];
    }
    fields
}

/// The attributes of an opening tag (`<input type="x" checked …>`), their
/// values unescaped; a bare attribute has an empty value.
fn attributes(tag: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let inner = tag.trim_start_matches('<').trim_end_matches('>');
    let mut rest = inner
        .trim_start_matches(|c: char| !c.is_whitespace())
        .trim_start();
    while !rest.is_empty() {
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = rest[name_end..].trim_start();
        let mut value = String::new();
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (raw, left) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let close = after[1..].find(q).map_or(after.len(), |i| i + 1);
                    (&after[1..close], after.get(close + 1..).unwrap_or(""))
                }
                _ => {
                    let end = after.find(char::is_whitespace).unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            value = unescape(raw);
            rest = left.trim_start();
        } else if let Some(after) = rest.strip_prefix('/') {
            rest = after.trim_start();
        }
        if !name.is_empty() {
            out.insert(name, value);
        }
    }
    out
}

/// Text of HTML with its character references read.
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#x27;", "'")
        .replace("&amp;", "&")
}
