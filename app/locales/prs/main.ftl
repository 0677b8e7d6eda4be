### review: machine-assisted
# Treffpunkt, Dari (Afghan Persian). Machine-assisted translation; not yet reviewed by a native speaker.

site-name = Treffpunkt
site-tagline = فعالیت‌ها برای جوانان
skip-to-content = رفتن به محتوای اصلی
nav-home = همه فعالیت‌ها

lang-picker-label = زبان
lang-continue = ادامه به دری
lang-first-label = انتخاب زبان
lang-picker-submit = تغییر

format-date-time = %A %-d %B، %H:%M
format-long-date = %A %-d %B
format-time = %H:%M

home-title = چه فعالیت‌هایی داریم؟
home-programmes = پروگرام‌ها
home-intro = گردهمایی، ورزش، زبان و جشن برای جوانان 12 تا 27 ساله. رایگان است. بیایید!
home-empty = فعلاً جلسه تازه‌ای نیست. لطفاً به زودی دوباره سر بزنید.

offer-kind-group = فعالیت گروهی
offer-kind-event = رویداد

category-language = زبان
category-sport = ورزش
category-culture = فرهنگ و خلاقیت
category-education = مکتب و کار
category-information = معلومات
category-leisure = وقت آزاد
category-festival = جشن

offer-when = زمان
offer-where = محل
offer-organisers = برگزارکننده
offer-audience = برای چه کسانی
offer-ages = { $min } تا { $max } سال
offer-audience-parents = والدین
offer-audience-professionals = متخصصان
offer-focus-girls = برای دختران و زنان جوان
offer-languages = زبان‌هایی که صحبت می‌شود
offer-programme = بخشی از
offer-sessions = جلسه‌ها
offer-sessions-more = { $count ->
    [one] و { $count } جلسه دیگر
   *[other] و { $count } جلسه دیگر
}
offer-no-sessions = فعلاً هیچ جلسه‌ای تعیین نشده است.
offer-capacity = { $count ->
    [one] { $count } جا
   *[other] { $count } جا
}
offer-map-link = نشان دادن روی نقشه (OpenStreetMap)
offer-share = شریک ساختن
offer-link-copied = لینک کاپی شد

content-in-german = (به زبان آلمانی)
venue-step-free = بدون زینه
venue-accessible-toilet = تشناب مناسب برای افراد دارای معلولیت

language-de = آلمانی
language-en = انگلیسی
language-ar = عربی
language-uk = اوکراینی
language-ru = روسی
language-fa = دری/فارسی
language-tr = ترکی
language-fr = فرانسوی
language-ku = کردی
language-ti = تیگرینیا

not-found-title = صفحه پیدا نشد
not-found-text = این صفحه وجود ندارد (یا دیگر وجود ندارد). شاید این فعالیت تمام شده باشد.
back-home = دیدن همه فعالیت‌ها
error-title = مشکلی پیش آمد
error-text = لطفاً چند لحظه بعد دوباره کوشش کنید.

footer-about = Treffpunkt را خدمات مهاجرت جوانان (JMD) و همکاران آن اداره می‌کنند.
footer-privacy = بدون اعلان. بدون ردیابی.

# Accounts and signing in
field-email = آدرس ایمیل
field-password = رمز عبور
field-new-password = رمز عبور جدید
field-confirm-password = تکرار رمز عبور
field-display-name = نام
field-role = نقش
field-organisation = موسسه
field-organisation-hint = برای همکاران: موسسه‌ای که فعالیت‌هایش را وارد می‌کنند.
password-hint = { $count ->
    [one] حداقل { $count } کرکتر.
   *[other] حداقل { $count } کرکتر.
}

signin-title = ورود
signin-intro = برای کارمندان JMD و همکاران آن.
signin-submit = ورود
signin-forgot = رمز عبور را فراموش کرده‌اید؟
signin-young-people = می‌خواهید ثبت‌نام‌های خود را ببینید؟
signin-failed = آدرس ایمیل یا رمز عبور غلط است.
sign-out = خروج
too-many-attempts = کوشش‌ها بیش از حد بود. لطفاً 15 دقیقه صبر کنید و دوباره کوشش کنید.
email-invalid = لطفاً یک آدرس ایمیل درست وارد کنید، مثلاً name@example.org.
name-missing = لطفاً یک نام وارد کنید.
cross-site-refused = این درخواست از یک ویب‌سایت دیگر آمده بود و رد شد.

reset-title = ساختن رمز عبور جدید
reset-intro = آدرس ایمیل خود را وارد کنید. برای شما لینکی می‌فرستیم تا رمز عبور جدید بگذارید. این لینک تا یک ساعت اعتبار دارد.
reset-submit = فرستادن لینک
reset-sent = اگر حسابی با این آدرس وجود داشته باشد، یک ایمیل در راه است.
set-password-title = رمز عبور خود را تعیین کنید
set-password-submit = ذخیره رمز عبور
password-too-short = رمز عبور خیلی کوتاه است.
password-mismatch = دو رمز عبور یکسان نیستند.
link-unknown = این لینک معتبر نیست. لطفاً یک لینک جدید بخواهید.
link-used = این لینک قبلاً استفاده شده است. لطفاً یک لینک جدید بخواهید.
link-expired = اعتبار این لینک تمام شده است. لطفاً یک لینک جدید بخواهید.

staff-home = نمای کلی
staff-nav-label = بخش کارمندان
staff-your-offers = فعالیت‌های شما
staff-users = حساب‌ها
staff-audit = سابقه تغییرات
forbidden-title = بدون دسترسی
forbidden-text = حساب شما اجازه ندارد این صفحه را باز کند.

invite-title = دعوت از یک نفر
invite-intro = این شخص یک ایمیل با لینکی دریافت می‌کند و با آن رمز عبور خود را تعیین می‌کند. این لینک 7 روز اعتبار دارد.
invite-submit = فرستادن دعوت‌نامه
invite-sent = دعوت‌نامه در راه است.
invite-exists = برای این آدرس از قبل یک حساب وجود دارد.
accounts-title = همه حساب‌ها
account-invited = دعوت شده، هنوز رمز عبور ندارد
role-admin = مدیر
role-staff = کارمند
role-partner = همکار

audit-when = زمان
audit-who = چه کسی
audit-what = چه کاری

edit-offer-title = ویرایش فعالیت
edit-offer-public-page = دیدن صفحه عمومی

me-title = ثبت‌نام‌های من
me-intro = آدرس ایمیل خود را وارد کنید. لینک ثبت‌نام‌های شما را برای تان می‌فرستیم. رمز عبور لازم نیست.
me-send-link = فرستادن لینک
me-link-sent = ایمیل خود را ببینید. این لینک 30 دقیقه اعتبار دارد.
me-signed-in-as = وارد شده با
me-no-registrations = هنوز هیچ ثبت‌نامی ندارید.
me-open = باز کردن ثبت‌نام‌های من

mail-reset-subject = Treffpunkt: رمز عبور جدید
mail-reset-body = سلام،

    کسی (امیدواریم خود شما) می‌خواهد برای Treffpunkt یک رمز عبور جدید بگذارد. این لینک را در ظرف یک ساعت باز کنید:

    { $link }

    اگر این کار را شما نکرده‌اید، لازم نیست کاری انجام دهید.
mail-invite-subject = دعوت به Treffpunkt
mail-invite-body = سلام { $name }،

    { $inviter } شما را از طرف { $organisation } به Treffpunkt دعوت کرده است. در Treffpunkt فعالیت‌های خود را برای جوانان وارد می‌کنید. با این لینک رمز عبور خود را تعیین کنید (7 روز اعتبار دارد):

    { $link }

    بعد از آن از این‌جا وارد شوید: { $login }
mail-magic-subject = Treffpunkt: ثبت‌نام‌های شما
mail-magic-body = سلام،

    با این لینک ثبت‌نام‌های خود را می‌بینید (30 دقیقه اعتبار دارد):

    { $link }

    اگر این کار را شما نکرده‌اید، لازم نیست کاری انجام دهید.

# Dates and filters
agenda-later = جلسه‌های بعدی
agenda-empty = هیچ جلسه‌ای پیدا نشد. با فلترهای کمتر کوشش کنید.
filter-title = فلتر و جستجو
filter-search = جستجو
filter-district = ناحیه
filter-category = نوع
filter-language = زبان در فعالیت
filter-age = سن شما
filter-from = از تاریخ
filter-to = تا تاریخ
filter-free-places = فقط با جای خالی
filter-any = همه
filter-submit = نشان دادن
filter-reset = پاک کردن فلترها
filter-age-invalid = لطفاً سنی بین 12 و 27 وارد کنید، مثلاً 16.
filter-date-invalid = لطفاً یک تاریخ وارد کنید، مثلاً ⁦2026-12-01⁩.
organisation-intro = فعالیت‌های این موسسه، همچنین فعالیت‌هایی که با همکاران خود برگزار می‌کند.

# Creating activities
new-offer-title = فعالیت جدید
offer-form-has-errors = لطفاً بخش‌های علامت‌دار را بررسی کنید. بقیه معلومات حفظ شده است.
offer-field-title = عنوان (به آلمانی)
offer-field-description = توضیحات
offer-field-min-age = سن از
offer-field-max-age = سن تا
offer-field-capacity = تعداد جاها
offer-field-capacity-hint = اگر محدودیتی نیست، خالی بگذارید.
offer-field-network-share = جاها در هر ساعت از یک وای‌فای یا شبکه، به فیصد
offer-field-network-share-hint = چند فیصد جاها در یک ساعت به ثبت‌نام‌هایی از یک شبکه (مثلاً وای‌فای یک مکتب) می‌رسد. خالی: 50. برای یک صنف مکتب که با هم ثبت‌نام می‌کند، مثلاً 100.
offer-field-first-date = اولین جلسه
offer-field-start = شروع
offer-field-end = پایان
offer-field-repeat = تکرار
offer-repeat-once = یک بار
offer-repeat-weekly = هر هفته
offer-repeat-fortnightly = هر دو هفته یک بار
offer-field-count = تعداد جلسه‌ها
offer-field-publish = همین حالا نشر شود
offer-save = ذخیره فعالیت
offer-error-title-missing = لطفاً یک عنوان وارد کنید.
offer-error-too-long = این متن خیلی طولانی است.
offer-error-choose = لطفاً یکی را انتخاب کنید.
offer-error-ages-youth = فعالیت‌های جوانان برای سن 12 تا 27 سال است.
offer-error-ages-order = سن بالا باید بیشتر از سن پایین باشد.
offer-error-number = لطفاً یک عدد وارد کنید.
offer-error-capacity = لطفاً عددی از 1 به بالا وارد کنید، یا این بخش را خالی بگذارید.
offer-error-network-share = لطفاً عددی از 1 تا 100 وارد کنید.
offer-error-date = لطفاً یک تاریخ انتخاب کنید.
offer-error-time = لطفاً یک ساعت وارد کنید، مثلاً 17:00.
offer-error-end-before-start = پایان باید بعد از شروع باشد.
offer-error-count = لطفاً 1 تا 52 جلسه وارد کنید.
offer-error-venue-site = این محل به مرکز این موسسه تعلق ندارد.
edit-offer-status = وضعیت
offer-status-draft = مسوده (عمومی نیست)
offer-status-published = نشر شده
offer-status-cancelled = لغو شده
offer-publish = نشر
offer-cancel = لغو این فعالیت
offer-cancel-explained = با لغو کردن، این فعالیت و همه جلسه‌های آینده آن از سایت برداشته می‌شود.
offer-repeat-monthly = هر ماه (همان روز هفته، مثلاً سه‌شنبه دوم)
offer-field-except = تاریخ‌هایی که جلسه برگزار نمی‌شود
offer-field-except-hint = مثلاً رخصتی‌های مکتب: تاریخ‌هایی مثل ⁦2026-12-29⁩، جدا شده با کامه (,).
offer-error-except = لطفاً تاریخ‌ها را این طور بنویسید: ⁦2026-12-29, 2027-01-05⁩
session-cancel = فقط لغو این جلسه
offer-cancelled-notice = این فعالیت لغو شده است. فعالیت‌های دیگر را ببینید.

