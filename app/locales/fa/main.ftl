### review: machine-assisted
# Treffpunkt, Persian (Farsi) as written in Iran; Dari readers have their own catalogue (prs). Machine-assisted translation; not yet reviewed by a native speaker.

site-name = Treffpunkt
site-tagline = فعالیت‌هایی برای جوانان
skip-to-content = رفتن به محتوای اصلی
nav-home = همه فعالیت‌ها

lang-picker-label = زبان
lang-continue = ادامه به فارسی
lang-first-label = انتخاب زبان
lang-picker-submit = تغییر

format-date-time = %A %-d %B، %H:%M
format-long-date = %A %-d %B
format-time = %H:%M

home-title = چه خبر است؟
home-programmes = برنامه‌ها
home-intro = دورهمی، ورزش، زبان و جشن برای جوانان 12 تا 27 ساله. رایگان است. بیایید!
home-empty = الان جلسه جدیدی نیست. لطفاً به‌زودی دوباره سر بزنید.

offer-kind-group = فعالیت گروهی
offer-kind-event = رویداد

category-language = زبان
category-sport = ورزش
category-culture = فرهنگ و خلاقیت
category-education = مدرسه و کار
category-information = اطلاعات
category-leisure = اوقات فراغت
category-festival = جشن

offer-when = زمان
offer-where = مکان
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
offer-map-link = نمایش روی نقشه (OpenStreetMap)
offer-share = اشتراک‌گذاری
offer-link-copied = لینک کپی شد

content-in-german = (به آلمانی)
venue-step-free = بدون پله
venue-accessible-toilet = توالت مناسب برای افراد دارای معلولیت

language-de = آلمانی
language-en = انگلیسی
language-ar = عربی
language-uk = اوکراینی
language-ru = روسی
language-fa = فارسی/دری
language-tr = ترکی
language-fr = فرانسوی
language-ku = کردی
language-ti = تیگرینیا

not-found-title = صفحه پیدا نشد
not-found-text = این صفحه وجود ندارد (یا دیگر وجود ندارد). شاید این فعالیت تمام شده است.
back-home = دیدن همه فعالیت‌ها
error-title = مشکلی پیش آمد
error-text = لطفاً چند لحظه بعد دوباره امتحان کنید.

footer-about = Treffpunkt را خدمات مهاجرت جوانان (JMD) و همکارانشان اداره می‌کنند.
footer-privacy = بدون تبلیغ. بدون ردیابی.

# Accounts and signing in
field-email = آدرس ایمیل
field-password = رمز عبور
field-new-password = رمز عبور جدید
field-confirm-password = تکرار رمز عبور
field-display-name = نام
field-role = نقش
field-organisation = سازمان
field-organisation-hint = برای همکاران: سازمانی که فعالیت‌هایش را وارد می‌کنند.
password-hint = { $count ->
    [one] حداقل { $count } کاراکتر.
   *[other] حداقل { $count } کاراکتر.
}

signin-title = ورود
signin-intro = برای کارکنان JMD و همکارانش.
signin-submit = ورود
signin-forgot = رمز عبور را فراموش کرده‌اید؟
signin-young-people = می‌خواهید ثبت‌نام‌هایتان را ببینید؟
signin-failed = آدرس ایمیل یا رمز عبور اشتباه است.
sign-out = خروج
too-many-attempts = تلاش‌ها بیش از حد بود. لطفاً 15 دقیقه صبر کنید و دوباره امتحان کنید.
email-invalid = لطفاً یک آدرس ایمیل درست وارد کنید، مثلاً name@example.org.
name-missing = لطفاً یک نام وارد کنید.
cross-site-refused = این درخواست از یک وب‌سایت دیگر آمده بود و رد شد.

reset-title = ساختن رمز عبور جدید
reset-intro = آدرس ایمیلتان را وارد کنید. برایتان یک لینک می‌فرستیم تا رمز عبور جدید بگذارید. این لینک یک ساعت اعتبار دارد.
reset-submit = فرستادن لینک
reset-sent = اگر حسابی با این آدرس وجود داشته باشد، یک ایمیل در راه است.
set-password-title = رمز عبورتان را تعیین کنید
set-password-submit = ذخیره رمز عبور
password-too-short = رمز عبور خیلی کوتاه است.
password-mismatch = دو رمز عبور یکی نیستند.
link-unknown = این لینک معتبر نیست. لطفاً یک لینک جدید بخواهید.
link-used = این لینک قبلاً استفاده شده است. لطفاً یک لینک جدید بخواهید.
link-expired = اعتبار این لینک تمام شده است. لطفاً یک لینک جدید بخواهید.

staff-home = نمای کلی
staff-nav-label = بخش کارکنان
staff-your-offers = فعالیت‌های شما
staff-users = حساب‌ها
staff-audit = سابقه تغییرات
forbidden-title = بدون دسترسی
forbidden-text = حساب شما اجازه ندارد این صفحه را باز کند.

invite-title = دعوت از یک نفر
invite-intro = این شخص یک ایمیل با یک لینک می‌گیرد و با آن رمز عبورش را تعیین می‌کند. این لینک 7 روز اعتبار دارد.
invite-submit = فرستادن دعوت‌نامه
invite-sent = دعوت‌نامه در راه است.
invite-exists = برای این آدرس از قبل یک حساب وجود دارد.
accounts-title = همه حساب‌ها
account-invited = دعوت شده، هنوز رمز عبور ندارد
role-admin = مدیر
role-staff = کارکنان
role-partner = همکار

audit-when = زمان
audit-who = چه کسی
audit-what = چه کاری

edit-offer-title = ویرایش فعالیت
edit-offer-public-page = دیدن صفحه عمومی

me-title = ثبت‌نام‌های من
me-intro = آدرس ایمیلتان را وارد کنید. یک لینک به ثبت‌نام‌هایتان برایتان می‌فرستیم. رمز عبور لازم نیست.
me-send-link = فرستادن لینک
me-link-sent = ایمیلتان را نگاه کنید. این لینک 30 دقیقه اعتبار دارد.
me-signed-in-as = وارد شده با
me-no-registrations = هنوز هیچ ثبت‌نامی ندارید.
me-open = باز کردن ثبت‌نام‌های من

mail-reset-subject = Treffpunkt: رمز عبور جدید
mail-reset-body = سلام،

    کسی (امیدواریم خودتان) می‌خواهد برای Treffpunkt یک رمز عبور جدید بگذارد. این لینک را تا یک ساعت باز کنید:

    { $link }

    اگر این کار را شما نکرده‌اید، لازم نیست کاری بکنید.
mail-invite-subject = دعوت به Treffpunkt
mail-invite-body = سلام { $name }،

    { $inviter } شما را از طرف { $organisation } به Treffpunkt دعوت کرده است. در Treffpunkt فعالیت‌هایتان را برای جوانان وارد می‌کنید. با این لینک رمز عبورتان را تعیین کنید (7 روز اعتبار دارد):

    { $link }

    بعد از آن از اینجا وارد شوید: { $login }
mail-magic-subject = Treffpunkt: ثبت‌نام‌های شما
mail-magic-body = سلام،

    با این لینک ثبت‌نام‌هایتان را می‌بینید (30 دقیقه اعتبار دارد):

    { $link }

    اگر این کار را شما نکرده‌اید، لازم نیست کاری بکنید.

# Dates and filters
agenda-later = جلسه‌های بعدی
agenda-empty = هیچ جلسه‌ای پیدا نشد. با فیلترهای کمتر امتحان کنید.
filter-title = فیلتر و جستجو
filter-search = جستجو
filter-district = محله
filter-category = نوع
filter-language = زبان در فعالیت
filter-age = سن شما
filter-from = از تاریخ
filter-to = تا تاریخ
filter-free-places = فقط با جای خالی
filter-any = همه
filter-submit = نمایش
filter-reset = پاک کردن فیلترها
filter-age-invalid = لطفاً سنی بین 12 و 27 وارد کنید، مثلاً 16.
filter-date-invalid = لطفاً یک تاریخ وارد کنید، مثلاً ⁦2026-12-01⁩.
organisation-intro = فعالیت‌های این سازمان، همچنین فعالیت‌هایی که با همکارانش برگزار می‌کند.

# Creating activities
new-offer-title = فعالیت جدید
offer-form-has-errors = لطفاً بخش‌های علامت‌دار را بررسی کنید. بقیه اطلاعات حفظ شده است.
offer-field-title = عنوان (به آلمانی)
offer-field-description = توضیحات
offer-field-min-age = سن از
offer-field-max-age = سن تا
offer-field-capacity = تعداد جاها
offer-field-capacity-hint = اگر محدودیتی نیست، خالی بگذارید.
offer-field-network-share = حداکثر این درصد از جاها برای هر شبکه در یک ساعت
offer-field-network-share-hint = خالی: 50. یک کلاس مدرسه که با هم از وای‌فای مدرسه ثبت‌نام می‌کند بیشتر لازم دارد، مثلاً 100.
offer-field-first-date = اولین جلسه
offer-field-start = شروع
offer-field-end = پایان
offer-field-repeat = تکرار
offer-repeat-once = یک بار
offer-repeat-weekly = هر هفته
offer-repeat-fortnightly = هر دو هفته یک بار
offer-field-count = تعداد جلسه‌ها
offer-field-publish = همین حالا منتشر شود
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
offer-error-venue-site = این مکان به مرکز این سازمان تعلق ندارد.
edit-offer-status = وضعیت
offer-status-draft = پیش‌نویس (عمومی نیست)
offer-status-published = منتشر شده
offer-status-cancelled = لغو شده
offer-publish = انتشار
offer-cancel = لغو این فعالیت
offer-cancel-explained = با لغو کردن، این فعالیت و همه جلسه‌های آینده‌اش از سایت برداشته می‌شوند.
offer-repeat-monthly = هر ماه (همان روز هفته، مثلاً سه‌شنبه دوم)
offer-field-except = تاریخ‌هایی که جلسه برگزار نمی‌شود
offer-field-except-hint = مثلاً تعطیلات مدرسه: تاریخ‌هایی مثل ⁦2026-12-29⁩، با ویرگول (,) جدا شده.
offer-error-except = لطفاً تاریخ‌ها را این‌طور بنویسید: ⁦2026-12-29, 2027-01-05⁩
session-cancel = فقط لغو این جلسه
offer-cancelled-notice = این فعالیت لغو شده است. فعالیت‌های دیگر را ببینید.

