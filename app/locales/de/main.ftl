### review: native-speaker
# Treffpunkt, Deutsch (Standardsprache). Kurze, einfache Sätze.

site-name = Treffpunkt
site-tagline = Angebote für junge Menschen
skip-to-content = Zum Inhalt springen
nav-home = Alle Angebote

lang-picker-label = Sprache
lang-continue = Weiter auf Deutsch
lang-first-label = Sprache wählen
lang-picker-submit = Wechseln

format-date-time = %a., %-d. %B, %H:%M
format-long-date = %A, %-d. %B
format-time = %H:%M

home-title = Was ist los?
home-programmes = Programme
home-intro = Treffen, Sport, Sprache und Feste für junge Menschen von 12 bis 27. Kostenlos. Komm vorbei!
home-empty = Gerade gibt es keine neuen Termine. Schau bald wieder vorbei.

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

content-in-german = (auf Deutsch)
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
error-text = Bitte gleich noch einmal versuchen.

footer-about = Treffpunkt ist ein Angebot der Jugendmigrationsdienste und ihrer Partner.
footer-privacy = Keine Werbung. Kein Tracking.

# Konten und Anmeldung
field-email = E-Mail-Adresse
field-password = Passwort
field-new-password = Neues Passwort
field-confirm-password = Passwort wiederholen
field-display-name = Name
field-role = Rolle
field-organisation = Organisation
field-organisation-hint = Bei Partnern: die Organisation, für die sie Angebote eintragen.
password-hint = { $count ->
    [one] Mindestens 1 Zeichen.
   *[other] Mindestens { $count } Zeichen.
}

signin-title = Anmelden
signin-intro = Für Mitarbeitende des JMD und seiner Partner.
signin-submit = Anmelden
signin-forgot = Passwort vergessen?
signin-young-people = Du willst deine Anmeldungen sehen?
signin-failed = E-Mail-Adresse oder Passwort stimmt nicht.
sign-out = Abmelden
too-many-attempts = Zu viele Versuche. Bitte in 15 Minuten noch einmal versuchen.
email-invalid = Bitte gib eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.
name-missing = Bitte gib einen Namen ein.
cross-site-refused = Diese Anfrage kam von einer anderen Website und wurde abgelehnt.

reset-title = Passwort zurücksetzen
reset-intro = Gib deine E-Mail-Adresse ein. Wir schicken dir einen Link, mit dem du ein neues Passwort festlegst. Der Link gilt eine Stunde.
reset-submit = Link schicken
reset-sent = Wenn es ein Konto mit dieser Adresse gibt, ist jetzt eine E-Mail unterwegs.
set-password-title = Passwort festlegen
set-password-submit = Passwort speichern
password-too-short = Das Passwort ist zu kurz.
password-mismatch = Die beiden Passwörter sind nicht gleich.
link-unknown = Dieser Link ist ungültig. Bitte fordere einen neuen an.
link-used = Dieser Link wurde schon benutzt. Bitte fordere einen neuen an.
link-expired = Dieser Link ist abgelaufen. Bitte fordere einen neuen an.

staff-home = Übersicht
staff-nav-label = Bereich für Mitarbeitende
staff-your-offers = Deine Angebote
staff-users = Konten
staff-audit = Protokoll
forbidden-title = Kein Zugriff
forbidden-text = Diese Seite ist für dein Konto nicht freigegeben.

invite-title = Jemanden einladen
invite-intro = Die Person bekommt eine E-Mail mit einem Link. Damit legt sie ihr Passwort fest. Der Link gilt 7 Tage.
invite-submit = Einladung schicken
invite-sent = Die Einladung ist unterwegs.
invite-exists = Für diese Adresse gibt es schon ein Konto.
accounts-title = Alle Konten
account-invited = eingeladen, noch kein Passwort
role-admin = Administration
role-staff = Mitarbeitende
role-partner = Partner

audit-when = Wann
audit-who = Wer
audit-what = Was

edit-offer-title = Angebot bearbeiten
edit-offer-public-page = Öffentliche Seite ansehen

me-title = Meine Anmeldungen
me-intro = Gib deine E-Mail-Adresse ein. Wir schicken dir einen Link zu deinen Anmeldungen. Du brauchst kein Passwort.
me-send-link = Link schicken
me-link-sent = Schau in dein E-Mail-Postfach. Der Link gilt 30 Minuten.
me-signed-in-as = Angemeldet mit
me-no-registrations = Du hast noch keine Anmeldungen.
me-open = Meine Anmeldungen öffnen

mail-reset-subject = Treffpunkt: neues Passwort
mail-reset-body = Hallo,

    jemand (hoffentlich du) möchte ein neues Passwort für Treffpunkt festlegen. Öffne diesen Link innerhalb einer Stunde:

    { $link }

    Wenn du das nicht warst, musst du nichts tun.
mail-invite-subject = Einladung zu Treffpunkt
mail-invite-body = Hallo { $name },

    { $inviter } hat dich zu Treffpunkt eingeladen, für { $organisation }. Dort tragt ihr eure Angebote für junge Menschen ein. Lege mit diesem Link dein Passwort fest (gültig 7 Tage):

    { $link }

    Danach meldest du dich hier an: { $login }
mail-magic-subject = Treffpunkt: deine Anmeldungen
mail-magic-body = Hallo,

    mit diesem Link siehst du deine Anmeldungen (gültig 30 Minuten):

    { $link }

    Wenn du das nicht warst, musst du nichts tun.

# Termine und Filter
agenda-later = Spätere Termine
agenda-empty = Keine Termine gefunden. Versuche es mit weniger Filtern.
filter-title = Filtern und suchen
filter-search = Suche
filter-district = Stadtteil
filter-category = Art
filter-language = Sprache beim Angebot
filter-age = Dein Alter
filter-from = Ab Datum
filter-to = Bis Datum
filter-free-places = Nur mit freien Plätzen
filter-any = Alle
filter-submit = Anzeigen
filter-reset = Filter löschen
filter-age-invalid = Bitte gib ein Alter zwischen 12 und 27 ein, zum Beispiel 16.
filter-date-invalid = Bitte gib ein Datum ein, zum Beispiel 2026-12-01.
organisation-intro = Angebote dieser Organisation, auch gemeinsam mit Partnern.

# Angebote anlegen
new-offer-title = Neues Angebot
offer-form-has-errors = Bitte prüfe die markierten Felder. Alles andere bleibt, wie du es geschrieben hast.
offer-field-title = Titel (Deutsch)
offer-field-description = Beschreibung
offer-field-min-age = Alter von
offer-field-max-age = Alter bis
offer-field-capacity = Plätze
offer-field-capacity-hint = Leer lassen, wenn die Zahl nicht begrenzt ist.
offer-field-network-share = Plätze pro Stunde aus einem WLAN oder Netz, in Prozent
offer-field-network-share-hint = Wie viel Prozent der Plätze Anmeldungen aus einem Netz (zum Beispiel dem WLAN einer Schule) in einer Stunde bekommen. Leer: 50. Für eine Schulklasse, die gemeinsam anmeldet, zum Beispiel 100.
offer-field-first-date = Erster Termin
offer-field-start = Beginn
offer-field-end = Ende
offer-field-repeat = Wiederholung
offer-repeat-once = Einmalig
offer-repeat-weekly = Jede Woche
offer-repeat-fortnightly = Alle zwei Wochen
offer-field-count = Anzahl der Termine
offer-field-publish = Gleich veröffentlichen
offer-save = Angebot speichern
offer-error-title-missing = Bitte gib einen Titel ein.
offer-error-too-long = Dieser Text ist zu lang.
offer-error-choose = Bitte wähle etwas aus.
offer-error-ages-youth = Angebote für junge Menschen gelten für 12 bis 27 Jahre.
offer-error-ages-order = Das Alter bis muss größer sein als das Alter von.
offer-error-number = Bitte gib eine Zahl ein.
offer-error-capacity = Bitte gib eine Zahl ab 1 ein, oder lass das Feld leer.
offer-error-network-share = Bitte eine Zahl von 1 bis 100.
offer-error-date = Bitte wähle ein Datum.
offer-error-time = Bitte gib eine Uhrzeit ein, zum Beispiel 17:00.
offer-error-end-before-start = Das Ende muss nach dem Beginn liegen.
offer-error-count = Bitte gib 1 bis 52 Termine an.
offer-error-venue-site = Dieser Ort gehört nicht zum Standort der Organisation.
edit-offer-status = Status
offer-status-draft = Entwurf (nicht öffentlich)
offer-status-published = Veröffentlicht
offer-status-cancelled = Abgesagt
offer-publish = Veröffentlichen
offer-cancel = Angebot absagen
offer-cancel-explained = Eine Absage nimmt das Angebot und alle kommenden Termine von der Seite.
offer-repeat-monthly = Jeden Monat (gleicher Wochentag, z. B. 2. Dienstag)
offer-field-except = Termine, die ausfallen
offer-field-except-hint = Zum Beispiel Schulferien: Daten wie 2026-12-29, durch Komma getrennt.
offer-error-except = Bitte schreibe die Daten so: 2026-12-29, 2027-01-05.
session-cancel = Nur diesen Termin absagen
offer-cancelled-notice = Dieses Angebot wurde abgesagt. Schau dir die anderen Angebote an.

