### review: machine-assisted
# Treffpunkt, Arabic. Machine-assisted translation; not yet reviewed by a native speaker.

site-name = Treffpunkt
site-tagline = أنشطة للشباب
skip-to-content = الانتقال إلى المحتوى
nav-home = كل الأنشطة

lang-picker-label = اللغة
lang-continue = المتابعة بالعربية
lang-first-label = اختيار اللغة
lang-picker-submit = تغيير

format-date-time = %A %-d %B، %H:%M
format-long-date = %A %-d %B
format-time = %H:%M

home-title = ماذا يحدث؟
home-programmes = البرامج
home-intro = لقاءات ورياضة ولغات ومهرجانات للشباب من عمر 12 إلى 27 سنة. مجانًا. أهلًا وسهلًا بالجميع!
home-empty = لا توجد مواعيد جديدة الآن. يُرجى زيارة هذه الصفحة مرة أخرى قريبًا.

offer-kind-group = نشاط جماعي
offer-kind-event = فعالية

category-language = لغة
category-sport = رياضة
category-culture = ثقافة وإبداع
category-education = مدرسة وعمل
category-information = معلومات
category-leisure = وقت الفراغ
category-festival = مهرجان

offer-when = متى
offer-where = أين
offer-organisers = الجهة المنظِّمة
offer-audience = لمن
offer-ages = من { $min } إلى { $max } سنة
offer-audience-parents = الأهل
offer-audience-professionals = المختصون
offer-focus-girls = للفتيات والشابات
offer-languages = اللغات المستخدمة هنا
offer-programme = جزء من
offer-sessions = المواعيد
offer-sessions-more = { $count ->
    [zero] ولا توجد مواعيد أخرى
    [one] وموعد واحد آخر
    [two] وموعدان آخران
    [few] و{ $count } مواعيد أخرى
    [many] و{ $count } موعدًا آخر
   *[other] و{ $count } موعد آخر
}
offer-no-sessions = لا توجد مواعيد مخطط لها حاليًا.
offer-capacity = { $count ->
    [zero] لا توجد أماكن
    [one] مكان واحد
    [two] مكانان
    [few] { $count } أماكن
    [many] { $count } مكانًا
   *[other] { $count } مكان
}
offer-map-link = عرض على الخريطة (OpenStreetMap)
offer-share = مشاركة
offer-link-copied = تم نسخ الرابط

content-in-german = (بالألمانية)
venue-step-free = الدخول بدون درج
venue-accessible-toilet = مرحاض مناسب لذوي الإعاقة

language-de = الألمانية
language-en = الإنجليزية
language-ar = العربية
language-uk = الأوكرانية
language-ru = الروسية
language-fa = الفارسية (فارسي/دري)
language-tr = التركية
language-fr = الفرنسية
language-ku = الكردية
language-ti = التيغرينية

not-found-title = الصفحة غير موجودة
not-found-text = هذه الصفحة غير موجودة (أو لم تعد موجودة). ربما انتهى النشاط.
back-home = إلى كل الأنشطة
error-title = حدث خطأ ما
error-text = يُرجى المحاولة مرة أخرى بعد قليل.

footer-about = تدير خدمات هجرة الشباب (JMD) وشركاؤها موقع Treffpunkt.
footer-privacy = لا إعلانات. لا تتبُّع.

# Accounts and signing in
field-email = عنوان البريد الإلكتروني
field-password = كلمة المرور
field-new-password = كلمة المرور الجديدة
field-confirm-password = تأكيد كلمة المرور
field-display-name = الاسم
field-role = الدور
field-organisation = المنظمة
field-organisation-hint = للشركاء: المنظمة التي يضيفون الأنشطة باسمها.
password-hint = { $count ->
    [zero] لا يوجد حد أدنى لعدد الأحرف.
    [one] حرف واحد على الأقل.
    [two] حرفان على الأقل.
    [few] { $count } أحرف على الأقل.
    [many] { $count } حرفًا على الأقل.
   *[other] { $count } حرف على الأقل.
}

signin-title = الدخول
signin-intro = لفريق العمل في JMD ولدى شركائه.
signin-submit = دخول
signin-forgot = هل نسيت كلمة المرور؟
signin-young-people = لعرض تسجيلاتك:
signin-failed = عنوان البريد الإلكتروني أو كلمة المرور غير صحيح.
sign-out = خروج
too-many-attempts = محاولات كثيرة جدًا. يُرجى الانتظار 15 دقيقة، ثم المحاولة مرة أخرى.
email-invalid = يُرجى إدخال عنوان بريد إلكتروني صحيح، مثلًا name@example.org.
name-missing = يُرجى إدخال اسم.
cross-site-refused = هذا الطلب جاء من موقع إلكتروني آخر، لذلك تم رفضه.

reset-title = إعادة تعيين كلمة المرور
reset-intro = يُرجى إدخال عنوان بريدك الإلكتروني. سنرسل لك رابطًا لاختيار كلمة مرور جديدة. الرابط صالح لمدة ساعة واحدة.
reset-submit = إرسال الرابط
reset-sent = إذا كان هناك حساب بهذا العنوان، فستصل رسالة بريد إلكتروني قريبًا.
set-password-title = اختيار كلمة المرور
set-password-submit = حفظ كلمة المرور
password-too-short = كلمة المرور قصيرة جدًا.
password-mismatch = كلمتا المرور غير متطابقتين.
link-unknown = هذا الرابط غير صالح. يُرجى طلب رابط جديد.
link-used = هذا الرابط استُخدم من قبل. يُرجى طلب رابط جديد.
link-expired = انتهت صلاحية هذا الرابط. يُرجى طلب رابط جديد.

staff-home = نظرة عامة
staff-nav-label = قسم فريق العمل
staff-your-offers = أنشطتك
staff-users = الحسابات
staff-audit = سجل العمليات
forbidden-title = لا توجد صلاحية
forbidden-text = حسابك لا يسمح بفتح هذه الصفحة.

invite-title = دعوة شخص
invite-intro = تصل إلى هذا الشخص رسالة بريد إلكتروني فيها رابط لاختيار كلمة المرور. الرابط صالح لمدة 7 أيام.
invite-submit = إرسال الدعوة
invite-sent = الدعوة في الطريق.
invite-exists = يوجد حساب بهذا العنوان من قبل.
accounts-title = كل الحسابات
account-invited = أُرسلت الدعوة، لا توجد كلمة مرور بعد
role-admin = إدارة النظام
role-staff = فريق العمل
role-partner = جهة شريكة

audit-when = متى
audit-who = من
audit-what = ماذا

edit-offer-title = تعديل النشاط
edit-offer-public-page = عرض الصفحة العامة

me-title = تسجيلاتي
me-intro = يُرجى إدخال عنوان بريدك الإلكتروني. سنرسل لك رابطًا إلى تسجيلاتك. لا حاجة إلى كلمة مرور.
me-send-link = إرسال الرابط
me-link-sent = يُرجى التحقق من بريدك الإلكتروني. الرابط صالح لمدة 30 دقيقة.
me-signed-in-as = تم الدخول باستخدام
me-no-registrations = ليس لديك أي تسجيلات بعد.
me-open = فتح تسجيلاتي

mail-reset-subject = Treffpunkt: كلمة مرور جديدة
mail-reset-body = مرحبًا،

    شخص ما (نتمنى أن يكون أنت) يريد اختيار كلمة مرور جديدة لموقع Treffpunkt. يُرجى فتح هذا الرابط خلال ساعة واحدة:

    { $link }

    إذا لم يكن هذا الطلب منك، فلا داعي لفعل أي شيء.
mail-invite-subject = دعوة إلى Treffpunkt
mail-invite-body = مرحبًا { $name }،

    وصلتك دعوة من { $inviter } إلى Treffpunkt، باسم { $organisation }. وهناك يضيف فريقك أنشطته للشباب. يُرجى اختيار كلمة المرور بهذا الرابط (صالح لمدة 7 أيام):

    { $link }

    بعد ذلك يكون تسجيل الدخول من هنا: { $login }
mail-magic-subject = Treffpunkt: تسجيلاتك
mail-magic-body = مرحبًا،

    هذا الرابط يعرض تسجيلاتك (صالح لمدة 30 دقيقة):

    { $link }

    إذا لم يكن هذا الطلب منك، فلا داعي لفعل أي شيء.

# Dates and filters
agenda-later = مواعيد لاحقة
agenda-empty = لم نجد أي مواعيد. يُرجى تجربة عدد أقل من الفلاتر.
filter-title = التصفية والبحث
filter-search = بحث
filter-district = الحي
filter-category = النوع
filter-language = اللغة في النشاط
filter-age = عمرك
filter-from = من تاريخ
filter-to = حتى تاريخ
filter-free-places = فقط مع أماكن متاحة
filter-any = الكل
filter-submit = عرض
filter-reset = مسح الفلاتر
filter-age-invalid = يُرجى إدخال عمر بين 12 و27، مثلًا 16.
filter-date-invalid = يُرجى إدخال تاريخ، مثلًا ⁦2026-12-01⁩.
organisation-intro = أنشطة هذه المنظمة، وأيضًا أنشطتها مع الشركاء.

