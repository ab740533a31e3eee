//! The consultation's record (*berita acara*) as report blocks: the same
//! blocks make the printable page and the PDF.

use super::ConsultationView;
use crate::domain::text::Lang;
use crate::i18n;
use crate::pages::admin::report::{Block, Table};

/// The record of `v` in `lang`, in reading order.
pub fn record(v: &ConsultationView, lang: Lang, today: &str) -> Vec<Block> {
    let mut out = vec![Block::Cover(
        i18n::UJI_RECORD.get(lang).to_string(),
        vec![
            v.agency.clone(),
            v.title.clone(),
            format!("{}: {}", i18n::UJI_SERVICE.get(lang), v.service),
            format!("{}: {}", i18n::UJI_DATES.get(lang), v.period()),
        ],
    )];
    out.push(Block::Heading(i18n::UJI_SUMMARY.get(lang).to_string()));
    out.push(Block::Para(i18n::UJI_RECORD_LEAD.with(
        lang,
        &[("replies", v.replies.into()), ("aside", v.set_aside.into())],
    )));
    out.push(Block::Table(Table {
        caption: i18n::UJI_BY_COMPONENT.get(lang).to_string(),
        head: vec![
            i18n::UJI_COMPONENT.get(lang).to_string(),
            i18n::UJI_AGREE_SHARE.get(lang).to_string(),
            i18n::UJI_ANSWER.get(lang).to_string(),
        ],
        widths: vec![0.35, 0.35, 0.3],
        numeric: vec![false, false, false],
        rows: v
            .components
            .iter()
            .map(|c| {
                vec![
                    c.name().get(lang).to_string(),
                    c.figures(lang),
                    c.decision
                        .map_or(i18n::UJI_NOT_ANSWERED, |d| d.label())
                        .get(lang)
                        .to_string(),
                ]
            })
            .collect(),
    }));
    for (i, c) in v.components.iter().enumerate() {
        out.push(Block::Heading(format!("{}. {}", i + 1, c.name().get(lang))));
        out.push(Block::Para(format!(
            "{}: {}",
            i18n::UJI_DRAFT.get(lang),
            c.draft
        )));
        out.push(Block::Para(c.figures(lang)));
        if c.comments.is_empty() {
            out.push(Block::Para(i18n::UJI_NO_COMMENTS.get(lang).to_string()));
        } else {
            out.push(Block::Para(i18n::UJI_COMMENTS.get(lang).to_string()));
            out.push(Block::Bullets(
                c.comments
                    .iter()
                    .map(|(agree, text)| {
                        let mark = if *agree {
                            i18n::UJI_AGREE
                        } else {
                            i18n::UJI_DISAGREE
                        };
                        format!("[{}] {text}", mark.get(lang))
                    })
                    .collect(),
            ));
        }
        out.push(Block::Para(format!(
            "{}: {}",
            i18n::UJI_ANSWER.get(lang),
            c.answer(lang)
        )));
        if !c.final_text.is_empty() {
            out.push(Block::Para(format!(
                "{}: {}",
                i18n::UJI_FINAL_COMPONENT.get(lang),
                c.final_text
            )));
        }
    }
    out.push(Block::Heading(i18n::UJI_FINAL.get(lang).to_string()));
    out.push(Block::Para(if v.final_text.is_empty() {
        i18n::UJI_NOT_ANSWERED.get(lang).to_string()
    } else {
        v.final_text.clone()
    }));
    out.push(Block::Signature(vec![
        today.to_string(),
        v.agency.clone(),
        String::new(),
        String::new(),
        "(........................................)".to_string(),
    ]));
    out
}
