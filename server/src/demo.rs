//! Demo data: the JMD Köln with its partners, weekly groups, the Interkulturelle Wochen and a
//! district festival. Dates are relative to the day of loading, so a new installation always shows
//! upcoming things. Loading twice changes nothing.

use anyhow::Context;
use app::domain::days_off::{SCHOOL_HOLIDAYS, days_off, parse_school_holidays};
use app::domain::network_form::{OrganisationDetails, OrganisationKind, VenueDetails};
use app::domain::offer::{Audience, Category, Focus, OfferKind, Registration, Visibility, spoken_languages};
use app::domain::offer_form::{DEFAULT_NETWORK_SHARE, OfferDetails};
use app::domain::schedule::{Frequency, Occurrence, Recurrence, local_to_utc};
use app::domain::site_form::{FederalState, SiteDetails};
use app::domain::site_mail::SiteMail;
use app::ssr::db::{Db, network, offers, sites};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use chrono_tz::{Europe::Berlin, Tz};
use sqlx::{Any, AnyConnection};

const SITE_SLUG: &str = "koeln";
const ZONE: Tz = Berlin;

struct Org {
    slug: &'static str,
    name: &'static str,
    kind: &'static str,
    website: Option<&'static str>,
}

const ORGS: &[Org] = &[
    Org { slug: "jmd", name: "Jugendmigrationsdienst Köln", kind: "jmd", website: None },
    Org { slug: "ki", name: "Kommunales Integrationszentrum Köln", kind: "municipal", website: None },
    Org { slug: "jobcenter-u25", name: "Jobcenter Köln – Team U25", kind: "jobcenter", website: None },
    Org { slug: "jz-kalk", name: "Jugendzentrum Kalk", kind: "youth_centre", website: None },
    Org {
        slug: "bk-muelheim",
        name: "Berufskolleg Mülheim – Internationale Förderklassen",
        kind: "school",
        website: None,
    },
    Org { slug: "ukr-jugend", name: "Ukrainischer Jugendverein Rhein e. V.", kind: "migrant_org", website: None },
    Org { slug: "dsk", name: "Deutsch-Syrischer Kulturverein Köln e. V.", kind: "migrant_org", website: None },
    Org { slug: "sc-chorweiler", name: "SC Chorweiler 1968 e. V.", kind: "sports_club", website: None },
    Org { slug: "bib-kalk", name: "Stadtteilbibliothek Kalk", kind: "culture", website: None },
];

struct Venue {
    key: &'static str,
    name: &'static str,
    street: &'static str,
    postal_code: &'static str,
    district: &'static str,
    step_free: bool,
    accessible_toilet: bool,
    notes: &'static str,
}

const VENUES: &[Venue] = &[
    Venue {
        key: "jmd",
        name: "JMD Köln, Gruppenraum",
        street: "Marzellenstraße 26",
        postal_code: "50668",
        district: "Innenstadt",
        step_free: true,
        accessible_toilet: true,
        notes: "Eingang über den Hof, Aufzug vorhanden.",
    },
    Venue {
        key: "jz-kalk",
        name: "Jugendzentrum Kalk",
        street: "Kalker Hauptstraße 120",
        postal_code: "51103",
        district: "Kalk",
        step_free: true,
        accessible_toilet: false,
        notes: "",
    },
    Venue {
        key: "sportplatz",
        name: "Sportplatz Chorweiler",
        street: "Merianstraße 5",
        postal_code: "50765",
        district: "Chorweiler",
        step_free: true,
        accessible_toilet: true,
        notes: "Umkleiden im Vereinsheim.",
    },
    Venue {
        key: "bk",
        name: "Berufskolleg Mülheim, Aula",
        street: "Berliner Straße 50",
        postal_code: "51063",
        district: "Mülheim",
        step_free: true,
        accessible_toilet: true,
        notes: "",
    },
    Venue {
        key: "bz-ehrenfeld",
        name: "Bürgerzentrum Ehrenfeld",
        street: "Venloer Straße 429",
        postal_code: "50825",
        district: "Ehrenfeld",
        step_free: false,
        accessible_toilet: false,
        notes: "Drei Stufen am Eingang, mobile Rampe auf Nachfrage.",
    },
    Venue {
        key: "nippes",
        name: "Stadtteiltreff Nippes",
        street: "Neusser Straße 300",
        postal_code: "50733",
        district: "Nippes",
        step_free: true,
        accessible_toilet: true,
        notes: "",
    },
    Venue {
        key: "porz",
        name: "Jugendtreff Porz",
        street: "Friedrich-Ebert-Ufer 64",
        postal_code: "51143",
        district: "Porz",
        step_free: true,
        accessible_toilet: false,
        notes: "",
    },
    Venue {
        key: "meschenich",
        name: "Treffpunkt Meschenich",
        street: "Brühler Landstraße 430",
        postal_code: "50997",
        district: "Meschenich",
        step_free: true,
        accessible_toilet: true,
        notes: "",
    },
    Venue {
        key: "bib-kalk",
        name: "Stadtteilbibliothek Kalk",
        street: "Kalk-Mülheimer Straße 58",
        postal_code: "51103",
        district: "Kalk",
        step_free: true,
        accessible_toilet: true,
        notes: "",
    },
];