## Offer editor: details, dates, copies
copy-offer-title = Angebot kopieren
offer-details = Angaben zum Angebot
offer-duplicate = Als neues Angebot kopieren
offer-flag-saved = Gespeichert.
offer-flag-gone = Das ging nicht: Das Angebot oder der Termin hat sich inzwischen geändert. Bitte prüf die Angaben.
offer-audience-youth = Junge Menschen
offer-field-title-plain = Titel
offer-field-focus = Besonders für
offer-focus-choice-everyone = Alle
offer-focus-choice-girls = Mädchen und junge Frauen
offer-field-cohosts = Zusammen mit
offer-field-cohosts-hint = Andere Organisationen, die das Angebot mit veranstalten.
offer-field-contact-name = Ansprechperson
offer-field-contact-email = E-Mail der Ansprechperson
offer-field-contact-phone = Telefon der Ansprechperson
offer-field-registration = Anmeldung
offer-registration-none = Ohne Anmeldung: einfach vorbeikommen
offer-registration-series = Einmal anmelden für alle Termine
offer-registration-session = Für jeden Termin einzeln anmelden
offer-field-registration-opens = Anmeldung ab
offer-field-registration-closes = Anmeldung bis
offer-field-registration-window-hint = Leer lassen: Anmeldung ab sofort und bis zum Beginn.
offer-programme-none = Zu keinem Programm
offer-section-what = Was
offer-section-translations = Titel und Beschreibung in anderen Sprachen
offer-translations-hint = Junge Menschen sehen den Text in ihrer Sprache, wenn es ihn gibt. Sonst sehen sie den deutschen Text.
offer-section-who = Wer
offer-section-where = Wo
offer-section-taking-part = Teilnehmen
offer-section-when = Wann
offer-error-capacity-taken = Es sind schon mehr Plätze vergeben. Bitte gib mindestens so viele Plätze an.
offer-error-email = Bitte gib eine E-Mail-Adresse ein, zum Beispiel name@beispiel.de.
offer-error-moment = Bitte wähl Datum und Uhrzeit.
offer-error-window-order = Das Ende der Anmeldung muss nach ihrem Beginn liegen.
offer-error-window-after-offer = Die Anmeldung muss vor dem letzten Termin enden.
series-retime-title = Uhrzeit aller kommenden Termine ändern
series-retime-hint = Alle kommenden Termine bekommen die neue Uhrzeit. Das Datum bleibt.
series-retime-save = Alle kommenden Termine ändern
session-move-title = Nur diesen Termin verschieben
session-move = Termin verschieben
session-field-date = Datum
session-add-title = Einen Termin hinzufügen
session-add = Termin hinzufügen

## Programme editor
staff-programmes = Programme
programmes-empty = Es gibt noch keine Programme.
programme-offer-count = { $count ->
    [one] 1 Angebot
   *[other] { $count } Angebote
}
programme-new = Neues Programm
programme-edit = Programm bearbeiten
programme-field-starts = Erster Tag
programme-field-ends = Letzter Tag
programme-save = Programm speichern
programme-error-end-before-start = Der letzte Tag muss nach dem ersten Tag liegen.
programme-error-too-long = Ein Programm dauert höchstens 120 Tage.
programme-offers = Angebote im Programm
programme-offers-none = Noch keine Angebote im Programm.
programme-offers-add = Angebote hinzufügen
programme-offer-change = Ändern
programme-offer-add = Hinzufügen
programme-offer-remove = Herausnehmen
offer-contact = Ansprechperson
offer-registration-opens-at = Anmeldung ab { $when }
offer-registration-closes-at = Anmeldung bis { $when }
offer-places-full = Alle Plätze sind vergeben. Du kannst auf die Warteliste.
offer-places-free = { $free ->
    [one] Noch 1 Platz frei
   *[other] Noch { $free } Plätze frei
} (von { $count })
field-site = Standort (JMD)

## Registration
register-title = Anmelden
register-intro = Das dauert nur eine Minute. Wir fragen nur, was wir für dieses Angebot brauchen.
register-field-first-name = Vorname
register-field-email = E-Mail-Adresse (deine oder die deiner Eltern)
register-field-birth-year = Geburtsjahr
register-field-birth-year-hint = Zum Beispiel 2009
register-field-parent-email = E-Mail-Adresse von Mutter oder Vater
register-field-parent-email-hint = Nur wenn du 16 oder jünger bist: Deine Eltern bekommen eine E-Mail und sagen Ja oder Nein.
register-field-parent-lang = Sprache für deine Eltern (für ihre E-Mail)
register-field-phone = Telefon (freiwillig)
register-field-needs = Was sollen wir wissen? (freiwillig)
register-field-needs-hint = Zum Beispiel: Rollstuhl, Allergie, ich bringe meine Schwester mit.
register-field-gender = Geschlecht (freiwillig, nur für unsere Statistik)
register-gender-none = Keine Angabe
register-gender-female = weiblich
register-gender-male = männlich
register-gender-diverse = divers
register-field-date = Termin
register-field-privacy = Ich habe den Datenschutz-Hinweis gelesen.
register-privacy-text = Wir speichern deine Angaben nur für dieses Angebot und löschen sie { $months ->
        [one] einen Monat
       *[other] { $months } Monate
    } nach dem letzten Termin. Nur das Team des Angebots sieht sie. Wir geben sie nicht weiter.
register-field-photo = Fotos von mir bei dem Angebot sind erlaubt (freiwillig).
register-field-health-consent = Ich bin einverstanden, dass das Team das, was ich oben schreibe, für dieses Angebot nutzt – auch wenn es um meine Gesundheit geht. (Nur nötig, wenn du oben etwas schreibst. Bist du unter 16, fragen wir auch deine Eltern.)
register-error-health-consent = Du hast oben etwas geschrieben, das wir wissen sollen. Bitte kreuz an, dass wir es nutzen dürfen, oder lösch den Text.
register-submit = Jetzt anmelden
register-error-name = Bitte schreib deinen Vornamen.
register-error-birth-year = Bitte schreib dein Geburtsjahr mit vier Ziffern, zum Beispiel 2009.
register-error-phone = Bitte schreib nur Ziffern, Leerzeichen und + in die Telefonnummer.
register-error-privacy = Bitte bestätige, dass du den Datenschutz-Hinweis gelesen hast.
register-error-parent-email = Du bist 16 oder jünger. Bitte schreib die E-Mail-Adresse von Mutter oder Vater.
register-not-open = Für dieses Angebot kann man sich nicht anmelden.
register-drop-in = Ohne Anmeldung: Komm einfach vorbei.
register-not-yet = Die Anmeldung hat noch nicht begonnen.
register-closed = Die Anmeldung ist vorbei.
register-too-young = Dieses Angebot ist für Ältere.
register-too-old = Dieses Angebot ist für Jüngere.
register-already = Mit diesem Vornamen und dieser E-Mail-Adresse gibt es schon eine Anmeldung. Wir haben den Link noch einmal an diese Adresse geschickt.
register-link-sent = Danke! Wir haben eine E-Mail an die angegebene Adresse geschickt. Darin steht, wie es weitergeht, mit dem Link zur Anmeldung.
register-limited = Für diese Adresse kamen gerade sehr viele Anmeldungen. Bitte versuche es in einer Stunde noch einmal oder frag das JMD-Team.
registration-burst = Aus demselben Netz kamen gerade sehr viele Anmeldungen. Deshalb stehst du erst einmal auf der Warteliste; das Team schaut sich das an.
registration-title = Deine Anmeldung
# Siblings share a parent's address: the page says whose registration it is.
registration-for = Angemeldet ist: { $name }
registration-confirmed = Du bist angemeldet.
registration-waitlisted = Du bist auf der Warteliste, auf Platz { $position }. Wenn ein Platz frei wird, bekommst du eine E-Mail.
registration-awaiting-consent = Wir haben deinen Platz reserviert. Deine Eltern haben eine E-Mail bekommen. Wenn sie Ja sagen, bist du angemeldet.
registration-cancelled = Diese Anmeldung ist abgesagt.
registration-cancel = Anmeldung absagen
registration-cancel-hint = Du kannst nicht kommen? Sag bitte ab. Dann bekommt jemand anderes deinen Platz.
registration-keep-link = Speichere diese Seite. Den Link haben wir dir auch per E-Mail geschickt.
registration-offer-link = Zum Angebot
consent-title = Zustimmung der Eltern
consent-intro = { $name } möchte an diesem Angebot teilnehmen. Weil { $name } 16 Jahre oder jünger ist, fragen wir Sie.
consent-what = Was
consent-when = Wann
consent-photos = Fotos bei dem Angebot
consent-photos-yes = { $name } möchte, dass Fotos erlaubt sind.
consent-photos-no = Keine Fotos.
consent-photos-parent = Ja, Fotos von { $name } bei dem Angebot sind erlaubt (freiwillig).
consent-text = Mit Ja stimmen Sie zu, dass wir für dieses Angebot den Vornamen, die E-Mail-Adresse und das Geburtsjahr von { $name } speichern und, wenn { $name } sie angegeben hat, Telefon, Geschlecht, was wir wissen sollen (das kann die Gesundheit betreffen; mit Ja willigen Sie ausdrücklich ein, dass wir es nur nutzen, damit { $name } gut teilnehmen kann). Fotos erlauben Sie nur mit dem Kästchen unten. Sie können Nein sagen und jede Zustimmung später zurücknehmen. Wir löschen die Angaben { $months ->
        [one] einen Monat
       *[other] { $months } Monate
    } nach dem letzten Termin.
consent-yes = Ja, ich stimme zu
consent-no = Nein
consent-done-yes = Danke. { $name } ist angemeldet.
consent-done-no = Danke für Ihre Antwort. Die Anmeldung ist abgesagt.
consent-answered = Diese Anfrage ist schon beantwortet oder abgelaufen.