# Creating activities
new-offer-title = نشاط جديد
offer-form-has-errors = يُرجى التحقق من الحقول المعلَّمة. كل البيانات الأخرى محفوظة.
offer-field-title = العنوان (بالألمانية)
offer-field-description = الوصف
offer-field-min-age = العمر من
offer-field-max-age = العمر حتى
offer-field-capacity = عدد الأماكن
offer-field-capacity-hint = يُترك الحقل فارغًا إذا لم يكن العدد محدودًا.
offer-field-network-share = الحد الأقصى لنسبة الأماكن لكل شبكة في الساعة
offer-field-network-share-hint = فارغ: 50. يحتاج صف مدرسي يسجّل معًا عبر شبكة المدرسة إلى أكثر، مثلًا 100.
offer-field-first-date = الموعد الأول
offer-field-start = البداية
offer-field-end = النهاية
offer-field-repeat = التكرار
offer-repeat-once = مرة واحدة
offer-repeat-weekly = كل أسبوع
offer-repeat-fortnightly = كل أسبوعين
offer-field-count = عدد المواعيد
offer-field-publish = النشر الآن
offer-save = حفظ النشاط
offer-error-title-missing = يُرجى إدخال عنوان.
offer-error-too-long = هذا النص طويل جدًا.
offer-error-choose = يُرجى اختيار أحد الخيارات.
offer-error-ages-youth = الأنشطة للشباب هي للأعمار من 12 إلى 27 سنة.
offer-error-ages-order = يجب أن يكون العمر الأعلى أكبر من العمر الأدنى.
offer-error-number = يُرجى إدخال رقم.
offer-error-capacity = يُرجى إدخال رقم من 1 فما فوق، أو ترك الحقل فارغًا.
offer-error-network-share = يُرجى إدخال رقم من 1 إلى 100.
offer-error-date = يُرجى اختيار تاريخ.
offer-error-time = يُرجى إدخال وقت، مثلًا 17:00.
offer-error-end-before-start = يجب أن تكون النهاية بعد البداية.
offer-error-count = يُرجى إدخال من 1 إلى 52 موعدًا.
offer-error-venue-site = هذا المكان لا يتبع فرع المنظمة.
edit-offer-status = الحالة
offer-status-draft = مسودة (غير منشورة)
offer-status-published = منشور
offer-status-cancelled = ملغى
offer-publish = نشر
offer-cancel = إلغاء هذا النشاط
offer-cancel-explained = الإلغاء يحذف النشاط وكل مواعيده القادمة من الموقع.
offer-repeat-monthly = كل شهر (نفس يوم الأسبوع، مثلًا ثاني يوم ثلاثاء)
offer-field-except = مواعيد بدون لقاء
offer-field-except-hint = مثلًا العطل المدرسية: تواريخ مثل ⁦2026-12-29⁩، بينها فاصلة (,).
offer-error-except = يُرجى كتابة التواريخ هكذا: ⁦2026-12-29, 2027-01-05⁩.
session-cancel = إلغاء هذا الموعد فقط
offer-cancelled-notice = تم إلغاء هذا النشاط. يمكنك الاطلاع على الأنشطة الأخرى.

## Offer editor: details, dates, copies
copy-offer-title = نسخ النشاط
offer-details = عن النشاط
offer-duplicate = النسخ كنشاط جديد
offer-flag-saved = تم الحفظ.
offer-flag-gone = لم ينجح ذلك: النشاط أو الموعد تغيّر في هذه الأثناء. يُرجى التحقق من البيانات.
offer-audience-youth = الشباب
offer-field-title-plain = العنوان
offer-field-focus = خصوصًا لـ
offer-focus-choice-everyone = الجميع
offer-focus-choice-girls = الفتيات والشابات
offer-field-cohosts = بالتعاون مع
offer-field-cohosts-hint = منظمات أخرى تنظِّم النشاط معك.
offer-field-contact-name = الشخص المسؤول عن التواصل
offer-field-contact-email = البريد الإلكتروني للشخص المسؤول عن التواصل
offer-field-contact-phone = هاتف الشخص المسؤول عن التواصل
offer-field-registration = التسجيل
offer-registration-none = بدون تسجيل: يكفي الحضور
offer-registration-series = تسجيل مرة واحدة لكل المواعيد
offer-registration-session = تسجيل لكل موعد وحده
offer-field-registration-opens = التسجيل من
offer-field-registration-closes = التسجيل حتى
offer-field-registration-window-hint = إذا تُرك الحقل فارغًا، يبدأ التسجيل الآن وينتهي عند بداية النشاط.
offer-programme-none = بدون برنامج
offer-section-what = ماذا
offer-section-translations = العنوان والوصف بلغات أخرى
offer-translations-hint = يرى الشباب النص بلغتهم إذا كان موجودًا. وإلا فإنهم يرون النص الألماني.
offer-section-who = من
offer-section-where = أين
offer-section-taking-part = المشاركة
offer-section-when = متى
offer-error-capacity-taken = عدد الأماكن المحجوزة أكبر من ذلك. يُرجى إدخال هذا العدد على الأقل.
offer-error-email = يُرجى إدخال عنوان بريد إلكتروني، مثلًا name@example.org.
offer-error-moment = يُرجى اختيار تاريخ ووقت.
offer-error-window-order = يجب أن ينتهي التسجيل بعد أن يبدأ.
offer-error-window-after-offer = يجب أن ينتهي التسجيل قبل الموعد الأخير.
series-retime-title = تغيير وقت كل المواعيد القادمة
series-retime-hint = كل المواعيد القادمة تأخذ الوقت الجديد. الأيام تبقى كما هي.
series-retime-save = تغيير كل المواعيد القادمة
session-move-title = نقل هذا الموعد فقط
session-move = نقل الموعد
session-field-date = التاريخ
session-add-title = إضافة موعد
session-add = إضافة الموعد

## Programme editor
staff-programmes = البرامج
programmes-empty = لا توجد برامج بعد.
programme-offer-count = { $count ->
    [zero] لا توجد أنشطة
    [one] نشاط واحد
    [two] نشاطان
    [few] { $count } أنشطة
    [many] { $count } نشاطًا
   *[other] { $count } نشاط
}
programme-new = برنامج جديد
programme-edit = تعديل البرنامج
programme-field-starts = اليوم الأول
programme-field-ends = اليوم الأخير
programme-save = حفظ البرنامج
programme-error-end-before-start = يجب أن يكون اليوم الأخير بعد اليوم الأول.
programme-error-too-long = مدة البرنامج 120 يومًا على الأكثر.
programme-offers = الأنشطة في البرنامج
programme-offers-none = لا توجد أنشطة في البرنامج بعد.
programme-offers-add = إضافة أنشطة
programme-offer-change = تغيير
programme-offer-add = إضافة
programme-offer-remove = إزالة
offer-contact = للتواصل
offer-registration-opens-at = يبدأ التسجيل في { $when }
offer-registration-closes-at = التسجيل حتى { $when }
offer-places-full = كل الأماكن محجوزة. يمكنك الانضمام إلى قائمة الانتظار.
offer-places-free = { $free ->
    [zero] لم يبقَ أي مكان
    [one] بقي مكان واحد
    [two] بقي مكانان
    [few] بقي { $free } أماكن
    [many] بقي { $free } مكانًا
   *[other] بقي { $free } مكان
} (من { $count })
field-site = الفرع (JMD)

## Registration
register-title = التسجيل
register-intro = هذا يأخذ دقيقة واحدة فقط. نسأل فقط عما نحتاجه لهذا النشاط.
register-field-first-name = الاسم الأول
register-field-email = عنوان البريد الإلكتروني (بريدك أو بريد أهلك)
register-field-birth-year = سنة الميلاد
register-field-birth-year-hint = مثلًا 2009
register-field-parent-email = عنوان البريد الإلكتروني لأمك أو أبيك
register-field-parent-email-hint = فقط إذا كان عمرك 16 سنة أو أقل: يصل إلى أهلك بريد إلكتروني، ويقولون نعم أو لا.
register-field-parent-lang = لغة أهلك (للبريد الإلكتروني الذي يصلهم)
register-field-phone = الهاتف (اختياري)
register-field-needs = هل هناك شيء يجب أن نعرفه؟ (اختياري)
register-field-needs-hint = مثلًا: كرسي متحرك، حساسية، سأحضر أختي معي.
register-field-gender = الجنس (اختياري، فقط لإحصاءاتنا)
register-gender-none = لم يُذكر
register-gender-female = أنثى
register-gender-male = ذكر
register-gender-diverse = آخَر (divers)
register-field-date = الموعد
register-field-privacy = قرأت ملاحظة حماية البيانات.
register-privacy-text = نحفظ بياناتك لهذا النشاط فقط، ونحذفها بعد { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } من آخر موعد له. فقط فريق النشاط يراها. لا نعطيها لأي أحد آخر.
register-field-photo = مسموح بالتقاط صور لي في النشاط (اختياري).
register-field-health-consent = أوافق على أن يستخدم الفريق ما أكتبه أعلاه لهذا النشاط، حتى لو كان يتعلق بصحتي. (مطلوب فقط عند كتابة شيء أعلاه. إذا كان عمرك أقل من 16 سنة، نسأل والديك أيضًا.)
register-error-health-consent = هناك نص في خانة «ما يجب أن نعرفه». يُرجى وضع علامة للموافقة على استخدامه، أو حذف النص.
register-submit = التسجيل الآن
register-error-name = يُرجى كتابة اسمك الأول.
register-error-birth-year = يُرجى كتابة سنة ميلادك بأربعة أرقام، مثلًا 2009.
register-error-phone = يُرجى استخدام الأرقام والمسافات و+ فقط في رقم الهاتف.
register-error-privacy = يُرجى تأكيد قراءة ملاحظة حماية البيانات.
register-error-parent-email = عمرك 16 سنة أو أقل. يُرجى كتابة عنوان البريد الإلكتروني لأمك أو أبيك.
register-not-open = هذا النشاط لا يقبل التسجيل.
register-drop-in = بدون تسجيل: يكفي الحضور.
register-not-yet = التسجيل لم يبدأ بعد.
register-closed = انتهى التسجيل.
register-too-young = هذا النشاط لمن هم أكبر سنًا.
register-too-old = هذا النشاط لمن هم أصغر سنًا.
register-already = يوجد تسجيل بهذا الاسم الأول وعنوان البريد الإلكتروني هذا من قبل. أرسلنا الرابط مرة أخرى إلى هذا العنوان.
register-link-sent = شكرًا! أرسلنا رسالة إلى عنوان البريد الإلكتروني المُدخَل، فيها الخطوات التالية ورابط التسجيل.
register-limited = وصلت للتو تسجيلات كثيرة جدًا لهذا العنوان. يُرجى المحاولة مرة أخرى بعد ساعة أو سؤال فريق JMD.
registration-burst = وصلت للتو تسجيلات كثيرة جدًا من الشبكة نفسها، لذلك أنت الآن على قائمة الانتظار، وسيطّلع الفريق على الأمر.
registration-title = تسجيلك
# Siblings share a parent's address: the page says whose registration it is.
registration-for = الاسم المسجَّل: { $name }
registration-confirmed = تم تسجيلك.
registration-waitlisted = أنت في قائمة الانتظار، ورقمك فيها { $position }. عندما يصبح مكان متاحًا، يصلك بريد إلكتروني.
registration-awaiting-consent = نحجز لك مكانًا. وصل إلى أهلك بريد إلكتروني. عندما يقولون نعم، يتم تسجيلك.
registration-cancelled = هذا التسجيل ملغى.
registration-cancel = إلغاء التسجيل
registration-cancel-hint = لا يمكنك الحضور؟ يُرجى إلغاء التسجيل. هكذا يحصل شخص آخر على مكانك.
registration-keep-link = يُرجى الاحتفاظ بهذه الصفحة. أرسلنا لك الرابط أيضًا بالبريد الإلكتروني.
registration-offer-link = إلى النشاط
consent-title = موافقة الأهل
consent-intro = وصلنا طلب من { $name } للمشاركة في هذا النشاط. لأن عمر { $name } 16 سنة أو أقل، نسألكم.
consent-what = ماذا
consent-when = متى
consent-photos = الصور في النشاط
consent-photos-yes = اختيار { $name }: الصور مسموحة.
consent-photos-no = بدون صور.
consent-photos-parent = نعم، التقاط صور لـ { $name } في النشاط مسموح (اختياري).
consent-text = عندما تقولون نعم، توافقون على أن نحفظ لهذا النشاط الاسم الأول وعنوان البريد الإلكتروني وسنة الميلاد لـ { $name }، وإذا ذُكرت في طلب { $name }: الهاتف والجنس وما يجب أن نعرفه (قد يتعلق بالصحة؛ بقول نعم توافقون صراحةً على أن نستخدمه فقط من أجل مشاركة { $name } بشكل جيد). تسمحون بالصور فقط بوضع علامة في الخانة أدناه. يمكنكم قول لا، وسحب أي موافقة لاحقًا. نحذف هذه البيانات بعد { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } من آخر موعد.
consent-yes = نعم، أوافق
consent-no = لا
consent-done-yes = شكرًا. تم تسجيل { $name }.
consent-done-no = شكرًا على إجابتكم. تم إلغاء التسجيل.
consent-answered = تمت الإجابة عن هذا الطلب من قبل، أو انتهت صلاحيته.

