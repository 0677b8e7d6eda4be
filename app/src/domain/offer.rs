//! The vocabulary of offers, stored as short ASCII codes and shown through the translation layer.

code_enum! {
    /// A group offer meets again and again; an event happens once, on one or more days.
    OfferKind { Group => "group", Event => "event" }
}

code_enum! {
    Category {
        Language => "language",
        Sport => "sport",
        Culture => "culture",
        Education => "education",
        Information => "information",
        Leisure => "leisure",
        Festival => "festival",
    }
}

code_enum! {
    /// Who an offer is for: young people of an age range, their parents, or professionals.
    Audience { Youth => "youth", Parents => "parents", Professionals => "professionals" }
}

code_enum! {
    /// How people take part: drop in without registering, register once for the whole series, or
    /// register for single dates.
    Registration { DropIn => "none", Series => "series", PerSession => "session" }
}

code_enum! {
    /// Who finds an offer: everyone; the network's staff and partners only (network meetings,
    /// Arbeitskreise); or only whoever has its invitation link.
    Visibility { Public => "public", Partners => "partners", Invited => "invited" }
}

code_enum! {
    /// A group within the audience that an offer is made for, such as a girls' group.
    Focus { Everyone => "", Girls => "girls" }
}

/// The languages an offer's title and description may be written in; German is the one every
/// offer has, the others are shown to readers of that language.
pub const CONTENT_LANGUAGES: &[&str] = &["de", "en", "ar", "uk", "fa", "tr", "ru"];

/// The languages an offer can name as spoken there, in the order young people ask for them.
pub const SPOKEN_LANGUAGES: &[&str] = &["de", "en", "ar", "uk", "ru", "fa", "tr", "fr", "ku", "ti"];

/// The ages the youth migration services work with.
pub const YOUTH_AGES: std::ops::RangeInclusive<i64> = 12..=27;

/// The lower-cased text that the agenda's search matches: titles and descriptions in every language.
pub fn search_text<'a>(texts: impl IntoIterator<Item = &'a str>) -> String {
    texts.into_iter().map(str::to_lowercase).collect::<Vec<_>>().join(" ")
}

/// Splits the stored, comma-separated language codes of an offer.
pub fn spoken_languages(stored: &str) -> impl Iterator<Item = &str> {
    stored.split(',').map(str::trim).filter(|code| !code.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips() {
        for kind in OfferKind::ALL {
            assert_eq!(OfferKind::from_code(kind.code()), Some(*kind));
        }
        for category in Category::ALL {
            assert_eq!(Category::from_code(category.code()), Some(*category));
        }
        for audience in Audience::ALL {
            assert_eq!(Audience::from_code(audience.code()), Some(*audience));
        }
        for mode in Registration::ALL {
            assert_eq!(Registration::from_code(mode.code()), Some(*mode));
        }
        for focus in Focus::ALL {
            assert_eq!(Focus::from_code(focus.code()), Some(*focus));
        }
        assert_eq!(Category::from_code("Sport"), None);
    }

    #[test]
    fn search_text_folds_case_beyond_ascii() {
        assert_eq!(search_text(["Mädchengruppe", "ÄRGER", "Girls' group"]), "mädchengruppe ärger girls' group");
    }

    #[test]
    fn spoken_languages_ignore_blanks() {
        assert_eq!(spoken_languages(" de, ar,,uk ").collect::<Vec<_>>(), ["de", "ar", "uk"]);
        assert_eq!(spoken_languages("").count(), 0);
    }
}