## Messages
mail-confirmed-subject = Du bist angemeldet: { $offer }
mail-confirmed-body = Hallo { $name },

    du bist angemeldet für: { $offer }
    Wann: { $when }
    Wo: { $where }

    Deine Anmeldung ansehen oder absagen: { $link }
    Alle deine Anmeldungen: { $me }

    Bis bald!
mail-waitlisted-subject = Warteliste: { $offer }
mail-waitlisted-body = Hallo { $name },

    alle Plätze für „{ $offer }“ sind vergeben. Du bist auf der Warteliste.
    Wenn ein Platz frei wird, schreiben wir dir.

    Deine Anmeldung ansehen oder absagen: { $link }
    Alle deine Anmeldungen: { $me }
mail-promoted-subject = Ein Platz ist frei: { $offer }
mail-promoted-body = Hallo { $name },

    gute Nachricht: Ein Platz ist frei geworden. Du bist jetzt angemeldet für: { $offer }
    Wann: { $when }
    Wo: { $where }

    Du kannst nicht kommen? Bitte sag ab: { $link }
    Alle deine Anmeldungen: { $me }
mail-awaiting-consent-subject = Wir fragen deine Eltern: { $offer }
mail-awaiting-consent-body = Hallo { $name },

    wir haben einen Platz für dich reserviert: { $offer }
    Deine Eltern haben eine E-Mail bekommen. Wenn sie Ja sagen, bist du angemeldet.

    Deine Anmeldung: { $link }
mail-consent-request-subject = Bitte um Ihre Zustimmung: { $name } möchte teilnehmen
mail-consent-request-body = Guten Tag,

    { $name } möchte an diesem Angebot teilnehmen: { $offer }
    Wann: { $when }
    Wo: { $where }

    Weil { $name } 16 Jahre oder jünger ist, brauchen wir Ihre Zustimmung.
    Hier sehen Sie alles und können Ja oder Nein sagen: { $link }

    Der Platz ist 3 Tage für { $name } reserviert.
mail-consent-expired-subject = Anmeldung abgelaufen: { $offer }
mail-consent-expired-body = Hallo { $name },

    deine Eltern haben nicht rechtzeitig geantwortet. Deshalb ist deine Anmeldung für „{ $offer }“ abgesagt.
    Du kannst dich gern noch einmal anmelden.
mail-cancelled-subject = Abgesagt: { $offer }
mail-cancelled-body = Hallo { $name },

    deine Anmeldung für „{ $offer }“ ist abgesagt.

    Deine Anmeldung: { $link }
    Alle deine Anmeldungen: { $me }
mail-already-subject = Deine Anmeldung: { $offer }
mail-already-body = Hallo { $name },

    jemand wollte sich mit deiner E-Mail-Adresse für „{ $offer }“ anmelden. Du bist schon angemeldet.
    Deine Anmeldung ansehen oder absagen: { $link }
cancel-note = Nachricht an die Angemeldeten (freiwillig)
cancel-note-hint = Alle Angemeldeten bekommen eine E-Mail. Dein Text steht darin, zum Beispiel ein Ersatztermin.
session-cancel-confirm = Termin absagen
mail-offer-cancelled-subject = Abgesagt: { $offer }
mail-offer-cancelled-body = Hallo { $name },

    leider ist „{ $offer }“ abgesagt. Alle Termine fallen aus.

    { $note }
mail-session-cancelled-subject = Termin fällt aus: { $offer }
mail-session-cancelled-body = Hallo { $name },

    der Termin { $when } von „{ $offer }“ fällt aus. Die anderen Termine bleiben.

    { $note }

## Participants (staff)
participants-title = Angemeldete
participants-flag-saved = Gespeichert.
participants-flag-gone = Das ging nicht: Die Anmeldung hat sich inzwischen geändert.
participants-flag-full = Es ist kein Platz frei. Erhöh die Plätze oder sag eine Anmeldung ab.
participants-flag-message-sent = Die Nachricht ist unterwegs.
participants-flag-message-empty = Bitte schreib einen Betreff und einen Text.
participants-status-confirmed = Angemeldet
participants-status-awaiting_consent = Warten auf die Eltern
participants-status-waitlisted = Warteliste
participants-status-cancelled = Abgesagt
participants-csv = Liste als Tabelle herunterladen (CSV)
participants-add = Jemanden anmelden (zum Beispiel vor Ort)
participants-add-submit = Anmelden
participants-message = Nachricht an alle Angemeldeten
participants-message-subject = Betreff
participants-message-body = Text
participants-message-send = Nachricht senden
participants-actions = Aktionen
participants-move-up = Jetzt aufnehmen
participants-cancel = Absagen
participants-cancel-reason = Grund (freiwillig)
participants-registered-at = Angemeldet am
participants-flag-consent-saved = Die Einwilligung ist eingetragen.
participants-consent = Einwilligung der Eltern
participants-consent-link = Über den Link, am { $date }
participants-consent-paper = Auf Papier: { $name }, unterschrieben am { $date }, Formular { $form }
participants-consent-record = Einwilligung auf Papier eintragen
participants-typed-parent = Im Formular stand eine andere Elternadresse: { $email }. Sie wurde nicht angefragt. Prüf, welche Adresse stimmt, bevor du die Einwilligung einträgst.
participants-burst = Warteliste, weil innerhalb einer Stunde viele Anmeldungen aus einem Netz kamen. Bitte prüfen und bei Bedarf aufnehmen.
participants-correct = Angaben korrigieren
participants-field-lang = Sprache der Nachrichten
participants-field-parent-lang = Sprache der Eltern
participants-correct-hint = Vorname und E-Mail-Adresse bleiben: Daran erkennt man die Person. Die Änderung steht im Protokoll.
participants-correct-submit = Korrektur speichern
participants-flag-corrected = Die Angaben sind korrigiert.
consent-paper-signed-by = Unterschrieben von (Name der Mutter, des Vaters oder der sorgeberechtigten Person)
consent-paper-signed-on = Unterschrieben am
consent-paper-form = Formular (Name oder Version)
consent-paper-form-hint = Wie es auf dem Formular steht, zum Beispiel „Einwilligung JMD 2026-03“.
consent-paper-photos = Das Formular erlaubt auch Fotos.
consent-paper-submit = Einwilligung eintragen
consent-paper-error-signed-by = Bitte schreib, wer unterschrieben hat.
consent-paper-error-signed-on = Bitte gib das Datum der Unterschrift an: heute oder in den letzten 12 Monaten.
consent-paper-error-form = Bitte gib an, welches Formular unterschrieben wurde.
answer-yes = ja
answer-no = nein

## Undeliverable mail (admins)
outbox-title = Nicht zugestellte E-Mails
outbox-intro = Diese Nachrichten hat der Mailserver nicht angenommen. Wenn die Ursache behoben ist (zum Beispiel eine falsche Adresse oder Zugangsdaten), kannst du es noch einmal versuchen.
outbox-none-failed = Alle Nachrichten wurden zugestellt.
outbox-error = Fehler
outbox-attempts = { $count ->
    [one] 1 Versuch
   *[other] { $count } Versuche
}
outbox-retry = Noch einmal senden
outbox-retried = Die Nachricht wird gleich noch einmal gesendet.

## Calendar
calendar-add = Zum Kalender hinzufügen
calendar-subscribe = Im Kalender abonnieren
calendar-alarm = In 2 Stunden geht es los.
mail-date-changed-subject = Neue Zeit: { $offer }
mail-date-changed-body = Hallo { $name },

    ein Termin von „{ $offer }“ hat eine neue Zeit. Dein Kalender bekommt die neue Zeit mit dieser E-Mail.
    Wo: { $where }

    Deine Anmeldung: { $link }
mail-reminder-day-subject = Morgen: { $offer }
mail-reminder-day-body = Hallo { $name },

    morgen geht es los: { $offer }
    Wann: { $when }
    Wo: { $where }

    Du kannst nicht kommen? Bitte sag ab: { $link }
mail-reminder-hours-subject = Gleich: { $offer }
mail-reminder-hours-body = Hallo { $name },

    in zwei Stunden geht es los: { $offer }
    Wann: { $when }
    Wo: { $where }

    Du kannst nicht kommen? Bitte sag ab: { $link }
offer-field-remind-day = Erinnerung per E-Mail einen Tag vor jedem Termin
offer-field-remind-hours = Erinnerung per E-Mail zwei Stunden vor jedem Termin
me-feed-title = Deine Termine im Kalender
me-feed-intro = Mit diesem Link zeigt dein Handy-Kalender alle deine Termine, auch wenn sich eine Zeit ändert. Gib den Link niemandem weiter.
me-feed-new = Neuen Kalender-Link erstellen

## Einstellungen des Standorts (Fachkräfte)
site-mail-title = Absender der E-Mails
site-mail-intro = Diesen Namen sehen die Teilnehmenden in ihrem Postfach. Wenn sie auf eine Nachricht antworten, geht die Antwort an die Antwort-Adresse. Lass ein Feld leer, dann gilt die Einstellung dieses Treffpunkt-Servers.
site-mail-from-name = Name des Absenders
site-mail-from-name-hint = Zum Beispiel: JMD Köln
site-mail-from-address = Adresse des Absenders
site-mail-from-address-hint = Nur eine Adresse, für die euer Mailserver senden darf. Frag eure IT.
site-mail-reply-to = Antwort-Adresse
site-mail-reply-to-hint = Zum Beispiel das Postfach eures Teams: jmd@example.org
site-mail-save = Speichern
site-mail-error-name = Bitte schreib einen Namen mit höchstens 80 Zeichen, in einer Zeile.

