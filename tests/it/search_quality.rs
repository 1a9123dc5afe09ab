use wegweiser::directory::Directory;
use wegweiser::domain::Actor;
use wegweiser::domain::{Category, Lang, Level, TargetGroup, parse_offer};
use wegweiser::search::{Rule, SearchRequest, SearchResults};

use crate::helpers::{offer_json, seeded};

fn search(text: &str, lang: Option<Lang>) -> SearchResults {
    let request = SearchRequest {
        text: text.to_owned(),
        lang_hint: lang,
        limit: 10,
        today: Some(crate::helpers::today()),
        ..SearchRequest::default()
    };
    seeded().search(&request).unwrap()
}

fn top_categories(results: &SearchResults) -> Vec<String> {
    let ids: Vec<&str> = results.hits.iter().map(|h| h.id.as_str()).collect();
    let offers = seeded().offers_by_id(&ids).unwrap();
    results.hits.iter().map(|h| offers[&h.id].category.code().to_owned()).collect()
}

#[test]
fn arabic_query_finds_arabic_translations() {
    let results = search("دورة لغة", None);
    assert!(results.total > 0);
    assert_eq!(results.detected_language, Lang::Ar);
}

#[test]
fn umlauts_may_be_typed_out() {
    let with = search("Nähcafé", None).total;
    assert!(with > 0);
    assert_eq!(search("Naehcafe", None).total, with);
}

#[test]
fn a_word_found_nowhere_is_dropped_and_reported() {
    let results = search("Integrationskurs qqqxqq", None);
    assert!(results.total > 0);
    assert_eq!(results.dropped_words, ["qqqxqq"]);
    assert!(top_categories(&results).iter().take(3).all(|c| c == "integration_course"));
}

#[test]
fn a_hyphenated_word_takes_the_head_of_the_compound_after_it() {
    let ranked = |text: &str| {
        let results = search(text, Some(Lang::De));
        let words: Vec<String> =
            results.hits.first().map(|h| results.explain(h)).unwrap_or_default().into_iter().map(|m| m.word).collect();
        (results.hits.iter().map(|h| (h.id.clone(), h.score)).collect::<Vec<_>>(), words)
    };
    // "Integrations- und Deutschkurse" are Integrationskurse and Deutschkurse.
    let (typed_out, _) = ranked("Integrationskurse und Deutschkurse");
    let (completed, words) = ranked("Integrations- und Deutschkurse");
    assert_eq!(completed, typed_out);
    assert_eq!(words, ["Integrationskurse", "Deutschkurse"]);
    assert_eq!(
        ranked("Integrations-, Sprach- oder Deutschkurse").1,
        ["Integrationskurse", "Sprachkurse", "Deutschkurse"]
    );
    // A hyphen that joins nothing, or a word that is no compound after it, completes nothing.
    for text in ["Integrations- Deutschkurse", "Integrations- und Beratung"] {
        assert_ne!(ranked(text).0, typed_out, "{text}");
    }
}

#[test]
fn a_misspelled_word_only_the_glossary_knows_reaches_its_concept() {
    let right = search("нострифікація", None);
    let misspelled = search("нострификація", None);
    assert!(right.total > 0);
    assert_eq!(misspelled.hits.first().map(|h| &h.id), right.hits.first().map(|h| &h.id));
    let explained = misspelled.explain(&misspelled.hits[0]);
    assert!(explained.iter().any(|m| m.rule == Rule::Typo && m.via.contains("Anerkennung")), "{explained:?}");
}

#[test]
fn a_word_only_a_withdrawn_offer_had_is_found_nowhere() {
    let directory = directory_with(&[("kurs", "Integrationskurs am Abend"), ("weg", "Zebrafischkunde am Teich")]);
    assert!(directory.withdraw_offer("weg", &Actor::System).unwrap());
    let search = |text: &str| search_in(&directory, text, 10);
    let alone = search("Zebrafischkunde");
    assert_eq!((alone.total, alone.dropped_words), (0, vec!["Zebrafischkunde".to_owned()]));
    let beside = search("Integrationskurs Zebrafischkunde");
    assert_eq!(beside.hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(), ["kurs"]);
}

#[test]
fn ended_offers_are_left_out_by_default() {
    let all = SearchRequest { limit: 0, today: Some(crate::helpers::today()), ..SearchRequest::default() };
    let with_ended = SearchRequest { include_ended: true, ..all.clone() };
    let directory = seeded();
    assert!(directory.search(&with_ended).unwrap().total > directory.search(&all).unwrap().total);
}

fn search_in(directory: &Directory, text: &str, limit: usize) -> SearchResults {
    let request =
        SearchRequest { text: text.into(), limit, today: Some(crate::helpers::today()), ..SearchRequest::default() };
    directory.search(&request).unwrap()
}