/// What an offer is, in German with an English translation.
struct Text {
    de: (&'static str, &'static str),
    en: (&'static str, &'static str),
}

/// Texts some offers also have in the languages their visitors read best, as staff and partners
/// would add them: (German title, language, title, description). The rest show in German, marked.
const MORE_TRANSLATIONS: &[(&str, &str, &str, &str)] = &[
    (
        "Sprachcafé",
        "ar",
        "مقهى اللغة",
        "نتكلم الألمانية بدون ضغط: نشرب الشاي ونلعب ونتحدث عن الأشياء المهمة لكم. كل المستويات مرحب بها، حتى بدون أي ألمانية.\n\nتعال ببساطة، لا تحتاج إلى تسجيل.",
    ),
    (
        "Sprachcafé",
        "uk",
        "Мовне кафе",
        "Говоримо німецькою без стресу: п'ємо чай, граємо в ігри й говоримо про те, що для вас важливо. Ласкаво просимо з будь-яким рівнем, навіть без німецької.\n\nПросто приходь, реєстрація не потрібна.",
    ),
    (
        "Sprachcafé",
        "fa",
        "کافه زبان",
        "بدون استرس آلمانی حرف می‌زنیم: چای می‌نوشیم، بازی می‌کنیم و درباره چیزهایی که برایتان مهم است صحبت می‌کنیم. همه سطح‌ها خوش آمدند، حتی بدون آلمانی.\n\nفقط بیا، ثبت‌نام لازم نیست.",
    ),
    (
        "Sprachcafé",
        "tr",
        "Dil kafesi",
        "Baskı olmadan Almanca konuşuyoruz: çay içiyoruz, oyun oynuyoruz ve sizin için önemli olan şeyler hakkında konuşuyoruz. Her seviye gelebilir, hiç Almanca bilmeden de.\n\nSadece gel, kayıt gerekmiyor.",
    ),
    (
        "Sprachcafé",
        "ru",
        "Языковое кафе",
        "Говорим по-немецки без стресса: пьём чай, играем и говорим о том, что для вас важно. Приходите с любым уровнем, даже без немецкого.\n\nПросто приходи, регистрация не нужна.",
    ),
    (
        "Ukrainischer Abend: Lieder und Geschichten",
        "uk",
        "Український вечір: пісні та історії",
        "Музика, історії та їжа з України. Запрошуємо всіх.",
    ),
    (
        "Ukrainischer Abend: Lieder und Geschichten",
        "ru",
        "Украинский вечер: песни и истории",
        "Музыка, истории и еда из Украины. Приглашаем всех.",
    ),
    (
        "Infoabend für Eltern: Schule in NRW",
        "ar",
        "أمسية معلومات للأهل: المدرسة في NRW",
        "كيف تعمل المدرسة في ولاية شمال الراين-وستفاليا؟ مع ترجمة إلى عدة لغات.",
    ),
    (
        "Infoabend für Eltern: Schule in NRW",
        "uk",
        "Інформаційний вечір для батьків: школа в NRW",
        "Як працює школа в Північному Рейні-Вестфалії? З перекладом кількома мовами.",
    ),
    (
        "Infoabend für Eltern: Schule in NRW",
        "fa",
        "شب اطلاع‌رسانی برای والدین: مدرسه در NRW",
        "مدرسه در ایالت نوردراین-وستفالن چطور کار می‌کند؟ با ترجمه به چند زبان.",
    ),
    (
        "Infoabend für Eltern: Schule in NRW",
        "tr",
        "Veliler için bilgi akşamı: NRW'de okul",
        "Kuzey Ren-Vestfalya'da okul nasıl işliyor? Birkaç dile çeviri ile.",
    ),
];

struct Offer {
    text: Text,
    kind: &'static str,
    category: &'static str,
    lead: &'static str,
    cohosts: &'static [&'static str],
    venue: &'static str,
    ages: (i64, i64),
    audience: &'static str,
    focus: &'static str,
    languages: &'static str,
    capacity: Option<i64>,
}

/// A weekly group: meets on `weekday` at `start` for `minutes`, every `interval` weeks.
struct Group {
    offer: Offer,
    weekday: Weekday,
    start: (u32, u32),
    minutes: i64,
    interval: u32,
}

/// An event of a programme: `day` counts from the programme's first day.
struct Event {
    offer: Offer,
    day: i64,
    start: (u32, u32),
    minutes: i64,
}

macro_rules! text {
    ($de_title:literal, $de_desc:literal; $en_title:literal, $en_desc:literal) => {
        Text { de: ($de_title, $de_desc), en: ($en_title, $en_desc) }
    };
}

