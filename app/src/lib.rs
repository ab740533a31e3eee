//! Persepsi's pages and domain, shared by the server (feature `ssr`) and
//! the browser bundle (feature `hydrate`).
//!
//! Pages are rendered on the server and work without JavaScript; only small
//! interactive islands are hydrated in the browser, which keeps the bundle a
//! cheap phone can afford.

#![recursion_limit = "256"]

pub mod components;
pub mod domain;
pub mod i18n;
pub mod pages;
pub mod shell;
pub mod views;

/// The browser entry point: hydrates the islands on the page.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
