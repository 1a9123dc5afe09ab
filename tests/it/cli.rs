//! End to end: the real binary, its exit codes and its server.

use std::io::Write;
use std::path::Path;
use std::process::{Output, Stdio};

use crate::helpers::{Server, http_get, offer_json, wegweiser};

fn run(dir: &Path, args: &[&str]) -> Output {
    wegweiser(dir, args).output().expect("the binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[test]
fn import_keeps_the_valid_record_names_three_problems_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let mut wrong_category = offer_json("zwei", "Zwei");
    wrong_category["category"] = "cooking".into();
    let mut bad_postcode = offer_json("drei", "Drei");
    bad_postcode["locations"][0]["postcode"] = "123".into();
    let mut unknown_field = offer_json("vier", "Vier");
    unknown_field["colour"] = "blau".into();
    let records = [offer_json("eins-abendkurs", "Abendkurs Deutsch"), wrong_category, bad_postcode, unknown_field];
    let lines: Vec<String> = records.iter().map(|r| r.to_string()).collect();
    let file = dir.path().join("offers.jsonl");
    std::fs::write(&file, lines.join("\n")).unwrap();

    let output = run(dir.path(), &["import", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("1 imported, 3 rejected"), "{text}");
    for expected in [
        "record 2 (line 2) `zwei`: category",
        "record 3 (line 3) `drei`: locations[0].postcode",
        "record 4 (line 4) `vier`: colour",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }

    let found = run(dir.path(), &["search", "Abendkurs", "--json"]);
    assert_eq!(found.status.code(), Some(0));
    let body: serde_json::Value = serde_json::from_slice(&found.stdout).unwrap();
    assert_eq!(body["hits"][0]["id"], "eins-abendkurs");
}

#[test]
fn csv_import_keeps_valid_rows_names_row_and_column_of_each_problem_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("angebote.csv");
    let rows = [
        "\u{feff}id;provider_id;provider_name;category;title_de;title_uk;languages;postcode;city;lat;lon;start;end;schedule_de",
        "csv-abendkurs;vhs-test;VHS Test;language_course;Abendkurs Deutsch;Вечірній курс;de;59423;Unna;51,5349;7,6899;07.09.2026;18.12.2026;Di und Do 18:00–20:15",
        "zwei;vhs-test;VHS Test;cooking;Zwei;;;;;;;;;",
        "drei;vhs-test;VHS Test;other;Drei;;;123;Unna;;;;;",
    ];
    std::fs::write(&file, rows.join("\r\n")).unwrap();

    let output = run(dir.path(), &["import", "--format", "csv", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    for expected in [
        "angebote.csv: 1 imported, 2 rejected",
        "record 2 (line 3) `zwei`: category: unknown variant `cooking`",
        "record 3 (line 4) `drei`: postcode: `123` is not a German postcode",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in {text}");
    }
    let found = run(dir.path(), &["search", "Abendkurs", "--json"]);
    let body: serde_json::Value = serde_json::from_slice(&found.stdout).unwrap();
    assert_eq!(body["hits"][0]["id"], "csv-abendkurs");

    let broken = dir.path().join("kaputt.csv");
    std::fs::write(&broken, "id;titel\n").unwrap();
    let output = run(dir.path(), &["import", "--format", "csv", broken.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown column `titel`"));
}

#[test]
fn export_writes_what_import_reads_back_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/offers/schwerte-froendenberg-online.json");
    assert_eq!(run(dir.path(), &["import", seeds.to_str().unwrap()]).status.code(), Some(0));
    let first = run(dir.path(), &["export"]);
    let exported = dir.path().join("export.json");
    std::fs::write(&exported, &first.stdout).unwrap();

    let again = tempfile::tempdir().unwrap();
    assert_eq!(run(again.path(), &["import", exported.to_str().unwrap()]).status.code(), Some(0));
    let second = run(again.path(), &["export", "--format", "json"]);
    assert_eq!(stdout(&first), stdout(&second));
    assert!(stdout(&first).matches("\"id\"").count() > 50);
}

#[test]
fn hsds_export_then_import_gives_back_every_seed_offer() {
    let dir = tempfile::tempdir().unwrap();
    let seeds: Vec<String> = std::fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("data/offers"))
        .unwrap()
        .map(|entry| entry.unwrap().path().to_string_lossy().into_owned())
        .collect();
    let mut import_seeds = vec!["import"];
    import_seeds.extend(seeds.iter().map(String::as_str));
    assert_eq!(run(dir.path(), &import_seeds).status.code(), Some(0));
    let services = run(dir.path(), &["export", "--format", "hsds"]);
    assert_eq!(services.status.code(), Some(0));
    let listed: serde_json::Value = serde_json::from_slice(&services.stdout).unwrap();
    assert!(listed.as_array().unwrap().len() >= 200);
    let file = dir.path().join("services.json");
    std::fs::write(&file, &services.stdout).unwrap();

    let again = tempfile::tempdir().unwrap();
    let imported = run(again.path(), &["import", "--format", "hsds", file.to_str().unwrap()]);
    assert_eq!(imported.status.code(), Some(0), "{}", stdout(&imported));
    assert_eq!(stdout(&run(again.path(), &["export"])), stdout(&run(dir.path(), &["export"])));
}

#[test]
fn hsds_import_keeps_the_mappable_services_and_names_the_others_with_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let service = |id: &str, extra: serde_json::Value| {
        let mut service = serde_json::json!({"id": id, "name": "Sprachcafé", "status": "active",
            "organization": {"id": "treff", "name": "Treffpunkt", "description": "Ein Verein"}});
        service.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        service
    };
    let page = serde_json::json!({"total_items": 3, "page_number": 1, "contents": [
        service("eins", serde_json::json!({})),
        service("zwei", serde_json::json!({"status": "defunct"})),
        service("drei", serde_json::json!({"email": "treff at example"})),
    ]});
    let file = dir.path().join("page.json");
    std::fs::write(&file, serde_json::to_string_pretty(&page).unwrap()).unwrap();

    let output = run(dir.path(), &["import", "--format", "hsds", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.contains("1 imported, 2 rejected"), "{text}");
    assert!(text.contains("record 2 (line 13) `zwei`: status: `defunct`"), "{text}");
    assert!(text.contains("record 3 (line 23) `drei`: email: `treff at example` is not an e-mail address"), "{text}");
    assert!(stdout(&run(dir.path(), &["search", "Sprachcafé", "--json"])).contains("\"eins\""));
}

#[test]
fn usage_errors_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    assert_eq!(run(dir.path(), &["search", "kurs", "--lang", "xx"]).status.code(), Some(2));
    assert_eq!(run(dir.path(), &["frobnicate"]).status.code(), Some(2));
    assert_eq!(run(dir.path(), &["export", "--format", "xml"]).status.code(), Some(2));
    assert_eq!(run(dir.path(), &["import", "--format", "xml", "x.json"]).status.code(), Some(2));
    assert_eq!(run(dir.path(), &["serve", "--base-url", "wegweiser.de"]).status.code(), Some(2));
}

#[test]
fn reindex_rebuilds_from_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("one.json");
    std::fs::write(&file, offer_json("eins", "Eins").to_string()).unwrap();
    run(dir.path(), &["import", file.to_str().unwrap()]);
    std::fs::remove_dir_all(dir.path().join("index")).unwrap();
    let output = run(dir.path(), &["reindex"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("indexed 1 offers"));
}

#[test]
fn serve_loads_the_seeds_into_an_empty_store_and_answers_the_api() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("mine.json");
    std::fs::write(&file, format!("[{}]", offer_json("mein-kurs", "Wochenendkurs Deutsch"))).unwrap();
    let empty = tempfile::tempdir().unwrap();
    let mut command = wegweiser(empty.path(), &[]);
    command.env("WEGWEISER_BASE_URL", "https://wegweiser.example.net/kreis-unna/");
    let server = Server::start(command);
    let addr = server.addr.clone();
    let health = http_get(&addr, "/healthz");
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    let body: serde_json::Value = serde_json::from_str(health.split("\r\n\r\n").nth(1).unwrap()).unwrap();
    assert!(body["offers"].as_u64().unwrap() >= 200, "seeded: {body}");
    let search = http_get(&addr, "/api/v1/search?q=Integrationskurs&limit=1");
    assert!(search.starts_with("HTTP/1.1 200") && search.contains("integration_course"), "{search}");
    let robots = http_get(&addr, "/robots.txt");
    assert!(robots.contains("Sitemap: https://wegweiser.example.net/kreis-unna/sitemap.xml"), "{robots}");
    drop(server);

    // Import into the same store, then a second server finds it (the index caught up on start).
    assert_eq!(run(empty.path(), &["import", file.to_str().unwrap()]).status.code(), Some(0));
    let found = run(empty.path(), &["search", "Wochenendkurs", "--json"]);
    assert!(stdout(&found).contains("mein-kurs"));
}

#[test]
fn admin_commands_add_providers_users_and_tokens() {
    let dir = tempfile::tempdir().unwrap();
    let ok = |args: &[&str]| run(dir.path(), args);
    assert_eq!(ok(&["provider", "add", "vhs-test", "--name", "VHS Test"]).status.code(), Some(0));
    let mut add_user =
        wegweiser(dir.path(), &["user", "add", "kurse@vhs-test.example", "--provider", "vhs-test", "--password-stdin"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
    add_user.stdin.take().unwrap().write_all(b"ein sehr langes Passwort\n").unwrap();
    assert!(add_user.wait().unwrap().success());
    let mut short =
        wegweiser(dir.path(), &["user", "add", "b@vhs-test.example", "--provider", "vhs-test", "--password-stdin"])
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
    short.stdin.take().unwrap().write_all(b"kurz\n").unwrap();
    assert_eq!(short.wait().unwrap().code(), Some(2), "a short password is a usage error");
    assert_eq!(ok(&["user", "add", "x@example.org", "--provider", "nope", "--password-stdin"]).status.code(), Some(1));

    let created = ok(&["token", "create", "--provider", "vhs-test", "--name", "Kursverwaltung"]);
    assert_eq!(created.status.code(), Some(0));
    let token = stdout(&created).trim().to_owned();
    let (id, secret) = token.split_once('.').expect("id.secret");
    assert!(secret.len() > 30);
    assert_eq!(ok(&["token", "revoke", id]).status.code(), Some(0));
    assert_eq!(ok(&["token", "revoke", id]).status.code(), Some(1), "revoked once");
    assert_eq!(ok(&["token", "create", "--provider", "nope"]).status.code(), Some(1));
}

#[test]
fn import_proposes_hours_from_the_german_schedule_text_without_changing_the_offer() {
    let dir = tempfile::tempdir().unwrap();
    let mut weekly = offer_json("sprachcafe", "Sprachcafé");
    weekly["schedule"] = serde_json::json!({"text": {"de": "Di und Do 18:00–20:15 Uhr"}});
    let mut with_hours = offer_json("beratung", "Beratung");
    with_hours["schedule"] = weekly["schedule"].clone();
    with_hours["hours"] = serde_json::json!([{"days": ["tu"], "opens": "09:00", "closes": "12:00"}]);
    let file = dir.path().join("offers.json");
    std::fs::write(&file, serde_json::json!([weekly, with_hours]).to_string()).unwrap();
    let output = run(dir.path(), &["import", file.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    let proposal = r#"`sprachcafe` has no hours; its schedule text names "hours": [{"days":["tu","th"],"opens":"18:00","closes":"20:15"}]"#;
    assert!(text.contains(proposal), "{text}");
    assert!(!text.contains("`beratung`"), "{text}");
    let exported = stdout(&run(dir.path(), &["export"]));
    assert!(!exported.contains("\"opens\":\"18:00\"") && !exported.contains("\"opens\": \"18:00\""), "only proposed");
}