## Messages
mail-confirmed-subject = تم تسجيلك: { $offer }
mail-confirmed-body = مرحبًا { $name }،

    تم تسجيلك في: { $offer }
    متى: { $when }
    أين: { $where }

    عرض تسجيلك أو إلغاؤه: { $link }
    كل تسجيلاتك: { $me }

    نراك قريبًا!
mail-waitlisted-subject = قائمة الانتظار: { $offer }
mail-waitlisted-body = مرحبًا { $name }،

    كل الأماكن في «{ $offer }» محجوزة. أنت في قائمة الانتظار.
    عندما يصبح مكان متاحًا، سنكتب لك.

    عرض تسجيلك أو إلغاؤه: { $link }
    كل تسجيلاتك: { $me }
mail-promoted-subject = يوجد مكان متاح: { $offer }
mail-promoted-body = مرحبًا { $name }،

    خبر جيد: أصبح هناك مكان متاح. تم تسجيلك الآن في: { $offer }
    متى: { $when }
    أين: { $where }

    لا يمكنك الحضور؟ يُرجى إلغاء التسجيل: { $link }
    كل تسجيلاتك: { $me }
mail-awaiting-consent-subject = نسأل أهلك: { $offer }
mail-awaiting-consent-body = مرحبًا { $name }،

    نحجز لك مكانًا في: { $offer }
    وصل إلى أهلك بريد إلكتروني. عندما يقولون نعم، يتم تسجيلك.

    تسجيلك: { $link }
mail-consent-request-subject = نرجو موافقتكم: طلب مشاركة من { $name }
mail-consent-request-body = مرحبًا،

    وصلنا طلب من { $name } للمشاركة في هذا النشاط: { $offer }
    متى: { $when }
    أين: { $where }

    لأن عمر { $name } 16 سنة أو أقل، نحتاج إلى موافقتكم.
    هنا ترون كل شيء، ويمكنكم أن تقولوا نعم أو لا: { $link }

    المكان محجوز لـ { $name } لمدة 3 أيام.
mail-consent-expired-subject = انتهت صلاحية التسجيل: { $offer }
mail-consent-expired-body = مرحبًا { $name }،

    أهلك لم يردّوا في الوقت المحدد. لذلك تم إلغاء تسجيلك في «{ $offer }».
    يمكنك التسجيل مرة أخرى، ونحن نرحب بك.
mail-cancelled-subject = تم الإلغاء: { $offer }
mail-cancelled-body = مرحبًا { $name }،

    تم إلغاء تسجيلك في «{ $offer }».

    تسجيلك: { $link }
    كل تسجيلاتك: { $me }
mail-already-subject = تسجيلك: { $offer }
mail-already-body = مرحبًا { $name }،

    حاول شخص ما التسجيل في «{ $offer }» بعنوان بريدك الإلكتروني. تسجيلك موجود من قبل.
    عرض تسجيلك أو إلغاؤه: { $link }
cancel-note = رسالة إلى المسجَّلين (اختياري)
cancel-note-hint = كل المسجَّلين يصلهم بريد إلكتروني فيه نصك، مثلًا موعد آخر.
session-cancel-confirm = إلغاء الموعد
mail-offer-cancelled-subject = تم الإلغاء: { $offer }
mail-offer-cancelled-body = مرحبًا { $name }،

    للأسف تم إلغاء «{ $offer }». كل المواعيد ملغاة.

    { $note }
mail-session-cancelled-subject = تم إلغاء موعد: { $offer }
mail-session-cancelled-body = مرحبًا { $name }،

    تم إلغاء موعد { $when } في «{ $offer }». المواعيد الأخرى تبقى كما هي.

    { $note }

## Participants (staff)
participants-title = المسجَّلون
participants-flag-saved = تم الحفظ.
participants-flag-gone = لم ينجح ذلك: التسجيل تغيّر في هذه الأثناء.
participants-flag-full = لا يوجد مكان متاح. يمكن زيادة عدد الأماكن أو إلغاء تسجيل.
participants-flag-message-sent = الرسالة في الطريق.
participants-flag-message-empty = يُرجى كتابة موضوع ونص.
participants-status-confirmed = تم التسجيل
participants-status-awaiting_consent = بانتظار موافقة الأهل
participants-status-waitlisted = قائمة الانتظار
participants-status-cancelled = ملغى
participants-csv = تنزيل القائمة كجدول (CSV)
participants-add = تسجيل شخص (مثلًا عند الباب)
participants-add-submit = تسجيل
participants-message = رسالة إلى كل المسجَّلين
participants-message-subject = الموضوع
participants-message-body = النص
participants-message-send = إرسال الرسالة
participants-actions = الإجراءات
participants-move-up = القبول الآن
participants-cancel = إلغاء
participants-cancel-reason = السبب (اختياري)
participants-registered-at = تاريخ التسجيل
participants-flag-consent-saved = تم تسجيل الموافقة.
participants-consent = موافقة الوالدين
participants-consent-link = عن طريق الرابط، بتاريخ { $date }
participants-consent-paper = على الورق: { $name }، تم التوقيع بتاريخ { $date }، النموذج { $form }
participants-consent-record = تسجيل موافقة على الورق
participants-typed-parent = ذُكر في النموذج عنوان آخر لأحد الوالدين: { $email }. لم يُرسَل إليه طلب. يُرجى التحقق من العنوان الصحيح قبل تسجيل الموافقة.
participants-burst = على قائمة الانتظار بسبب تسجيلات كثيرة من شبكة واحدة خلال ساعة. يُرجى التحقق والقبول عند الحاجة.
participants-correct = تصحيح البيانات
participants-field-lang = لغة الرسائل
participants-field-parent-lang = لغة الوالدين
participants-correct-hint = يبقى الاسم الأول والبريد الإلكتروني كما هما، فهما يحددان الشخص. يُسجَّل التغيير في السجل.
participants-correct-submit = حفظ التصحيح
participants-flag-corrected = تم تصحيح البيانات.
consent-paper-signed-by = وُقِّعت من قِبَل (اسم الأم أو الأب أو الشخص صاحب الحضانة القانونية)
consent-paper-signed-on = تاريخ التوقيع
consent-paper-form = النموذج (الاسم أو الإصدار)
consent-paper-form-hint = كما هو مكتوب على النموذج، مثلًا „Einwilligung JMD 2026-03“.
consent-paper-photos = الاستمارة تسمح بالصور أيضًا.
consent-paper-submit = تسجيل الموافقة
consent-paper-error-signed-by = يُرجى كتابة اسم الشخص الذي وقَّع.
consent-paper-error-signed-on = يُرجى كتابة تاريخ التوقيع: اليوم أو خلال الأشهر الاثني عشر الماضية.
consent-paper-error-form = يُرجى كتابة اسم النموذج الذي تم توقيعه.
answer-yes = نعم
answer-no = لا

## Undeliverable mail (admins)
outbox-title = رسائل بريد إلكتروني لم تُسلَّم
outbox-intro = خادم البريد لم يقبل هذه الرسائل. عندما يتم إصلاح السبب (مثلًا عنوان خطأ أو بيانات دخول خطأ)، يمكنك المحاولة مرة أخرى.
outbox-none-failed = تم تسليم كل الرسائل.
outbox-error = الخطأ
outbox-attempts = { $count ->
    [zero] لا توجد محاولات
    [one] محاولة واحدة
    [two] محاولتان
    [few] { $count } محاولات
    [many] { $count } محاولةً
   *[other] { $count } محاولة
}
outbox-retry = الإرسال مرة أخرى
outbox-retried = سيتم إرسال الرسالة مرة أخرى بعد قليل.

## Calendar
calendar-add = الإضافة إلى التقويم
calendar-subscribe = الاشتراك عبر تقويمك
calendar-alarm = يبدأ بعد ساعتين.
mail-date-changed-subject = وقت جديد: { $offer }
mail-date-changed-body = مرحبًا { $name }،

    أحد مواعيد «{ $offer }» له وقت جديد. تقويمك يأخذ الوقت الجديد من هذا البريد الإلكتروني.
    أين: { $where }

    تسجيلك: { $link }
mail-reminder-day-subject = غدًا: { $offer }
mail-reminder-day-body = مرحبًا { $name }،

    يبدأ غدًا: { $offer }
    متى: { $when }
    أين: { $where }

    لا يمكنك الحضور؟ يُرجى إلغاء التسجيل: { $link }
mail-reminder-hours-subject = قريبًا: { $offer }
mail-reminder-hours-body = مرحبًا { $name }،

    يبدأ بعد ساعتين: { $offer }
    متى: { $when }
    أين: { $where }

    لا يمكنك الحضور؟ يُرجى إلغاء التسجيل: { $link }
offer-field-remind-day = تذكير بالبريد الإلكتروني قبل كل موعد بيوم واحد
offer-field-remind-hours = تذكير بالبريد الإلكتروني قبل كل موعد بساعتين
me-feed-title = مواعيدك في تقويمك
me-feed-intro = بهذا الرابط يعرض تقويم هاتفك كل مواعيدك، حتى عندما يتغير وقت. يُرجى عدم مشاركة الرابط مع أحد.
me-feed-new = إنشاء رابط تقويم جديد