## Offer editor: details, dates, copies
copy-offer-title = کاپی فعالیت
offer-details = درباره فعالیت
offer-duplicate = کاپی به عنوان فعالیت جدید
offer-flag-saved = ذخیره شد.
offer-flag-gone = انجام نشد: فعالیت یا جلسه در این فاصله تغییر کرده است. لطفاً بررسی کنید.
offer-audience-youth = جوانان
offer-field-title-plain = عنوان
offer-field-focus = مخصوصاً برای
offer-focus-choice-everyone = همه
offer-focus-choice-girls = دختران و زنان جوان
offer-field-cohosts = همراه با
offer-field-cohosts-hint = موسسه‌های دیگری که این فعالیت را با شما برگزار می‌کنند.
offer-field-contact-name = شخص تماس
offer-field-contact-email = ایمیل شخص تماس
offer-field-contact-phone = تیلفون شخص تماس
offer-field-registration = ثبت‌نام
offer-registration-none = بدون ثبت‌نام: فقط بیایید
offer-registration-series = یک بار ثبت‌نام برای همه جلسه‌ها
offer-registration-session = ثبت‌نام جداگانه برای هر جلسه
offer-field-registration-opens = ثبت‌نام از
offer-field-registration-closes = ثبت‌نام تا
offer-field-registration-window-hint = خالی بگذارید: ثبت‌نام از همین حالا باز است و با شروع فعالیت بسته می‌شود.
offer-programme-none = بدون پروگرام
offer-section-what = چه چیزی
offer-section-translations = عنوان و توضیحات به زبان‌های دیگر
offer-translations-hint = اگر متن به زبان جوانان وجود داشته باشد، آن را می‌بینند. در غیر آن، متن آلمانی را می‌بینند.
offer-section-who = چه کسانی
offer-section-where = محل
offer-section-taking-part = اشتراک
offer-section-when = زمان
offer-error-capacity-taken = تعداد بیشتری از جاها پر شده است. لطفاً حداقل همین تعداد جا وارد کنید.
offer-error-email = لطفاً یک آدرس ایمیل وارد کنید، مثلاً name@example.org.
offer-error-moment = لطفاً تاریخ و ساعت را انتخاب کنید.
offer-error-window-order = پایان ثبت‌نام باید بعد از شروع آن باشد.
offer-error-window-after-offer = ثبت‌نام باید پیش از آخرین جلسه تمام شود.
series-retime-title = تغییر ساعت همه جلسه‌های آینده
series-retime-hint = همه جلسه‌های آینده ساعت جدید را می‌گیرند. روزها تغییر نمی‌کنند.
series-retime-save = تغییر همه جلسه‌های آینده
session-move-title = فقط جابه‌جا کردن این جلسه
session-move = جابه‌جا کردن جلسه
session-field-date = تاریخ
session-add-title = اضافه کردن یک جلسه
session-add = اضافه کردن جلسه

## Programme editor
staff-programmes = پروگرام‌ها
programmes-empty = هنوز هیچ پروگرامی وجود ندارد.
programme-offer-count = { $count ->
    [one] { $count } فعالیت
   *[other] { $count } فعالیت
}
programme-new = پروگرام جدید
programme-edit = ویرایش پروگرام
programme-field-starts = روز اول
programme-field-ends = روز آخر
programme-save = ذخیره پروگرام
programme-error-end-before-start = روز آخر باید بعد از روز اول باشد.
programme-error-too-long = یک پروگرام حداکثر 120 روز طول می‌کشد.
programme-offers = فعالیت‌های این پروگرام
programme-offers-none = هنوز هیچ فعالیتی در این پروگرام نیست.
programme-offers-add = اضافه کردن فعالیت‌ها
programme-offer-change = تغییر
programme-offer-add = اضافه کردن
programme-offer-remove = بیرون کردن از پروگرام
offer-contact = تماس
offer-registration-opens-at = ثبت‌نام از { $when }
offer-registration-closes-at = ثبت‌نام تا { $when }
offer-places-full = همه جاها پر شده است. می‌توانید در لست انتظار شامل شوید.
offer-places-free = { $free ->
    [one] { $free } جای خالی مانده
   *[other] { $free } جای خالی مانده
} (از { $count })
field-site = مرکز (JMD)

## Registration
register-title = ثبت‌نام
register-intro = این کار فقط یک دقیقه وقت می‌گیرد. فقط چیزهایی را می‌پرسیم که برای این فعالیت لازم داریم.
register-field-first-name = نام (بدون تخلص)
register-field-email = آدرس ایمیل (خود شما یا والدین شما)
register-field-birth-year = سال تولد
register-field-birth-year-hint = مثلاً 2009
register-field-parent-email = آدرس ایمیل مادر یا پدر شما
register-field-parent-email-hint = فقط اگر 16 سال یا کمتر عمر دارید: والدین شما یک ایمیل دریافت می‌کنند و «بلی» یا «نه» می‌گویند.
register-field-parent-lang = زبان برای والدین شما (برای ایمیل آن‌ها)
register-field-phone = تیلفون (اختیاری)
register-field-needs = چیزی هست که باید بدانیم؟ (اختیاری)
register-field-needs-hint = مثلاً: چوکی چرخدار، حساسیت (الرژی)، خواهرم را هم با خود می‌آورم.
register-field-gender = جنسیت (اختیاری، فقط برای احصائیه ما)
register-gender-none = نمی‌خواهم بگویم
register-gender-female = زن
register-gender-male = مرد
register-gender-diverse = دیگر
register-field-date = جلسه
register-field-privacy = متن حفاظت از معلومات را خوانده‌ام.
register-privacy-text = معلومات شما را فقط برای این فعالیت نگه می‌داریم و { $months } ماه بعد از آخرین جلسه حذف می‌کنیم. فقط تیم این فعالیت آن را می‌بیند. آن را به کسی نمی‌دهیم.
register-field-photo = عکس گرفتن از من در این فعالیت مجاز است (اختیاری).
register-field-health-consent = موافقم که تیم آنچه را در بالا می‌نویسم برای این فعالیت استفاده کند، حتی اگر به صحت من مربوط باشد. (فقط وقتی لازم است که در بالا چیزی بنویسید. اگر کمتر از 16 سال عمر دارید، از والدین شما هم می‌پرسیم.)
register-error-health-consent = در بخش «چیزی هست که باید بدانیم؟» متنی نوشته‌اید. لطفاً علامت بزنید که اجازه داریم از آن استفاده کنیم، یا متن را پاک کنید.
register-submit = همین حالا ثبت‌نام کنید
register-error-name = لطفاً نام خود را بنویسید.
register-error-birth-year = لطفاً سال تولد خود را با چهار رقم بنویسید، مثلاً 2009.
register-error-phone = لطفاً در شماره تیلفون فقط رقم، فاصله و + بنویسید.
register-error-privacy = لطفاً تأیید کنید که متن حفاظت از معلومات را خوانده‌اید.
register-error-parent-email = شما 16 سال یا کمتر عمر دارید. لطفاً آدرس ایمیل مادر یا پدر خود را بنویسید.
register-not-open = این فعالیت ثبت‌نام ندارد.
register-drop-in = بدون ثبت‌نام: فقط بیایید.
register-not-yet = ثبت‌نام هنوز شروع نشده است.
register-closed = ثبت‌نام تمام شده است.
register-too-young = این فعالیت برای افراد بزرگ‌تر است.
register-too-old = این فعالیت برای افراد کم‌سن‌تر است.
register-already = با این نام و این آدرس ایمیل از قبل یک ثبت‌نام وجود دارد. لینک را دوباره به همین آدرس فرستادیم.
register-link-sent = تشکر! یک ایمیل به آدرسی که وارد کردید فرستادیم. در آن نوشته شده که بعد چه می‌شود، همراه با لینک ثبت‌نام.
register-limited = همین حالا ثبت‌نام‌های بسیار زیادی برای این آدرس آمده است. لطفاً یک ساعت بعد دوباره کوشش کنید یا از تیم JMD بپرسید.
registration-burst = همین حالا ثبت‌نام‌های بسیار زیادی از یک شبکه آمده است. به همین دلیل فعلاً در لست انتظار هستید؛ تیم آن را بررسی می‌کند.
registration-title = ثبت‌نام شما
# Siblings share a parent's address: the page says whose registration it is.
registration-for = نام ثبت‌شده: { $name }
registration-confirmed = ثبت‌نام شما انجام شد.
registration-waitlisted = شما در لست انتظار هستید، با شماره { $position }. اگر جایی خالی شود، یک ایمیل دریافت می‌کنید.
registration-awaiting-consent = یک جا برای شما نگه داشته‌ایم. والدین شما یک ایمیل گرفته‌اند. اگر آن‌ها «بلی» بگویند، ثبت‌نام شما انجام می‌شود.
registration-cancelled = این ثبت‌نام لغو شده است.
registration-cancel = لغو ثبت‌نام
registration-cancel-hint = آمده نمی‌توانید؟ لطفاً ثبت‌نام خود را لغو کنید. آن وقت جای شما به کس دیگری می‌رسد.
registration-keep-link = این صفحه را نگه دارید. لینک آن را با ایمیل هم برای شما فرستادیم.
registration-offer-link = رفتن به فعالیت
consent-title = رضایت والدین
consent-intro = { $name } می‌خواهد در این فعالیت اشتراک کند. چون { $name } 16 سال یا کمتر عمر دارد، از شما می‌پرسیم.
consent-what = چه چیزی
consent-when = زمان
consent-photos = عکس در این فعالیت
consent-photos-yes = { $name } می‌خواهد که عکس گرفتن مجاز باشد.
consent-photos-no = بدون عکس.
consent-photos-parent = بلی، عکس گرفتن از { $name } در این فعالیت مجاز است (اختیاری).
consent-text = با «بلی» موافقت می‌کنید که ما برای این فعالیت نام، آدرس ایمیل و سال تولد { $name } را نگه داریم و اگر { $name } آن‌ها را نوشته باشد: تیلفون، جنسیت، آنچه باید بدانیم (ممکن است به صحت مربوط باشد؛ با «بلی» به طور صریح موافقت می‌کنید که از آن فقط برای این استفاده کنیم که { $name } به خوبی اشتراک کند). عکس را فقط با علامت زدن خانه پایین اجازه می‌دهید. می‌توانید «نه» بگویید و هر رضایتی را بعداً پس بگیرید. این معلومات را { $months } ماه بعد از آخرین جلسه حذف می‌کنیم.
consent-yes = بلی، موافقم
consent-no = نه
consent-done-yes = تشکر. ثبت‌نام { $name } انجام شد.
consent-done-no = از پاسخ شما تشکر. ثبت‌نام لغو شد.
consent-answered = به این درخواست قبلاً پاسخ داده شده یا اعتبار آن تمام شده است.

