//! Reading a citizen's form post: form-encoded as always, or
//! `multipart/form-data` when the form offers a photo. One post carries the
//! answers and the file, so it works without JavaScript. The text fields
//! keep the usual small limit; the photo has its own, larger one (a photo
//! over it is reported beside its field, the answers kept); a body over
//! both is answered 413.

use crate::services::proof::PHOTO_FIELD;
use axum::body::Body;
use axum::http::{header, request::Parts};
use bytes::Bytes;

/// The photo field of a post.
#[derive(Clone, Debug)]
pub enum Upload {
    /// The file as sent.
    File(Bytes),
    /// Larger than the photo limit: read and dropped.
    TooLarge,
}

/// A form post: its text fields in order, and its photo when a file was
/// chosen.
#[derive(Debug, Default)]
pub struct FormPost {
    /// Name → value, as sent.
    pub pairs: Vec<(String, String)>,
    /// The photo.
    pub photo: Option<Upload>,
}

/// The post's body is over its limits.
#[derive(Debug)]
pub struct TooLarge;

/// Reads the body of a form post: form-encoded within `text_limit`, or
/// multipart with text fields within `text_limit` and the photo within
/// `photo_limit`.
pub async fn read_form_post(
    parts: &Parts,
    body: Body,
    text_limit: usize,
    photo_limit: usize,
) -> Result<FormPost, TooLarge> {
    let boundary = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .filter(|ct| ct.trim_start().starts_with("multipart/form-data"))
        .and_then(|ct| multer::parse_boundary(ct).ok());
    let Some(boundary) = boundary else {
        let bytes = axum::body::to_bytes(body, text_limit)
            .await
            .map_err(|_| TooLarge)?;
        return Ok(FormPost {
            pairs: serde_urlencoded::from_bytes(&bytes).unwrap_or_default(),
            photo: None,
        });
    };
    // Room for a photo over its limit to be read past (and dropped), so
    // the answers after it are still read.
    let whole = text_limit
        .saturating_add(photo_limit.saturating_mul(2))
        .saturating_add(64 * 1024);
    let constraints =
        multer::Constraints::new().size_limit(multer::SizeLimit::new().whole_stream(whole as u64));
    let mut multipart =
        multer::Multipart::with_constraints(body.into_data_stream(), boundary, constraints);
    let mut post = FormPost::default();
    let mut text = 0usize;
    while let Some(mut field) = multipart.next_field().await.map_err(|_| TooLarge)? {
        let name = field.name().unwrap_or_default().to_string();
        if field.file_name().is_some() {
            let mut kept = Vec::new();
            let mut over = false;
            while let Some(chunk) = field.chunk().await.map_err(|_| TooLarge)? {
                if name != PHOTO_FIELD || post.photo.is_some() || over {
                    continue;
                }
                if kept.len() + chunk.len() > photo_limit {
                    over = true;
                    kept = Vec::new();
                } else {
                    kept.extend_from_slice(&chunk);
                }
            }
            if name == PHOTO_FIELD && post.photo.is_none() {
                post.photo = match (over, kept.is_empty()) {
                    (true, _) => Some(Upload::TooLarge),
                    (false, true) => None,
                    (false, false) => Some(Upload::File(Bytes::from(kept))),
                };
            }
            continue;
        }
        let mut value = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(|_| TooLarge)? {
            text += chunk.len();
            if text > text_limit {
                return Err(TooLarge);
            }
            value.extend_from_slice(&chunk);
        }
        post.pairs
            .push((name, String::from_utf8_lossy(&value).into_owned()));
    }
    Ok(post)
}