## Offer editor: details, dates, copies
copy-offer-title = کپی فعالیت
offer-details = درباره فعالیت
offer-duplicate = کپی به‌عنوان فعالیت جدید
offer-flag-saved = ذخیره شد.
offer-flag-gone = انجام نشد: فعالیت یا جلسه در این فاصله تغییر کرده است. لطفاً بررسی کنید.
offer-audience-youth = جوانان
offer-field-title-plain = عنوان
offer-field-focus = مخصوصاً برای
offer-focus-choice-everyone = همه
offer-focus-choice-girls = دختران و زنان جوان
offer-field-cohosts = همراه با
offer-field-cohosts-hint = سازمان‌های دیگری که این فعالیت را با شما برگزار می‌کنند.
offer-field-contact-name = شخص تماس
offer-field-contact-email = ایمیل شخص تماس
offer-field-contact-phone = تلفن شخص تماس
offer-field-registration = ثبت‌نام
offer-registration-none = بدون ثبت‌نام: فقط بیایید
offer-registration-series = یک بار ثبت‌نام برای همه جلسه‌ها
offer-registration-session = ثبت‌نام جداگانه برای هر جلسه
offer-field-registration-opens = ثبت‌نام از
offer-field-registration-closes = ثبت‌نام تا
offer-field-registration-window-hint = خالی بگذارید: ثبت‌نام از همین حالا باز است و با شروع فعالیت بسته می‌شود.
offer-programme-none = بدون برنامه
offer-section-what = چه چیزی
offer-section-translations = عنوان و توضیحات به زبان‌های دیگر
offer-translations-hint = اگر متن به زبان جوانان وجود داشته باشد، آن را می‌بینند. وگرنه متن آلمانی را می‌بینند.
offer-section-who = چه کسانی
offer-section-where = مکان
offer-section-taking-part = شرکت
offer-section-when = زمان
offer-error-capacity-taken = تعداد بیشتری از جاها پر شده است. لطفاً حداقل همین تعداد جا وارد کنید.
offer-error-email = لطفاً یک آدرس ایمیل وارد کنید، مثلاً name@example.org.
offer-error-moment = لطفاً تاریخ و ساعت را انتخاب کنید.
offer-error-window-order = پایان ثبت‌نام باید بعد از شروع آن باشد.
offer-error-window-after-offer = ثبت‌نام باید قبل از آخرین جلسه تمام شود.
series-retime-title = تغییر ساعت همه جلسه‌های آینده
series-retime-hint = همه جلسه‌های آینده ساعت جدید را می‌گیرند. روزها تغییر نمی‌کنند.
series-retime-save = تغییر همه جلسه‌های آینده
session-move-title = فقط جابه‌جا کردن این جلسه
session-move = جابه‌جا کردن جلسه
session-field-date = تاریخ
session-add-title = افزودن یک جلسه
session-add = افزودن جلسه

## Programme editor
staff-programmes = برنامه‌ها
programmes-empty = هنوز هیچ برنامه‌ای وجود ندارد.
programme-offer-count = { $count ->
    [one] { $count } فعالیت
   *[other] { $count } فعالیت
}
programme-new = برنامه جدید
programme-edit = ویرایش برنامه
programme-field-starts = روز اول
programme-field-ends = روز آخر
programme-save = ذخیره برنامه
programme-error-end-before-start = روز آخر باید بعد از روز اول باشد.
programme-error-too-long = یک برنامه حداکثر 120 روز طول می‌کشد.
programme-offers = فعالیت‌های این برنامه
programme-offers-none = هنوز هیچ فعالیتی در این برنامه نیست.
programme-offers-add = افزودن فعالیت‌ها
programme-offer-change = تغییر
programme-offer-add = افزودن
programme-offer-remove = بیرون بردن از برنامه
offer-contact = تماس
offer-registration-opens-at = ثبت‌نام از { $when }
offer-registration-closes-at = ثبت‌نام تا { $when }
offer-places-full = همه جاها پر شده است. می‌توانید وارد لیست انتظار شوید.
offer-places-free = { $free ->
    [one] { $free } جای خالی مانده
   *[other] { $free } جای خالی مانده
} (از { $count })
field-site = مرکز (JMD)

## Registration
register-title = ثبت‌نام
register-intro = این کار فقط یک دقیقه طول می‌کشد. فقط چیزهایی را می‌پرسیم که برای این فعالیت لازم داریم.
register-field-first-name = نام کوچک
register-field-email = آدرس ایمیل (خودتان یا والدینتان)
register-field-birth-year = سال تولد
register-field-birth-year-hint = مثلاً 2009
register-field-parent-email = آدرس ایمیل مادر یا پدرتان
register-field-parent-email-hint = فقط اگر 16 ساله یا کوچک‌تر هستید: والدینتان یک ایمیل می‌گیرند و «بله» یا «نه» می‌گویند.
register-field-parent-lang = زبان برای والدینتان (برای ایمیل آن‌ها)
register-field-phone = تلفن (اختیاری)
register-field-needs = چیزی هست که باید بدانیم؟ (اختیاری)
register-field-needs-hint = مثلاً: ویلچر، آلرژی، خواهرم را هم با خودم می‌آورم.
register-field-gender = جنسیت (اختیاری، فقط برای آمار ما)
register-gender-none = نمی‌خواهم بگویم
register-gender-female = زن
register-gender-male = مرد
register-gender-diverse = دیگر
register-field-date = جلسه
register-field-privacy = متن حفاظت از اطلاعات را خوانده‌ام.
register-privacy-text = اطلاعاتتان را فقط برای این فعالیت نگه می‌داریم و { $months } ماه بعد از آخرین جلسه پاک می‌کنیم. فقط تیم این فعالیت آن‌ها را می‌بیند. آن‌ها را به کسی نمی‌دهیم.
register-field-photo = عکس گرفتن از من در این فعالیت مجاز است (اختیاری).
register-field-health-consent = موافقم که تیم آنچه را بالا می‌نویسم برای این فعالیت استفاده کند، حتی اگر به سلامتم مربوط باشد. (فقط وقتی لازم است که بالا چیزی بنویسید. اگر کمتر از 16 سال دارید، از والدینتان هم می‌پرسیم.)
register-error-health-consent = در بخش «چیزی هست که باید بدانیم؟» متنی نوشته‌اید. لطفاً علامت بزنید که اجازه داریم از آن استفاده کنیم، یا متن را پاک کنید.
register-submit = همین حالا ثبت‌نام کنید
register-error-name = لطفاً نام کوچکتان را بنویسید.
register-error-birth-year = لطفاً سال تولدتان را با چهار رقم بنویسید، مثلاً 2009.
register-error-phone = لطفاً در شماره تلفن فقط رقم، فاصله و + بنویسید.
register-error-privacy = لطفاً تأیید کنید که متن حفاظت از اطلاعات را خوانده‌اید.
register-error-parent-email = شما 16 ساله یا کوچک‌تر هستید. لطفاً آدرس ایمیل مادر یا پدرتان را بنویسید.
register-not-open = این فعالیت ثبت‌نام ندارد.
register-drop-in = بدون ثبت‌نام: فقط بیایید.
register-not-yet = ثبت‌نام هنوز شروع نشده است.
register-closed = ثبت‌نام تمام شده است.
register-too-young = این فعالیت برای افراد بزرگ‌تر است.
register-too-old = این فعالیت برای افراد کوچک‌تر است.
register-already = با این نام کوچک و این آدرس ایمیل از قبل یک ثبت‌نام وجود دارد. لینک را دوباره به همین آدرس فرستادیم.
register-link-sent = ممنون! یک ایمیل به نشانی واردشده فرستادیم. در آن آمده است که بعد چه می‌شود، همراه با پیوند ثبت‌نام.
register-limited = همین حالا ثبت‌نام‌های بسیار زیادی برای این نشانی آمده است. لطفاً یک ساعت بعد دوباره تلاش کنید یا از تیم JMD بپرسید.
registration-burst = همین حالا ثبت‌نام‌های بسیار زیادی از یک شبکه آمده است. به همین دلیل فعلاً در فهرست انتظار هستید؛ تیم آن را بررسی می‌کند.
registration-title = ثبت‌نام شما
# Siblings share a parent's address: the page says whose registration it is.
registration-for = نام ثبت‌شده: { $name }
registration-confirmed = ثبت‌نام شما انجام شد.
registration-waitlisted = شما در لیست انتظار هستید، با شماره { $position }. اگر جایی خالی شود، یک ایمیل می‌گیرید.
registration-awaiting-consent = یک جا برایتان نگه داشته‌ایم. والدینتان یک ایمیل گرفته‌اند. اگر آن‌ها «بله» بگویند، ثبت‌نام شما انجام می‌شود.
registration-cancelled = این ثبت‌نام لغو شده است.
registration-cancel = لغو ثبت‌نام
registration-cancel-hint = نمی‌توانید بیایید؟ لطفاً ثبت‌نامتان را لغو کنید. آن‌وقت جای شما به کس دیگری می‌رسد.
registration-keep-link = این صفحه را نگه دارید. لینک آن را با ایمیل هم برایتان فرستادیم.
registration-offer-link = رفتن به فعالیت
consent-title = موافقت والدین
consent-intro = { $name } می‌خواهد در این فعالیت شرکت کند. چون { $name } 16 ساله یا کوچک‌تر است، از شما می‌پرسیم.
consent-what = چه چیزی
consent-when = زمان
consent-photos = عکس در این فعالیت
consent-photos-yes = { $name } دوست دارد که عکس گرفتن مجاز باشد.
consent-photos-no = بدون عکس.
consent-photos-parent = بله، عکس گرفتن از { $name } در این فعالیت مجاز است (اختیاری).
consent-text = با «بله» موافقت می‌کنید که ما برای این فعالیت نام کوچک، آدرس ایمیل و سال تولد { $name } را نگه داریم و اگر { $name } آن‌ها را نوشته باشد: تلفن، جنسیت، آنچه باید بدانیم (ممکن است به سلامت مربوط باشد؛ با «بله» صریحاً موافقت می‌کنید که فقط برای اینکه { $name } خوب شرکت کند از آن استفاده کنیم). عکس را فقط با علامت زدن خانهٔ زیر اجازه می‌دهید. می‌توانید «نه» بگویید و هر رضایتی را بعداً پس بگیرید. این اطلاعات را { $months } ماه بعد از آخرین جلسه پاک می‌کنیم.
consent-yes = بله، موافقم
consent-no = نه
consent-done-yes = متشکریم. ثبت‌نام { $name } انجام شد.
consent-done-no = از پاسخ شما متشکریم. ثبت‌نام لغو شد.
consent-answered = به این درخواست قبلاً پاسخ داده شده یا اعتبارش تمام شده است.

