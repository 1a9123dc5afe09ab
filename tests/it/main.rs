//! Integration tests: one binary, modules by area.

mod api;
mod browser;
mod calendars;
mod cli;
mod crash;
mod data;
mod helpers;
mod hsds;
mod index_sync;
mod locales;
mod openapi;
mod pages;
mod places;
mod provider_api;
mod provider_pages;
mod real_server;
mod relevance;
mod search_quality;
mod site_a11y;
mod site_filters;
mod site_list;
mod site_privacy;
mod site_size;
mod sitemap;
mod structured_data;
