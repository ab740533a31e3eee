//! Leptos's server-rendered document, made valid HTML without changing
//! the DOM a browser builds from it (so islands still hydrate):
//!
//! - `<!>`, Leptos's empty marker, is an empty comment with a parse error;
//!   it becomes `<!---->`, the same empty comment without the error. Only
//!   markup is rewritten: attribute values, comments and the raw text of
//!   `script` and `style` are copied as they are.
//! - The scripts Leptos writes after `</html>` (resolved data for the
//!   islands) move to the end of `<body>`, where a parser would put them.
//! - `crossorigin="NONCE"` on the bundle's preload links (a Leptos slip:
//!   the nonce is not a CORS setting, and any unknown value already means
//!   `anonymous`) becomes `crossorigin`, the same `anonymous`.

/// The document `html`, made valid; `nonce` is the response's CSP nonce.
pub fn tidy(html: &str, nonce: &str) -> String {
    let mut out = markers(html);
    if !nonce.is_empty() {
        let head_end = out.find("</head>").unwrap_or(0);
        let odd = format!("crossorigin=\"{nonce}\"");
        let head = out[..head_end].replace(&odd, "crossorigin");
        out.replace_range(..head_end, &head);
    }
    trailing_into_body(out)
}

/// Moves what follows `</html>` to just before `</body>`. The document's
/// own end is the first `</body></html>`: the page's text cannot hold one
/// (its `<` are escaped), and the scripts after it come later.
fn trailing_into_body(mut html: String) -> String {
    const END: &str = "</body></html>";
    let Some(at) = html.find(END) else {
        return html;
    };
    let tail = html.split_off(at + END.len());
    if !tail.trim().is_empty() {
        html.insert_str(at, &tail);
    }
    html
}

/// Rewrites every `<!>` in markup as `<!---->`.
fn markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix("<!>") {
            out.push_str("<!---->");
            rest = after;
            continue;
        }
        let taken = if rest.starts_with("<!--") {
            rest.find("-->").map_or(rest.len(), |e| e + 3)
        } else if starts_tag(rest) {
            let end = tag_end(rest);
            raw_text_end(rest, &rest[..end]).unwrap_or(end)
        } else {
            1
        };
        out.push_str(&rest[..taken]);
        rest = &rest[taken..];
    }
    out.push_str(rest);
    out
}

fn starts_tag(s: &str) -> bool {
    s[1..]
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '/' || c == '!')
}

/// The length of the tag at the start of `s`, `>` included; a `>` inside
/// a quoted attribute value does not end it.
fn tag_end(s: &str) -> usize {
    let mut quote = None;
    for (i, c) in s.char_indices().skip(1) {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return i + 1,
            _ => {}
        }
    }
    s.len()
}

/// For an opening `script` or `style` tag, the length up to the end of
/// its closing tag: its text is not markup.
fn raw_text_end(s: &str, tag: &str) -> Option<usize> {
    let name: String = tag[1..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    if name != "script" && name != "style" {
        return None;
    }
    let close = format!("</{name}");
    let lower = s[tag.len()..].to_ascii_lowercase();
    let at = lower.find(&close).map_or(lower.len(), |i| i + tag.len());
    Some(at + tag_end(&s[at..]).min(s.len() - at))
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn empty_markers_become_empty_comments_in_markup_only() {
        let html = r#"<p title="a<!>b">x<!>y</p><script>var s="<!>";</script><!-- <!> --><!>"#;
        assert_eq!(
            tidy(html, ""),
            r#"<p title="a<!>b">x<!---->y</p><script>var s="<!>";</script><!-- <!> --><!---->"#
        );
    }

    #[test]
    fn scripts_after_the_document_move_into_the_body() {
        let html =
            "<!DOCTYPE html><html><head></head><body><p>hi</p></body></html><script>a()</script>";
        assert_eq!(
            tidy(html, ""),
            "<!DOCTYPE html><html><head></head><body><p>hi</p><script>a()</script></body></html>"
        );
        let html =
            r#"<html><body><p>&lt;/body&gt;</p></body></html><script>s="</body></html>"</script>"#;
        assert_eq!(
            tidy(html, ""),
            r#"<html><body><p>&lt;/body&gt;</p><script>s="</body></html>"</script></body></html>"#
        );
    }

    #[test]
    fn the_nonce_leaves_crossorigin_in_the_head_only() {
        let html = r#"<html><head><link rel="modulepreload" crossorigin="n0nce"></head><body><p>crossorigin="n0nce"</p></body></html>"#;
        assert_eq!(
            tidy(html, "n0nce"),
            r#"<html><head><link rel="modulepreload" crossorigin></head><body><p>crossorigin="n0nce"</p></body></html>"#
        );
    }
}