## Messages
mail-confirmed-subject = ثبت‌نام شما انجام شد: { $offer }
mail-confirmed-body = سلام { $name }،

    ثبت‌نام شما برای این فعالیت انجام شد: { $offer }
    زمان: { $when }
    مکان: { $where }

    دیدن یا لغو ثبت‌نام: { $link }
    همه ثبت‌نام‌های شما: { $me }

    به امید دیدار!
mail-waitlisted-subject = لیست انتظار: { $offer }
mail-waitlisted-body = سلام { $name }،

    همه جاهای «{ $offer }» پر شده است. شما در لیست انتظار هستید.
    اگر جایی خالی شود، برایتان ایمیل می‌فرستیم.

    دیدن یا لغو ثبت‌نام: { $link }
    همه ثبت‌نام‌های شما: { $me }
mail-promoted-subject = یک جا خالی شد: { $offer }
mail-promoted-body = سلام { $name }،

    خبر خوب: یک جا خالی شد. حالا ثبت‌نام شما برای این فعالیت انجام شده است: { $offer }
    زمان: { $when }
    مکان: { $where }

    نمی‌توانید بیایید؟ لطفاً لغو کنید: { $link }
    همه ثبت‌نام‌های شما: { $me }
mail-awaiting-consent-subject = از والدینتان می‌پرسیم: { $offer }
mail-awaiting-consent-body = سلام { $name }،

    یک جا برایتان نگه داشته‌ایم: { $offer }
    والدینتان یک ایمیل گرفته‌اند. اگر آن‌ها «بله» بگویند، ثبت‌نام شما انجام می‌شود.

    ثبت‌نام شما: { $link }
mail-consent-request-subject = لطفاً موافقت کنید: { $name } می‌خواهد شرکت کند
mail-consent-request-body = سلام،

    { $name } می‌خواهد در این فعالیت شرکت کند: { $offer }
    زمان: { $when }
    مکان: { $where }

    چون { $name } 16 ساله یا کوچک‌تر است، به موافقت شما نیاز داریم.
    این‌جا همه چیز را می‌بینید و می‌توانید «بله» یا «نه» بگویید: { $link }

    جای { $name } تا 3 روز نگه داشته می‌شود.
mail-consent-expired-subject = اعتبار ثبت‌نام تمام شد: { $offer }
mail-consent-expired-body = سلام { $name }،

    والدینتان به‌موقع جواب ندادند. برای همین ثبت‌نام شما برای «{ $offer }» لغو شد.
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
cancel-note-hint = همه افراد ثبت‌نام‌شده یک ایمیل با متن شما می‌گیرند، مثلاً با یک تاریخ دیگر.
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
participants-status-waitlisted = لیست انتظار
participants-status-cancelled = لغو شده
participants-csv = دانلود لیست به شکل جدول (CSV)
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
participants-consent-link = از طریق لینک، در تاریخ { $date }
participants-consent-paper = روی کاغذ: { $name }، امضا شده در { $date }، فرم { $form }
participants-consent-record = ثبت رضایت کاغذی
participants-typed-parent = در فرم نشانی دیگری برای والدین آمده بود: { $email }. از آن پرسیده نشد. پیش از ثبت رضایت بررسی کنید کدام درست است.
participants-burst = به دلیل ثبت‌نام‌های زیاد از یک شبکه در یک ساعت در فهرست انتظار است. لطفاً بررسی کنید و در صورت نیاز بپذیرید.
participants-correct = اصلاح اطلاعات
participants-field-lang = زبان پیام‌ها
participants-field-parent-lang = زبان والدین
participants-correct-hint = نام کوچک و نشانی ایمیل تغییر نمی‌کنند: این دو مشخص می‌کنند فرد کیست. این تغییر ثبت می‌شود.
participants-correct-submit = ذخیرهٔ اصلاح
participants-flag-corrected = اطلاعات اصلاح شد.
consent-paper-signed-by = امضا شده توسط (نام مادر، پدر یا سرپرست قانونی)
consent-paper-signed-on = تاریخ امضا
consent-paper-form = فرم (نام یا نسخه)
consent-paper-form-hint = همان‌طور که روی فرم نوشته شده، مثلاً „Einwilligung JMD 2026-03“.
consent-paper-photos = این فرم اجازهٔ عکس را هم می‌دهد.
consent-paper-submit = ثبت رضایت
consent-paper-error-signed-by = لطفاً بنویسید چه کسی امضا کرده است.
consent-paper-error-signed-on = لطفاً تاریخ امضا را بنویسید: امروز یا در 12 ماه گذشته.
consent-paper-error-form = لطفاً بنویسید کدام فرم امضا شده است.
answer-yes = بله
answer-no = نه

## Undeliverable mail (admins)
outbox-title = ایمیل‌های تحویل‌نشده
outbox-intro = سرور ایمیل این پیام‌ها را نپذیرفت. وقتی علت مشکل برطرف شد (مثلاً یک آدرس اشتباه یا اطلاعات ورود اشتباه)، می‌توانید دوباره امتحان کنید.
outbox-none-failed = همه پیام‌ها تحویل داده شدند.
outbox-error = خطا
outbox-attempts = { $count ->
    [one] { $count } بار تلاش
   *[other] { $count } بار تلاش
}
outbox-retry = فرستادن دوباره
outbox-retried = پیام به‌زودی دوباره فرستاده می‌شود.

## Calendar
calendar-add = افزودن به تقویم
calendar-subscribe = اشتراک در تقویم شما
calendar-alarm = 2 ساعت دیگر شروع می‌شود.
mail-date-changed-subject = زمان جدید: { $offer }
mail-date-changed-body = سلام { $name }،

    یکی از جلسه‌های «{ $offer }» زمان جدیدی دارد. تقویم شما با این ایمیل زمان جدید را می‌گیرد.
    مکان: { $where }

    ثبت‌نام شما: { $link }
mail-reminder-day-subject = فردا: { $offer }
mail-reminder-day-body = سلام { $name }،

    فردا شروع می‌شود: { $offer }
    زمان: { $when }
    مکان: { $where }

    نمی‌توانید بیایید؟ لطفاً لغو کنید: { $link }
mail-reminder-hours-subject = به‌زودی: { $offer }
mail-reminder-hours-body = سلام { $name }،

    دو ساعت دیگر شروع می‌شود: { $offer }
    زمان: { $when }
    مکان: { $where }

    نمی‌توانید بیایید؟ لطفاً لغو کنید: { $link }
offer-field-remind-day = یادآوری با ایمیل یک روز قبل از هر جلسه
offer-field-remind-hours = یادآوری با ایمیل دو ساعت قبل از هر جلسه
me-feed-title = جلسه‌های شما در تقویمتان
me-feed-intro = با این لینک، تقویم موبایلتان همه جلسه‌هایتان را نشان می‌دهد، حتی وقتی زمانی تغییر کند. این لینک را به کسی ندهید.
me-feed-new = ساختن لینک جدید تقویم

## Site settings (staff)
site-mail-title = فرستنده ایمیل‌ها
site-mail-intro = شرکت‌کنندگان این نام را در صندوق ایمیل خود می‌بینند. وقتی به یک پیام جواب می‌دهند، جواب به آدرس پاسخ می‌رود. اگر یک بخش را خالی بگذارید، تنظیم پیش‌فرض این سرور Treffpunkt استفاده می‌شود.
site-mail-from-name = نام فرستنده
site-mail-from-name-hint = مثلاً: JMD Köln
site-mail-from-address = آدرس فرستنده
site-mail-from-address-hint = فقط آدرسی که سرور ایمیل شما اجازه دارد از طرف آن بفرستد. از تیم IT خود بپرسید.
site-mail-reply-to = آدرس پاسخ
site-mail-reply-to-hint = مثلاً صندوق ایمیل تیم شما: jmd@example.org
site-mail-save = ذخیره
site-mail-error-name = لطفاً نامی با حداکثر 80 کاراکتر و در یک خط بنویسید.

## Accessibility statement and translation note
translation-note = این صفحه با کمک ماشین ترجمه شده است. هنوز یک فارسی‌زبان آن را بررسی نکرده است.
translation-note-link = کمک کنید آن را بهتر کنیم
accessibility-title = بیانیهٔ دسترس‌پذیری
accessibility-scope = این بیانیه دربارهٔ وب‌سایت Treffpunkt به آدرس { $url } است.
accessibility-status-heading = این وب‌سایت چقدر دسترس‌پذیر است؟
accessibility-status = این وب‌سایت تا حدی دسترس‌پذیر است. از قوانین BITV 2.0 و WCAG 2.1 سطح AA پیروی می‌کند، با کمبودهایی که در پایین آمده است.
accessibility-gaps-heading = چه چیزهایی هنوز دسترس‌پذیر نیست؟
accessibility-gap-translations = متن‌های عربی، اوکراینی، فارسی، ترکی و روسی با کمک ماشین نوشته شده‌اند. هنوز کسانی که زبان مادری‌شان این زبان‌هاست آن‌ها را بررسی نکرده‌اند.
accessibility-gap-tables = بعضی جدول‌ها برای کارکنان پهن هستند. روی صفحهٔ کوچک باید آن‌ها را به پهلو بکشید.
accessibility-method-heading = این را چطور بررسی کردیم؟
accessibility-method = ما در تاریخ { $date } خودمان وب‌سایت را بررسی کردیم: با تست‌های خودکار (axe) در همهٔ صفحه‌ها و به همهٔ زبان‌ها، و با تست فقط با صفحه‌کلید و روی صفحهٔ کوچک موبایل.
accessibility-feedback-heading = موانع را به ما بگویید
accessibility-feedback = چیزی برایتان کار نمی‌کند؟ خواندن یا استفاده از چیزی سخت است؟ لطفاً به ما بنویسید. ما تا دو هفته به شما جواب می‌دهیم.
accessibility-enforcement-heading = اگر از جواب ما راضی نیستید
accessibility-enforcement = می‌توانید به دفتر میانجی‌گری طبق قانون برابری افراد دارای معلولیت مراجعه کنید (Schlichtungsstelle nach dem Behindertengleichstellungsgesetz). این کار رایگان است.

