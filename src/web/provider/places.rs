use std::collections::BTreeMap;

use crate::domain::Offer;
use crate::domain::offer_form::OfferForm;
use crate::gazetteer::Gazetteer;
use crate::i18n::Translator;

/// The form with each place's coordinates found from its postcode or town, never typed: a
/// place the stored offer already has keeps the coordinates it has; a postcode alone also
/// names the town. A place the gazetteer does not know is a problem at its field.
pub fn with_coordinates(
    form: &OfferForm,
    places: &Gazetteer,
    stored: Option<&Offer>,
    t: Translator,
) -> (OfferForm, BTreeMap<String, Vec<String>>) {
    let mut form = form.clone();
    let mut problems: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for i in 0..form.location_count() {
        let key = |name: &str| format!("loc{i}_{name}");
        let (postcode, city) = (form.get(&key("postcode")).trim().to_owned(), form.get(&key("city")).trim().to_owned());
        if postcode.is_empty() && city.is_empty() {
            continue;
        }
        let known = stored
            .into_iter()
            .flat_map(|offer| &offer.locations)
            .find(|location| location.city == city && location.postcode.as_deref().unwrap_or("") == postcode);
        let found = match known.and_then(|location| location.lat.zip(location.lon)) {
            Some(point) => Some((point, city.clone())),
            None => {
                let place = if postcode.is_empty() { places.locate(&city) } else { places.locate(&postcode) };
                place.map(|place| ((place.point.lat, place.point.lon), place.name.clone()))
            }
        };
        let Some(((lat, lon), town)) = found else {
            let field = if postcode.is_empty() { key("city") } else { key("postcode") };
            problems.entry(field).or_default().push(t.t("provider-place-unknown"));
            continue;
        };
        form = OfferForm::new(form.pairs_with(&key("lat"), &lat.to_string()));
        form = OfferForm::new(form.pairs_with(&key("lon"), &lon.to_string()));
        if city.is_empty() {
            form = OfferForm::new(form.pairs_with(&key("city"), &town));
        }
    }
    (form, problems)
}