## Site settings (staff)
site-mail-title = مرسِل رسائل البريد الإلكتروني
site-mail-intro = يرى المسجَّلون هذا الاسم في صندوق بريدهم. عندما يردّون على رسالة، يذهب الرد إلى عنوان الرد. يُترك الحقل فارغًا لاستخدام الإعداد الافتراضي لخادم Treffpunkt هذا.
site-mail-from-name = اسم المرسِل
site-mail-from-name-hint = مثلًا: JMD Köln
site-mail-from-address = عنوان المرسِل
site-mail-from-address-hint = فقط عنوان يُسمح لخادم بريدكم بالإرسال منه. يُرجى سؤال فريق تقنية المعلومات عندكم.
site-mail-reply-to = عنوان الرد
site-mail-reply-to-hint = مثلًا صندوق بريد فريقك: jmd@example.org
site-mail-save = حفظ
site-mail-error-name = يُرجى كتابة اسم من 80 حرفًا على الأكثر، في سطر واحد.

## Accessibility statement and translation note
translation-note = تُرجمت هذه الصفحة بمساعدة آلة. لم يراجعها بعد شخص لغته الأم العربية.
translation-note-link = للمساعدة في تحسينها
accessibility-title = بيان إمكانية الوصول
accessibility-scope = هذا البيان عن موقع Treffpunkt على العنوان { $url }.
accessibility-status-heading = ما مدى إمكانية الوصول إلى هذا الموقع؟
accessibility-status = هذا الموقع متاح للجميع بشكل جزئي. هو يتبع قواعد BITV 2.0 و WCAG 2.1 المستوى AA، مع النواقص المذكورة في الأسفل.
accessibility-gaps-heading = ما الذي ليس متاحًا للجميع بعد؟
accessibility-gap-translations = النصوص بالعربية والأوكرانية والفارسية والتركية والروسية كُتبت بمساعدة آلة. لم يراجعها بعد أشخاص لغتهم الأم هي هذه اللغات.
accessibility-gap-tables = بعض الجداول لفريق العمل عريضة. على الشاشة الصغيرة يمكن تحريكها إلى الجانب.
accessibility-method-heading = كيف فحصنا ذلك؟
accessibility-method = فحصنا الموقع بأنفسنا في { $date }: اختبارات آلية (axe) على كل صفحة بكل لغة، واختبارات بلوحة المفاتيح فقط وعلى شاشة هاتف صغيرة.
accessibility-feedback-heading = الإبلاغ عن العوائق
accessibility-feedback = شيء لا يعمل عندك؟ شيء صعب القراءة أو الاستخدام؟ يُرجى الكتابة لنا. سنرد عليك خلال أسبوعين.
accessibility-enforcement-heading = إذا لم يكن ردّنا مُرضيًا لك
accessibility-enforcement = يمكنك التواصل مع جهة الوساطة حسب قانون المساواة للأشخاص ذوي الإعاقة (Schlichtungsstelle nach dem Behindertengleichstellungsgesetz). هذا مجاني.

## Offline
offline-title = الجهاز غير متصل بالإنترنت
offline-text = لا يوجد اتصال بالإنترنت الآن. إذا أرسلت نموذجًا، فهو لم يُرسَل. ما كتبته محفوظ. يُرجى إرساله مرة أخرى عند عودة الاتصال بالإنترنت.
offline-own-registrations = تسجيلاتي (محفوظة على هذا الهاتف)

## Requests that cannot be read
unreadable-title = لم ينجح ذلك
unreadable-text = لا نستطيع قراءة هذا الطلب. يُرجى الرجوع والمحاولة مرة أخرى.

# The person's own corrections on their registration page
registration-details = تعديل بياناتي
registration-details-hint = يبقى الاسم الأول وعنوان البريد الإلكتروني كما هما، فهما يحدّدان هويتك. أيّ تعديل آخر يقوم به الفريق.
registration-details-saved = تمّ حفظ البيانات.
registration-parent-on-file = تُرسَل الطلبات إلى الوالدين على العنوان { $email }. لا يغيّر هذا العنوان إلا الفريق.
registration-parent-hint = مطلوب فقط لمن هم دون السادسة عشرة.
own-correction-ask-staff = لا يمكن إدخال هذه السنة إلا من قِبَل الفريق، لأن الوالدين لن يُسألوا بعد ذلك. يُرجى التواصل مع الفريق.

# Site set-up: sites, partners, venues
form-error-missing = يرجى ملء هذا الحقل.
site-error-slug = يرجى استخدام الأحرف والأرقام والشرطات فقط، 40 حرفًا على الأكثر.
site-error-slug-taken = هذا العنوان مستخدم لموقع آخر. يرجى اختيار عنوان آخر.
site-error-time-zone = لا نعرف هذه المنطقة الزمنية. يرجى كتابتها بصيغة قارة/مدينة، مثل Europe/Berlin.
site-error-districts = يرجى ذكر 100 حي على الأكثر، كل حي في سطر مستقل وبطول 60 حرفًا على الأكثر.
organisation-error-website = يرجى إدخال عنوان موقع يبدأ بـ https://.
venue-error-no-districts = لا توجد أحياء لهذا الموقع بعد. يُرجى إضافتها أولًا في إعدادات الموقع.
organisation-contact = التواصل
organisation-kind-jmd = خدمة الهجرة للشباب
organisation-kind-school = مدرسة
organisation-kind-youth_centre = مركز شبابي
organisation-kind-migrant_org = منظمة مهاجرين
organisation-kind-sports_club = نادٍ رياضي
organisation-kind-jobcenter = مركز العمل (Jobcenter)
organisation-kind-municipal = مركز الاندماج البلدي
organisation-kind-church = كنيسة
organisation-kind-welfare = جمعية رعاية اجتماعية
organisation-kind-employer = صاحب عمل
organisation-kind-culture = ثقافة وتعليم
organisation-kind-other = أخرى
site-settings-title = الموقع
site-public-page = عرض الصفحة العامة
site-new-title = موقع جديد
site-new-intro = الموقع هو خدمة هجرة شبابية لها عنوانها وفريقها وعروضها. بعد ذلك تأتي إضافة الشركاء والأماكن ودعوة الفريق.
site-field-state-choose = يرجى الاختيار
site-field-slug = عنوان الصفحة
site-field-slug-hint = الجزء الأخير من ‎/sites/…‎، مثل koeln. إذا تُرك فارغًا يُشتق من اسم المدينة. لا يتغير بعد ذلك.
site-section-public = للجمهور
site-field-name = الاسم
site-field-name-hint = اسم الموقع في كل صفحة، مثل JMD Köln.
site-field-city = المدينة
venue-field-street = الشارع ورقم المبنى
venue-field-postal-code = الرمز البريدي
site-field-phone = الهاتف
site-field-opening-hours = ساعات العمل
site-field-opening-hours-hint = سطر لكل يوم، مثل: Mo–Do 9–16 Uhr
site-field-description = وصف قصير (بالألمانية)
site-section-carrier = الجهة المسؤولة (لبيانات النشر)
site-section-carrier-hint = المنظمة التي تدير خدمة الهجرة للشباب، مع عنوانها البريدي.
site-field-carrier = اسم الجهة المسؤولة
site-field-carrier-address = العنوان البريدي للجهة المسؤولة
site-section-planning = التخطيط
site-field-state = الولاية الاتحادية
site-field-state-hint = تتبعها العطل المدرسية والعطل الرسمية.
site-field-districts = الأحياء
site-field-districts-hint = حي واحد في كل سطر. تقع الأماكن في أحدها، وتظهر في عوامل التصفية.
site-field-time-zone = المنطقة الزمنية
site-field-time-zone-hint = في ألمانيا Europe/Berlin. كل أوقات الموقع بهذه المنطقة.
site-create = إنشاء الموقع
network-organisations = الشركاء
network-venues = الأماكن
network-organisation-new = شريك جديد
network-venue-new = مكان جديد
network-organisations-none = لا يوجد شركاء بعد.
network-venues-none = لا توجد أماكن بعد.
organisation-field-kind = النوع
network-archived = مؤرشف
network-edit = تعديل
network-archive = أرشفة
network-archive-hint = تبقى العروض السابقة كما هي. لن يُعرض بعد ذلك للعروض الجديدة.
network-restore = إعادة التفعيل
network-restore-hint = مؤرشف. بعد إعادة تفعيله يمكن اختياره للعروض الجديدة.
network-public-page = عرض الصفحة العامة
organisation-field-website = الموقع الإلكتروني
organisation-field-website-hint = يبدأ بـ https://.
organisation-field-contact-hint = هاتف المكتب أو بريده الإلكتروني أو عنوانه، دون بيانات خاصة.
venue-map-link = عرض على OpenStreetMap
venue-field-name-hint = كيف يجد الشباب المكان، مثل Jugendzentrum Kalk، الغرفة 2.
venue-field-transit = الوصول بالحافلة والقطار
venue-field-transit-hint = مثلًا: الخط 1 حتى Kalk Post، ثم 3 دقائق سيرًا.
venue-section-access = سهولة الوصول
venue-hearing-loop = حلقة سمعية
venue-field-notes = ملاحظات حول الوصول
setup-title = ما زال ناقصًا
setup-details = إدخال عنوان الموقع والجهة المسؤولة والولاية والأحياء
setup-no-venue = لا يوجد مكان بعد: يُرجى إضافة مكان.
setup-no-venue-partner = لا يوجد مكان بعد. يؤكد فريق الموقع كل مكان مقترح.
setup-no-partner = لا توجد منظمة شريكة بعد: إضافة المدارس والمراكز الشبابية والجمعيات
setup-no-staff = لا يوجد أعضاء في الفريق بعد: يُرجى دعوة الفريق.
setup-no-offer = لا يوجد عرض بعد: إنشاء العرض الأول
setup-no-site = لا يوجد موقع بعد.
sites-title = خدمات الهجرة للشباب بالقرب منك
sites-intro = هنا يمكنك الحصول على استشارة والتعرف على المجموعات والفعاليات. نرحب بزيارتك أو رسالتك.
site-carrier-label = تديره
home-site-choice = اختيار الموقع
home-all-sites = كل المواقع
translations-description-only = الوصف بلغات أخرى