fn groups() -> Vec<Group> {
    let offer = |text, category, lead, cohosts, venue, ages, focus, languages, capacity| Offer {
        text,
        kind: "group",
        category,
        lead,
        cohosts,
        venue,
        ages,
        audience: "youth",
        focus,
        languages,
        capacity,
    };
    vec![
        Group {
            offer: offer(
                text!("Sprachcafé", "Deutsch sprechen ohne Druck: Wir trinken Tee, spielen Spiele und reden über das, was euch wichtig ist. Alle Niveaus sind willkommen, auch ganz ohne Deutsch.\n\nKomm einfach vorbei, eine Anmeldung ist nicht nötig.";
                      "Language café", "Speak German without pressure: we drink tea, play games and talk about what matters to you. All levels are welcome, even with no German at all.\n\nJust come along, no need to register."),
                "language",
                "jmd",
                &[],
                "jmd",
                (14, 27),
                "",
                "de,ar,uk,fa,en",
                None,
            ),
            weekday: Weekday::Tue,
            start: (17, 0),
            minutes: 90,
            interval: 1,
        },
        Group {
            offer: offer(
                text!("Mädchengruppe", "Ein Raum nur für Mädchen und junge Frauen: kochen, basteln, Ausflüge planen, über alles reden. Die Gruppe plant ihr Programm selbst.";
                      "Girls' group", "A space just for girls and young women: cooking, crafts, planning trips, talking about everything. The group plans its own programme."),
                "leisure",
                "jmd",
                &["jz-kalk"],
                "jz-kalk",
                (12, 18),
                "girls",
                "de,ar,fa",
                Some(15),
            ),
            weekday: Weekday::Wed,
            start: (16, 30),
            minutes: 120,
            interval: 1,
        },
        Group {
            offer: offer(
                text!("Fußball für alle", "Offenes Training für Jungen und Mädchen. Sportschuhe mitbringen, Trikots haben wir.";
                      "Football for everyone", "Open training for boys and girls. Bring sports shoes, we have shirts."),
                "sport",
                "sc-chorweiler",
                &["jmd"],
                "sportplatz",
                (14, 25),
                "",
                "de,en,ar,uk",
                Some(22),
            ),
            weekday: Weekday::Thu,
            start: (17, 0),
            minutes: 120,
            interval: 1,
        },
        Group {
            offer: offer(
                text!("Hausaufgabenhilfe", "Ehrenamtliche helfen bei Hausaufgaben, Referaten und bei der Vorbereitung auf Prüfungen. Bring deine Sachen mit.";
                      "Homework help", "Volunteers help with homework, presentations and getting ready for exams. Bring your things."),
                "education",
                "bib-kalk",
                &["jmd"],
                "bib-kalk",
                (12, 18),
                "",
                "de,en,uk,ru",
                Some(12),
            ),
            weekday: Weekday::Mon,
            start: (16, 0),
            minutes: 120,
            interval: 1,
        },
        Group {
            offer: offer(
                text!("Bewerbungswerkstatt", "Lebenslauf, Anschreiben, Vorstellungsgespräch: Wir üben zusammen und schauen uns deine Unterlagen an. Mit dem Team U25 des Jobcenters.";
                      "Job application workshop", "CV, cover letter, job interview: we practise together and look at your documents. With the Jobcenter's U25 team."),
                "education",
                "jobcenter-u25",
                &["jmd"],
                "jmd",
                (16, 25),
                "",
                "de,en,uk,ru,ar",
                Some(10),
            ),
            weekday: Weekday::Thu,
            start: (16, 0),
            minutes: 120,
            interval: 2,
        },
    ]
}