## Erklärung zur Barrierefreiheit und Hinweis zur Übersetzung
translation-note = Diese Seite wurde mit Hilfe einer Maschine übersetzt. Eine Muttersprachlerin oder ein Muttersprachler hat sie noch nicht geprüft.
translation-note-link = Hilf uns, sie besser zu machen
accessibility-title = Erklärung zur Barrierefreiheit
accessibility-scope = Diese Erklärung gilt für die Website Treffpunkt unter { $url }.
accessibility-status-heading = Wie barrierefrei ist diese Website?
accessibility-status = Diese Website ist teilweise barrierefrei. Sie folgt den Regeln der BITV 2.0 und der WCAG 2.1 Stufe AA, mit den Lücken unten.
accessibility-gaps-heading = Was ist noch nicht barrierefrei?
accessibility-gap-translations = Die Texte auf Arabisch, Ukrainisch, Farsi, Türkisch und Russisch wurden mit Hilfe einer Maschine geschrieben. Muttersprachler haben sie noch nicht geprüft.
accessibility-gap-tables = Einige Tabellen für Fachkräfte sind breit. Auf einem kleinen Bildschirm schiebst du sie zur Seite.
accessibility-method-heading = Wie haben wir das geprüft?
accessibility-method = Wir haben die Website am { $date } selbst geprüft: mit automatischen Tests (axe) auf jeder Seite in jeder Sprache, nur mit der Tastatur und auf einem kleinen Handy-Bildschirm.
accessibility-feedback-heading = Sag uns, was nicht geht
accessibility-feedback = Etwas funktioniert für dich nicht? Etwas ist schwer zu lesen oder zu benutzen? Bitte schreib uns. Wir antworten dir innerhalb von zwei Wochen.
accessibility-enforcement-heading = Wenn du mit unserer Antwort nicht zufrieden bist
accessibility-enforcement = Du kannst dich an die Schlichtungsstelle nach dem Behindertengleichstellungsgesetz wenden. Das kostet nichts.

## Offline
offline-title = Du bist offline
offline-text = Gerade gibt es keine Internetverbindung. Wenn du ein Formular geschickt hast: Es wurde nicht gesendet. Was du geschrieben hast, bleibt erhalten. Schick es noch einmal, wenn du wieder online bist.
offline-own-registrations = Meine Anmeldungen (auf diesem Handy gespeichert)

## Requests that cannot be read
unreadable-title = Das hat nicht geklappt
unreadable-text = Diese Anfrage können wir nicht lesen. Bitte zurückgehen und noch einmal versuchen.

# The person's own corrections on their registration page
registration-details = Meine Angaben ändern
registration-details-hint = Vorname und E-Mail-Adresse bleiben: Daran erkennen wir dich. Alles andere ändert das Team für dich.
registration-details-saved = Deine Angaben sind gespeichert.
registration-parent-on-file = Die Anfragen an deine Eltern gehen an { $email }. Diese Adresse ändert nur das Team.
registration-parent-hint = Nur nötig, wenn du noch keine 16 bist.
own-correction-ask-staff = Dieses Jahr kann nur das Team eintragen, weil dann deine Eltern nicht mehr gefragt werden. Bitte sprich das Team an.

# Site set-up: sites, partners, venues
form-error-missing = Bitte füll dieses Feld aus.
site-error-slug = Bitte nur Buchstaben, Ziffern und Bindestriche, höchstens 40 Zeichen.
site-error-slug-taken = Diese Adresse hat schon ein anderer Standort. Bitte wähle eine andere.
site-error-time-zone = Diese Zeitzone kennen wir nicht. Bitte im Format Kontinent/Stadt, zum Beispiel Europe/Berlin.
site-error-districts = Bitte höchstens 100 Stadtteile, jeder in einer eigenen Zeile und höchstens 60 Zeichen lang.
organisation-error-website = Bitte eine Webadresse, die mit https:// beginnt.
venue-error-no-districts = Dein Standort hat noch keine Stadtteile. Trag sie zuerst in den Einstellungen des Standorts ein.
organisation-contact = Kontakt
organisation-kind-jmd = Jugendmigrationsdienst
organisation-kind-school = Schule
organisation-kind-youth_centre = Jugendzentrum
organisation-kind-migrant_org = Migrantenorganisation
organisation-kind-sports_club = Sportverein
organisation-kind-jobcenter = Jobcenter
organisation-kind-municipal = Kommunales Integrationszentrum
organisation-kind-church = Kirchengemeinde
organisation-kind-welfare = Wohlfahrtsverband
organisation-kind-employer = Arbeitgeber
organisation-kind-culture = Kultur und Bildung
organisation-kind-other = Andere
site-settings-title = Standort
site-public-page = Öffentliche Seite ansehen
site-new-title = Neuer Standort
site-new-intro = Ein Standort ist ein Jugendmigrationsdienst mit eigener Adresse, eigenem Team und eigenen Angeboten. Danach legst du Partner und Orte an und lädst das Team ein.
site-field-state-choose = Bitte wählen
site-field-slug = Adresse der Seite
site-field-slug-hint = Der letzte Teil von /sites/…, zum Beispiel koeln. Leer: aus der Stadt gebildet. Bleibt danach gleich.
site-section-public = Für die Öffentlichkeit
site-field-name = Name
site-field-name-hint = So heißt der Standort auf jeder Seite, zum Beispiel JMD Köln.
site-field-city = Stadt
venue-field-street = Straße und Hausnummer
venue-field-postal-code = Postleitzahl
site-field-phone = Telefon
site-field-opening-hours = Öffnungszeiten
site-field-opening-hours-hint = Eine Zeile pro Tag, zum Beispiel: Mo–Do 9–16 Uhr
site-field-description = Kurze Beschreibung (Deutsch)
site-section-carrier = Träger (für das Impressum)
site-section-carrier-hint = Die Organisation, die den Jugendmigrationsdienst trägt, mit ihrer Anschrift.
site-field-carrier = Name des Trägers
site-field-carrier-address = Anschrift des Trägers
site-section-planning = Planung
site-field-state = Bundesland
site-field-state-hint = Schulferien und Feiertage richten sich danach.
site-field-districts = Stadtteile
site-field-districts-hint = Ein Stadtteil pro Zeile. Orte liegen in einem dieser Stadtteile; die Filter zeigen sie.
site-field-time-zone = Zeitzone
site-field-time-zone-hint = In Deutschland Europe/Berlin. Alle Zeiten des Standorts gelten in dieser Zone.
site-create = Standort anlegen
network-organisations = Partner
network-venues = Orte
network-organisation-new = Neuer Partner
network-venue-new = Neuer Ort
network-organisations-none = Noch keine Partner.
network-venues-none = Noch keine Orte.
organisation-field-kind = Art
network-archived = archiviert
network-edit = Bearbeiten
network-archive = Archivieren
network-archive-hint = Vergangene Angebote bleiben, wie sie sind. Für neue Angebote wird es nicht mehr angeboten.
network-restore = Wieder aufnehmen
network-restore-hint = Archiviert. Wieder aufgenommen steht es für neue Angebote zur Wahl.
network-public-page = Öffentliche Seite ansehen
organisation-field-website = Webseite
organisation-field-website-hint = Mit https:// am Anfang.
organisation-field-contact-hint = Telefon, E-Mail oder Anschrift des Büros – keine privaten Angaben.
venue-map-link = Auf OpenStreetMap ansehen
venue-field-name-hint = So finden junge Menschen den Ort, zum Beispiel Jugendzentrum Kalk, Raum 2.
venue-field-transit = Anfahrt mit Bus und Bahn
venue-field-transit-hint = Zum Beispiel: Linie 1 bis Kalk Post, dann 3 Minuten zu Fuß.
venue-section-access = Barrierefreiheit
venue-hearing-loop = Induktionsschleife
venue-field-notes = Hinweise zum Zugang
setup-title = Was noch fehlt
setup-details = Adresse, Träger, Bundesland und Stadtteile des Standorts eintragen
setup-no-venue = Noch kein Ort: Leg einen an.
setup-no-venue-partner = Noch kein Ort. Das Team des Standorts bestätigt, was du vorschlägst.
setup-no-partner = Noch keine Partnerorganisation: Schulen, Jugendzentren, Vereine eintragen
setup-no-staff = Noch kein Teammitglied: Lade das Team ein.
setup-no-offer = Noch kein Angebot: das erste Angebot anlegen
setup-no-site = Noch kein Standort.
sites-title = JMD in deiner Nähe
sites-intro = Hier bekommst du Beratung und findest Gruppen und Veranstaltungen. Komm vorbei oder schreib uns.
site-carrier-label = Träger
home-site-choice = Standort wählen
home-all-sites = Alle Standorte
translations-description-only = Beschreibung in anderen Sprachen