# Days off: public holidays, school holidays, closing days
holiday-new-year = رأس السنة
holiday-good-friday = الجمعة العظيمة
holiday-easter-sunday = أحد الفصح
holiday-easter-monday = اثنين الفصح
holiday-labour-day = عيد العمال
holiday-ascension = عيد الصعود
holiday-whit-sunday = أحد العنصرة
holiday-whit-monday = اثنين العنصرة
holiday-german-unity = يوم الوحدة الألمانية
holiday-christmas = عيد الميلاد
holiday-boxing-day = ثاني أيام عيد الميلاد
holiday-epiphany = عيد الغطاس
holiday-womens-day = اليوم الدولي للمرأة
holiday-corpus-christi = عيد الجسد
holiday-assumption = عيد انتقال العذراء
holiday-childrens-day = اليوم العالمي للطفل
holiday-reformation-day = يوم الإصلاح
holiday-all-saints = عيد جميع القديسين
holiday-repentance-day = يوم التوبة والصلاة
offer-field-skip-days-off = تخطي العطل الرسمية والعطل المدرسية وأيام الإغلاق
offer-field-skip-days-off-hint = حسب تقويم الولاية وأيام إغلاق الموقع. الأيام المتروكة تُحسب ضمن عدد المواعيد.
offer-no-session = لا يوجد موعد في { $date }: { $reason }
site-closing-days = أيام الإغلاق
site-closing-days-hint = الأيام التي يُغلق فيها الموقع، مثل أيام الجسر أو أيام الفريق. يعرف Treffpunkt العطل الرسمية والمدرسية للولاية.
site-closing-day-date = اليوم
site-closing-day-reason = السبب
site-closing-day-add = إضافة يوم إغلاق
site-closing-day-remove = إزالة
site-closing-days-none = لا توجد أيام إغلاق بعد.
closing-day-error-date = يرجى اختيار يوم من اليوم فصاعدًا، وخلال ثلاث سنوات على الأكثر.
closing-day-error-reason = يرجى كتابة سبب قصير، 80 حرفًا على الأكثر.
school-holidays-autumn = عطلة الخريف
school-holidays-christmas = عطلة عيد الميلاد
school-holidays-winter = عطلة الشتاء
school-holidays-easter = عطلة الفصح
school-holidays-whitsun = عطلة العنصرة
school-holidays-summer = العطلة الصيفية
school-holidays-other = لا مدرسة
network-proposed = مقترح
network-confirm = تأكيد
venue-propose-title = اقتراح مكان
venue-propose-intro = يراجع فريق الموقع المكان. بعد ذلك يمكنك اختياره للعروض.
venue-propose-link = المكان غير موجود؟ يمكنك اقتراح مكان.
venue-proposed-flash = شكرًا! يراجع فريق الموقع المكان، وبعدها يمكنك اختياره.
setup-venue-proposals = أماكن مقترحة بانتظار التأكيد

# Offers as staff describe them: cost, what to bring, meeting point, several days
offer-field-cost = التكلفة باليورو
offer-field-cost-hint = يُترك فارغًا إذا كان النشاط مجانيًا. مثلًا 5 أو 12,50. يقرأ الشباب أنه يمكنهم طلب الدعم.
offer-error-cost = يرجى إدخال مبلغ مثل 5 أو 12,50، بحد أقصى 1000 يورو.
offer-cost = التكلفة
offer-cost-free = مجاني
offer-cost-amount = { $euros },{ $cents } يورو
offer-cost-support = هل هذا كثير عليك؟ يمكنك سؤالنا عن الدعم.
offer-field-bring = ما يجب إحضاره
offer-field-bring-hint = مثلًا: حذاء رياضي، زجاجة ماء.
offer-bring = ما يجب إحضاره
offer-field-meeting-point = نقطة اللقاء
offer-field-meeting-point-hint = فقط إذا لم يكن اللقاء في المكان نفسه، مثلًا: المدخل الرئيسي لمحطة القطار.
offer-meeting-point = نلتقي عند
offer-field-end-date = اليوم الأخير
offer-field-end-date-hint = فقط لموعد واحد يمتد عدة أيام، مثل رحلة من الجمعة إلى الأحد. وقت الانتهاء يكون في اليوم الأخير.
offer-error-end-date = اليوم الأخير هو اليوم الأول أو بعده، بحد أقصى 14 يومًا.
offer-error-end-date-series = المواعيد الممتدة لعدة أيام لا تتكرر.
offer-field-visibility = من يجد العرض
offer-field-visibility-hint = اجتماعات الشبكة ومجموعات العمل يراها الفريق والشركاء فقط. مع رابط الدعوة: فقط من لديه الرابط.
offer-visibility-public = الجميع (عام)
offer-visibility-partners = الفريق والشركاء فقط
offer-visibility-invited = فقط عبر رابط الدعوة
offer-invitation-link = رابط الدعوة للمشاركة:
agenda-from-time = من { $time }
agenda-until-time = حتى { $time }
agenda-all-day = طوال اليوم

# Trips with a night away
offer-field-overnight = مع مبيت (رحلة، مخيم)
offer-field-overnight-hint = عندها يطلب التسجيل جهة اتصال للطوارئ. لكل من هم دون 18 عامًا تُسجَّل موافقة الأهل الموقّعة على الورق في قائمة المشاركين.
offer-overnight = المبيت
offer-overnight-text = سنبيت خارج المنزل. عند التسجيل نطلب جهة اتصال للطوارئ. من هم دون 18 عامًا يحتاجون إلى موافقة الأهل على الورق: النموذج متوفر لدينا.
register-field-emergency-contact = جهة اتصال للطوارئ
register-field-emergency-contact-hint = اسم ورقم هاتف شخص يمكننا الاتصال به أثناء الرحلة.
register-error-emergency-contact = يُرجى كتابة اسم ورقم هاتف للطوارئ.
registration-trip-consent = لهذه الرحلة نحتاج إلى موافقة أهلك على الورق. يُرجى إحضارها موقّعة قبل موعد الانطلاق على الأكثر؛ النموذج متوفر لدينا.
participants-trip-consent-paper = الرحلة: موافقة على الورق من { $name }، تم التوقيع بتاريخ { $date }، النموذج { $form }
participants-trip-consent-missing = الرحلة: موافقة الأهل على الورق لم تصل بعد
participants-trip-consent-record = تسجيل الموافقة على الرحلة
participants-photo-consent-record = تسجيل موافقة الوالدين على الصور
participants-needs-wait-parent = يظهر بعد موافقة الوالدين (قد يتعلق بالصحة)
participants-photos-allowed = الصور: مسموحة
participants-photos-refused = الصور: غير مسموحة
participants-photos-parent-missing = الصور: موافقة الوالدين لم تصل بعد
staff-done-created = تم إنشاء الموقع. تعرض القائمة أدناه ما زال ناقصًا.
staff-done-welcome = تم حفظ كلمة المرور. أهلًا بك في Treffpunkt!

# Retention
site-section-privacy = حماية البيانات: كم من الوقت نحتفظ بالبيانات
site-section-privacy-hint = بعد ذلك يحذف Treffpunkt البيانات تلقائيًا مرة في اليوم. تذكر ملاحظات الخصوصية هذه المدد.
site-field-keep-months = التسجيلات: أشهر بعد آخر موعد
site-field-keep-months-hint = من 1 إلى 36؛ فارغ: 6.
site-field-keep-days = الرسائل المرسلة: أيام
site-field-keep-days-hint = من 1 إلى 365؛ فارغ: 30.
site-error-period = يُرجى كتابة عدد صحيح ضمن النطاق المذكور.

# My data
own-data-title = بياناتي
own-data-intro = هنا كل ما نحفظه عنك. يمكنك تنزيله أو سحب موافقتك على الصور أو حذف كل شيء.
own-data-of = بيانات { $name }
own-data-what = هذا ما نحفظه كما هو مخزن لدينا. نحتفظ بالرسائل لفترة قصيرة فقط، وبالتسجيلات حتى بضعة أشهر بعد آخر موعد.
own-data-download = تنزيل كل شيء (JSON)
own-data-photos-text = لقد سمحت بالتقاط الصور. يمكنك سحب ذلك في أي وقت.
own-data-photos-withdraw = لا مزيد من الصور
own-data-delete-title = حذف كل شيء
own-data-delete-warning = هذا يحذف كل شيء عن { $name }. تُلغى التسجيلات الجارية: تذهب الأماكن إلى التالين في قائمة الانتظار. لا يمكن التراجع عن ذلك.
own-data-delete-confirm = نعم، أريد حذف كل شيء
own-data-delete = حذف نهائي
own-data-delete-all-warning = حذف الجميع هنا: { $names }. تُلغى التسجيلات الجارية، وتذهب الأماكن إلى التالين في قائمة الانتظار. لا يمكن التراجع عن ذلك.
own-data-delete-all = حذف الجميع نهائيًا
own-data-deleted = تم الحذف. لم نعد نحتفظ بأي شيء عن هذا الشخص.
own-data-flag-photos-withdrawn = تم: لا مزيد من الصور.
own-data-flag-confirm-missing = يُرجى وضع علامة على «نعم، أريد حذف كل شيء» إذا كانت هذه رغبتك فعلًا.
own-data-table-participants = معلومات عن الشخص
own-data-table-registrations = التسجيلات
own-data-table-reminders-sent = التذكيرات
own-data-table-calendar-feeds = اشتراك التقويم
own-data-table-outbox = الرسائل إلى هذا العنوان

# People (requests about personal data)
people-title = الأشخاص
people-intro = للطلبات عبر الهاتف أو حضوريًا: من يريد أن يعرف ما نحفظه أو يريد حذف بياناته. كل اطلاع على بيانات شخص يُسجَّل في السجل.
people-search = عنوان البريد الإلكتروني أو الاسم الأول
people-search-hint = العنوان كاملًا (وكذلك عنوان الأهل) أو بداية الاسم الأول.
people-search-submit = بحث
people-none = لم يُعثر على أحد.
people-registrations = { $count ->
        [zero] لا تسجيلات
        [one] تسجيل واحد
        [two] تسجيلان
        [few] { $count } تسجيلات
        [many] { $count } تسجيلًا
       *[other] { $count } تسجيل
    }

# Legal pages
legal-privacy = بيان الخصوصية
legal-imprint = بيانات الناشر (Impressum)
legal-choose-site = لأي موقع؟
legal-controller-title = من المسؤول؟
legal-controller-text = الجهة المسؤولة عن { $site } هي الجهة الحاملة:
legal-dpo = الجهة المكلَّفة بحماية البيانات:
legal-dpo-none = أسئلة حول الخصوصية إلى:
legal-what-title = ما نحفظه ولماذا وإلى متى
legal-what-registration = عند التسجيل: الاسم الأول وعنوان البريد الإلكتروني وسنة الميلاد واللغة؛ وبشكل اختياري الهاتف والجنس وما يجب أن نعرفه وهل الصور مسموحة؛ وفي الرحلات مع المبيت جهة اتصال للطوارئ. لماذا: من أجل مشاركتك في النشاط (عمل الشباب كمهمة عامة، المادة 6 الفقرة 1 هـ من اللائحة العامة لحماية البيانات). إلى متى: حتى { $months ->
        [zero] { $months } شهر
        [one] شهر واحد
        [two] شهرين
        [few] { $months } أشهر
        [many] { $months } شهرًا
       *[other] { $months } شهر
    } بعد آخر موعد.
