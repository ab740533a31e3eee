//! Server-only code: database access, tokens, catalog and demo data.

pub mod access;
pub mod assets;
pub mod auth;
pub mod catalog;
pub mod db;
pub mod demo;
pub mod entities;
pub mod error;
pub mod export;
pub mod qr;
pub mod repo;
pub mod state;
pub mod submit;
pub mod token;
pub mod writer;
