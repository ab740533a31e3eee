//! The codebook: what every column of the responses export means, with the
//! instrument and band-table versions, the method and the filters. As JSON
//! (`codebook.json`) and as the second sheet of the XLSX export.

use super::Cell;
use super::plan::{Plan, wib};
use super::xlsx::write_row;
use app::domain::instrument::{Item, ItemKind};
use chrono::{SecondsFormat, Utc};
use rust_xlsxwriter::{Workbook, XlsxError};
use serde_json::{Value, json};

/// The fixed columns, in the order of [`super::FIXED`], and their meaning.
const COLUMNS: [(&str, &str); 12] = [
    ("response_id", "Response id (UUID)."),
    (
        "submitted_at",
        "When it was received, to the second, in the agency's own time zone by its province (WIB +07:00, WITA +08:00, WIT +09:00; see zones), RFC 3339 with the offset in CSV and NDJSON, a date cell of that local time in XLSX.",
    ),
    ("survey", "Survey (slug)."),
    ("agency", "Provider (slug)."),
    ("agency_name", "Provider name."),
    ("unit", "Service unit (slug), empty when none."),
    ("unit_name", "Service unit name."),
    (
        "channel",
        "form (the web page), api (the JSON API: apps, queue systems), import (entered by the agency: paper forms), kiosk (a tablet at the counter), interview (asked by an interviewer) or demo.",
    ),
    (
        "interviewer",
        "For an interview, the interviewer's account id (UUID); given to assessors only, empty in an agency's own export.",
    ),
    (
        "verified",
        "true when a one-time service code came with it.",
    ),
    (
        "suspect",
        "true when a bot signal tripped (left out of scores by default).",
    ),
    (
        "flags",
        "The signals: honeypot, fast, other-survey, repeat-device, burst, repeat, kiosk-pace.",
    ),
];

/// The fixed columns in Indonesian, in the same order: what a manager
/// reading the file in Excel needs beside each stable key.
const COLUMNS_ID: [(&str, &str); 12] = [
    ("response_id", "Nomor jawaban (UUID)."),
    (
        "submitted_at",
        "Waktu jawaban diterima, sampai detik, menurut zona waktu instansi (WIB +07:00, WITA +08:00, WIT +09:00).",
    ),
    ("survey", "Survei (kode)."),
    ("agency", "Instansi (kode)."),
    ("agency_name", "Nama instansi."),
    ("unit", "Unit layanan (kode), kosong bila tidak ada."),
    ("unit_name", "Nama unit layanan."),
    (
        "channel",
        "Cara mengisi: form (halaman web), api (aplikasi, mesin antrean), import (dimasukkan instansi: kertas), kiosk (tablet di loket), interview (wawancara) atau demo.",
    ),
    (
        "interviewer",
        "Untuk wawancara, nomor akun pewawancara (UUID); hanya untuk penilai, kosong dalam unduhan instansi sendiri.",
    ),
    ("verified", "true bila disertai kode layanan sekali pakai."),
    (
        "suspect",
        "true bila ada tanda jawaban otomatis (tidak dihitung dalam nilai).",
    ),
    ("flags", "Tanda yang muncul."),
];

/// The fixed columns as a JSON map.
fn columns() -> serde_json::Map<String, Value> {
    COLUMNS
        .iter()
        .map(|(k, v)| (k.to_string(), Value::from(*v)))
        .collect()
}

/// What each value of an item's column means: `[{value, label_id,
/// label_en}]` (what 1 and 4 mean for this question; `na` for "not
/// applicable"); empty for a text item.
fn answers(plan: &Plan, item: &Item) -> Vec<Value> {
    item.options(&plan.instrument)
        .into_iter()
        .map(|o| json!({ "value": o.value, "label_id": o.label.id, "label_en": o.label.en }))
        .collect()
}

/// The own questions, a column each, with their wording per version.
fn own_questions(plan: &Plan) -> Vec<Value> {
    plan.own_keys()
        .into_iter()
        .map(|key| {
            let versions: Vec<Value> = plan
                .own
                .iter()
                .filter_map(|set| {
                    let q = set.question(key)?;
                    Some(json!({
                        "version": set.version,
                        "kind": q.kind.code(),
                        "text_id": q.text.id,
                        "text_en": q.text.en,
                        "required": q.required,
                        "asked_if": q.show_if.as_ref().map(|c| format!("{}={}", c.key, c.value)),
                        "answers": q.choices().iter().map(|o| json!({ "value": o.value, "label_id": o.label.id, "label_en": o.label.en })).collect::<Vec<_>>(),
                    }))
                })
                .collect();
            json!({ "column": key, "counts_in_score": false, "versions": versions })
        })
        .collect()
}

/// Each survey's time zone: `agency/survey` → `+08:00`.
fn zones(plan: &Plan) -> serde_json::Map<String, Value> {
    plan.surveys
        .iter()
        .filter_map(|(id, (s, a, _))| {
            let offset = plan.zones.get(id)?;
            Some((format!("{a}/{s}"), Value::from(offset.to_string())))
        })
        .collect()
}

