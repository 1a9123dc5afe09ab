//! Integration tests: one binary, modules by area.

mod api;
mod calendars;
mod cli;
mod data;
mod helpers;
mod index_sync;
mod locales;
mod pages;
mod relevance;
mod search_quality;
mod sitemap;
mod structured_data;