## Messages
mail-confirmed-subject = ثبت‌نام شما انجام شد: { $offer }
mail-confirmed-body = سلام { $name }،

    ثبت‌نام شما برای این فعالیت انجام شد: { $offer }
    زمان: { $when }
    محل: { $where }

    دیدن یا لغو ثبت‌نام: { $link }
    همه ثبت‌نام‌های شما: { $me }

    به امید دیدار!
mail-waitlisted-subject = لست انتظار: { $offer }
mail-waitlisted-body = سلام { $name }،

    همه جاهای «{ $offer }» پر شده است. شما در لست انتظار هستید.
    اگر جایی خالی شود، برای شما ایمیل می‌فرستیم.

    دیدن یا لغو ثبت‌نام: { $link }
    همه ثبت‌نام‌های شما: { $me }
mail-promoted-subject = یک جا خالی شد: { $offer }
mail-promoted-body = سلام { $name }،

    خبر خوش: یک جا خالی شد. حالا ثبت‌نام شما برای این فعالیت انجام شده است: { $offer }
    زمان: { $when }
    محل: { $where }

    آمده نمی‌توانید؟ لطفاً لغو کنید: { $link }
    همه ثبت‌نام‌های شما: { $me }
mail-awaiting-consent-subject = از والدین شما می‌پرسیم: { $offer }
mail-awaiting-consent-body = سلام { $name }،

    یک جا برای شما نگه داشته‌ایم: { $offer }
    والدین شما یک ایمیل گرفته‌اند. اگر آن‌ها «بلی» بگویند، ثبت‌نام شما انجام می‌شود.

    ثبت‌نام شما: { $link }
mail-consent-request-subject = لطفاً موافقت کنید: { $name } می‌خواهد اشتراک کند
mail-consent-request-body = سلام،

    { $name } می‌خواهد در این فعالیت اشتراک کند: { $offer }
    زمان: { $when }
    محل: { $where }

    چون { $name } 16 سال یا کمتر عمر دارد، به موافقت شما نیاز داریم.
    این‌جا همه چیز را می‌بینید و می‌توانید «بلی» یا «نه» بگویید: { $link }

    جای { $name } تا 3 روز نگه داشته می‌شود.
mail-consent-expired-subject = اعتبار ثبت‌نام تمام شد: { $offer }
mail-consent-expired-body = سلام { $name }،

    والدین شما به‌موقع جواب ندادند. به همین دلیل ثبت‌نام شما برای «{ $offer }» لغو شد.
    می‌توانید دوباره ثبت‌نام کنید.
mail-cancelled-subject = لغو شد: { $offer }
mail-cancelled-body = سلام { $name }،

    ثبت‌نام شما برای «{ $offer }» لغو شد.

    ثبت‌نام شما: { $link }
    همه ثبت‌نام‌های شما: { $me }
mail-already-subject = ثبت‌نام شما: { $offer }
mail-already-body = سلام { $name }،

    کسی خواست با آدرس ایمیل شما برای «{ $offer }» ثبت‌نام کند. شما از قبل ثبت‌نام کرده‌اید.
    دیدن یا لغو ثبت‌نام: { $link }
cancel-note = پیام به افراد ثبت‌نام‌شده (اختیاری)
cancel-note-hint = همه افراد ثبت‌نام‌شده یک ایمیل با متن شما دریافت می‌کنند، مثلاً با یک تاریخ دیگر.
session-cancel-confirm = لغو جلسه
mail-offer-cancelled-subject = لغو شد: { $offer }
mail-offer-cancelled-body = سلام { $name }،

    متأسفانه «{ $offer }» لغو شد. هیچ‌کدام از جلسه‌ها برگزار نمی‌شود.

    { $note }
mail-session-cancelled-subject = جلسه لغو شد: { $offer }
mail-session-cancelled-body = سلام { $name }،

    جلسه { $when } از «{ $offer }» لغو شد. جلسه‌های دیگر برگزار می‌شوند.

    { $note }

## Participants (staff)
participants-title = افراد ثبت‌نام‌شده
participants-flag-saved = ذخیره شد.
participants-flag-gone = انجام نشد: ثبت‌نام در این فاصله تغییر کرده است.
participants-flag-full = هیچ جای خالی نیست. تعداد جاها را بیشتر کنید یا یک ثبت‌نام را لغو کنید.
participants-flag-message-sent = پیام در راه است.
participants-flag-message-empty = لطفاً یک موضوع و یک متن بنویسید.
participants-status-confirmed = ثبت‌نام شده
participants-status-awaiting_consent = در انتظار والدین
participants-status-waitlisted = لست انتظار
participants-status-cancelled = لغو شده
participants-csv = دانلود لست به شکل جدول (CSV)
participants-add = ثبت‌نام یک نفر (مثلاً در محل)
participants-add-submit = ثبت‌نام
participants-message = پیام به همه افراد ثبت‌نام‌شده
participants-message-subject = موضوع
participants-message-body = متن
participants-message-send = فرستادن پیام
participants-actions = اقدامات
participants-move-up = همین حالا جا دادن
participants-cancel = لغو
participants-cancel-reason = دلیل (اختیاری)
participants-registered-at = تاریخ ثبت‌نام
participants-flag-consent-saved = رضایت ثبت شد.
participants-consent = رضایت والدین
participants-consent-link = از طریق لینک، به تاریخ { $date }
participants-consent-paper = روی کاغذ: { $name }، امضا شده به تاریخ { $date }، فورم { $form }
participants-consent-record = ثبت رضایت کاغذی
participants-typed-parent = در فورم آدرس دیگری برای والدین آمده بود: { $email }. از آن پرسیده نشد. پیش از ثبت رضایت بررسی کنید کدام درست است.
participants-burst = به دلیل ثبت‌نام‌های زیاد از یک شبکه در یک ساعت در لست انتظار است. لطفاً بررسی کنید و در صورت نیاز بپذیرید.
participants-correct = اصلاح معلومات
participants-field-lang = زبان پیام‌ها
participants-field-parent-lang = زبان والدین
participants-correct-hint = نام و آدرس ایمیل تغییر نمی‌کنند: این دو مشخص می‌کنند که شخص کیست. این تغییر ثبت می‌شود.
participants-correct-submit = ذخیره اصلاح
participants-flag-corrected = معلومات اصلاح شد.
consent-paper-signed-by = امضا شده توسط (نام مادر، پدر یا سرپرست قانونی)
consent-paper-signed-on = تاریخ امضا
consent-paper-form = فورم (نام یا نسخه)
consent-paper-form-hint = همان طور که روی فورم نوشته شده، مثلاً „Einwilligung JMD 2026-03“.
consent-paper-photos = این فورم اجازه عکس را هم می‌دهد.
consent-paper-submit = ثبت رضایت
consent-paper-error-signed-by = لطفاً بنویسید چه کسی امضا کرده است.
consent-paper-error-signed-on = لطفاً تاریخ امضا را بنویسید: امروز یا در 12 ماه گذشته.
consent-paper-error-form = لطفاً بنویسید کدام فورم امضا شده است.
answer-yes = بلی
answer-no = نه

## Undeliverable mail (admins)
outbox-title = ایمیل‌های نرسیده
outbox-intro = سرور ایمیل این پیام‌ها را نپذیرفت. وقتی علت مشکل رفع شد (مثلاً یک آدرس غلط یا معلومات ورود غلط)، می‌توانید دوباره کوشش کنید.
outbox-none-failed = همه پیام‌ها رسیدند.
outbox-error = خطا
outbox-attempts = { $count ->
    [one] { $count } بار کوشش
   *[other] { $count } بار کوشش
}
outbox-retry = فرستادن دوباره
outbox-retried = پیام به زودی دوباره فرستاده می‌شود.

## Calendar
calendar-add = اضافه کردن به تقویم
calendar-subscribe = وصل کردن به تقویم شما
calendar-alarm = 2 ساعت دیگر شروع می‌شود.
mail-date-changed-subject = زمان جدید: { $offer }
mail-date-changed-body = سلام { $name }،

    یکی از جلسه‌های «{ $offer }» زمان جدید دارد. تقویم شما با این ایمیل زمان جدید را می‌گیرد.
    محل: { $where }

    ثبت‌نام شما: { $link }
mail-reminder-day-subject = فردا: { $offer }
mail-reminder-day-body = سلام { $name }،

    فردا شروع می‌شود: { $offer }
    زمان: { $when }
    محل: { $where }

    آمده نمی‌توانید؟ لطفاً لغو کنید: { $link }
mail-reminder-hours-subject = به زودی: { $offer }
mail-reminder-hours-body = سلام { $name }،

    دو ساعت دیگر شروع می‌شود: { $offer }
    زمان: { $when }
    محل: { $where }

    آمده نمی‌توانید؟ لطفاً لغو کنید: { $link }
offer-field-remind-day = یادآوری با ایمیل یک روز پیش از هر جلسه
offer-field-remind-hours = یادآوری با ایمیل دو ساعت پیش از هر جلسه
me-feed-title = جلسه‌های شما در تقویم خودتان
me-feed-intro = با این لینک، تقویم موبایل شما همه جلسه‌ها را نشان می‌دهد، حتی وقتی زمانی تغییر کند. این لینک را به کسی ندهید.
me-feed-new = ساختن لینک جدید تقویم

