//! Ranking and counting in one pass over many index segments: pages join into the whole
//! ranking, and facets count the same whatever page is asked for.

use std::sync::LazyLock;

use wegweiser::directory::{Directory, seed_offers};
use wegweiser::domain::Actor;
use wegweiser::search::{GeoPoint, SearchRequest, Sort};

use crate::helpers::today;

/// The bundled offers written in several commits, so the index has several segments and the
/// best hits of each must be merged.
static SEGMENTED: LazyLock<Directory> = LazyLock::new(|| {
    let directory = Directory::in_memory().expect("an in-memory directory opens");
    for batch in seed_offers().offers.chunks(50) {
        directory.upsert(batch, &Actor::System).expect("the offers load");
    }
    directory
});

fn request(text: &str, sort: Sort, limit: usize, offset: usize) -> SearchRequest {
    let near = (sort == Sort::Distance).then_some(GeoPoint { lat: 51.537, lon: 7.689 });
    SearchRequest { text: text.into(), sort, near, limit, offset, today: Some(today()), ..SearchRequest::default() }
}

fn ids(request: &SearchRequest) -> Vec<String> {
    SEGMENTED.search(request).unwrap().hits.into_iter().map(|h| h.id).collect()
}

#[test]
fn pages_join_into_the_whole_ranking() {
    for sort in [Sort::Relevance, Sort::Distance] {
        for text in ["", "Deutschkurs", "Beratung Unna", "курси"] {
            let whole = ids(&request(text, sort, 500, 0));
            assert!(!whole.is_empty(), "{text:?} finds offers");
            let paged: Vec<String> =
                (0..whole.len()).step_by(7).flat_map(|offset| ids(&request(text, sort, 7, offset))).collect();
            assert_eq!(paged, whole, "{text:?} sorted by {sort:?}");
        }
    }
}

#[test]
fn hits_come_in_score_order_and_ties_by_recency_then_id() {
    let results = SEGMENTED.search(&request("Beratung", Sort::Relevance, 500, 0)).unwrap();
    assert!(results.hits.windows(2).all(|pair| pair[0].score >= pair[1].score));
    let everything = SEGMENTED.search(&request("", Sort::Relevance, 500, 0)).unwrap();
    let offers = SEGMENTED.offers_by_id(&everything.hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>()).unwrap();
    let keys: Vec<_> =
        everything.hits.iter().map(|h| (std::cmp::Reverse(offers[&h.id].updated), h.id.clone())).collect();
    assert!(keys.windows(2).all(|pair| pair[0] <= pair[1]), "the empty query orders by confirmation, then id");
}

#[test]
fn facets_and_totals_do_not_depend_on_the_page() {
    let counted = SEGMENTED.search(&request("Kurs", Sort::Relevance, 0, 0)).unwrap();
    let paged = SEGMENTED.search(&request("Kurs", Sort::Relevance, 5, 10)).unwrap();
    assert_eq!((counted.total, &counted.facets), (paged.total, &paged.facets));
    assert!(counted.hits.is_empty());
    assert_eq!(counted.facets.category.values().sum::<usize>(), counted.total);
}

#[test]
fn a_facet_counts_what_choosing_its_value_finds() {
    let all = SEGMENTED.search(&request("", Sort::Relevance, 0, 0)).unwrap();
    for (city, count) in all.facets.city.iter().take(5) {
        let mut chosen = request("", Sort::Relevance, 0, 0);
        chosen.filters.city = Some(city.clone());
        let found = SEGMENTED.search(&chosen).unwrap();
        assert_eq!(found.total, *count, "{city}");
        assert_eq!(found.facets.city, all.facets.city, "a facet ignores its own filter");
    }
    let mut nowhere = request("", Sort::Relevance, 10, 0);
    nowhere.filters.city = Some("Atlantis".into());
    assert_eq!(SEGMENTED.search(&nowhere).unwrap().total, 0);
}