fn ikw_events() -> Vec<Event> {
    let event = |day, start, minutes, text, category, lead, cohosts, venue, ages, languages, capacity| Event {
        offer: Offer {
            text,
            kind: "event",
            category,
            lead,
            cohosts,
            venue,
            ages,
            audience: "youth",
            focus: "",
            languages,
            capacity,
        },
        day,
        start,
        minutes,
    };
    let mut events = vec![
        event(
            0,
            (17, 0),
            180,
            text!("Eröffnung: Musik und Begegnung", "Die Interkulturellen Wochen beginnen mit Musik, Essen und vielen Menschen aus der ganzen Stadt.";
            "Opening: music and meeting people", "The intercultural weeks start with music, food and lots of people from all over the city."),
            "festival",
            "jmd",
            &["ki"],
            "jmd",
            (12, 27),
            "de,en,ar,uk,tr",
            None,
        ),
        event(
            1,
            (16, 0),
            150,
            text!("Kochen ohne Grenzen", "Wir kochen Rezepte aus euren Ländern und essen zusammen.";
            "Cooking without borders", "We cook recipes from your countries and eat together."),
            "culture",
            "jz-kalk",
            &["dsk"],
            "jz-kalk",
            (12, 27),
            "de,ar,fa",
            Some(16),
        ),
        event(
            2,
            (15, 0),
            240,
            text!("Chorweiler Cup: Fußballturnier", "Stellt ein Team mit fünf Leuten zusammen oder kommt allein, wir finden ein Team für euch.";
            "Chorweiler Cup: football tournament", "Form a team of five or come alone, we will find a team for you."),
            "sport",
            "sc-chorweiler",
            &["jmd"],
            "sportplatz",
            (14, 27),
            "de,en,ar,uk",
            Some(60),
        ),
        event(
            2,
            (16, 0),
            120,
            text!("Lebenslauf-Check und Bewerbungsfotos", "Bring deinen Lebenslauf mit. Wir geben Tipps und machen kostenlose Bewerbungsfotos.";
            "CV check and application photos", "Bring your CV. We give tips and take free application photos."),
            "education",
            "jobcenter-u25",
            &["jmd"],
            "jmd",
            (16, 27),
            "de,en,uk,ru",
            Some(20),
        ),
        event(
            3,
            (18, 0),
            120,
            text!("Infoabend für Eltern: Schule in NRW", "Wie funktioniert die Schule in Nordrhein-Westfalen? Mit Übersetzung in mehrere Sprachen.";
            "Information evening for parents: school in NRW", "How does school work in North Rhine-Westphalia? With interpreting into several languages."),
            "information",
            "ki",
            &["jmd", "bk-muelheim"],
            "bk",
            (12, 27),
            "de,ar,uk,ru,fa,tr",
            Some(40),
        ),
        event(
            3,
            (19, 0),
            120,
            text!("Poetry Slam: Meine Stimme, meine Sprache", "Texte in allen Sprachen sind willkommen. Zuhören ist auch super.";
            "Poetry slam: my voice, my language", "Texts in every language are welcome. Just listening is great too."),
            "culture",
            "jmd",
            &[],
            "bz-ehrenfeld",
            (14, 27),
            "de,en,ar,fa,uk",
            None,
        ),
        event(
            4,
            (15, 0),
            180,
            text!("Graffiti-Workshop", "Mit einem Künstler gestaltet ihr eine Wand im Jugendzentrum.";
            "Graffiti workshop", "With an artist you design a wall at the youth centre."),
            "culture",
            "jz-kalk",
            &[],
            "jz-kalk",
            (12, 21),
            "de,en",
            Some(12),
        ),
        event(
            4,
            (19, 0),
            120,
            text!("Filmabend: Kurzfilme junger Menschen", "Junge Geflüchtete zeigen ihre Kurzfilme über das Ankommen in Köln.";
            "Film night: short films by young people", "Young refugees show their short films about arriving in Cologne."),
            "culture",
            "jmd",
            &["ki"],
            "nippes",
            (14, 27),
            "de,en",
            None,
        ),
        event(
            5,
            (17, 0),
            180,
            text!("Ukrainischer Abend: Lieder und Geschichten", "Musik, Geschichten und Essen aus der Ukraine. Alle sind eingeladen.";
            "Ukrainian evening: songs and stories", "Music, stories and food from Ukraine. Everyone is welcome."),
            "culture",
            "ukr-jugend",
            &["jmd"],
            "porz",
            (12, 27),
            "uk,ru,de",
            None,
        ),
        event(
            6,
            (11, 0),
            240,
            text!("Tag der offenen Tür im JMD", "Lerne das Team kennen und frag alles, was du wissen willst: Schule, Ausbildung, Wohnen, Freizeit.";
            "Open day at the JMD", "Meet the team and ask everything you want to know: school, training, housing, free time."),
            "information",
            "jmd",
            &[],
            "jmd",
            (12, 27),
            "de,en,ar,uk,ru,fa,tr",
            None,
        ),
        event(
            7,
            (14, 0),
            180,
            text!("Speed-Dating mit Ausbildungsbetrieben", "Zehn Minuten pro Betrieb: Stell dich vor und finde einen Ausbildungsplatz oder ein Praktikum.";
            "Speed dating with training companies", "Ten minutes per company: introduce yourself and find an apprenticeship or an internship."),
            "education",
            "jobcenter-u25",
            &["jmd", "bk-muelheim"],
            "bk",
            (16, 27),
            "de,en",
            Some(40),
        ),
        event(
            7,
            (16, 0),
            150,
            text!("Stadtrallye: Köln entdecken", "In kleinen Teams lösen wir Rätsel in der Innenstadt. Preise für alle.";
            "City rally: discover Cologne", "In small teams we solve puzzles in the city centre. Prizes for everyone."),
            "leisure",
            "jmd",
            &[],
            "jmd",
            (12, 18),
            "de,en,ar,uk",
            Some(30),
        ),
        event(
            8,
            (17, 0),
            120,
            text!("Theaterworkshop: Rollen tauschen", "Wir spielen Szenen aus dem Alltag und probieren neue Rollen aus.";
            "Theatre workshop: swapping roles", "We act out everyday scenes and try new roles."),
            "culture",
            "ki",
            &["jmd"],
            "bz-ehrenfeld",
            (14, 27),
            "de",
            Some(15),
        ),
        event(
            8,
            (17, 30),
            120,
            text!("Tanzworkshop: Dabke und Hip-Hop", "Zwei Tänze, zwei Trainer, eine Party.";
            "Dance workshop: dabke and hip-hop", "Two dances, two trainers, one party."),
            "culture",
            "dsk",
            &["sc-chorweiler"],
            "sportplatz",
            (12, 27),
            "de,ar",
            Some(30),
        ),
        event(
            9,
            (15, 0),
            180,
            text!("Handy-Fotografie: Mein Veedel", "Wir fotografieren Meschenich mit dem Handy. Die besten Bilder werden ausgestellt.";
            "Phone photography: my neighbourhood", "We photograph Meschenich with our phones. The best pictures will be shown in an exhibition."),
            "culture",
            "jmd",
            &[],
            "meschenich",
            (12, 21),
            "de,en,ar",
            Some(12),
        ),
        event(
            9,
            (17, 0),
            180,
            text!("Schach- und Tavla-Turnier", "Schach oder Tavla (Backgammon): Anfänger sind willkommen.";
            "Chess and tavla tournament", "Chess or tavla (backgammon): beginners are welcome."),
            "leisure",
            "dsk",
            &["jmd"],
            "nippes",
            (12, 27),
            "de,tr,ar,fa",
            Some(32),
        ),
        event(
            10,
            (16, 0),
            120,
            text!("Deine Rechte in der Ausbildung", "Arbeitszeit, Lohn, Urlaub: Was gilt in der Ausbildung? Mit Beispielen und Zeit für Fragen.";
            "Your rights as an apprentice", "Working hours, pay, holidays: what applies during training? With examples and time for questions."),
            "information",
            "bk-muelheim",
            &["jmd"],
            "bk",
            (15, 27),
            "de,en",
            Some(35),
        ),
        event(
            10,
            (10, 0),
            120,
            text!("Internationales Frühstück", "Jede und jeder bringt etwas mit. Wir frühstücken zusammen.";
            "International breakfast", "Everyone brings something. We have breakfast together."),
            "leisure",
            "jmd",
            &["ukr-jugend"],
            "porz",
            (12, 27),
            "de,uk,ru,ar",
            None,
        ),
        event(
            11,
            (16, 0),
            150,
            text!("Kreativwerkstatt: Taschen nähen", "Für Mädchen und junge Frauen: Wir nähen Taschen aus alten Stoffen.";
            "Creative workshop: sewing bags", "For girls and young women: we sew bags from old fabrics."),
            "culture",
            "jz-kalk",
            &["jmd"],
            "jz-kalk",
            (12, 21),
            "de,ar,fa",
            Some(10),
        ),
        event(
            11,
            (19, 0),
            180,
            text!("Basketball-Nacht", "Offene Halle bis spät: Basketball, Musik und Snacks.";
            "Basketball night", "Open gym until late: basketball, music and snacks."),
            "sport",
            "sc-chorweiler",
            &[],
            "sportplatz",
            (14, 27),
            "de,en",
            Some(40),
        ),
        event(
            12,
            (18, 0),
            90,
            text!("Lesung: Ankommen in Köln", "Junge Autorinnen und Autoren lesen aus ihren Texten über ein neues Leben in Köln.";
            "Reading: arriving in Cologne", "Young writers read from their texts about a new life in Cologne."),
            "culture",
            "bib-kalk",
            &["jmd"],
            "bib-kalk",
            (12, 27),
            "de,ar,uk",
            Some(50),
        ),
        event(
            13,
            (16, 0),
            240,
            text!("Abschlussfest: Musik aus aller Welt", "Zum Schluss feiern wir zusammen: Bands, Tanz und Essen von allen Partnern.";
            "Closing party: music from around the world", "At the end we celebrate together: bands, dance and food from all partners."),
            "festival",
            "jmd",
            &["ki", "jz-kalk", "ukr-jugend", "dsk", "sc-chorweiler"],
            "jmd",
            (12, 27),
            "de,en,ar,uk,ru,fa,tr",
            None,
        ),
    ];
    // The parents' evening is for parents, not for the young people themselves.
    events[4].offer.audience = "parents";
    events
}

