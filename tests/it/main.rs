//! Integration tests: one binary, modules by area.

mod api;
mod cli;
mod data;
mod helpers;
mod index_sync;
mod locales;
mod pages;
mod provider_api;
mod relevance;
mod search_quality;
