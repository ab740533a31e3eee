//! The writers' common ground: where rows come from ([`Rows`]), what a
//! text writer does ([`TextOut`]) and the stream of bytes an export becomes.

use super::Cell;
use crate::error::AppError;
use futures_util::Stream;
use rust_xlsxwriter::{Workbook, XlsxError};
use std::future::Future;
use std::io;
use std::pin::Pin;

/// An export's bytes, in order, as they are written.
pub type ByteStream = Pin<Box<dyn Stream<Item = io::Result<Vec<u8>>> + Send>>;

/// Rows of an export, handed over a batch at a time.
pub trait Rows: Send + 'static {
    /// One row as read.
    type Row: Send + 'static;
    /// The worksheet's name in XLSX.
    const SHEET: &'static str;
    /// Column names.
    fn header(&self) -> &[String];
    /// The next batch of rows; `None` after the last.
    fn next(&mut self) -> impl Future<Output = Result<Option<Vec<Self::Row>>, AppError>> + Send;
    /// One row as cells, in the order of [`Rows::header`].
    fn cells<'a>(&'a self, row: &'a Self::Row) -> Vec<Cell<'a>>;
    /// Worksheets after the data (XLSX only).
    fn more_sheets(&self, _book: &mut Workbook) -> Result<(), XlsxError> {
        Ok(())
    }
}

/// A text format's writer.
pub(super) trait TextOut: Send {
    /// Writes one row.
    fn row(&mut self, cells: &[Cell]) -> io::Result<()>;
    /// What was written since the last call.
    fn take(&mut self) -> io::Result<Vec<u8>>;
}
