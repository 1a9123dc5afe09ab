//! The read-only HSDS 3.0 API beside ours: services, organizations and the Wegweiser taxonomy,
//! paged as HSDS pages them, with our search behind `search`. Ids are the HSDS UUIDs; our own
//! ids (and term codes) work as well.

use axum::Json;
use axum::extract::{Query, State};

use super::AppState;
use super::error::ApiError;
use super::extract::JsonPath;
use super::params::SearchParams;
use crate::directory::Directory;
use crate::domain::{Day, Offer, ProviderRef};
use crate::hsds::model::{Organization, OrganizationWithServices, Page, Service, Taxonomy, TaxonomyTerm};
use crate::hsds::taxonomy::{self, Term};
use crate::hsds::{export, organization_id, service_id};
use crate::search::SearchRequest;

const DEFAULT_PER_PAGE: usize = 20;
const MAX_PER_PAGE: usize = 100;
/// Deeper than anyone pages by hand; harvesters page the whole list without `search`.
const MAX_PAGE: usize = 100_000;
/// HSDS parameters this API does not offer: answering as if they were not there would mislead.
const UNSUPPORTED: [&str; 8] = [
    "taxonomy_term_id",
    "taxonomy_id",
    "organization_id",
    "modified_after",
    "minimal",
    "postcode",
    "proximity",
    "full_service",
];

/// `search`, `page`, `per_page` and `full` of a list request.
struct Listing {
    search: Option<String>,
    page: usize,
    per_page: usize,
    full: bool,
}

impl Listing {
    fn parse(pairs: Vec<(String, String)>) -> Result<Listing, ApiError> {
        let params = SearchParams::new(pairs);
        let bad = |name: &str, why: &str| ApiError::BadRequest(format!("{name}: {why}"));
        if let Some(name) = UNSUPPORTED.into_iter().find(|name| params.get(name).is_some()) {
            return Err(bad(name, "is not supported by this API"));
        }
        if params.get("format").is_some_and(|format| format != "json") {
            return Err(bad("format", "only `json` is offered"));
        }
        let number = |name: &str, max: usize, default: usize| match params.get(name) {
            None => Ok(default),
            Some(text) => text
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=max).contains(n))
                .ok_or_else(|| bad(name, &format!("`{text}` is not a whole number from 1 to {max}"))),
        };
        let full = match params.get("full") {
            None | Some("false" | "0") => false,
            Some("true" | "1") => true,
            Some(other) => return Err(bad("full", &format!("`{other}` is not `true` or `false`"))),
        };
        Ok(Listing {
            search: params.get("search").map(str::to_owned),
            page: number("page", MAX_PAGE, 1)?,
            per_page: number("per_page", MAX_PER_PAGE, DEFAULT_PER_PAGE)?,
            full,
        })
    }

    fn offset(&self) -> usize {
        (self.page - 1) * self.per_page
    }

    /// Whether `search` is absent or found, ignoring case, in one of the texts.
    fn finds(&self, texts: &[&str]) -> bool {
        let Some(search) = &self.search else { return true };
        let search = search.to_lowercase();
        texts.iter().any(|text| text.to_lowercase().contains(&search))
    }

    /// This listing's page of everything there is.
    fn page_of<T>(&self, all: Vec<T>) -> Page<T> {
        let total = all.len();
        let contents = all.into_iter().skip(self.offset()).take(self.per_page).collect();
        Page::new(contents, total, self.page, self.per_page)
    }
}

