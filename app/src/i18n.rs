//! The one translation layer for pages, messages and calendar texts: Fluent catalogues under
//! `app/locales/<lang>/`, compiled into the server binary, with CLDR plural rules from fluent.

use std::sync::LazyLock;

use chrono::{DateTime, Datelike, TimeZone};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::{LanguageIdentifier, langid};

type Bundle = FluentBundle<FluentResource>;

/// One bundle per language (in the order of `Lang::ALL`), parsed when the language is first asked
/// for: a server whose readers all read German never holds the other six in memory.
static BUNDLES: [LazyLock<Bundle>; 8] = [
    LazyLock::new(|| bundle(Lang::De)),
    LazyLock::new(|| bundle(Lang::En)),
    LazyLock::new(|| bundle(Lang::Ar)),
    LazyLock::new(|| bundle(Lang::Uk)),
    LazyLock::new(|| bundle(Lang::Fa)),
    LazyLock::new(|| bundle(Lang::Tr)),
    LazyLock::new(|| bundle(Lang::Ru)),
    LazyLock::new(|| bundle(Lang::Prs)),
];

fn bundle(lang: Lang) -> Bundle {
    // The catalogue test keeps every catalogue free of syntax errors and duplicate ids; should one
    // slip through, the messages that did parse still serve.
    let resource =
        FluentResource::try_new(lang.catalogue_source().to_owned()).unwrap_or_else(|(parsed, _errors)| parsed);
    let mut bundle = Bundle::new_concurrent(vec![lang.langid()]);
    // No invisible isolation marks around arguments: they would break the links in plain-text
    // emails. Pages isolate with <bdi>, messages with `Lang::isolate`.
    bundle.set_use_isolating(false);
    if let Err(errors) = bundle.add_resource(resource) {
        tracing::error!(?errors, lang = lang.code(), "the catalogue has messages twice");
    }
    bundle
}

/// The languages Treffpunkt is written in: German (the default), English, and the languages most
/// young people at a JMD read best. Arabic, Farsi and Dari are written right to left. Dari (the
/// Persian of Afghanistan) has a catalogue of its own: Iranian words mislead Afghan readers
/// (مدرسه is a religious school there), and its month names differ (see the README).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    De,
    En,
    Ar,
    Uk,
    Fa,
    Tr,
    Ru,
    Prs,
}

/// The reader's language, settled once per request by the page shell. Outside a request (as when
/// the router lists its routes at start-up) it is German.
pub fn use_lang() -> Lang {
    leptos::prelude::use_context().unwrap_or_default()
}

/// The texts people agree to: the privacy note and the ticks of the registration form, and the
/// parent's consent page.
pub const CONSENT_MESSAGES: [&str; 13] = [
    "register-privacy-text",
    "register-field-privacy",
    "register-field-photo",
    "register-field-health-consent",
    "consent-intro",
    "consent-text",
    "consent-photos-parent",
    "consent-yes",
    "consent-no",
    "contact-consent-text",
    "contact-parent-question",
    "contact-yes",
    "contact-no",
];

/// The Gregorian months as Afghanistan names them.
const DARI_MONTHS: [&str; 12] =
    ["جنوری", "فبروری", "مارچ", "اپریل", "می", "جون", "جولای", "اگست", "سپتمبر", "اکتوبر", "نومبر", "دسمبر"];

/// Arguments that carry an address to follow, never wrapped in isolation marks.
const LINK_ARGS: [&str; 5] = ["link", "url", "me", "login", "email"];

/// The name of the cookie that remembers a chosen language.
pub const LANG_COOKIE: &str = "lang";
/// The cookie that remembers that every language was offered on a first visit (see the layout).
pub const LANG_OFFERED_COOKIE: &str = "lang-offered";

/// The first line of every catalogue says who checked it: `### review: native-speaker` once a
/// native speaker has read it all, `### review: machine-assisted` until then.
const REVIEWED_MARK: &str = "### review: native-speaker";

