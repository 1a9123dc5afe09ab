//! The volunteer's shortlist in the URL, its page, the print view for a client, and the offer
//! page's tools.

use std::sync::Arc;

use axum::http::StatusCode;
use wegweiser::directory::Directory;
use wegweiser::domain::{Actor, Lang, parse_offer};

use crate::helpers::{get, get_from, offer_json};

use crate::helpers::BASE_URL as BASE;

/// An offer translated into Arabic and one only in German, both with contact and times.
fn client_offers() -> Arc<Directory> {
    let directory = Directory::in_memory().unwrap();
    let mut translated = offer_json("sprachkurs-frauen", "Deutschkurs für Frauen");
    translated["title"]["ar"] = "دورة ألمانية للنساء".into();
    translated["summary"] = serde_json::json!({"de": "Mit Kinderbetreuung.", "ar": "مع رعاية الأطفال."});
    translated["schedule"] = serde_json::json!({"text": {"de": "Di und Do 9–12 Uhr", "ar": "الثلاثاء والخميس 9–12"}});
    translated["contact"] = serde_json::json!({"phone": "+49 2303 12345", "email": "kurs@example.org"});
    translated["locations"][0]["street"] = "Bahnhofstraße 20".into();
    translated["cost"] = serde_json::json!({"free": true, "text": {"de": "Kostenlos mit Berechtigungsschein"}});
    translated["languages"] = serde_json::json!(["de", "ar"]);
    let mut german = offer_json("beratung-deutsch", "Migrationsberatung");
    german["schedule"] = serde_json::json!({"text": {"de": "Mo 9–12 Uhr"}});
    let offers: Vec<_> = [translated, german].into_iter().map(|json| parse_offer(json).unwrap()).collect();
    directory.upsert(&offers, &Actor::System).unwrap();
    Arc::new(directory)
}

#[tokio::test]
async fn a_card_puts_its_offer_on_the_list_and_keeps_the_search() {
    let page = get("/de/search?q=Integrationskurs&city=Unna&page=1").await;
    let first_offer = page.attrs(".card h2 a", "href").remove(0);
    let id = first_offer.trim_start_matches("/de/offers/").to_owned();
    let add = page.attrs(".card .list-toggle", "href").remove(0);
    assert_eq!(add, format!("/de/search?q=Integrationskurs&city=Unna&page=1&list={id}#offer-{id}"));
    assert_eq!(page.texts(".card .list-toggle")[0], "Auf meine Liste");
    let listed = get(&add).await;
    assert_eq!(listed.texts(".card .list-toggle")[0], "Von der Liste nehmen");
    assert_eq!(listed.texts(".my-list a"), ["Meine Liste (1)"]);
    assert_eq!(listed.attrs(".my-list a", "href"), [format!("/de/list?ids={id}")]);
    assert_eq!(listed.attrs(&format!("#offer-{id} h2 a"), "href"), [format!("/de/offers/{id}?list={id}")]);
    let remove = listed.attrs(".card .list-toggle", "href").remove(0);
    assert!(!remove.contains("list="), "removing the last offer drops the list: {remove}");
    let facet = listed.attrs(".facet a", "href").remove(0);
    assert!(facet.contains(&format!("list={id}")), "filters keep the list: {facet}");
}

#[tokio::test]
async fn the_list_page_shows_compact_cards_to_remove_share_and_print() {
    let directory = client_offers();
    let page = get_from(directory, "/de/list?ids=sprachkurs-frauen,gibt-es-nicht,beratung-deutsch", &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("h1"), ["Meine Liste (2)"]);
    assert_eq!(page.texts(".compact-card h2"), ["Deutschkurs für Frauen", "Migrationsberatung"]);
    assert!(page.texts(".note")[0].contains("gibt es nicht mehr"));
    assert_eq!(
        page.attrs(".compact-card a.button", "href"),
        ["/de/list?ids=beratung-deutsch", "/de/list?ids=sprachkurs-frauen"]
    );
    assert_eq!(page.attrs(".compact-card a[href^='tel:']", "href"), ["tel:+49230312345"]);
    let share = format!("{BASE}/de/list?ids=sprachkurs-frauen,beratung-deutsch");
    assert_eq!(page.attrs("#share-url", "value"), std::slice::from_ref(&share));
    assert_eq!(page.attrs(".share p a", "href"), [share]);
    assert_eq!(page.attrs(".print-form form", "action"), ["/de/list/print"]);
    assert_eq!(page.attrs(".print-form input[name=ids]", "value"), ["sprachkurs-frauen,beratung-deutsch"]);
    assert_eq!(page.attrs(".print-form input[name=client]", "value"), ["de"]);
    let every_language: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(page.attrs("#client option", "value"), every_language);
    assert_eq!(page.attrs(".languages a[hreflang=ar]", "href"), ["/ar/list?ids=sprachkurs-frauen,beratung-deutsch"]);
}