pub async fn services(
    State(state): State<AppState>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Json<Page<Service>>, ApiError> {
    let listing = Listing::parse(pairs)?;
    let (directory, today) = (state.directory.clone(), state.clock.today());
    let page = tokio::task::spawn_blocking(move || {
        let (offers, total) = match &listing.search {
            Some(text) => found_offers(&directory, text, (listing.per_page, listing.offset()), today)?,
            None => (
                directory.offer_page(listing.per_page, listing.offset())?,
                usize::try_from(directory.offer_count()?).unwrap_or(0),
            ),
        };
        let services = offers
            .iter()
            .map(|offer| export::service(offer, today))
            .map(|service| if listing.full { service } else { service.one_to_one() })
            .collect();
        Ok::<_, ApiError>(Page::new(services, total, listing.page, listing.per_page))
    })
    .await
    .map_err(|e| ApiError::Internal(e.into()))??;
    Ok(Json(page))
}

pub async fn service(State(state): State<AppState>, JsonPath(id): JsonPath<String>) -> Result<Json<Service>, ApiError> {
    let directory = state.directory.clone();
    let lookup = id.clone();
    let offer = tokio::task::spawn_blocking(move || offer_by_any_id(&directory, &lookup))
        .await
        .map_err(|e| ApiError::Internal(e.into()))??;
    let offer = offer.ok_or_else(|| ApiError::NotFound(format!("no service with id `{id}`")))?;
    Ok(Json(export::service(&offer, state.clock.today())))
}

pub async fn organizations(
    State(state): State<AppState>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Json<Page<Organization>>, ApiError> {
    let listing = Listing::parse(pairs)?;
    if listing.full {
        return Err(ApiError::BadRequest("full: is not supported by this API for organizations".to_owned()));
    }
    let (directory, today) = (state.directory.clone(), state.clock.today());
    let page = tokio::task::spawn_blocking(move || {
        let (providers, total) = match &listing.search {
            Some(text) => {
                let found: Vec<Organization> =
                    found_providers(&directory, text, today)?.iter().map(export::organization).collect();
                return Ok::<_, ApiError>(listing.page_of(found));
            }
            None => (
                directory.provider_page(listing.per_page, listing.offset())?,
                usize::try_from(directory.provider_count()?).unwrap_or(0),
            ),
        };
        let organizations = providers.iter().map(export::organization).collect();
        Ok(Page::new(organizations, total, listing.page, listing.per_page))
    })
    .await
    .map_err(|e| ApiError::Internal(e.into()))??;
    Ok(Json(page))
}

/// The organization with its services; `full_service=true` nests each service fully.
pub async fn organization(
    State(state): State<AppState>,
    JsonPath(id): JsonPath<String>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Json<OrganizationWithServices>, ApiError> {
    let full_service = match SearchParams::new(pairs).get("full_service") {
        None | Some("false" | "0") => false,
        Some("true" | "1") => true,
        Some(other) => return Err(ApiError::BadRequest(format!("full_service: `{other}` is not `true` or `false`"))),
    };
    let directory = state.directory.clone();
    let lookup = id.clone();
    let found = tokio::task::spawn_blocking(move || {
        let Some(provider) = provider_by_any_id(&directory, &lookup)? else { return Ok(None) };
        let offers = directory.offers_of_provider(provider.id.as_str())?;
        Ok::<_, crate::Error>(Some((provider, offers)))
    })
    .await
    .map_err(|e| ApiError::Internal(e.into()))??;
    let (provider, offers) = found.ok_or_else(|| ApiError::NotFound(format!("no organization with id `{id}`")))?;
    let today = state.clock.today();
    let services = offers
        .iter()
        .map(|offer| export::service(offer, today))
        .map(|service| if full_service { service } else { Service { organization: None, ..service.one_to_one() } })
        .collect();
    Ok(Json(OrganizationWithServices { organization: export::organization(&provider), services }))
}

pub async fn taxonomies(Query(pairs): Query<Vec<(String, String)>>) -> Result<Json<Page<Taxonomy>>, ApiError> {
    let listing = Listing::parse(pairs)?;
    let taxonomy = taxonomy::taxonomy();
    let found: Vec<Taxonomy> = [taxonomy].into_iter().filter(|t| listing.finds(&[&t.name, &t.description])).collect();
    Ok(Json(listing.page_of(found)))
}

pub async fn taxonomy(JsonPath(id): JsonPath<String>) -> Result<Json<Taxonomy>, ApiError> {
    let taxonomy = taxonomy::taxonomy();
    if id == taxonomy.id { Ok(Json(taxonomy)) } else { Err(ApiError::NotFound(format!("no taxonomy with id `{id}`"))) }
}

/// Every term of the Wegweiser taxonomy; `search` looks in codes, names and descriptions.
pub async fn taxonomy_terms(Query(pairs): Query<Vec<(String, String)>>) -> Result<Json<Page<TaxonomyTerm>>, ApiError> {
    let listing = Listing::parse(pairs)?;
    let terms: Vec<TaxonomyTerm> = Term::all()
        .into_iter()
        .map(Term::to_hsds)
        .filter(|t| listing.finds(&[t.code.as_deref().unwrap_or_default(), &t.name, &t.description]))
        .collect();
    Ok(Json(listing.page_of(terms)))
}

pub async fn taxonomy_term(JsonPath(id): JsonPath<String>) -> Result<Json<TaxonomyTerm>, ApiError> {
    let term = Term::all().into_iter().find(|term| term.id() == id || term.code() == id);
    term.map(|term| Json(term.to_hsds())).ok_or_else(|| ApiError::NotFound(format!("no taxonomy term with id `{id}`")))
}

/// One page of the offers our search finds for `text`, and how many it finds in all.
fn found_offers(
    directory: &Directory,
    text: &str,
    (limit, offset): (usize, usize),
    today: Day,
) -> crate::Result<(Vec<Offer>, usize)> {
    let request =
        SearchRequest { text: text.to_owned(), limit, offset, today: Some(today), ..SearchRequest::default() };
    let results = directory.search(&request)?;
    let ids: Vec<&str> = results.hits.iter().map(|hit| hit.id.as_str()).collect();
    let mut offers = directory.offers_by_id(&ids)?;
    Ok((ids.iter().filter_map(|id| offers.remove(*id)).collect(), results.total))
}

/// The providers of every offer our search finds for `text`, in the order of their best offer.
fn found_providers(directory: &Directory, text: &str, today: Day) -> crate::Result<Vec<ProviderRef>> {
    let every_offer = usize::try_from(directory.indexed_count()).unwrap_or(usize::MAX);
    let (offers, _) = found_offers(directory, text, (every_offer, 0), today)?;
    let mut providers: Vec<ProviderRef> = Vec::new();
    for offer in offers {
        if !providers.iter().any(|p| p.id == offer.provider.id) {
            providers.push(offer.provider);
        }
    }
    Ok(providers)
}

/// By our id, else by the HSDS UUID derived from it.
fn offer_by_any_id(directory: &Directory, id: &str) -> crate::Result<Option<Offer>> {
    if let Some(offer) = directory.offer(id)? {
        return Ok(Some(offer));
    }
    // UUIDs are derived from our ids and cannot be turned back; at district scale a pass over
    // the ids is quicker than keeping a second index of them.
    match directory.offer_ids()?.into_iter().find(|offer_id| service_id(offer_id) == id) {
        Some(offer_id) => directory.offer(&offer_id),
        None => Ok(None),
    }
}

fn provider_by_any_id(directory: &Directory, id: &str) -> crate::Result<Option<ProviderRef>> {
    if let Some(provider) = directory.provider(id)? {
        return Ok(Some(provider));
    }
    match directory.provider_ids()?.into_iter().find(|provider_id| organization_id(provider_id) == id) {
        Some(provider_id) => directory.provider(&provider_id),
        None => Ok(None),
    }
}