## Offline
offline-title = آفلاین هستید
offline-text = الان اتصال اینترنت نیست. اگر فرمی فرستادید، فرستاده نشد. چیزهایی که نوشتید حفظ شده‌اند. وقتی دوباره آنلاین شدید، آن را دوباره بفرستید.
offline-own-registrations = ثبت‌نام‌های من (ذخیره‌شده روی این موبایل)

## Requests that cannot be read
unreadable-title = انجام نشد
unreadable-text = نمی‌توانیم این درخواست را بخوانیم. لطفاً برگردید و دوباره امتحان کنید.

# The person's own corrections on their registration page
registration-details = تغییر اطلاعات من
registration-details-hint = نام کوچک و نشانی ایمیل ثابت می‌مانند، چون نشان می‌دهند شما چه کسی هستید. بقیه را تیم برایتان تغییر می‌دهد.
registration-details-saved = اطلاعاتتان ذخیره شد.
registration-parent-on-file = درخواست‌ها برای والدینتان به { $email } فرستاده می‌شوند. این نشانی را فقط تیم تغییر می‌دهد.
registration-parent-hint = فقط اگر هنوز 16 سالتان نشده لازم است.
own-correction-ask-staff = این سال را فقط تیم می‌تواند وارد کند، چون در آن صورت دیگر از والدینتان پرسیده نمی‌شود. لطفاً با تیم صحبت کنید.

# Site set-up: sites, partners, venues
form-error-missing = لطفاً این بخش را پر کنید.
site-error-slug = لطفاً فقط حروف، اعداد و خط تیره، حداکثر 40 نویسه.
site-error-slug-taken = این نشانی را مکان دیگری دارد. لطفاً نشانی دیگری انتخاب کنید.
site-error-time-zone = این منطقهٔ زمانی را نمی‌شناسیم. لطفاً به شکل قاره/شهر بنویسید، مثلاً Europe/Berlin.
site-error-districts = لطفاً حداکثر 100 محله، هر کدام در یک سطر و حداکثر 60 نویسه.
organisation-error-website = لطفاً نشانی وبی وارد کنید که با https:// شروع شود.
venue-error-no-districts = برای مکان شما هنوز محله‌ای ثبت نشده است. ابتدا آن‌ها را در تنظیمات مکان وارد کنید.
organisation-contact = تماس
organisation-kind-jmd = خدمات مهاجرت جوانان
organisation-kind-school = مدرسه
organisation-kind-youth_centre = مرکز جوانان
organisation-kind-migrant_org = سازمان مهاجران
organisation-kind-sports_club = باشگاه ورزشی
organisation-kind-jobcenter = جاب‌سنتر (Jobcenter)
organisation-kind-municipal = مرکز ادغام شهری
organisation-kind-church = کلیسا
organisation-kind-welfare = انجمن رفاه اجتماعی
organisation-kind-employer = کارفرما
organisation-kind-culture = فرهنگ و آموزش
organisation-kind-other = دیگر
site-settings-title = مکان
site-public-page = دیدن صفحهٔ عمومی
site-new-title = مکان جدید
site-new-intro = هر مکان یک دفتر خدمات مهاجرت جوانان با نشانی، تیم و برنامه‌های خودش است. پس از آن شریکان و محل‌ها را اضافه و تیم را دعوت می‌کنید.
site-field-state-choose = لطفاً انتخاب کنید
site-field-slug = نشانی صفحه
site-field-slug-hint = بخش آخر ‎/sites/…‎، مثلاً koeln. اگر خالی بماند از نام شهر ساخته می‌شود. پس از آن تغییر نمی‌کند.
site-section-public = برای عموم
site-field-name = نام
site-field-name-hint = نام مکان در همهٔ صفحه‌ها، مثلاً JMD Köln.
site-field-city = شهر
venue-field-street = خیابان و پلاک
venue-field-postal-code = کد پستی
site-field-phone = تلفن
site-field-opening-hours = ساعت‌های کاری
site-field-opening-hours-hint = هر روز یک سطر، مثلاً: Mo–Do 9–16 Uhr
site-field-description = توضیح کوتاه (آلمانی)
site-section-carrier = نهاد مسئول (برای اطلاعات حقوقی)
site-section-carrier-hint = سازمانی که خدمات مهاجرت جوانان را اداره می‌کند، با نشانی پستی آن.
site-field-carrier = نام نهاد مسئول
site-field-carrier-address = نشانی پستی نهاد مسئول
site-section-planning = برنامه‌ریزی
site-field-state = ایالت
site-field-state-hint = تعطیلات مدرسه و تعطیلات رسمی بر اساس آن است.
site-field-districts = محله‌ها
site-field-districts-hint = هر محله در یک سطر. محل‌ها در یکی از آن‌ها قرار دارند و در فیلترها نشان داده می‌شوند.
site-field-time-zone = منطقهٔ زمانی
site-field-time-zone-hint = در آلمان Europe/Berlin. همهٔ زمان‌های این مکان در این منطقه است.
site-create = ایجاد مکان
network-organisations = شریکان
network-venues = محل‌ها
network-organisation-new = شریک جدید
network-venue-new = محل جدید
network-organisations-none = هنوز شریکی نیست.
network-venues-none = هنوز محلی نیست.
organisation-field-kind = نوع
network-archived = بایگانی‌شده
network-edit = ویرایش
network-archive = بایگانی
network-archive-hint = برنامه‌های گذشته همان‌طور می‌مانند. برای برنامه‌های جدید دیگر پیشنهاد نمی‌شود.
network-restore = بازگرداندن
network-restore-hint = بایگانی شده است. پس از بازگرداندن دوباره برای برنامه‌های جدید قابل انتخاب است.
network-public-page = دیدن صفحهٔ عمومی
organisation-field-website = وب‌سایت
organisation-field-website-hint = با https:// در آغاز.
organisation-field-contact-hint = تلفن، ایمیل یا نشانی دفتر، بدون اطلاعات خصوصی.
venue-map-link = دیدن در OpenStreetMap
venue-field-name-hint = نامی که جوانان با آن محل را پیدا می‌کنند، مثلاً Jugendzentrum Kalk، اتاق 2.
venue-field-transit = رسیدن با اتوبوس و قطار
venue-field-transit-hint = مثلاً: خط 1 تا Kalk Post، سپس 3 دقیقه پیاده.
venue-section-access = دسترسی‌پذیری
venue-hearing-loop = حلقهٔ شنوایی
venue-field-notes = نکته‌هایی دربارهٔ دسترسی
setup-title = آنچه هنوز مانده است
setup-details = نشانی، نهاد مسئول، ایالت و محله‌های مکان را وارد کنید
setup-no-venue = هنوز محلی نیست: یکی اضافه کنید.
setup-no-venue-partner = هنوز محلی نیست. تیم مکان پیشنهاد شما را تأیید می‌کند.
setup-no-partner = هنوز سازمان شریکی نیست: مدرسه‌ها، مراکز جوانان و انجمن‌ها را اضافه کنید
setup-no-staff = هنوز عضوی در تیم نیست: تیم را دعوت کنید.
setup-no-offer = هنوز برنامه‌ای نیست: اولین برنامه را بسازید
setup-no-site = هنوز مکانی نیست.
sites-title = خدمات مهاجرت جوانان نزدیک شما
sites-intro = اینجا مشاوره می‌گیرید و گروه‌ها و رویدادها را پیدا می‌کنید. سر بزنید یا برایمان بنویسید.
site-carrier-label = زیر نظر
home-site-choice = انتخاب مکان
home-all-sites = همهٔ مکان‌ها
translations-description-only = توضیح به زبان‌های دیگر

# Days off: public holidays, school holidays, closing days
holiday-new-year = سال نو میلادی
holiday-good-friday = جمعهٔ نیک
holiday-easter-sunday = یکشنبهٔ عید پاک
holiday-easter-monday = دوشنبهٔ عید پاک
holiday-labour-day = روز کارگر
holiday-ascension = عید عروج
holiday-whit-sunday = یکشنبهٔ پنطیکاست
holiday-whit-monday = دوشنبهٔ پنطیکاست
holiday-german-unity = روز وحدت آلمان
holiday-christmas = روز کریسمس
holiday-boxing-day = روز دوم کریسمس
holiday-epiphany = عید ظهور
holiday-womens-day = روز جهانی زن
holiday-corpus-christi = عید جسم مسیح
holiday-assumption = عید عروج مریم
holiday-childrens-day = روز جهانی کودک
holiday-reformation-day = روز اصلاحات دینی
holiday-all-saints = روز همهٔ مقدسان
holiday-repentance-day = روز توبه و نیایش
offer-field-skip-days-off = حذف تعطیلات رسمی، تعطیلات مدرسه و روزهای تعطیل مکان
offer-field-skip-days-off-hint = بر اساس تقویم ایالت و روزهای تعطیل مکان. روزهای حذف‌شده در شمار نوبت‌ها حساب می‌شوند.
offer-no-session = در { $date } برنامه‌ای نیست: { $reason }
site-closing-days = روزهای تعطیل
site-closing-days-hint = روزهایی که مکان بسته است، مثل روزهای بین تعطیلات یا روزهای تیمی. Treffpunkt تعطیلات رسمی و مدرسهٔ ایالت را می‌داند.
site-closing-day-date = روز
site-closing-day-reason = دلیل
site-closing-day-add = افزودن روز تعطیل
site-closing-day-remove = حذف
site-closing-days-none = هنوز روز تعطیلی ثبت نشده است.
closing-day-error-date = لطفاً روزی از امروز به بعد، حداکثر سه سال جلوتر.
closing-day-error-reason = لطفاً دلیلی کوتاه، حداکثر 80 نویسه.
school-holidays-autumn = تعطیلات پاییزی
school-holidays-christmas = تعطیلات کریسمس
school-holidays-winter = تعطیلات زمستانی
school-holidays-easter = تعطیلات عید پاک
school-holidays-whitsun = تعطیلات پنطیکاست
school-holidays-summer = تعطیلات تابستانی
school-holidays-other = مدرسه تعطیل است
network-proposed = پیشنهادی
network-confirm = تأیید
venue-propose-title = پیشنهاد محل
venue-propose-intro = تیم مکان این محل را بررسی می‌کند. پس از آن می‌توانید آن را برای برنامه‌ها انتخاب کنید.
venue-propose-link = محل در فهرست نیست؟ یکی پیشنهاد بدهید.
venue-proposed-flash = ممنون! تیم مکان این محل را بررسی می‌کند و پس از آن می‌توانید انتخابش کنید.
setup-venue-proposals = محل‌های پیشنهادی منتظر تأیید هستند

