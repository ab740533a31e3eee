//! The citizen page's weight: `/s/demo` and the site's assets it names
//! under the package folder, fetched with `Accept-Encoding: gzip` and
//! counted as the bytes that cross the wire (bodies, without headers).
//! JavaScript off means the HTML and its stylesheets; on adds the scripts
//! and the WebAssembly they load.

use crate::common::{self, Fresh};
use crate::report::Table;

/// The values of `attr` in every `<tag …>` of `html` (double-quoted, as
/// the server writes them), with the tag's `rel`.
fn references(html: &str, tag: &str, attr: &str) -> Vec<(String, String)> {
    let open = format!("<{tag} ");
    let quoted = |element: &str, name: &str| {
        let marker = format!(" {name}=\"");
        let start = element.find(&marker)? + marker.len();
        let end = start + element[start..].find('"')?;
        Some(element[start..end].to_string())
    };
    html.match_indices(&open)
        .filter_map(|(at, _)| {
            let element = &html[at..at + html[at..].find('>')?];
            let value = quoted(element, attr)?;
            Some((value, quoted(element, "rel").unwrap_or_default()))
        })
        .collect()
}

/// The `….wasm` paths a script names in quotes, resolved against its URL.
fn wasm_in_script(js: &str, script_url: &str) -> Vec<String> {
    let folder = &script_url[..script_url.rfind('/').map_or(0, |i| i + 1)];
    let mut found = Vec::new();
    for quote in ['\'', '"', '`'] {
        for part in js.split(quote).skip(1).step_by(2) {
            if part.ends_with(".wasm") && !part.contains(char::is_whitespace) {
                let path = part.trim_start_matches("./");
                found.push(if path.starts_with('/') {
                    path.to_string()
                } else {
                    format!("{folder}{path}")
                });
            }
        }
    }
    found
}