legal-what-parents = إذا كان عمرك 16 عامًا أو أقل: عنوان البريد الإلكتروني لأهلك ولغتهم، وهل ومتى وافقوا (الموافقة، المادة 6 الفقرة 1 أ). ما يصلنا منك عن صحتك نستخدمه فقط من أجل مشاركتك بشكل جيد، وفقط بموافقة (المادة 9 الفقرة 2 أ). إلى متى: مثل التسجيل.
legal-what-consents = الصور فقط بموافقة: إذا كان عمرك أقل من 18 سنة، نحتاج أيضًا إلى موافقة أهلك، ومن عمر 14 سنة إلى موافقتك أنت أيضًا دائمًا. ما يجب أن نعرفه عن صحتك نستخدمه فقط بموافقتك الصريحة، وتحت 16 سنة بموافقة أهلك (المادة 9 الفقرة 2 أ). نحفظ كل موافقة مع نسخة نصها ولغته ما دام التسجيل محفوظًا.
legal-what-audit = إذا كان على جهة ممولة أن تدقق قائمة المشاركين (إثبات استخدام التمويل)، نحتفظ بها حتى انتهاء التدقيق، عشر سنوات كحد أقصى (المادة 6 الفقرة 1 ج). إذا طلبت الحذف خلال هذه المدة، نقيّد بياناتك: لا يستخدمها أحد بعد الآن، ونحذفها فور انتهاء التدقيق (المادة 17 الفقرة 3 ب والمادة 18).
legal-what-figures = قبل الحذف نعدّ بدون أسماء كم تسجيلًا كان في كل شهر ونشاط ومجال وحيّ وجنس وفئة عمرية. نحتفظ بهذه الأرقام للتقارير، ولا ننشر أبدًا أعدادًا أقل من 5.
legal-what-messages = الرسائل التي نرسلها إليك (تأكيدات، تذكيرات، روابط): { $days } يومًا. وللحماية من إساءة الاستخدام عدادات مشفرة للعناوين والشبكات لمدة يوم واحد على الأكثر، وسجل بمن غيّر ماذا في الفريق لمدة سنتين (مصلحة مشروعة، المادة 6 الفقرة 1 و).
legal-who-title = من يرى البيانات
legal-who-text = فقط فريق { $site } والمنظمة الشريكة التي تنفذ النشاط. لا نعطي شيئًا لأحد ولا نبيع شيئًا.
legal-processors = مقدمو الخدمات التقنية الذين يعملون نيابة عنا:
legal-none-text = لا إعلانات ولا تتبّع. ملفات تعريف الارتباط فقط للغة والموقع وتسجيل الدخول. لا تحمّل الصفحات شيئًا من خوادم أخرى.
legal-rights-title = حقوقك
legal-rights-text = يمكنك في أي وقت الاطلاع على ما نحفظه وتنزيله وطلب تصحيحه وحذفه: في «تسجيلاتي» برابط إلى بريدك الإلكتروني، أو لدى الفريق. يمكنك سحب الموافقة في أي وقت. ويمكنك تقديم شكوى إلى سلطة حماية البيانات في ولايتك.
legal-imprint-text = بيانات وفق المادة 5 من قانون DDG. مقدم هذه الصفحات لـ { $site }:
legal-contact = التواصل
site-field-privacy-contact = الجهة المكلَّفة بحماية البيانات (الاسم والتواصل)
site-field-processors = مقدمو الخدمات التقنية (المعالجون)
site-field-processors-hint = مثلًا: الاستضافة لدى …، إرسال البريد عبر … يظهر هكذا في بيان الخصوصية.

# Consent records
own-data-table-consents = الموافقات
consent-field-purpose = لأجل
consent-field-given-by = من قِبل
consent-field-method = كيف
consent-field-given-at = متى
consent-field-withdrawn-at = سُحبت في
consent-field-text-version = نسخة النص
consent-purpose-privacy-notice = تمت قراءة ملاحظة الخصوصية
consent-purpose-parent = موافقة الأهل
consent-purpose-photos = الصور
consent-purpose-trip-paper = الرحلة: موافقة على الورق
consent-purpose-health-needs = معلومات قد تتعلق بالصحة
consent-given-by-self = بنفسك
consent-given-by-parent = الأهل
consent-given-by-staff = الفريق
consent-method-online = عبر الإنترنت
consent-method-paper = على الورق
consent-method-in-person = شخصيًا

# Privacy in operation (admins)
privacy-admin-title = حماية البيانات أثناء التشغيل
privacy-admin-next-run = سيحذف التشغيل اليومي التالي:
privacy-admin-record = سجل أنشطة المعالجة (المادة 30)
privacy-admin-record-hint = من السجل في الشيفرة: كل عمود فيه بيانات شخصية، بكلماته (بالإنجليزية).
privacy-admin-record-csv = تنزيل كجدول
hold-title = الاحتفاظ من أجل تدقيق
hold-intro = بعد الموعد الأخير نحذف التسجيلات عند انتهاء المدة المحددة للموقع. إذا أرادت جهة ممولة تدقيق القائمة لاحقًا (إثبات استخدام التمويل)، يُرجى الاحتفاظ بها حتى انتهاء التدقيق. خلال ذلك تُقيَّد بيانات من يطلب الحذف بدل حذفها.
hold-reason = أي تدقيق؟
hold-reason-hint = مثلًا «إثبات الاستخدام KJP 2026». يُرجى عدم كتابة أسماء.
hold-until = الاحتفاظ حتى
hold-until-hint = آخر يوم تلزم فيه القائمة؛ عشر سنوات كحد أقصى.
hold-submit = الاحتفاظ بالقائمة
hold-active = يُحتفظ بهذه القائمة حتى { $date } ضمنًا: { $reason }. بعد ذلك تحذف المهمة اليومية ما تجاوز مدته.
hold-end = إنهاء الاحتفاظ الآن
hold-error-reason = يُرجى كتابة التدقيق الذي يُحتفظ بالقائمة من أجله.
hold-error-until = يُرجى إدخال يوم بعد اليوم، خلال عشر سنوات كحد أقصى.
participants-flag-held = تم الحفظ. يُحتفظ بالقائمة من أجل التدقيق.
participants-flag-hold-ended = انتهى الاحتفاظ بالقائمة من أجل التدقيق.
participants-status-restricted = مقيَّد (طُلب الحذف، محفوظ للتدقيق)
own-data-restricted = تم الحذف، ما عدا تسجيلات قد تدقق جهة ممولة قائمتها. هذه التسجيلات مقيَّدة: لا يستخدمها أحد بعد الآن، وتُحذف فور انتهاء التدقيق.
privacy-admin-holds = قوائم محفوظة للتدقيق
privacy-admin-no-holds = لا توجد حاليًا قائمة محفوظة للتدقيق.
privacy-admin-figures = أرقام مجهولة الهوية
privacy-admin-figures-hint = التسجيلات المؤكدة في سنة حسب المجال والفئة العمرية والجنس، لتقارير الجهات الممولة. الأعداد الأقل من 5، وأعداد أخرى بالقدر الذي يمنع استنتاجها، تظهر كـ «x».
privacy-admin-figures-year = أرقام { $year } (CSV)
figures-site = الموقع
figures-year = السنة
figures-by-age = التسجيلات حسب المجال والفئة العمرية
figures-by-gender = التسجيلات حسب المجال والجنس
figures-area = المجال
figures-total = المجموع
figures-hidden = x: مخفي (أقل من 5، أو لكي لا يمكن استنتاج عدد صغير)
figures-age-under-12 = أقل من 12
figures-age-12-15 = 12–15
figures-age-16-17 = 16–17
figures-age-18-21 = 18–21
figures-age-22-27 = 22–27
figures-age-older = أكبر من 27
figures-age-unknown = غير معروف
privacy-col-data = البيانات
privacy-col-purpose = الغرض
privacy-col-basis = الأساس القانوني
privacy-col-keep = مدة الحفظ
privacy-count-registrations = التسجيلات
privacy-count-participants = أشخاص بلا تسجيل
privacy-count-messages = الرسائل
privacy-count-expired = روابط وجلسات ومسودات منتهية
privacy-count-audit = إدخالات السجل (أقدم من سنتين)
privacy-count-feeds = اشتراكات تقويم بلا شخص

