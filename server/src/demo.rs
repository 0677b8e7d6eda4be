//! Demo data: `server/data/demo.toml` (the JMD Köln with its partners, weekly groups, the
//! Interkulturelle Wochen and a district festival, and a small JMD München), stored through the
//! same services as the staff pages, so the demo is exactly what staff could have typed. Dates are
//! relative to the day of loading. Loading twice changes nothing.

mod co_design;

use std::collections::BTreeMap;

use anyhow::{Context, bail};
use app::domain::days_off::Period;
use app::domain::network_form::{OrganisationDetails, OrganisationKind, VenueDetails};
use app::domain::offer::{Audience, Category, Focus, Registration, Visibility, spoken_languages};
use app::domain::offer_form::{DEFAULT_NETWORK_SHARE, NewOffer, OfferDetails, SeriesPlan};
use app::domain::programme_form::ProgrammeDetails;
use app::domain::schedule::Frequency;
use app::domain::site_form::{FederalState, Keep, SiteDetails};
use app::domain::site_mail::SiteMail;
use app::ssr::db::{Db, network as stored_network, sites as stored_sites};
use app::ssr::links::LinkKey;
use app::ssr::service::network::By;
use app::ssr::service::{network, offers, programmes, sites};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc, Weekday};
use chrono_tz::Tz;
use serde::Deserialize;

const DEMO: &str = include_str!("../data/demo.toml");

/// A text in German (always) and other languages, by language code.
type Texts = BTreeMap<String, String>;

#[derive(Deserialize)]
struct Demo {
    sites: Vec<Site>,
}

#[derive(Deserialize)]
struct Site {
    slug: String,
    name: String,
    city: String,
    street: String,
    postal_code: String,
    carrier_name: String,
    carrier_address: String,
    phone: String,
    email: String,
    opening_hours: String,
    time_zone: String,
    federal_state: String,
    #[serde(default)]
    privacy_contact: String,
    #[serde(default)]
    processors: String,
    districts: Vec<String>,
    description: Texts,
    contact: Contact,
    organisations: Vec<Organisation>,
    venues: Vec<Venue>,
    #[serde(default)]
    programmes: Vec<Programme>,
    offers: Vec<Offer>,
    #[serde(default)]
    join_codes: Vec<co_design::JoinCode>,
    #[serde(default)]
    rounds: Vec<co_design::Round>,
    #[serde(default)]
    ideas: Vec<co_design::Idea>,
}

#[derive(Deserialize)]
struct Contact {
    name: String,
    email: String,
    phone: String,
}

#[derive(Deserialize)]
struct Organisation {
    key: String,
    name: String,
    kind: String,
    /// The site's own organisation, created with the site.
    #[serde(default)]
    own: bool,
}

#[derive(Deserialize)]
struct Venue {
    key: String,
    name: String,
    street: String,
    postal_code: String,
    district: String,
    #[serde(default)]
    transit: String,
    step_free: bool,
    accessible_toilet: bool,
    #[serde(default)]
    notes: String,
}

#[derive(Deserialize)]
struct Programme {
    key: String,
    starts: Starts,
    days: i64,
    title: Texts,
    description: Texts,
}

/// The first `weekday` at least `after_days` from the day of loading.
#[derive(Deserialize)]
struct Starts {
    after_days: i64,
    weekday: String,
}

#[derive(Deserialize)]
struct Offer {
    title: Texts,
    description: Texts,
    category: String,
    lead: String,
    #[serde(default)]
    cohosts: Vec<String>,
    venue: String,
    ages: (i64, i64),
    #[serde(default = "youth")]
    audience: String,
    #[serde(default)]
    focus: String,
    languages: String,
    /// Limited places mean registering for the whole series; without, people drop in.
    capacity: Option<i64>,
    weekly: Option<Weekly>,
    event: Option<Event>,
}

fn youth() -> String {
    Audience::Youth.code().to_owned()
}

