//! The provider workspace's safety nets and words: withdrawing asks first and can be undone,
//! and the history reads as sentences, not paths.

use axum::http::StatusCode;
use wegweiser::domain::{Actor, parse_offer};

use crate::helpers::{accounts, offer_of};
use crate::provider_pages::{seed, sign_in, state};

#[tokio::test]
async fn withdraw_asks_first_and_the_question_changes_nothing() {
    let accounts = accounts();
    seed(&accounts, "anbieter-a", "a-kurs", "Deutschkurs am Abend");
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let dashboard = a.get("/de/provider/").await;
    assert!(
        dashboard.attrs("tr[data-id] td.actions a", "href").contains(&"/de/provider/offers/a-kurs/withdraw".to_owned())
    );
    let question = a.get("/de/provider/offers/a-kurs/withdraw").await;
    assert_eq!(question.status, StatusCode::OK);
    assert_eq!(question.texts("h1"), ["Dieses Angebot zurückziehen?"]);
    assert_eq!(question.texts("p.withdraw-offer strong"), ["Deutschkurs am Abend"]);
    assert_eq!(question.attrs("form.withdraw", "action"), ["/de/provider/offers/a-kurs/withdraw"]);
    assert_eq!(question.attrs("form.withdraw a", "href"), ["/de/provider/"], "a way back without withdrawing");
    assert!(accounts.directory.offer("a-kurs").unwrap().is_some(), "asking withdraws nothing");
    let b = sign_in(state(&accounts, false), "anbieter-b@example.org").await;
    assert_eq!(b.get("/de/provider/offers/a-kurs/withdraw").await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_withdrawal_is_undone_right_after_and_from_my_offers_as_it_was() {
    let accounts = accounts();
    let mut offer = offer_of("anbieter-a", "a-kurs", "Deutschkurs am Abend");
    offer["title"]["en"] = "Evening German course".into();
    offer["target_groups"] = serde_json::json!(["women", "parents"]);
    let offer = parse_offer(offer).unwrap();
    accounts.directory.upsert(std::slice::from_ref(&offer), &Actor::System).unwrap();
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let withdrawn = a.post("/de/provider/offers/a-kurs/withdraw", &[]).await;
    let location = withdrawn.headers["location"].to_str().unwrap().to_owned();
    assert_eq!(location, "/de/provider/?done=withdrawn&undo=a-kurs");
    assert!(accounts.directory.offer("a-kurs").unwrap().is_none());
    let right_after = a.get(&location).await;
    assert_eq!(right_after.attrs(".notice form.undo", "action"), ["/de/provider/offers/a-kurs/undo"]);
    assert_eq!(
        a.get("/de/provider/?done=withdrawn&undo=elsewhere").await.attrs(".notice form.undo", "action"),
        Vec::<String>::new(),
        "no undo for an offer that is not ours and withdrawn"
    );
    let row_undo = a.get("/de/provider/").await.attrs("tr[data-id=a-kurs] form.undo", "action");
    assert_eq!(row_undo, ["/de/provider/offers/a-kurs/undo"], "my offers keep the undo");
    let undone = a.post("/de/provider/offers/a-kurs/undo", &[]).await;
    assert_eq!(undone.headers["location"], "/de/provider/?done=undone");
    assert_eq!(accounts.directory.offer("a-kurs").unwrap().as_ref(), Some(&offer), "back exactly as it was");
    assert_eq!(a.post("/de/provider/offers/a-kurs/undo", &[]).await.status, StatusCode::NOT_FOUND, "nothing to undo");
    let history = a.get("/de/provider/offers/a-kurs/history").await;
    let actions: Vec<String> =
        history.texts("ol.history > li h2").into_iter().map(|h| h.split(" · ").nth(1).unwrap().to_owned()).collect();
    assert_eq!(actions[..2], ["Zurückziehen rückgängig gemacht", "Zurückgezogen"]);
}

#[tokio::test]
async fn with_moderation_a_withdrawal_waits_and_offers_no_undo() {
    let accounts = accounts();
    seed(&accounts, "anbieter-a", "a-kurs", "Deutschkurs");
    let a = sign_in(state(&accounts, true), "anbieter-a@example.org").await;
    let asked = a.post("/de/provider/offers/a-kurs/withdraw", &[]).await;
    assert_eq!(asked.headers["location"], "/de/provider/?done=pending");
    assert!(accounts.directory.offer("a-kurs").unwrap().is_some());
}

#[tokio::test]
async fn history_names_fields_in_words_in_local_time_and_ignores_reordering() {
    let accounts = accounts();
    let mut offer = offer_of("anbieter-a", "a-kurs", "Deutschkurs");
    offer["target_groups"] = serde_json::json!(["women", "parents"]);
    offer["cost"] = serde_json::json!({"text": {"de": "96,00 €"}});
    accounts.directory.upsert(&[parse_offer(offer.clone()).unwrap()], &Actor::System).unwrap();
    offer["target_groups"] = serde_json::json!(["parents", "women"]);
    offer["cost"] = serde_json::json!({"text": {"de": "110,00 €"}});
    accounts.directory.upsert(&[parse_offer(offer).unwrap()], &Actor::System).unwrap();
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let history = a.get("/de/provider/offers/a-kurs/history").await;
    let latest = history.html();
    let selector = scraper::Selector::parse("ol.history > li:first-child table.diff tbody th").unwrap();
    let fields: Vec<String> = latest.select(&selector).map(|th| th.text().collect()).collect();
    assert_eq!(fields, ["Kosten (Deutsch)"], "reordered target groups are no change");
    assert!(history.texts("td.after ins").contains(&"110,00 €".to_owned()));
    assert!(history.texts("table.diff tbody th").iter().all(|th| !th.contains("text.")), "no paths as labels");
    let stamp = &history.texts("ol.history > li h2 time")[0];
    assert!(!stamp.contains('T') && !stamp.ends_with('Z'), "a local time, not UTC: {stamp}");
    assert!(
        history.attrs("ol.history > li h2 time", "datetime")[0].ends_with('Z'),
        "the machine-readable time stays exact"
    );
    let english = a.get("/en/provider/offers/a-kurs/history").await;
    assert!(english.texts("table.diff tbody th").contains(&"Cost (Deutsch)".to_owned()));
}

fn fields_without<'a>(fields: &[(&'a str, &'a str)], names: &[&str]) -> Vec<(&'a str, &'a str)> {
    fields.iter().filter(|(k, _)| !names.contains(k)).copied().collect()
}

#[tokio::test]
async fn a_new_offer_gets_its_id_from_the_title_unique_and_shown_never_asked() {
    let accounts = accounts();
    seed(&accounts, "anbieter-b", "naehtreff-fuer-muetter", "Nähtreff von B");
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let form = a.get("/de/provider/offers/new").await;
    assert!(form.attrs("input[name=id]", "name").is_empty(), "no id to type");
    assert_eq!(form.texts(".offer-id p.hint"), ["Die Kennung wird beim Speichern aus dem Titel gebildet."]);
    let fields = fields_without(&crate::provider_pages::new_offer_fields("", "Nähtreff für Mütter"), &["id"]);
    let preview = a.post("/de/provider/offers/new", &[fields.clone(), vec![("action", "preview")]].concat()).await;
    assert_eq!(preview.attrs("input[name=id]", "value"), ["naehtreff-fuer-muetter-2"], "unique among existing ids");
    let saved = a.post("/de/provider/offers/new", &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert!(accounts.directory.offer("naehtreff-fuer-muetter-2").unwrap().is_some());
    let again = a.post("/de/provider/offers/new", &fields).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert!(accounts.directory.offer("naehtreff-fuer-muetter-3").unwrap().is_some(), "a second one never overwrites");
    let edit = a.get("/de/provider/offers/naehtreff-fuer-muetter-2").await;
    assert_eq!(edit.texts(".offer-id code"), ["naehtreff-fuer-muetter-2"], "shown, unchanged on edit");
}

#[tokio::test]
async fn the_place_comes_from_the_postcode_or_town_and_an_unknown_place_is_a_clear_error() {
    let accounts = accounts();
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let form = a.get("/de/provider/offers/new").await;
    assert!(form.attrs("input[name=loc0_lat], input[name=loc0_lon]", "name").is_empty(), "coordinates are never typed");
    let base = crate::provider_pages::new_offer_fields("a-treff", "Treff");
    let by_postcode = fields_without(&base, &["loc0_city"]);
    assert_eq!(a.post("/de/provider/offers/new", &by_postcode).await.status, StatusCode::SEE_OTHER);
    let location = accounts.directory.offer("a-treff").unwrap().unwrap().locations.remove(0);
    assert_eq!(location.city, "Kamen", "the postcode names the town");
    assert!((location.lat.unwrap() - 51.59).abs() < 0.1 && (location.lon.unwrap() - 7.66).abs() < 0.1, "{location:?}");
    let nowhere = [
        fields_without(&base, &["loc0_city", "loc0_postcode", "id"]),
        vec![("id", "a-nirgends"), ("loc0_city", "Atlantis")],
    ]
    .concat();
    let refused = a.post("/de/provider/offers/new", &nowhere).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.texts("#loc0_city-error"),
        ["Diesen Ort kennen wir nicht. Bitte geben Sie eine deutsche Postleitzahl oder einen Ort ein."]
    );
    assert_eq!(refused.attrs("input[name=loc0_city]", "value"), ["Atlantis"], "nothing typed is lost");
}

#[tokio::test]
async fn saving_an_offer_keeps_the_coordinates_its_place_already_has() {
    let accounts = accounts();
    let mut offer = offer_of("anbieter-a", "a-kurs", "Kurs");
    offer["locations"][0]["lat"] = 51.5371.into();
    offer["locations"][0]["lon"] = 7.6893.into();
    accounts.directory.upsert(&[parse_offer(offer).unwrap()], &Actor::System).unwrap();
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let fields = [
        ("provider_id", "anbieter-a"),
        ("provider_name", "anbieter-a"),
        ("category", "language_course"),
        ("title.de", "Kurs am Abend"),
        ("loc0_city", "Unna"),
        ("loc0_postcode", "59423"),
    ];
    assert_eq!(a.post("/de/provider/offers/a-kurs", &fields).await.status, StatusCode::SEE_OTHER);
    let location = accounts.directory.offer("a-kurs").unwrap().unwrap().locations.remove(0);
    assert_eq!((location.lat, location.lon), (Some(51.5371), Some(7.6893)));
}

#[tokio::test]
async fn the_form_shows_german_and_one_language_at_a_time_with_missing_and_outdated_tabs_marked() {
    let accounts = accounts();
    let mut offer = offer_of("anbieter-a", "a-kurs", "Kurs dienstags");
    offer["title"]["en"] = "Course on Tuesdays".into();
    offer["title"]["it"] = "Corso il martedì".into();
    accounts.directory.upsert(&[parse_offer(offer.clone()).unwrap()], &Actor::System).unwrap();
    offer["title"]["de"] = "Kurs donnerstags".into();
    accounts.directory.upsert(&[parse_offer(offer).unwrap()], &Actor::System).unwrap();
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let form = a.get("/de/provider/offers/a-kurs").await;
    let tabs = form.attrs("input.tab", "value");
    assert!(!tabs.contains(&"de".to_owned()), "German is no tab: it is always there");
    assert_eq!(tabs.len(), 16, "one per UI language but German, and one for the rest: {tabs:?}");
    assert_eq!(form.attrs("input.tab[checked]", "value"), ["en"], "a German page opens English");
    assert_eq!(form.attrs("label.tab-label.outdated", "for"), ["tab-en", "tab-other"], "the German title changed");
    assert!(form.attrs("label.tab-label.missing", "for").contains(&"tab-ar".to_owned()));
    assert!(!form.attrs("label.tab-label.missing", "for").contains(&"tab-other".to_owned()), "Italian is there");
    assert_eq!(form.attrs(".translation.lang-other input[name='title.it']", "value"), ["Corso il martedì"]);
    let arabic = a.get("/ar/provider/offers/a-kurs").await;
    assert_eq!(arabic.attrs("input.tab[checked]", "value"), ["ar"], "an Arabic page opens Arabic");
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/static/style.css")).unwrap();
    for tab in tabs {
        assert!(css.contains(&format!("#tab-{tab}:checked ~ section .lang-{tab}")), "the stylesheet shows tab {tab}");
    }
}

#[tokio::test]
async fn offer_languages_are_picked_by_name_never_by_code() {
    let accounts = accounts();
    let mut offer = offer_of("anbieter-a", "a-kurs", "Kurs");
    offer["languages"] = serde_json::json!(["de", "ar", "it"]);
    accounts.directory.upsert(&[parse_offer(offer).unwrap()], &Actor::System).unwrap();
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let form = a.get("/de/provider/offers/a-kurs").await;
    assert!(form.attrs("input[name=languages][type=text]", "name").is_empty(), "no codes to type");
    assert_eq!(form.attrs("input[name=languages][checked]", "value"), ["de", "ar", "it"]);
    let names = form.texts("fieldset.offer-languages label");
    assert!(names.contains(&"Arabisch · العربية".to_owned()), "{names:?}");
    assert!(names.contains(&"Italiano".to_owned()), "a language beyond ours keeps its own name");
    assert!(names.iter().all(|name| !name.split_whitespace().any(|w| w == "ar" || w == "de")), "{names:?}");
    let english = a.get("/en/provider/offers/a-kurs").await;
    assert!(english.texts("fieldset.offer-languages label").contains(&"Ukrainian · Українська".to_owned()));
    let fields = [
        ("provider_id", "anbieter-a"),
        ("provider_name", "anbieter-a"),
        ("category", "language_course"),
        ("title.de", "Kurs"),
        ("loc0_city", "Unna"),
        ("loc0_postcode", "59423"),
        ("languages", "de"),
        ("languages", "uk"),
    ];
    assert_eq!(a.post("/de/provider/offers/a-kurs", &fields).await.status, StatusCode::SEE_OTHER);
    let saved = accounts.directory.offer("a-kurs").unwrap().unwrap();
    let codes: Vec<&str> = saved.languages.iter().map(|l| l.as_str()).collect();
    assert_eq!(codes, ["de", "uk"]);
}