fn directory_with(titles: &[(&str, &str)]) -> Directory {
    let directory = Directory::in_memory().unwrap();
    let offers: Vec<_> = titles.iter().map(|(id, title)| parse_offer(offer_json(id, title)).unwrap()).collect();
    directory.upsert(&offers, &Actor::System).unwrap();
    directory
}

fn ids_for(directory: &Directory, text: &str) -> Vec<String> {
    search_in(directory, text, 10).hits.into_iter().map(|h| h.id).collect()
}

#[test]
fn german_compounds_meet_their_parts_both_ways() {
    let directory = directory_with(&[
        ("frauen", "Sprachkurs für Frauen"),
        ("integration", "Integrationssprachkurs am Vormittag"),
        ("deutsch", "Deutschkurs am Abend"),
        ("anders", "Schwimmen im Freibad"),
    ]);
    assert_eq!(ids_for(&directory, "Frauensprachkurs")[0], "frauen");
    assert!(ids_for(&directory, "Sprachkurs").contains(&"integration".to_owned()));
    assert_eq!(ids_for(&directory, "deutsch kurs")[0], "deutsch");
}

#[test]
fn exact_beats_stemmed_beats_typo() {
    let directory = directory_with(&[("typo", "Beratnug"), ("stem", "Beratungen"), ("exact", "Beratung")]);
    assert_eq!(ids_for(&directory, "Beratung"), ["exact", "stem"], "a word the offers use is no typo");
    let misspelled = ids_for(&directory, "Beratugn");
    assert_eq!(misspelled[..2], ["exact", "stem"]);
}

#[test]
fn typos_follow_the_length_rules() {
    let directory = directory_with(&[("kurs", "Kurs"), ("integration", "Integrationskurs")]);
    assert!(ids_for(&directory, "Kusr").is_empty(), "four letters must be exact");
    assert_eq!(ids_for(&directory, "Integartionskurs"), ["integration"]);
    assert_eq!(ids_for(&directory, "Intgeratoinskurs"), ["integration"], "two typos from nine letters");
    assert!(
        ids_for(&directory, "Xntegrationskurs").contains(&"integration".to_owned()),
        "a wrong first letter costs two"
    );
}

#[test]
fn the_last_word_is_completed_as_you_type() {
    let directory = directory_with(&[("integration", "Integrationskurs")]);
    let rule = |text: &str| {
        let results = search_in(&directory, text, 5);
        results.hits.first().map(|hit| results.explain(hit)[0].rule)
    };
    assert_eq!(rule("Integrationsk"), Some(Rule::Prefix));
    assert_ne!(rule("Integrationsk "), Some(Rule::Prefix), "a finished word is not a prefix");
}

#[test]
fn arabic_query_finds_german_only_language_courses() {
    let results = search("دورة لغة ألمانية", None);
    let ids: Vec<&str> = results.hits.iter().map(|h| h.id.as_str()).collect();
    let offers = seeded().offers_by_id(&ids).unwrap();
    let german_only_courses = results.hits.iter().filter(|h| {
        let offer = &offers[&h.id];
        offer.category == Category::LanguageCourse && offer.title.get(Lang::Ar).is_none()
    });
    assert!(german_only_courses.count() >= 3, "{ids:?}");
    let first = results.explain(&results.hits[0]);
    assert!(first.iter().any(|m| m.rule == Rule::Concept), "{first:?}");
}

#[test]
fn ukrainian_query_finds_courses_for_women() {
    let results = search("курси для жінок", None);
    let ids: Vec<&str> = results.hits.iter().map(|h| h.id.as_str()).collect();
    let offers = seeded().offers_by_id(&ids).unwrap();
    let for_women = ids.iter().take(5).filter(|id| offers[**id].target_groups.contains(&TargetGroup::Women)).count();
    assert!(for_women >= 4, "{ids:?}");
}

#[test]
fn a_german_word_inside_an_arabic_query_still_works() {
    let results = search("موعد Jobcenter", None);
    assert_eq!(results.detected_language, Lang::Ar);
    let offers = seeded().offers_by_id(&[results.hits[0].id.as_str()]).unwrap();
    assert!(offers.values().all(|o| o.provider.id.as_str() == "jobcenter-kreis-unna"), "{:?}", results.hits[0]);
}