## Site settings (staff)
site-mail-title = فرستنده ایمیل‌ها
site-mail-intro = اشتراک‌کنندگان این نام را در صندوق ایمیل خود می‌بینند. وقتی به یک پیام جواب می‌دهند، جواب به آدرس پاسخ می‌رود. اگر یک بخش را خالی بگذارید، تنظیم پیش‌فرض این سرور Treffpunkt استفاده می‌شود.
site-mail-from-name = نام فرستنده
site-mail-from-name-hint = مثلاً: JMD Köln
site-mail-from-address = آدرس فرستنده
site-mail-from-address-hint = فقط آدرسی که سرور ایمیل شما اجازه دارد از طرف آن بفرستد. از تیم IT خود بپرسید.
site-mail-reply-to = آدرس پاسخ
site-mail-reply-to-hint = مثلاً صندوق ایمیل تیم شما: jmd@example.org
site-mail-save = ذخیره
site-mail-error-name = لطفاً نامی با حداکثر 80 کرکتر و در یک سطر بنویسید.

## Accessibility statement and translation note
translation-note = این صفحه با کمک ماشین ترجمه شده است. هنوز کسی که زبان مادری‌اش دری است آن را بررسی نکرده است.
translation-note-link = کمک کنید آن را بهتر بسازیم
accessibility-title = اعلامیه دسترسی‌پذیری
accessibility-scope = این اعلامیه درباره ویب‌سایت Treffpunkt به آدرس { $url } است.
accessibility-status-heading = این ویب‌سایت تا چه اندازه دسترسی‌پذیر است؟
accessibility-status = این ویب‌سایت تا اندازه‌ای دسترسی‌پذیر است. از قواعد BITV 2.0 و WCAG 2.1 سطح AA پیروی می‌کند، با کمبودهایی که در پایین آمده است.
accessibility-gaps-heading = چه چیزهایی هنوز دسترسی‌پذیر نیست؟
accessibility-gap-translations = متن‌های عربی، اوکراینی، فارسی، دری، ترکی و روسی با کمک ماشین نوشته شده‌اند. هنوز کسانی که زبان مادری‌شان این زبان‌هاست آن‌ها را بررسی نکرده‌اند.
accessibility-gap-tables = بعضی جدول‌ها برای کارمندان پهن هستند. روی صفحه کوچک باید آن‌ها را به پهلو بکشید.
accessibility-method-heading = این را چطور بررسی کردیم؟
accessibility-method = ما به تاریخ { $date } ویب‌سایت را خودمان بررسی کردیم: با تست‌های خودکار (axe) در همه صفحه‌ها و به همه زبان‌ها، و با تست فقط با کیبورد و روی صفحه کوچک موبایل.
accessibility-feedback-heading = موانع را به ما بگویید
accessibility-feedback = چیزی برای شما کار نمی‌کند؟ خواندن یا استفاده از چیزی دشوار است؟ لطفاً به ما بنویسید. ما در ظرف دو هفته به شما جواب می‌دهیم.
accessibility-enforcement-heading = اگر از جواب ما راضی نیستید
accessibility-enforcement = می‌توانید به دفتر میانجی‌گری طبق قانون برابری افراد دارای معلولیت مراجعه کنید (Schlichtungsstelle nach dem Behindertengleichstellungsgesetz). این کار رایگان است.

## Offline
offline-title = آفلاین هستید
offline-text = فعلاً انترنت وصل نیست. اگر فورمی فرستادید، فرستاده نشد. چیزهایی که نوشتید حفظ شده‌اند. وقتی دوباره آنلاین شدید، آن را دوباره بفرستید.
offline-own-registrations = ثبت‌نام‌های من (ذخیره‌شده روی این موبایل)

## Requests that cannot be read
unreadable-title = انجام نشد
unreadable-text = این درخواست را خوانده نمی‌توانیم. لطفاً برگردید و دوباره کوشش کنید.

# The person's own corrections on their registration page
registration-details = تغییر معلومات من
registration-details-hint = نام و آدرس ایمیل ثابت می‌مانند، چون نشان می‌دهند شما چه کسی هستید. بقیه را تیم برای شما تغییر می‌دهد.
registration-details-saved = معلومات شما ذخیره شد.
registration-parent-on-file = درخواست‌ها برای والدین شما به { $email } فرستاده می‌شوند. این آدرس را فقط تیم تغییر می‌دهد.
registration-parent-hint = فقط اگر هنوز 16 ساله نشده‌اید لازم است.
own-correction-ask-staff = این سال را فقط تیم می‌تواند وارد کند، چون در آن صورت دیگر از والدین شما پرسیده نمی‌شود. لطفاً با تیم صحبت کنید.

# Site set-up: sites, partners, venues
form-error-missing = لطفاً این بخش را پر کنید.
site-error-slug = لطفاً فقط حروف، اعداد و خط تیره، حداکثر 40 کرکتر.
site-error-slug-taken = این آدرس را مرکز دیگری دارد. لطفاً آدرس دیگری انتخاب کنید.
site-error-time-zone = این منطقه زمانی را نمی‌شناسیم. لطفاً به شکل قاره/شهر بنویسید، مثلاً Europe/Berlin.
site-error-districts = لطفاً حداکثر 100 ناحیه، هر کدام در یک سطر و حداکثر 60 کرکتر.
organisation-error-website = لطفاً آدرس ویب‌سایتی وارد کنید که با https:// شروع شود.
venue-error-no-districts = برای مرکز شما هنوز ناحیه‌ای ثبت نشده است. اول آن‌ها را در تنظیمات مرکز وارد کنید.
organisation-contact = تماس
organisation-kind-jmd = خدمات مهاجرت جوانان
organisation-kind-school = مکتب
organisation-kind-youth_centre = مرکز جوانان
organisation-kind-migrant_org = موسسه مهاجران
organisation-kind-sports_club = کلب ورزشی
organisation-kind-jobcenter = جاب‌سنتر (Jobcenter)
organisation-kind-municipal = مرکز ادغام شاروالی
organisation-kind-church = کلیسا
organisation-kind-welfare = موسسه رفاه اجتماعی
organisation-kind-employer = کارفرما
organisation-kind-culture = فرهنگ و آموزش
organisation-kind-other = دیگر
site-settings-title = مرکز
site-public-page = دیدن صفحه عمومی
site-new-title = مرکز جدید
site-new-intro = هر مرکز یک دفتر خدمات مهاجرت جوانان با آدرس، تیم و فعالیت‌های خودش است. پس از آن همکاران و محل‌ها را اضافه می‌کنید و تیم را دعوت می‌کنید.
site-field-state-choose = لطفاً انتخاب کنید
site-field-slug = آدرس صفحه
site-field-slug-hint = بخش آخر ‎/sites/…‎، مثلاً koeln. اگر خالی بماند از نام شهر ساخته می‌شود. پس از آن تغییر نمی‌کند.
site-section-public = برای عموم
site-field-name = نام
site-field-name-hint = نام مرکز در همه صفحه‌ها، مثلاً JMD Köln.
site-field-city = شهر
venue-field-street = سرک و نمبر خانه
venue-field-postal-code = کود پستی
site-field-phone = تیلفون
site-field-opening-hours = ساعات کاری
site-field-opening-hours-hint = هر روز یک سطر، مثلاً: Mo–Do 9–16 Uhr
site-field-description = توضیح کوتاه (به آلمانی)
site-section-carrier = نهاد مسئول (برای معلومات حقوقی)
site-section-carrier-hint = موسسه‌ای که خدمات مهاجرت جوانان را اداره می‌کند، با آدرس پستی آن.
site-field-carrier = نام نهاد مسئول
site-field-carrier-address = آدرس پستی نهاد مسئول
site-section-planning = پلان‌گذاری
site-field-state = ایالت
site-field-state-hint = رخصتی‌های مکتب و رخصتی‌های رسمی بر اساس آن است.
site-field-districts = ناحیه‌ها
site-field-districts-hint = هر ناحیه در یک سطر. محل‌ها در یکی از آن‌ها قرار دارند و در فلترها نشان داده می‌شوند.
site-field-time-zone = منطقه زمانی
site-field-time-zone-hint = در آلمان Europe/Berlin. همه زمان‌های این مرکز در این منطقه است.
site-create = ساختن مرکز
network-organisations = موسسه‌های همکار
network-venues = محل‌ها
network-organisation-new = همکار جدید
network-venue-new = محل جدید
network-organisations-none = هنوز همکاری نیست.
network-venues-none = هنوز محلی نیست.
organisation-field-kind = نوع
network-archived = آرشیف‌شده
network-edit = ویرایش
network-archive = آرشیف
network-archive-hint = فعالیت‌های گذشته همان طور می‌مانند. برای فعالیت‌های جدید دیگر پیشنهاد نمی‌شود.
network-restore = بازگرداندن
network-restore-hint = آرشیف شده است. پس از بازگرداندن دوباره برای فعالیت‌های جدید قابل انتخاب است.
network-public-page = دیدن صفحه عمومی
organisation-field-website = ویب‌سایت
organisation-field-website-hint = با https:// در آغاز.
organisation-field-contact-hint = تیلفون، ایمیل یا آدرس دفتر، بدون معلومات شخصی.
venue-map-link = دیدن در OpenStreetMap
venue-field-name-hint = نامی که جوانان با آن محل را پیدا می‌کنند، مثلاً Jugendzentrum Kalk، اتاق 2.
venue-field-transit = رسیدن با بس و قطار
venue-field-transit-hint = مثلاً: خط 1 تا Kalk Post، سپس 3 دقیقه پیاده.
venue-section-access = دسترسی‌پذیری
venue-hearing-loop = حلقه شنوایی
venue-field-notes = نکته‌هایی درباره دسترسی
setup-title = کارهایی که هنوز مانده است
setup-details = آدرس، نهاد مسئول، ایالت و ناحیه‌های مرکز را وارد کنید
setup-no-venue = هنوز محلی نیست: یکی اضافه کنید.
setup-no-venue-partner = هنوز محلی نیست. تیم مرکز پیشنهاد شما را تأیید می‌کند.
setup-no-partner = هنوز موسسه همکاری نیست: مکتب‌ها، مراکز جوانان و انجمن‌ها را اضافه کنید
setup-no-staff = هنوز عضوی در تیم نیست: تیم را دعوت کنید.
setup-no-offer = هنوز فعالیتی نیست: اولین فعالیت را بسازید
setup-no-site = هنوز مرکزی نیست.
sites-title = خدمات مهاجرت جوانان نزدیک شما
sites-intro = این‌جا مشوره می‌گیرید و گروه‌ها و رویدادها را پیدا می‌کنید. سر بزنید یا برای ما بنویسید.
site-carrier-label = زیر نظر
home-site-choice = انتخاب مرکز
home-all-sites = همه مراکز
translations-description-only = توضیحات به زبان‌های دیگر

