//! XLSX, in the writer's constant-memory mode: rows go to a temporary file
//! as they are written, and the finished file is streamed from there.

use super::rows::{ByteStream, Rows};
use super::{Cell, neutralise};
use crate::error::AppError;
use chrono::{Datelike, Timelike};
use futures_util::StreamExt;
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, Worksheet, XlsxError};
use tempfile::NamedTempFile;
use tokio::io::AsyncReadExt;

/// Bytes read from the finished file per chunk.
const CHUNK: usize = 64 * 1024;

/// `rows` as a workbook: its sheet, then [`Rows::more_sheets`]. Written on a
/// blocking thread; the temporary file is removed once the last chunk is
/// sent (or the client goes away).
pub(super) async fn write<R: Rows>(rows: R) -> Result<ByteStream, AppError> {
    let handle = tokio::runtime::Handle::current();
    let file = tokio::task::spawn_blocking(move || book(rows, &handle))
        .await
        .map_err(AppError::internal)??;
    let reader = tokio::fs::File::open(file.path())
        .await
        .map_err(AppError::internal)?;
    Ok(Box::pin(
        futures_util::stream::unfold((reader, Some(file)), |(mut reader, file)| async move {
            file.as_ref()?;
            let mut buf = vec![0u8; CHUNK];
            match reader.read(&mut buf).await {
                Ok(0) => None,
                Ok(n) => {
                    buf.truncate(n);
                    Some((Ok(buf), (reader, file)))
                }
                Err(e) => Some((Err(e), (reader, None))),
            }
        })
        .fuse(),
    ))
}

/// Writes the workbook to a temporary file, reading batches as it goes.
fn book<R: Rows>(mut rows: R, handle: &tokio::runtime::Handle) -> Result<NamedTempFile, AppError> {
    let failed = |e: XlsxError| AppError::internal(format!("XLSX export: {e}"));
    let mut book = Workbook::new();
    let sheet = book.add_worksheet_with_constant_memory().map_err(failed)?;
    sheet.set_name(R::SHEET).map_err(failed)?;
    let bold = Format::new().set_bold();
    for (c, h) in rows.header().iter().enumerate() {
        sheet
            .write_string_with_format(0, c as u16, h, &bold)
            .map_err(failed)?;
    }
    // The header stays in view while scrolling.
    sheet.set_freeze_panes(1, 0).map_err(failed)?;
    let mut row_no: u32 = 1;
    while let Some(batch) = handle.block_on(rows.next())? {
        for r in &batch {
            write_row(sheet, row_no, &rows.cells(r)).map_err(failed)?;
            row_no += 1;
        }
    }
    // A filter button on every column, over every row written.
    let last_col = rows.header().len().saturating_sub(1) as u16;
    sheet
        .autofilter(0, 0, row_no.saturating_sub(1).max(1), last_col)
        .map_err(failed)?;
    rows.more_sheets(&mut book).map_err(failed)?;
    let file = NamedTempFile::new().map_err(AppError::internal)?;
    book.save(file.path()).map_err(failed)?;
    Ok(file)
}

/// One row of cells: numbers as numbers, text neutralised.
pub(super) fn write_row(sheet: &mut Worksheet, row: u32, cells: &[Cell]) -> Result<(), XlsxError> {
    for (c, cell) in cells.iter().enumerate() {
        let col = c as u16;
        match cell {
            Cell::Empty => continue,
            Cell::Int(n) => sheet.write_number(row, col, *n as f64)?,
            // The number CSV shows, to two decimals.
            Cell::Decimal(x) => {
                let shown = format!("{x:.2}").parse().unwrap_or(*x);
                sheet.write_number(row, col, shown)?
            }
            Cell::Bool(b) => sheet.write_boolean(row, col, *b)?,
            // The agency's local time as a real date cell (the codebook
            // names the zone).
            Cell::Time(t) => {
                let local = t.naive_local();
                let cell = ExcelDateTime::from_ymd(
                    local.year() as u16,
                    local.month() as u8,
                    local.day() as u8,
                )?
                .and_hms(
                    local.hour() as u16,
                    local.minute() as u8,
                    local.second(),
                )?;
                let shown = Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
                sheet.write_datetime_with_format(row, col, &cell, &shown)?
            }
            Cell::Text(t) => sheet.write_string(row, col, neutralise(t))?,
            Cell::Id(id) => sheet.write_string(row, col, id.to_string())?,
        };
    }
    Ok(())
}