/// A group that meets on `weekday` every `every` weeks, `dates` times (by default about four months).
#[derive(Deserialize)]
struct Weekly {
    weekday: String,
    start: String,
    minutes: i64,
    #[serde(default = "one")]
    every: u32,
    dates: Option<usize>,
}

fn one() -> u32 {
    1
}

/// One date of a programme, `day` counted from its first day.
#[derive(Deserialize)]
struct Event {
    programme: String,
    day: i64,
    start: String,
    minutes: i64,
}

/// Loads the demo into a database without it; returns false when it is already there. Each step
/// is its own transaction, as on the staff pages; the first site's address part says "loaded".
pub async fn load(db: &Db, key: &LinkKey, school_holidays: &[Period], now: DateTime<Utc>) -> anyhow::Result<bool> {
    let demo: Demo = toml::from_str(DEMO).context("server/data/demo.toml")?;
    let first = demo.sites.first().context("the demo names no site")?;
    if stored_sites::find_by_slug(db, &first.slug).await?.is_some() {
        return Ok(false);
    }
    for site in &demo.sites {
        load_site(db, key, school_holidays, site, now)
            .await
            .with_context(|| format!("the demo site {:?}", site.slug))?;
    }
    Ok(true)
}

async fn load_site(
    db: &Db,
    key: &LinkKey,
    school_holidays: &[Period],
    site: &Site,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let by = By { user_id: None, now: now.timestamp() };
    let zone: Tz = site.time_zone.parse().map_err(|_| anyhow::anyhow!("unknown time zone {:?}", site.time_zone))?;
    let details = SiteDetails {
        name: site.name.clone(),
        slug: site.slug.clone(),
        city: site.city.clone(),
        street: site.street.clone(),
        postal_code: site.postal_code.clone(),
        carrier_name: site.carrier_name.clone(),
        carrier_address: site.carrier_address.clone(),
        phone: site.phone.clone(),
        email: site.email.clone(),
        opening_hours: site.opening_hours.clone(),
        time_zone: zone,
        federal_state: FederalState::from_code(&site.federal_state)
            .with_context(|| format!("unknown federal state {:?}", site.federal_state))?,
        districts: site.districts.clone(),
        descriptions: german_first(&site.description),
        sender: SiteMail::default(),
        keep: Keep::default(),
        privacy_contact: site.privacy_contact.clone(),
        processors: site.processors.clone(),
    };
    let site_id = sites::create(db, None, &details, by.now).await?.context("the address part is taken")?;

    let mut organisations = Vec::new();
    for organisation in &site.organisations {
        let details = OrganisationDetails {
            name: organisation.name.clone(),
            kind: OrganisationKind::from_code(&organisation.kind)
                .with_context(|| format!("unknown organisation kind {:?}", organisation.kind))?,
            website: None,
            contact: String::new(),
            descriptions: Vec::new(),
        };
        let id = if organisation.own {
            // Creating the site created its own organisation; the demo names it in full.
            let own = stored_network::organisations(db, Some(site_id)).await?;
            let id = own.first().context("the site has its own organisation")?.id;
            network::update_organisation(db, by, id, &details).await?;
            id
        } else {
            network::create_organisation(db, by, site_id, &details).await?
        };
        organisations.push((organisation.key.as_str(), id));
    }

    let mut venues = Vec::new();
    for venue in &site.venues {
        let details = VenueDetails {
            name: venue.name.clone(),
            street: venue.street.clone(),
            postal_code: venue.postal_code.clone(),
            city: site.city.clone(),
            district: venue.district.clone(),
            transit: venue.transit.clone(),
            step_free: venue.step_free,
            accessible_toilet: venue.accessible_toilet,
            hearing_loop: false,
            accessibility_notes: venue.notes.clone(),
        };
        let id = network::create_venue(db, by, (site_id, false), &details)
            .await?
            .with_context(|| format!("venue {:?}: district {:?} is not the site's", venue.key, venue.district))?;
        venues.push((venue.key.as_str(), id));
    }

    let today = now.with_timezone(&zone).date_naive();
    let mut programme_days = Vec::new();
    for programme in &site.programmes {
        let starts_on =
            next_weekday(today + Duration::days(programme.starts.after_days), weekday(&programme.starts.weekday)?);
        let year = starts_on.year();
        let (title, description) = german(&programme.title, &programme.description)?;
        let details = ProgrammeDetails {
            title: format!("{title} {year}"),
            description: description.to_owned(),
            translations: translations(&programme.title, &programme.description)
                .map(|(lang, title, description)| (lang, format!("{title} {year}"), description))
                .collect(),
            starts_on,
            ends_on: starts_on + Duration::days(programme.days - 1),
        };
        let id = programmes::create(db, None, site_id, &details, by.now).await?;
        programme_days.push((programme.key.as_str(), (id, starts_on)));
    }

    let programme_ids: Vec<(&str, i64)> = programme_days.iter().map(|(key, (id, _))| (*key, *id)).collect();
    let names = Names { organisations, venues, programmes: programme_days };
    for offer in &site.offers {
        let title = offer.title.get("de").map_or("", String::as_str);
        let (details, mut plan) =
            offer_details(site, &names, offer, today).with_context(|| format!("offer {title:?}"))?;
        // Weekly groups pause on the site's school and public holidays, as staff ask the form to.
        let days_off = stored_sites::days_off(db, school_holidays, site_id, plan.span()).await?;
        plan.leave_out(&days_off);
        let new = NewOffer { details, plan, publish: true };
        offers::create(db, None, site_id, &new, zone, by.now)
            .await?
            .map_err(|errors| anyhow::anyhow!("offer {title:?} refused: {errors:?}"))?;
    }
    let co_design = co_design::Site {
        id: site_id,
        zone,
        codes: &site.join_codes,
        rounds: &site.rounds,
        ideas: &site.ideas,
        programmes: &programme_ids,
    };
    co_design::load(db, key, co_design, now).await.context("co-design")?;
    Ok(())
}