# Days off: public holidays, school holidays, closing days
holiday-new-year = Neujahr
holiday-good-friday = Karfreitag
holiday-easter-sunday = Ostersonntag
holiday-easter-monday = Ostermontag
holiday-labour-day = Tag der Arbeit
holiday-ascension = Christi Himmelfahrt
holiday-whit-sunday = Pfingstsonntag
holiday-whit-monday = Pfingstmontag
holiday-german-unity = Tag der Deutschen Einheit
holiday-christmas = 1. Weihnachtstag
holiday-boxing-day = 2. Weihnachtstag
holiday-epiphany = Heilige Drei Könige
holiday-womens-day = Internationaler Frauentag
holiday-corpus-christi = Fronleichnam
holiday-assumption = Mariä Himmelfahrt
holiday-childrens-day = Weltkindertag
holiday-reformation-day = Reformationstag
holiday-all-saints = Allerheiligen
holiday-repentance-day = Buß- und Bettag
offer-field-skip-days-off = Feiertage, Schulferien und Schließtage auslassen
offer-field-skip-days-off-hint = Nach dem Kalender des Bundeslands und den Schließtagen des Standorts. Ausgelassene Tage zählen bei der Anzahl der Termine mit.
offer-no-session = Kein Termin am { $date }: { $reason }
site-closing-days = Schließtage
site-closing-days-hint = Tage, an denen der Standort zu hat, zum Beispiel Brückentage oder Teamtage. Feiertage und Schulferien des Bundeslands kennt Treffpunkt schon.
site-closing-day-date = Tag
site-closing-day-reason = Grund
site-closing-day-add = Schließtag eintragen
site-closing-day-remove = Entfernen
site-closing-days-none = Keine Schließtage eingetragen.
closing-day-error-date = Bitte einen Tag ab heute, höchstens drei Jahre im Voraus.
closing-day-error-reason = Bitte einen kurzen Grund, höchstens 80 Zeichen.
school-holidays-autumn = Herbstferien
school-holidays-christmas = Weihnachtsferien
school-holidays-winter = Winterferien
school-holidays-easter = Osterferien
school-holidays-whitsun = Pfingstferien
school-holidays-summer = Sommerferien
school-holidays-other = schulfrei
network-proposed = vorgeschlagen
network-confirm = Bestätigen
venue-propose-title = Ort vorschlagen
venue-propose-intro = Das Team des Standorts prüft den Ort. Danach kannst du ihn für Angebote wählen.
venue-propose-link = Ort fehlt? Schlag einen vor.
venue-proposed-flash = Danke! Das Team des Standorts prüft den Ort. Danach kannst du ihn wählen.
setup-venue-proposals = Vorgeschlagene Orte warten auf Bestätigung

# Offers as staff describe them: cost, what to bring, meeting point, several days
offer-field-cost = Kosten in Euro
offer-field-cost-hint = Leer lassen, wenn es kostenlos ist. Zum Beispiel 5 oder 12,50. Junge Menschen lesen dazu, dass sie nach Unterstützung fragen können.
offer-error-cost = Bitte einen Betrag wie 5 oder 12,50, höchstens 1000 Euro.
offer-cost = Kosten
offer-cost-free = Kostenlos
offer-cost-amount = { $euros },{ $cents } Euro
offer-cost-support = Ist das zu viel für dich? Frag uns nach Unterstützung.
offer-field-bring = Mitbringen
offer-field-bring-hint = Zum Beispiel: Sportschuhe, Trinkflasche.
offer-bring = Mitbringen
offer-field-meeting-point = Treffpunkt vor Ort
offer-field-meeting-point-hint = Nur wenn ihr euch nicht am Ort selbst trefft, zum Beispiel: Haupteingang Hauptbahnhof.
offer-meeting-point = Wir treffen uns
offer-field-end-date = Letzter Tag
offer-field-end-date-hint = Nur für einen Termin über mehrere Tage, zum Beispiel eine Fahrt von Freitag bis Sonntag. Das Ende gilt dann am letzten Tag.
offer-error-end-date = Der letzte Tag ist der erste Tag oder später, höchstens 14 Tage danach.
offer-error-end-date-series = Termine über mehrere Tage gibt es nur ohne Wiederholung.
offer-field-visibility = Wer das Angebot findet
offer-field-visibility-hint = Netzwerktreffen und Arbeitskreise sehen nur Team und Partner. Mit Einladungslink: nur wer den Link hat.
offer-visibility-public = Alle (öffentlich)
offer-visibility-partners = Nur Team und Partner
offer-visibility-invited = Nur mit Einladungslink
offer-invitation-link = Einladungslink zum Weitergeben:
agenda-from-time = ab { $time }
agenda-until-time = bis { $time }
agenda-all-day = ganztägig

# Trips with a night away
offer-field-overnight = Mit Übernachtung (Fahrt, Freizeit)
offer-field-overnight-hint = Die Anmeldung fragt dann nach einem Notfallkontakt. Für alle unter 18 trägst du die Einverständniserklärung der Eltern auf Papier in der Teilnehmendenliste ein.
offer-overnight = Übernachtung
offer-overnight-text = Wir übernachten auswärts. Bei der Anmeldung fragen wir nach einem Notfallkontakt. Wer unter 18 ist, braucht eine Einverständniserklärung der Eltern auf Papier: Das Formular bekommst du von uns.
register-field-emergency-contact = Notfallkontakt
register-field-emergency-contact-hint = Name und Telefonnummer einer Person, die wir während der Fahrt anrufen können.
register-error-emergency-contact = Bitte gib einen Namen und eine Telefonnummer für Notfälle an.
registration-trip-consent = Für diese Fahrt brauchen wir die Einverständniserklärung deiner Eltern auf Papier. Bring sie unterschrieben spätestens zur Abfahrt mit; das Formular bekommst du bei uns.
participants-trip-consent-paper = Fahrt: Einverständnis auf Papier von { $name }, unterschrieben am { $date }, Formular { $form }
participants-trip-consent-missing = Fahrt: Einverständnis der Eltern auf Papier fehlt noch
participants-trip-consent-record = Einverständnis für die Fahrt eintragen
participants-photo-consent-record = Ja der Eltern zu Fotos eintragen
participants-needs-wait-parent = Erst nach dem Ja der Eltern sichtbar (kann die Gesundheit betreffen)
participants-photos-allowed = Fotos: erlaubt
participants-photos-refused = Fotos: nicht erlaubt
participants-photos-parent-missing = Fotos: Ja der Eltern fehlt noch
staff-done-created = Der Standort ist angelegt. Die Liste unten zeigt, was noch fehlt.
staff-done-welcome = Dein Passwort ist gespeichert. Willkommen bei Treffpunkt!

# Retention
site-section-privacy = Datenschutz: wie lange wir Daten aufbewahren
site-section-privacy-hint = Danach löscht Treffpunkt die Daten von selbst, einmal am Tag. Die Datenschutzhinweise nennen diese Zeiten.
site-field-keep-months = Anmeldungen: Monate nach dem letzten Termin
site-field-keep-months-hint = 1 bis 36; leer: 6.
site-field-keep-days = Gesendete Nachrichten: Tage
site-field-keep-days-hint = 1 bis 365; leer: 30.
site-error-period = Bitte gib eine ganze Zahl im genannten Bereich an.

# My data
own-data-title = Meine Daten
own-data-intro = Hier siehst du alles, was wir über dich speichern. Du kannst es herunterladen, dein Ja zu Fotos zurücknehmen oder alles löschen.
own-data-of = Daten von { $name }
own-data-what = Das speichern wir, so wie es bei uns steht. Nachrichten bewahren wir nur kurz auf, Anmeldungen bis einige Monate nach dem letzten Termin.
own-data-download = Alles herunterladen (JSON)
own-data-photos-text = Du hast Fotos erlaubt. Du kannst das jederzeit zurücknehmen.
own-data-photos-withdraw = Keine Fotos mehr
own-data-delete-title = Alles löschen
own-data-delete-warning = Das löscht alles über { $name }. Laufende Anmeldungen werden abgesagt: Die Plätze gehen an die Nächsten auf der Warteliste. Das kann man nicht rückgängig machen.
own-data-delete-confirm = Ja, alles löschen
own-data-delete = Endgültig löschen
own-data-delete-all-warning = Alle hier löschen: { $names }. Laufende Anmeldungen werden abgesagt, die Plätze gehen an die Nächsten auf der Warteliste. Das kann man nicht rückgängig machen.
own-data-delete-all = Alle endgültig löschen
own-data-deleted = Gelöscht. Wir haben nichts mehr über diese Person gespeichert.
own-data-flag-photos-withdrawn = Erledigt: keine Fotos mehr.
own-data-flag-confirm-missing = Bitte kreuze „Ja, alles löschen“ an, wenn du wirklich alles löschen willst.
own-data-table-participants = Angaben zur Person
own-data-table-registrations = Anmeldungen
own-data-table-reminders-sent = Erinnerungen
own-data-table-calendar-feeds = Kalender-Abo
own-data-table-outbox = Nachrichten an diese Adresse

# People (requests about personal data)
people-title = Personen
people-intro = Für Anfragen am Telefon oder vor Ort: Wer wissen will, was wir speichern, oder gelöscht werden möchte. Jeder Blick in die Daten einer Person steht im Protokoll.
people-search = E-Mail-Adresse oder Vorname
people-search-hint = Die ganze Adresse (auch die der Eltern) oder der Anfang des Vornamens.
people-search-submit = Suchen
people-none = Niemand gefunden.
people-registrations = { $count ->
        [one] 1 Anmeldung
       *[other] { $count } Anmeldungen
    }

# Legal pages
legal-privacy = Datenschutzerklärung
legal-imprint = Impressum
legal-choose-site = Für welchen Standort?
legal-controller-title = Wer ist verantwortlich?
legal-controller-text = Verantwortlich für { $site } ist der Träger:
legal-dpo = Datenschutzbeauftragte Stelle:
legal-dpo-none = Fragen zum Datenschutz an:
legal-what-title = Was wir speichern, wozu und wie lange
legal-what-registration = Wenn du dich anmeldest: Vorname, E-Mail-Adresse, Geburtsjahr und Sprache; freiwillig Telefon, Geschlecht, was wir wissen sollen und ob Fotos erlaubt sind; bei Fahrten mit Übernachtung ein Notfallkontakt. Wozu: damit du am Angebot teilnehmen kannst (Jugendhilfe als öffentliche Aufgabe, Art. 6 Abs. 1 e DSGVO). Wie lange: bis { $months ->
        [one] einen Monat
       *[other] { $months } Monate
    } nach dem letzten Termin.