#[test]
fn towns_languages_levels_and_free_in_the_query_match_the_offer() {
    let first = |text: &str| {
        let results = search(text, None);
        let id = results.hits[0].id.clone();
        seeded().offer(&id).unwrap().unwrap()
    };
    assert!(first("Integrationskurs in Lünen").cities().any(|c| c == "Lünen"));
    assert!(first("інтеграційний курс Люнен").cities().any(|c| c == "Lünen"));
    assert!(first("Beratung auf Arabisch").languages.iter().any(|l| l.as_str() == "ar"));
    assert_eq!(first("Sprachkurs B1").level, Some(Level::B1));
    assert!(first("Deutschkurs kostenlos").is_free());
    assert_eq!(first("Sprachkurs mit Kinderbetreuung").childcare, Some(true));
}

#[test]
fn a_misspelled_word_gets_a_suggestion_and_a_typo_match() {
    let results = search("Schuldnerberatnug", None);
    assert_eq!(results.suggestion.as_deref(), Some("schuldnerberatung"));
    let matched = results.explain(&results.hits[0]);
    assert_eq!(matched[0].rule, Rule::Typo);
}

#[test]
fn a_word_beyond_the_typo_rules_is_still_found_by_its_trigrams() {
    let directory = directory_with(&[("werkstatt", "Fahrradwerkstatt"), ("anderes", "Nähcafé")]);
    let request = SearchRequest {
        text: "Fahradwerckstat".into(),
        limit: 5,
        today: Some(crate::helpers::today()),
        ..SearchRequest::default()
    };
    let results = directory.search(&request).unwrap();
    assert_eq!(results.hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(), ["werkstatt"]);
    assert_eq!(results.explain(&results.hits[0])[0].rule, Rule::Trigram);
    assert!(ids_for(&directory, "Qwertzuiopü").is_empty(), "unrelated words find nothing");
}

#[test]
fn a_question_finds_the_page_that_lacks_one_of_its_words() {
    let directory = directory_with(&[("levels", "Sprachniveaus von A1 bis C2 erklärt"), ("other", "Kochkurs")]);
    let found = ids_for(&directory, "Was ist der Unterschied zwischen den Sprachniveaus A1 und C2?");
    assert_eq!(found.first().map(String::as_str), Some("levels"));
}

#[test]
fn a_town_orders_offers_about_the_topic_and_never_lifts_one_off_it() {
    let results = search("Deutschkurs Lünen", None);
    let courses = ["language_course", "integration_course"];
    assert!(top_categories(&results).iter().take(5).all(|c| courses.contains(&c.as_str())));
    let first = seeded().offer(&results.hits[0].id).unwrap().unwrap();
    assert!(first.cities().any(|c| c == "Lünen"));
}

#[test]
fn compounds_the_part_list_lacks_are_split_by_the_offers_own_words() {
    let directory = directory_with(&[("training", "Ausbildung: neue Möglichkeiten"), ("other", "Sprachcafé")]);
    assert_eq!(ids_for(&directory, "Ausbildungsmöglichkeiten"), ["training"]);
}

#[test]
fn hyphenated_and_spaced_compounds_are_joined() {
    let directory = directory_with(&[("house", "Mehrgenerationenhaus Unna"), ("other", "Sprachcafé")]);
    assert_eq!(ids_for(&directory, "Mehr-Generationen-Haus")[0], "house");
    assert_eq!(ids_for(&directory, "mehr generationen haus")[0], "house");
}

#[test]
fn function_words_and_search_verbs_are_neither_required_nor_corrected() {
    let results = search("Ich suche einen Deutschkurs für meine Frau", None);
    assert_eq!(results.suggestion, None, "correct German is not corrected");
    assert!(results.dropped_words.iter().all(|w| w != "suche"), "{:?}", results.dropped_words);
}

#[test]
fn a_sentence_asking_for_a_course_with_childcare_puts_such_a_course_first() {
    let courses = ["language_course", "integration_course"];
    for (text, lang) in [
        (
            "Ich suche einen Deutschkurs für meine Frau mit Kinderbetreuung in Unna am Vormittag kostenlos bitte",
            Lang::De,
        ),
        ("أبحث عن دورة لغة ألمانية لزوجتي مع رعاية الأطفال", Lang::Ar),
    ] {
        let results = search(text, Some(lang));
        let first = seeded().offer(&results.hits[0].id).unwrap().unwrap();
        assert!(courses.contains(&first.category.code()), "{text}: {}", first.id);
        assert_eq!(first.childcare, Some(true), "{text}: {}", first.id);
    }
}

#[test]
fn a_town_in_another_script_after_a_preposition_orders_offers_there_first() {
    for (text, town) in [
        ("استشارة في أونا", "Unna"),
        ("консультація в Унні", "Unna"),
        ("консультация в Люнене", "Lünen"),
        ("danışmanlık Lünen'de", "Lünen"),
    ] {
        let results = search(text, None);
        let first = seeded().offer(&results.hits[0].id).unwrap().unwrap();
        assert!(first.cities().any(|c| c == town), "{text}: {}", first.id);
    }
}