/// The codebook as JSON.
pub(super) fn json(plan: &Plan) -> Value {
    let i = &plan.instrument;
    let questions: Vec<Value> = plan
        .items()
        .map(|it| {
            let short = it.short_name();
            json!({
                "column": it.key,
                "kind": it.kind.as_str(),
                "text_id": it.text.id,
                "text_en": it.text.en,
                "counts_in_score": it.kind == ItemKind::Scale,
                "weight": it.weight,
                "not_applicable": it.not_applicable,
                "labels_id": it.labels.as_ref().map(|l| l.iter().map(|t| t.id.clone()).collect::<Vec<_>>()),
                "answers": answers(plan, it),
                "short_id": short.id,
                "short_en": short.en,
                // The official term a plainly worded question stands for.
                "term_id": it.term.as_ref().map(|t| t.id.clone()),
                "term_en": it.term.as_ref().map(|t| t.en.clone()),
            })
        })
        .collect();
    json!({
        "instrument": { "key": i.key, "version": i.version, "title_id": i.title.id, "title_en": i.title.en, "conversion": i.conversion },
        "band_table": { "key": plan.bands.key, "version": plan.bands.version, "min_n": plan.bands.min_n, "bands": plan.bands.bands },
        "method": app::views::score::METHOD,
        "scale": "1 (worst) to 4 (best); na = not applicable; the score is the weighted mean of item means × conversion.",
        "cells": "Text cells that begin with = + - @ tab or carriage return (and are not a plain number) get a leading ' in CSV and XLSX so spreadsheets show them and never evaluate them; in CSV so does every part of a cell after a ; , tab or line break, and a cell holding any of these or a quote is quoted.",
        "withheld": plan.withheld,
        "withheld_note": "Questions left out of this export: receipt and queue numbers are given to assessors only, never to the rated agency.",
        "columns": columns(),
        "columns_id": COLUMNS_ID.iter().map(|(k, v)| (k.to_string(), Value::from(*v))).collect::<serde_json::Map<_, _>>(),
        "questions": questions,
        "own_questions": own_questions(plan),
        "own_questions_note": "The agency's own questions (columns own-N, after questions_version, the version a response was given under): never part of the score. A question keeps its column through versions; its wording per version is listed. Choice answers are the option's position from 1; several choices are comma-separated; numbers use a decimal point; dates are YYYY-MM-DD.",
        "filters": plan.query,
        "surveys": plan.surveys.values().map(|(s, a, _)| format!("{a}/{s}")).collect::<Vec<_>>(),
        "zones": zones(plan),
        "generated_at": Utc::now().with_timezone(&wib()).to_rfc3339_opts(SecondsFormat::Secs, false),
    })
}

/// The codebook as a worksheet: every column with its kind and wording.
pub(super) fn sheet(book: &mut Workbook, plan: &Plan) -> Result<(), XlsxError> {
    let sheet = book.add_worksheet_with_constant_memory()?;
    sheet.set_name("codebook")?;
    let text = |s: &str| Cell::Text(s.to_string().into());
    write_row(
        sheet,
        0,
        &["column", "kind", "text_id", "text_en", "value"].map(text),
    )?;
    // The fixed columns, in the order the JSON map keeps them.
    let mut r = 1;
    for (k, v) in &columns() {
        let id = COLUMNS_ID
            .iter()
            .find(|(key, _)| key == k)
            .map_or("", |(_, t)| *t);
        write_row(
            sheet,
            r,
            &[
                text(k),
                Cell::Empty,
                text(id),
                text(v.as_str().unwrap_or("")),
            ],
        )?;
        r += 1;
    }
    for item in plan.items() {
        let cells = [
            text(&item.key),
            text(item.kind.as_str()),
            text(&item.text.id),
            text(&item.text.en),
        ];
        write_row(sheet, r, &cells)?;
        r += 1;
        // What each answer of the question means, one row each.
        for o in item.options(&plan.instrument) {
            let cells = [
                text(&item.key),
                text("answer"),
                text(&o.label.id),
                text(&o.label.en),
                text(&o.value),
            ];
            write_row(sheet, r, &cells)?;
            r += 1;
        }
    }
    // The own questions: their wording in each version, then their
    // answers' meaning.
    for key in plan.own_keys() {
        for set in &plan.own {
            let Some(q) = set.question(key) else { continue };
            let version = format!("{} v{}", q.kind.code(), set.version);
            write_row(
                sheet,
                r,
                &[
                    text(key),
                    text(&version),
                    text(&q.text.id),
                    text(&q.text.en),
                ],
            )?;
            r += 1;
            for o in q.choices() {
                let cells = [
                    text(key),
                    text("answer"),
                    text(&o.label.id),
                    text(&o.label.en),
                    text(&o.value),
                ];
                write_row(sheet, r, &cells)?;
                r += 1;
            }
        }
    }
    Ok(())
}
