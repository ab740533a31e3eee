//! The three formats, and the stream of bytes an export becomes.

use super::csv::CsvOut;
use super::ndjson::NdjsonOut;
use super::rows::{ByteStream, Rows, TextOut};
use crate::error::AppError;
use futures_util::StreamExt;
use std::io;

/// How an export is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// RFC 4180 (CRLF), optionally after a byte-order mark for Excel.
    Csv {
        /// Start with a byte-order mark.
        bom: bool,
        /// For a spreadsheet in the Indonesian locale: `;` between cells
        /// and a decimal comma (`78,50`), which it reads as numbers; a
        /// comma-separated file would open as one column there, and
        /// `78.50` as seven thousand eight hundred and fifty.
        excel: bool,
    },
    /// One JSON object per line.
    Ndjson,
    /// An Excel workbook.
    Xlsx,
}

impl Format {
    /// The format of a file extension (`csv`, `ndjson`, `xlsx`); a CSV
    /// for a spreadsheet (`excel`) or for a program.
    pub fn of(ext: &str, bom: bool, excel: bool) -> Option<Format> {
        match ext {
            "csv" => Some(Format::Csv { bom, excel }),
            "ndjson" => Some(Format::Ndjson),
            "xlsx" => Some(Format::Xlsx),
            _ => None,
        }
    }

    /// The file extension.
    pub fn ext(self) -> &'static str {
        match self {
            Format::Csv { .. } => "csv",
            Format::Ndjson => "ndjson",
            Format::Xlsx => "xlsx",
        }
    }

    /// The media type.
    pub fn content_type(self) -> &'static str {
        match self {
            Format::Csv { .. } => "text/csv; charset=utf-8",
            Format::Ndjson => "application/x-ndjson",
            Format::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
    }
}

/// An export ready to send: its bytes stream as they are written. (The
/// HTTP edge answers it as an attachment.)
pub struct Download {
    /// The media type.
    pub content_type: &'static str,
    /// The file's name (ASCII).
    pub name: String,
    /// Rows in it, when known up front (for progress).
    pub rows: Option<u64>,
    /// The bytes.
    pub body: ByteStream,
}

/// `rows` written as `format`. CSV and NDJSON leave a batch at a time as
/// they are written; XLSX is written to a temporary file first (so that a
/// failure is told before the first byte), then streamed from it.
pub(super) async fn download<R: Rows>(
    rows: R,
    format: Format,
    name: String,
) -> Result<Download, AppError> {
    let body = match format {
        Format::Csv { bom, excel } => text(rows, move |header| CsvOut::new(bom, excel, header)),
        Format::Ndjson => text(rows, NdjsonOut::new),
        Format::Xlsx => super::xlsx::write(rows).await?,
    };
    Ok(Download {
        content_type: format.content_type(),
        name,
        rows: None,
        body,
    })
}

/// CSV or NDJSON, a batch at a time through a small channel: memory stays
/// that of one batch however many rows there are.
fn text<R: Rows, W: TextOut + 'static>(
    mut rows: R,
    writer: impl FnOnce(&[String]) -> W + Send + 'static,
) -> ByteStream {
    let (tx, rx) = tokio::sync::mpsc::channel::<io::Result<Vec<u8>>>(2);
    tokio::spawn(async move {
        let mut out = writer(rows.header());
        loop {
            let batch = match rows.next().await {
                Ok(Some(batch)) => batch,
                Ok(None) => break,
                Err(e) => {
                    tracing::error!(error = %e, "export stopped");
                    let _ = tx.send(Err(io::Error::other(e.to_string()))).await;
                    return;
                }
            };
            let written = batch
                .iter()
                .try_for_each(|r| out.row(&rows.cells(r)))
                .and_then(|()| out.take());
            let failed = written.is_err();
            if tx.send(written).await.is_err() || failed {
                return; // The client went away, or the writer failed.
            }
        }
        match out.take() {
            Ok(rest) if rest.is_empty() => {}
            rest => {
                let _ = tx.send(rest).await;
            }
        }
    });
    // Fused: a compressing layer may poll again after the end.
    Box::pin(
        futures_util::stream::unfold(rx, |mut rx| async move {
            rx.recv().await.map(|chunk| (chunk, rx))
        })
        .fuse(),
    )
}