fn festival_events() -> Vec<Event> {
    let event = |start, minutes, text, category, lead, cohosts: &'static [&'static str], languages| Event {
        offer: Offer {
            text,
            kind: "event",
            category,
            lead,
            cohosts,
            venue: "sportplatz",
            ages: (12, 27),
            audience: "youth",
            focus: "",
            languages,
            capacity: None,
        },
        day: 0,
        start,
        minutes,
    };
    vec![
        event(
            (14, 0),
            360,
            text!("Sommerfest Chorweiler", "Das Fest im Stadtteil: Musik, Spiele, Essen aus vielen Ländern und Infostände der Partner.";
            "Chorweiler summer festival", "The neighbourhood festival: music, games, food from many countries and information stands of the partners."),
            "festival",
            "jmd",
            &["sc-chorweiler", "ki", "dsk"],
            "de,en,ar,uk,tr",
        ),
        event(
            (15, 0),
            180,
            text!("Bühnenprogramm: Tanz und Musik", "Jugendgruppen aus Chorweiler zeigen, was sie können.";
            "Stage programme: dance and music", "Youth groups from Chorweiler show what they can do."),
            "culture",
            "jmd",
            &["dsk"],
            "de,ar,tr",
        ),
        event(
            (14, 30),
            210,
            text!("Streetsoccer-Turnier", "Drei gegen drei auf dem kleinen Feld. Anmeldung am Stand.";
            "Street soccer tournament", "Three against three on the small pitch. Sign up at the stand."),
            "sport",
            "sc-chorweiler",
            &[],
            "de,en",
        ),
    ]
}

