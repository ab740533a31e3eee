//! The report as a PDF a manager downloads and signs: the blocks of
//! `app::pages::admin::report::document`, drawn on A4 with the standard
//! Helvetica, charts as filled bars and interval lines, a cover page, and
//! "page n of N" at every page's foot.

pub mod font;
mod layout;

use app::domain::text::Lang;
use app::i18n;
use app::pages::admin::report::{Block, Chart, ReportView, Table, document};
use font::{encode, wrap};
use layout::{GREY, INK, LEFT, RIGHT, Rgb, Style, Writer};

/// The bars' colour.
const BAR: Rgb = (0.16, 0.4, 0.62);
/// The header rows' shade.
const SHADE: Rgb = (0.9, 0.92, 0.94);
/// Body text.
const BODY: Style = Style::plain(10.0);
/// Table text.
const CELL: Style = Style::plain(8.5);
/// Space inside a table cell.
const PAD: f32 = 3.0;

/// The report of `v` in `lang`, as PDF bytes.
pub fn render(v: &ReportView, lang: Lang) -> Vec<u8> {
    let title = format!("{}: {}", i18n::REPORT_TITLE.get(lang), v.survey.1);
    let whom = v.unit.as_ref().map_or(v.agency.as_str(), |u| u.1.as_str());
    let footer = format!("{} · {} · {}", v.survey.1, whom, v.period);
    let meta = Meta {
        title: &title,
        author: &v.agency,
        footer: &footer,
    };
    blocks(document(v, lang), &meta, lang)
}

/// What a document says of itself: its title and author, and the line at
/// every page's foot.
pub struct Meta<'a> {
    /// Its title.
    pub title: &'a str,
    /// Who made it.
    pub author: &'a str,
    /// The line at the foot of every page.
    pub footer: &'a str,
}

/// Any document made of report blocks (a consultation's record too), as
/// PDF bytes in `lang`.
pub fn blocks(blocks: Vec<Block>, meta: &Meta<'_>, lang: Lang) -> Vec<u8> {
    let mut w = Writer::default();
    for b in blocks {
        block(&mut w, b);
    }
    w.finish(
        meta.title,
        meta.author,
        lang.code(),
        meta.footer,
        |n, total| i18n::REPORT_PAGE.with(lang, &[("n", n.into()), ("total", total.into())]),
    )
}

fn block(w: &mut Writer, b: Block) {
    match b {
        Block::Cover(title, lines) => {
            w.down(150.0);
            w.paragraph(&title, LEFT, Style::bold(24.0));
            w.down(14.0);
            for l in lines {
                w.paragraph(&l, LEFT, Style::plain(13.0));
                w.down(4.0);
            }
            w.new_page();
        }
        Block::Heading(h) => {
            // A heading keeps a few lines of what follows with it.
            w.room(70.0);
            if !w.at_top() {
                w.down(10.0);
            }
            w.paragraph(&h, LEFT, Style::bold(13.0));
            w.down(4.0);
        }
        Block::Para(p) => {
            w.paragraph(&p, LEFT, BODY);
            w.down(5.0);
        }
        Block::Bullets(items) => {
            for i in items {
                w.room(BODY.leading());
                let y = w.y - BODY.size;
                w.text_at(LEFT + 4.0, y, &encode("•"), BODY);
                w.paragraph(&i, LEFT + 16.0, BODY);
                w.down(3.0);
            }
            w.down(3.0);
        }
        Block::Table(t) => table(w, &t),
        Block::Chart(c) => chart(w, &c),
        Block::Signature(lines) => {
            w.room(BODY.leading() * (lines.len() as f32 + 2.0));
            w.down(14.0);
            for l in lines {
                w.paragraph(if l.is_empty() { " " } else { &l }, LEFT + 280.0, BODY);
            }
        }
        Block::NewPage => {
            if !w.at_top() {
                w.new_page();
            }
        }
    }
}

/// Column edges of a table's `widths` across the text width.
fn columns(widths: &[f32]) -> Vec<(f32, f32)> {
    let sum: f32 = widths.iter().sum::<f32>().max(1e-3);
    let mut x = LEFT;
    widths
        .iter()
        .map(|f| {
            let w = f / sum * (RIGHT - LEFT);
            let col = (x, x + w);
            x += w;
            col
        })
        .collect()
}

