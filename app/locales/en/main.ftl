### review: native-speaker
# Treffpunkt, English. Short, plain sentences.

site-name = Treffpunkt
site-tagline = Activities for young people
skip-to-content = Skip to content
nav-home = All activities

lang-picker-label = Language
lang-continue = Continue in English
lang-first-label = Choose a language
lang-picker-submit = Change

format-date-time = %a %-d %B, %H:%M
format-long-date = %A %-d %B
format-time = %H:%M

home-title = What's on?
home-programmes = Programmes
home-intro = Meet-ups, sport, languages and festivals for young people aged 12 to 27. Free of charge. Come along!
home-empty = There are no new dates right now. Please check again soon.

offer-kind-group = Group activity
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

content-in-german = (in German)
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

footer-about = Treffpunkt is run by youth migration services (JMD) and their partners.
footer-privacy = No ads. No tracking.

# Accounts and signing in
field-email = Email address
field-password = Password
field-new-password = New password
field-confirm-password = Repeat the password
field-display-name = Name
field-role = Role
field-organisation = Organisation
field-organisation-hint = For partners: the organisation they enter activities for.
password-hint = { $count ->
    [one] At least 1 character.
   *[other] At least { $count } characters.
}

signin-title = Sign in
signin-intro = For staff of the JMD and its partners.
signin-submit = Sign in
signin-forgot = Forgot your password?
signin-young-people = Want to see your registrations?
signin-failed = The email address or the password is wrong.
sign-out = Sign out
too-many-attempts = Too many attempts. Please wait 15 minutes and try again.
email-invalid = Please enter a valid email address, for example name@example.org.
name-missing = Please enter a name.
cross-site-refused = This request came from another website and was refused.

reset-title = Reset your password
reset-intro = Enter your email address. We will send you a link to set a new password. The link works for one hour.
reset-submit = Send link
reset-sent = If there is an account with this address, an email is on its way.
set-password-title = Set your password
set-password-submit = Save password
password-too-short = The password is too short.
password-mismatch = The two passwords are not the same.
link-unknown = This link is not valid. Please ask for a new one.
link-used = This link has been used already. Please ask for a new one.
link-expired = This link has expired. Please ask for a new one.

staff-home = Overview
staff-nav-label = Staff area
staff-your-offers = Your activities
staff-users = Accounts
staff-audit = Activity log
forbidden-title = No access
forbidden-text = Your account may not open this page.

invite-title = Invite someone
invite-intro = They get an email with a link to set their password. The link works for 7 days.
invite-submit = Send invitation
invite-sent = The invitation is on its way.
invite-exists = There is already an account for this address.
accounts-title = All accounts
account-invited = invited, no password yet
role-admin = Administrator
role-staff = Staff
role-partner = Partner

audit-when = When
audit-who = Who
audit-what = What

edit-offer-title = Edit activity
edit-offer-public-page = See the public page

me-title = My registrations
me-intro = Enter your email address. We will send you a link to your registrations. You do not need a password.
me-send-link = Send link
me-link-sent = Check your email. The link works for 30 minutes.
me-signed-in-as = Signed in with
me-no-registrations = You have no registrations yet.
me-open = Open my registrations

mail-reset-subject = Treffpunkt: new password
mail-reset-body = Hello,

    someone (hopefully you) wants to set a new password for Treffpunkt. Open this link within one hour:

    { $link }

    If this was not you, you do not need to do anything.
mail-invite-subject = Invitation to Treffpunkt
mail-invite-body = Hello { $name },

    { $inviter } has invited you to Treffpunkt, for { $organisation }. There you enter your activities for young people. Set your password with this link (valid for 7 days):

    { $link }

    After that, you sign in here: { $login }
mail-magic-subject = Treffpunkt: your registrations
mail-magic-body = Hello,

    this link shows your registrations (valid for 30 minutes):

    { $link }

    If this was not you, you do not need to do anything.

# Dates and filters
agenda-later = Later dates
agenda-empty = No dates found. Try fewer filters.
filter-title = Filter and search
filter-search = Search
filter-district = District
filter-category = Type
filter-language = Language at the activity
filter-age = Your age
filter-from = From date
filter-to = Until date
filter-free-places = Only with free places
filter-any = All
filter-submit = Show
filter-reset = Clear filters
filter-age-invalid = Please enter an age between 12 and 27, for example 16.
filter-date-invalid = Please enter a date, for example 2026-12-01.
organisation-intro = Activities of this organisation, also together with partners.