/// The demo site's settings, as staff would fill in its form. The carrier is made up.
fn koeln() -> SiteDetails {
    let mut districts: Vec<String> = ["Innenstadt", "Rodenkirchen", "Lindenthal", "Ehrenfeld", "Nippes", "Chorweiler"]
        .into_iter()
        .chain(["Porz", "Kalk", "Mülheim"])
        .map(str::to_owned)
        .collect();
    for venue in VENUES {
        if !districts.iter().any(|known| known == venue.district) {
            districts.push(venue.district.to_owned());
        }
    }
    SiteDetails {
        name: "JMD Köln".to_owned(),
        slug: SITE_SLUG.to_owned(),
        city: "Köln".to_owned(),
        street: "Marzellenstraße 26".to_owned(),
        postal_code: "50668".to_owned(),
        carrier_name: "Beispielträger Jugendsozialarbeit e. V.".to_owned(),
        carrier_address: "Musterweg 1\n50667 Köln".to_owned(),
        phone: "0221 123 456 0".to_owned(),
        email: "jmd-koeln@example.org".to_owned(),
        opening_hours: "Mo–Do 9–16 Uhr\nFr 9–13 Uhr\nOffene Sprechstunde: Di 14–17 Uhr".to_owned(),
        time_zone: ZONE,
        federal_state: FederalState::NordrheinWestfalen,
        districts,
        descriptions: vec![
            ("de".to_owned(), "Beratung, Gruppen und Veranstaltungen für junge Menschen mit Migrationsgeschichte von 12 bis 27 Jahren.".to_owned()),
            ("en".to_owned(), "Advice, groups and events for young people with a migration background aged 12 to 27.".to_owned()),
        ],
        sender: SiteMail::default(),
    }
}