# المشاركة: الانضمام برمز، الأفكار، الإعجاب، مراجعة فريق العمل، «قلتم – وفعلنا»
join-title = المشاركة برمز
join-intro = هل وصلك رمز من مجموعتك أو من مهرجان؟ به يمكنك اقتراح أفكار ودعمها. لا حاجة إلى عنوان بريد إلكتروني.
join-invitation = الانضمام إلى: { $group } ({ $site }).
join-field-code = الرمز
join-field-nickname = الاسم المستعار
join-nickname-hint = يراه فريق العمل فقط. يُرجى عدم كتابة رقم هاتف أو اسم على وسائل التواصل الاجتماعي.
join-field-lang = بأي لغة نكتب لك؟
join-privacy = نحفظ اسمك المستعار وسنة ميلادك ولغتك وأفكارك. اسمك لا يظهر للجميع أبدًا، تظهر مجموعتك فقط.
join-submit = الانضمام
join-again-title = هل انضممت من قبل؟ العودة برمز العودة
join-field-reentry = رمز العودة
join-again-submit = العودة
join-error-code = يتكون الرمز من 8 أحرف، مثلًا KALK-7Q3M.
join-error-code-not-valid = لا يمكن الانضمام بهذا الرمز الآن. يُرجى سؤال الشخص الذي أعطاك الرمز.
join-error-nickname-contact = يُرجى عدم كتابة رقم هاتف أو بريد إلكتروني أو اسم على وسائل التواصل الاجتماعي في الاسم المستعار.
join-error-age = المشاركة للشباب من عمر 10 إلى 30 سنة. يُرجى التحقق من سنة الميلاد.
join-flag-limited = محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى بعد 15 دقيقة.
join-flag-unknown = لا نعرف رمز العودة هذا. يُرجى التحقق منه مرة أخرى.
join-flag-not-valid = لا يمكن الانضمام بهذا الرمز الآن.
join-welcome-title = أهلًا وسهلًا!
join-reentry-intro = هذا رمز العودة الخاص بك. نعرضه هذه المرة فقط:
join-reentry-hint = يُرجى تصويره أو كتابته. به يمكنك العودة إلى أفكارك من هاتف آخر.
join-welcome-offers = إلى الأنشطة
ideas-title = الأفكار
ideas-title-site = الأفكار: { $site }
ideas-intro = ماذا يجب أن يكون عندنا؟ يمكنك اقتراح فكرة ودعم أفكار أخرى ومتابعة ما يحدث لها.
ideas-join-hint = للمشاركة يلزمك رمز من مجموعتك.
ideas-rounds = لأي شيء نجمع الأفكار
ideas-no-rounds = لا نجمع أفكارًا الآن.
ideas-list = الأفكار
ideas-none = لا توجد أفكار بعد. يمكن أن تكون فكرتك الأولى!
ideas-more = أفكار أخرى
ideas-flag-sent = شكرًا! فكرتك ظاهرة الآن.
ideas-flag-held = شكرًا! سيلقي أحد أفراد فريق العمل نظرة سريعة على فكرتك، ثم تظهر.
ideas-flag-supported = تم الحفظ.
ideas-flag-limited = محاولات كثيرة جدًا. يُرجى المحاولة مرة أخرى لاحقًا.
ideas-flag-closed = هذه الجولة لا تستقبل أفكارًا الآن.
ideas-flag-reported = شكرًا. سنطّلع على الأمر.
ideas-flag-not-now = هذا غير ممكن لهذه الفكرة الآن.
ideas-flag-withdrawn = تم سحب فكرتك.
round-decidable = ما يمكن تقريره
round-budget = المال
round-deciders = مَن يقرر
round-until = الأفكار حتى
round-paused = متوقفة مؤقتًا (عطلة)
round-always-open = مفتوحة دائمًا
round-question = السؤال
round-question-hint = مثلًا: ماذا يجب أن يحدث في Sommerfest Chorweiler؟
round-closes-on = آخر يوم للأفكار
round-closes-hint = يُترك الحقل فارغًا لصندوق أفكار مفتوح دائمًا.
round-response-days = الرد على الشباب خلال (أيام)
round-post-moderated = عرض الأفكار فورًا ومراجعتها بعد ذلك (فقط للجولات من عمر 16 سنة). النصوص التي فيها بيانات تواصل تُراجَع دائمًا أولًا.
round-error-closes = يُرجى اختيار تاريخ من اليوم فصاعدًا.
round-error-response-days = يُرجى إدخال رقم من 1 إلى 90.
round-phase-open = مفتوحة
round-phase-paused = متوقفة مؤقتًا
round-phase-closed = منتهية
idea-new = اقتراح فكرة
idea-field-what = ما فكرتك؟
idea-what-hint = جملة أو جملتان تكفيان.
idea-field-category = ما نوع الفكرة؟
idea-choose-category = يُرجى الاختيار
idea-field-for-whom = لمن؟
idea-for-whom-hint = مثلًا: الفتيات من عمر 14، الجميع، العائلات
idea-field-place = أين؟
idea-field-when = متى؟
idea-field-days = في أي أيام؟
idea-field-parts = في أي وقت من اليوم؟
idea-field-languages = بأي لغات؟
idea-public-hint = يمكن للجميع رؤية فكرتك، بدون اسمك. يُرجى عدم كتابة أرقام هواتف أو عناوين فيها.
idea-send = إرسال الفكرة
idea-similar-title = هل هذه الفكرة موجودة من قبل؟
idea-similar-intro = هذه الأفكار مشابهة. يمكنك دعمها، أو إرسال فكرتك رغم ذلك.
idea-error-what = يُرجى وصف فكرتك ببضع كلمات.
idea-error-category = يُرجى اختيار نوع الفكرة.
idea-error-round = يُرجى اختيار ما تنتمي إليه فكرتك.
idea-error-round-closed = هذه الجولة لا تستقبل أفكارًا الآن.
idea-error-move = هذه الخطوة غير ممكنة من هنا.
idea-error-reason = يُرجى كتابة سبب يفهمه الشباب.
idea-error-revisit = يُرجى إدخال تاريخ للنظر في الفكرة مرة أخرى.
idea-error-merge-target = يُرجى إدخال رقم فكرة ظاهرة في هذا الموقع.
idea-error-offer = يُرجى إدخال رقم نشاط في هذا الموقع.
idea-by-group = من شاب أو شابة في مجموعة { $group }
idea-by-someone = من شاب أو شابة
idea-by-workshop = من ورشة عمل (جُمعت على الورق)
idea-supports = { $count ->
    [zero] لم تُعجب هذه الفكرة أحدًا بعد
    [one] تعجب هذه الفكرة شخصًا واحدًا
    [two] تعجب هذه الفكرة شخصين
    [few] تعجب هذه الفكرة { $count } أشخاص
    [many] تعجب هذه الفكرة { $count } شخصًا
   *[other] تعجب هذه الفكرة { $count } شخص
}
idea-planners = { $count ->
    [zero] لا أحد يشارك في التخطيط بعد
    [one] يشارك في التخطيط شخص واحد
    [two] يشارك في التخطيط شخصان
    [few] يشارك في التخطيط { $count } أشخاص
    [many] يشارك في التخطيط { $count } شخصًا
   *[other] يشارك في التخطيط { $count } شخص
}
idea-support = تعجبني
idea-unsupport = إلغاء الإعجاب
idea-plan = سأساعد في التخطيط
idea-unplan = لن أساعد في التخطيط
idea-plan-hint = «تعجبني» تعني: الفكرة تعجبك. «سأساعد في التخطيط» تعني: الرغبة في المساعدة على تحقيق الفكرة.
idea-withdraw = سحب الفكرة
idea-report = إبلاغ
idea-timeline = ما حدث حتى الآن
idea-would-work = ما الذي يجعلها ممكنة
idea-became = نتج عنها:
idea-merged-into = دُمجت مع
idea-state-submitted = مُرسَلة
idea-state-published = ظاهرة
idea-state-checking = قيد المراجعة
idea-state-feasible = ممكنة
idea-state-feasible-if = ممكنة إذا …
idea-state-not-feasible = غير ممكنة
idea-state-parked = للنظر فيها لاحقًا
idea-state-planning = قيد التخطيط
idea-state-scheduled = تم تحديد الموعد
idea-state-done = تمّت
idea-state-closed = مغلقة
idea-state-merged = مدموجة
idea-state-withdrawn = مسحوبة
idea-state-removed = محذوفة
idea-move-published = نشر
idea-move-checking = بدء المراجعة
idea-move-feasible = ممكنة
idea-move-feasible-if = ممكنة إذا …
idea-move-not-feasible = غير ممكنة (مع سبب)
idea-move-parked = تأجيل (مع سبب وتاريخ)
idea-move-planning = بدء التخطيط
idea-move-scheduled = تم تحديد النشاط (رقم النشاط)
idea-move-done = تمّت
idea-move-closed = إغلاق
idea-move-merged = دمج (مع سبب ورقم)
idea-move-removed = حذف (مع سبب)
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
day-part-morning = صباحًا
day-part-afternoon = بعد الظهر
day-part-evening = مساءً
day-part-weekend = في عطلة نهاية الأسبوع
criterion-cost = التكلفة
criterion-room = المكان
criterion-staff-time = وقت فريق العمل
criterion-youth-protection = حماية الشباب
criterion-date = الموعد
done-title = قلتم – وفعلنا
done-intro = ما الذي صار من أفكاركم، مع الأسباب.
done-none = لم يتم الرد على أي فكرة بعد.
done-count-ideas = { $count ->
    [zero] فكرة
    [one] فكرة
    [two] فكرتان
    [few] أفكار
    [many] فكرة
   *[other] فكرة
}
done-count-supports = { $count ->
    [zero] إعجاب
    [one] إعجاب
    [two] إعجابان
    [few] إعجابات
    [many] إعجابًا
   *[other] إعجاب
}
done-count-offers = { $count ->
    [zero] نشاط نتج عنها
    [one] نشاط نتج عنها
    [two] نشاطان نتجا عنها
    [few] أنشطة نتجت عنها
    [many] نشاطًا نتج عنها
   *[other] نشاط نتج عنها
}
me-ideas-title = أفكاري
me-ideas-mine = منك
me-messages-title = رسائل إليك
mail-idea-news-subject = جديد عن فكرتك: { $state }
mail-idea-news-body = مرحبًا، وضع فكرتك «{ $idea }» الآن: { $state }.

    المزيد: { $link }
mail-idea-news-reason-body = مرحبًا، وضع فكرتك «{ $idea }» الآن: { $state }.

    السبب: { $reason }

    المزيد: { $link }