legal-what-parents = Bist du 16 oder jünger: die E-Mail-Adresse und Sprache deiner Eltern und ob und wann sie zugestimmt haben (Einwilligung, Art. 6 Abs. 1 a DSGVO). Was du uns über deine Gesundheit schreibst, nutzen wir nur, damit du gut teilnehmen kannst, und nur mit Einwilligung (Art. 9 Abs. 2 a DSGVO). Wie lange: wie die Anmeldung.
legal-what-consents = Fotos nur mit Ja: Bist du unter 18, brauchen wir auch das Ja deiner Eltern, und ab 14 immer auch deins. Was wir über deine Gesundheit wissen sollen, nutzen wir nur mit deiner ausdrücklichen Einwilligung, unter 16 mit der deiner Eltern (Art. 9 Abs. 2 a DSGVO). Jede Einwilligung speichern wir mit Fassung und Sprache ihres Textes, solange die Anmeldung gespeichert ist.
legal-what-audit = Muss ein Geldgeber eine Teilnahmeliste prüfen (Verwendungsnachweis), bewahren wir sie bis zum Ende der Prüfung auf, höchstens zehn Jahre (Art. 6 Abs. 1 c DSGVO). Verlangst du in dieser Zeit die Löschung, sperren wir deine Angaben: Niemand nutzt sie mehr, und wir löschen sie, sobald die Prüfung vorbei ist (Art. 17 Abs. 3 b und Art. 18 DSGVO).
legal-what-figures = Bevor wir löschen, zählen wir ohne Namen, wie viele Anmeldungen es je Monat, Angebot, Bereich, Stadtteil, Geschlecht und Altersgruppe gab. Diese Zahlen behalten wir für Berichte; Zahlen unter 5 geben wir nicht heraus.
legal-what-messages = Nachrichten, die wir dir schicken (Bestätigungen, Erinnerungen, Links): { $days } Tage. Zum Schutz vor Missbrauch verschlüsselte Zähler zu Adressen und Netzen, höchstens einen Tag, und ein Protokoll, wer im Team was geändert hat, zwei Jahre (berechtigtes Interesse, Art. 6 Abs. 1 f DSGVO).
legal-who-title = Wer die Daten sieht
legal-who-text = Nur das Team von { $site } und die Partnerorganisation, die das Angebot durchführt. Wir geben nichts weiter und verkaufen nichts.
legal-processors = Technische Dienstleister, die in unserem Auftrag arbeiten:
legal-none-text = Keine Werbung, kein Tracking. Cookies nur für die Sprache, den Standort und die Anmeldung. Die Seiten laden nichts von anderen Servern.
legal-rights-title = Deine Rechte
legal-rights-text = Du kannst jederzeit sehen, was wir speichern, es herunterladen, berichtigen lassen und löschen: unter „Meine Anmeldungen“ mit einem Link an deine E-Mail-Adresse, oder beim Team. Eine Einwilligung kannst du jederzeit zurücknehmen. Du kannst dich bei der Datenschutzaufsicht deines Bundeslandes beschweren.
legal-imprint-text = Angaben nach § 5 DDG. Anbieter dieser Seiten für { $site }:
legal-contact = Kontakt
site-field-privacy-contact = Datenschutzbeauftragte Stelle (Name und Kontakt)
site-field-processors = Technische Dienstleister (Auftragsverarbeitung)
site-field-processors-hint = Zum Beispiel: Hosting bei …, E-Mail-Versand über … Steht so in der Datenschutzerklärung.

# Consent records
own-data-table-consents = Einwilligungen
consent-field-purpose = Wofür
consent-field-given-by = Von wem
consent-field-method = Wie
consent-field-given-at = Wann
consent-field-withdrawn-at = Zurückgenommen am
consent-field-text-version = Fassung des Textes
consent-purpose-privacy-notice = Datenschutzhinweis gelesen
consent-purpose-parent = Zustimmung der Eltern
consent-purpose-photos = Fotos
consent-purpose-trip-paper = Fahrt: Einverständnis auf Papier
consent-purpose-health-needs = Angaben, die die Gesundheit betreffen können
consent-given-by-self = selbst
consent-given-by-parent = Eltern
consent-given-by-staff = Team
consent-method-online = online
consent-method-paper = auf Papier
consent-method-in-person = persönlich

# Privacy in operation (admins)
privacy-admin-title = Datenschutz im Betrieb
privacy-admin-next-run = Der nächste tägliche Lauf würde löschen:
privacy-admin-record = Verzeichnis der Verarbeitungstätigkeiten (Art. 30 DSGVO)
privacy-admin-record-hint = Aus dem Verzeichnis im Code: jede Spalte mit personenbezogenen Daten, in dessen Worten (Englisch).
privacy-admin-record-csv = Als Tabelle herunterladen
hold-title = Für eine Prüfung aufbewahren
hold-intro = Nach dem letzten Termin löschen wir die Anmeldungen, sobald die Frist des Standorts vorbei ist. Will ein Geldgeber die Liste später prüfen (Verwendungsnachweis), bewahre sie bis zum Ende der Prüfung auf. Solange wird gesperrt statt gelöscht, wer die Löschung verlangt.
hold-reason = Welche Prüfung?
hold-reason-hint = Zum Beispiel „Verwendungsnachweis KJP 2026“. Bitte keine Namen.
hold-until = Aufbewahren bis
hold-until-hint = Der letzte Tag, an dem die Liste gebraucht wird; höchstens zehn Jahre.
hold-submit = Liste aufbewahren
hold-active = Diese Liste wird bis einschließlich { $date } aufbewahrt: { $reason }. Danach löscht der tägliche Lauf, was über seiner Frist ist.
hold-end = Aufbewahrung jetzt beenden
hold-error-reason = Bitte schreib, für welche Prüfung die Liste aufbewahrt wird.
hold-error-until = Bitte gib einen Tag nach heute an, höchstens zehn Jahre im Voraus.
participants-flag-held = Gespeichert. Die Liste wird für die Prüfung aufbewahrt.
participants-flag-hold-ended = Die Aufbewahrung für die Prüfung ist beendet.
participants-status-restricted = Gesperrt (Löschung verlangt, für die Prüfung aufbewahrt)
own-data-restricted = Gelöscht – bis auf Anmeldungen, deren Liste ein Geldgeber noch prüfen darf. Diese sind gesperrt: Niemand nutzt sie mehr, und sie werden gelöscht, sobald die Prüfung vorbei ist.
privacy-admin-holds = Für Prüfungen aufbewahrte Listen
privacy-admin-no-holds = Gerade wird keine Liste für eine Prüfung aufbewahrt.
privacy-admin-figures = Anonyme Zahlen
privacy-admin-figures-hint = Bestätigte Anmeldungen eines Jahres nach Bereich, Altersgruppe und Geschlecht, für Berichte an Geldgeber. Zahlen unter 5 – und so viele andere, dass sie sich nicht zurückrechnen lassen – stehen als „x“.
privacy-admin-figures-year = Zahlen { $year } (CSV)
figures-site = Standort
figures-year = Jahr
figures-by-age = Anmeldungen nach Bereich und Altersgruppe
figures-by-gender = Anmeldungen nach Bereich und Geschlecht
figures-area = Bereich
figures-total = Summe
figures-hidden = x: verborgen (weniger als 5, oder damit sich eine kleine Zahl nicht zurückrechnen lässt)
figures-age-under-12 = unter 12
figures-age-12-15 = 12–15
figures-age-16-17 = 16–17
figures-age-18-21 = 18–21
figures-age-22-27 = 22–27
figures-age-older = älter als 27
figures-age-unknown = unbekannt
privacy-col-data = Daten
privacy-col-purpose = Zweck
privacy-col-basis = Rechtsgrundlage
privacy-col-keep = Aufbewahrung
privacy-count-registrations = Anmeldungen
privacy-count-participants = Personen ohne Anmeldung
privacy-count-messages = Nachrichten
privacy-count-expired = Abgelaufene Links, Sitzungen, Entwürfe
privacy-count-audit = Protokolleinträge (älter als zwei Jahre)
privacy-count-feeds = Kalender-Abos ohne Person

