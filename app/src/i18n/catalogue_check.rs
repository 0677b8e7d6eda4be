//! The test that keeps every shipped catalogue whole: it parses each one with Fluent's own parser
//! and compares it with the German original. A key missing, a placeholder renamed or lost, a
//! plural without one of its language's CLDR categories (from `intl_pluralrules`, the rules
//! Fluent itself uses), or a catalogue in the wrong script fails it.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use intl_pluralrules::{PluralRuleType, PluralRules};

use super::Lang;

/// What the test needs of one message.
#[derive(Default)]
struct Shape {
    variables: BTreeSet<String>,
    /// The variant names of each select on a number, in order.
    plurals: Vec<BTreeSet<String>>,
    /// The visible text, placeables left out.
    text: String,
}

fn source(lang: Lang) -> String {
    let path = format!("{}/locales/{}/main.ftl", env!("CARGO_MANIFEST_DIR"), lang.code());
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

fn shapes(lang: Lang) -> BTreeMap<String, Shape> {
    let source = source(lang);
    let resource = fluent_syntax::parser::parse(source.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{lang:?}: the catalogue does not parse: {errors:?}"));
    let mut shapes = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut shape = Shape::default();
            if let Some(pattern) = &message.value {
                walk(pattern, &mut shape);
            }
            shapes.insert(message.id.name.to_owned(), shape);
        }
    }
    shapes
}

fn walk(pattern: &Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => shape.text.push_str(value),
            PatternElement::Placeable { expression } => expression_walk(expression, shape),
        }
    }
}

fn expression_walk(expression: &Expression<&str>, shape: &mut Shape) {
    match expression {
        Expression::Inline(inline) => inline_walk(inline, shape),
        Expression::Select { selector, variants } => {
            inline_walk(selector, shape);
            let names = variants
                .iter()
                .filter_map(|variant| match &variant.key {
                    VariantKey::Identifier { name } => Some((*name).to_owned()),
                    // An exact number ([0]) is an extra, not a category.
                    VariantKey::NumberLiteral { .. } => None,
                })
                .collect();
            shape.plurals.push(names);
            for variant in variants {
                walk(&variant.value, shape);
            }
        }
    }
}

fn inline_walk(inline: &InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_walk(expression, shape),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_walk(argument, shape);
            }
        }
        _ => {}
    }
}

/// The cardinal plural categories of a language, as CLDR defines them: every category that some
/// whole or decimal number falls into.
fn plural_categories(lang: Lang) -> BTreeSet<String> {
    let rules = PluralRules::create(lang.langid(), PluralRuleType::CARDINAL).expect("CLDR knows the language");
    let whole = (0..=1000).map(|n| rules.select(n).unwrap());
    let decimal = ["0.5", "1.5", "2.5", "3.5", "11.5", "100.5"].map(|n| rules.select(n).unwrap());
    whole.chain(decimal).map(|category| format!("{category:?}").to_lowercase()).collect()
}

/// The share of messages with letters whose letters are mostly in `script`. Names (Treffpunkt,
/// OpenStreetMap) stay Latin, so a complete translation sits a little below 100 %.
fn script_share(shapes: &BTreeMap<String, Shape>, script: fn(char) -> bool) -> f64 {
    let mut with_letters = 0;
    let mut in_script = 0;
    for shape in shapes.values() {
        // strftime patterns (%A, %-d) are codes, not words.
        let text: String = shape
            .text
            .split('%')
            .enumerate()
            .map(|(i, part)| if i == 0 { part } else { part.get(1..).unwrap_or("") })
            .collect();
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        if letters.is_empty() {
            continue;
        }
        with_letters += 1;
        if letters.iter().filter(|c| script(**c)).count() * 2 > letters.len() {
            in_script += 1;
        }
    }
    f64::from(in_script) / f64::from(with_letters.max(1))
}