#[tokio::test]
async fn an_empty_or_broken_list_says_how_to_fill_it() {
    for uri in ["/de/list", "/de/list?ids=", "/de/list?ids=%3Cscript%3E,,", "/de/list?ids=gibt-es-nicht"] {
        let page = get(uri).await;
        assert_eq!(page.status, StatusCode::OK, "{uri}");
        assert_eq!(page.texts("h1"), ["Meine Liste (0)"], "{uri}");
        assert!(page.texts("main p").iter().any(|p| p.contains("Auf meine Liste")), "{uri}");
    }
    let print = get("/de/list/print?ids=gibt-es-nicht&client=tr").await;
    assert_eq!(print.status, StatusCode::OK);
    assert!(print.attrs("article.print-offer", "class").is_empty());
    assert!(print.texts("main p").iter().any(|p| p.contains("Auf meine Liste")));
}

#[tokio::test]
async fn the_print_view_puts_the_client_language_beside_german_with_a_qr_code_each() {
    let page = get_from(client_offers(), "/de/list/print?ids=sprachkurs-frauen,beratung-deutsch&client=ar", &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.attrs("html", "lang"), ["de"], "the page is the volunteer's");
    assert_eq!(page.texts("h1"), ["عروض لكم"]);
    assert_eq!(page.attrs("h1", "lang"), ["ar"]);
    assert_eq!(page.attrs("article.print-offer", "class").len(), 2);
    let first = "article.print-offer:nth-of-type(1)";
    assert_eq!(page.attrs(&format!("{first} .print-column"), "lang"), ["ar", "de"]);
    assert_eq!(page.attrs(&format!("{first} .print-column"), "dir"), ["rtl", "ltr"]);
    assert_eq!(page.texts(&format!("{first} .print-column h2")), ["دورة ألمانية للنساء", "Deutschkurs für Frauen"]);
    let facts = page.texts(&format!("{first} .print-column dd"));
    assert!(facts.iter().any(|f| f.contains("Bahnhofstraße 20") && f.contains("59423 Unna")), "{facts:?}");
    assert!(facts.iter().any(|f| f.contains("الثلاثاء والخميس")) && facts.iter().any(|f| f.contains("Di und Do")));
    assert!(facts.contains(&"+49 2303 12345".to_owned()));
    assert_eq!(page.texts(&format!("{first} dt"))[0], "أين");
    // German only: one column, Arabic labels, the German text marked as German.
    let second = "article.print-offer:nth-of-type(2)";
    assert_eq!(page.attrs(&format!("{second} .print-column"), "lang"), ["ar"]);
    assert_eq!(page.attrs(&format!("{second} .print-column h2 span[lang]"), "lang"), ["de"]);
    assert_eq!(page.attrs("svg.qr-code", "aria-hidden").len(), 2);
    assert_eq!(
        page.texts("figure.qr figcaption"),
        [format!("{BASE}/ar/offers/sprachkurs-frauen"), format!("{BASE}/ar/offers/beratung-deutsch")]
    );
}

#[tokio::test]
async fn the_print_view_falls_back_to_the_page_language_for_an_unknown_client_language() {
    let page = get_from(client_offers(), "/en/list/print?ids=sprachkurs-frauen&client=xx", &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("h1"), ["Offers for you"]);
    assert_eq!(page.attrs(".print-column", "lang"), ["en"], "not translated: one column with English labels");
    assert_eq!(page.attrs(".print-column h2 span[lang]", "lang"), ["de"]);
    assert_eq!(page.texts(".print-column dt")[0], "Where");
}

