//! Points on the map: where offers and places are, and how far apart.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct GeoPoint {
    pub lat: f64,
    pub lon: f64,
}

impl GeoPoint {
    /// Great-circle distance in kilometres.
    pub fn distance_km(self, other: GeoPoint) -> f64 {
        const EARTH_RADIUS_KM: f64 = 6371.0;
        let (lat1, lat2) = (self.lat.to_radians(), other.lat.to_radians());
        let d_lat = lat2 - lat1;
        let d_lon = (other.lon - self.lon).to_radians();
        let a = (d_lat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (d_lon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_between_unna_and_luenen_is_about_fourteen_km() {
        let unna = GeoPoint { lat: 51.5349, lon: 7.6899 };
        let luenen = GeoPoint { lat: 51.6143, lon: 7.5235 };
        let km = unna.distance_km(luenen);
        assert!((14.0..15.0).contains(&km), "{km}");
        assert_eq!(unna.distance_km(unna), 0.0);
    }
}