impl Lang {
    pub const ALL: &'static [Lang] = &[Lang::De, Lang::En, Lang::Ar, Lang::Uk, Lang::Fa, Lang::Prs, Lang::Tr, Lang::Ru];

    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Uk => "uk",
            Lang::Fa => "fa",
            Lang::Tr => "tr",
            Lang::Ru => "ru",
            Lang::Prs => "prs",
        }
    }

    /// The language staff write offer texts in for this reader: Dari readers read the Persian
    /// ones (there is no separate Dari field in the forms).
    pub fn content_code(self) -> &'static str {
        match self {
            Lang::Prs => Lang::Fa.code(),
            lang => lang.code(),
        }
    }

    /// The language's name in its own language and script, as a language picker shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::De => "Deutsch",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Uk => "Українська",
            Lang::Fa => "فارسی",
            Lang::Tr => "Türkçe",
            Lang::Ru => "Русский",
            Lang::Prs => "دری",
        }
    }

    /// The version of this language's consent texts (`CONSENT_MESSAGES`), recorded with every
    /// consent given in it: a later change of one translation does not rewrite what was agreed
    /// in it. The catalogue test fingerprints the texts, so a change needs a new version here.
    pub fn consent_version(self) -> &'static str {
        match self {
            Lang::De => "de-2026-12-2",
            Lang::En => "en-2026-12-3",
            Lang::Ar => "ar-2026-12-3",
            Lang::Uk => "uk-2026-12-3",
            Lang::Fa => "fa-2026-12-3",
            Lang::Tr => "tr-2026-12-2",
            Lang::Ru => "ru-2026-12-3",
            Lang::Prs => "prs-2026-12-2",
        }
    }

    /// The writing direction for `<html dir>` and for emails.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::Ar | Lang::Fa | Lang::Prs => "rtl",
            _ => "ltr",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let mut parts = code.split(['-', '_']);
        let primary = parts.next()?.trim();
        // Persian as written in Afghanistan ("fa-AF") is Dari.
        if primary.eq_ignore_ascii_case("fa") && parts.next().is_some_and(|region| region.eq_ignore_ascii_case("af")) {
            return Some(Lang::Prs);
        }
        Self::ALL.iter().copied().find(|lang| lang.code().eq_ignore_ascii_case(primary))
    }

    /// The catalogue as shipped, for its review mark.
    fn catalogue_source(self) -> &'static str {
        match self {
            Lang::De => include_str!("../locales/de/main.ftl"),
            Lang::En => include_str!("../locales/en/main.ftl"),
            Lang::Ar => include_str!("../locales/ar/main.ftl"),
            Lang::Uk => include_str!("../locales/uk/main.ftl"),
            Lang::Fa => include_str!("../locales/fa/main.ftl"),
            Lang::Tr => include_str!("../locales/tr/main.ftl"),
            Lang::Ru => include_str!("../locales/ru/main.ftl"),
            Lang::Prs => include_str!("../locales/prs/main.ftl"),
        }
    }

    /// A name, title or address for a message in this language, isolated from the sentence's
    /// direction where it is written right to left: "Kochen ohne Grenzen, Hauptstr. 5" keeps its
    /// order inside an Arabic line. Pages use <bdi> instead; links are never wrapped, so they stay
    /// clickable in plain text.
    pub fn isolate(self, text: &str) -> String {
        // Right-to-left text (an Arabic name) in a left-to-right sentence needs it as much.
        let mixed =
            self.dir() == "rtl" || text.chars().any(|c| matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FEFF}'));
        if mixed && !text.is_empty() { format!("\u{2068}{text}\u{2069}") } else { text.to_owned() }
    }

    /// Whether a native speaker has reviewed this language's texts; pages in other languages say
    /// that the translation is machine-assisted and ask for help.
    pub fn reviewed(self) -> bool {
        self.catalogue_source().starts_with(REVIEWED_MARK)
    }

    /// A remembered choice wins; then the browser's preferences in their order; then German.
    pub fn negotiate(cookie: Option<&str>, accept_language: Option<&str>) -> Self {
        if let Some(lang) = cookie.and_then(Self::from_code) {
            return lang;
        }
        let mut preferences: Vec<(f32, &str)> = accept_language
            .unwrap_or_default()
            .split(',')
            .filter_map(|item| {
                let mut parts = item.split(';');
                let tag = parts.next()?.trim();
                let quality = parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
                Some((quality, tag))
            })
            .collect();
        // A stable sort keeps the browser's order among equal weights.
        preferences.sort_by(|a, b| b.0.total_cmp(&a.0));
        preferences
            .into_iter()
            .filter(|(quality, _)| *quality > 0.0)
            .find_map(|(_, tag)| Self::from_code(tag))
            .unwrap_or_default()
    }

    fn langid(self) -> LanguageIdentifier {
        match self {
            Lang::De => langid!("de"),
            Lang::En => langid!("en"),
            Lang::Ar => langid!("ar"),
            Lang::Uk => langid!("uk"),
            Lang::Fa => langid!("fa"),
            Lang::Tr => langid!("tr"),
            Lang::Ru => langid!("ru"),
            // For plural rules, which CLDR has for Persian only (one, other): they hold for Dari.
            Lang::Prs => langid!("fa"),
        }
    }

    /// Weekday and month names. Digits stay Latin in every language: young people in Germany
    /// read Latin digits on every timetable, letter and phone number, and a time copied from an
    /// Arabic page must match the one on the door. Arabic uses the Egyptian month names (يناير),
    /// understood across the Arabic-speaking world.
    fn chrono_locale(self) -> chrono::Locale {
        match self {
            Lang::De => chrono::Locale::de_DE,
            Lang::En => chrono::Locale::en_GB,
            Lang::Ar => chrono::Locale::ar_EG,
            Lang::Uk => chrono::Locale::uk_UA,
            Lang::Fa => chrono::Locale::fa_IR,
            Lang::Tr => chrono::Locale::tr_TR,
            Lang::Ru => chrono::Locale::ru_RU,
            // Weekday names are the same; month names are Dari's (`DARI_MONTHS`).
            Lang::Prs => chrono::Locale::fa_IR,
        }
    }

    /// The text of a catalogue message. A missing message (the catalogue test prevents it) falls
    /// back to German, then to its key.
    pub fn t(self, key: &str) -> String {
        self.format(key, None)
    }

    /// A catalogue message with named arguments (`{ $name }`), plurals included. Text arguments
    /// (names, titles, dates, times) are isolated from the sentence's direction (see `isolate`):
    /// "2026-11-25" stays in its order inside an Arabic line. Links are left alone, so that they
    /// stay clickable in plain-text emails; plain numbers need nothing (a run of digits keeps its
    /// order).
    pub fn t_with<'a>(self, key: &str, args: &[(&'static str, FluentValue<'a>)]) -> String {
        let mut named = FluentArgs::new();
        for (name, value) in args {
            match value {
                FluentValue::String(text) if !LINK_ARGS.contains(name) && !text.starts_with('\u{2068}') => {
                    named.set(*name, self.isolate(text));
                }
                value => named.set(*name, value.clone()),
            }
        }
        self.format(key, Some(&named))
    }

    fn format(self, key: &str, args: Option<&FluentArgs>) -> String {
        [self, Lang::De]
            .into_iter()
            .find_map(|lang| {
                let bundle = &*BUNDLES[lang as usize];
                let pattern = bundle.get_message(key)?.value()?;
                let mut errors = Vec::new();
                Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
            })
            .unwrap_or_else(|| {
                // A key built at run time that no catalogue has: loud in tests and debug builds,
                // the key itself (never a blank) for a reader of a release build.
                if cfg!(debug_assertions) {
                    panic!("no message {key:?} in the catalogues");
                }
                key.to_owned()
            })
    }

    /// Weekday, date and time, in the reader's language: "Di., 3. März, 17:00".
    /// "Di., 3. März, 17:00–19:00", or with both dates when a session runs past midnight.
    pub fn span(self, span: &crate::domain::schedule::LocalSpan) -> String {
        let end = if span.same_day() { self.time(&span.ends) } else { self.date_time(&span.ends) };
        format!("{}–{}", self.date_time(&span.starts), end)
    }

    pub fn date_time<Tz: TimeZone>(self, at: &DateTime<Tz>) -> String
    where
        Tz::Offset: std::fmt::Display,
    {
        at.format_localized(&self.pattern("format-date-time", at.month()), self.chrono_locale()).to_string()
    }

    /// Weekday and date: "Dienstag, 3. März".
    pub fn long_date<Tz: TimeZone>(self, at: &DateTime<Tz>) -> String
    where
        Tz::Offset: std::fmt::Display,
    {
        at.format_localized(&self.pattern("format-long-date", at.month()), self.chrono_locale()).to_string()
    }

    /// Weekday and date of a calendar day, with no time of day to place in a zone.
    pub fn long_day(self, day: chrono::NaiveDate) -> String {
        day.format_localized(&self.pattern("format-long-date", day.month()), self.chrono_locale()).to_string()
    }

    /// The format of `key` for a date in `month`: Dari's month names written in, where chrono
    /// knows only Iran's.
    fn pattern(self, key: &str, month: u32) -> String {
        let pattern = self.t(key);
        match self {
            Lang::Prs => {
                let name = DARI_MONTHS[usize::try_from(month.saturating_sub(1)).unwrap_or(0) % 12];
                pattern.replace("%B", name).replace("%b", name)
            }
            _ => pattern,
        }
    }

    /// Time of day: "17:00".
    pub fn time<Tz: TimeZone>(self, at: &DateTime<Tz>) -> String
    where
        Tz::Offset: std::fmt::Display,
    {
        at.format_localized(&self.t("format-time"), self.chrono_locale()).to_string()
    }
}

