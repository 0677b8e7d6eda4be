//! Calendar files (RFC 5545) from dates, written with the icalendar crate. One VEVENT per date
//! rather than one with an RRULE: a moved or cancelled single date is then an ordinary change of
//! its own event (same UID, higher SEQUENCE, or STATUS:CANCELLED), which every calendar app
//! handles, where RECURRENCE-ID overrides and EXDATEs are where they differ. Times are written in
//! UTC, so no VTIMEZONE is needed and a 17:00 Berlin date shows at 17:00 on both sides of a DST
//! change.

use super::db::calendar::FeedDate;
use chrono::{DateTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus};

/// The feed's text, with events in the order given. `host` makes the UIDs globally unique.
/// An empty calendar that names Treffpunkt as its product, once: `Calendar::new()` brings the
/// crate's own PRODID, and RFC 5545 allows only one.
fn calendar_from(product: &str) -> Calendar {
    let mut calendar = Calendar::empty();
    for (name, value) in [("VERSION", "2.0"), ("PRODID", product), ("CALSCALE", "GREGORIAN")] {
        calendar.append_property(icalendar::Property::new(name, value));
    }
    calendar
}

/// A TEXT value (already `plain`) as RFC 5545 writes it, for properties the crate does not know
/// as text and writes as they are (NAME). It escapes those it knows (SUMMARY, DESCRIPTION,
/// LOCATION, X-WR-CALNAME), but no carriage return: `plain` takes those out, so that a title with
/// a line break cannot add lines, and events, of its own.
fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Text without control characters; a line break of any kind is kept as one LF (which the crate
/// escapes as `\n`).
fn plain(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n").chars().filter(|c| *c == '\n' || !c.is_control()).collect()
}

pub fn feed(name: &str, host: &str, public_url: &str, dates: &[FeedDate]) -> String {
    let mut calendar = calendar_from("-//Treffpunkt//Offers//DE");
    // A calendar's name is one line. The crate escapes X-WR-CALNAME as text but writes NAME as
    // it is (the test below holds both to one result).
    let name = plain(name).replace('\n', " ");
    calendar.append_property(icalendar::Property::new("NAME", escaped(&name)));
    calendar.append_property(icalendar::Property::new("X-WR-CALNAME", &name));
    for date in dates {
        calendar.push(event(host, public_url, date));
    }
    calendar.done().to_string()
}

/// What an invite asks a calendar to do with its events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// Add them, or update those with the same UID and a lower SEQUENCE.
    Request,
    /// Take them away.
    Cancel,
}

impl Method {
    pub fn name(self) -> &'static str {
        match self {
            Method::Request => "REQUEST",
            Method::Cancel => "CANCEL",
        }
    }
}

/// An invite for one registration: its dates as events whose UIDs belong to the registration
/// (so that a second registration of the same person is a separate entry), from the site's
/// address to the participant, with a reminder two hours before for those who never read email.
pub struct Invite<'a> {
    pub method: Method,
    pub host: &'a str,
    pub public_url: &'a str,
    pub organizer: &'a str,
    pub attendee: &'a str,
    pub registration_id: i64,
    /// Reminder text shown by the phone.
    pub alarm: &'a str,
}

impl Invite<'_> {
    pub fn text(&self, dates: &[FeedDate]) -> String {
        let mut calendar = calendar_from("-//Treffpunkt//Registration//DE");
        calendar.append_property(icalendar::Property::new("METHOD", self.method.name()));
        for date in dates {
            let mut event = event(self.host, self.public_url, date);
            let cancelled = self.method == Method::Cancel;
            // A cancellation must be newer than every update the calendar has seen.
            let sequence = date.revision + i64::from(cancelled);
            event
                .uid(&format!("registration-{}-{}@{}", self.registration_id, date.session_id, self.host))
                .sequence(u32::try_from(sequence).unwrap_or(0))
                .append_property(icalendar::Property::new("ORGANIZER", format!("mailto:{}", self.organizer)).done())
                .append_property(
                    icalendar::Property::new("ATTENDEE", format!("mailto:{}", self.attendee))
                        .add_parameter("PARTSTAT", "ACCEPTED")
                        .add_parameter("RSVP", "FALSE")
                        .done(),
                );
            if cancelled {
                event.status(EventStatus::Cancelled);
            } else if date.cancelled == 0 {
                event.alarm(icalendar::Alarm::display(&plain(self.alarm), -chrono::Duration::hours(2)));
            }
            calendar.push(event.done());
        }
        calendar.done().to_string()
    }
}