# Days off: public holidays, school holidays, closing days
holiday-new-year = سال نو میلادی
holiday-good-friday = جمعه نیک
holiday-easter-sunday = یکشنبه عید پاک
holiday-easter-monday = دوشنبه عید پاک
holiday-labour-day = روز کارگر
holiday-ascension = عید عروج مسیح
holiday-whit-sunday = یکشنبه پنطیکاست
holiday-whit-monday = دوشنبه پنطیکاست
holiday-german-unity = روز وحدت آلمان
holiday-christmas = روز کرسمس
holiday-boxing-day = روز دوم کرسمس
holiday-epiphany = عید ظهور
holiday-womens-day = روز جهانی زن
holiday-corpus-christi = عید جسم مسیح
holiday-assumption = عید عروج مریم
holiday-childrens-day = روز جهانی اطفال
holiday-reformation-day = روز اصلاحات دینی
holiday-all-saints = روز همه مقدسان
holiday-repentance-day = روز توبه و دعا
offer-field-skip-days-off = حذف رخصتی‌های رسمی، رخصتی‌های مکتب و روزهای رخصتی مرکز
offer-field-skip-days-off-hint = بر اساس تقویم ایالت و روزهای رخصتی مرکز. روزهای حذف‌شده در تعداد جلسه‌ها حساب می‌شوند.
offer-no-session = به تاریخ { $date } جلسه‌ای نیست: { $reason }
site-closing-days = روزهای رخصتی
site-closing-days-hint = روزهایی که مرکز بسته است، مثل روزهای میان رخصتی‌ها یا روزهای تیمی. Treffpunkt رخصتی‌های رسمی و رخصتی‌های مکتب ایالت را می‌داند.
site-closing-day-date = روز
site-closing-day-reason = دلیل
site-closing-day-add = اضافه کردن روز رخصتی
site-closing-day-remove = حذف
site-closing-days-none = هنوز روز رخصتی ثبت نشده است.
closing-day-error-date = لطفاً روزی از امروز به بعد انتخاب کنید، حداکثر سه سال جلوتر.
closing-day-error-reason = لطفاً دلیلی کوتاه بنویسید، حداکثر 80 کرکتر.
school-holidays-autumn = رخصتی‌های خزانی
school-holidays-christmas = رخصتی‌های کرسمس
school-holidays-winter = رخصتی‌های زمستانی
school-holidays-easter = رخصتی‌های عید پاک
school-holidays-whitsun = رخصتی‌های پنطیکاست
school-holidays-summer = رخصتی‌های تابستانی
school-holidays-other = مکتب رخصت است
network-proposed = پیشنهادی
network-confirm = تأیید
venue-propose-title = پیشنهاد محل
venue-propose-intro = تیم مرکز این محل را بررسی می‌کند. پس از آن می‌توانید آن را برای فعالیت‌ها انتخاب کنید.
venue-propose-link = محل در لست نیست؟ یکی را پیشنهاد کنید.
venue-proposed-flash = تشکر! تیم مرکز این محل را بررسی می‌کند و پس از آن می‌توانید آن را انتخاب کنید.
setup-venue-proposals = محل‌های پیشنهادی منتظر تأیید هستند

# Offers as staff describe them: cost, what to bring, meeting point, several days
offer-field-cost = هزینه به یورو
offer-field-cost-hint = اگر رایگان است خالی بگذارید. مثلاً 5 یا 12.50. جوانان می‌خوانند که می‌توانند کمک بخواهند.
offer-error-cost = لطفاً مبلغی مثل 5 یا 12.50 وارد کنید، حداکثر 1000 یورو.
offer-cost = هزینه
offer-cost-free = رایگان
offer-cost-amount = { $euros }.{ $cents } یورو
offer-cost-support = برای شما زیاد است؟ از ما درباره کمک بپرسید.
offer-field-bring = چه چیزی همراه بیاورند
offer-field-bring-hint = مثلاً: بوت ورزشی، بوتل آب.
offer-bring = با خود بیاورید
offer-field-meeting-point = محل ملاقات
offer-field-meeting-point-hint = فقط وقتی در خود محل ملاقات نمی‌کنید، مثلاً: دروازه اصلی ایستگاه مرکزی قطار.
offer-meeting-point = محل ملاقات
offer-field-end-date = روز آخر
offer-field-end-date-hint = فقط برای یک فعالیت چندروزه، مثل سفری از جمعه تا یکشنبه. ساعت پایان برای روز آخر است.
offer-error-end-date = روز آخر همان روز اول یا بعد از آن است، حداکثر 14 روز بعد.
offer-error-end-date-series = فعالیت‌های چندروزه تکرار نمی‌شوند.
offer-field-visibility = چه کسی این فعالیت را پیدا می‌کند
offer-field-visibility-hint = جلسه‌های شبکه و گروه‌های کاری را فقط تیم و همکاران می‌بینند. با لینک دعوت: فقط کسی که لینک را دارد.
offer-visibility-public = همه (عمومی)
offer-visibility-partners = فقط تیم و همکاران
offer-visibility-invited = فقط با لینک دعوت
offer-invitation-link = لینک دعوت برای فرستادن:
agenda-from-time = از { $time }
agenda-until-time = تا { $time }
agenda-all-day = تمام روز

# Trips with a night away
offer-field-overnight = با شب‌باشی (سفر، کمپ)
offer-field-overnight-hint = در این صورت در ثبت‌نام یک تماس عاجل خواسته می‌شود. برای همه افراد زیر 18 سال، رضایت‌نامه امضاشده والدین روی کاغذ را در لست اشتراک‌کنندگان ثبت می‌کنید.
offer-overnight = شب‌باشی
offer-overnight-text = شب را بیرون از خانه می‌مانیم. هنگام ثبت‌نام یک تماس عاجل می‌پرسیم. اگر زیر 18 سال هستید، به رضایت‌نامه کتبی والدین خود نیاز دارید: فورم آن را از ما می‌گیرید.
register-field-emergency-contact = تماس در حالت عاجل
register-field-emergency-contact-hint = نام و شماره تیلفون کسی که در جریان سفر بتوانیم با او تماس بگیریم.
register-error-emergency-contact = لطفاً یک نام و شماره تیلفون برای حالت عاجل بنویسید.
registration-trip-consent = برای این سفر به رضایت‌نامه کتبی والدین شما نیاز داریم. آن را امضاشده حداکثر تا زمان حرکت بیاورید؛ فورم را از ما می‌گیرید.
participants-trip-consent-paper = سفر: رضایت کتبی از { $name }، امضا به تاریخ { $date }، فورم { $form }
participants-trip-consent-missing = سفر: رضایت کتبی والدین هنوز نرسیده است
participants-trip-consent-record = ثبت رضایت برای سفر
participants-photo-consent-record = ثبت موافقت والدین با عکس
participants-needs-wait-parent = پس از موافقت والدین دیده می‌شود (ممکن است به صحت مربوط باشد)
participants-photos-allowed = عکس: مجاز
participants-photos-refused = عکس: مجاز نیست
participants-photos-parent-missing = عکس: موافقت والدین هنوز نیامده
staff-done-created = مرکز ساخته شد. لست پایین نشان می‌دهد چه چیزی هنوز کم است.
staff-done-welcome = رمز عبور شما ذخیره شد. به Treffpunkt خوش آمدید!

# Retention
site-section-privacy = حریم خصوصی: معلومات را چه مدت نگه می‌داریم
site-section-privacy-hint = پس از آن Treffpunkt روزی یک بار معلومات را خودکار حذف می‌کند. این مدت‌ها در اعلامیه حریم خصوصی آمده است.
site-field-keep-months = ثبت‌نام‌ها: ماه پس از آخرین جلسه
site-field-keep-months-hint = از 1 تا 36؛ خالی: 6.
site-field-keep-days = پیام‌های فرستاده‌شده: روز
site-field-keep-days-hint = از 1 تا 365؛ خالی: 30.
site-error-period = لطفاً یک عدد کامل در محدوده گفته‌شده بنویسید.

# My data
own-data-title = معلومات من
own-data-intro = این‌جا همه چیزهایی را که درباره شما نگه می‌داریم می‌بینید. می‌توانید آن را دانلود کنید، موافقت خود با عکس را پس بگیرید یا همه چیز را حذف کنید.
own-data-of = معلومات { $name }
own-data-what = این همان چیزی است که نگه می‌داریم، همان طور که ذخیره شده است. پیام‌ها را برای مدت کوتاه و ثبت‌نام‌ها را تا چند ماه پس از آخرین جلسه نگه می‌داریم.
own-data-download = دانلود همه چیز (JSON)
own-data-photos-text = شما اجازه عکس داده‌اید. هر وقت بخواهید می‌توانید آن را پس بگیرید.
own-data-photos-withdraw = دیگر عکس نه
own-data-delete-title = حذف همه چیز
own-data-delete-warning = این کار همه چیز درباره { $name } را حذف می‌کند. ثبت‌نام‌های جاری لغو می‌شوند: جاها به نفرهای بعدی لست انتظار می‌رسد. این کار برگشت ندارد.
own-data-delete-confirm = بلی، همه چیز حذف شود
own-data-delete = حذف برای همیشه
own-data-delete-all-warning = حذف همه در این‌جا: { $names }. ثبت‌نام‌های جاری لغو می‌شوند و جاها به نفرهای بعدی لست انتظار می‌رسد. این کار برگشت ندارد.
own-data-delete-all = حذف همه برای همیشه
own-data-deleted = حذف شد. دیگر چیزی درباره این شخص نگه نمی‌داریم.
own-data-flag-photos-withdrawn = انجام شد: دیگر عکس نه.
own-data-flag-confirm-missing = اگر واقعاً می‌خواهید همه چیز حذف شود، «بلی، همه چیز حذف شود» را علامت بزنید.
own-data-table-participants = درباره شخص
own-data-table-registrations = ثبت‌نام‌ها
own-data-table-reminders-sent = یادآوری‌ها
own-data-table-calendar-feeds = اتصال تقویم
own-data-table-outbox = پیام‌ها به این آدرس

# People (requests about personal data)
people-title = افراد
people-intro = برای درخواست‌های تیلفونی یا حضوری: کسی که می‌خواهد بداند چه چیزی نگه می‌داریم یا می‌خواهد حذف شود. هر نگاه به معلومات یک شخص در سابقه ثبت می‌شود.
people-search = آدرس ایمیل یا نام
people-search-hint = آدرس کامل (همچنین آدرس والدین) یا آغاز نام.
people-search-submit = جستجو
people-none = کسی پیدا نشد.
people-registrations = { $count } ثبت‌نام

