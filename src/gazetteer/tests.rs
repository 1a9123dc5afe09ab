use super::*;

fn bundled() -> Gazetteer {
    Gazetteer::bundled().expect("bundled places load")
}

fn town(places: &Gazetteer, word: &str) -> Option<String> {
    places.town_in_any_script(word).map(|place| place.name.clone())
}

#[test]
fn finds_postcodes_and_towns_however_they_are_typed() {
    let places = bundled();
    assert_eq!(places.locate("59423").unwrap().name, "Unna");
    assert_eq!(places.locate(" lunen").unwrap().name, "Lünen");
    assert_eq!(places.locate("LÜNEN").unwrap().name, "Lünen");
    assert_eq!(places.locate("Fröndenberg").unwrap().name, "Fröndenberg/Ruhr");
    assert_eq!(places.locate("Dortmund").unwrap().name, "Dortmund");
    assert!(places.locate("Atlantis").is_none());
}

#[test]
fn covers_all_of_germany() {
    let places = bundled();
    assert_eq!(places.locate("10115").unwrap().name, "Berlin");
    assert_eq!(places.locate("80331").unwrap().name, "München");
    assert_eq!(places.locate("Flensburg").unwrap().name, "Flensburg");
    assert_eq!(places.locate("Halle (Westf.)").unwrap().name, "Halle (Westf.)");
    assert_eq!(places.locate("59423 Unna").unwrap().name, "Unna");
}

#[test]
fn the_most_populous_namesake_wins() {
    // Halle (Saale) has far more people than Halle (Westf.) or the villages called Halle.
    assert_eq!(bundled().locate("Halle").unwrap().name, "Halle (Saale)");
}

#[test]
fn reads_csv_files_by_column_name_with_or_without_population() {
    let towns = "town,district_key,lat,lon\nUnna,05978,51.53,7.69\n";
    let places = Gazetteer::parse("postcode,town,lat,lon\n59423,Unna,51.53,7.68\n", towns).expect("parses");
    assert_eq!(places.locate("unna").unwrap().point, GeoPoint { lat: 51.53, lon: 7.69 });
    assert!(Gazetteer::parse("h\n1,2\n", "h\n").is_err());
    assert!(Gazetteer::parse("postcode,town,lat,lon\n1,A,north,7\n", towns).is_err());
    assert!(
        Gazetteer::parse("postcode,town,lat,lon\n", "town,district_key,lat,lon,population\nA,1,2,3,many\n").is_err()
    );
}

#[test]
fn town_names_in_arabic_persian_and_pashto_letters() {
    let places = bundled();
    for (word, expected) in [
        ("أونا", "Unna"),
        ("اونا", "Unna"),
        ("ليبشتات", "Lippstadt"),
        ("لونن", "Lünen"),
        ("لونين", "Lünen"),
        ("دورتموند", "Dortmund"),
        ("كامن", "Kamen"),
        ("هولتسفيكده", "Holzwickede"),
        ("فروندنبرغ", "Fröndenberg/Ruhr"),
    ] {
        assert_eq!(town(&places, word).as_deref(), Some(expected), "{word}");
    }
}

#[test]
fn town_names_in_cyrillic_letters_and_their_case_forms() {
    let places = bundled();
    for (word, expected) in [
        ("Унна", "Unna"),
        ("Зосте", "Soest"),
        ("Везелі", "Wesel"),
        ("Люнен", "Lünen"),
        ("Дортмунд", "Dortmund"),
        ("Шверте", "Schwerte"),
        ("Верне", "Werne"),
        ("Бергкамен", "Bergkamen"),
        ("Бенен", "Bönen"),
        ("Гамм", "Hamm"),
    ] {
        assert_eq!(town(&places, word).as_deref(), Some(expected), "{word}");
    }
}

#[test]
fn town_names_in_latin_letters_with_turkish_case_endings() {
    let places = bundled();
    for (word, expected) in [
        ("Kamen", "Kamen"),
        ("Selm", "Selm"),
        ("Holzwickede", "Holzwickede"),
        ("Bönen", "Bönen"),
        ("Fröndenberg", "Fröndenberg/Ruhr"),
        ("soest'te", "Soest"),
        ("Unna'da", "Unna"),
        ("Lünen'de", "Lünen"),
        ("Dortmundta", "Dortmund"),
    ] {
        assert_eq!(town(&places, word).as_deref(), Some(expected), "{word}");
    }
}