# Mitmachen: mit Code beitreten, Ideen, Unterstützung, Prüfung, "Ihr habt gesagt – wir haben gemacht"
join-title = Mitmachen mit Code
join-intro = Du hast einen Code von deiner Gruppe oder einem Fest? Damit kannst du Ideen vorschlagen und unterstützen. Du brauchst keine E-Mail-Adresse.
join-invitation = Du trittst bei: { $group } ({ $site }).
join-field-code = Code
join-field-nickname = Spitzname
join-nickname-hint = Nur die Mitarbeitenden sehen ihn. Bitte keine Telefonnummer und keinen Social-Media-Namen.
join-field-lang = In welcher Sprache sollen wir schreiben?
join-privacy = Wir speichern deinen Spitznamen, dein Geburtsjahr, deine Sprache und deine Ideen. Öffentlich steht nie dein Name, nur die Gruppe.
join-submit = Mitmachen
join-again-title = Schon dabei? Mit deinem Wiederkomm-Code zurück
join-field-reentry = Wiederkomm-Code
join-again-submit = Zurückkommen
join-error-code = Der Code hat 8 Zeichen, zum Beispiel KALK-7Q3M.
join-error-code-not-valid = Mit diesem Code kann man gerade nicht beitreten. Frag bitte die Person, die ihn dir gegeben hat.
join-error-nickname-contact = Bitte keine Telefonnummer, E-Mail oder Social-Media-Namen im Spitznamen.
join-error-age = Mitmachen können junge Menschen von 10 bis 30 Jahren. Bitte prüf dein Geburtsjahr.
join-flag-limited = Zu viele Versuche. Bitte in 15 Minuten noch einmal versuchen.
join-flag-unknown = Diesen Wiederkomm-Code kennen wir nicht. Bitte prüf ihn noch einmal.
join-flag-not-valid = Mit diesem Code kann man gerade nicht beitreten.
join-welcome-title = Willkommen!
join-reentry-intro = Das ist dein Wiederkomm-Code. Wir zeigen ihn nur dieses eine Mal:
join-reentry-hint = Mach ein Foto oder schreib ihn auf. Damit kommst du auf einem anderen Handy zurück zu deinen Ideen.
join-welcome-offers = Zu den Angeboten
ideas-title = Ideen
ideas-title-site = Ideen: { $site }
ideas-intro = Was soll es geben? Schlag eine Idee vor, unterstütze andere Ideen und sieh, was daraus wird.
ideas-join-hint = Um mitzumachen, brauchst du einen Code von deiner Gruppe.
ideas-rounds = Wozu wir Ideen suchen
ideas-no-rounds = Gerade sammeln wir keine Ideen.
ideas-list = Ideen
ideas-none = Noch keine Ideen. Deine kann die erste sein!
ideas-more = Weitere Ideen
ideas-flag-sent = Danke! Deine Idee ist jetzt zu sehen.
ideas-flag-held = Danke! Ein Mitarbeiter oder eine Mitarbeiterin schaut sich deine Idee kurz an, dann ist sie zu sehen.
ideas-flag-supported = Gespeichert.
ideas-flag-limited = Zu viele Versuche. Bitte später noch einmal versuchen.
ideas-flag-closed = Diese Runde nimmt gerade keine Ideen an.
ideas-flag-reported = Danke. Wir schauen es uns an.
ideas-flag-not-now = Das geht bei dieser Idee gerade nicht.
ideas-flag-withdrawn = Deine Idee ist zurückgezogen.
round-decidable = Was ihr entscheiden könnt
round-budget = Geld
round-deciders = Wer entscheidet
round-until = Ideen bis
round-paused = Pause (Ferien)
round-always-open = immer offen
round-question = Frage
round-question-hint = Zum Beispiel: Was soll beim Sommerfest Chorweiler passieren?
round-closes-on = Letzter Tag für Ideen
round-closes-hint = Leer lassen für einen Ideenkasten, der immer offen ist.
round-response-days = Antwort an die jungen Menschen innerhalb von (Tagen)
round-post-moderated = Ideen sofort zeigen und danach prüfen (nur für Runden ab 16 Jahren). Texte mit Kontaktdaten werden immer erst geprüft.
round-error-closes = Bitte ein Datum ab heute wählen.
round-error-response-days = Bitte eine Zahl von 1 bis 90.
round-phase-open = offen
round-phase-paused = pausiert
round-phase-closed = beendet
idea-new = Idee vorschlagen
idea-field-what = Was ist deine Idee?
idea-what-hint = Ein oder zwei Sätze reichen.
idea-field-category = Was für eine Idee?
idea-choose-category = Bitte wählen
idea-field-for-whom = Für wen?
idea-for-whom-hint = Zum Beispiel: Mädchen ab 14, alle, Familien
idea-field-place = Wo?
idea-field-when = Wann?
idea-field-days = An welchen Tagen?
idea-field-parts = Zu welcher Tageszeit?
idea-field-languages = In welchen Sprachen?
idea-public-hint = Deine Idee ist für alle zu sehen, ohne deinen Namen. Bitte keine Telefonnummern oder Adressen hineinschreiben.
idea-send = Idee senden
idea-similar-title = Gibt es das schon?
idea-similar-intro = Diese Ideen sind ähnlich. Du kannst sie unterstützen oder deine Idee trotzdem senden.
idea-error-what = Bitte beschreib deine Idee mit ein paar Worten.
idea-error-category = Bitte wähl aus, was für eine Idee es ist.
idea-error-round = Bitte wähl aus, wozu deine Idee gehört.
idea-error-round-closed = Diese Runde nimmt gerade keine Ideen an.
idea-error-move = Dieser Schritt geht von hier aus nicht.
idea-error-reason = Bitte schreib einen Grund, den junge Menschen verstehen.
idea-error-revisit = Bitte ein Datum, an dem ihr die Idee wieder anschaut.
idea-error-merge-target = Bitte die Nummer einer sichtbaren Idee dieses Standorts angeben.
idea-error-offer = Bitte die Nummer eines Angebots dieses Standorts angeben.
idea-by-group = Von einer jungen Person aus der Gruppe { $group }
idea-by-someone = Von einer jungen Person
idea-by-workshop = Aus einem Workshop (auf Papier gesammelt)
idea-supports = { $count ->
    [one] 1 Person findet das gut
   *[other] { $count } Personen finden das gut
}
idea-planners = { $count ->
    [one] 1 Person plant mit
   *[other] { $count } Personen planen mit
}
idea-support = Find ich gut
idea-unsupport = Doch nicht
idea-plan = Ich plane mit
idea-unplan = Ich plane doch nicht mit
idea-plan-hint = "Find ich gut" heißt: du magst die Idee. "Ich plane mit" heißt: du willst helfen, sie umzusetzen.
idea-withdraw = Idee zurückziehen
idea-report = Melden
idea-timeline = Was bisher passiert ist
idea-would-work = Was es möglich machen würde
idea-became = Daraus wurde:
idea-merged-into = Zusammengelegt mit
idea-state-submitted = Eingereicht
idea-state-published = Sichtbar
idea-state-checking = Wird geprüft
idea-state-feasible = Machbar
idea-state-feasible-if = Machbar, wenn …
idea-state-not-feasible = Nicht machbar
idea-state-parked = Später wieder anschauen
idea-state-planning = In Planung
idea-state-scheduled = Termin steht
idea-state-done = Hat stattgefunden
idea-state-closed = Abgeschlossen
idea-state-merged = Zusammengelegt
idea-state-withdrawn = Zurückgezogen
idea-state-removed = Entfernt
idea-move-published = Veröffentlichen
idea-move-checking = Prüfung beginnen
idea-move-feasible = Machbar
idea-move-feasible-if = Machbar, wenn …
idea-move-not-feasible = Nicht machbar (mit Grund)
idea-move-parked = Parken (mit Grund und Datum)
idea-move-planning = Planung beginnen
idea-move-scheduled = Angebot steht (Angebotsnummer)
idea-move-done = Hat stattgefunden
idea-move-closed = Abschließen
idea-move-merged = Zusammenlegen (mit Grund und Nummer)
idea-move-removed = Entfernen (mit Grund)
weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag
weekday-7 = Sonntag
day-part-morning = vormittags
day-part-afternoon = nachmittags
day-part-evening = abends
day-part-weekend = am Wochenende
criterion-cost = Kosten
criterion-room = Raum
criterion-staff-time = Zeit der Mitarbeitenden
criterion-youth-protection = Jugendschutz
criterion-date = Termin
done-title = Ihr habt gesagt – wir haben gemacht
done-intro = Was aus euren Ideen geworden ist, mit den Gründen.
done-none = Noch keine Idee ist beantwortet.
done-count-ideas = { $count ->
    [one] Idee
   *[other] Ideen
}
done-count-supports = { $count ->
    [one] Unterstützung
   *[other] Unterstützungen
}
done-count-offers = { $count ->
    [one] Angebot daraus
   *[other] Angebote daraus
}
me-ideas-title = Meine Ideen
me-ideas-mine = von dir
me-messages-title = Nachrichten an dich
mail-idea-news-subject = Neues zu deiner Idee: { $state }
mail-idea-news-body = Hallo, deine Idee "{ $idea }" hat jetzt den Stand: { $state }.

    Mehr dazu: { $link }
mail-idea-news-reason-body = Hallo, deine Idee "{ $idea }" hat jetzt den Stand: { $state }.

    Warum: { $reason }

    Mehr dazu: { $link }