# Legal pages
legal-privacy = اعلامیه حریم خصوصی
legal-imprint = مشخصات ناشر (Impressum)
legal-choose-site = برای کدام مرکز؟
legal-controller-title = چه کسی مسئول است؟
legal-controller-text = مسئول { $site } نهادی است که آن را اداره می‌کند:
legal-dpo = مسئول حفاظت از معلومات:
legal-dpo-none = پرسش‌ها درباره حریم خصوصی به:
legal-what-title = چه چیزی نگه می‌داریم، چرا و تا چه وقت
legal-what-registration = وقتی ثبت‌نام می‌کنید: نام، آدرس ایمیل، سال تولد و زبان؛ به انتخاب خود شما تیلفون، جنسیت، آنچه باید بدانیم و این که عکس مجاز است یا نه؛ برای سفرهای با شب‌باشی یک تماس عاجل. چرا: تا بتوانید اشتراک کنید (کار با جوانان به عنوان وظیفه عامه، ماده 6 فقره 1 جزء (ه) مقررات عمومی حفاظت از معلومات، DSGVO). تا چه وقت: تا { $months } ماه پس از آخرین جلسه.
legal-what-parents = اگر 16 سال یا کمتر عمر دارید: آدرس ایمیل و زبان والدین شما و این که آیا و چه وقت موافقت کرده‌اند (رضایت، ماده 6 فقره 1 جزء (الف)). آنچه را درباره صحت خود برای ما می‌نویسید فقط برای این به کار می‌بریم که به خوبی اشتراک کنید، و فقط با رضایت (ماده 9 فقره 2 جزء (الف)). تا چه وقت: مانند ثبت‌نام.
legal-what-consents = عکس فقط با موافقت: اگر کمتر از 18 سال عمر دارید، موافقت والدین شما را هم لازم داریم، و از 14 سالگی همیشه موافقت خود شما را هم. آنچه را باید درباره صحت شما بدانیم فقط با رضایت صریح شما به کار می‌بریم، و زیر 16 سال با رضایت والدین شما (ماده 9 فقره 2 جزء (الف)). هر رضایت را با نسخه و زبان متن آن نگه می‌داریم، تا وقتی که ثبت‌نام نگه داشته می‌شود.
legal-what-audit = اگر تمویل‌کننده باید لست اشتراک‌کنندگان را تفتیش کند (گزارش مصرف بودجه)، آن را تا پایان تفتیش نگه می‌داریم، حداکثر ده سال (ماده 6 فقره 1 جزء (ج)). اگر در این مدت درخواست حذف کنید، معلومات شما را محدود می‌کنیم: دیگر کسی از آن استفاده نمی‌کند و به محض پایان تفتیش آن را حذف می‌کنیم (ماده 17 فقره 3 جزء (ب) و ماده 18).
legal-what-figures = پیش از حذف، بدون نام می‌شماریم که در هر ماه، فعالیت، ساحه، ناحیه، جنسیت و گروه سنی چند ثبت‌نام بوده است. این احصائیه را برای گزارش‌ها نگه می‌داریم؛ عددهای کمتر از 5 را هرگز بیرون نمی‌دهیم.
legal-what-messages = پیام‌هایی که برای شما می‌فرستیم (تأییدها، یادآوری‌ها، لینک‌ها): { $days } روز. برای جلوگیری از سوءاستفاده، شمارنده‌های رمزگذاری‌شده آدرس‌ها و شبکه‌ها حداکثر یک روز، و سابقه این که چه کسی در تیم چه چیزی را تغییر داد، دو سال (منافع مشروع، ماده 6 فقره 1 جزء (و)).
legal-who-title = چه کسی معلومات را می‌بیند
legal-who-text = فقط تیم { $site } و موسسه همکاری که فعالیت را برگزار می‌کند. چیزی را به کسی نمی‌دهیم و چیزی نمی‌فروشیم.
legal-processors = شرکت‌های فنی که از طرف ما کار می‌کنند:
legal-none-text = بدون اعلان، بدون ردیابی. کوکی فقط برای زبان، مرکز و ورود. صفحه‌ها چیزی را از سرورهای دیگر بارگذاری نمی‌کنند.
legal-rights-title = حقوق شما
legal-rights-text = هر وقت بخواهید می‌توانید ببینید چه چیزی نگه می‌داریم، آن را دانلود کنید، اصلاح آن را بخواهید و آن را حذف کنید: در «ثبت‌نام‌های من» با لینکی به آدرس ایمیل شما، یا نزد تیم. رضایت را هر وقت بخواهید می‌توانید پس بگیرید. می‌توانید به اداره حفاظت از معلومات ایالت خود شکایت کنید.
legal-imprint-text = معلومات طبق ماده 5 قانون DDG. ارائه‌کننده این صفحه‌ها برای { $site }:
legal-contact = تماس
site-field-privacy-contact = مسئول حفاظت از معلومات (نام و تماس)
site-field-processors = شرکت‌های فنی (پروسس‌کنندگان)
site-field-processors-hint = مثلاً: میزبانی نزد …، فرستادن ایمیل از طریق … همین طور در اعلامیه حریم خصوصی می‌آید.

# Consent records
own-data-table-consents = رضایت‌ها
consent-field-purpose = برای
consent-field-given-by = از طرف
consent-field-method = چگونه
consent-field-given-at = چه وقت
consent-field-withdrawn-at = پس گرفته شد به تاریخ
consent-field-text-version = نسخه متن
consent-purpose-privacy-notice = اعلامیه حریم خصوصی خوانده شد
consent-purpose-parent = رضایت والدین
consent-purpose-photos = عکس‌ها
consent-purpose-trip-paper = سفر: رضایت کتبی
consent-purpose-health-needs = معلوماتی که ممکن است به صحت مربوط باشد
consent-given-by-self = خود شما
consent-given-by-parent = والدین
consent-given-by-staff = تیم
consent-method-online = آنلاین
consent-method-paper = روی کاغذ
consent-method-in-person = حضوری

# Privacy in operation (admins)
privacy-admin-title = حریم خصوصی در عمل
privacy-admin-next-run = اجرای روزانه بعدی حذف می‌کند:
privacy-admin-record = لست فعالیت‌های پروسس معلومات (ماده 30)
privacy-admin-record-hint = از لست در کود: هر ستون دارای معلومات شخصی، با کلمات خودش (انگلیسی).
privacy-admin-record-csv = دانلود به شکل جدول
hold-title = نگهداری برای تفتیش
hold-intro = پس از آخرین جلسه، وقتی مهلت تعیین‌شده برای این مرکز تمام شود، ثبت‌نام‌ها را حذف می‌کنیم. اگر تمویل‌کننده بخواهد لست را بعداً تفتیش کند (گزارش مصرف بودجه)، آن را تا پایان تفتیش نگه دارید. در این مدت، معلومات کسی که درخواست حذف کند به جای حذف، محدود می‌شود.
hold-reason = کدام تفتیش؟
hold-reason-hint = مثلاً «گزارش مصرف KJP 2026». لطفاً نام ننویسید.
hold-until = نگهداری تا
hold-until-hint = آخرین روزی که لست لازم است؛ حداکثر ده سال.
hold-submit = نگه داشتن لست
hold-active = این لست تا { $date } (با همان روز) نگه داشته می‌شود: { $reason }. پس از آن، اجرای روزانه آنچه را مهلتش گذشته حذف می‌کند.
hold-end = پایان نگهداری از همین حالا
hold-error-reason = لطفاً بنویسید لست برای کدام تفتیش نگه داشته می‌شود.
hold-error-until = لطفاً روزی بعد از امروز بنویسید، حداکثر ده سال بعد.
participants-flag-held = ذخیره شد. لست برای تفتیش نگه داشته می‌شود.
participants-flag-hold-ended = نگهداری لست برای تفتیش پایان یافت.
participants-status-restricted = محدودشده (درخواست حذف، نگه‌داشته برای تفتیش)
own-data-restricted = حذف شد، به جز ثبت‌نام‌هایی که تمویل‌کننده هنوز ممکن است لست آن‌ها را تفتیش کند. این‌ها محدود شده‌اند: دیگر کسی از آن‌ها استفاده نمی‌کند و به محض پایان تفتیش حذف می‌شوند.
privacy-admin-holds = لست‌های نگه‌داشته برای تفتیش
privacy-admin-no-holds = فعلاً هیچ لستی برای تفتیش نگه داشته نمی‌شود.
privacy-admin-figures = احصائیه بی‌نام
privacy-admin-figures-hint = ثبت‌نام‌های تأییدشده یک سال بر اساس ساحه، گروه سنی و جنسیت، برای گزارش به تمویل‌کنندگان. عددهای کمتر از 5، و به همان اندازه عددهای دیگر تا قابل محاسبه نباشند، با «x» نشان داده می‌شوند.
privacy-admin-figures-year = احصائیه { $year } (CSV)
figures-site = مرکز
figures-year = سال
figures-by-age = ثبت‌نام‌ها بر اساس ساحه و گروه سنی
figures-by-gender = ثبت‌نام‌ها بر اساس ساحه و جنسیت
figures-area = ساحه
figures-total = مجموع
figures-hidden = x: پنهان (کمتر از 5، یا برای این که عدد کوچکی قابل محاسبه نباشد)
figures-age-under-12 = زیر 12
figures-age-12-15 = 12–15
figures-age-16-17 = 16–17
figures-age-18-21 = 18–21
figures-age-22-27 = 22–27
figures-age-older = بالاتر از 27
figures-age-unknown = نامعلوم
privacy-col-data = معلومات
privacy-col-purpose = هدف
privacy-col-basis = اساس حقوقی
privacy-col-keep = نگهداری
privacy-count-registrations = ثبت‌نام‌ها
privacy-count-participants = افراد بدون ثبت‌نام
privacy-count-messages = پیام‌ها
privacy-count-expired = لینک‌ها، نشست‌ها و مسوده‌های منقضی
privacy-count-audit = ثبت‌ها در سابقه تغییرات (کهنه‌تر از دو سال)
privacy-count-feeds = اتصال‌های تقویم بدون شخص

