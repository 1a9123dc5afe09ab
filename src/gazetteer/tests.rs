use super::*;

fn bundled() -> Gazetteer {
    Gazetteer::bundled().expect("bundled places load")
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