co-design-title = Mitmachen und Ideen
co-design-queue = Zu prüfen
co-design-queue-empty = Gerade wartet keine Idee auf euch.
co-design-overdue = { $count ->
    [one] 1 Idee wartet länger als versprochen auf eine Antwort
   *[other] { $count } Ideen warten länger als versprochen auf eine Antwort
}
co-design-held = Zurückgehalten: Kontaktdaten oder gemeldet
co-design-reports = { $count ->
    [one] 1 Meldung
   *[other] { $count } Meldungen
}
co-design-move = Nächster Schritt
co-design-criteria = Was dagegen spricht
co-design-reason = Grund für die jungen Menschen
co-design-reason-hint = Kurz und freundlich. Nötig bei "nicht machbar", "parken", "zusammenlegen" und "entfernen".
co-design-notes = Interne Notiz
co-design-notes-hint = Sehen nur Mitarbeitende.
co-design-revisit = Wieder anschauen am
co-design-merge = Zusammenlegen mit Idee Nr.
co-design-offer = Angebot Nr.
co-design-save-move = Schritt speichern
co-design-paper-supports = Unterstützungen auf Papier
co-design-add = Hinzufügen
co-design-rounds = Ideenrunden
co-design-round-new = Neue Ideenrunde
co-design-round-create = Runde anlegen
co-design-round = Runde
co-design-pause = Pausieren
co-design-resume = Fortsetzen
co-design-codes = Beitritts-Codes
co-design-codes-intro = Ein Code für eine Gruppe oder ein Fest. Wer ihn hat, kann mit Spitznamen mitmachen, ohne E-Mail.
co-design-code-new = Neuer Code
co-design-code-label = Für welche Gruppe?
co-design-code-label-hint = Zum Beispiel: Mädchengruppe Kalk. Öffentlich steht "eine junge Person aus der Gruppe …".
co-design-code-max = Wie viele dürfen beitreten?
co-design-code-until = Gültig bis
co-design-code-create = Code erstellen
co-design-code-link = Link zum Beitreten
co-design-code-ended = beendet
co-design-revoke = Beenden
co-design-joined = { $count } von { $max } beigetreten
co-design-joined-title = Wer mit diesem Code beigetreten ist
co-design-error-max = Bitte eine Zahl von 1 bis 500.
co-design-error-until = Bitte ein Datum von heute bis in einem Jahr.
co-design-paper-title = Idee von Papier eintragen
co-design-paper-intro = Für Ideen aus einem Workshop. Sie werden als "auf Papier gesammelt" gezeigt.
co-design-paper-save = Idee eintragen
co-design-flag-saved = Gespeichert.
co-design-flag-moved = Gespeichert. Die jungen Menschen bekommen Bescheid.
co-design-flag-code-made = Der Code ist erstellt.
co-design-flag-revoked = Der Code ist beendet.
co-design-flag-paused = Die Runde ist pausiert.
co-design-flag-resumed = Die Runde läuft weiter.
co-design-flag-not-found = Das hat nicht geklappt. Bitte die Seite neu laden.
co-design-flag-paper-saved = Eingetragen.
register-as-member = Du meldest dich an als { $name }.
register-as-member-hint = Du bist mit einem Code dabei: wir brauchen deinen Namen und deine E-Mail nicht. Nachrichten zur Anmeldung findest du unter „Meine Anmeldungen“, und per E-Mail, wenn du dort eine Adresse angegeben hast. Bist du 16 oder jünger, fragen wir deine Eltern: per E-Mail, wenn du dort ihre Adresse angegeben hast, sonst auf Papier.
round-programme = Gehört zu einem Programm
round-no-programme = Keinem: der Ideenkasten des Standorts
co-design-qr-label = QR-Code zum Mitmachen mit dem Code { $code }
co-design-poster-intro = Mit der Handy-Kamera scannen oder den Code eingeben: so kannst du Ideen vorschlagen und unterstützen.
dashboard-ideas-waiting = { $count ->
    [one] 1 Idee junger Menschen wartet auf euch
   *[other] { $count } Ideen junger Menschen warten auf euch
}, { $late } davon länger als versprochen.
co-design-keep = So lassen und wieder zeigen (Meldung geprüft)
me-address-title = Deine E-Mail-Adresse (freiwillig)
me-address-intro = Du kannst Treffpunkt ohne E-Mail nutzen. Wenn du eine Adresse angibst, bekommst du deine Nachrichten (Anmeldung, Warteliste, Erinnerungen, Antworten auf deine Ideen) auch per E-Mail. Wir speichern sie erst, wenn du sie bestätigt hast.
me-address-parent-hint = Weil du 16 oder jünger bist, fragen wir auch deine Mutter, deinen Vater oder wer für dich sorgt. Erst wenn sie Ja sagen, speichern wir deine Adresse.
me-address-send = Bestätigungs-Link schicken
me-address-kept = Deine Nachrichten kommen auch per E-Mail an:
me-address-remove = Adresse löschen
me-address-waiting = Wir haben einen Link an { $email } geschickt. Öffne ihn, um die Adresse zu bestätigen.
me-address-waiting-parent = Du hast { $email } bestätigt. Jetzt warten wir auf die Antwort deiner Eltern.
me-address-flag-sent = Schau in dein E-Mail-Postfach und öffne den Link. Er gilt 7 Tage.
me-address-flag-removed = Deine Adresse ist gelöscht. Deine Nachrichten findest du weiter hier.
me-address-confirm-text = Ist { $email } deine Adresse? Dann bestätige sie hier.
me-address-confirm = Ja, das ist meine Adresse
me-address-done-kept = Danke. Deine Nachrichten kommen jetzt auch per E-Mail.
me-address-done-parent-asked = Danke. Jetzt haben wir deine Eltern gefragt. Wenn sie Ja sagen, kommen deine Nachrichten auch per E-Mail.
contact-parent-done-yes = Danke. Die Adresse ist gespeichert: Ihr Kind bekommt seine Nachrichten jetzt auch per E-Mail.
contact-parent-done-no = Danke für Ihre Antwort. Wir speichern die Adresse nicht.
me-address-done-taken = Diese Adresse ist bei uns schon mit diesem Namen gespeichert. Öffne „Meine Anmeldungen“ mit einem Link an diese Adresse.
me-address-done-gone = Dieser Link gilt nicht mehr: Er ist schon benutzt oder älter als 7 Tage. Auf deiner Seite „Meine Anmeldungen“ kannst du einen neuen anfordern.
me-address-confirmed-at = Bestätigt am
contact-error-parent-same = Bitte gib hier die Adresse deiner Eltern an, nicht deine eigene.
contact-consent-text = Die Adresse nutzen wir nur für Nachrichten von Treffpunkt und geben sie an niemanden weiter. Sie kann jederzeit wieder gelöscht werden.
contact-parent-title = Eine E-Mail-Adresse für Ihr Kind
contact-parent-question = Ihr Kind (bei uns „{ $nickname }“, geboren { $year }) macht beim { $site } mit und möchte Nachrichten von Treffpunkt an { $email } bekommen. Weil Ihr Kind 16 oder jünger ist, fragen wir Sie: Dürfen wir diese Adresse dafür speichern?
contact-yes = Ja, ich stimme zu
contact-no = Nein
mail-contact-address-subject = Treffpunkt: Bitte bestätige deine E-Mail-Adresse
mail-contact-address-body = Hallo,

    du möchtest Nachrichten von Treffpunkt auch per E-Mail bekommen. Öffne diesen Link und bestätige deine Adresse (gültig 7 Tage):

    { $link }

    Wenn du das nicht warst, musst du nichts tun. Wir speichern die Adresse dann nicht.
mail-contact-parent-subject = Treffpunkt: Darf { $nickname } Nachrichten per E-Mail bekommen?
mail-contact-parent-body = Guten Tag,

    Ihr Kind („{ $nickname }“) macht beim { $site } mit und möchte Nachrichten von Treffpunkt an { $email } bekommen. Weil Ihr Kind 16 oder jünger ist, fragen wir Sie. Hier können Sie Ja oder Nein sagen (gültig 7 Tage):

    { $link }

    Wenn Sie nichts tun, speichern wir die Adresse nicht.
consent-purpose-contact-email = E-Mail-Adresse für Nachrichten
own-data-table-contact-requests = Adresse, die auf Bestätigung wartet
vote-title = Abstimmung
vote-result-title = Ergebnis der Abstimmung
vote-intro = Wählt bis zu { $count } Ideen, die ihr am besten findet. Abstimmen geht bis { $day }. Wie viele Stimmen jede Idee hat, zeigen wir erst danach. Niemand sieht, wer was gewählt hat.
vote-choose = Deine Wahl (bis zu { $count })
vote-submit = Abstimmen
vote-done = Danke, deine Stimme ist gezählt. Das Ergebnis siehst du hier nach dem { $day }.
vote-join-first = Zum Abstimmen mach mit dem Code deiner Gruppe mit.
vote-no-options = Noch steht keine Idee zur Wahl.
vote-flag-voted = Danke, deine Stimme ist gezählt.
vote-flag-already = Du hast schon abgestimmt. Jede Person hat eine Stimme.
vote-flag-not-confirmed = Abstimmen kann, wen das Team für die Gruppe bestätigt hat. Sprich das Team an.
vote-flag-closed = Die Abstimmung ist vorbei oder noch nicht offen.
vote-flag-empty = Bitte wähle mindestens eine Idee.
vote-flag-too-many = Du hast zu viele Ideen gewählt. Bitte wähle weniger.
vote-flag-option = Diese Idee steht nicht zur Wahl.
vote-result-intro = { $count ->
    [one] 1 Person hat abgestimmt.
   *[other] { $count } Personen haben abgestimmt.
}
vote-votes = { $count ->
    [one] 1 Stimme
   *[other] { $count } Stimmen
}
vote-tied = Gleichstand
vote-field-choices = Wie viele Ideen darf jede Person wählen? (1 bis 5)
vote-field-last-day = Letzter Tag der Abstimmung
vote-open-hint = Zur Wahl stehen die Ideen, die ihr als machbar eingestuft habt. Abstimmen kann, wen ihr auf der Seite des Codes bestätigt habt. Die Stimmen sind geheim; das Ergebnis erscheint nach dem letzten Tag.
vote-open = Abstimmung öffnen
vote-running = Abstimmung läuft bis { $day }: { $count } Stimmzettel
vote-error-choices = Bitte gib eine Zahl von 1 bis 5 an.
vote-error-day = Bitte gib einen Tag ab heute an, höchstens ein Jahr im Voraus.
co-design-flag-vote-opened = Die Abstimmung ist offen.
co-design-flag-confirmed = Gespeichert.
co-design-confirm = Bestätigen
co-design-confirm-all = Alle bestätigen
co-design-confirmed = bestätigt
co-design-confirm-intro = Bestätigt, wer wirklich zur Gruppe gehört: nur sie stimmen ab. So werden aus zwei Handys keine zwei Stimmen.
own-data-table-round-voters = Abstimmungen, bei denen du mitgemacht hast (nicht, was du gewählt hast)
round-rules-title = So läuft diese Runde
co-design-error-paper-count = Bitte gib eine Zahl von 1 bis 500 an.
