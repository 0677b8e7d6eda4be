#!/usr/bin/env python3
"""Reads a calendar file with an independent parser (Python's icalendar and
recurring-ical-events) and prints its events as JSON, in Europe/Berlin local time, for the
integration tests to compare with the database."""
import json
import sys
from datetime import date
from zoneinfo import ZoneInfo

import icalendar
import recurring_ical_events

calendar = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
berlin = ZoneInfo("Europe/Berlin")
events = recurring_ical_events.of(calendar).between(date(2000, 1, 1), date(2100, 1, 1))
print(json.dumps(sorted(
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
        }
        for event in events
    ),
    key=lambda event: (event["start"], event["uid"]),
)))