/// Loads the demo data into an empty site; returns false when it is already there.
pub async fn load(db: &Db, now: DateTime<Utc>) -> anyhow::Result<bool> {
    let existing: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM sites WHERE slug = $1").bind(SITE_SLUG).fetch_optional(db.pool()).await?;
    if existing.is_some() {
        return Ok(false);
    }
    let mut tx = db.write().await?;
    let site = insert_id(
        sqlx::query("INSERT INTO sites (slug, name, city, time_zone) VALUES ($1, $2, $3, $4) RETURNING id")
            .bind(SITE_SLUG)
            .bind("JMD Köln")
            .bind("Köln")
            .bind(ZONE.name()),
        &mut tx,
    )
    .await?;
    sites::update(&mut tx, site, &koeln()).await?;
    let mut orgs = Vec::new();
    for org in ORGS {
        let id = insert_id(
            sqlx::query("INSERT INTO organisations (site_id, slug, name, kind, website) VALUES ($1, $2, $3, $4, $5) RETURNING id")
                .bind(site)
                .bind(org.slug)
                .bind(org.name)
                .bind(org.kind)
                .bind(org.website),
            &mut tx,
        )
        .await?;
        orgs.push((org.slug, id));
    }
    let mut venues = Vec::new();
    for venue in VENUES {
        let id = insert_id(
            sqlx::query(
                "INSERT INTO venues (site_id, name, street, postal_code, city, district, step_free, accessible_toilet, accessibility_notes)
                 VALUES ($1, $2, $3, $4, 'Köln', $5, $6, $7, $8) RETURNING id",
            )
            .bind(site)
            .bind(venue.name)
            .bind(venue.street)
            .bind(venue.postal_code)
            .bind(venue.district)
            .bind(i64::from(venue.step_free))
            .bind(i64::from(venue.accessible_toilet))
            .bind(venue.notes),
            &mut tx,
        )
        .await?;
        venues.push((venue.key, id));
    }
    let ids = Ids { site, orgs, venues, contact: ("Team JMD Köln", "jmd-koeln@example.org", "0221 123 456 0") };

    let today = now.with_timezone(&ZONE).date_naive();
    // Weekly groups pause on NRW's public and school holidays, as staff ask the offer form to do.
    let school_holidays = parse_school_holidays(SCHOOL_HOLIDAYS).context("the built-in school holidays")?;
    for group in groups() {
        let offer = insert_offer(&mut tx, &ids, &group.offer, None).await?;
        let first_date = next_weekday(today, group.weekday);
        let rule = Recurrence {
            frequency: Frequency::Weekly { interval: group.interval },
            first_date,
            start: time(group.start),
            duration: Duration::minutes(group.minutes),
            count: 16 / group.interval as usize,
            time_zone: ZONE,
            except: Vec::new(),
        };
        let span = (first_date, rule.dates().last().copied().unwrap_or(first_date));
        let days_off = days_off(FederalState::NordrheinWestfalen, &school_holidays, &[], span);
        let rule = Recurrence {
            except: rule.dates().into_iter().filter(|date| days_off.iter().any(|(day, _)| day == date)).collect(),
            ..rule
        };
        offers::insert_sessions(&mut tx, offer, ZONE, (&rule.occurrences(), now.timestamp())).await?;
    }

    // The Interkulturelle Wochen start on the Monday after next and last two weeks.
    let ikw_start = next_weekday(today + Duration::days(7), Weekday::Mon);
    let ikw_end = ikw_start + Duration::days(13);
    let ikw = insert_programme(
        &mut tx,
        &ids,
        "ikw",
        &text!("Interkulturelle Wochen Köln", "Zwei Wochen Begegnung, Kultur, Sport und Information in vielen Stadtteilen, mit dem JMD und vielen Partnern.";
               "Intercultural Weeks Cologne", "Two weeks of meeting people, culture, sport and information in many districts, with the JMD and many partners."),
        ikw_start,
        ikw_end,
    )
    .await?;
    insert_events(&mut tx, &ids, (ikw, ikw_start), ikw_events(), now.timestamp()).await?;

    let festival_day = next_weekday(ikw_end + Duration::days(14), Weekday::Sat);
    let festival = insert_programme(
        &mut tx,
        &ids,
        "sommerfest-chorweiler",
        &text!("Sommerfest Chorweiler", "Das Stadtteilfest in Chorweiler mit Bühne, Sport und Essen.";
               "Chorweiler summer festival", "The neighbourhood festival in Chorweiler with a stage, sport and food."),
        festival_day,
        festival_day,
    )
    .await?;
    insert_events(&mut tx, &ids, (festival, festival_day), festival_events(), now.timestamp()).await?;

    load_muenchen(&mut tx, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// A second, small site, so that a new user sees a network of several sites: the JMD München in
/// Bavaria with its own districts and one weekly group. Address and carrier are made up.
async fn load_muenchen(tx: &mut AnyConnection, now: DateTime<Utc>) -> anyhow::Result<()> {
    let details = SiteDetails {
        name: "JMD München".to_owned(),
        slug: "muenchen".to_owned(),
        city: "München".to_owned(),
        street: "Beispielstraße 5".to_owned(),
        postal_code: "80331".to_owned(),
        carrier_name: "Beispielträger Jugendhilfe München e. V.".to_owned(),
        carrier_address: "Beispielstraße 5\n80331 München".to_owned(),
        phone: "089 123 456 0".to_owned(),
        email: "jmd-muenchen@example.org".to_owned(),
        opening_hours: "Mo–Fr 9–15 Uhr".to_owned(),
        time_zone: ZONE,
        federal_state: FederalState::Bayern,
        districts: ["Altstadt-Lehel", "Sendling", "Neuperlach", "Hasenbergl"].map(str::to_owned).to_vec(),
        descriptions: vec![(
            "de".to_owned(),
            "Beratung und Gruppen für junge Menschen mit Migrationsgeschichte in München.".to_owned(),
        )],
        sender: SiteMail::default(),
    };
    let site = sites::insert(tx, &details).await?.context("the demo site München is new")?;
    let own = OrganisationDetails {
        name: "Jugendmigrationsdienst München".to_owned(),
        kind: OrganisationKind::Jmd,
        website: None,
        contact: String::new(),
        descriptions: Vec::new(),
    };
    let organisation = network::insert_organisation(tx, site, &own).await?;
    let room = VenueDetails {
        name: "Nachbarschaftstreff Sendling".to_owned(),
        street: "Beispielweg 12".to_owned(),
        postal_code: "81371".to_owned(),
        city: "München".to_owned(),
        district: "Sendling".to_owned(),
        transit: "U6 bis Implerstraße, dann 4 Minuten zu Fuß".to_owned(),
        step_free: true,
        accessible_toilet: true,
        hearing_loop: false,
        accessibility_notes: String::new(),
    };
    let venue = network::insert_venue(tx, (site, None), &room).await?;
    let ids = Ids {
        site,
        orgs: vec![("jmd", organisation)],
        venues: vec![("sendling", venue)],
        contact: ("Team JMD München", "jmd-muenchen@example.org", "089 123 456 0"),
    };
    let cafe = Offer {
        text: text!("Deutsch-Café Sendling", "Deutsch üben bei Tee und Spielen, jeden Mittwoch.";
                    "German café Sendling", "Practise German over tea and games, every Wednesday."),
        kind: "group",
        category: "language",
        lead: "jmd",
        cohosts: &[],
        venue: "sendling",
        ages: (14, 27),
        audience: "youth",
        focus: "",
        languages: "de,en,ar,uk",
        capacity: None,
    };
    let offer = insert_offer(tx, &ids, &cafe, None).await?;
    let first_date = next_weekday(now.with_timezone(&ZONE).date_naive(), Weekday::Wed);
    let rule = Recurrence {
        frequency: Frequency::Weekly { interval: 1 },
        first_date,
        start: time((17, 0)),
        duration: Duration::minutes(90),
        count: 8,
        time_zone: ZONE,
        except: Vec::new(),
    };
    offers::insert_sessions(tx, offer, ZONE, (&rule.occurrences(), now.timestamp())).await?;
    Ok(())
}

struct Ids {
    site: i64,
    orgs: Vec<(&'static str, i64)>,
    venues: Vec<(&'static str, i64)>,
    /// Whom to ask about the site's own offers: name, email, phone.
    contact: (&'static str, &'static str, &'static str),
}

impl Ids {
    fn org(&self, slug: &str) -> anyhow::Result<i64> {
        lookup(&self.orgs, slug)
    }

    fn venue(&self, key: &str) -> anyhow::Result<i64> {
        lookup(&self.venues, key)
    }
}

fn lookup(pairs: &[(&'static str, i64)], key: &str) -> anyhow::Result<i64> {
    pairs.iter().find(|(k, _)| *k == key).map(|(_, id)| *id).with_context(|| format!("demo data names unknown {key:?}"))
}

async fn insert_id(
    query: sqlx::query::Query<'_, Any, sqlx::any::AnyArguments>,
    tx: &mut AnyConnection,
) -> anyhow::Result<i64> {
    use sqlx::Row;
    Ok(query.fetch_one(&mut *tx).await?.try_get(0)?)
}

/// Stores a demo offer through the same data layer as the offer editor.
async fn insert_offer(tx: &mut AnyConnection, ids: &Ids, offer: &Offer, programme: Option<i64>) -> anyhow::Result<i64> {
    let cohosts = offer.cohosts.iter().map(|slug| ids.org(slug)).collect::<anyhow::Result<_>>()?;
    // The JMD's own offers name whom to ask; limited places mean registering.
    let (contact_name, contact_email, contact_phone) = match offer.lead {
        "jmd" => ids.contact,
        _ => ("", "", ""),
    };
    let details = OfferDetails {
        title: offer.text.de.0.to_owned(),
        description: offer.text.de.1.to_owned(),
        translations: std::iter::once(("en", offer.text.en.0, offer.text.en.1))
            .chain(
                MORE_TRANSLATIONS
                    .iter()
                    .filter(|(german, ..)| *german == offer.text.de.0)
                    .map(|(_, lang, title, description)| (*lang, *title, *description)),
            )
            .map(|(lang, title, description)| (lang.to_owned(), title.to_owned(), description.to_owned()))
            .collect(),
        category: Category::from_code(offer.category).context("demo category")?,
        audience: Audience::from_code(offer.audience).context("demo audience")?,
        focus: Focus::from_code(offer.focus).context("demo focus")?,
        min_age: offer.ages.0,
        max_age: offer.ages.1,
        languages: spoken_languages(offer.languages).map(str::to_owned).collect(),
        capacity: offer.capacity,
        network_share: DEFAULT_NETWORK_SHARE,
        organisation_id: ids.org(offer.lead)?,
        cohosts,
        venue_id: ids.venue(offer.venue)?,
        programme_id: programme,
        contact_name: contact_name.to_owned(),
        contact_email: contact_email.to_owned(),
        contact_phone: contact_phone.to_owned(),
        registration: if offer.capacity.is_some() { Registration::Series } else { Registration::DropIn },
        registration_opens: None,
        registration_closes: None,
        remind_day_before: true,
        remind_two_hours_before: false,
        cost_cents: None,
        bring: String::new(),
        meeting_point: String::new(),
        visibility: Visibility::Public,
    };
    let kind = OfferKind::from_code(offer.kind).context("demo kind")?;
    Ok(offers::insert(tx, ids.site, &details, kind, "published", ZONE).await?)
}

async fn insert_programme(
    tx: &mut AnyConnection,
    ids: &Ids,
    slug: &str,
    text: &Text,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
) -> anyhow::Result<i64> {
    let title = format!("{} {}", text.de.0, starts_on.year());
    let id = insert_id(
        sqlx::query(
            "INSERT INTO programmes (site_id, slug, title, description, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(ids.site)
        .bind(format!("{slug}-{}", starts_on.year()))
        .bind(title)
        .bind(text.de.1)
        .bind(starts_on.to_string())
        .bind(ends_on.to_string()),
        tx,
    )
    .await?;
    sqlx::query(
        "INSERT INTO programme_translations (programme_id, lang, title, description) VALUES ($1, 'en', $2, $3)",
    )
    .bind(id)
    .bind(format!("{} {}", text.en.0, starts_on.year()))
    .bind(text.en.1)
    .execute(&mut *tx)
    .await?;
    Ok(id)
}

async fn insert_events(
    tx: &mut AnyConnection,
    ids: &Ids,
    (programme, first_day): (i64, NaiveDate),
    events: Vec<Event>,
    now: i64,
) -> anyhow::Result<()> {
    for event in events {
        let offer = insert_offer(tx, ids, &event.offer, Some(programme)).await?;
        let starts_at = local_to_utc(ZONE, (first_day + Duration::days(event.day)).and_time(time(event.start)));
        let session = Occurrence { starts_at, ends_at: starts_at + Duration::minutes(event.minutes) };
        offers::insert_sessions(tx, offer, ZONE, (&[session], now)).await?;
    }
    Ok(())
}

/// The first `weekday` on or after `from`.
fn next_weekday(from: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() - from.weekday().num_days_from_monday()) % 7;
    from + Duration::days(i64::from(ahead))
}

fn time((hour, minute): (u32, u32)) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).expect("demo times are valid")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_weekday_counts_today() {
        let wednesday = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        assert_eq!(next_weekday(wednesday, Weekday::Wed), wednesday);
        assert_eq!(next_weekday(wednesday, Weekday::Mon), NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
    }

    #[test]
    fn the_programme_has_twenty_or_more_events_of_six_or_more_partners() {
        let events = ikw_events();
        assert!(events.len() >= 20);
        let hosts: std::collections::BTreeSet<_> = events.iter().map(|e| e.offer.lead).collect();
        assert!(hosts.len() >= 6, "{hosts:?}");
        assert!(events.iter().all(|e| (0..14).contains(&e.day)));
    }
}
