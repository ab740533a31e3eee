//! Reading an export a page at a time, one page ahead of the writer.

use sea_orm::DbErr;
use std::future::Future;
use tokio::sync::mpsc;

/// Pages of rows read on a task of their own, each read while the one
/// before is written. `next(source, last)` reads the page after `last`
/// (the first page for `None`) and gives `source` back for the next read;
/// a page shorter than `size` is the last. Reading stops at the first
/// error, handed over in place of a page, or as soon as nobody listens.
pub(super) fn paged<S, T, F, Fut>(
    source: S,
    size: usize,
    mut next: F,
) -> mpsc::Receiver<Result<Vec<T>, DbErr>>
where
    S: Send + 'static,
    T: Send + 'static,
    F: FnMut(S, Option<&T>) -> Fut + Send + 'static,
    Fut: Future<Output = Result<(S, Vec<T>), DbErr>> + Send + 'static,
{
    let (tx, rx) = mpsc::channel(1);
    tokio::spawn(async move {
        let mut reading = next(source, None);
        loop {
            let (source, page) = match reading.await {
                Ok(read) => read,
                Err(e) => {
                    let _ = tx.send(Err(e)).await;
                    return;
                }
            };
            let full = page.len() == size;
            // Made before the page is handed over; only run when full.
            reading = next(source, page.last());
            if tx.send(Ok(page)).await.is_err() || !full {
                return;
            }
        }
    });
    rx
}