# Offers as staff describe them: cost, what to bring, meeting point, several days
offer-field-cost = هزینه به یورو
offer-field-cost-hint = اگر رایگان است خالی بگذارید. مثلاً 5 یا 12.50. جوانان می‌خوانند که می‌توانند درخواست کمک کنند.
offer-error-cost = لطفاً مبلغی مثل 5 یا 12.50 وارد کنید، حداکثر 1000 یورو.
offer-cost = هزینه
offer-cost-free = رایگان
offer-cost-amount = { $euros }.{ $cents } یورو
offer-cost-support = برایتان زیاد است؟ از ما دربارهٔ کمک بپرسید.
offer-field-bring = چه چیزی همراه بیاورند
offer-field-bring-hint = مثلاً: کفش ورزشی، بطری آب.
offer-bring = همراه بیاورید
offer-field-meeting-point = محل قرار
offer-field-meeting-point-hint = فقط وقتی در خود محل قرار نمی‌گذارید، مثلاً: ورودی اصلی ایستگاه مرکزی.
offer-meeting-point = محل دیدار
offer-field-end-date = روز آخر
offer-field-end-date-hint = فقط برای یک برنامهٔ چندروزه، مثل سفری از جمعه تا یکشنبه. ساعت پایان برای روز آخر است.
offer-error-end-date = روز آخر همان روز اول یا بعد از آن است، حداکثر 14 روز بعد.
offer-error-end-date-series = برنامه‌های چندروزه تکرار نمی‌شوند.
offer-field-visibility = چه کسی برنامه را پیدا می‌کند
offer-field-visibility-hint = جلسه‌های شبکه و گروه‌های کاری را فقط تیم و شریکان می‌بینند. با پیوند دعوت: فقط کسی که پیوند را دارد.
offer-visibility-public = همه (عمومی)
offer-visibility-partners = فقط تیم و شریکان
offer-visibility-invited = فقط با پیوند دعوت
offer-invitation-link = پیوند دعوت برای فرستادن:
agenda-from-time = از { $time }
agenda-until-time = تا { $time }
agenda-all-day = تمام روز

# Trips with a night away
offer-field-overnight = با شب‌مانی (سفر، اردو)
offer-field-overnight-hint = در این صورت ثبت‌نام یک تماس اضطراری می‌خواهد. برای همه زیر 18 سال، رضایت‌نامه امضاشده والدین روی کاغذ در فهرست شرکت‌کنندگان ثبت می‌شود.
offer-overnight = شب‌مانی
offer-overnight-text = شب را بیرون از خانه می‌مانیم. هنگام ثبت‌نام یک تماس اضطراری می‌پرسیم. اگر زیر 18 سال هستید، به رضایت‌نامه کتبی والدین نیاز دارید: فرم را از ما می‌گیرید.
register-field-emergency-contact = تماس اضطراری
register-field-emergency-contact-hint = نام و شماره تلفن کسی که در طول سفر بتوانیم با او تماس بگیریم.
register-error-emergency-contact = لطفاً یک نام و شماره تلفن برای مواقع اضطراری بنویسید.
registration-trip-consent = برای این سفر به رضایت‌نامه کتبی والدینتان نیاز داریم. آن را امضاشده حداکثر تا زمان حرکت بیاورید؛ فرم را از ما می‌گیرید.
participants-trip-consent-paper = سفر: رضایت کتبی از { $name }، امضا در { $date }، فرم { $form }
participants-trip-consent-missing = سفر: رضایت کتبی والدین هنوز نرسیده است
participants-trip-consent-record = ثبت رضایت برای سفر
participants-photo-consent-record = ثبت موافقت والدین با عکس
participants-needs-wait-parent = پس از موافقت والدین دیده می‌شود (ممکن است به سلامت مربوط باشد)
participants-photos-allowed = عکس: مجاز
participants-photos-refused = عکس: مجاز نیست
participants-photos-parent-missing = عکس: موافقت والدین هنوز نیامده
staff-done-created = مرکز ساخته شد. فهرست زیر نشان می‌دهد چه چیزی هنوز کم است.
staff-done-welcome = رمز عبورتان ذخیره شد. به Treffpunkt خوش آمدید!

# Retention
site-section-privacy = حریم خصوصی: چه مدت داده‌ها را نگه می‌داریم
site-section-privacy-hint = پس از آن Treffpunkt روزی یک بار داده‌ها را خودکار پاک می‌کند. این مدت‌ها در توضیحات حریم خصوصی آمده است.
site-field-keep-months = ثبت‌نام‌ها: ماه پس از آخرین جلسه
site-field-keep-months-hint = از 1 تا 36؛ خالی: 6.
site-field-keep-days = پیام‌های فرستاده‌شده: روز
site-field-keep-days-hint = از 1 تا 365؛ خالی: 30.
site-error-period = لطفاً یک عدد صحیح در بازه گفته‌شده بنویسید.

# My data
own-data-title = داده‌های من
own-data-intro = اینجا همه چیزهایی را که درباره شما نگه می‌داریم می‌بینید. می‌توانید آن را دانلود کنید، موافقتتان با عکس را پس بگیرید یا همه چیز را پاک کنید.
own-data-of = داده‌های { $name }
own-data-what = این همان چیزی است که نگه می‌داریم، همان‌طور که ذخیره شده است. پیام‌ها را کوتاه‌مدت و ثبت‌نام‌ها را تا چند ماه پس از آخرین جلسه نگه می‌داریم.
own-data-download = دانلود همه چیز (JSON)
own-data-photos-text = شما اجازه عکس داده‌اید. هر وقت بخواهید می‌توانید آن را پس بگیرید.
own-data-photos-withdraw = دیگر عکس نه
own-data-delete-title = پاک کردن همه چیز
own-data-delete-warning = این کار همه چیز درباره { $name } را پاک می‌کند. ثبت‌نام‌های جاری لغو می‌شوند: جاها به نفرات بعدی فهرست انتظار می‌رسد. این کار برگشت‌پذیر نیست.
own-data-delete-confirm = بله، همه چیز پاک شود
own-data-delete = پاک کردن برای همیشه
own-data-delete-all-warning = پاک کردن همه در اینجا: { $names }. ثبت‌نام‌های جاری لغو می‌شوند و جاها به نفرات بعدی در فهرست انتظار می‌رسد. این کار برگشت‌پذیر نیست.
own-data-delete-all = پاک کردن همه برای همیشه
own-data-deleted = پاک شد. دیگر چیزی درباره این شخص نگه نمی‌داریم.
own-data-flag-photos-withdrawn = انجام شد: دیگر عکس نه.
own-data-flag-confirm-missing = اگر واقعاً می‌خواهید همه چیز پاک شود، «بله، همه چیز پاک شود» را علامت بزنید.
own-data-table-participants = درباره شخص
own-data-table-registrations = ثبت‌نام‌ها
own-data-table-reminders-sent = یادآوری‌ها
own-data-table-calendar-feeds = اشتراک تقویم
own-data-table-outbox = پیام‌ها به این نشانی

# People (requests about personal data)
people-title = افراد
people-intro = برای درخواست‌های تلفنی یا حضوری: کسی که می‌خواهد بداند چه چیزی نگه می‌داریم یا می‌خواهد پاک شود. هر نگاه به داده‌های یک شخص در گزارش ثبت می‌شود.
people-search = نشانی ایمیل یا نام کوچک
people-search-hint = نشانی کامل (همچنین نشانی والدین) یا آغاز نام کوچک.
people-search-submit = جستجو
people-none = کسی پیدا نشد.
people-registrations = { $count } ثبت‌نام