# اشتراک: پیوستن با کود، ایده‌ها، حمایت، بررسی کارمندان، «شما گفتید – ما انجام دادیم»
join-title = اشتراک با کود
join-intro = از گروه خود یا از یک جشن کود گرفته‌اید؟ با آن می‌توانید ایده پیشنهاد کنید و از ایده‌ها حمایت کنید. آدرس ایمیل لازم نیست.
join-invitation = شما به این گروه می‌پیوندید: { $group } ({ $site }).
join-field-code = کود
join-field-nickname = نام مستعار
join-nickname-hint = فقط کارمندان آن را می‌بینند. لطفاً شماره تیلفون یا نام خود در رسانه‌های اجتماعی را ننویسید.
join-field-lang = به کدام زبان برای شما بنویسیم؟
join-privacy = نام مستعار، سال تولد، زبان و ایده‌های شما را نگه می‌داریم. نام شما هیچ وقت عمومی نمی‌شود، فقط نام گروه شما.
join-submit = اشتراک
join-again-title = قبلاً پیوسته‌اید؟ با کود بازگشت خود دوباره بیایید
join-field-reentry = کود بازگشت
join-again-submit = بازگشت
join-error-code = کود 8 کرکتر دارد، مثلاً KALK-7Q3M.
join-error-code-not-valid = فعلاً با این کود نمی‌شود پیوست. لطفاً از کسی بپرسید که این کود را به شما داده است.
join-error-nickname-contact = لطفاً در نام مستعار شماره تیلفون، ایمیل یا نام خود در رسانه‌های اجتماعی را ننویسید.
join-error-age = جوانان 10 تا 30 ساله می‌توانند اشتراک کنند. لطفاً سال تولد خود را بررسی کنید.
join-flag-limited = کوشش‌ها بیش از حد بود. لطفاً 15 دقیقه بعد دوباره کوشش کنید.
join-flag-unknown = این کود بازگشت را نمی‌شناسیم. لطفاً آن را دوباره بررسی کنید.
join-flag-not-valid = فعلاً با این کود نمی‌شود پیوست.
join-welcome-title = خوش آمدید!
join-reentry-intro = این کود بازگشت شما است. آن را فقط همین یک بار نشان می‌دهیم:
join-reentry-hint = از آن عکس بگیرید یا آن را یادداشت کنید. با آن در یک موبایل دیگر هم به ایده‌های خود برمی‌گردید.
join-welcome-offers = رفتن به فعالیت‌ها
ideas-title = ایده‌ها
ideas-title-site = ایده‌ها: { $site }
ideas-intro = چه چیزی باید باشد؟ یک ایده پیشنهاد کنید، از ایده‌های دیگر حمایت کنید و ببینید از آن‌ها چه می‌شود.
ideas-join-hint = برای اشتراک، به یک کود از گروه خود ضرورت دارید.
ideas-rounds = برای چه چیزهایی ایده جمع می‌کنیم
ideas-no-rounds = فعلاً ایده جمع نمی‌کنیم.
ideas-list = ایده‌ها
ideas-none = هنوز ایده‌ای نیست. ایده شما می‌تواند اولین ایده باشد!
ideas-more = ایده‌های بیشتر
ideas-flag-sent = تشکر! ایده شما حالا دیده می‌شود.
ideas-flag-held = تشکر! یکی از کارمندان به ایده شما یک نگاه کوتاه می‌اندازد، بعد دیده می‌شود.
ideas-flag-supported = ذخیره شد.
ideas-flag-limited = کوشش‌ها بیش از حد بود. لطفاً بعداً دوباره کوشش کنید.
ideas-flag-closed = این دور فعلاً ایده قبول نمی‌کند.
ideas-flag-reported = تشکر. آن را بررسی می‌کنیم.
ideas-flag-not-now = این کار فعلاً برای این ایده ممکن نیست.
ideas-flag-withdrawn = ایده شما پس گرفته شد.
round-decidable = درباره چه چیزی می‌توانید فیصله کنید
round-budget = پول
round-deciders = چه کسی فیصله می‌کند
round-until = ایده‌ها تا
round-paused = توقف (رخصتی)
round-always-open = همیشه باز
round-question = سوال
round-question-hint = مثلاً: در Sommerfest Chorweiler چه کاری انجام شود؟
round-closes-on = آخرین روز برای ایده‌ها
round-closes-hint = برای صندوق ایده‌ای که همیشه باز است، خالی بگذارید.
round-response-days = جواب به جوانان در ظرف (روز)
round-post-moderated = ایده‌ها فوراً نشان داده شوند و بعداً بررسی شوند (فقط برای دورهای 16 سال به بالا). متن‌هایی که معلومات تماس دارند، همیشه اول بررسی می‌شوند.
round-error-closes = لطفاً تاریخی از امروز به بعد انتخاب کنید.
round-error-response-days = لطفاً عددی از 1 تا 90.
round-phase-open = باز
round-phase-paused = متوقف
round-phase-closed = ختم شده
idea-new = پیشنهاد ایده
idea-field-what = ایده شما چیست؟
idea-what-hint = یک یا دو جمله کافی است.
idea-field-category = چه نوع ایده‌ای؟
idea-choose-category = لطفاً انتخاب کنید
idea-field-for-whom = برای چه کسانی؟
idea-for-whom-hint = مثلاً: دختران از 14 سال، همه، خانواده‌ها
idea-field-place = کجا؟
idea-field-when = چه وقت؟
idea-field-days = کدام روزها؟
idea-field-parts = کدام وقت روز؟
idea-field-languages = به کدام زبان‌ها؟
idea-public-hint = همه ایده شما را می‌بینند، بدون نام شما. لطفاً در آن شماره تیلفون یا آدرس ننویسید.
idea-send = فرستادن ایده
idea-similar-title = این ایده از قبل وجود دارد؟
idea-similar-intro = این ایده‌ها شبیه هستند. می‌توانید از آن‌ها حمایت کنید یا ایده خود را باز هم بفرستید.
idea-error-what = لطفاً ایده خود را در چند کلمه بنویسید.
idea-error-category = لطفاً انتخاب کنید که ایده شما از چه نوع است.
idea-error-round = لطفاً انتخاب کنید که ایده شما مربوط به کدام دور است.
idea-error-round-closed = این دور فعلاً ایده قبول نمی‌کند.
idea-error-move = این قدم از این‌جا ممکن نیست.
idea-error-reason = لطفاً دلیلی بنویسید که جوانان آن را بفهمند.
idea-error-revisit = لطفاً تاریخی که دوباره به ایده نگاه می‌کنید.
idea-error-merge-target = لطفاً شماره یک ایده قابل دید از همین مرکز را وارد کنید.
idea-error-offer = لطفاً شماره یک فعالیت از همین مرکز را وارد کنید.
idea-by-group = از یک جوان در گروه { $group }
idea-by-someone = از یک جوان
idea-by-workshop = از یک ورکشاپ (روی کاغذ جمع شده)
idea-supports = { $count ->
    [one] { $count } نفر این ایده را خوش دارد
   *[other] { $count } نفر این ایده را خوش دارند
}
idea-planners = { $count ->
    [one] { $count } نفر در پلان‌گذاری کمک می‌کند
   *[other] { $count } نفر در پلان‌گذاری کمک می‌کنند
}
idea-support = خوش دارم
idea-unsupport = پس گرفتن
idea-plan = در پلان‌گذاری کمک می‌کنم
idea-unplan = در پلان‌گذاری کمک نمی‌کنم
idea-plan-hint = «خوش دارم» یعنی: این ایده را خوش دارید. «در پلان‌گذاری کمک می‌کنم» یعنی: می‌خواهید کمک کنید که این ایده عملی شود.
idea-withdraw = پس گرفتن ایده
idea-report = گزارش دادن
idea-timeline = تا حالا چه شده است
idea-would-work = چه چیزی آن را ممکن می‌سازد
idea-became = نتیجه:
idea-merged-into = یکجا شده با
idea-state-submitted = فرستاده شده
idea-state-published = قابل دید
idea-state-checking = در حال بررسی
idea-state-feasible = ممکن
idea-state-feasible-if = ممکن، اگر …
idea-state-not-feasible = ممکن نیست
idea-state-parked = بعداً دوباره بررسی می‌شود
idea-state-planning = در حال پلان‌گذاری
idea-state-scheduled = تاریخ تعیین شده
idea-state-done = برگزار شد
idea-state-closed = بسته شده
idea-state-merged = یکجا شده
idea-state-withdrawn = پس گرفته شده
idea-state-removed = حذف شده
idea-move-published = نشر
idea-move-checking = شروع بررسی
idea-move-feasible = ممکن
idea-move-feasible-if = ممکن، اگر …
idea-move-not-feasible = ممکن نیست (با دلیل)
idea-move-parked = فعلاً کنار گذاشتن (با دلیل و تاریخ)
idea-move-planning = شروع پلان‌گذاری
idea-move-scheduled = فعالیت تعیین شد (شماره فعالیت)
idea-move-done = برگزار شد
idea-move-closed = بستن
idea-move-merged = یکجا کردن (با دلیل و شماره)
idea-move-removed = حذف (با دلیل)
weekday-1 = دوشنبه
weekday-2 = سه‌شنبه
weekday-3 = چهارشنبه
weekday-4 = پنجشنبه
weekday-5 = جمعه
weekday-6 = شنبه
weekday-7 = یکشنبه
day-part-morning = پیش از چاشت
day-part-afternoon = بعد از چاشت
day-part-evening = شام‌ها
day-part-weekend = آخر هفته
criterion-cost = هزینه
criterion-room = اتاق
criterion-staff-time = وقت کارمندان
criterion-youth-protection = حفاظت از نوجوانان
criterion-date = تاریخ
done-title = شما گفتید – ما انجام دادیم
done-intro = از ایده‌های شما چه شد، همراه با دلیل‌ها.
done-none = هنوز به هیچ ایده‌ای جواب داده نشده است.
done-count-ideas = { $count ->
    [one] ایده
   *[other] ایده
}
done-count-supports = { $count ->
    [one] حمایت
   *[other] حمایت
}
done-count-offers = { $count ->
    [one] فعالیت از این ایده‌ها
   *[other] فعالیت از این ایده‌ها
}
me-ideas-title = ایده‌های من
me-ideas-mine = از شما
me-messages-title = پیام‌ها برای شما
mail-idea-news-subject = خبر تازه درباره ایده شما: { $state }
mail-idea-news-body = سلام، وضعیت ایده شما «{ $idea }» حالا این است: { $state }.

    معلومات بیشتر: { $link }
mail-idea-news-reason-body = سلام، وضعیت ایده شما «{ $idea }» حالا این است: { $state }.

    چرا: { $reason }

    معلومات بیشتر: { $link }
