//! The object store that holds the pictures: a folder on this machine by
//! default, or a bucket of an S3-compatible store (addressed by path, so
//! any such store works, over plain HTTP only when its address says so).

use crate::config::ProofConfig;
use anyhow::{Context, bail};
use object_store::ObjectStore;
use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use std::sync::Arc;

/// The store `config` names: `PERSEPSI_PROOF_STORE` is a folder, or
/// `s3://BUCKET` with the `PERSEPSI_S3_*` settings.
pub fn open(config: &ProofConfig) -> anyhow::Result<Arc<dyn ObjectStore>> {
    let Some(bucket) = config.store.strip_prefix("s3://") else {
        std::fs::create_dir_all(&config.store).with_context(|| {
            format!(
                "PERSEPSI_PROOF_STORE: could not create the folder {}",
                config.store
            )
        })?;
        let local = LocalFileSystem::new_with_prefix(&config.store)
            .with_context(|| format!("PERSEPSI_PROOF_STORE: cannot use {}", config.store))?;
        return Ok(Arc::new(local));
    };
    let bucket = bucket.trim_end_matches('/');
    if bucket.is_empty() || bucket.contains('/') {
        bail!(
            "PERSEPSI_PROOF_STORE: write s3://BUCKET, not {}",
            config.store
        );
    }
    let (Some(endpoint), Some(key), Some(secret)) = (
        config.s3_endpoint.as_deref(),
        config.s3_access_key.as_deref(),
        config.s3_secret_key.as_deref(),
    ) else {
        bail!(
            "PERSEPSI_PROOF_STORE is {}: set PERSEPSI_S3_ENDPOINT, PERSEPSI_S3_ACCESS_KEY and PERSEPSI_S3_SECRET_KEY too",
            config.store
        );
    };
    let s3 = AmazonS3Builder::new()
        .with_bucket_name(bucket)
        .with_endpoint(endpoint.trim_end_matches('/'))
        .with_region(&config.s3_region)
        .with_access_key_id(key)
        .with_secret_access_key(secret)
        .with_virtual_hosted_style_request(false)
        .with_allow_http(endpoint.starts_with("http://"))
        .build()
        .with_context(|| format!("PERSEPSI_PROOF_STORE: cannot use {}", config.store))?;
    Ok(Arc::new(s3))
}