/// Gzipped bytes of `path` on the wire, and whether it came gzipped; None
/// if it is not there.
async fn wire(client: &reqwest::Client, base: &str, path: &str) -> Option<(usize, bool)> {
    let res = client
        .get(format!("{base}{path}"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .ok()?;
    if !res.status().is_success() {
        return None;
    }
    let gzip = res
        .headers()
        .get("content-encoding")
        .is_some_and(|v| v == "gzip");
    Some((res.bytes().await.ok()?.len(), gzip))
}

/// The body as text, uncompressed.
async fn text(client: &reqwest::Client, base: &str, path: &str) -> Option<String> {
    let res = client.get(format!("{base}{path}")).send().await.ok()?;
    if !res.status().is_success() {
        return None;
    }
    res.text().await.ok()
}

fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

/// The lines' measures: JavaScript off, then on.
const OFF: &str = "citizen page /s/demo, gzipped, JavaScript off (HTML + CSS)";
const ON: &str = "citizen page, gzipped, JavaScript on (+ JS + WASM)";

pub async fn run(arg: &str, table: &mut Table) {
    common::step("page: fetching /s/demo and its assets");
    let (fresh, router) = Fresh::start(arg, |_| {}).await;
    let pkg = format!("/{}/", fresh.state.leptos.site_pkg_dir);
    let base = common::serve(router).await;
    let client = reqwest::Client::new();
    let html = text(&client, &base, "/s/demo").await.expect("/s/demo");
    let (html_bytes, html_gzip) = wire(&client, &base, "/s/demo").await.expect("/s/demo");
    let (css, scripts) = assets(&client, &base, &html, &pkg).await;
    let weights = Weights::fetch(&client, &base, &css, &scripts).await;
    let has_wasm = scripts.iter().any(|u| u.ends_with(".wasm"));
    if css.is_empty() || scripts.is_empty() || !has_wasm || !weights.missing.is_empty() {
        let why = if weights.missing.is_empty() {
            format!("no stylesheet, script or WebAssembly under {pkg} in the HTML")
        } else {
            format!("{} not served", weights.missing.join(", "))
        };
        table.info(OFF, format!("not built ({why}; `make site`)"));
        table.info(ON, "not built");
    } else {
        report(table, (html_bytes, html_gzip), &weights, &scripts);
    }
    fresh.finish().await;
}

/// The site's assets under `pkg` the page `html` names: its stylesheets
/// (for JavaScript off); its scripts, module preloads and fetch preloads
/// (for JavaScript on), with the WebAssembly the scripts load if the page
/// does not name it.
async fn assets(
    client: &reqwest::Client,
    base: &str,
    html: &str,
    pkg: &str,
) -> (Vec<String>, Vec<String>) {
    let (mut css, mut scripts) = (Vec::new(), Vec::new());
    for (url, rel) in references(html, "link", "href")
        .into_iter()
        .chain(references(html, "script", "src"))
    {
        if !url.starts_with(pkg) {
            continue;
        }
        let list = if rel == "stylesheet" {
            &mut css
        } else {
            &mut scripts
        };
        if !list.contains(&url) {
            list.push(url);
        }
    }
    if !scripts.iter().any(|u| u.ends_with(".wasm")) {
        for js in scripts.clone().iter().filter(|u| u.ends_with(".js")) {
            if let Some(body) = text(client, base, js).await {
                for wasm in wasm_in_script(&body, js) {
                    if wasm.starts_with(pkg) && !scripts.contains(&wasm) {
                        scripts.push(wasm);
                    }
                }
            }
        }
    }
    (css, scripts)
}

/// The assets' bytes on the wire.
struct Weights {
    /// Each served asset's gzipped bytes.
    sizes: Vec<(String, usize)>,
    /// Assets not served.
    missing: Vec<String>,
    /// Assets served uncompressed.
    plain: Vec<String>,
}

impl Weights {
    /// Fetches the stylesheets, then the scripts.
    async fn fetch(
        client: &reqwest::Client,
        base: &str,
        css: &[String],
        scripts: &[String],
    ) -> Self {
        let mut weights = Weights {
            sizes: Vec::new(),
            missing: Vec::new(),
            plain: Vec::new(),
        };
        for url in css.iter().chain(scripts) {
            match wire(client, base, url).await {
                Some((bytes, gzip)) => {
                    if !gzip {
                        weights.plain.push(url.clone());
                    }
                    weights.sizes.push((url.clone(), bytes));
                }
                None => weights.missing.push(url.clone()),
            }
        }
        weights
    }

    /// Bytes of the assets whose paths end with `ext`.
    fn sum(&self, ext: &str) -> usize {
        self.sizes
            .iter()
            .filter(|(u, _)| u.ends_with(ext))
            .map(|(_, b)| b)
            .sum()
    }
}

/// The two lines: the HTML (its gzipped bytes, and whether it came
/// gzipped) and stylesheets with JavaScript off; the scripts and
/// WebAssembly added with it on.
fn report(table: &mut Table, html: (usize, bool), weights: &Weights, scripts: &[String]) {
    let (html_bytes, html_gzip) = html;
    let (css_bytes, js_bytes, wasm_bytes) = (
        weights.sum(".css"),
        weights.sum(".js"),
        weights.sum(".wasm"),
    );
    let js_off = html_bytes + css_bytes;
    let js_on = js_off + js_bytes + wasm_bytes;
    let mut note = String::new();
    if !html_gzip {
        note.push_str("; the HTML came uncompressed");
    }
    if !weights.plain.is_empty() {
        note.push_str(&format!("; uncompressed: {}", weights.plain.join(", ")));
    }
    table.check(
        OFF,
        format!(
            "{} (HTML {}, CSS {}){note}",
            kb(js_off),
            kb(html_bytes),
            kb(css_bytes)
        ),
        "≤ 20 KB",
        js_off <= 20 * 1024,
    );
    table.check(
        ON,
        format!(
            "{} (+ JS {}, WASM {}: {})",
            kb(js_on),
            kb(js_bytes),
            kb(wasm_bytes),
            scripts.join(", ")
        ),
        "≤ 150 KB",
        js_on <= 150 * 1024,
    );
}
