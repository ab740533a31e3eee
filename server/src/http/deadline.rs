//! A deadline for a request's body: a client that has not sent the whole
//! body within `PERSEPSI_BODY_TIMEOUT` of its headers is answered 408 and
//! disconnected, however steadily it trickles (a deadline between two
//! pieces of the body would let one byte every few seconds hold the
//! connection for ever). The headers have their own deadline, in
//! [`super::serve`].

use crate::http::ServerState;
use crate::http::client::lang;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body::{Body as HttpBody, Frame, SizeHint};
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::task::{Context, Poll};
use tokio::time::Sleep;

/// The layer: the body of every request carries the deadline; when it
/// passed while the handler read the body, whatever the handler answered
/// (it saw a broken body) becomes a 408 that closes the connection.
pub async fn body_deadline(State(state): State<ServerState>, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    if body.is_end_stream() {
        return next.run(Request::from_parts(parts, body)).await;
    }
    let expired = Arc::new(AtomicBool::new(false));
    let body = Body::new(Deadline {
        inner: body,
        sleep: Box::pin(tokio::time::sleep(state.body_timeout)),
        expired: expired.clone(),
    });
    let lang = lang(None, &parts.headers);
    let api = parts.uri.path().starts_with("/api/");
    let answer = next.run(Request::from_parts(parts, body)).await;
    if !expired.load(Ordering::Acquire) {
        return answer;
    }
    let message = app::i18n::REQUEST_TOO_SLOW.get(lang);
    let mut r = if api {
        super::api::error(StatusCode::REQUEST_TIMEOUT, message)
    } else {
        (StatusCode::REQUEST_TIMEOUT, message).into_response()
    };
    r.headers_mut()
        .insert(header::CONNECTION, HeaderValue::from_static("close"));
    r
}

/// A body that fails once its deadline passes.
struct Deadline {
    inner: Body,
    sleep: Pin<Box<Sleep>>,
    expired: Arc<AtomicBool>,
}

/// What a handler reading a body too late is given.
#[derive(Debug, thiserror::Error)]
#[error("the request body did not arrive in time")]
struct TooSlow;

impl HttpBody for Deadline {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        let this = self.get_mut();
        if this.expired.load(Ordering::Acquire) {
            return Poll::Ready(Some(Err(axum::Error::new(TooSlow))));
        }
        if let Poll::Ready(frame) = Pin::new(&mut this.inner).poll_frame(cx) {
            return Poll::Ready(frame);
        }
        match this.sleep.as_mut().poll(cx) {
            Poll::Ready(()) => {
                this.expired.store(true, Ordering::Release);
                Poll::Ready(Some(Err(axum::Error::new(TooSlow))))
            }
            Poll::Pending => Poll::Pending,
        }
    }

    fn is_end_stream(&self) -> bool {
        self.inner.is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}
