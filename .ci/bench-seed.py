#!/usr/bin/env python3
"""Adds N published offers (default 2,000) with weekly sessions to a Treffpunkt SQLite database that
already holds the demo data, for benchmarks: the offers copy the demo's venues, organisations and
categories in rotation, and each meets weekly for eight weeks from today."""
import sqlite3
import sys
import time

path, count = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 2000
db = sqlite3.connect(path)
site = db.execute("SELECT id FROM sites ORDER BY id LIMIT 1").fetchone()[0]
venues = [row[0] for row in db.execute("SELECT id FROM venues")]
orgs = [row[0] for row in db.execute("SELECT id FROM organisations")]
categories = ["language", "sport", "culture", "education", "information", "leisure", "festival"]
languages = ["de,en", "de,ar", "de,uk,ru", "de,fa", "de,tr", "de,en,ar,uk"]
now = int(time.time())
week = 7 * 24 * 3600
with db:
    for n in range(count):
        title = f"Offenes Angebot {n}"
        offer = db.execute(
            """INSERT INTO offers (site_id, organisation_id, venue_id, kind, status, category, title, description,
                                   min_age, max_age, languages, search_text)
               VALUES (?, ?, ?, 'group', 'published', ?, ?, 'Für alle.', 12, 27, ?, ?) RETURNING id""",
            (site, orgs[n % len(orgs)], venues[n % len(venues)], categories[n % 7], title,
             languages[n % len(languages)], title.lower()),
        ).fetchone()[0]
        first = now + (n % (7 * 24)) * 3600
        db.executemany(
            "INSERT INTO sessions (offer_id, starts_at, ends_at, time_zone) VALUES (?, ?, ?, 'Europe/Berlin')",
            [(offer, first + k * week, first + k * week + 5400) for k in range(8)],
        )
print(f"{count} offers added to {path}")
