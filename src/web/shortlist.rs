use crate::domain::OfferId;

/// A volunteer's chosen offers, kept in the URL (`list=a,b,c` on search and offer pages,
/// `ids=a,b,c` on the list itself): no account, no cookie, and a link shares it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Shortlist {
    ids: Vec<OfferId>,
}

/// More than fit on a printed page is a mistake; the rest is dropped.
pub const MAX_OFFERS: usize = 30;

impl Shortlist {
    /// The ids in `text`, separated by commas, in their order; what is no offer id, and repeats,
    /// are left out.
    pub fn parse(text: &str) -> Shortlist {
        let mut ids: Vec<OfferId> = Vec::new();
        for id in text.split(',').filter_map(|part| part.trim().parse::<OfferId>().ok()) {
            if !ids.contains(&id) && ids.len() < MAX_OFFERS {
                ids.push(id);
            }
        }
        Shortlist { ids }
    }

    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(OfferId::as_str)
    }

    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    pub fn contains(&self, id: &str) -> bool {
        self.ids().any(|own| own == id)
    }

    /// The list with `id` added at the end, or taken out when it is on the list.
    pub fn toggled(&self, id: &OfferId) -> Shortlist {
        let mut ids = self.ids.clone();
        match ids.iter().position(|own| own == id) {
            Some(at) => {
                ids.remove(at);
            }
            None if ids.len() < MAX_OFFERS => ids.push(id.clone()),
            None => {}
        }
        Shortlist { ids }
    }

    /// The list as a parameter value, `a,b,c`.
    pub fn param(&self) -> String {
        self.ids().collect::<Vec<_>>().join(",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(text: &str) -> OfferId {
        text.parse().unwrap()
    }

    #[test]
    fn parsing_keeps_valid_ids_once_in_their_order() {
        let list = Shortlist::parse("b-kurs, a-kurs,,NOT VALID,b-kurs,<script>");
        assert_eq!(list.ids().collect::<Vec<_>>(), ["b-kurs", "a-kurs"]);
        assert_eq!(list.param(), "b-kurs,a-kurs");
        assert!(Shortlist::parse("").is_empty());
        let long = (0..50).map(|n| format!("kurs-{n}")).collect::<Vec<_>>().join(",");
        assert_eq!(Shortlist::parse(&long).len(), MAX_OFFERS);
    }

    #[test]
    fn toggling_adds_at_the_end_or_removes() {
        let list = Shortlist::parse("a,b");
        assert_eq!(list.toggled(&id("c")).param(), "a,b,c");
        assert_eq!(list.toggled(&id("a")).param(), "b");
        assert!(list.toggled(&id("a")).toggled(&id("b")).is_empty());
        assert!(list.contains("b") && !list.contains("c"));
    }
}