/// One table row: each cell wrapped in its column; returns its height
/// without drawing when `draw` is false.
fn row(
    w: &mut Writer,
    cells: &[String],
    cols: &[(f32, f32)],
    numeric: &[bool],
    style: Style,
    draw: bool,
) -> f32 {
    let wrapped: Vec<Vec<Vec<u8>>> = cells
        .iter()
        .zip(cols)
        .map(|(c, (a, b))| wrap(c, style.size, style.bold, b - a - 2.0 * PAD))
        .collect();
    let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
    let height = lines as f32 * style.leading() + 2.0 * PAD;
    if draw {
        let top = w.y;
        for (i, (cell, (a, b))) in wrapped.iter().zip(cols).enumerate() {
            for (k, line) in cell.iter().enumerate() {
                let y = top - PAD - style.size - k as f32 * style.leading();
                if numeric.get(i).copied().unwrap_or(false) {
                    w.text_right(b - PAD, y, line, style);
                } else {
                    w.text_at(a + PAD, y, line, style);
                }
            }
        }
        w.down(height);
        let y = w.y;
        w.line((LEFT, y), (RIGHT, y), 0.4, GREY);
    }
    height
}

fn header(w: &mut Writer, t: &Table, cols: &[(f32, f32)]) {
    let style = Style::bold(CELL.size);
    let h = row(w, &t.head, cols, &t.numeric, style, false);
    let y = w.y;
    w.fill(LEFT, y - h, RIGHT - LEFT, h, SHADE);
    row(w, &t.head, cols, &t.numeric, style, true);
}

fn table(w: &mut Writer, t: &Table) {
    let cols = columns(&t.widths);
    let caption = Style::bold(9.5);
    let first = t
        .rows
        .first()
        .map_or(0.0, |r| row(w, r, &cols, &t.numeric, CELL, false));
    w.room(caption.leading() + 3.0 * CELL.leading() + first);
    w.paragraph(&t.caption, LEFT, caption);
    w.down(2.0);
    header(w, t, &cols);
    for r in &t.rows {
        let h = row(w, r, &cols, &t.numeric, CELL, false);
        if !w.fits(h) {
            w.new_page();
            header(w, t, &cols);
        }
        row(w, r, &cols, &t.numeric, CELL, true);
    }
    w.down(10.0);
}

fn chart(w: &mut Writer, c: &Chart) {
    const ROW: f32 = 16.0;
    const LABEL: f32 = 150.0;
    const FIGURE: f32 = 48.0;
    let caption = Style::bold(9.5);
    let small = Style::plain(8.0);
    let height = caption.leading() * 2.0 + 14.0 + ROW * c.bars.len() as f32;
    w.room(height.min(600.0));
    w.paragraph(&c.caption, LEFT, caption);
    w.down(12.0);
    let (lo, hi) = c.range;
    let (x0, x1) = (LEFT + LABEL, RIGHT - FIGURE);
    let x = |v: f64| x0 + ((v.clamp(lo, hi) - lo) / (hi - lo).max(1e-9)) as f32 * (x1 - x0);
    let top = w.y;
    let bottom = top - ROW * c.bars.len() as f32;
    for (at, label) in &c.marks {
        let key = label.split(':').next().unwrap_or("");
        w.line((x(*at), top + 2.0), (x(*at), bottom), 0.5, GREY);
        w.text_at(x(*at) + 2.0, top + 2.0, &encode(key), small);
    }
    for (i, b) in c.bars.iter().enumerate() {
        let y = top - ROW * (i as f32 + 1.0);
        let label = wrap(&b.label, small.size, false, LABEL - 8.0);
        let first = label.first().cloned().unwrap_or_default();
        w.text_right(x0 - 6.0, y + 5.0, &first, small);
        if let Some(v) = b.value {
            w.fill(x0, y + 3.0, (x(v) - x0).max(0.5), ROW - 6.0, BAR);
        }
        if let Some((l, h)) = b.ci {
            let mid = y + ROW / 2.0;
            w.line((x(l), mid), (x(h), mid), 1.2, INK);
            w.line((x(l), mid - 3.0), (x(l), mid + 3.0), 1.2, INK);
            w.line((x(h), mid - 3.0), (x(h), mid + 3.0), 1.2, INK);
        }
        w.text_at(x1 + 6.0, y + 5.0, &encode(&b.text), small);
    }
    w.line((x0, top), (x0, bottom), 0.6, INK);
    w.y = bottom;
    for v in [lo, hi] {
        let t = encode(&format!("{v:.0}"));
        w.text_at(x(v) - 4.0, bottom - 9.0, &t, small);
    }
    w.down(22.0);
}