fn instant(seconds: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(seconds, 0).unwrap_or_default()
}

/// When nothing records a change, feeds still need a DTSTAMP that does not move between polls.
const FIRST_STAMP: i64 = 1_767_225_600; // 2026-01-01T00:00:00Z

fn event(host: &str, public_url: &str, date: &FeedDate) -> Event {
    let location = match (&date.venue, &date.address) {
        (Some(venue), Some(address)) => format!("{venue}, {address}"),
        (Some(venue), None) => venue.clone(),
        _ => String::new(),
    };
    let mut event = Event::new();
    event
        .uid(&format!("session-{}@{host}", date.session_id))
        .timestamp(instant(date.changed_at.max(FIRST_STAMP)))
        .sequence(u32::try_from(date.revision).unwrap_or(0))
        .summary(&plain(&date.title))
        .starts(instant(date.starts_at))
        .ends(instant(date.ends_at))
        .url(&format!("{public_url}/offers/{}", date.offer_id))
        .status(if date.cancelled == 1 { EventStatus::Cancelled } else { EventStatus::Confirmed });
    if !date.description.is_empty() {
        event.description(&plain(&date.description));
    }
    if !location.is_empty() {
        event.location(&plain(&location));
    }
    event.done()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(cancelled: i64, revision: i64) -> FeedDate {
        FeedDate {
            session_id: 7,
            offer_id: 3,
            title: "Sprachcafé; Tee, Kekse".into(),
            description: String::new(),
            // 2027-03-29 17:00 in Berlin (summer time) is 15:00 UTC.
            starts_at: 1_806_332_400,
            ends_at: 1_806_337_800,
            cancelled,
            revision,
            changed_at: 0,
            venue: Some("JMD Köln".into()),
            address: Some("Marzellenstraße 26, 50668 Köln".into()),
        }
    }

    #[test]
    fn one_event_per_date_with_a_stable_uid_utc_times_and_escaped_text() {
        let text = feed("Treffpunkt", "treffpunkt.example", "https://treffpunkt.example", &[date(0, 2)]);
        assert!(text.contains("UID:session-7@treffpunkt.example"));
        assert!(text.contains("DTSTART:20270329T150000Z") && text.contains("DTEND:20270329T163000Z"), "{text}");
        assert!(text.contains("SEQUENCE:2") && text.contains("STATUS:CONFIRMED"));
        assert!(text.contains("SUMMARY:Sprachcafé\\; Tee\\, Kekse"), "{text}");
        assert!(text.contains("URL:https://treffpunkt.example/offers/3"));
        assert!(text.contains("\r\n"), "lines end in CRLF");
        assert_eq!(text.matches("PRODID:").count(), 1, "one product id: {text}");
        assert!(text.contains("PRODID:-//Treffpunkt//Offers//DE") && text.contains("VERSION:2.0"));
        let cancelled = feed("Treffpunkt", "t.example", "https://t.example", &[date(1, 3)]);
        assert!(cancelled.contains("STATUS:CANCELLED") && cancelled.contains("SEQUENCE:3"));
    }

    #[test]
    fn line_breaks_and_control_characters_never_start_a_line_of_their_own() {
        let mut hostile = date(0, 1);
        hostile.title = "Café\r\nEND:VEVENT\r\nBEGIN:VEVENT\rSUMMARY:Fake\u{0}\u{7}".into();
        hostile.description = "a\nb\r\nc".into();
        let text = feed("JMD\r\nBEGIN:VEVENT; x", "t.example", "https://t.example", &[hostile]);
        let lines: Vec<&str> = text.split("\r\n").collect();
        assert_eq!(lines.iter().filter(|line| **line == "BEGIN:VEVENT").count(), 1, "{text}");
        assert!(!text.contains('\r') || text.matches('\r').count() == text.matches("\r\n").count(), "bare CR");
        assert!(!text.chars().any(|c| c.is_control() && c != '\r' && c != '\n'), "{text:?}");
        assert!(text.contains("NAME:JMD BEGIN:VEVENT\\; x\r\n"), "{text}");
        assert!(text.contains("X-WR-CALNAME:JMD BEGIN:VEVENT\\; x\r\n"), "{text}");
        assert!(text.contains("SUMMARY:Café\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:Fake"), "{text}");
        assert!(text.contains("DESCRIPTION:a\\nb\\nc"), "{text}");
    }
}