#[tokio::test]
async fn the_offer_page_adds_to_the_list_prints_and_shares() {
    let page = get_from(client_offers(), "/de/offers/sprachkurs-frauen?list=beratung-deutsch", &[]).await;
    let tools = page.attrs(".tools a", "href");
    assert_eq!(
        tools,
        [
            "/de/offers/sprachkurs-frauen?list=beratung-deutsch,sprachkurs-frauen".to_owned(),
            "/de/offers/sprachkurs-frauen/print".to_owned(),
            format!("{BASE}/de/offers/sprachkurs-frauen"),
            "/de/list?ids=beratung-deutsch".to_owned(),
        ]
    );
    assert_eq!(page.texts(".tools .my-list a"), ["Meine Liste (1)"]);
    let listed = get_from(client_offers(), &tools[0], &[]).await;
    assert_eq!(listed.texts(".tools a")[0], "Von der Liste nehmen");
    assert_eq!(listed.attrs(".tools a", "href")[0], "/de/offers/sprachkurs-frauen?list=beratung-deutsch");
}

#[tokio::test]
async fn one_offer_prints_for_a_client_and_an_unknown_one_is_missing() {
    let page = get_from(client_offers(), "/ar/offers/sprachkurs-frauen/print", &[]).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.attrs("article.print-offer .print-column", "lang"), ["ar", "de"]);
    assert_eq!(page.attrs(".print-head a", "href"), ["/ar/offers/sprachkurs-frauen"]);
    for uri in ["/de/offers/gibt-es-nicht/print", "/de/offers/NICHT%20G%C3%9CLTIG/print"] {
        assert_eq!(get(uri).await.status, StatusCode::NOT_FOUND, "{uri}");
    }
}

#[tokio::test]
async fn the_stylesheet_prints_offers_without_navigation() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/style.css")).unwrap();
    let print = &css[css.find("@media print").expect("a print stylesheet")..];
    for hidden in ["header.site nav", "footer.site", ".tools", ".no-print", ".card-actions"] {
        assert!(print.split('}').next().unwrap().contains(hidden), "{hidden} is not printed");
    }
}

#[tokio::test]
async fn the_list_is_sent_in_one_tap_in_the_clients_language() {
    let page = get_from(client_offers(), "/de/list?ids=sprachkurs-frauen&client=ar", &[]).await;
    assert_eq!(page.attrs("#client option[selected]", "value"), ["ar"]);
    let share = format!("{BASE}/ar/list?ids=sprachkurs-frauen");
    assert_eq!(page.attrs("#share-url", "value"), std::slice::from_ref(&share));
    let links = page.attrs(".share-links a", "href");
    assert_eq!(links.len(), 4, "{links:?}");
    let encoded_url: String = url::form_urlencoded::byte_serialize(share.as_bytes()).collect();
    assert!(links[0].starts_with("mailto:?subject=") && links[0].contains(&encoded_url), "{}", links[0]);
    assert!(links[1].starts_with("sms:?&body=") && links[1].contains(&encoded_url), "{}", links[1]);
    assert!(links[2].starts_with("https://wa.me/?text=") && links[3].starts_with("https://t.me/share/url?url="));
    let arabic_heading: String = url::form_urlencoded::byte_serialize("عروض لكم".as_bytes()).collect();
    assert!(links[0].contains(&arabic_heading.replace('+', "%20")), "the message is in Arabic: {}", links[0]);
    assert!(!links[0].contains('+'), "spaces are %20 for mail apps: {}", links[0]);
    assert_eq!(page.attrs(".print-form input[name=client]", "value"), ["ar"]);
    assert_eq!(page.texts(".share-links a")[..2], ["E-Mail".to_owned(), "SMS".to_owned()]);
}

#[tokio::test]
async fn my_list_is_in_view_on_the_card_just_added() {
    let page = get_from(client_offers(), "/de/search?q=Deutschkurs&list=sprachkurs-frauen", &[]).await;
    assert_eq!(page.texts("#offer-sprachkurs-frauen .my-list-link"), ["Meine Liste (1)"]);
}

#[tokio::test]
async fn the_print_has_cost_languages_the_print_date_and_room_for_notes() {
    let page = get_from(client_offers(), "/de/list/print?ids=sprachkurs-frauen&client=ar", &[]).await;
    assert_eq!(page.texts(".print-date"), ["طُبع في 20 نوفمبر 2026"]);
    assert_eq!(page.texts(".print-notes h2"), ["ملاحظات"]);
    let labels = page.texts("article.print-offer .print-column:nth-of-type(2) dt");
    assert!(labels.contains(&"Kosten".to_owned()) && labels.contains(&"Sprachen".to_owned()), "{labels:?}");
}