/// The ids the demo's keys stand for, per site.
struct Names<'a> {
    organisations: Vec<(&'a str, i64)>,
    venues: Vec<(&'a str, i64)>,
    programmes: Vec<(&'a str, (i64, NaiveDate))>,
}

fn named<T: Copy>(pairs: &[(&str, T)], what: &str, key: &str) -> anyhow::Result<T> {
    pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v).with_context(|| format!("no {what} {key:?} in the demo"))
}

fn offer_details(
    site: &Site,
    names: &Names,
    offer: &Offer,
    today: NaiveDate,
) -> anyhow::Result<(OfferDetails, SeriesPlan)> {
    let (title, description) = german(&offer.title, &offer.description)?;
    let organisation_id = named(&names.organisations, "organisation", &offer.lead)?;
    // The site's own offers name whom to ask.
    let own = site.organisations.iter().any(|org| org.own && org.key == offer.lead);
    let (contact_name, contact_email, contact_phone) = match &site.contact {
        Contact { name, email, phone } if own => (name.clone(), email.clone(), phone.clone()),
        _ => Default::default(),
    };
    let (plan, programme_id) = match (&offer.weekly, &offer.event) {
        (Some(weekly), None) => {
            let first_date = next_weekday(today, weekday(&weekly.weekday)?);
            let plan = SeriesPlan {
                first_date,
                start: time(&weekly.start)?,
                duration: Duration::minutes(weekly.minutes),
                repeat: Some(Frequency::Weekly { interval: weekly.every }),
                count: weekly.dates.unwrap_or(16 / weekly.every.max(1) as usize),
                except: Vec::new(),
            };
            (plan, None)
        }
        (None, Some(event)) => {
            let (programme_id, first_day) = named(&names.programmes, "programme", &event.programme)?;
            let plan = SeriesPlan {
                first_date: first_day + Duration::days(event.day),
                start: time(&event.start)?,
                duration: Duration::minutes(event.minutes),
                repeat: None,
                count: 1,
                except: Vec::new(),
            };
            (plan, Some(programme_id))
        }
        _ => bail!("an offer is either `weekly` or an `event`"),
    };
    let details = OfferDetails {
        title: title.to_owned(),
        description: description.to_owned(),
        translations: translations(&offer.title, &offer.description).collect(),
        category: Category::from_code(&offer.category).with_context(|| format!("category {:?}", offer.category))?,
        audience: Audience::from_code(&offer.audience).with_context(|| format!("audience {:?}", offer.audience))?,
        focus: Focus::from_code(&offer.focus).with_context(|| format!("focus {:?}", offer.focus))?,
        min_age: offer.ages.0,
        max_age: offer.ages.1,
        languages: spoken_languages(&offer.languages).map(str::to_owned).collect(),
        capacity: offer.capacity,
        network_share: DEFAULT_NETWORK_SHARE,
        organisation_id,
        cohosts: offer
            .cohosts
            .iter()
            .map(|key| named(&names.organisations, "organisation", key))
            .collect::<anyhow::Result<_>>()?,
        venue_id: named(&names.venues, "venue", &offer.venue)?,
        programme_id,
        contact_name,
        contact_email,
        contact_phone,
        registration: if offer.capacity.is_some() { Registration::Series } else { Registration::DropIn },
        registration_opens: None,
        registration_closes: None,
        remind_day_before: true,
        remind_two_hours_before: false,
        cost_cents: None,
        bring: String::new(),
        meeting_point: String::new(),
        visibility: Visibility::Public,
        overnight: false,
    };
    Ok((details, plan))
}

fn german<'a>(title: &'a Texts, description: &'a Texts) -> anyhow::Result<(&'a str, &'a str)> {
    match (title.get("de"), description.get("de")) {
        (Some(title), Some(description)) => Ok((title, description)),
        _ => bail!("every title and description has German (`de`)"),
    }
}

