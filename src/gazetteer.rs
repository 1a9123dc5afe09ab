//! Places people name: postcodes and towns of the district and its neighbours, with centres.
//! May import: analysis, domain.

use std::collections::HashMap;

use crate::analysis::fold_neutral;
use crate::domain::GeoPoint;
use crate::{Error, Result};

/// Looks up a postcode or a town name.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    postcodes: HashMap<String, Place>,
    /// Keyed by the folded name, so "Lunen", "lünen" and "LÜNEN" all find Lünen.
    towns: HashMap<String, Place>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub name: String,
    pub point: GeoPoint,
}

impl Gazetteer {
    /// The places shipped in `data/geo/`, built into the binary.
    pub fn bundled() -> Result<Gazetteer> {
        Gazetteer::parse(include_str!("../data/geo/postcodes.csv"), include_str!("../data/geo/towns.csv"))
    }

    /// Reads the two CSV files: `postcode,town,lat,lon` and `town,district_key,lat,lon`.
    pub fn parse(postcodes: &str, towns: &str) -> Result<Gazetteer> {
        let mut gazetteer = Gazetteer::default();
        for row in read_rows(postcodes)? {
            let place = Place { name: row[1].clone(), point: point(&row)? };
            gazetteer.postcodes.insert(row[0].clone(), place);
        }
        for row in read_rows(towns)? {
            let place = Place { name: row[0].clone(), point: point(&row)? };
            // "Fröndenberg/Ruhr" is also just "Fröndenberg".
            if let Some((short, _)) = row[0].split_once('/') {
                gazetteer.towns.insert(fold_neutral(short), place.clone());
            }
            gazetteer.towns.insert(fold_neutral(&row[0]), place);
        }
        Ok(gazetteer)
    }

    /// A postcode ("59423") or a town name ("Unna", "unna ") to its centre.
    pub fn locate(&self, text: &str) -> Option<&Place> {
        let text = text.trim();
        self.postcodes.get(text).or_else(|| self.towns.get(&fold_neutral(text)))
    }
}

fn point(row: &[String]) -> Result<GeoPoint> {
    let number =
        |text: &str| text.parse::<f64>().map_err(|_| Error::Data(format!("bad coordinate `{text}` in places")));
    Ok(GeoPoint { lat: number(&row[row.len() - 2])?, lon: number(&row[row.len() - 1])? })
}

/// Our own two small CSV files: no quoting, a header line, four columns.
fn read_rows(text: &str) -> Result<Vec<Vec<String>>> {
    let rows: Vec<Vec<String>> =
        text.lines().skip(1).filter(|l| !l.is_empty()).map(|l| l.split(',').map(str::to_owned).collect()).collect();
    match rows.iter().find(|row| row.len() != 4) {
        Some(row) => Err(Error::Data(format!("places: expected 4 columns in `{}`", row.join(",")))),
        None => Ok(rows),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Gazetteer {
        Gazetteer::bundled().expect("bundled places load")
    }

    #[test]
    fn finds_postcodes_and_towns_however_they_are_typed() {
        let places = bundled();
        assert_eq!(places.locate("59423").unwrap().name, "Unna");
        assert_eq!(places.locate(" lunen").unwrap().name, "Lünen");
        assert_eq!(places.locate("Fröndenberg").unwrap().name, "Fröndenberg/Ruhr");
        assert_eq!(places.locate("Dortmund").unwrap().name, "Dortmund");
        assert!(places.locate("Atlantis").is_none());
        assert!(Gazetteer::parse("h\n1,2\n", "h\n").is_err());
    }
}