# Legal pages
legal-privacy = اطلاعیه حریم خصوصی
legal-imprint = مشخصات ناشر (Impressum)
legal-choose-site = برای کدام مرکز؟
legal-controller-title = چه کسی مسئول است؟
legal-controller-text = مسئول { $site } نهاد پشتیبان آن است:
legal-dpo = مسئول حفاظت از داده‌ها:
legal-dpo-none = پرسش‌ها درباره حریم خصوصی به:
legal-what-title = چه چیزی نگه می‌داریم، چرا و تا کی
legal-what-registration = وقتی ثبت‌نام می‌کنید: نام کوچک، نشانی ایمیل، سال تولد و زبان؛ به دلخواه تلفن، جنسیت، آنچه باید بدانیم و اینکه عکس مجاز است یا نه؛ برای سفرهای شبانه یک تماس اضطراری. چرا: تا بتوانید شرکت کنید (کار با جوانان به عنوان وظیفه عمومی، ماده 6 بند 1 ه مقررات عمومی حفاظت از داده‌ها). تا کی: تا { $months } ماه پس از آخرین جلسه.
legal-what-parents = اگر 16 سال یا کمتر دارید: نشانی ایمیل و زبان والدینتان و اینکه آیا و کی موافقت کرده‌اند (رضایت، ماده 6 بند 1 الف). آنچه درباره سلامتتان برای ما می‌نویسید را فقط برای اینکه خوب شرکت کنید و فقط با رضایت به کار می‌بریم (ماده 9 بند 2 الف). تا کی: مانند ثبت‌نام.
legal-what-consents = عکس فقط با موافقت: اگر کمتر از 18 سال دارید، موافقت والدینتان را هم لازم داریم، و از 14 سالگی همیشه موافقت خودتان را هم. آنچه باید دربارهٔ سلامتتان بدانیم را فقط با رضایت صریح شما به کار می‌بریم، و زیر 16 سال با رضایت والدینتان (ماده 9 بند 2 الف). هر رضایت را با نسخه و زبان متنش نگه می‌داریم، تا وقتی ثبت‌نام نگه داشته می‌شود.
legal-what-audit = اگر تأمین‌کنندهٔ مالی باید فهرست شرکت‌کنندگان را بررسی کند (گزارش مصرف بودجه)، آن را تا پایان بررسی نگه می‌داریم، حداکثر ده سال (ماده 6 بند 1 ج). اگر در این مدت درخواست حذف کنید، اطلاعاتتان را محدود می‌کنیم: دیگر کسی از آن‌ها استفاده نمی‌کند و به‌محض پایان بررسی پاکشان می‌کنیم (ماده 17 بند 3 ب و ماده 18).
legal-what-figures = پیش از پاک کردن، بدون نام می‌شماریم که در هر ماه، فعالیت، حوزه، محله، جنسیت و گروه سنی چند ثبت‌نام بوده است. این آمار را برای گزارش‌ها نگه می‌داریم؛ عددهای کمتر از 5 را هرگز بیرون نمی‌دهیم.
legal-what-messages = پیام‌هایی که برایتان می‌فرستیم (تأییدیه‌ها، یادآوری‌ها، لینک‌ها): { $days } روز. برای جلوگیری از سوءاستفاده، شمارنده‌های رمزگذاری‌شده نشانی‌ها و شبکه‌ها حداکثر یک روز، و گزارشی از اینکه چه کسی در تیم چه چیزی را تغییر داد، دو سال (منافع مشروع، ماده 6 بند 1 و).
legal-who-title = چه کسی داده‌ها را می‌بیند
legal-who-text = فقط تیم { $site } و سازمان همکاری که فعالیت را برگزار می‌کند. چیزی را به کسی نمی‌دهیم و چیزی نمی‌فروشیم.
legal-processors = ارائه‌دهندگان فنی که از طرف ما کار می‌کنند:
legal-none-text = بدون تبلیغ، بدون ردیابی. کوکی فقط برای زبان، مرکز و ورود. صفحه‌ها چیزی از سرورهای دیگر بارگذاری نمی‌کنند.
legal-rights-title = حقوق شما
legal-rights-text = هر وقت بخواهید می‌توانید ببینید چه چیزی نگه می‌داریم، آن را دانلود کنید، اصلاحش را بخواهید و پاکش کنید: در «ثبت‌نام‌های من» با لینکی به نشانی ایمیلتان، یا نزد تیم. رضایت را هر وقت بخواهید می‌توانید پس بگیرید. می‌توانید به مرجع حفاظت از داده‌های ایالتتان شکایت کنید.
legal-imprint-text = اطلاعات طبق بند 5 قانون DDG. ارائه‌دهنده این صفحه‌ها برای { $site }:
legal-contact = تماس
site-field-privacy-contact = مسئول حفاظت از داده‌ها (نام و تماس)
site-field-processors = ارائه‌دهندگان فنی (پردازشگران)
site-field-processors-hint = مثلاً: میزبانی نزد …، ارسال ایمیل از طریق … همین‌طور در اطلاعیه حریم خصوصی می‌آید.

# Consent records
own-data-table-consents = رضایت‌ها
consent-field-purpose = برای
consent-field-given-by = از طرف
consent-field-method = چگونه
consent-field-given-at = کی
consent-field-withdrawn-at = پس گرفته شد در
consent-field-text-version = نسخه متن
consent-purpose-privacy-notice = توضیح حریم خصوصی خوانده شد
consent-purpose-parent = رضایت والدین
consent-purpose-photos = عکس‌ها
consent-purpose-trip-paper = سفر: رضایت کتبی
consent-purpose-health-needs = اطلاعاتی که ممکن است به سلامت مربوط باشد
consent-given-by-self = خودتان
consent-given-by-parent = والدین
consent-given-by-staff = تیم
consent-method-online = آنلاین
consent-method-paper = روی کاغذ
consent-method-in-person = حضوری

# Privacy in operation (admins)
privacy-admin-title = حریم خصوصی در عمل
privacy-admin-next-run = اجرای روزانه بعدی پاک می‌کند:
privacy-admin-record = فهرست فعالیت‌های پردازش (ماده 30)
privacy-admin-record-hint = از فهرست در کد: هر ستون دارای داده شخصی، با کلمات خودش (انگلیسی).
privacy-admin-record-csv = دانلود به صورت جدول
hold-title = نگهداری برای بازرسی
hold-intro = پس از آخرین جلسه، وقتی مهلت تعیین‌شده برای این مرکز تمام شود، ثبت‌نام‌ها را پاک می‌کنیم. اگر تأمین‌کنندهٔ مالی بخواهد فهرست را بعداً بررسی کند (گزارش مصرف بودجه)، آن را تا پایان بررسی نگه دارید. در این مدت، اطلاعات کسی که درخواست حذف کند به‌جای حذف، محدود می‌شود.
hold-reason = کدام بازرسی؟
hold-reason-hint = مثلاً «گزارش مصرف KJP 2026». لطفاً نام ننویسید.
hold-until = نگهداری تا
hold-until-hint = آخرین روزی که فهرست لازم است؛ حداکثر ده سال.
hold-submit = نگه داشتن فهرست
hold-active = این فهرست تا { $date } (با همان روز) نگه داشته می‌شود: { $reason }. پس از آن، اجرای روزانه آنچه را مهلتش گذشته پاک می‌کند.
hold-end = پایان نگهداری از همین حالا
hold-error-reason = لطفاً بنویسید فهرست برای کدام بازرسی نگه داشته می‌شود.
hold-error-until = لطفاً روزی بعد از امروز بنویسید، حداکثر ده سال بعد.
participants-flag-held = ذخیره شد. فهرست برای بازرسی نگه داشته می‌شود.
participants-flag-hold-ended = نگهداری فهرست برای بازرسی پایان یافت.
participants-status-restricted = محدودشده (درخواست حذف، نگه‌داشته برای بازرسی)
own-data-restricted = پاک شد، به‌جز ثبت‌نام‌هایی که تأمین‌کنندهٔ مالی هنوز ممکن است فهرستشان را بررسی کند. این‌ها محدود شده‌اند: دیگر کسی از آن‌ها استفاده نمی‌کند و به‌محض پایان بررسی پاک می‌شوند.
privacy-admin-holds = فهرست‌های نگه‌داشته برای بازرسی
privacy-admin-no-holds = اکنون هیچ فهرستی برای بازرسی نگه داشته نمی‌شود.
privacy-admin-figures = آمار بی‌نام
privacy-admin-figures-hint = ثبت‌نام‌های تأییدشدهٔ یک سال بر اساس حوزه، گروه سنی و جنسیت، برای گزارش به تأمین‌کنندگان مالی. عددهای کمتر از 5 و به همان اندازه عددهای دیگر، تا قابل محاسبه نباشند، با «x» نشان داده می‌شوند.
privacy-admin-figures-year = آمار { $year } (CSV)
figures-site = مرکز
figures-year = سال
figures-by-age = ثبت‌نام‌ها بر اساس حوزه و گروه سنی
figures-by-gender = ثبت‌نام‌ها بر اساس حوزه و جنسیت
figures-area = حوزه
figures-total = جمع
figures-hidden = x: پنهان (کمتر از 5، یا برای اینکه عدد کوچکی قابل محاسبه نباشد)
figures-age-under-12 = زیر 12
figures-age-12-15 = 12–15
figures-age-16-17 = 16–17
figures-age-18-21 = 18–21
figures-age-22-27 = 22–27
figures-age-older = بالای 27
figures-age-unknown = نامعلوم
privacy-col-data = داده
privacy-col-purpose = هدف
privacy-col-basis = مبنای حقوقی
privacy-col-keep = نگهداری
privacy-count-registrations = ثبت‌نام‌ها
privacy-count-participants = افراد بدون ثبت‌نام
privacy-count-messages = پیام‌ها
privacy-count-expired = لینک‌ها، نشست‌ها و پیش‌نویس‌های منقضی
privacy-count-audit = ورودی‌های گزارش (قدیمی‌تر از دو سال)
privacy-count-feeds = اشتراک‌های تقویم بدون شخص