#[test]
fn everyday_words_are_not_towns() {
    let places = bundled();
    for word in [
        "عمل",
        "ابني",
        "أنا",
        "كورس",
        "مدرسة",
        "کار",
        "خانه",
        "курс",
        "работа",
        "школа",
        "дом",
        "робота",
        "мова",
        "kurs",
        "Arbeit",
        "Beratung",
        "Hilfe",
        "Kita",
        "iş",
        "okul",
    ] {
        assert_eq!(town(&places, word), None, "{word}");
        assert!(places.locate(word).is_none(), "{word}");
    }
}

#[test]
fn whole_where_texts_name_their_place() {
    let places = bundled();
    assert_eq!(places.locate("في أونا").unwrap().name, "Unna");
    assert_eq!(places.locate("в Унне").unwrap().name, "Unna");
    assert_eq!(places.locate("Бад Зассендорф").unwrap().name, "Bad Sassendorf");
    assert!(places.locate("Xyzzyqq").is_none());
    assert!(places.locate(&"ا".repeat(10_000)).is_none());
    assert!(places.locate("ich suche einen Deutschkurs für meine Frau").is_none());
}

#[test]
fn short_spellings_are_read_as_towns_of_the_home_districts_only() {
    let elsewhere = bundled().with_home_districts(&["09162"]);
    assert_eq!(town(&elsewhere, "اونا"), None);
    assert_eq!(town(&elsewhere, "Unna").as_deref(), Some("Unna"));
}

#[test]
fn towns_around_and_big_cities_in_other_scripts() {
    let places = bundled();
    for (word, expected) in [
        ("بيرغكامن", "Bergkamen"),
        ("شفيرته", "Schwerte"),
        ("فيرنه", "Werne"),
        ("ورنه", "Werne"),
        ("بونن", "Bönen"),
        ("مندن", "Menden (Sauerland)"),
        ("ویتن", "Witten"),
        ("هام", "Hamm"),
        ("زوست", "Soest"),
        ("هاغن", "Hagen"),
        ("إزرلون", "Iserlohn"),
        ("ریکلینگهاوزن", "Recklinghausen"),
        ("دوسلدورف", "Düsseldorf"),
        ("هامبورگ", "Hamburg"),
        ("برلين", "Berlin"),
        ("Ганновер", "Hannover"),
        ("Кёльн", "Köln"),
        ("Кельн", "Köln"),
        ("Гаген", "Hagen"),
        ("Мюнхен", "München"),
        ("Эссен", "Essen"),
        ("Хольцвиккеде", "Holzwickede"),
        ("Фрёнденберг", "Fröndenberg/Ruhr"),
        ("Дортмунде", "Dortmund"),
        ("Унне", "Unna"),
    ] {
        assert_eq!(town(&places, word).as_deref(), Some(expected), "{word}");
    }
}

#[test]
fn latin_misspellings_of_towns_around() {
    let places = bundled();
    for (word, expected) in
        [("Dortmunt", "Dortmund"), ("Holzwikede", "Holzwickede"), ("Zoest", "Soest"), ("Schwerde", "Schwerte")]
    {
        assert_eq!(town(&places, word).as_deref(), Some(expected), "{word}");
    }
}

#[test]
fn words_after_a_locative_preposition_are_not_towns() {
    let places = bundled();
    for word in [
        "البيت",
        "المدرسة",
        "العمل",
        "مستشفى",
        "طبيب",
        "خانه",
        "شهر",
        "مدرسه",
        "پزشک",
        "بیمارستان",
        "دکتر",
        "школе",
        "центре",
        "городе",
        "работе",
        "Германии",
        "больница",
        "врач",
        "лікар",
        "місто",
        "okulda",
        "evde",
        "meiner",
        "Stadt",
        "Deutschland",
        "deren",
        "Neues",
        "centrum",
    ] {
        assert_eq!(town(&places, word), None, "{word}");
    }
}