# Creating activities
new-offer-title = New activity
offer-form-has-errors = Please check the marked fields. Everything else is kept.
offer-field-title = Title (German)
offer-field-description = Description
offer-field-min-age = Age from
offer-field-max-age = Age to
offer-field-capacity = Places
offer-field-capacity-hint = Leave empty when there is no limit.
offer-field-network-share = Places per hour from one Wi-Fi or network, in percent
offer-field-network-share-hint = The share of places that registrations from one network (for example a school's Wi-Fi) can get within an hour. Empty: 50. For a school class that registers together, for example 100.
offer-field-first-date = First date
offer-field-start = Start
offer-field-end = End
offer-field-repeat = Repeats
offer-repeat-once = Once
offer-repeat-weekly = Every week
offer-repeat-fortnightly = Every two weeks
offer-field-count = Number of dates
offer-field-publish = Publish now
offer-save = Save activity
offer-error-title-missing = Please enter a title.
offer-error-too-long = This text is too long.
offer-error-choose = Please choose one.
offer-error-ages-youth = Activities for young people are for ages 12 to 27.
offer-error-ages-order = The upper age must be above the lower one.
offer-error-number = Please enter a number.
offer-error-capacity = Please enter a number of at least 1, or leave the field empty.
offer-error-network-share = Please enter a number from 1 to 100.
offer-error-date = Please choose a date.
offer-error-time = Please enter a time, for example 17:00.
offer-error-end-before-start = The end must be after the start.
offer-error-count = Please enter 1 to 52 dates.
offer-error-venue-site = This venue does not belong to the organisation's site.
edit-offer-status = Status
offer-status-draft = Draft (not public)
offer-status-published = Published
offer-status-cancelled = Cancelled
offer-publish = Publish
offer-cancel = Cancel this activity
offer-cancel-explained = Cancelling takes the activity and all its coming dates off the site.
offer-repeat-monthly = Every month (same weekday, e.g. 2nd Tuesday)
offer-field-except = Dates without a meeting
offer-field-except-hint = For example school holidays: dates like 2026-12-29, separated by commas.
offer-error-except = Please write the dates like this: 2026-12-29, 2027-01-05.
session-cancel = Cancel this date only
offer-cancelled-notice = This activity has been cancelled. Have a look at the other activities.

## Offer editor: details, dates, copies
copy-offer-title = Copy activity
offer-details = About the activity
offer-duplicate = Copy as a new activity
offer-flag-saved = Saved.
offer-flag-gone = That did not work: the activity or the date has changed in the meantime. Please check.
offer-audience-youth = Young people
offer-field-title-plain = Title
offer-field-focus = Especially for
offer-focus-choice-everyone = Everyone
offer-focus-choice-girls = Girls and young women
offer-field-cohosts = Together with
offer-field-cohosts-hint = Other organisations that run the activity with you.
offer-field-contact-name = Contact person
offer-field-contact-email = Contact person's email
offer-field-contact-phone = Contact person's phone
offer-field-registration = Registration
offer-registration-none = No registration: just come along
offer-registration-series = Register once for all dates
offer-registration-session = Register for each date
offer-field-registration-opens = Registration from
offer-field-registration-closes = Registration until
offer-field-registration-window-hint = Leave empty: registration opens now and closes when the activity starts.
offer-programme-none = No programme
offer-section-what = What
offer-section-translations = Title and description in other languages
offer-translations-hint = Young people see the text in their language when there is one. Otherwise they see the German text.
offer-section-who = Who
offer-section-where = Where
offer-section-taking-part = Taking part
offer-section-when = When
offer-error-capacity-taken = More places are already taken. Please enter at least that many places.
offer-error-email = Please enter an email address, for example name@example.org.
offer-error-moment = Please choose a date and a time.
offer-error-window-order = Registration must close after it opens.
offer-error-window-after-offer = Registration must close before the last date.
series-retime-title = Change the time of all coming dates
series-retime-hint = All coming dates get the new time. The days stay.
series-retime-save = Change all coming dates
session-move-title = Move this date only
session-move = Move date
session-field-date = Date
session-add-title = Add a date
session-add = Add date

## Programme editor
staff-programmes = Programmes
programmes-empty = There are no programmes yet.
programme-offer-count = { $count ->
    [one] 1 activity
   *[other] { $count } activities
}
programme-new = New programme
programme-edit = Edit programme
programme-field-starts = First day
programme-field-ends = Last day
programme-save = Save programme
programme-error-end-before-start = The last day must be after the first day.
programme-error-too-long = A programme lasts at most 120 days.
programme-offers = Activities in the programme
programme-offers-none = No activities in the programme yet.
programme-offers-add = Add activities
programme-offer-change = Change
programme-offer-add = Add
programme-offer-remove = Take out
offer-contact = Contact
offer-registration-opens-at = Registration opens { $when }
offer-registration-closes-at = Registration until { $when }
offer-places-full = All places are taken. You can join the waiting list.
offer-places-free = { $free ->
    [one] 1 place left
   *[other] { $free } places left
} (of { $count })
field-site = Site (JMD)

## Registration
register-title = Register
register-intro = This takes one minute. We only ask what we need for this activity.
register-field-first-name = First name
register-field-email = Email address (yours or your parents')
register-field-birth-year = Year of birth
register-field-birth-year-hint = For example 2009
register-field-parent-email = Email address of the mother or father
register-field-parent-email-hint = Only if you are 16 or younger: your parents get an email and say yes or no.
register-field-parent-lang = Language for your parents (for their email)
register-field-phone = Phone (optional)
register-field-needs = Anything we should know? (optional)
register-field-needs-hint = For example: wheelchair, allergy, I will bring my sister.
register-field-gender = Gender (optional, only for our statistics)
register-gender-none = Not stated
register-gender-female = female
register-gender-male = male
register-gender-diverse = diverse
register-field-date = Date
register-field-privacy = I have read the privacy notice.
register-privacy-text = We keep your details only for this activity and delete them { $months ->
        [one] one month
       *[other] { $months } months
    } after its last date. Only the activity's team sees them. We do not pass them on.
register-field-photo = Photos of me at the activity are allowed (optional).
register-field-health-consent = I agree that the team uses what I write above for this activity, also where it concerns my health. (Only needed if you write something above. If you are under 16, we also ask your parents.)
register-error-health-consent = You wrote something above that we should know. Please tick that we may use it, or delete the text.
register-submit = Register now
register-error-name = Please write your first name.
register-error-birth-year = Please write your year of birth with four digits, for example 2009.
register-error-phone = Please use only digits, spaces and + in the phone number.
register-error-privacy = Please confirm that you have read the privacy notice.
register-error-parent-email = You are 16 or younger. Please write the email address of your mother or father.
register-not-open = This activity does not take registrations.
register-drop-in = No registration: just come along.
register-not-yet = Registration has not started yet.
register-closed = Registration is over.
register-too-young = This activity is for older people.
register-too-old = This activity is for younger people.
register-already = There already is a registration with this first name and this email address. We sent the link to that address again.
register-link-sent = Thank you! We have sent an email to the address you gave. It says what happens next and has the link to the registration.
register-limited = There have just been very many registrations for this address. Please try again in an hour, or ask the JMD team.
registration-burst = Very many registrations have just come from the same network. That is why you are on the waiting list for now; the team will look at it.
registration-title = Your registration
# Siblings share a parent's address: the page says whose registration it is.
registration-for = Registered: { $name }
registration-confirmed = You are registered.
registration-waitlisted = You are on the waiting list, at place { $position }. When a place becomes free, you get an email.
registration-awaiting-consent = We are holding a place for you. Your parents got an email. When they say yes, you are registered.
registration-cancelled = This registration is cancelled.
registration-cancel = Cancel registration
registration-cancel-hint = You cannot come? Please cancel. Then someone else gets your place.
registration-keep-link = Keep this page. We also sent you the link by email.
registration-offer-link = To the activity
consent-title = Parents' consent
consent-intro = { $name } would like to take part in this activity. Because { $name } is 16 or younger, we ask you.
consent-what = What
consent-when = When
consent-photos = Photos at the activity
consent-photos-yes = { $name } would like photos to be allowed.
consent-photos-no = No photos.
consent-photos-parent = Yes, photos of { $name } at the activity are allowed (optional).
consent-text = By saying yes you agree that for this activity we keep the first name, email address and year of birth of { $name } and, where { $name } gave them, phone, gender, what we should know (this may concern health; by saying yes you explicitly agree that we use it only so that { $name } can take part well). You allow photos only with the box below. You can say no, and take back any consent later. We delete these details { $months ->
        [one] one month
       *[other] { $months } months
    } after the last date.
consent-yes = Yes, I agree
consent-no = No
consent-done-yes = Thank you. { $name } is registered.
consent-done-no = Thank you for your answer. The registration is cancelled.
consent-answered = This request has already been answered or has expired.

## Messages
mail-confirmed-subject = You are registered: { $offer }
mail-confirmed-body = Hello { $name },

    you are registered for: { $offer }
    When: { $when }
    Where: { $where }

    See or cancel your registration: { $link }
    All your registrations: { $me }

    See you soon!
mail-waitlisted-subject = Waiting list: { $offer }
mail-waitlisted-body = Hello { $name },

    all places for "{ $offer }" are taken. You are on the waiting list.
    When a place becomes free, we will write to you.

    See or cancel your registration: { $link }
    All your registrations: { $me }
mail-promoted-subject = A place is free: { $offer }
mail-promoted-body = Hello { $name },

    good news: a place became free. You are now registered for: { $offer }
    When: { $when }
    Where: { $where }

    You cannot come? Please cancel: { $link }
    All your registrations: { $me }
mail-awaiting-consent-subject = We are asking your parents: { $offer }
mail-awaiting-consent-body = Hello { $name },

    we are holding a place for you: { $offer }
    Your parents got an email. When they say yes, you are registered.

    Your registration: { $link }
mail-consent-request-subject = Please give your consent: { $name } would like to take part
mail-consent-request-body = Hello,

    { $name } would like to take part in this activity: { $offer }
    When: { $when }
    Where: { $where }

    Because { $name } is 16 or younger, we need your consent.
    Here you see everything and can say yes or no: { $link }

    The place is held for { $name } for 3 days.
mail-consent-expired-subject = Registration expired: { $offer }
mail-consent-expired-body = Hello { $name },

    your parents did not answer in time. So your registration for "{ $offer }" is cancelled.
    You are welcome to register again.
mail-cancelled-subject = Cancelled: { $offer }
mail-cancelled-body = Hello { $name },

    your registration for "{ $offer }" is cancelled.

    Your registration: { $link }
    All your registrations: { $me }
mail-already-subject = Your registration: { $offer }
mail-already-body = Hello { $name },

    someone tried to register for "{ $offer }" with your email address. You are already registered.
    See or cancel your registration: { $link }
cancel-note = Message to the people registered (optional)
cancel-note-hint = Everyone registered gets an email with your text in it, for example another date.
session-cancel-confirm = Cancel date
mail-offer-cancelled-subject = Cancelled: { $offer }
mail-offer-cancelled-body = Hello { $name },

    unfortunately "{ $offer }" is cancelled. All dates are off.

    { $note }
mail-session-cancelled-subject = Date cancelled: { $offer }
mail-session-cancelled-body = Hello { $name },

    the date { $when } of "{ $offer }" is cancelled. The other dates stay.

    { $note }

## Participants (staff)
participants-title = Registered people
participants-flag-saved = Saved.
participants-flag-gone = That did not work: the registration has changed in the meantime.
participants-flag-full = No place is free. Raise the number of places or cancel a registration.
participants-flag-message-sent = The message is on its way.
participants-flag-message-empty = Please write a subject and a text.
participants-status-confirmed = Registered
participants-status-awaiting_consent = Waiting for the parents
participants-status-waitlisted = Waiting list
participants-status-cancelled = Cancelled
participants-csv = Download the list as a table (CSV)
participants-add = Register someone (for example at the door)
participants-add-submit = Register
participants-message = Message to everyone registered
participants-message-subject = Subject
participants-message-body = Text
participants-message-send = Send message
participants-actions = Actions
participants-move-up = Give a place now
participants-cancel = Cancel
participants-cancel-reason = Reason (optional)
participants-registered-at = Registered on
participants-flag-consent-saved = The consent is recorded.
participants-consent = Parents' consent
participants-consent-link = Through the link, on { $date }
participants-consent-paper = On paper: { $name }, signed on { $date }, form { $form }
participants-consent-record = Record a consent given on paper
participants-typed-parent = The form gave a different address for the parents: { $email }. No request was sent to it. Check which address is right before you record a consent.
participants-burst = On the waiting list because many registrations came from one network within an hour. Please check, and move up if right.
participants-correct = Correct the details
participants-field-lang = Language of messages
participants-field-parent-lang = Language of the parents
participants-correct-hint = First name and email address stay: they say who the person is. The change is logged.
participants-correct-submit = Save the correction
participants-flag-corrected = The details are corrected.
consent-paper-signed-by = Signed by (name of the mother, father or legal guardian)
consent-paper-signed-on = Signed on
consent-paper-form = Form (name or version)
consent-paper-form-hint = As printed on the form, for example "Consent JMD 2026-03".
consent-paper-photos = The form also allows photos.
consent-paper-submit = Record the consent
consent-paper-error-signed-by = Please write who signed.
consent-paper-error-signed-on = Please give the date of the signature: today or within the last 12 months.
consent-paper-error-form = Please say which form was signed.
answer-yes = yes
answer-no = no

## Undeliverable mail (admins)
outbox-title = Undelivered email
outbox-intro = The mail server did not accept these messages. When the cause is fixed (for example a wrong address or login), you can try again.
outbox-none-failed = All messages were delivered.
outbox-error = Error
outbox-attempts = { $count ->
    [one] 1 attempt
   *[other] { $count } attempts
}
outbox-retry = Send again
outbox-retried = The message will be sent again shortly.

## Calendar
calendar-add = Add to calendar
calendar-subscribe = Subscribe in your calendar
calendar-alarm = It starts in 2 hours.
mail-date-changed-subject = New time: { $offer }
mail-date-changed-body = Hello { $name },

    a date of "{ $offer }" has a new time. Your calendar gets the new time with this email.
    Where: { $where }

    Your registration: { $link }
mail-reminder-day-subject = Tomorrow: { $offer }
mail-reminder-day-body = Hello { $name },

    it starts tomorrow: { $offer }
    When: { $when }
    Where: { $where }

    You cannot come? Please cancel: { $link }
mail-reminder-hours-subject = Soon: { $offer }
mail-reminder-hours-body = Hello { $name },

    it starts in two hours: { $offer }
    When: { $when }
    Where: { $where }

    You cannot come? Please cancel: { $link }
offer-field-remind-day = Email reminder one day before each date
offer-field-remind-hours = Email reminder two hours before each date
me-feed-title = Your dates in your calendar
me-feed-intro = With this link your phone's calendar shows all your dates, also when a time changes. Do not share the link.
me-feed-new = Make a new calendar link

## Site settings (staff)
site-mail-title = Sender of emails
site-mail-intro = Participants see this name in their inbox. When they answer a message, the answer goes to the reply address. Leave a field empty to use the default of this Treffpunkt server.
site-mail-from-name = Sender name
site-mail-from-name-hint = For example: JMD Köln
site-mail-from-address = Sender address
site-mail-from-address-hint = Only an address that your mail server may send for. Ask your IT team.
site-mail-reply-to = Reply address
site-mail-reply-to-hint = For example your team's inbox: jmd@example.org
site-mail-save = Save
site-mail-error-name = Please write a name of at most 80 characters, on one line.

## Accessibility statement and translation note
translation-note = This page was translated with the help of a machine. A native speaker has not checked it yet.
translation-note-link = Help us make it better
accessibility-title = Accessibility statement
accessibility-scope = This statement is about the website Treffpunkt at { $url }.
accessibility-status-heading = How accessible is this website?
accessibility-status = This website is partly accessible. It follows the rules of BITV 2.0 and WCAG 2.1 level AA, with the gaps listed below.
accessibility-gaps-heading = What is not accessible yet?
accessibility-gap-translations = The texts in Arabic, Ukrainian, Farsi, Turkish and Russian were written with the help of a machine. Native speakers have not checked them yet.
accessibility-gap-tables = Some tables for staff are wide. On a small screen you scroll them sideways.
accessibility-method-heading = How did we check this?
accessibility-method = We checked the website ourselves on { $date }: automatic tests (axe) on every page in every language, and tests with the keyboard only and on a small phone screen.
accessibility-feedback-heading = Tell us about barriers
accessibility-feedback = Something does not work for you? Something is hard to read or to use? Please write to us. We will answer you within two weeks.
accessibility-enforcement-heading = If you are not happy with our answer
accessibility-enforcement = You can contact the conciliation body under the Disability Equality Act (Schlichtungsstelle nach dem Behindertengleichstellungsgesetz). It is free of charge.

## Offline
offline-title = You are offline
offline-text = There is no internet connection right now. If you sent a form, it was not sent. What you typed is kept. Send it again when you are online.
offline-own-registrations = My registrations (saved on this phone)

## Requests that cannot be read
unreadable-title = That did not work
unreadable-text = We cannot read this request. Please go back and try again.

# The person's own corrections on their registration page
registration-details = Change my details
registration-details-hint = First name and email address stay: they say who you are. The team changes anything else for you.
registration-details-saved = Your details are saved.
registration-parent-on-file = Requests to your parents go to { $email }. Only the team changes this address.
registration-parent-hint = Only needed if you are not 16 yet.
own-correction-ask-staff = Only the team can enter this year, because your parents would no longer be asked. Please talk to the team.

# Site set-up: sites, partners, venues
form-error-missing = Please fill in this field.
site-error-slug = Please use only letters, digits and dashes, at most 40 characters.
site-error-slug-taken = Another site already has this address. Please choose another one.
site-error-time-zone = We do not know this time zone. Please write it as continent/city, for example Europe/Berlin.
site-error-districts = Please list at most 100 districts, each on its own line and at most 60 characters long.
organisation-error-website = Please enter a web address that starts with https://.
venue-error-no-districts = Your site has no districts yet. Add them first in the site's settings.
organisation-contact = Contact
organisation-kind-jmd = Youth migration service
organisation-kind-school = School
organisation-kind-youth_centre = Youth centre
organisation-kind-migrant_org = Migrant organisation
organisation-kind-sports_club = Sports club
organisation-kind-jobcenter = Jobcenter
organisation-kind-municipal = Municipal integration centre
organisation-kind-church = Church
organisation-kind-welfare = Welfare association
organisation-kind-employer = Employer
organisation-kind-culture = Culture and learning
organisation-kind-other = Other
site-settings-title = Site
site-public-page = See the public page
site-new-title = New site
site-new-intro = A site is one youth migration service with its own address, team and offers. Next you add partners and venues and invite the team.
site-field-state-choose = Please choose
site-field-slug = Address of the page
site-field-slug-hint = The last part of /sites/…, for example koeln. Empty: made from the city. It stays the same afterwards.
site-section-public = For the public
site-field-name = Name
site-field-name-hint = The site's name on every page, for example JMD Köln.
site-field-city = City
venue-field-street = Street and number
venue-field-postal-code = Postcode
site-field-phone = Phone
site-field-opening-hours = Opening hours
site-field-opening-hours-hint = One line per day, for example: Mo–Do 9–16 Uhr
site-field-description = Short description (German)
site-section-carrier = Operating organisation (for the legal notice)
site-section-carrier-hint = The organisation that runs the youth migration service, with its postal address.
site-field-carrier = Name of the operating organisation
site-field-carrier-address = Postal address of the operating organisation
site-section-planning = Planning
site-field-state = Federal state
site-field-state-hint = School holidays and public holidays follow it.
site-field-districts = Districts
site-field-districts-hint = One district per line. Venues lie in one of them; the filters show them.
site-field-time-zone = Time zone
site-field-time-zone-hint = In Germany Europe/Berlin. All times of the site are in this zone.
site-create = Create site
network-organisations = Partners
network-venues = Venues
network-organisation-new = New partner
network-venue-new = New venue
network-organisations-none = No partners yet.
network-venues-none = No venues yet.
organisation-field-kind = Kind
network-archived = archived
network-edit = Edit
network-archive = Archive
network-archive-hint = Past offers stay as they are. It is no longer offered for new ones.
network-restore = Bring back
network-restore-hint = Archived. Brought back, it can be chosen for new offers again.
network-public-page = See the public page
organisation-field-website = Website
organisation-field-website-hint = Starting with https://.
organisation-field-contact-hint = Phone, email or address of the office – nothing private.
venue-map-link = See on OpenStreetMap
venue-field-name-hint = How young people find the place, for example Jugendzentrum Kalk, room 2.
venue-field-transit = By bus and train
venue-field-transit-hint = For example: Line 1 to Kalk Post, then 3 minutes on foot.
venue-section-access = Accessibility
venue-hearing-loop = Hearing loop
venue-field-notes = Notes on access
setup-title = Still to do
setup-details = Enter the site's address, operating organisation, federal state and districts
setup-no-venue = No venue yet: add one.
setup-no-venue-partner = No venue yet. The site's team confirms what you propose.
setup-no-partner = No partner organisation yet: add schools, youth centres, associations
setup-no-staff = No staff member yet: invite the team.
setup-no-offer = No offer yet: create the first offer
setup-no-site = No site yet.
sites-title = Youth migration services near you
sites-intro = Here you get advice and find groups and events. Drop in or write to us.
site-carrier-label = Run by
home-site-choice = Choose a site
home-all-sites = All sites
translations-description-only = Description in other languages

# Days off: public holidays, school holidays, closing days
holiday-new-year = New Year's Day
holiday-good-friday = Good Friday
holiday-easter-sunday = Easter Sunday
holiday-easter-monday = Easter Monday
holiday-labour-day = Labour Day
holiday-ascension = Ascension Day
holiday-whit-sunday = Whit Sunday
holiday-whit-monday = Whit Monday
holiday-german-unity = German Unity Day
holiday-christmas = Christmas Day
holiday-boxing-day = Boxing Day
holiday-epiphany = Epiphany
holiday-womens-day = International Women's Day
holiday-corpus-christi = Corpus Christi
holiday-assumption = Assumption Day
holiday-childrens-day = World Children's Day
holiday-reformation-day = Reformation Day
holiday-all-saints = All Saints' Day
holiday-repentance-day = Day of Repentance and Prayer
offer-field-skip-days-off = Leave out public holidays, school holidays and closing days
offer-field-skip-days-off-hint = From the federal state's calendar and the site's closing days. Days left out count towards the number of dates.
offer-no-session = No session on { $date }: { $reason }
site-closing-days = Closing days
site-closing-days-hint = Days the site is closed, such as bridge days or team days. Treffpunkt already knows the federal state's public and school holidays.
site-closing-day-date = Day
site-closing-day-reason = Reason
site-closing-day-add = Add closing day
site-closing-day-remove = Remove
site-closing-days-none = No closing days yet.
closing-day-error-date = Please choose a day from today, at most three years ahead.
closing-day-error-reason = Please give a short reason, at most 80 characters.
school-holidays-autumn = autumn holidays
school-holidays-christmas = Christmas holidays
school-holidays-winter = winter holidays
school-holidays-easter = Easter holidays
school-holidays-whitsun = Whitsun holidays
school-holidays-summer = summer holidays
school-holidays-other = no school
network-proposed = proposed
network-confirm = Confirm
venue-propose-title = Propose a venue
venue-propose-intro = The site's team checks the venue. Then you can choose it for offers.
venue-propose-link = Venue missing? Propose one.
venue-proposed-flash = Thank you! The site's team checks the venue. Then you can choose it.
setup-venue-proposals = Proposed venues are waiting to be confirmed

# Offers as staff describe them: cost, what to bring, meeting point, several days
offer-field-cost = Cost in euros
offer-field-cost-hint = Leave empty when it is free. For example 5 or 12.50. Young people read that they can ask for support.
offer-error-cost = Please enter an amount such as 5 or 12.50, at most 1000 euros.
offer-cost = Cost
offer-cost-free = Free
offer-cost-amount = { $euros }.{ $cents } euros
offer-cost-support = Is that too much for you? Ask us about support.
offer-field-bring = What to bring
offer-field-bring-hint = For example: sports shoes, a water bottle.
offer-bring = Bring
offer-field-meeting-point = Meeting point
offer-field-meeting-point-hint = Only when you do not meet at the venue itself, for example: main entrance of the central station.
offer-meeting-point = We meet at
offer-field-end-date = Last day
offer-field-end-date-hint = Only for one date over several days, such as a trip from Friday to Sunday. The end time is then on the last day.
offer-error-end-date = The last day is the first day or later, at most 14 days after it.
offer-error-end-date-series = Dates over several days cannot repeat.
offer-field-visibility = Who finds the offer
offer-field-visibility-hint = Network meetings and working groups are seen by staff and partners only. With an invitation link: only those who have the link.
offer-visibility-public = Everyone (public)
offer-visibility-partners = Staff and partners only
offer-visibility-invited = Only with the invitation link
offer-invitation-link = Invitation link to pass on:
agenda-from-time = from { $time }
agenda-until-time = until { $time }
agenda-all-day = all day

# Trips with a night away
offer-field-overnight = With a night away (trip, camp)
offer-field-overnight-hint = Registration then asks for an emergency contact. For everyone under 18, you record the parents’ signed consent form in the list of participants.
offer-overnight = Night away
offer-overnight-text = We stay away overnight. When you register, we ask for an emergency contact. If you are under 18, you need your parents’ consent on paper: we give you the form.
register-field-emergency-contact = Emergency contact
register-field-emergency-contact-hint = Name and phone number of someone we can call during the trip.
register-error-emergency-contact = Please give a name and a phone number for emergencies.
registration-trip-consent = For this trip we need your parents’ consent on paper. Bring it signed at the latest when we leave; you get the form from us.
participants-trip-consent-paper = Trip: consent on paper from { $name }, signed on { $date }, form { $form }
participants-trip-consent-missing = Trip: the parents’ consent on paper is still missing
participants-trip-consent-record = Record the consent for the trip
participants-photo-consent-record = Record the parents' yes to photos
participants-needs-wait-parent = Shown once the parents have said yes (may concern health)
participants-photos-allowed = Photos: allowed
participants-photos-refused = Photos: not allowed
participants-photos-parent-missing = Photos: the parents' yes is still missing
staff-done-created = The site has been created. The list below shows what is still missing.
staff-done-welcome = Your password has been saved. Welcome to Treffpunkt!

# Retention
site-section-privacy = Privacy: how long we keep data
site-section-privacy-hint = After that, Treffpunkt deletes the data by itself, once a day. The privacy notes state these periods.
site-field-keep-months = Registrations: months after the last date
site-field-keep-months-hint = 1 to 36; empty: 6.
site-field-keep-days = Messages sent: days
site-field-keep-days-hint = 1 to 365; empty: 30.
site-error-period = Please give a whole number in the range shown.

# My data
own-data-title = My data
own-data-intro = Here you see everything we keep about you. You can download it, take back your yes to photos or delete everything.
own-data-of = Data of { $name }
own-data-what = This is what we keep, as it is stored. We keep messages only briefly, registrations until a few months after the last date.
own-data-download = Download everything (JSON)
own-data-photos-text = You allowed photos. You can take this back at any time.
own-data-photos-withdraw = No more photos
own-data-delete-title = Delete everything
own-data-delete-warning = This deletes everything about { $name }. Registrations still running are cancelled: the places go to the next people on the waiting list. This cannot be undone.
own-data-delete-confirm = Yes, delete everything
own-data-delete = Delete for good
own-data-delete-all-warning = Delete everyone here: { $names }. Running registrations are cancelled; the places go to the next people on the waiting list. This cannot be undone.
own-data-delete-all = Delete everyone for good
own-data-deleted = Deleted. We keep nothing more about this person.
own-data-flag-photos-withdrawn = Done: no more photos.
own-data-flag-confirm-missing = Please tick “Yes, delete everything” if you really want to delete everything.
own-data-table-participants = About the person
own-data-table-registrations = Registrations
own-data-table-reminders-sent = Reminders
own-data-table-calendar-feeds = Calendar subscription
own-data-table-outbox = Messages to this address

# People (requests about personal data)
people-title = People
people-intro = For requests by phone or in person: someone who wants to know what we keep, or to be deleted. Every look at a person's data is logged.
people-search = Email address or first name
people-search-hint = The whole address (also the parents') or the beginning of the first name.
people-search-submit = Search
people-none = Nobody found.
people-registrations = { $count ->
        [one] 1 registration
       *[other] { $count } registrations
    }

# Legal pages
legal-privacy = Privacy notice
legal-imprint = Legal notice (Impressum)
legal-choose-site = For which site?
legal-controller-title = Who is responsible?
legal-controller-text = Responsible for { $site } is the organisation that runs it:
legal-dpo = Data protection officer:
legal-dpo-none = Questions about privacy to:
legal-what-title = What we keep, why, and for how long
legal-what-registration = When you register: first name, email address, year of birth and language; optionally phone, gender, what we should know and whether photos are allowed; for trips with a night away an emergency contact. Why: so that you can take part (youth work as a public task, Art. 6(1)(e) GDPR). How long: until { $months ->
        [one] one month
       *[other] { $months } months
    } after the last date.
legal-what-parents = If you are 16 or younger: your parents' email address and language, and whether and when they agreed (consent, Art. 6(1)(a) GDPR). What you tell us about your health we use only so that you can take part well, and only with consent (Art. 9(2)(a) GDPR). How long: as long as the registration.
legal-what-consents = Photos only with a yes: if you are under 18, we also need your parents' yes, and from 14 always yours as well. What we should know about your health we use only with your explicit consent, under 16 with your parents' (Art. 9(2)(a) GDPR). We keep every consent with the version and language of its text for as long as the registration is kept.
legal-what-audit = If a funder has to check a list of participants (proof of use of funds), we keep it until the audit is over, at most ten years (Art. 6(1)(c) GDPR). If you ask us to delete your details during that time, we restrict them: nobody uses them any more, and we delete them as soon as the audit is over (Art. 17(3)(b) and Art. 18 GDPR).
legal-what-figures = Before we delete, we count without names how many registrations there were per month, activity, area, district, gender and age band. We keep these figures for reports; we never give out counts under 5.
legal-what-messages = Messages we send you (confirmations, reminders, links): { $days } days. Against abuse, encrypted counters of addresses and networks, one day at most, and a log of who in the team changed what, two years (legitimate interest, Art. 6(1)(f) GDPR).
legal-who-title = Who sees the data
legal-who-text = Only the team of { $site } and the partner organisation that runs the activity. We pass nothing on and sell nothing.
legal-processors = Technical providers who work on our behalf:
legal-none-text = No ads, no tracking. Cookies only for the language, the site and signing in. The pages load nothing from other servers.
legal-rights-title = Your rights
legal-rights-text = You can see at any time what we keep, download it, have it corrected and delete it: under “My registrations” with a link to your email address, or with the team. You can take back a consent at any time. You can complain to the data protection authority of your federal state.
legal-imprint-text = Information under § 5 DDG. Provider of these pages for { $site }:
legal-contact = Contact
site-field-privacy-contact = Data protection officer (name and contact)
site-field-processors = Technical providers (processors)
site-field-processors-hint = For example: hosting at …, email through … Shown like this in the privacy notice.

# Consent records
own-data-table-consents = Consents
consent-field-purpose = For
consent-field-given-by = By whom
consent-field-method = How
consent-field-given-at = When
consent-field-withdrawn-at = Taken back on
consent-field-text-version = Version of the text
consent-purpose-privacy-notice = Privacy note read
consent-purpose-parent = Parents' consent
consent-purpose-photos = Photos
consent-purpose-trip-paper = Trip: consent on paper
consent-purpose-health-needs = Details that may concern health
consent-given-by-self = self
consent-given-by-parent = parents
consent-given-by-staff = team
consent-method-online = online
consent-method-paper = on paper
consent-method-in-person = in person

# Privacy in operation (admins)
privacy-admin-title = Privacy in operation
privacy-admin-next-run = The next daily run would delete:
privacy-admin-record = Record of processing activities (Art. 30 GDPR)
privacy-admin-record-hint = From the registry in the code: every column with personal data, in its words (English).
privacy-admin-record-csv = Download as a spreadsheet
hold-title = Keep for an audit
hold-intro = After the last date we delete the registrations once the site's period is over. If a funder wants to check the list later (proof of use of funds), keep it until the audit is over. Meanwhile, whoever asks to be deleted is restricted instead.
hold-reason = Which audit?
hold-reason-hint = For example "Proof of use KJP 2026". No names, please.
hold-until = Keep until
hold-until-hint = The last day the list is needed; at most ten years.
hold-submit = Keep the list
hold-active = This list is kept until { $date } inclusive: { $reason }. After that, the daily run deletes what is past its period.
hold-end = End keeping now
hold-error-reason = Please write which audit the list is kept for.
hold-error-until = Please give a day after today, at most ten years ahead.
participants-flag-held = Saved. The list is kept for the audit.
participants-flag-hold-ended = Keeping the list for the audit has ended.
participants-status-restricted = Restricted (deletion requested, kept for the audit)
own-data-restricted = Deleted – except registrations whose list a funder may still check. These are restricted: nobody uses them any more, and they are deleted as soon as the audit is over.
privacy-admin-holds = Lists kept for audits
privacy-admin-no-holds = No list is being kept for an audit right now.
privacy-admin-figures = Anonymous figures
privacy-admin-figures-hint = A year's confirmed registrations by area, age band and gender, for reports to funders. Counts under 5 – and as many others as keep them from being worked out – show as "x".
privacy-admin-figures-year = Figures { $year } (CSV)
figures-site = Site
figures-year = Year
figures-by-age = Registrations by area and age band
figures-by-gender = Registrations by area and gender
figures-area = Area
figures-total = Total
figures-hidden = x: hidden (under 5, or so that a small count cannot be worked out)
figures-age-under-12 = under 12
figures-age-12-15 = 12–15
figures-age-16-17 = 16–17
figures-age-18-21 = 18–21
figures-age-22-27 = 22–27
figures-age-older = older than 27
figures-age-unknown = unknown
privacy-col-data = Data
privacy-col-purpose = Purpose
privacy-col-basis = Legal basis
privacy-col-keep = Kept
privacy-count-registrations = Registrations
privacy-count-participants = People without a registration
privacy-count-messages = Messages
privacy-count-expired = Expired links, sessions, drafts
privacy-count-audit = Log entries (older than two years)
privacy-count-feeds = Calendar subscriptions without a person

# Taking part: joining with a code, ideas, support, staff check, "you said, we did"
join-title = Join with a code
join-intro = Did your group or a festival give you a code? With it you can propose ideas and support them. You do not need an email address.
join-invitation = You are joining: { $group } ({ $site }).
join-field-code = Code
join-field-nickname = Nickname
join-nickname-hint = Only the staff see it. Please no phone number and no social media name.
join-field-lang = Which language should we write in?
join-privacy = We store your nickname, your year of birth, your language and your ideas. Your name is never public, only your group.
join-submit = Join
join-again-title = Already in? Come back with your return code
join-field-reentry = Return code
join-again-submit = Come back
join-error-code = The code has 8 characters, for example KALK-7Q3M.
join-error-code-not-valid = Nobody can join with this code right now. Please ask the person who gave it to you.
join-error-nickname-contact = Please no phone number, email or social media name in your nickname.
join-error-age = Young people from 10 to 30 can take part. Please check your year of birth.
join-flag-limited = Too many attempts. Please try again in 15 minutes.
join-flag-unknown = We do not know this return code. Please check it again.
join-flag-not-valid = Nobody can join with this code right now.
join-welcome-title = Welcome!
join-reentry-intro = This is your return code. We show it only this once:
join-reentry-hint = Take a photo or write it down. With it you get back to your ideas on another phone.
join-welcome-offers = To the offers
ideas-title = Ideas
ideas-title-site = Ideas: { $site }
ideas-intro = What should happen? Propose an idea, support other ideas and see what becomes of them.
ideas-join-hint = To take part you need a code from your group.
ideas-rounds = What we are collecting ideas for
ideas-no-rounds = We are not collecting ideas right now.
ideas-list = Ideas
ideas-none = No ideas yet. Yours can be the first!
ideas-more = More ideas
ideas-flag-sent = Thank you! Your idea can now be seen.
ideas-flag-held = Thank you! A staff member will take a quick look at your idea, then it can be seen.
ideas-flag-supported = Saved.
ideas-flag-limited = Too many attempts. Please try again later.
ideas-flag-closed = This round is not taking ideas right now.
ideas-flag-reported = Thank you. We will look at it.
ideas-flag-not-now = That is not possible for this idea right now.
ideas-flag-withdrawn = Your idea has been withdrawn.
round-decidable = What you can decide
round-budget = Money
round-deciders = Who decides
round-until = Ideas until
round-paused = Paused (holidays)
round-always-open = always open
round-question = Question
round-question-hint = For example: What should happen at the Sommerfest Chorweiler?
round-closes-on = Last day for ideas
round-closes-hint = Leave empty for an ideas box that is always open.
round-response-days = Answer to the young people within (days)
round-post-moderated = Show ideas at once and check them afterwards (only for rounds of 16 and older). Texts with contact details are always checked first.
round-error-closes = Please choose a date from today on.
round-error-response-days = Please a number from 1 to 90.
round-phase-open = open
round-phase-paused = paused
round-phase-closed = ended
idea-new = Propose an idea
idea-field-what = What is your idea?
idea-what-hint = One or two sentences are enough.
idea-field-category = What kind of idea?
idea-choose-category = Please choose
idea-field-for-whom = For whom?
idea-for-whom-hint = For example: girls from 14, everyone, families
idea-field-place = Where?
idea-field-when = When?
idea-field-days = On which days?
idea-field-parts = At what time of day?
idea-field-languages = In which languages?
idea-public-hint = Everyone can see your idea, without your name. Please do not write phone numbers or addresses in it.
idea-send = Send idea
idea-similar-title = Does this exist already?
idea-similar-intro = These ideas are similar. You can support them or send your idea anyway.
idea-error-what = Please describe your idea in a few words.
idea-error-category = Please choose what kind of idea it is.
idea-error-round = Please choose what your idea belongs to.
idea-error-round-closed = This round is not taking ideas right now.
idea-error-move = This step is not possible from here.
idea-error-reason = Please write a reason that young people understand.
idea-error-revisit = Please a date on which you will look at the idea again.
idea-error-merge-target = Please give the number of a visible idea of this site.
idea-error-offer = Please give the number of an offer of this site.
idea-by-group = From a young person in the group { $group }
idea-by-someone = From a young person
idea-by-workshop = From a workshop (collected on paper)
idea-supports = { $count ->
    [one] 1 person likes this
   *[other] { $count } people like this
}
idea-planners = { $count ->
    [one] 1 person plans along
   *[other] { $count } people plan along
}
idea-support = I like it
idea-unsupport = Not after all
idea-plan = I will help plan
idea-unplan = I will not help plan after all
idea-plan-hint = "I like it" means: you like the idea. "I will help plan" means: you want to help make it happen.
idea-withdraw = Withdraw idea
idea-report = Report
idea-timeline = What has happened so far
idea-would-work = What would make it possible
idea-became = It became:
idea-merged-into = Merged with
idea-state-submitted = Submitted
idea-state-published = Visible
idea-state-checking = Being checked
idea-state-feasible = Possible
idea-state-feasible-if = Possible if …
idea-state-not-feasible = Not possible
idea-state-parked = To look at again later
idea-state-planning = Being planned
idea-state-scheduled = Date set
idea-state-done = Took place
idea-state-closed = Closed
idea-state-merged = Merged
idea-state-withdrawn = Withdrawn
idea-state-removed = Removed
idea-move-published = Publish
idea-move-checking = Start the check
idea-move-feasible = Possible
idea-move-feasible-if = Possible if …
idea-move-not-feasible = Not possible (with a reason)
idea-move-parked = Park (with a reason and a date)
idea-move-planning = Start planning
idea-move-scheduled = Offer set (offer number)
idea-move-done = Took place
idea-move-closed = Close
idea-move-merged = Merge (with a reason and a number)
idea-move-removed = Remove (with a reason)
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
day-part-morning = mornings
day-part-afternoon = afternoons
day-part-evening = evenings
day-part-weekend = at the weekend
criterion-cost = Cost
criterion-room = Room
criterion-staff-time = Staff time
criterion-youth-protection = Youth protection
criterion-date = Date
done-title = You said – we did
done-intro = What became of your ideas, with the reasons.
done-none = No idea has been answered yet.
done-count-ideas = { $count ->
    [one] idea
   *[other] ideas
}
done-count-supports = { $count ->
    [one] support
   *[other] supports
}
done-count-offers = { $count ->
    [one] offer made from them
   *[other] offers made from them
}
me-ideas-title = My ideas
me-ideas-mine = yours
me-messages-title = Messages to you
mail-idea-news-subject = News about your idea: { $state }
mail-idea-news-body = Hello, your idea "{ $idea }" now stands at: { $state }.

    More: { $link }
mail-idea-news-reason-body = Hello, your idea "{ $idea }" now stands at: { $state }.

    Why: { $reason }

    More: { $link }
co-design-title = Taking part and ideas
co-design-queue = To check
co-design-queue-empty = No idea is waiting for you right now.
co-design-overdue = { $count ->
    [one] 1 idea has waited longer than promised for an answer
   *[other] { $count } ideas have waited longer than promised for an answer
}
co-design-held = Held back: contact details or reported
co-design-reports = { $count ->
    [one] 1 report
   *[other] { $count } reports
}
co-design-move = Next step
co-design-criteria = What stands in the way
co-design-reason = Reason for the young people
co-design-reason-hint = Short and kind. Needed for "not possible", "park", "merge" and "remove".
co-design-notes = Internal note
co-design-notes-hint = Only staff see it.
co-design-revisit = Look at again on
co-design-merge = Merge with idea no.
co-design-offer = Offer no.
co-design-save-move = Save step
co-design-paper-supports = Supports on paper
co-design-add = Add
co-design-rounds = Idea rounds
co-design-round-new = New idea round
co-design-round-create = Create round
co-design-round = Round
co-design-pause = Pause
co-design-resume = Resume
co-design-codes = Join codes
co-design-codes-intro = One code for a group or a festival. Whoever has it can take part under a nickname, without email.
co-design-code-new = New code
co-design-code-label = For which group?
co-design-code-label-hint = For example: Mädchengruppe Kalk. Public pages say "a young person from the group …".
co-design-code-max = How many may join?
co-design-code-until = Valid until
co-design-code-create = Create code
co-design-code-link = Link to join
co-design-code-ended = ended
co-design-revoke = End
co-design-joined = { $count } of { $max } joined
co-design-joined-title = Who joined with this code
co-design-error-max = Please a number from 1 to 500.
co-design-error-until = Please a date from today to one year ahead.
co-design-paper-title = Enter an idea from paper
co-design-paper-intro = For ideas from a workshop. They are shown as "collected on paper".
co-design-paper-save = Enter idea
co-design-flag-saved = Saved.
co-design-flag-moved = Saved. The young people are told.
co-design-flag-code-made = The code has been created.
co-design-flag-revoked = The code has been ended.
co-design-flag-paused = The round is paused.
co-design-flag-resumed = The round goes on.
co-design-flag-not-found = That did not work. Please reload the page.
co-design-flag-paper-saved = Entered.
register-as-member = You are registering as { $name }.
register-as-member-hint = You joined with a code: we do not need your name or email. Messages about your registration are on "My registrations", and come by email if you gave an address there. If you are 16 or younger, we ask your parents: by email if you gave their address there, otherwise on paper.
round-programme = Belongs to a programme
round-no-programme = None: the site's ideas box
co-design-qr-label = QR code to join with the code { $code }
co-design-poster-intro = Scan with your phone camera or type the code: then you can propose and support ideas.
dashboard-ideas-waiting = { $count ->
    [one] 1 idea from young people is waiting for you
   *[other] { $count } ideas from young people are waiting for you
}, { $late } of them longer than promised.
co-design-keep = Keep as it is and show it again (report checked)
me-address-title = Your email address (optional)
me-address-intro = You can use Treffpunkt without email. If you give an address, your messages (registration, waiting list, reminders, answers to your ideas) also come by email. We keep it only once you have confirmed it.
me-address-parent-hint = Because you are 16 or younger, we also ask your mother, your father or whoever cares for you. We keep your address only if they say yes.
me-address-send = Send a confirmation link
me-address-kept = Your messages also go by email to:
me-address-remove = Delete the address
me-address-waiting = We sent a link to { $email }. Open it to confirm the address.
me-address-waiting-parent = You confirmed { $email }. Now we are waiting for your parents' answer.
me-address-flag-sent = Check your inbox and open the link. It works for 7 days.
me-address-flag-removed = Your address is deleted. You will still find your messages here.
me-address-confirm-text = Is { $email } your address? Then confirm it here.
me-address-confirm = Yes, this is my address
me-address-done-kept = Thank you. Your messages now also come by email.
me-address-done-parent-asked = Thank you. We have asked your parents now. If they say yes, your messages also come by email.
contact-parent-done-yes = Thank you. The address is kept: your child now also gets their messages by email.
contact-parent-done-no = Thank you for your answer. We do not keep the address.
me-address-done-taken = This address is already stored with us under this name. Open "My registrations" with a link to this address.
me-address-done-gone = This link no longer works: it was used already or is older than 7 days. You can ask for a new one on your "My registrations" page.
me-address-confirmed-at = Confirmed on
contact-error-parent-same = Please give your parents' address here, not your own.
contact-consent-text = We use the address only for messages from Treffpunkt and give it to nobody. It can be deleted again at any time.
contact-parent-title = An email address for your child
contact-parent-question = Your child ("{ $nickname }" with us, born { $year }) takes part at { $site } and would like to get messages from Treffpunkt at { $email }. Because your child is 16 or younger, we ask you: may we keep this address for that?
contact-yes = Yes, I agree
contact-no = No
mail-contact-address-subject = Treffpunkt: please confirm your email address
mail-contact-address-body = Hello,

    you would like to get messages from Treffpunkt by email too. Open this link and confirm your address (valid for 7 days):

    { $link }

    If this was not you, you need not do anything. We will not keep the address then.
mail-contact-parent-subject = Treffpunkt: may { $nickname } get messages by email?
mail-contact-parent-body = Hello,

    your child ("{ $nickname }") takes part at { $site } and would like to get messages from Treffpunkt at { $email }. Because your child is 16 or younger, we ask you. You can say yes or no here (valid for 7 days):

    { $link }

    If you do nothing, we will not keep the address.
consent-purpose-contact-email = Email address for messages
own-data-table-contact-requests = Address waiting for confirmation
vote-title = Vote
vote-result-title = Result of the vote
vote-intro = Choose up to { $count } ideas you like best. You can vote until { $day }. We show how many votes each idea has only after that. Nobody sees who chose what.
vote-choose = Your choice (up to { $count })
vote-submit = Vote
vote-done = Thank you, your vote is counted. You will see the result here after { $day }.
vote-join-first = To vote, join with your group's code.
vote-no-options = No idea is up for the vote yet.
vote-flag-voted = Thank you, your vote is counted.
vote-flag-already = You have voted already. Each person has one vote.
vote-flag-not-confirmed = Those whom the team confirmed for the group can vote. Talk to the team.
vote-flag-closed = The vote is over or not open yet.
vote-flag-empty = Please choose at least one idea.
vote-flag-too-many = You chose too many ideas. Please choose fewer.
vote-flag-option = This idea is not up for the vote.
vote-result-intro = { $count ->
    [one] 1 person voted.
   *[other] { $count } people voted.
}
vote-votes = { $count ->
    [one] 1 vote
   *[other] { $count } votes
}
vote-tied = tie
vote-field-choices = How many ideas may each person choose? (1 to 5)
vote-field-last-day = Last day of the vote
vote-open-hint = The ideas you found feasible are up for the vote. Those you confirmed on the code's page can vote. Votes are secret; the result appears after the last day.
vote-open = Open a vote
vote-running = Vote open until { $day }: { $count } ballots
vote-error-choices = Please give a number from 1 to 5.
vote-error-day = Please give a day from today on, at most a year ahead.
co-design-flag-vote-opened = The vote is open.
co-design-flag-confirmed = Saved.
co-design-confirm = Confirm
co-design-confirm-all = Confirm everyone
co-design-confirmed = confirmed
co-design-confirm-intro = Confirm who really belongs to the group: only they vote. That way two phones do not make two votes.
own-data-table-round-voters = Votes you took part in (not what you chose)
round-rules-title = How this round works
co-design-error-paper-count = Please give a number from 1 to 500.