# مشارکت: پیوستن با کد، ایده‌ها، حمایت، بررسی کارکنان، «شما گفتید – ما انجام دادیم»
join-title = مشارکت با کد
join-intro = از گروهتان یا از یک جشن کد گرفته‌اید؟ با آن می‌توانید ایده پیشنهاد کنید و از ایده‌ها حمایت کنید. آدرس ایمیل لازم نیست.
join-invitation = شما به این گروه می‌پیوندید: { $group } ({ $site }).
join-field-code = کد
join-field-nickname = نام مستعار
join-nickname-hint = فقط کارکنان آن را می‌بینند. لطفاً شماره تلفن یا نام کاربری شبکه‌های اجتماعی ننویسید.
join-field-lang = به چه زبانی برایتان بنویسیم؟
join-privacy = نام مستعار، سال تولد، زبان و ایده‌هایتان را نگه می‌داریم. نام شما هیچ‌وقت عمومی نمی‌شود، فقط نام گروهتان.
join-submit = مشارکت
join-again-title = قبلاً پیوسته‌اید؟ با کد بازگشتتان برگردید
join-field-reentry = کد بازگشت
join-again-submit = برگشتن
join-error-code = کد 8 کاراکتر دارد، مثلاً KALK-7Q3M.
join-error-code-not-valid = الان نمی‌شود با این کد پیوست. لطفاً از کسی که کد را به شما داده بپرسید.
join-error-nickname-contact = لطفاً در نام مستعار شماره تلفن، ایمیل یا نام کاربری شبکه‌های اجتماعی ننویسید.
join-error-age = جوانان 10 تا 30 ساله می‌توانند شرکت کنند. لطفاً سال تولدتان را بررسی کنید.
join-flag-limited = تلاش‌ها بیش از حد بود. لطفاً 15 دقیقه بعد دوباره امتحان کنید.
join-flag-unknown = این کد بازگشت را نمی‌شناسیم. لطفاً دوباره آن را بررسی کنید.
join-flag-not-valid = الان نمی‌شود با این کد پیوست.
join-welcome-title = خوش آمدید!
join-reentry-intro = این کد بازگشت شماست. آن را فقط همین یک بار نشان می‌دهیم:
join-reentry-hint = از آن عکس بگیرید یا آن را یادداشت کنید. با آن در گوشی دیگری هم به ایده‌هایتان برمی‌گردید.
join-welcome-offers = رفتن به فعالیت‌ها
ideas-title = ایده‌ها
ideas-title-site = ایده‌ها: { $site }
ideas-intro = چه چیزی باید باشد؟ ایده‌ای پیشنهاد کنید، از ایده‌های دیگر حمایت کنید و ببینید از آن‌ها چه درمی‌آید.
ideas-join-hint = برای مشارکت، یک کد از گروهتان لازم دارید.
ideas-rounds = برای چه چیزهایی ایده جمع می‌کنیم
ideas-no-rounds = الان ایده جمع نمی‌کنیم.
ideas-list = ایده‌ها
ideas-none = هنوز ایده‌ای نیست. ایدهٔ شما می‌تواند اولین باشد!
ideas-more = ایده‌های بیشتر
ideas-flag-sent = ممنون! ایدهٔ شما حالا دیده می‌شود.
ideas-flag-held = ممنون! یکی از کارکنان نگاه کوتاهی به ایدهٔ شما می‌اندازد، بعد دیده می‌شود.
ideas-flag-supported = ذخیره شد.
ideas-flag-limited = تلاش‌ها بیش از حد بود. لطفاً بعداً دوباره امتحان کنید.
ideas-flag-closed = این دور فعلاً ایده نمی‌پذیرد.
ideas-flag-reported = ممنون. آن را بررسی می‌کنیم.
ideas-flag-not-now = این کار الان برای این ایده ممکن نیست.
ideas-flag-withdrawn = ایدهٔ شما پس گرفته شد.
round-decidable = دربارهٔ چه چیزی می‌توانید تصمیم بگیرید
round-budget = پول
round-deciders = چه کسی تصمیم می‌گیرد
round-until = ایده‌ها تا
round-paused = توقف (تعطیلات)
round-always-open = همیشه باز
round-question = پرسش
round-question-hint = مثلاً: در Sommerfest Chorweiler چه اتفاقی بیفتد؟
round-closes-on = آخرین روز برای ایده‌ها
round-closes-hint = برای صندوق ایده‌ای که همیشه باز است، خالی بگذارید.
round-response-days = پاسخ به جوانان ظرف (روز)
round-post-moderated = ایده‌ها فوراً نشان داده شوند و بعد بررسی شوند (فقط برای دورهای 16 سال به بالا). متن‌هایی که اطلاعات تماس دارند همیشه اول بررسی می‌شوند.
round-error-closes = لطفاً تاریخی از امروز به بعد انتخاب کنید.
round-error-response-days = لطفاً عددی از 1 تا 90.
round-phase-open = باز
round-phase-paused = متوقف
round-phase-closed = تمام‌شده
idea-new = پیشنهاد ایده
idea-field-what = ایدهٔ شما چیست؟
idea-what-hint = یک یا دو جمله کافی است.
idea-field-category = چه نوع ایده‌ای؟
idea-choose-category = لطفاً انتخاب کنید
idea-field-for-whom = برای چه کسانی؟
idea-for-whom-hint = مثلاً: دختران از 14 سال، همه، خانواده‌ها
idea-field-place = کجا؟
idea-field-when = کی؟
idea-field-days = چه روزهایی؟
idea-field-parts = چه وقتی از روز؟
idea-field-languages = به چه زبان‌هایی؟
idea-public-hint = همه ایدهٔ شما را می‌بینند، بدون نام شما. لطفاً در آن شماره تلفن یا آدرس ننویسید.
idea-send = فرستادن ایده
idea-similar-title = این از قبل هست؟
idea-similar-intro = این ایده‌ها شبیه هستند. می‌توانید از آن‌ها حمایت کنید یا ایدهٔ خودتان را باز هم بفرستید.
idea-error-what = لطفاً ایده‌تان را در چند کلمه توضیح دهید.
idea-error-category = لطفاً انتخاب کنید چه نوع ایده‌ای است.
idea-error-round = لطفاً انتخاب کنید ایده‌تان مربوط به کدام دور است.
idea-error-round-closed = این دور فعلاً ایده نمی‌پذیرد.
idea-error-move = این مرحله از اینجا ممکن نیست.
idea-error-reason = لطفاً دلیلی بنویسید که جوانان بفهمند.
idea-error-revisit = لطفاً تاریخی که دوباره به ایده نگاه می‌کنید.
idea-error-merge-target = لطفاً شمارهٔ یک ایدهٔ قابل مشاهده از همین مرکز را وارد کنید.
idea-error-offer = لطفاً شمارهٔ یک فعالیت از همین مرکز را وارد کنید.
idea-by-group = از یک جوان در گروه { $group }
idea-by-someone = از یک جوان
idea-by-workshop = از یک کارگاه (روی کاغذ جمع‌آوری شده)
idea-supports = { $count ->
    [one] { $count } نفر از این ایده خوشش می‌آید
   *[other] { $count } نفر از این ایده خوششان می‌آید
}
idea-planners = { $count ->
    [one] { $count } نفر در برنامه‌ریزی کمک می‌کند
   *[other] { $count } نفر در برنامه‌ریزی کمک می‌کنند
}
idea-support = خوشم می‌آید
idea-unsupport = پس گرفتن
idea-plan = در برنامه‌ریزی کمک می‌کنم
idea-unplan = در برنامه‌ریزی کمک نمی‌کنم
idea-plan-hint = «خوشم می‌آید» یعنی: از این ایده خوشتان می‌آید. «در برنامه‌ریزی کمک می‌کنم» یعنی: می‌خواهید کمک کنید که این ایده انجام شود.
idea-withdraw = پس گرفتن ایده
idea-report = گزارش
idea-timeline = تا حالا چه اتفاقی افتاده
idea-would-work = چه چیزی آن را ممکن می‌کند
idea-became = نتیجه:
idea-merged-into = ادغام شده با
idea-state-submitted = فرستاده شده
idea-state-published = قابل مشاهده
idea-state-checking = در حال بررسی
idea-state-feasible = شدنی
idea-state-feasible-if = شدنی، اگر …
idea-state-not-feasible = نشدنی
idea-state-parked = بعداً دوباره بررسی می‌شود
idea-state-planning = در حال برنامه‌ریزی
idea-state-scheduled = تاریخ تعیین شده
idea-state-done = برگزار شد
idea-state-closed = بسته شده
idea-state-merged = ادغام شده
idea-state-withdrawn = پس گرفته شده
idea-state-removed = حذف شده
idea-move-published = انتشار
idea-move-checking = شروع بررسی
idea-move-feasible = شدنی
idea-move-feasible-if = شدنی، اگر …
idea-move-not-feasible = نشدنی (با دلیل)
idea-move-parked = کنار گذاشتن موقت (با دلیل و تاریخ)
idea-move-planning = شروع برنامه‌ریزی
idea-move-scheduled = فعالیت تعیین شد (شمارهٔ فعالیت)
idea-move-done = برگزار شد
idea-move-closed = بستن
idea-move-merged = ادغام (با دلیل و شماره)
idea-move-removed = حذف (با دلیل)
weekday-1 = دوشنبه
weekday-2 = سه‌شنبه
weekday-3 = چهارشنبه
weekday-4 = پنجشنبه
weekday-5 = جمعه
weekday-6 = شنبه
weekday-7 = یکشنبه
day-part-morning = صبح‌ها
day-part-afternoon = بعدازظهرها
day-part-evening = شب‌ها
day-part-weekend = آخر هفته
criterion-cost = هزینه
criterion-room = اتاق
criterion-staff-time = وقت کارکنان
criterion-youth-protection = حفاظت از نوجوانان
criterion-date = تاریخ
done-title = شما گفتید – ما انجام دادیم
done-intro = ایده‌های شما به کجا رسید، همراه با دلیل‌ها.
done-none = هنوز به هیچ ایده‌ای پاسخ داده نشده است.
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
mail-idea-news-subject = خبر تازه دربارهٔ ایدهٔ شما: { $state }
mail-idea-news-body = سلام، وضعیت ایدهٔ شما «{ $idea }» حالا این است: { $state }.

    بیشتر: { $link }
mail-idea-news-reason-body = سلام، وضعیت ایدهٔ شما «{ $idea }» حالا این است: { $state }.

    چرا: { $reason }

    بیشتر: { $link }