co-design-title = اشتراک و ایده‌ها
co-design-queue = برای بررسی
co-design-queue-empty = فعلاً هیچ ایده‌ای منتظر شما نیست.
co-design-overdue = { $count ->
    [one] { $count } ایده بیشتر از وقت وعده‌شده منتظر جواب مانده است
   *[other] { $count } ایده بیشتر از وقت وعده‌شده منتظر جواب مانده‌اند
}
co-design-held = نگه داشته شده: معلومات تماس یا گزارش‌شده
co-design-reports = { $count ->
    [one] { $count } گزارش
   *[other] { $count } گزارش
}
co-design-move = قدم بعدی
co-design-criteria = چه چیزی مانع است
co-design-reason = دلیل برای جوانان
co-design-reason-hint = کوتاه و دوستانه. برای «ممکن نیست»، «فعلاً کنار گذاشتن»، «یکجا کردن» و «حذف» لازم است.
co-design-notes = یادداشت داخلی
co-design-notes-hint = فقط کارمندان آن را می‌بینند.
co-design-revisit = بررسی دوباره به تاریخ
co-design-merge = یکجا کردن با ایده شماره
co-design-offer = فعالیت شماره
co-design-save-move = ذخیره قدم
co-design-paper-supports = حمایت‌ها روی کاغذ
co-design-add = اضافه کردن
co-design-rounds = دورهای ایده
co-design-round-new = دور ایده جدید
co-design-round-create = ساختن دور
co-design-round = دور
co-design-pause = توقف
co-design-resume = ادامه
co-design-codes = کودهای پیوستن
co-design-codes-intro = یک کود برای یک گروه یا یک جشن. هر کسی که آن را داشته باشد، می‌تواند با نام مستعار و بدون ایمیل اشتراک کند.
co-design-code-new = کود جدید
co-design-code-label = برای کدام گروه؟
co-design-code-label-hint = مثلاً: Mädchengruppe Kalk. در صفحه‌های عمومی نوشته می‌شود: «از یک جوان در گروه …».
co-design-code-max = چند نفر می‌توانند بپیوندند؟
co-design-code-until = معتبر تا
co-design-code-create = ساختن کود
co-design-code-link = لینک پیوستن
co-design-code-ended = ختم شده
co-design-revoke = ختم کردن
co-design-joined = { $count } از { $max } نفر پیوسته‌اند
co-design-joined-title = چه کسانی با این کود پیوسته‌اند
co-design-error-max = لطفاً عددی از 1 تا 500.
co-design-error-until = لطفاً تاریخی از امروز تا یک سال بعد.
co-design-paper-title = وارد کردن ایده از روی کاغذ
co-design-paper-intro = برای ایده‌هایی از یک ورکشاپ. این ایده‌ها با «روی کاغذ جمع شده» نشان داده می‌شوند.
co-design-paper-save = وارد کردن ایده
co-design-flag-saved = ذخیره شد.
co-design-flag-moved = ذخیره شد. به جوانان خبر داده می‌شود.
co-design-flag-code-made = کود ساخته شد.
co-design-flag-revoked = کود ختم شد.
co-design-flag-paused = این دور متوقف شد.
co-design-flag-resumed = این دور ادامه دارد.
co-design-flag-not-found = انجام نشد. لطفاً صفحه را دوباره باز کنید.
co-design-flag-paper-saved = وارد شد.
register-as-member = با نام { $name } ثبت‌نام می‌کنی.
register-as-member-hint = با کود داخل شده‌اید: به نام و ایمیل شما ضرورت نداریم. پیام‌های ثبت‌نام را در «ثبت‌نام‌های من» پیدا می‌کنید. اگر آن‌جا یک آدرس داده باشید، پیام‌ها با ایمیل هم می‌آید. اگر 16 سال یا کمتر عمر دارید، از والدین شما می‌پرسیم: با ایمیل، اگر آن‌جا آدرس آن‌ها را داده باشید؛ در غیر آن روی کاغذ.
round-programme = مربوط به یک برنامه
round-no-programme = هیچ‌کدام: صندوق نظریات مرکز
co-design-qr-label = کود QR برای پیوستن با کود { $code }
co-design-poster-intro = با کمرهٔ موبایل اسکن کن یا کود را وارد کن: این‌طور می‌توانی نظر پیشنهاد کنی و از نظریات حمایت کنی.
dashboard-ideas-waiting = { $count ->
    [one] { $count } نظر جوانان منتظر شماست
   *[other] { $count } نظر جوانان منتظر شماست
}، { $late } مورد بیشتر از وقت وعده‌شده.
co-design-keep = همین‌طور بماند و دوباره نمایش داده شود (گزارش بررسی شد)
me-address-title = آدرس ایمیل شما (اختیاری)
me-address-intro = می‌توانید بدون ایمیل از Treffpunkt استفاده کنید. اگر یک آدرس بدهید، پیام‌های شما (ثبت‌نام، لست انتظار، یادآوری‌ها، جواب به ایده‌های شما) با ایمیل هم می‌آید. آدرس را فقط وقتی نگه می‌داریم که آن را تأیید کرده باشید.
me-address-parent-hint = چون 16 سال یا کمتر عمر دارید، از مادر، پدر یا کسی که از شما مراقبت می‌کند هم می‌پرسیم. آدرس شما را فقط اگر آن‌ها «بلی» بگویند نگه می‌داریم.
me-address-send = فرستادن لینک تأیید
me-address-kept = پیام‌های شما با ایمیل هم به این آدرس می‌رود:
me-address-remove = حذف آدرس
me-address-waiting = یک لینک به { $email } فرستادیم. آن را باز کنید تا آدرس تأیید شود.
me-address-waiting-parent = شما { $email } را تأیید کردید. حالا منتظر پاسخ والدین شما هستیم.
me-address-flag-sent = ایمیل خود را ببینید و لینک را باز کنید. این لینک 7 روز اعتبار دارد.
me-address-flag-removed = آدرس شما حذف شد. پیام‌های خود را باز هم این‌جا پیدا می‌کنید.
me-address-confirm-text = آیا { $email } آدرس شما است؟ پس آن را این‌جا تأیید کنید.
me-address-confirm = بلی، این آدرس من است
me-address-done-kept = تشکر. حالا پیام‌های شما با ایمیل هم می‌آید.
me-address-done-parent-asked = تشکر. حالا از والدین شما پرسیدیم. اگر آن‌ها «بلی» بگویند، پیام‌های شما با ایمیل هم می‌آید.
contact-parent-done-yes = تشکر. آدرس ذخیره شد: فرزند شما از این به بعد پیام‌هایش را با ایمیل هم می‌گیرد.
contact-parent-done-no = از پاسخ شما تشکر. آدرس را نگه نمی‌داریم.
me-address-done-taken = این آدرس از قبل با همین نام نزد ما ثبت است. «ثبت‌نام‌های من» را با لینکی که به این آدرس می‌فرستیم باز کنید.
me-address-done-gone = این لینک دیگر کار نمی‌کند: قبلاً استفاده شده یا بیشتر از 7 روز از آن گذشته است. می‌توانید در صفحه «ثبت‌نام‌های من» یک لینک جدید بخواهید.
me-address-confirmed-at = تاریخ تأیید
contact-error-parent-same = لطفاً این‌جا آدرس والدین خود را بنویسید، نه آدرس خود را.
contact-consent-text = از این آدرس فقط برای فرستادن پیام‌های Treffpunkt استفاده می‌کنیم و آن را به هیچ کس نمی‌دهیم. هر وقت بخواهید می‌توانید آدرس را این‌جا حذف کنید.
contact-parent-title = یک آدرس ایمیل برای فرزند شما
contact-parent-question = فرزند شما (نزد ما با نام «{ $nickname }»، متولد سال { $year }) در فعالیت‌های { $site } اشتراک می‌کند و می‌خواهد پیام‌های Treffpunkt را به آدرس { $email } دریافت کند. چون فرزند شما 16 سال یا کمتر عمر دارد، از شما می‌پرسیم: آیا اجازه می‌دهید این آدرس را برای این کار نگه داریم؟
contact-yes = بلی، موافقم
contact-no = نه
mail-contact-address-subject = Treffpunkt: لطفاً آدرس ایمیل خود را تأیید کنید
mail-contact-address-body = سلام،

    می‌خواهید پیام‌های Treffpunkt را با ایمیل هم دریافت کنید. این لینک را باز کنید و آدرس خود را تأیید کنید (7 روز اعتبار دارد):

    { $link }

    اگر این کار را شما نکرده‌اید، لازم نیست کاری انجام دهید. در این صورت آدرس را نگه نمی‌داریم.
mail-contact-parent-subject = Treffpunkt: آیا { $nickname } می‌تواند پیام‌ها را با ایمیل دریافت کند؟
mail-contact-parent-body = سلام،

    فرزند شما («{ $nickname }») در فعالیت‌های { $site } اشتراک می‌کند و می‌خواهد پیام‌های Treffpunkt را به آدرس { $email } دریافت کند. چون فرزند شما 16 سال یا کمتر عمر دارد، از شما می‌پرسیم. این‌جا می‌توانید «بلی» یا «نه» بگویید (این لینک 7 روز اعتبار دارد):

    { $link }

    اگر کاری انجام ندهید، آدرس را نگه نمی‌داریم.
consent-purpose-contact-email = آدرس ایمیل برای پیام‌ها
own-data-table-contact-requests = آدرسی که منتظر تأیید است
vote-title = رأی‌گیری
vote-result-title = نتیجه رأی‌گیری
vote-intro = ایده‌هایی را که بیشتر از همه خوش دارید انتخاب کنید (حداکثر { $count }). تا { $day } می‌توانید رأی بدهید. تعداد رأی‌های هر ایده را فقط بعد از آن نشان می‌دهیم. هیچ کس نمی‌بیند که چه کسی چه چیزی را انتخاب کرده است.
vote-choose = انتخاب شما (حداکثر { $count })
vote-submit = رأی دادن
vote-done = تشکر، رأی شما حساب شد. نتیجه را بعد از { $day } در همین‌جا می‌بینید.
vote-join-first = برای رأی دادن، با کود گروه خود داخل شوید.
vote-no-options = هنوز هیچ ایده‌ای برای رأی‌گیری نیست.
vote-flag-voted = تشکر، رأی شما حساب شد.
vote-flag-already = شما قبلاً رأی داده‌اید. هر نفر یک رأی دارد.
vote-flag-not-confirmed = کسانی می‌توانند رأی بدهند که تیم آن‌ها را برای گروه تأیید کرده است. لطفاً با تیم صحبت کنید.
vote-flag-closed = رأی‌گیری ختم شده یا هنوز شروع نشده است.
vote-flag-empty = لطفاً حداقل یک ایده انتخاب کنید.
vote-flag-too-many = شما ایده‌های زیادی انتخاب کرده‌اید. لطفاً کمتر انتخاب کنید.
vote-flag-option = این ایده در رأی‌گیری نیست.
vote-result-intro = { $count ->
    [one] { $count } نفر رأی داد.
   *[other] { $count } نفر رأی دادند.
}
vote-votes = { $count ->
    [one] { $count } رأی
   *[other] { $count } رأی
}
vote-tied = مساوی
vote-field-choices = هر نفر چند ایده را می‌تواند انتخاب کند؟ (1 تا 5)
vote-field-last-day = آخرین روز رأی‌گیری
vote-open-hint = ایده‌هایی که آن‌ها را ممکن دانسته‌اید به رأی گذاشته می‌شوند. کسانی می‌توانند رأی بدهند که آن‌ها را در صفحه کود تأیید کرده‌اید. رأی‌ها پنهان است؛ نتیجه بعد از آخرین روز نشان داده می‌شود.
vote-open = شروع رأی‌گیری
vote-running = رأی‌گیری تا { $day } باز است: { $count } ورقه رأی
vote-error-choices = لطفاً عددی از 1 تا 5 وارد کنید.
vote-error-day = لطفاً روزی از امروز به بعد وارد کنید، حداکثر تا یک سال بعد.
co-design-flag-vote-opened = رأی‌گیری باز است.
co-design-flag-confirmed = ذخیره شد.
co-design-confirm = تأیید
co-design-confirm-all = تأیید همه
co-design-confirmed = تأیید شده
co-design-confirm-intro = تأیید کنید که چه کسانی واقعاً عضو گروه هستند: فقط آن‌ها رأی می‌دهند. این طور دو موبایل دو رأی نمی‌شود.
own-data-table-round-voters = رأی‌گیری‌هایی که در آن‌ها اشتراک کرده‌اید (بدون این که چه چیزی را انتخاب کرده‌اید)
round-rules-title = این دور چطور پیش می‌رود
co-design-error-paper-count = لطفاً یک عدد از 1 تا 500 وارد کنید.
