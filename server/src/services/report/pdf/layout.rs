//! A small page writer over `pdf-writer`: A4 pages, text in the standard
//! Helvetica (regular `F1`, bold `F2`) placed line by line, filled
//! rectangles and lines, a new page when the next piece does not fit, and
//! a footer on every page once the page count is known.

use super::font::{encode, width, wrap};
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

/// A4 in points.
pub const PAGE_W: f32 = 595.28;
/// A4 in points.
pub const PAGE_H: f32 = 841.89;
/// Left margin (20 mm).
pub const LEFT: f32 = 56.7;
/// Right edge of the text.
pub const RIGHT: f32 = PAGE_W - 56.7;
/// Top of the text.
const TOP: f32 = PAGE_H - 56.7;
/// Lowest text line (the footer sits below).
const BOTTOM: f32 = 64.0;

/// An RGB colour, 0–1.
pub type Rgb = (f32, f32, f32);
/// Black.
pub const INK: Rgb = (0.1, 0.1, 0.1);
/// Grey for rules and notes.
pub const GREY: Rgb = (0.45, 0.45, 0.45);

/// How a line of text is set.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    /// Size in points.
    pub size: f32,
    /// Bold or regular.
    pub bold: bool,
    /// Colour.
    pub color: Rgb,
}

impl Style {
    /// Regular text of `size`.
    pub const fn plain(size: f32) -> Self {
        Style {
            size,
            bold: false,
            color: INK,
        }
    }

    /// Bold text of `size`.
    pub const fn bold(size: f32) -> Self {
        Style {
            size,
            bold: true,
            color: INK,
        }
    }

    /// The distance between two lines.
    pub fn leading(self) -> f32 {
        self.size * 1.35
    }
}

/// The pages written so far, the one being written, and where its next
/// line goes.
pub struct Writer {
    done: Vec<Content>,
    page: Content,
    /// The baseline of the next line, from the bottom of the page.
    pub y: f32,
}

impl Default for Writer {
    fn default() -> Self {
        Writer {
            done: Vec::new(),
            page: Content::new(),
            y: TOP,
        }
    }
}

impl Writer {
    /// Starts a new page.
    pub fn new_page(&mut self) {
        let full = std::mem::replace(&mut self.page, Content::new());
        self.done.push(full);
        self.y = TOP;
    }

    /// Whether `height` points fit above the bottom margin.
    pub fn fits(&self, height: f32) -> bool {
        self.y - height >= BOTTOM
    }

    /// A new page unless `height` points fit.
    pub fn room(&mut self, height: f32) {
        if !self.fits(height) {
            self.new_page();
        }
    }

    /// Whether nothing is on the current page yet.
    pub fn at_top(&self) -> bool {
        self.y >= TOP
    }

    /// Moves down by `by` points.
    pub fn down(&mut self, by: f32) {
        self.y -= by;
    }

    /// Encoded `bytes` at (`x`, `y`).
    pub fn text_at(&mut self, x: f32, y: f32, bytes: &[u8], style: Style) {
        put_text(&mut self.page, x, y, bytes, style);
    }

    /// `bytes` ending at `right`.
    pub fn text_right(&mut self, right: f32, y: f32, bytes: &[u8], style: Style) {
        let w = width(bytes, style.size, style.bold);
        self.text_at(right - w, y, bytes, style);
    }

    /// A paragraph from `x` to the right margin, wrapped, a new page
    /// between lines when needed.
    pub fn paragraph(&mut self, text: &str, x: f32, style: Style) {
        for line in wrap(text, style.size, style.bold, RIGHT - x) {
            self.room(style.leading());
            self.y -= style.size;
            let y = self.y;
            self.text_at(x, y, &line, style);
            self.y -= style.leading() - style.size;
        }
    }

    /// A filled rectangle.
    pub fn fill(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        let c = &mut self.page;
        c.set_fill_rgb(color.0, color.1, color.2);
        c.rect(x, y, w, h);
        c.fill_nonzero();
    }

    /// A straight line.
    pub fn line(&mut self, from: (f32, f32), to: (f32, f32), thickness: f32, color: Rgb) {
        put_line(&mut self.page, from, to, thickness, color);
    }

    /// The document: every page with `footer(n, total)` at its foot on the
    /// left and the page number (`page(n, total)`) on the right.
    pub fn finish(
        self,
        title: &str,
        author: &str,
        lang: &str,
        footer: &str,
        page_label: impl Fn(usize, usize) -> String,
    ) -> Vec<u8> {
        let mut pages = self.done;
        pages.push(self.page);
        let total = pages.len();
        let small = Style {
            size: 8.0,
            bold: false,
            color: GREY,
        };
        let foot = encode(footer);
        for (n, c) in pages.iter_mut().enumerate() {
            let label = encode(&page_label(n + 1, total));
            let w = width(&label, small.size, small.bold);
            put_line(c, (LEFT, 48.0), (RIGHT, 48.0), 0.5, GREY);
            put_text(c, LEFT, 36.0, &foot, small);
            put_text(c, RIGHT - w, 36.0, &label, small);
        }
        let mut pdf = Pdf::new();
        let catalog = Ref::new(1);
        let tree = Ref::new(2);
        let regular = Ref::new(3);
        let bold = Ref::new(4);
        let info = Ref::new(5);
        let first = 6;
        let page_ids: Vec<Ref> = (0..total).map(|i| Ref::new(first + 2 * i as i32)).collect();
        pdf.catalog(catalog).pages(tree).lang(TextStr(lang));
        pdf.pages(tree)
            .kids(page_ids.iter().copied())
            .count(total as i32);
        pdf.type1_font(regular)
            .base_font(Name(b"Helvetica"))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
        pdf.type1_font(bold)
            .base_font(Name(b"Helvetica-Bold"))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
        pdf.document_info(info)
            .title(TextStr(title))
            .author(TextStr(author))
            .producer(TextStr("Persepsi"));
        for (i, content) in pages.into_iter().enumerate() {
            let id = page_ids[i];
            let stream = Ref::new(id.get() + 1);
            let mut page = pdf.page(id);
            page.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H))
                .parent(tree)
                .contents(stream);
            page.resources()
                .fonts()
                .pair(Name(b"F1"), regular)
                .pair(Name(b"F2"), bold);
            page.finish();
            pdf.stream(stream, &content.finish());
        }
        pdf.finish()
    }
}

fn put_text(c: &mut Content, x: f32, y: f32, bytes: &[u8], style: Style) {
    let font = if style.bold { b"F2" } else { b"F1" };
    let (r, g, b) = style.color;
    c.set_fill_rgb(r, g, b);
    c.begin_text();
    c.set_font(Name(font), style.size);
    c.next_line(x, y);
    c.show(Str(bytes));
    c.end_text();
}

fn put_line(c: &mut Content, from: (f32, f32), to: (f32, f32), thickness: f32, color: Rgb) {
    c.set_stroke_rgb(color.0, color.1, color.2);
    c.set_line_width(thickness);
    c.move_to(from.0, from.1);
    c.line_to(to.0, to.1);
    c.stroke();
}
