#!/usr/bin/env python3
"""Reads a calendar file, or an email carrying one, with independent parsers (Python's email
package, icalendar and recurring-ical-events) and prints what the integration tests compare
with the database, as JSON: the METHOD, the MIME types of the message's parts, and the events
in Europe/Berlin local time."""
import json
import sys
from datetime import date
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

raw = open(sys.argv[1], "rb").read()
content_types = []
if raw.lstrip().startswith(b"BEGIN:VCALENDAR"):
    text = raw
else:
    message = message_from_bytes(raw, policy=policy.default)
    parts = list(message.walk())
    content_types = [part.get_content_type() + ("; attachment" if part.get_filename() else "") for part in parts]
    calendars = [part for part in parts if part.get_content_type() == "text/calendar" and not part.get_filename()]
    text = calendars[0].get_content().encode() if calendars else b""

calendar = icalendar.Calendar.from_ical(text) if text else None
berlin = ZoneInfo("Europe/Berlin")
events = recurring_ical_events.of(calendar).between(date(2000, 1, 1), date(2100, 1, 1)) if calendar else []
print(json.dumps({
    "method": str(calendar.get("METHOD", "")) if calendar else "",
    "content_types": content_types,
    "events": sorted(
        (
            {
                "uid": str(event["UID"]),
                "start": event["DTSTART"].dt.astimezone(berlin).strftime("%Y-%m-%d %H:%M"),
                "end": event["DTEND"].dt.astimezone(berlin).strftime("%Y-%m-%d %H:%M"),
                "status": str(event.get("STATUS", "")),
                "sequence": int(event.get("SEQUENCE", 0)),
                "summary": str(event["SUMMARY"]),
                "url": str(event.get("URL", "")),
                "location": str(event.get("LOCATION", "")),
                "organizer": str(event.get("ORGANIZER", "")),
                "attendee": str(event.get("ATTENDEE", "")),
                "alarm": any(sub.name == "VALARM" for sub in event.subcomponents),
            }
            for event in events
        ),
        key=lambda event: (event["start"], event["uid"]),
    ),
}))
