//! Reading the two shipped CSV files, by column name, so columns can be added.

use std::collections::HashMap;

use super::{Place, Town};
use crate::domain::GeoPoint;
use crate::{Error, Result};

/// `postcode,town,lat,lon`: one row per postcode.
pub fn read_postcodes(text: &str) -> Result<HashMap<String, Place>> {
    let table = Table::parse(text, &["postcode", "town", "lat", "lon"])?;
    table
        .rows()
        .map(|row| {
            Ok((row.text("postcode").to_owned(), Place { name: row.text("town").to_owned(), point: row.point()? }))
        })
        .collect()
}

/// `town,district_key,lat,lon` and, when present, `population`.
pub fn read_towns(text: &str) -> Result<Vec<Town>> {
    let table = Table::parse(text, &["town", "district_key", "lat", "lon"])?;
    table
        .rows()
        .map(|row| {
            let population = match row.optional("population") {
                Some(number) => number.parse().map_err(|_| bad(format!("bad population `{number}`")))?,
                None => 0,
            };
            Ok(Town {
                place: Place { name: row.text("town").to_owned(), point: row.point()? },
                district_key: row.text("district_key").to_owned(),
                population,
            })
        })
        .collect()
}

/// Our own simple CSV: no quoting, a header line naming the columns.
struct Table<'a> {
    columns: HashMap<&'a str, usize>,
    lines: Vec<Vec<&'a str>>,
}

struct Row<'t, 'a> {
    table: &'t Table<'a>,
    cells: &'t [&'a str],
}

impl<'a> Table<'a> {
    fn parse(text: &'a str, required: &[&str]) -> Result<Table<'a>> {
        let mut lines = text.lines().filter(|line| !line.is_empty());
        let header: Vec<&str> = lines.next().unwrap_or_default().split(',').map(str::trim).collect();
        let columns: HashMap<&str, usize> = header.iter().enumerate().map(|(i, name)| (*name, i)).collect();
        if let Some(missing) = required.iter().find(|name| !columns.contains_key(*name)) {
            return Err(bad(format!("missing column `{missing}` in `{}`", header.join(","))));
        }
        let lines: Vec<Vec<&str>> = lines.map(|line| line.split(',').collect()).collect();
        match lines.iter().find(|cells| cells.len() != header.len()) {
            Some(cells) => Err(bad(format!("expected {} columns in `{}`", header.len(), cells.join(",")))),
            None => Ok(Table { columns, lines }),
        }
    }

    fn rows(&self) -> impl Iterator<Item = Row<'_, 'a>> {
        self.lines.iter().map(|cells| Row { table: self, cells })
    }
}

impl<'a> Row<'_, 'a> {
    /// A required column: `parse` checked that it exists and that every row is complete.
    fn text(&self, column: &str) -> &'a str {
        self.optional(column).unwrap_or_default()
    }

    fn optional(&self, column: &str) -> Option<&'a str> {
        self.table.columns.get(column).map(|index| self.cells[*index])
    }

    fn point(&self) -> Result<GeoPoint> {
        let number = |column: &str| {
            let text = self.text(column);
            text.parse::<f64>().map_err(|_| bad(format!("bad coordinate `{text}`")))
        };
        Ok(GeoPoint { lat: number("lat")?, lon: number("lon")? })
    }
}

fn bad(message: String) -> Error {
    Error::Data(format!("places: {message}"))
}