fn arabic_script(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

fn cyrillic_script(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

#[test]
fn every_catalogue_is_complete_and_keeps_placeholders_and_plurals() {
    let german = shapes(Lang::De);
    assert!(german.len() > 300, "the German catalogue was not read");
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let shapes = shapes(*lang);
        let categories = plural_categories(*lang);
        for (id, original) in &german {
            let Some(shape) = shapes.get(id) else {
                problems.push(format!("{lang:?} lacks {id}"));
                continue;
            };
            if shape.variables != original.variables {
                problems.push(format!(
                    "{lang:?} {id}: placeholders {:?}, German has {:?}",
                    shape.variables, original.variables
                ));
            }
            for plural in &shape.plurals {
                if *plural != categories {
                    problems.push(format!("{lang:?} {id}: plural variants {plural:?}, CLDR says {categories:?}"));
                }
            }
        }
        for id in shapes.keys().filter(|id| !german.contains_key(*id)) {
            problems.push(format!("{lang:?} has {id}, which German lacks"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn translations_are_written_in_their_own_script() {
    for (lang, script) in [
        (Lang::Ar, arabic_script as fn(char) -> bool),
        (Lang::Fa, arabic_script),
        (Lang::Prs, arabic_script),
        (Lang::Uk, cyrillic_script),
        (Lang::Ru, cyrillic_script),
    ] {
        let share = script_share(&shapes(lang), script);
        assert!(share >= 0.9, "{lang:?}: only {:.0} % of the texts are in its script", share * 100.0);
    }
}

#[test]
fn plural_categories_come_from_cldr() {
    let names = |lang| plural_categories(lang).into_iter().collect::<Vec<_>>().join(" ");
    assert_eq!(names(Lang::Ar), "few many one other two zero");
    assert_eq!(names(Lang::Uk), "few many one other");
    assert_eq!(names(Lang::Ru), "few many one other");
    assert_eq!(names(Lang::De), "one other");
}

#[test]
fn the_check_notices_a_broken_catalogue() {
    let broken = "a = Hallo { $nmae }\nb = { $count ->\n    [one] eins\n   *[other] viele\n}\n";
    let resource = fluent_syntax::parser::parse(broken).unwrap();
    let mut shapes = Vec::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut shape = Shape::default();
            walk(message.value.as_ref().unwrap(), &mut shape);
            shapes.push(shape);
        }
    }
    assert!(shapes[0].variables.contains("nmae"));
    assert_ne!(shapes[1].plurals[0], plural_categories(Lang::Ru), "Russian needs few and many too");
}

/// The fingerprint of each language's consent texts as they were when `Lang::consent_version`
/// last changed.
const CONSENT_FINGERPRINTS: [(Lang, u64); 8] = [
    (Lang::De, 0x99c8_8ccf_30c1_32d1),
    (Lang::En, 0x5487_eab0_bfa7_63d3),
    (Lang::Ar, 0xa46f_5a49_36fa_7d84),
    (Lang::Uk, 0x0a3e_4cbd_80fe_ed4f),
    (Lang::Fa, 0xcd32_2870_ec30_18ea),
    (Lang::Tr, 0xf551_2486_43da_23c3),
    (Lang::Ru, 0x86d0_0c13_12db_9cd7),
    (Lang::Prs, 0x00c4_f18e_f10b_b0aa),
];

/// FNV-1a over the consent messages' source text, in order: stable across builds and platforms.
fn consent_fingerprint(lang: Lang) -> u64 {
    let source = source(lang);
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for key in super::CONSENT_MESSAGES {
        let start = source.find(&format!("\n{key} =")).unwrap_or_else(|| panic!("{lang:?}: {key} missing"));
        let message: Vec<&str> = source[start + 1..]
            .lines()
            .enumerate()
            .take_while(|(index, line)| *index == 0 || line.starts_with(' '))
            .map(|(_, line)| line)
            .collect();
        for byte in message.join("\n").bytes().chain([0]) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

#[test]
fn a_changed_consent_text_gets_a_new_version_in_its_language() {
    let changed: Vec<String> = CONSENT_FINGERPRINTS
        .iter()
        .filter(|(lang, pinned)| consent_fingerprint(*lang) != *pinned)
        .map(|(lang, _)| format!("(Lang::{lang:?}, {:#018x})", consent_fingerprint(*lang)))
        .collect();
    assert!(
        changed.is_empty(),
        "these consent texts changed: give each a new `Lang::consent_version` and pin {}",
        changed.join(", ")
    );
    let versions: BTreeSet<&str> = Lang::ALL.iter().map(|lang| lang.consent_version()).collect();
    assert_eq!(versions.len(), Lang::ALL.len(), "each language has a version of its own");
}

#[test]
fn dates_names_and_times_keep_their_order_inside_right_to_left_sentences() {
    use fluent_bundle::FluentValue;
    const DAY: &str = "2026-11-25";
    for lang in [Lang::Ar, Lang::Fa, Lang::Prs] {
        for (key, shape) in shapes(lang) {
            // Every argument as a date (a link as a link): wherever it shows, it is isolated.
            let args: Vec<(&'static str, FluentValue)> = shape
                .variables
                .iter()
                .map(|name| {
                    let name: &'static str = String::leak(name.clone());
                    let value = if super::LINK_ARGS.contains(&name) { "https://example.org/x" } else { DAY };
                    (name, FluentValue::from(value))
                })
                .collect();
            let text = lang.t_with(&key, &args);
            let bare = text.replace(&format!("\u{2068}{DAY}\u{2069}"), "");
            assert!(!bare.contains(DAY), "{lang:?} {key}: a date outside isolation marks in {text:?}");
            assert!(!text.contains("\u{2068}https"), "{lang:?} {key}: a link was wrapped");
        }
    }
}

/// Every key the code builds from a value (`t(&format!("category-{}", ...))`), by its prefix: the
/// values it can take, from the enums and lists behind them.
fn built_keys() -> Vec<(&'static str, Vec<String>)> {
    use crate::domain::idea::{Criterion, DayPart, IdeaState, staff_moves};
    use crate::domain::network_form::OrganisationKind;
    use crate::domain::offer::{Audience, Category, OfferKind, Registration, SPOKEN_LANGUAGES, Visibility};
    use crate::domain::policy::Role;
    use crate::domain::registration::{ConsentMethod, ConsentPurpose, Gender, GivenBy, PhotoPermission, Status};
    fn codes<T: Copy>(all: &[T], code: fn(T) -> &'static str) -> Vec<String> {
        all.iter().map(|value| code(*value).to_owned()).collect()
    }
    let mut statuses = codes(Status::ALL, Status::code);
    // The list's group of registrations restricted during an audit hold.
    statuses.push("restricted".to_owned());
    vec![
        ("category-", codes(Category::ALL, Category::code)),
        ("offer-kind-", codes(OfferKind::ALL, OfferKind::code)),
        ("offer-audience-", codes(Audience::ALL, Audience::code)),
        ("offer-registration-", codes(Registration::ALL, Registration::code)),
        ("offer-visibility-", codes(Visibility::ALL, Visibility::code)),
        ("organisation-kind-", codes(OrganisationKind::ALL, OrganisationKind::code)),
        ("role-", codes(Role::ALL, Role::code)),
        ("register-gender-", codes(Gender::ALL, Gender::code)),
        ("participants-status-", statuses),
        ("participants-photos-", codes(PhotoPermission::ALL, PhotoPermission::code)),
        ("consent-purpose-", codes(ConsentPurpose::ALL, ConsentPurpose::code)),
        ("consent-method-", codes(ConsentMethod::ALL, ConsentMethod::code)),
        ("consent-given-by-", codes(GivenBy::ALL, GivenBy::code)),
        ("figures-age-", crate::ssr::privacy::retention::AGE_BANDS.map(str::to_owned).to_vec()),
        ("language-", SPOKEN_LANGUAGES.iter().map(|code| (*code).to_owned()).collect()),
        ("idea-state-", codes(IdeaState::ALL, IdeaState::code)),
        // The states staff can move an idea to.
        (
            "idea-move-",
            IdeaState::ALL
                .iter()
                .filter(|to| IdeaState::ALL.iter().any(|from| staff_moves(*from).contains(to)))
                .map(|to| to.code().to_owned())
                .collect(),
        ),
        ("day-part-", codes(DayPart::ALL, DayPart::code)),
        ("criterion-", codes(Criterion::ALL, Criterion::code)),
        ("weekday-", (1..=7).map(|day: u8| day.to_string()).collect()),
        ("round-phase-", ["open", "paused", "closed"].map(str::to_owned).to_vec()),
    ]
}

/// Prefixes whose values are a page's flags or a table's own list (`?saved`, `own-data-table-…`):
/// each value is a key the page renders in the test suites, where a missing one panics (see
/// `Lang::format`).
const RENDERED_FAMILIES: [&str; 16] = [
    "offer-flag-",
    "vote-flag-",
    "me-address-flag-",
    "me-address-done-",
    "ideas-flag-",
    "join-flag-",
    "co-design-flag-",
    "participants-flag-",
    "staff-done-",
    "own-data-",
    "own-data-flag-",
    "own-data-table-",
    "programme-offer-",
    "offer-status-",
    "offer-repeat-",
    "",
];

#[test]
fn every_key_the_code_builds_is_in_every_catalogue() {
    let families = built_keys();
    // Each prefix the code builds a key from is one of the families above.
    let mut sources = Vec::new();
    for root in ["src", "../server/src"] {
        let mut stack = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(root)];
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(std::fs::read_dir(&path).unwrap().map(|entry| entry.unwrap().path()));
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                sources.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    for (path, source) in &sources {
        for (index, _) in source.match_indices(".t(&format!(\"").chain(source.match_indices(".t_with(&format!(\"")) {
            let start = source[index..].find('"').unwrap() + index + 1;
            let prefix = &source[start..start + source[start..].find('{').unwrap()];
            let known = families.iter().any(|(family, _)| *family == prefix) || RENDERED_FAMILIES.contains(&prefix);
            assert!(known, "{path}: keys built from \"{prefix}…\": list their values in built_keys()");
        }
    }
    for lang in Lang::ALL {
        let shapes = shapes(*lang);
        for (prefix, values) in &families {
            for value in values {
                let key = format!("{prefix}{value}");
                assert!(shapes.contains_key(&key), "{lang:?} has no {key}");
            }
        }
    }
}
