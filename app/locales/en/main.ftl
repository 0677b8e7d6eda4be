# Treffpunkt, English. Short, plain sentences.

site-name = Treffpunkt
site-tagline = Activities for young people in Cologne
skip-to-content = Skip to content
nav-home = All activities

lang-picker-label = Language
lang-picker-submit = Change

format-date-time = %a %-d %B, %H:%M
format-long-date = %A %-d %B
format-time = %H:%M

home-title = What's on?
home-intro = Meet-ups, sport, languages and festivals for young people aged 12 to 27. Free of charge. Come along!
home-empty = There are no new dates right now. Please check again soon.
home-next = Next date

offer-kind-group = Weekly group
offer-kind-event = Event

category-language = Language
category-sport = Sport
category-culture = Culture and creativity
category-education = School and work
category-information = Information
category-leisure = Free time
category-festival = Festival

offer-when = When
offer-where = Where
offer-organisers = Hosted by
offer-audience = For
offer-ages = { $min } to { $max } years
offer-audience-parents = Parents
offer-audience-professionals = Professionals
offer-focus-girls = For girls and young women
offer-languages = Languages spoken
offer-programme = Part of
offer-sessions = Dates
offer-sessions-more = { $count ->
    [one] and 1 more date
   *[other] and { $count } more dates
}
offer-no-sessions = No dates are planned at the moment.
offer-capacity = { $count ->
    [one] 1 place
   *[other] { $count } places
}
offer-map-link = Show on the map (OpenStreetMap)
offer-share = Share
offer-link-copied = Link copied

venue-step-free = Step-free access
venue-accessible-toilet = Accessible toilet

language-de = German
language-en = English
language-ar = Arabic
language-uk = Ukrainian
language-ru = Russian
language-fa = Persian (Farsi/Dari)
language-tr = Turkish
language-fr = French
language-ku = Kurdish
language-ti = Tigrinya

not-found-title = Page not found
not-found-text = This page does not exist (any more). Maybe the activity has ended.
back-home = See all activities
error-title = Something went wrong
error-text = Please try again in a moment.

footer-about = Treffpunkt is run by the youth migration service (JMD) in Cologne and its partners.
footer-privacy = No ads. No tracking.