/// (language, title, description) in every language but German that has a title.
fn translations<'a>(title: &'a Texts, description: &'a Texts) -> impl Iterator<Item = (String, String, String)> + 'a {
    title
        .iter()
        .filter(|(lang, _)| *lang != "de")
        .map(|(lang, title)| (lang.clone(), title.clone(), description.get(lang).cloned().unwrap_or_default()))
}

fn german_first(texts: &Texts) -> Vec<(String, String)> {
    let mut texts: Vec<_> = texts.iter().map(|(lang, text)| (lang.clone(), text.clone())).collect();
    texts.sort_by_key(|(lang, _)| lang != "de");
    texts
}

fn weekday(name: &str) -> anyhow::Result<Weekday> {
    name.parse().map_err(|_| anyhow::anyhow!("{name:?} is not a weekday (Mon, Tue, …)"))
}

fn time(text: &str) -> anyhow::Result<NaiveTime> {
    NaiveTime::parse_from_str(text, "%H:%M").with_context(|| format!("{text:?} is not a time (17:00)"))
}

/// The first `weekday` on or after `from`.
fn next_weekday(from: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead = (7 + weekday.num_days_from_monday() - from.weekday().num_days_from_monday()) % 7;
    from + Duration::days(i64::from(ahead))
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
        let demo: Demo = toml::from_str(DEMO).unwrap();
        let events: Vec<_> = demo.sites[0]
            .offers
            .iter()
            .filter_map(|offer| {
                offer.event.as_ref().filter(|event| event.programme == "ikw").map(|event| (offer, event))
            })
            .collect();
        assert!(events.len() >= 20);
        let hosts: std::collections::BTreeSet<_> = events.iter().map(|(offer, _)| &offer.lead).collect();
        assert!(hosts.len() >= 6, "{hosts:?}");
        assert!(events.iter().all(|(_, event)| (0..14).contains(&event.day)));
    }
}