co-design-title = المشاركة والأفكار
co-design-queue = للمراجعة
co-design-queue-empty = لا توجد فكرة بانتظار المراجعة الآن.
co-design-overdue = { $count ->
    [zero] لا توجد فكرة تنتظر الرد أطول من المدة الموعودة
    [one] فكرة واحدة تنتظر الرد أطول من المدة الموعودة
    [two] فكرتان تنتظران الرد أطول من المدة الموعودة
    [few] { $count } أفكار تنتظر الرد أطول من المدة الموعودة
    [many] { $count } فكرة تنتظر الرد أطول من المدة الموعودة
   *[other] { $count } فكرة تنتظر الرد أطول من المدة الموعودة
}
co-design-held = محجوبة: بيانات تواصل أو بلاغ
co-design-reports = { $count ->
    [zero] لا توجد بلاغات
    [one] بلاغ واحد
    [two] بلاغان
    [few] { $count } بلاغات
    [many] { $count } بلاغًا
   *[other] { $count } بلاغ
}
co-design-move = الخطوة التالية
co-design-criteria = ما الذي يعيق ذلك
co-design-reason = السبب للشباب
co-design-reason-hint = باختصار وبلطف. مطلوب عند «غير ممكنة» و«تأجيل» و«دمج» و«حذف».
co-design-notes = ملاحظة داخلية
co-design-notes-hint = يراها فريق العمل فقط.
co-design-revisit = إعادة النظر بتاريخ
co-design-merge = الدمج مع الفكرة رقم
co-design-offer = النشاط رقم
co-design-save-move = حفظ الخطوة
co-design-paper-supports = إعجابات على الورق
co-design-add = إضافة
co-design-rounds = جولات الأفكار
co-design-round-new = جولة أفكار جديدة
co-design-round-create = إنشاء الجولة
co-design-round = الجولة
co-design-pause = إيقاف مؤقت
co-design-resume = استئناف
co-design-codes = رموز الانضمام
co-design-codes-intro = رمز واحد لمجموعة أو لمهرجان. من لديه الرمز يمكنه المشاركة باسم مستعار، بدون بريد إلكتروني.
co-design-code-new = رمز جديد
co-design-code-label = لأي مجموعة؟
co-design-code-label-hint = مثلًا: Mädchengruppe Kalk. في الصفحات العامة يظهر «من شاب أو شابة في مجموعة …».
co-design-code-max = كم شخصًا يمكنه الانضمام؟
co-design-code-until = صالح حتى
co-design-code-create = إنشاء الرمز
co-design-code-link = رابط الانضمام
co-design-code-ended = منتهٍ
co-design-revoke = إنهاء
co-design-joined = عدد المنضمين: { $count } من أصل { $max }
co-design-joined-title = مَن انضم بهذا الرمز
co-design-error-max = يُرجى إدخال رقم من 1 إلى 500.
co-design-error-until = يُرجى إدخال تاريخ من اليوم حتى سنة واحدة من الآن.
co-design-paper-title = إدخال فكرة من الورق
co-design-paper-intro = للأفكار من ورشة عمل. تظهر على أنها «جُمعت على الورق».
co-design-paper-save = إدخال الفكرة
co-design-flag-saved = تم الحفظ.
co-design-flag-moved = تم الحفظ. سيصل إشعار إلى الشباب.
co-design-flag-code-made = تم إنشاء الرمز.
co-design-flag-revoked = تم إنهاء الرمز.
co-design-flag-paused = الجولة متوقفة مؤقتًا.
co-design-flag-resumed = الجولة مستمرة.
co-design-flag-not-found = لم ينجح ذلك. يُرجى إعادة تحميل الصفحة.
co-design-flag-paper-saved = تم الإدخال.
register-as-member = تسجّل باسم { $name }.
register-as-member-hint = انضممت برمز: لا نحتاج اسمك ولا بريدك الإلكتروني. تجد الرسائل عن تسجيلك في «تسجيلاتي»، وتصلك أيضًا بالبريد الإلكتروني إذا كتبت عنوانًا هناك. إذا كان عمرك 16 سنة أو أقل، نسأل أهلك: بالبريد الإلكتروني إذا كتبت عنوانهم هناك، وإلا على الورق.
round-programme = ينتمي إلى برنامج
round-no-programme = لا شيء: صندوق أفكار الموقع
co-design-qr-label = رمز QR للانضمام بالرمز { $code }
co-design-poster-intro = امسح الرمز بكاميرا الهاتف أو اكتب الرمز: هكذا يمكنك اقتراح الأفكار ودعمها.
dashboard-ideas-waiting = { $count ->
    [zero] لا توجد أفكار من الشباب بانتظاركم
    [one] فكرة واحدة من الشباب بانتظاركم
    [two] فكرتان من الشباب بانتظاركم
    [few] { $count } أفكار من الشباب بانتظاركم
    [many] { $count } فكرة من الشباب بانتظاركم
   *[other] { $count } فكرة من الشباب بانتظاركم
}، منها { $late } تنتظر أطول مما وعدنا.
co-design-keep = إبقاؤها كما هي وعرضها من جديد (تم فحص البلاغ)
me-address-title = عنوان بريدك الإلكتروني (اختياري)
me-address-intro = يمكنك استخدام Treffpunkt بدون بريد إلكتروني. إذا كتبت عنوانًا، تصلك رسائلك (التسجيل، قائمة الانتظار، التذكيرات، الردود على أفكارك) بالبريد الإلكتروني أيضًا. نحفظ العنوان فقط بعد أن تؤكده.
me-address-parent-hint = لأن عمرك 16 سنة أو أقل، نسأل أيضًا أمك أو أباك أو الشخص الذي يعتني بك. نحفظ عنوانك فقط إذا قالوا نعم.
me-address-send = إرسال رابط التأكيد
me-address-kept = تصلك رسائلك أيضًا بالبريد الإلكتروني على:
me-address-remove = حذف العنوان
me-address-waiting = أرسلنا رابطًا إلى { $email }. افتحه لتأكيد العنوان.
me-address-waiting-parent = أكّدت { $email }. الآن ننتظر جواب أهلك.
me-address-flag-sent = انظر في بريدك الإلكتروني وافتح الرابط. الرابط صالح لمدة 7 أيام.
me-address-flag-removed = تم حذف عنوانك. ستجد رسائلك هنا كما من قبل.
me-address-confirm-text = هل { $email } هو عنوانك؟ إذن أكّده هنا.
me-address-confirm = نعم، هذا عنواني
me-address-done-kept = شكرًا. تصلك رسائلك الآن بالبريد الإلكتروني أيضًا.
me-address-done-parent-asked = شكرًا. سألنا أهلك الآن. إذا قالوا نعم، تصلك رسائلك بالبريد الإلكتروني أيضًا.
contact-parent-done-yes = شكرًا. تم حفظ العنوان: سيحصل طفلكم الآن على رسائله بالبريد الإلكتروني أيضًا.
contact-parent-done-no = شكرًا على إجابتكم. لن نحفظ العنوان.
me-address-done-taken = هذا العنوان محفوظ عندنا من قبل بهذا الاسم. افتح «تسجيلاتي» برابط يصلك على هذا العنوان.
me-address-done-gone = هذا الرابط لم يعد صالحًا: استُخدم من قبل أو مرّ عليه أكثر من 7 أيام. يمكنك طلب رابط جديد في صفحتك «تسجيلاتي».
me-address-confirmed-at = تاريخ التأكيد
contact-error-parent-same = يُرجى كتابة عنوان أهلك هنا، وليس عنوانك أنت.
contact-consent-text = نستخدم هذا العنوان فقط لرسائل Treffpunkt، ولا نعطيه لأي أحد. يمكن حذف العنوان هنا في أي وقت.
contact-parent-title = عنوان بريد إلكتروني لطفلكم
contact-parent-question = طفلكم (اسمه عندنا «{ $nickname }»، مولود سنة { $year }) يشارك في أنشطة { $site } ويريد أن تصله رسائل Treffpunkt على { $email }. لأن عمر طفلكم 16 سنة أو أقل، نسألكم: هل يمكننا حفظ هذا العنوان لهذا الغرض؟
contact-yes = نعم، أوافق
contact-no = لا
mail-contact-address-subject = Treffpunkt: يُرجى تأكيد عنوان بريدك الإلكتروني
mail-contact-address-body = مرحبًا،

    تريد أن تصلك رسائل Treffpunkt بالبريد الإلكتروني أيضًا. افتح هذا الرابط وأكّد عنوانك (صالح لمدة 7 أيام):

    { $link }

    إذا لم يكن هذا الطلب منك، فلا داعي لفعل أي شيء. عندها لن نحفظ العنوان.
mail-contact-parent-subject = Treffpunkt: هل تسمحون بأن تصل الرسائل إلى { $nickname } بالبريد الإلكتروني؟
mail-contact-parent-body = مرحبًا،

    طفلكم («{ $nickname }») يشارك في أنشطة { $site } ويريد أن تصله رسائل Treffpunkt على { $email }. لأن عمر طفلكم 16 سنة أو أقل، نسألكم. يمكنكم هنا أن تقولوا نعم أو لا (الرابط صالح لمدة 7 أيام):

    { $link }

    إذا لم تفعلوا شيئًا، لن نحفظ العنوان.
consent-purpose-contact-email = عنوان البريد الإلكتروني للرسائل
own-data-table-contact-requests = عنوان ينتظر التأكيد
vote-title = التصويت
vote-result-title = نتيجة التصويت
vote-intro = اختر الأفكار التي تعجبك أكثر (الحد الأقصى: { $count }). يمكنك التصويت حتى { $day }. لن نُظهر عدد أصوات كل فكرة إلا بعد ذلك. لا أحد يرى مَن اختار ماذا.
vote-choose = اختيارك (الحد الأقصى: { $count })
vote-submit = تصويت
vote-done = شكرًا، تم احتساب صوتك. سترى النتيجة هنا بعد { $day }.
vote-join-first = للتصويت، انضم برمز مجموعتك.
vote-no-options = لا توجد أي فكرة مطروحة للتصويت بعد.
vote-flag-voted = شكرًا، تم احتساب صوتك.
vote-flag-already = لقد شاركت في التصويت من قبل. لكل شخص صوت واحد.
vote-flag-not-confirmed = يصوّت الأشخاص الذين أكّدهم الفريق للمجموعة. تحدّث مع الفريق.
vote-flag-closed = التصويت انتهى أو لم يبدأ بعد.
vote-flag-empty = يُرجى اختيار فكرة واحدة على الأقل.
vote-flag-too-many = اخترت أفكارًا كثيرة جدًا. يُرجى اختيار عدد أقل.
vote-flag-option = هذه الفكرة غير مطروحة للتصويت.
vote-result-intro = { $count ->
    [zero] لم يصوّت أحد.
    [one] صوّت شخص واحد.
    [two] صوّت شخصان.
    [few] صوّت { $count } أشخاص.
    [many] صوّت { $count } شخصًا.
   *[other] صوّت { $count } شخص.
}
vote-votes = { $count ->
    [zero] لا أصوات
    [one] صوت واحد
    [two] صوتان
    [few] { $count } أصوات
    [many] { $count } صوتًا
   *[other] { $count } صوت
}
vote-tied = تعادل
vote-field-choices = كم فكرة يمكن لكل شخص أن يختار؟ (من 1 إلى 5)
vote-field-last-day = آخر يوم للتصويت
vote-open-hint = تُطرح للتصويت الأفكار التي قُيّمت على أنها ممكنة. يصوّت الأشخاص الذين تم تأكيدهم في صفحة الرمز. الأصوات سرية؛ تظهر النتيجة بعد اليوم الأخير.
vote-open = فتح التصويت
vote-running = التصويت مفتوح حتى { $day }، عدد أوراق التصويت: { $count }
vote-error-choices = يُرجى إدخال رقم من 1 إلى 5.
vote-error-day = يُرجى إدخال يوم من اليوم حتى سنة واحدة من الآن على الأكثر.
co-design-flag-vote-opened = التصويت مفتوح.
co-design-flag-confirmed = تم الحفظ.
co-design-confirm = تأكيد
co-design-confirm-all = تأكيد الجميع
co-design-confirmed = تم التأكيد
co-design-confirm-intro = يُرجى تأكيد مَن ينتمي فعلًا إلى المجموعة: هؤلاء فقط يصوّتون. هكذا لا يصبح هاتفان صوتين.
own-data-table-round-voters = عمليات التصويت التي شاركت فيها (وليس ما اخترته)
round-rules-title = كيف تسير هذه الجولة
co-design-error-paper-count = يُرجى إدخال رقم من 1 إلى 500.
