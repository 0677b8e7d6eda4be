# Treffpunkt, Deutsch (Standardsprache). Kurze, einfache Sätze.

site-name = Treffpunkt
site-tagline = Angebote für junge Menschen in Köln
skip-to-content = Zum Inhalt springen
nav-home = Alle Angebote

lang-picker-label = Sprache
lang-picker-submit = Wechseln

format-date-time = %a., %-d. %B, %H:%M
format-long-date = %A, %-d. %B
format-time = %H:%M

home-title = Was ist los?
home-intro = Treffen, Sport, Sprache und Feste für junge Menschen von 12 bis 27. Kostenlos. Komm vorbei!
home-empty = Gerade gibt es keine neuen Termine. Schau bald wieder vorbei.
home-next = Nächster Termin

offer-kind-group = Gruppenangebot
offer-kind-event = Veranstaltung

category-language = Sprache
category-sport = Sport
category-culture = Kultur und Kreatives
category-education = Schule und Beruf
category-information = Information
category-leisure = Freizeit
category-festival = Fest

offer-when = Wann
offer-where = Wo
offer-organisers = Wer lädt ein
offer-audience = Für wen
offer-ages = { $min } bis { $max } Jahre
offer-audience-parents = Eltern
offer-audience-professionals = Fachleute
offer-focus-girls = Für Mädchen und junge Frauen
offer-languages = Hier wird gesprochen
offer-programme = Teil von
offer-sessions = Termine
offer-sessions-more = { $count ->
    [one] und 1 weiterer Termin
   *[other] und { $count } weitere Termine
}
offer-no-sessions = Zurzeit sind keine Termine geplant.
offer-capacity = { $count ->
    [one] 1 Platz
   *[other] { $count } Plätze
}
offer-map-link = Auf der Karte zeigen (OpenStreetMap)
offer-share = Teilen
offer-link-copied = Link kopiert

venue-step-free = Ohne Stufen erreichbar
venue-accessible-toilet = Barrierefreie Toilette

language-de = Deutsch
language-en = Englisch
language-ar = Arabisch
language-uk = Ukrainisch
language-ru = Russisch
language-fa = Persisch (Farsi/Dari)
language-tr = Türkisch
language-fr = Französisch
language-ku = Kurdisch
language-ti = Tigrinya

not-found-title = Seite nicht gefunden
not-found-text = Diese Seite gibt es nicht (mehr). Vielleicht wurde das Angebot beendet.
back-home = Zu allen Angeboten
error-title = Etwas ist schiefgegangen
error-text = Bitte versuche es gleich noch einmal.

footer-about = Treffpunkt ist ein Angebot des Jugendmigrationsdienstes Köln und seiner Partner.
footer-privacy = Keine Werbung. Kein Tracking.