co-design-title = مشارکت و ایده‌ها
co-design-queue = برای بررسی
co-design-queue-empty = الان هیچ ایده‌ای منتظر شما نیست.
co-design-overdue = { $count ->
    [one] { $count } ایده بیشتر از زمان وعده‌داده‌شده منتظر پاسخ مانده است
   *[other] { $count } ایده بیشتر از زمان وعده‌داده‌شده منتظر پاسخ مانده‌اند
}
co-design-held = نگه داشته شده: اطلاعات تماس یا گزارش‌شده
co-design-reports = { $count ->
    [one] { $count } گزارش
   *[other] { $count } گزارش
}
co-design-move = مرحلهٔ بعد
co-design-criteria = چه چیزی مانع است
co-design-reason = دلیل برای جوانان
co-design-reason-hint = کوتاه و دوستانه. برای «نشدنی»، «کنار گذاشتن موقت»، «ادغام» و «حذف» لازم است.
co-design-notes = یادداشت داخلی
co-design-notes-hint = فقط کارکنان آن را می‌بینند.
co-design-revisit = بررسی دوباره در تاریخ
co-design-merge = ادغام با ایدهٔ شمارهٔ
co-design-offer = فعالیت شمارهٔ
co-design-save-move = ذخیرهٔ مرحله
co-design-paper-supports = حمایت‌ها روی کاغذ
co-design-add = افزودن
co-design-rounds = دورهای ایده
co-design-round-new = دور ایدهٔ جدید
co-design-round-create = ساختن دور
co-design-round = دور
co-design-pause = توقف
co-design-resume = ادامه
co-design-codes = کدهای پیوستن
co-design-codes-intro = یک کد برای یک گروه یا یک جشن. هر کس آن را داشته باشد، می‌تواند با نام مستعار و بدون ایمیل شرکت کند.
co-design-code-new = کد جدید
co-design-code-label = برای کدام گروه؟
co-design-code-label-hint = مثلاً: Mädchengruppe Kalk. در صفحه‌های عمومی نوشته می‌شود: «از یک جوان در گروه …».
co-design-code-max = چند نفر می‌توانند بپیوندند؟
co-design-code-until = معتبر تا
co-design-code-create = ساختن کد
co-design-code-link = لینک پیوستن
co-design-code-ended = تمام‌شده
co-design-revoke = پایان دادن
co-design-joined = { $count } از { $max } نفر پیوسته‌اند
co-design-joined-title = چه کسانی با این کد پیوسته‌اند
co-design-error-max = لطفاً عددی از 1 تا 500.
co-design-error-until = لطفاً تاریخی از امروز تا یک سال بعد.
co-design-paper-title = وارد کردن ایده از روی کاغذ
co-design-paper-intro = برای ایده‌هایی از یک کارگاه. این ایده‌ها با عنوان «روی کاغذ جمع‌آوری شده» نشان داده می‌شوند.
co-design-paper-save = وارد کردن ایده
co-design-flag-saved = ذخیره شد.
co-design-flag-moved = ذخیره شد. به جوانان خبر داده می‌شود.
co-design-flag-code-made = کد ساخته شد.
co-design-flag-revoked = کد پایان یافت.
co-design-flag-paused = این دور متوقف شد.
co-design-flag-resumed = این دور ادامه دارد.
co-design-flag-not-found = انجام نشد. لطفاً صفحه را دوباره بارگذاری کنید.
co-design-flag-paper-saved = وارد شد.
register-as-member = با نام { $name } ثبت‌نام می‌کنی.
register-as-member-hint = با کد وارد شده‌اید: به نام و ایمیل شما نیازی نداریم. پیام‌های ثبت‌نام را در «ثبت‌نام‌های من» پیدا می‌کنید. اگر آنجا آدرسی داده باشید، پیام‌ها با ایمیل هم می‌آید. اگر 16 ساله یا کوچک‌تر هستید، از والدینتان می‌پرسیم: با ایمیل، اگر آنجا آدرس آن‌ها را داده باشید؛ وگرنه روی کاغذ.
round-programme = متعلق به یک برنامه
round-no-programme = هیچ‌کدام: صندوق ایده‌های مرکز
co-design-qr-label = کد QR برای پیوستن با کد { $code }
co-design-poster-intro = با دوربین گوشی اسکن کن یا کد را وارد کن: این‌طوری می‌توانی ایده پیشنهاد بدهی و از ایده‌ها حمایت کنی.
dashboard-ideas-waiting = { $count ->
    [one] { $count } ایدهٔ جوانان منتظر شماست
   *[other] { $count } ایدهٔ جوانان منتظر شماست
}، { $late } مورد بیشتر از زمان وعده‌شده.
co-design-keep = همین‌طور بماند و دوباره نمایش داده شود (گزارش بررسی شد)
me-address-title = آدرس ایمیل شما (اختیاری)
me-address-intro = می‌توانید بدون ایمیل از Treffpunkt استفاده کنید. اگر آدرسی بدهید، پیام‌هایتان (ثبت‌نام، لیست انتظار، یادآوری‌ها، پاسخ به ایده‌هایتان) با ایمیل هم می‌آید. آدرس را فقط وقتی نگه می‌داریم که آن را تأیید کرده باشید.
me-address-parent-hint = چون 16 ساله یا کوچک‌تر هستید، از مادرتان، پدرتان یا کسی که از شما مراقبت می‌کند هم می‌پرسیم. آدرستان را فقط اگر آن‌ها «بله» بگویند نگه می‌داریم.
me-address-send = فرستادن لینک تأیید
me-address-kept = پیام‌هایتان با ایمیل هم به این آدرس می‌رود:
me-address-remove = پاک کردن آدرس
me-address-waiting = یک لینک به { $email } فرستادیم. آن را باز کنید تا آدرس تأیید شود.
me-address-waiting-parent = { $email } را تأیید کردید. حالا منتظر پاسخ والدینتان هستیم.
me-address-flag-sent = ایمیلتان را نگاه کنید و لینک را باز کنید. این لینک 7 روز اعتبار دارد.
me-address-flag-removed = آدرستان پاک شد. پیام‌هایتان را باز هم اینجا پیدا می‌کنید.
me-address-confirm-text = آیا { $email } آدرس شماست؟ پس اینجا آن را تأیید کنید.
me-address-confirm = بله، این آدرس من است
me-address-done-kept = متشکریم. حالا پیام‌هایتان با ایمیل هم می‌آید.
me-address-done-parent-asked = متشکریم. حالا از والدینتان پرسیدیم. اگر آن‌ها «بله» بگویند، پیام‌هایتان با ایمیل هم می‌آید.
contact-parent-done-yes = متشکریم. آدرس ذخیره شد: فرزندتان از این پس پیام‌هایش را با ایمیل هم می‌گیرد.
contact-parent-done-no = از پاسخ شما متشکریم. آدرس را نگه نمی‌داریم.
me-address-done-taken = این آدرس از قبل با همین نام پیش ما ثبت شده است. «ثبت‌نام‌های من» را با لینکی که به این آدرس می‌فرستیم باز کنید.
me-address-done-gone = این لینک دیگر کار نمی‌کند: قبلاً از آن استفاده شده یا بیشتر از 7 روز از آن گذشته است. می‌توانید در صفحهٔ «ثبت‌نام‌های من» یک لینک جدید بخواهید.
me-address-confirmed-at = تاریخ تأیید
contact-error-parent-same = لطفاً اینجا آدرس والدینتان را بنویسید، نه آدرس خودتان.
contact-consent-text = از این آدرس فقط برای فرستادن پیام‌های Treffpunkt استفاده می‌کنیم و آن را به هیچ‌کس نمی‌دهیم. هر وقت بخواهید می‌توانید آدرس را اینجا پاک کنید.
contact-parent-title = یک آدرس ایمیل برای فرزندتان
contact-parent-question = فرزندتان (پیش ما با نام «{ $nickname }»، متولد { $year }) در فعالیت‌های { $site } شرکت می‌کند و می‌خواهد پیام‌های Treffpunkt را به آدرس { $email } بگیرد. چون فرزندتان 16 ساله یا کوچک‌تر است، از شما می‌پرسیم: آیا اجازه می‌دهید این آدرس را برای این کار نگه داریم؟
contact-yes = بله، موافقم
contact-no = نه
mail-contact-address-subject = Treffpunkt: لطفاً آدرس ایمیلتان را تأیید کنید
mail-contact-address-body = سلام،

    می‌خواهید پیام‌های Treffpunkt را با ایمیل هم بگیرید. این لینک را باز کنید و آدرستان را تأیید کنید (7 روز اعتبار دارد):

    { $link }

    اگر این کار را شما نکرده‌اید، لازم نیست کاری بکنید. در این صورت آدرس را نگه نمی‌داریم.
mail-contact-parent-subject = Treffpunkt: آیا { $nickname } می‌تواند پیام‌ها را با ایمیل بگیرد؟
mail-contact-parent-body = سلام،

    فرزندتان («{ $nickname }») در فعالیت‌های { $site } شرکت می‌کند و می‌خواهد پیام‌های Treffpunkt را به آدرس { $email } بگیرد. چون فرزندتان 16 ساله یا کوچک‌تر است، از شما می‌پرسیم. اینجا می‌توانید «بله» یا «نه» بگویید (این لینک 7 روز اعتبار دارد):

    { $link }

    اگر کاری نکنید، آدرس را نگه نمی‌داریم.
consent-purpose-contact-email = آدرس ایمیل برای پیام‌ها
own-data-table-contact-requests = آدرسی که منتظر تأیید است
vote-title = رأی‌گیری
vote-result-title = نتیجهٔ رأی‌گیری
vote-intro = ایده‌هایی را که بیشتر از همه دوست دارید انتخاب کنید (حداکثر { $count }). تا { $day } می‌توانید رأی بدهید. تعداد رأی‌های هر ایده را فقط بعد از آن نشان می‌دهیم. هیچ‌کس نمی‌بیند چه کسی چه چیزی را انتخاب کرده است.
vote-choose = انتخاب شما (حداکثر { $count })
vote-submit = رأی دادن
vote-done = متشکریم، رأی شما شمرده شد. نتیجه را بعد از { $day } همین‌جا می‌بینید.
vote-join-first = برای رأی دادن، با کد گروهتان وارد شوید.
vote-no-options = هنوز هیچ ایده‌ای برای رأی‌گیری نیست.
vote-flag-voted = متشکریم، رأی شما شمرده شد.
vote-flag-already = شما قبلاً رأی داده‌اید. هر نفر یک رأی دارد.
vote-flag-not-confirmed = کسانی می‌توانند رأی بدهند که تیم آن‌ها را برای گروه تأیید کرده است. لطفاً با تیم صحبت کنید.
vote-flag-closed = رأی‌گیری تمام شده یا هنوز شروع نشده است.
vote-flag-empty = لطفاً حداقل یک ایده انتخاب کنید.
vote-flag-too-many = ایده‌های زیادی انتخاب کرده‌اید. لطفاً کمتر انتخاب کنید.
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
vote-field-choices = هر نفر چند ایده می‌تواند انتخاب کند؟ (1 تا 5)
vote-field-last-day = آخرین روز رأی‌گیری
vote-open-hint = ایده‌هایی که شدنی دانسته‌اید به رأی گذاشته می‌شوند. کسانی می‌توانند رأی بدهند که آن‌ها را در صفحهٔ کد تأیید کرده‌اید. رأی‌ها مخفی است؛ نتیجه بعد از آخرین روز نشان داده می‌شود.
vote-open = شروع رأی‌گیری
vote-running = رأی‌گیری تا { $day } باز است: { $count } برگهٔ رأی
vote-error-choices = لطفاً عددی از 1 تا 5 وارد کنید.
vote-error-day = لطفاً روزی از امروز به بعد وارد کنید، حداکثر تا یک سال بعد.
co-design-flag-vote-opened = رأی‌گیری باز است.
co-design-flag-confirmed = ذخیره شد.
co-design-confirm = تأیید
co-design-confirm-all = تأیید همه
co-design-confirmed = تأیید شده
co-design-confirm-intro = تأیید کنید چه کسانی واقعاً عضو گروه هستند: فقط آن‌ها رأی می‌دهند. این‌طوری دو گوشی دو رأی نمی‌شود.
own-data-table-round-voters = رأی‌گیری‌هایی که در آن‌ها شرکت کرده‌اید (بدون اینکه چه چیزی انتخاب کرده‌اید)
round-rules-title = این دور چطور پیش می‌رود
co-design-error-paper-count = لطفاً عددی از 1 تا 500 وارد کنید.