#[cfg(test)]
mod catalogue_check;

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::Berlin;

    #[test]
    fn negotiation_prefers_cookie_then_browser_order_then_german() {
        assert_eq!(Lang::negotiate(Some("en"), Some("de-DE")), Lang::En);
        assert_eq!(Lang::negotiate(Some("xx"), Some("en-GB,de;q=0.5")), Lang::En);
        assert_eq!(Lang::negotiate(None, Some("ar,en;q=0.8,de;q=0.9")), Lang::Ar);
        assert_eq!(Lang::negotiate(None, Some("fr-FR,ti;q=0.9,de;q=0.5")), Lang::De);
        assert_eq!(Lang::negotiate(None, Some("prs,en;q=0.5")), Lang::Prs);
        assert_eq!(Lang::negotiate(None, Some("fa-AF")), Lang::Prs, "Persian of Afghanistan is Dari");
        assert_eq!(Lang::negotiate(None, Some("fa-IR,en;q=0.5")), Lang::Fa);
        assert_eq!(Lang::negotiate(None, Some("uk-UA")), Lang::Uk);
        assert_eq!(Lang::negotiate(None, Some("en;q=0,fr")), Lang::De);
        assert_eq!(Lang::negotiate(None, Some("garbage;q=x")), Lang::De);
        assert_eq!(Lang::negotiate(None, None), Lang::De);
    }

    #[test]
    fn dates_read_naturally_in_each_language() {
        let at = Berlin.with_ymd_and_hms(2026, 3, 3, 17, 0, 0).unwrap();
        assert_eq!(Lang::De.date_time(&at), "Di., 3. März, 17:00");
        assert_eq!(Lang::En.date_time(&at), "Tue 3 March, 17:00");
        assert_eq!(Lang::De.long_date(&at), "Dienstag, 3. März");
        // Latin digits everywhere; names of days and months in the reader's language.
        for lang in Lang::ALL {
            let text = lang.date_time(&at);
            assert!(text.contains("17:00") && text.contains('3'), "{lang:?}: {text}");
        }
        assert!(Lang::Ar.date_time(&at).contains("مارس"), "{}", Lang::Ar.date_time(&at));
        assert!(Lang::Uk.date_time(&at).contains("березня"), "{}", Lang::Uk.date_time(&at));
        // Dari: the months as Afghanistan names them, not Iran's.
        assert!(Lang::Prs.long_date(&at).contains("مارچ"), "{}", Lang::Prs.long_date(&at));
        assert!(!Lang::Prs.date_time(&at).contains("مارس"), "{}", Lang::Prs.date_time(&at));
    }

    #[test]
    fn each_language_reads_its_own_bundle() {
        for lang in Lang::ALL {
            assert_eq!(BUNDLES[*lang as usize].locales, [lang.langid()], "{lang:?}");
        }
        assert_eq!(Lang::Ar.t("lang-picker-label"), "اللغة");
    }

    #[test]
    fn right_to_left_languages_isolate_what_they_quote() {
        assert_eq!(Lang::Ar.dir(), "rtl");
        assert_eq!(Lang::Fa.dir(), "rtl");
        assert_eq!(Lang::Ar.isolate("Kochen, Kalk"), "\u{2068}Kochen, Kalk\u{2069}");
        assert_eq!(Lang::De.isolate("Kochen, Kalk"), "Kochen, Kalk");
        assert_eq!(Lang::Tr.isolate("زهرا"), "\u{2068}زهرا\u{2069}", "an Arabic name in a Turkish sentence");
        assert!(Lang::De.reviewed() && !Lang::Ar.reviewed());
    }

    #[test]
    fn plural_messages_follow_the_language() {
        let one = Lang::En.t_with("offer-sessions-more", &[("count", 1.into())]);
        let many = Lang::En.t_with("offer-sessions-more", &[("count", 5.into())]);
        assert!(one.contains("1 more date") && !one.contains("dates"), "{one}");
        assert!(many.contains("more dates"), "{many}");
    }
}
