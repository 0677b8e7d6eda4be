### review: machine-assisted
# Treffpunkt, Ukrainian. Machine-assisted translation; not yet reviewed by a native speaker.

site-name = Treffpunkt
site-tagline = Заходи для молоді
skip-to-content = Перейти до змісту
nav-home = Усі заходи

lang-picker-label = Мова
lang-continue = Продовжити українською
lang-first-label = Вибір мови
lang-picker-submit = Змінити

format-date-time = %a, %-d %B, %H:%M
format-long-date = %A, %-d %B
format-time = %H:%M

home-title = Що відбувається?
home-programmes = Програми
home-intro = Зустрічі, спорт, мови та свята для молоді від 12 до 27 років. Безкоштовно. Приходь!
home-empty = Зараз немає нових дат. Будь ласка, подивись ще раз трохи пізніше.

offer-kind-group = Групове заняття
offer-kind-event = Подія

category-language = Мова
category-sport = Спорт
category-culture = Культура і творчість
category-education = Школа і робота
category-information = Інформація
category-leisure = Вільний час
category-festival = Свято

offer-when = Коли
offer-where = Де
offer-organisers = Організатори
offer-audience = Для кого
offer-ages = Вік: { $min }–{ $max }
offer-audience-parents = Батьки
offer-audience-professionals = Фахівці
offer-focus-girls = Для дівчат і молодих жінок
offer-languages = Тут говорять
offer-programme = Входить до програми
offer-sessions = Дати
offer-sessions-more = { $count ->
    [one] і ще { $count } дата
    [few] і ще { $count } дати
    [many] і ще { $count } дат
   *[other] і ще { $count } дати
}
offer-no-sessions = Зараз дати не заплановані.
offer-capacity = { $count ->
    [one] { $count } місце
    [few] { $count } місця
    [many] { $count } місць
   *[other] { $count } місця
}
offer-map-link = Показати на карті (OpenStreetMap)
offer-share = Поділитися
offer-link-copied = Посилання скопійовано

content-in-german = (німецькою)
venue-step-free = Вхід без сходинок
venue-accessible-toilet = Безбар’єрний туалет

language-de = Німецька
language-en = Англійська
language-ar = Арабська
language-uk = Українська
language-ru = Російська
language-fa = Перська (фарсі/дарі)
language-tr = Турецька
language-fr = Французька
language-ku = Курдська
language-ti = Тигринья

not-found-title = Сторінку не знайдено
not-found-text = Цієї сторінки немає (або вже немає). Можливо, захід уже закінчився.
back-home = Переглянути всі заходи
error-title = Щось пішло не так
error-text = Спробувати ще раз можна за хвилину.

footer-about = Treffpunkt ведуть молодіжні міграційні служби (JMD) разом із партнерами.
footer-privacy = Без реклами. Без стеження.

# Accounts and signing in
field-email = Адреса електронної пошти
field-password = Пароль
field-new-password = Новий пароль
field-confirm-password = Повторіть пароль
field-display-name = Ім’я
field-role = Роль
field-organisation = Організація
field-organisation-hint = Для партнерів: організація, для якої вони додають заходи.
password-hint = { $count ->
    [one] Щонайменше { $count } символ.
    [few] Щонайменше { $count } символи.
    [many] Щонайменше { $count } символів.
   *[other] Щонайменше { $count } символу.
}

signin-title = Вхід
signin-intro = Для працівників JMD і його партнерів.
signin-submit = Увійти
signin-forgot = Забули пароль?
signin-young-people = Хочеш переглянути свої реєстрації?
signin-failed = Неправильна адреса електронної пошти або пароль.
sign-out = Вийти
too-many-attempts = Забагато спроб. Спробувати ще раз можна через 15 хвилин.
email-invalid = Потрібна правильна адреса електронної пошти, наприклад name@example.org.
name-missing = Будь ласка, введіть ім’я.
cross-site-refused = Цей запит надійшов з іншого сайту, тому його відхилено.

reset-title = Відновлення пароля
reset-intro = Введіть свою адресу електронної пошти. Ми надішлемо вам посилання, щоб встановити новий пароль. Посилання діє одну годину.
reset-submit = Надіслати посилання
reset-sent = Якщо є акаунт з цією адресою, ми вже надіслали лист.
set-password-title = Встановити пароль
set-password-submit = Зберегти пароль
password-too-short = Пароль закороткий.
password-mismatch = Два паролі не однакові.
link-unknown = Це посилання недійсне. Можна запросити нове.
link-used = Це посилання вже використано. Можна запросити нове.
link-expired = Це посилання вже не діє. Можна запросити нове.

staff-home = Огляд
staff-nav-label = Розділ для працівників
staff-your-offers = Ваші заходи
staff-users = Акаунти
staff-audit = Журнал дій
forbidden-title = Немає доступу
forbidden-text = Ваш акаунт не має доступу до цієї сторінки.

invite-title = Запросити когось
invite-intro = Людина отримає лист із посиланням, щоб встановити пароль. Посилання діє 7 днів.
invite-submit = Надіслати запрошення
invite-sent = Запрошення надіслано.
invite-exists = Для цієї адреси вже є акаунт.
accounts-title = Усі акаунти
account-invited = запрошено, пароля ще немає
role-admin = Адміністратор
role-staff = Працівник
role-partner = Партнер

audit-when = Коли
audit-who = Хто
audit-what = Що

edit-offer-title = Редагувати захід
edit-offer-public-page = Переглянути публічну сторінку

me-title = Мої реєстрації
me-intro = Введи свою адресу електронної пошти. Ми надішлемо тобі посилання на твої реєстрації. Пароль не потрібен.
me-send-link = Надіслати посилання
me-link-sent = Перевір свою електронну пошту. Посилання діє 30 хвилин.
me-signed-in-as = Вхід з адресою
me-no-registrations = У тебе ще немає реєстрацій.
me-open = Відкрити мої реєстрації

mail-reset-subject = Treffpunkt: новий пароль
mail-reset-body = Добрий день!

    Хтось (сподіваємося, ви) хоче встановити новий пароль для Treffpunkt. Відкрийте це посилання протягом однієї години:

    { $link }

    Якщо це були не ви, нічого робити не потрібно.
mail-invite-subject = Запрошення до Treffpunkt
mail-invite-body = Добрий день, { $name }!

    { $inviter } запрошує вас до Treffpunkt від імені { $organisation }. Тут ви додаєте свої заходи для молоді. Встановіть пароль за цим посиланням (діє 7 днів):

    { $link }

    Потім входьте тут: { $login }
mail-magic-subject = Treffpunkt: твої реєстрації
mail-magic-body = Привіт!

    За цим посиланням ти побачиш свої реєстрації (діє 30 хвилин):

    { $link }

    Якщо це не ти, нічого робити не потрібно.

# Dates and filters
agenda-later = Пізніші дати
agenda-empty = Дат не знайдено. Спробуй менше фільтрів.
filter-title = Фільтр і пошук
filter-search = Пошук
filter-district = Район
filter-category = Тип
filter-language = Мова на заході
filter-age = Твій вік
filter-from = Від дати
filter-to = До дати
filter-free-places = Лише з вільними місцями
filter-any = Усі
filter-submit = Показати
filter-reset = Скинути фільтри
filter-age-invalid = Будь ласка, введи вік від 12 до 27, наприклад 16.
filter-date-invalid = Будь ласка, введи дату, наприклад 2026-12-01.
organisation-intro = Заходи цієї організації, також разом із партнерами.

# Creating activities
new-offer-title = Новий захід
offer-form-has-errors = Будь ласка, перевірте позначені поля. Усе інше збережено.
offer-field-title = Назва (німецькою)
offer-field-description = Опис
offer-field-min-age = Вік від
offer-field-max-age = Вік до
offer-field-capacity = Місця
offer-field-capacity-hint = Залиште порожнім, якщо кількість місць не обмежена.
offer-field-network-share = Не більше такого відсотка місць на одну мережу за годину
offer-field-network-share-hint = Порожньо: 50. Шкільному класу, що реєструється разом через шкільний Wi-Fi, потрібно більше, наприклад 100.
offer-field-first-date = Перша дата
offer-field-start = Початок
offer-field-end = Кінець
offer-field-repeat = Повторення
offer-repeat-once = Один раз
offer-repeat-weekly = Щотижня
offer-repeat-fortnightly = Кожні два тижні
offer-field-count = Кількість дат
offer-field-publish = Опублікувати зараз
offer-save = Зберегти захід
offer-error-title-missing = Будь ласка, введіть назву.
offer-error-too-long = Цей текст задовгий.
offer-error-choose = Потрібно щось вибрати.
offer-error-ages-youth = Заходи для молоді — для віку від 12 до 27 років.
offer-error-ages-order = Верхній вік має бути більшим за нижній.
offer-error-number = Будь ласка, введіть число.
offer-error-capacity = Будь ласка, введіть число від 1 або залиште поле порожнім.
offer-error-network-share = Будь ласка, введіть число від 1 до 100.
offer-error-date = Будь ласка, виберіть дату.
offer-error-time = Будь ласка, введіть час, наприклад 17:00.
offer-error-end-before-start = Кінець має бути після початку.
offer-error-count = Будь ласка, вкажіть від 1 до 52 дат.
offer-error-venue-site = Це місце проведення не належить до відділення організації.
edit-offer-status = Статус
offer-status-draft = Чернетка (не публічно)
offer-status-published = Опубліковано
offer-status-cancelled = Скасовано
offer-publish = Опублікувати
offer-cancel = Скасувати цей захід
offer-cancel-explained = Якщо скасувати захід, він і всі його майбутні дати зникнуть із сайту.
offer-repeat-monthly = Щомісяця (той самий день тижня, напр. 2-й вівторок)
offer-field-except = Дати без зустрічі
offer-field-except-hint = Наприклад, шкільні канікули: дати як 2026-12-29, через кому.
offer-error-except = Будь ласка, напишіть дати так: 2026-12-29, 2027-01-05.
session-cancel = Скасувати лише цю дату
offer-cancelled-notice = Цей захід скасовано. Подивись інші заходи.

## Offer editor: details, dates, copies
copy-offer-title = Копіювати захід
offer-details = Про захід
offer-duplicate = Копіювати як новий захід
offer-flag-saved = Збережено.
offer-flag-gone = Не вдалося: захід або дата тим часом змінилися. Будь ласка, перевірте.
offer-audience-youth = Молодь
offer-field-title-plain = Назва
offer-field-focus = Особливо для
offer-focus-choice-everyone = Усіх
offer-focus-choice-girls = Дівчат і молодих жінок
offer-field-cohosts = Разом із
offer-field-cohosts-hint = Інші організації, які проводять захід разом із вами.
offer-field-contact-name = Контактна особа
offer-field-contact-email = Електронна пошта контактної особи
offer-field-contact-phone = Телефон контактної особи
offer-field-registration = Реєстрація
offer-registration-none = Без реєстрації: можна просто прийти
offer-registration-series = Одна реєстрація на всі дати
offer-registration-session = Реєстрація на кожну дату окремо
offer-field-registration-opens = Реєстрація від
offer-field-registration-closes = Реєстрація до
offer-field-registration-window-hint = Залиште порожнім: реєстрація відкривається зараз і закривається на початку заходу.
offer-programme-none = Без програми
offer-section-what = Що
offer-section-translations = Назва та опис іншими мовами
offer-translations-hint = Молодь бачить текст своєю мовою, якщо він є. Інакше молодь бачить німецький текст.
offer-section-who = Хто
offer-section-where = Де
offer-section-taking-part = Участь
offer-section-when = Коли
offer-error-capacity-taken = Уже зайнято більше місць. Будь ласка, вкажіть щонайменше стільки місць.
offer-error-email = Потрібна правильна адреса електронної пошти, наприклад name@example.org.
offer-error-moment = Будь ласка, виберіть дату і час.
offer-error-window-order = Реєстрація має закритися після того, як вона відкрилася.
offer-error-window-after-offer = Реєстрація має закритися до останньої дати.
series-retime-title = Змінити час усіх майбутніх дат
series-retime-hint = Усі майбутні дати отримають новий час. Дні не змінюються.
series-retime-save = Змінити всі майбутні дати
session-move-title = Перенести лише цю дату
session-move = Перенести дату
session-field-date = Дата
session-add-title = Додати дату
session-add = Додати дату

## Programme editor
staff-programmes = Програми
programmes-empty = Програм ще немає.
programme-offer-count = { $count ->
    [one] { $count } захід
    [few] { $count } заходи
    [many] { $count } заходів
   *[other] { $count } заходу
}
programme-new = Нова програма
programme-edit = Редагувати програму
programme-field-starts = Перший день
programme-field-ends = Останній день
programme-save = Зберегти програму
programme-error-end-before-start = Останній день має бути після першого дня.
programme-error-too-long = Програма триває не більше 120 днів.
programme-offers = Заходи в програмі
programme-offers-none = У програмі ще немає заходів.
programme-offers-add = Додати заходи
programme-offer-change = Змінити
programme-offer-add = Додати
programme-offer-remove = Вилучити
offer-contact = Контакт
offer-registration-opens-at = Реєстрація відкривається: { $when }
offer-registration-closes-at = Реєстрація до: { $when }
offer-places-full = Усі місця зайняті. Ти можеш записатися до списку очікування.
offer-places-free = { $free ->
    [one] Ще { $free } вільне місце
    [few] Ще { $free } вільні місця
    [many] Ще { $free } вільних місць
   *[other] Ще { $free } вільного місця
} (з { $count })
field-site = Відділення (JMD)

## Registration
register-title = Реєстрація
register-intro = Це займе одну хвилину. Ми питаємо лише те, що потрібно для цього заходу.
register-field-first-name = Ім’я
register-field-email = Адреса електронної пошти (твоя або твоїх батьків)
register-field-birth-year = Рік народження
register-field-birth-year-hint = Наприклад, 2009
register-field-parent-email = Адреса електронної пошти мами або тата
register-field-parent-email-hint = Лише якщо тобі 16 або менше: твої батьки отримають лист і скажуть «так» або «ні».
register-field-parent-lang = Мова для твоїх батьків (для їхнього листа)
register-field-phone = Телефон (необов’язково)
register-field-needs = Що нам треба знати? (необов’язково)
register-field-needs-hint = Наприклад: інвалідний візок, алергія, я прийду із сестрою.
register-field-gender = Стать (необов’язково, лише для нашої статистики)
register-gender-none = Не вказано
register-gender-female = жіноча
register-gender-male = чоловіча
register-gender-diverse = інша
register-field-date = Дата
register-field-privacy = Я прочитав(-ла) інформацію про захист даних.
register-privacy-text = Ми зберігаємо твої дані лише для цього заходу і видаляємо їх через { $months } міс. після останньої зустрічі. Їх бачить лише команда заходу. Ми нікому їх не передаємо.
register-field-photo = Мене можна фотографувати на заході (необов’язково).
register-field-health-consent = Я погоджуюся, що команда використовує написане вище для цього заходу, навіть якщо це стосується мого здоров’я. (Потрібно, лише якщо поле вище заповнене. Якщо тобі менше 16, ми також запитаємо твоїх батьків.)
register-error-health-consent = У полі «Що нам треба знати?» є текст. Постав позначку, що ми можемо його використовувати, або видали текст.
register-submit = Зареєструватися
register-error-name = Будь ласка, напиши своє ім’я.
register-error-birth-year = Будь ласка, напиши рік народження чотирма цифрами, наприклад 2009.
register-error-phone = Будь ласка, пиши в номері телефону лише цифри, пробіли і +.
register-error-privacy = Будь ласка, підтвердь, що ти прочитав(-ла) інформацію про захист даних.
register-error-parent-email = Тобі 16 або менше. Будь ласка, напиши адресу електронної пошти мами або тата.
register-not-open = На цей захід не можна зареєструватися.
register-drop-in = Без реєстрації: просто приходь.
register-not-yet = Реєстрація ще не почалася.
register-closed = Реєстрація закінчилася.
register-too-young = Цей захід для старших.
register-too-old = Цей захід для молодших.
register-already = З цим іменем і цією адресою електронної пошти вже є реєстрація. Ми ще раз надіслали посилання на цю адресу.
register-link-sent = Дякуємо! Ми надіслали лист на вказану адресу. У ньому написано, що далі, і є посилання на реєстрацію.
register-limited = Щойно надійшло дуже багато реєстрацій для цієї адреси. Спробуй ще раз за годину або запитай команду JMD.
registration-burst = Щойно з однієї мережі надійшло дуже багато реєстрацій. Тому поки що ти в списку очікування; команда це перевірить.
registration-title = Твоя реєстрація
# Siblings share a parent's address: the page says whose registration it is.
registration-for = Зареєстровано: { $name }
registration-confirmed = Твою реєстрацію підтверджено.
registration-waitlisted = Ти в списку очікування. Твій номер: { $position }. Коли звільниться місце, ти отримаєш лист.
registration-awaiting-consent = Ми тримаємо для тебе місце. Твої батьки отримали лист. Коли вони дадуть згоду, твою реєстрацію буде підтверджено.
registration-cancelled = Цю реєстрацію скасовано.
registration-cancel = Скасувати реєстрацію
registration-cancel-hint = Не можеш прийти? Будь ласка, скасуй реєстрацію. Тоді твоє місце отримає хтось інший.
registration-keep-link = Збережи цю сторінку. Ми також надіслали тобі посилання листом.
registration-offer-link = До заходу
consent-title = Згода батьків
consent-intro = { $name } хоче взяти участь у цьому заході. Дитині 16 років або менше, тому ми питаємо Вас.
consent-what = Що
consent-when = Коли
consent-photos = Фото на заході
consent-photos-yes = { $name } просить дозволити фото.
consent-photos-no = Без фото.
consent-photos-parent = Так, дитину ({ $name }) можна фотографувати на заході (необов’язково).
consent-text = Якщо Ви відповідаєте «так», Ви погоджуєтеся, що для цього заходу ми зберігаємо ім’я, адресу електронної пошти та рік народження дитини ({ $name }), а якщо їх вказано, — телефон, стать, що нам варто знати (це може стосуватися здоров’я; відповідаючи «так», Ви прямо погоджуєтеся, що ми використовуємо це лише для того, щоб дитина могла добре брати участь). Фото Ви дозволяєте лише позначкою нижче. Ви можете відповісти «ні» і пізніше відкликати будь-яку згоду. Ми видаляємо ці дані через { $months } міс. після останньої зустрічі.
consent-yes = Так, я погоджуюся
consent-no = Ні
consent-done-yes = Дякуємо. Реєстрацію підтверджено: { $name }.
consent-done-no = Дякуємо за відповідь. Реєстрацію скасовано.
consent-answered = На цей запит уже відповіли, або він уже не діє.

## Messages
mail-confirmed-subject = Твою реєстрацію підтверджено: { $offer }
mail-confirmed-body = Привіт, { $name }!

    Твою реєстрацію підтверджено: { $offer }
    Коли: { $when }
    Де: { $where }

    Переглянути або скасувати реєстрацію: { $link }
    Усі твої реєстрації: { $me }

    До зустрічі!
mail-waitlisted-subject = Список очікування: { $offer }
mail-waitlisted-body = Привіт, { $name }!

    Усі місця на «{ $offer }» зайняті. Ти в списку очікування.
    Коли звільниться місце, ми тобі напишемо.

    Переглянути або скасувати реєстрацію: { $link }
    Усі твої реєстрації: { $me }
mail-promoted-subject = Є вільне місце: { $offer }
mail-promoted-body = Привіт, { $name }!

    Гарна новина: звільнилося місце. Тепер твою реєстрацію підтверджено: { $offer }
    Коли: { $when }
    Де: { $where }

    Не можеш прийти? Будь ласка, скасуй реєстрацію: { $link }
    Усі твої реєстрації: { $me }
mail-awaiting-consent-subject = Ми запитуємо твоїх батьків: { $offer }
mail-awaiting-consent-body = Привіт, { $name }!

    Ми тримаємо для тебе місце: { $offer }
    Твої батьки отримали лист. Коли вони дадуть згоду, твою реєстрацію буде підтверджено.

    Твоя реєстрація: { $link }
mail-consent-request-subject = Просимо Вашої згоди: { $name } хоче взяти участь
mail-consent-request-body = Добрий день!

    { $name } хоче взяти участь у цьому заході: { $offer }
    Коли: { $when }
    Де: { $where }

    Дитині 16 років або менше, тому нам потрібна Ваша згода.
    Тут Ви бачите всю інформацію і можете відповісти «так» або «ні»: { $link }

    Ми тримаємо місце для дитини 3 дні.
mail-consent-expired-subject = Реєстрація вже не діє: { $offer }
mail-consent-expired-body = Привіт, { $name }!

    Твої батьки не відповіли вчасно. Тому твою реєстрацію на «{ $offer }» скасовано.
    Ти можеш зареєструватися ще раз.
mail-cancelled-subject = Скасовано: { $offer }
mail-cancelled-body = Привіт, { $name }!

    Твою реєстрацію на «{ $offer }» скасовано.

    Твоя реєстрація: { $link }
    Усі твої реєстрації: { $me }
mail-already-subject = Твоя реєстрація: { $offer }
mail-already-body = Привіт, { $name }!

    Хтось хотів зареєструватися на «{ $offer }» з твоєю адресою електронної пошти. У тебе вже є реєстрація.
    Переглянути або скасувати реєстрацію: { $link }
cancel-note = Повідомлення для зареєстрованих (необов’язково)
cancel-note-hint = Усі зареєстровані отримають лист із вашим текстом, наприклад з іншою датою.
session-cancel-confirm = Скасувати дату
mail-offer-cancelled-subject = Скасовано: { $offer }
mail-offer-cancelled-body = Привіт, { $name }!

    На жаль, «{ $offer }» скасовано. Усі дати скасовано.

    { $note }
mail-session-cancelled-subject = Дату скасовано: { $offer }
mail-session-cancelled-body = Привіт, { $name }!

    Дату { $when } заходу «{ $offer }» скасовано. Інші дати залишаються.

    { $note }

## Participants (staff)
participants-title = Зареєстровані
participants-flag-saved = Збережено.
participants-flag-gone = Не вдалося: реєстрація тим часом змінилася.
participants-flag-full = Вільних місць немає. Збільште кількість місць або скасуйте одну реєстрацію.
participants-flag-message-sent = Повідомлення надіслано.
participants-flag-message-empty = Будь ласка, напишіть тему і текст.
participants-status-confirmed = Зареєстровано
participants-status-awaiting_consent = Чекаємо на згоду батьків
participants-status-waitlisted = Список очікування
participants-status-cancelled = Скасовано
participants-csv = Завантажити список як таблицю (CSV)
participants-add = Зареєструвати когось (наприклад, на місці)
participants-add-submit = Зареєструвати
participants-message = Повідомлення всім зареєстрованим
participants-message-subject = Тема
participants-message-body = Текст
participants-message-send = Надіслати повідомлення
participants-actions = Дії
participants-move-up = Дати місце зараз
participants-cancel = Скасувати
participants-cancel-reason = Причина (необов’язково)
participants-registered-at = Дата реєстрації
participants-flag-consent-saved = Згоду внесено.
participants-consent = Згода батьків
participants-consent-link = Через посилання, { $date }
participants-consent-paper = На папері: { $name }, підписано { $date }, форма { $form }
participants-consent-record = Внести згоду на папері
participants-typed-parent = У формі була інша адреса батьків: { $email }. На цю адресу запит не надсилали. Перевірте, яка правильна, перш ніж вносити згоду.
participants-burst = У списку очікування, бо за годину надійшло багато реєстрацій з однієї мережі. Будь ласка, перевірте й за потреби прийміть.
participants-correct = Виправити дані
participants-field-lang = Мова повідомлень
participants-field-parent-lang = Мова батьків
participants-correct-hint = Ім’я та адреса електронної пошти не змінюються: вони визначають, хто ця людина. Зміну записано в журнал.
participants-correct-submit = Зберегти виправлення
participants-flag-corrected = Дані виправлено.
consent-paper-signed-by = Підписав(-ла) (ім'я матері, батька або законного представника)
consent-paper-signed-on = Дата підпису
consent-paper-form = Форма (назва або версія)
consent-paper-form-hint = Як написано на формі, наприклад «Einwilligung JMD 2026-03».
consent-paper-photos = Формуляр також дозволяє фото.
consent-paper-submit = Внести згоду
consent-paper-error-signed-by = Будь ласка, напишіть, хто підписав.
consent-paper-error-signed-on = Будь ласка, вкажіть дату підпису: сьогодні або за останні 12 місяців.
consent-paper-error-form = Будь ласка, вкажіть, яку форму підписано.
answer-yes = так
answer-no = ні

## Undeliverable mail (admins)
outbox-title = Недоставлені листи
outbox-intro = Поштовий сервер не прийняв ці повідомлення. Коли причину усунуто (наприклад, неправильну адресу або дані для входу), можна спробувати ще раз.
outbox-none-failed = Усі повідомлення доставлено.
outbox-error = Помилка
outbox-attempts = { $count ->
    [one] { $count } спроба
    [few] { $count } спроби
    [many] { $count } спроб
   *[other] { $count } спроби
}
outbox-retry = Надіслати ще раз
outbox-retried = Повідомлення незабаром буде надіслано ще раз.

## Calendar
calendar-add = Додати до календаря
calendar-subscribe = Підписатися в календарі
calendar-alarm = Початок через 2 години.
mail-date-changed-subject = Новий час: { $offer }
mail-date-changed-body = Привіт, { $name }!

    Одна з дат заходу «{ $offer }» має новий час. Твій календар отримає новий час разом із цим листом.
    Де: { $where }

    Твоя реєстрація: { $link }
mail-reminder-day-subject = Завтра: { $offer }
mail-reminder-day-body = Привіт, { $name }!

    Завтра починається: { $offer }
    Коли: { $when }
    Де: { $where }

    Не можеш прийти? Будь ласка, скасуй реєстрацію: { $link }
mail-reminder-hours-subject = Скоро: { $offer }
mail-reminder-hours-body = Привіт, { $name }!

    Через дві години починається: { $offer }
    Коли: { $when }
    Де: { $where }

    Не можеш прийти? Будь ласка, скасуй реєстрацію: { $link }
offer-field-remind-day = Нагадування листом за день до кожної дати
offer-field-remind-hours = Нагадування листом за дві години до кожної дати
me-feed-title = Твої дати в календарі
me-feed-intro = З цим посиланням календар у твоєму телефоні показує всі твої дати, навіть коли час змінюється. Нікому не давай це посилання.
me-feed-new = Створити нове посилання для календаря

## Site settings (staff)
site-mail-title = Відправник листів
site-mail-intro = Учасники бачать це ім’я у своїй поштовій скриньці. Коли вони відповідають на лист, відповідь іде на адресу для відповідей. Залиште поле порожнім, щоб використати стандартне налаштування цього сервера Treffpunkt.
site-mail-from-name = Ім’я відправника
site-mail-from-name-hint = Наприклад: JMD Köln
site-mail-from-address = Адреса відправника
site-mail-from-address-hint = Лише адреса, з якої ваш поштовий сервер може надсилати листи. Запитайте свою ІТ-службу.
site-mail-reply-to = Адреса для відповідей
site-mail-reply-to-hint = Наприклад, поштова скринька вашої команди: jmd@example.org
site-mail-save = Зберегти
site-mail-error-name = Будь ласка, напишіть ім’я не довше за 80 символів, в одному рядку.

## Accessibility statement and translation note
translation-note = Цю сторінку переклали за допомогою машини. Носій мови ще не перевірив її.
translation-note-link = Допомогти нам її покращити
accessibility-title = Заява про доступність
accessibility-scope = Ця заява стосується вебсайту Treffpunkt за адресою { $url }.
accessibility-status-heading = Наскільки доступний цей вебсайт?
accessibility-status = Цей вебсайт частково доступний. Він дотримується правил BITV 2.0 і WCAG 2.1 рівня AA, крім недоліків, перелічених нижче.
accessibility-gaps-heading = Що ще не доступне?
accessibility-gap-translations = Тексти арабською, українською, фарсі, турецькою та російською мовами написали за допомогою машини. Носії мови ще не перевірили їх.
accessibility-gap-tables = Деякі таблиці для працівників широкі. На малому екрані їх треба прокручувати вбік.
accessibility-method-heading = Як ми це перевірили?
accessibility-method = Ми самі перевірили вебсайт { $date }: автоматичними тестами (axe) на кожній сторінці кожною мовою, а також лише з клавіатурою і на малому екрані телефона.
accessibility-feedback-heading = Розкажи нам про бар’єри
accessibility-feedback = Щось не працює для тебе? Щось важко читати чи використовувати? Будь ласка, напиши нам. Ми відповімо тобі протягом двох тижнів.
accessibility-enforcement-heading = Якщо тебе не влаштовує наша відповідь
accessibility-enforcement = Ти можеш звернутися до служби примирення згідно із Законом про рівні права людей з інвалідністю (Schlichtungsstelle nach dem Behindertengleichstellungsgesetz). Це безкоштовно.

## Offline
offline-title = Ти офлайн
offline-text = Зараз немає з’єднання з інтернетом. Якщо ти надіслав(-ла) форму, її не надіслано. Твій текст збережено. Надішли форму ще раз, коли будеш онлайн.
offline-own-registrations = Мої реєстрації (збережені на цьому телефоні)

## Requests that cannot be read
unreadable-title = Не вдалося
unreadable-text = Ми не можемо прочитати цей запит. Варто повернутися назад і спробувати ще раз.

# The person's own corrections on their registration page
registration-details = Змінити мої дані
registration-details-hint = Ім'я та адреса електронної пошти залишаються: за ними тебе впізнають. Усе інше команда змінить для тебе.
registration-details-saved = Твої дані збережено.
registration-parent-on-file = Запити до твоїх батьків надходять на { $email }. Цю адресу змінює лише команда.
registration-parent-hint = Потрібно, лише якщо тобі ще немає 16.
own-correction-ask-staff = Цей рік може внести лише команда, бо тоді батьків більше не питатимуть. Будь ласка, звернися до команди.

# Site set-up: sites, partners, venues
form-error-missing = Будь ласка, заповніть це поле.
site-error-slug = Лише літери, цифри та дефіси, не більше 40 символів.
site-error-slug-taken = Ця адреса вже зайнята іншим відділенням. Оберіть іншу.
site-error-time-zone = Такий часовий пояс нам невідомий. Вкажіть у форматі континент/місто, наприклад Europe/Berlin.
site-error-districts = Не більше 100 районів, кожен в окремому рядку й не довше 60 символів.
organisation-error-website = Введіть вебадресу, що починається з https://.
venue-error-no-districts = У вашого відділення ще немає районів. Спершу додайте їх у налаштуваннях відділення.
organisation-contact = Контакт
organisation-kind-jmd = Молодіжна міграційна служба
organisation-kind-school = Школа
organisation-kind-youth_centre = Молодіжний центр
organisation-kind-migrant_org = Організація мігрантів
organisation-kind-sports_club = Спортивний клуб
organisation-kind-jobcenter = Джобцентр (Jobcenter)
organisation-kind-municipal = Муніципальний центр інтеграції
organisation-kind-church = Церковна громада
organisation-kind-welfare = Благодійна організація
organisation-kind-employer = Роботодавець
organisation-kind-culture = Культура й освіта
organisation-kind-other = Інше
site-settings-title = Відділення
site-public-page = Переглянути публічну сторінку
site-new-title = Нове відділення
site-new-intro = Відділення — це одна молодіжна міграційна служба з власною адресою, командою та пропозиціями. Далі додайте партнерів і місця та запросіть команду.
site-field-state-choose = Оберіть
site-field-slug = Адреса сторінки
site-field-slug-hint = Остання частина /sites/…, наприклад koeln. Порожньо — за назвою міста. Потім не змінюється.
site-section-public = Для всіх
site-field-name = Назва
site-field-name-hint = Назва відділення на кожній сторінці, наприклад JMD Köln.
site-field-city = Місто
venue-field-street = Вулиця й номер будинку
venue-field-postal-code = Поштовий індекс
site-field-phone = Телефон
site-field-opening-hours = Години роботи
site-field-opening-hours-hint = По рядку на день, наприклад: Mo–Do 9–16 Uhr
site-field-description = Короткий опис (німецькою)
site-section-carrier = Засновник (для вихідних даних)
site-section-carrier-hint = Організація, що утримує молодіжну міграційну службу, з її поштовою адресою.
site-field-carrier = Назва засновника
site-field-carrier-address = Поштова адреса засновника
site-section-planning = Планування
site-field-state = Федеральна земля
site-field-state-hint = Від неї залежать шкільні канікули та свята.
site-field-districts = Райони
site-field-districts-hint = Один район на рядок. Місця розташовані в одному з них; фільтри їх показують.
site-field-time-zone = Часовий пояс
site-field-time-zone-hint = У Німеччині Europe/Berlin. Увесь час відділення вказано в цьому поясі.
site-create = Створити відділення
network-organisations = Партнери
network-venues = Місця
network-organisation-new = Новий партнер
network-venue-new = Нове місце
network-organisations-none = Партнерів поки немає.
network-venues-none = Місць поки немає.
organisation-field-kind = Вид
network-archived = в архіві
network-edit = Змінити
network-archive = В архів
network-archive-hint = Минулі пропозиції залишаються як є. Для нових більше не пропонується.
network-restore = Повернути
network-restore-hint = В архіві. Після повернення знову доступне для нових пропозицій.
network-public-page = Переглянути публічну сторінку
organisation-field-website = Вебсайт
organisation-field-website-hint = Починаючи з https://.
organisation-field-contact-hint = Телефон, e-mail або адреса офісу — жодних приватних даних.
venue-map-link = Переглянути на OpenStreetMap
venue-field-name-hint = Як молоді люди знайдуть місце, наприклад Jugendzentrum Kalk, кімната 2.
venue-field-transit = Як доїхати транспортом
venue-field-transit-hint = Наприклад: лінія 1 до Kalk Post, потім 3 хвилини пішки.
venue-section-access = Доступність
venue-hearing-loop = Індукційна петля
venue-field-notes = Примітки щодо доступу
setup-title = Що ще потрібно
setup-details = Вкажіть адресу відділення, засновника, землю та райони
setup-no-venue = Місць поки немає: додайте місце.
setup-no-venue-partner = Місць поки немає. Команда відділення підтвердить вашу пропозицію.
setup-no-partner = Партнерів поки немає: додайте школи, молодіжні центри, об'єднання
setup-no-staff = У команді поки нікого: запросіть команду.
setup-no-offer = Пропозицій поки немає: створіть першу
setup-no-site = Відділень поки немає.
sites-title = Молодіжні міграційні служби поруч із тобою
sites-intro = Тут ти отримаєш консультацію й знайдеш групи та заходи. Приходь або напиши нам.
site-carrier-label = Засновник
home-site-choice = Обрати відділення
home-all-sites = Усі відділення
translations-description-only = Опис іншими мовами

# Days off: public holidays, school holidays, closing days
holiday-new-year = Новий рік
holiday-good-friday = Страсна п'ятниця
holiday-easter-sunday = Великдень
holiday-easter-monday = Великодній понеділок
holiday-labour-day = День праці
holiday-ascension = Вознесіння
holiday-whit-sunday = Трійця
holiday-whit-monday = Духів день
holiday-german-unity = День німецької єдності
holiday-christmas = Різдво
holiday-boxing-day = Другий день Різдва
holiday-epiphany = Богоявлення
holiday-womens-day = Міжнародний жіночий день
holiday-corpus-christi = Свято Тіла Христового
holiday-assumption = Успіння Богородиці
holiday-childrens-day = Всесвітній день дитини
holiday-reformation-day = День Реформації
holiday-all-saints = День усіх святих
holiday-repentance-day = День покаяння і молитви
offer-field-skip-days-off = Пропускати свята, шкільні канікули та неробочі дні
offer-field-skip-days-off-hint = За календарем федеральної землі та неробочими днями відділення. Пропущені дні входять до кількості зустрічей.
offer-no-session = { $date } зустрічі немає: { $reason }
site-closing-days = Неробочі дні
site-closing-days-hint = Дні, коли відділення зачинене, наприклад дні-мости або дні команди. Свята й канікули землі Treffpunkt уже знає.
site-closing-day-date = День
site-closing-day-reason = Причина
site-closing-day-add = Додати неробочий день
site-closing-day-remove = Видалити
site-closing-days-none = Неробочих днів поки немає.
closing-day-error-date = Оберіть день від сьогодні, не пізніше ніж за три роки.
closing-day-error-reason = Вкажіть коротку причину, не більше 80 символів.
school-holidays-autumn = осінні канікули
school-holidays-christmas = різдвяні канікули
school-holidays-winter = зимові канікули
school-holidays-easter = великодні канікули
school-holidays-whitsun = канікули на Трійцю
school-holidays-summer = літні канікули
school-holidays-other = немає занять у школі
network-proposed = запропоновано
network-confirm = Підтвердити
venue-propose-title = Запропонувати місце
venue-propose-intro = Команда відділення перевірить місце. Після цього його можна обрати для пропозицій.
venue-propose-link = Немає потрібного місця? Запропонуйте його.
venue-proposed-flash = Дякуємо! Команда відділення перевірить місце, після цього його можна буде обрати.
setup-venue-proposals = Запропоновані місця чекають на підтвердження

# Offers as staff describe them: cost, what to bring, meeting point, several days
offer-field-cost = Вартість у євро
offer-field-cost-hint = Залиште порожнім, якщо безкоштовно. Наприклад 5 або 12,50. Молоді люди побачать, що можна попросити підтримку.
offer-error-cost = Введіть суму, наприклад 5 або 12,50, не більше 1000 євро.
offer-cost = Вартість
offer-cost-free = Безкоштовно
offer-cost-amount = { $euros },{ $cents } євро
offer-cost-support = Для тебе це забагато? Запитай нас про підтримку.
offer-field-bring = Що взяти з собою
offer-field-bring-hint = Наприклад: спортивне взуття, пляшка води.
offer-bring = Взяти з собою
offer-field-meeting-point = Місце зустрічі
offer-field-meeting-point-hint = Лише якщо зустрічаєтеся не на самому місці, наприклад: головний вхід вокзалу.
offer-meeting-point = Зустрічаємося
offer-field-end-date = Останній день
offer-field-end-date-hint = Лише для однієї зустрічі на кілька днів, наприклад поїздки з п'ятниці до неділі. Час завершення — в останній день.
offer-error-end-date = Останній день — перший день або пізніше, не більше ніж через 14 днів.
offer-error-end-date-series = Багатоденні зустрічі не повторюються.
offer-field-visibility = Хто бачить пропозицію
offer-field-visibility-hint = Зустрічі мережі та робочі групи бачать лише команда й партнери. За посиланням-запрошенням — лише ті, хто його має.
offer-visibility-public = Усі (публічно)
offer-visibility-partners = Лише команда й партнери
offer-visibility-invited = Лише за посиланням-запрошенням
offer-invitation-link = Посилання-запрошення, щоб передати:
agenda-from-time = з { $time }
agenda-until-time = до { $time }
agenda-all-day = увесь день

# Trips with a night away
offer-field-overnight = З ночівлею (поїздка, табір)
offer-field-overnight-hint = Тоді реєстрація запитує контакт на випадок надзвичайної ситуації. Для всіх до 18 років підписану згоду батьків на папері вносять у список учасників.
offer-overnight = Ночівля
offer-overnight-text = Ми ночуємо не вдома. Під час реєстрації ми запитуємо контакт на випадок надзвичайної ситуації. Якщо тобі менше 18, потрібна письмова згода батьків: бланк ти отримаєш від нас.
register-field-emergency-contact = Контакт на випадок надзвичайної ситуації
register-field-emergency-contact-hint = Ім’я та номер телефону людини, якій ми можемо зателефонувати під час поїздки.
register-error-emergency-contact = Будь ласка, вкажи ім’я та номер телефону для екстрених випадків.
registration-trip-consent = Для цієї поїздки нам потрібна письмова згода твоїх батьків. Принеси її підписаною найпізніше до від’їзду; бланк ти отримаєш у нас.
participants-trip-consent-paper = Поїздка: письмова згода — { $name }, підписано { $date }, бланк { $form }
participants-trip-consent-missing = Поїздка: письмової згоди батьків ще немає
participants-trip-consent-record = Внести згоду на поїздку
participants-photo-consent-record = Внести згоду батьків на фото
participants-needs-wait-parent = Видно після згоди батьків (може стосуватися здоров’я)
participants-photos-allowed = Фото: дозволено
participants-photos-refused = Фото: не дозволено
participants-photos-parent-missing = Фото: ще немає згоди батьків
staff-done-created = Відділення створено. Список нижче показує, чого ще бракує.
staff-done-welcome = Ваш пароль збережено. Ласкаво просимо до Treffpunkt!

# Retention
site-section-privacy = Захист даних: як довго ми зберігаємо дані
site-section-privacy-hint = Після цього Treffpunkt сам видаляє дані раз на день. Ці строки вказані в примітках про захист даних.
site-field-keep-months = Реєстрації: місяців після останньої зустрічі
site-field-keep-months-hint = Від 1 до 36; порожнє: 6.
site-field-keep-days = Надіслані повідомлення: днів
site-field-keep-days-hint = Від 1 до 365; порожнє: 30.
site-error-period = Будь ласка, вкажіть ціле число в зазначених межах.

# My data
own-data-title = Мої дані
own-data-intro = Тут ти бачиш усе, що ми зберігаємо про тебе. Ти можеш це завантажити, відкликати згоду на фото або все видалити.
own-data-of = Дані: { $name }
own-data-what = Ось що ми зберігаємо, так, як воно записано. Повідомлення ми зберігаємо недовго, реєстрації — кілька місяців після останньої зустрічі.
own-data-download = Завантажити все (JSON)
own-data-photos-text = Ти дозволив(-ла) фото. Ти можеш будь-коли це відкликати.
own-data-photos-withdraw = Більше без фото
own-data-delete-title = Видалити все
own-data-delete-warning = Це видаляє всі дані цієї людини ({ $name }). Поточні реєстрації буде скасовано: місця отримають наступні зі списку очікування. Цього не можна скасувати.
own-data-delete-confirm = Так, видалити все
own-data-delete = Видалити назавжди
own-data-delete-all-warning = Видалити всіх тут: { $names }. Чинні реєстрації скасовуються, місця переходять до наступних у списку очікування. Це неможливо скасувати.
own-data-delete-all = Остаточно видалити всіх
own-data-deleted = Видалено. Ми більше нічого не зберігаємо про цю людину.
own-data-flag-photos-withdrawn = Готово: більше без фото.
own-data-flag-confirm-missing = Будь ласка, познач «Так, видалити все», якщо справді хочеш усе видалити.
own-data-table-participants = Про людину
own-data-table-registrations = Реєстрації
own-data-table-reminders-sent = Нагадування
own-data-table-calendar-feeds = Підписка на календар
own-data-table-outbox = Повідомлення на цю адресу

# People (requests about personal data)
people-title = Люди
people-intro = Для запитів телефоном або особисто: хто хоче знати, що ми зберігаємо, або бути видаленим. Кожен перегляд даних людини записується в журнал.
people-search = Адреса електронної пошти або ім’я
people-search-hint = Повна адреса (також батьків) або початок імені.
people-search-submit = Шукати
people-none = Нікого не знайдено.
people-registrations = { $count ->
        [one] { $count } реєстрація
        [few] { $count } реєстрації
        [many] { $count } реєстрацій
       *[other] { $count } реєстрації
    }

# Legal pages
legal-privacy = Політика конфіденційності
legal-imprint = Вихідні дані (Impressum)
legal-choose-site = Для якого відділення?
legal-controller-title = Хто відповідає?
legal-controller-text = За { $site } відповідає організація-засновник:
legal-dpo = Відповідальний за захист даних:
legal-dpo-none = Питання щодо захисту даних:
legal-what-title = Що ми зберігаємо, навіщо і як довго
legal-what-registration = Коли ти реєструєшся: ім’я, адреса електронної пошти, рік народження і мова; за бажанням телефон, стать, що нам варто знати і чи можна фото; для поїздок з ночівлею — контакт на випадок надзвичайної ситуації. Навіщо: щоб ти міг (могла) взяти участь (молодіжна робота як публічне завдання, ст. 6(1)(e) GDPR). Як довго: до { $months } міс. після останньої зустрічі.
legal-what-parents = Якщо тобі 16 або менше: адреса електронної пошти та мова твоїх батьків і чи та коли вони погодилися (згода, ст. 6(1)(a) GDPR). Те, що ти пишеш нам про своє здоров’я, ми використовуємо лише для того, щоб ти міг (могла) добре брати участь, і лише за згодою (ст. 9(2)(a) GDPR). Як довго: як реєстрація.
legal-what-consents = Фото лише за згодою: якщо тобі менше 18, нам потрібна ще й згода батьків, а з 14 років завжди і твоя. Те, що нам треба знати про твоє здоров’я, ми використовуємо лише з твоєї прямої згоди, до 16 років — зі згоди батьків (ст. 9(2)(a) GDPR). Кожну згоду ми зберігаємо з версією та мовою її тексту, доки зберігається реєстрація.
legal-what-audit = Якщо фінансувач має перевірити список учасників (звіт про використання коштів), ми зберігаємо його до кінця перевірки, щонайбільше десять років (ст. 6(1)(c) GDPR). Якщо в цей час ти попросиш видалити свої дані, ми їх обмежимо: ніхто їх більше не використовує, і ми видалимо їх, щойно перевірка завершиться (ст. 17(3)(b) і ст. 18 GDPR).
legal-what-figures = Перед видаленням ми без імен рахуємо, скільки було реєстрацій за місяць, захід, напрям, район, стать і вікову групу. Ці цифри ми зберігаємо для звітів; числа, менші за 5, ми ніколи не передаємо.
legal-what-messages = Повідомлення, які ми тобі надсилаємо (підтвердження, нагадування, посилання): { $days } дн. Для захисту від зловживань — зашифровані лічильники адрес і мереж, щонайбільше один день, і журнал, хто в команді що змінив, два роки (законний інтерес, ст. 6(1)(f) GDPR).
legal-who-title = Хто бачить дані
legal-who-text = Лише команда { $site } і партнерська організація, яка проводить захід. Ми нічого не передаємо і нічого не продаємо.
legal-processors = Технічні постачальники, які працюють за нашим дорученням:
legal-none-text = Без реклами, без стеження. Cookies лише для мови, відділення і входу. Сторінки нічого не завантажують з інших серверів.
legal-rights-title = Твої права
legal-rights-text = Ти будь-коли можеш побачити, що ми зберігаємо, завантажити це, попросити виправити і видалити: у «Мої реєстрації» за посиланням на твою адресу або в команди. Згоду можна будь-коли відкликати. Ти можеш поскаржитися до органу захисту даних своєї федеральної землі.
legal-imprint-text = Відомості згідно з § 5 DDG. Постачальник цих сторінок для { $site }:
legal-contact = Контакт
site-field-privacy-contact = Відповідальний за захист даних (ім’я та контакт)
site-field-processors = Технічні постачальники (обробники)
site-field-processors-hint = Наприклад: хостинг у …, надсилання пошти через … Так і буде в політиці конфіденційності.

# Consent records
own-data-table-consents = Згоди
consent-field-purpose = Для чого
consent-field-given-by = Ким
consent-field-method = Як
consent-field-given-at = Коли
consent-field-withdrawn-at = Відкликано
consent-field-text-version = Версія тексту
consent-purpose-privacy-notice = Примітку про захист даних прочитано
consent-purpose-parent = Згода батьків
consent-purpose-photos = Фото
consent-purpose-trip-paper = Поїздка: письмова згода
consent-purpose-health-needs = Відомості, що можуть стосуватися здоров’я
consent-given-by-self = сам(а)
consent-given-by-parent = батьки
consent-given-by-staff = команда
consent-method-online = онлайн
consent-method-paper = на папері
consent-method-in-person = особисто

# Privacy in operation (admins)
privacy-admin-title = Захист даних у роботі
privacy-admin-next-run = Наступний щоденний запуск видалить:
privacy-admin-record = Реєстр дій з обробки (ст. 30 GDPR)
privacy-admin-record-hint = З реєстру в коді: кожен стовпець з персональними даними, його словами (англійською).
privacy-admin-record-csv = Завантажити як таблицю
hold-title = Зберегти для перевірки
hold-intro = Після останньої зустрічі ми видаляємо реєстрації, щойно мине строк, встановлений для відділення. Якщо фінансувач хоче перевірити список пізніше (звіт про використання коштів), збережіть його до кінця перевірки. Доти дані того, хто просить їх видалити, обмежуються замість видалення.
hold-reason = Яка перевірка?
hold-reason-hint = Наприклад, «Звіт про використання KJP 2026». Будь ласка, без імен.
hold-until = Зберігати до
hold-until-hint = Останній день, коли список потрібен; щонайбільше десять років.
hold-submit = Зберегти список
hold-active = Цей список зберігається до { $date } включно: { $reason }. Після цього щоденний запуск видаляє те, строк чого минув.
hold-end = Завершити зберігання зараз
hold-error-reason = Будь ласка, напишіть, для якої перевірки зберігається список.
hold-error-until = Будь ласка, вкажіть день після сьогодні, щонайбільше на десять років уперед.
participants-flag-held = Збережено. Список зберігається для перевірки.
participants-flag-hold-ended = Зберігання списку для перевірки завершено.
participants-status-restricted = Обмежено (попросили видалити, зберігається для перевірки)
own-data-restricted = Видалено, крім реєстрацій, список яких фінансувач ще може перевірити. Їх обмежено: ніхто їх більше не використовує, і їх буде видалено, щойно перевірка завершиться.
privacy-admin-holds = Списки, збережені для перевірок
privacy-admin-no-holds = Зараз жоден список не зберігається для перевірки.
privacy-admin-figures = Анонімні цифри
privacy-admin-figures-hint = Підтверджені реєстрації за рік за напрямом, віковою групою і статтю, для звітів фінансувачам. Числа, менші за 5, і стільки інших, щоб їх не можна було обчислити, показано як «x».
privacy-admin-figures-year = Цифри за { $year } (CSV)
figures-site = Відділення
figures-year = Рік
figures-by-age = Реєстрації за напрямом і віковою групою
figures-by-gender = Реєстрації за напрямом і статтю
figures-area = Напрям
figures-total = Разом
figures-hidden = x: приховано (менше 5 або щоб мале число не можна було обчислити)
figures-age-under-12 = до 12
figures-age-12-15 = 12–15
figures-age-16-17 = 16–17
figures-age-18-21 = 18–21
figures-age-22-27 = 22–27
figures-age-older = старше 27
figures-age-unknown = невідомо
privacy-col-data = Дані
privacy-col-purpose = Мета
privacy-col-basis = Правова підстава
privacy-col-keep = Зберігання
privacy-count-registrations = Реєстрації
privacy-count-participants = Люди без реєстрації
privacy-count-messages = Повідомлення
privacy-count-expired = Прострочені посилання, сесії, чернетки
privacy-count-audit = Записи журналу (старші за два роки)
privacy-count-feeds = Підписки на календар без людини

# Участь: приєднання з кодом, ідеї, підтримка, перевірка командою, «Ви сказали — ми зробили»
join-title = Приєднатися з кодом
join-intro = Твоя група або свято дали тобі код? З ним ти можеш пропонувати ідеї та підтримувати їх. Адреса електронної пошти не потрібна.
join-invitation = Ти приєднуєшся до групи: { $group } ({ $site }).
join-field-code = Код
join-field-nickname = Нікнейм
join-nickname-hint = Його бачать лише працівники. Будь ласка, без номера телефону і без імені в соцмережах.
join-field-lang = Якою мовою нам тобі писати?
join-privacy = Ми зберігаємо твій нікнейм, рік народження, мову та твої ідеї. Твоє ім’я ніколи не видно публічно, лише твою групу.
join-submit = Приєднатися
join-again-title = Уже з нами? Повернися з кодом повернення
join-field-reentry = Код повернення
join-again-submit = Повернутися
join-error-code = Код має 8 символів, наприклад KALK-7Q3M.
join-error-code-not-valid = З цим кодом зараз не можна приєднатися. Будь ласка, запитай людину, яка дала тобі код.
join-error-nickname-contact = Будь ласка, не пиши в нікнеймі номер телефону, електронну пошту чи ім’я в соцмережах.
join-error-age = Брати участь можуть молоді люди від 10 до 30 років. Будь ласка, перевір свій рік народження.
join-flag-limited = Забагато спроб. Будь ласка, спробуй ще раз через 15 хвилин.
join-flag-unknown = Ми не знаємо цього коду повернення. Будь ласка, перевір його ще раз.
join-flag-not-valid = З цим кодом зараз не можна приєднатися.
join-welcome-title = Ласкаво просимо!
join-reentry-intro = Це твій код повернення. Ми показуємо його лише цей один раз:
join-reentry-hint = Сфотографуй його або запиши. З ним ти повернешся до своїх ідей на іншому телефоні.
join-welcome-offers = До заходів
ideas-title = Ідеї
ideas-title-site = Ідеї: { $site }
ideas-intro = Що має бути? Запропонуй ідею, підтримай інші ідеї і подивись, що з них вийде.
ideas-join-hint = Щоб брати участь, тобі потрібен код від твоєї групи.
ideas-rounds = Для чого ми збираємо ідеї
ideas-no-rounds = Зараз ми не збираємо ідей.
ideas-list = Ідеї
ideas-none = Ідей ще немає. Твоя може бути першою!
ideas-more = Інші ідеї
ideas-flag-sent = Дякуємо! Твою ідею вже видно.
ideas-flag-held = Дякуємо! Працівник або працівниця коротко перегляне твою ідею, потім її буде видно.
ideas-flag-supported = Збережено.
ideas-flag-limited = Забагато спроб. Будь ласка, спробуй ще раз пізніше.
ideas-flag-closed = Цей раунд зараз не приймає ідей.
ideas-flag-reported = Дякуємо. Ми це перевіримо.
ideas-flag-not-now = Для цієї ідеї це зараз неможливо.
ideas-flag-withdrawn = Твою ідею відкликано.
round-decidable = Що ви можете вирішити
round-budget = Гроші
round-deciders = Хто вирішує
round-until = Ідеї до
round-paused = Пауза (канікули)
round-always-open = завжди відкрито
round-question = Питання
round-question-hint = Наприклад: Що має відбутися на Sommerfest Chorweiler?
round-closes-on = Останній день для ідей
round-closes-hint = Залиште порожнім для скриньки ідей, яка завжди відкрита.
round-response-days = Відповідь молоді протягом (днів)
round-post-moderated = Показувати ідеї одразу й перевіряти потім (лише для раундів від 16 років). Тексти з контактними даними завжди спершу перевіряються.
round-error-closes = Будь ласка, виберіть дату від сьогодні.
round-error-response-days = Будь ласка, вкажіть число від 1 до 90.
round-phase-open = відкрито
round-phase-paused = на паузі
round-phase-closed = завершено
idea-new = Запропонувати ідею
idea-field-what = Яка в тебе ідея?
idea-what-hint = Достатньо одного-двох речень.
idea-field-category = Що це за ідея?
idea-choose-category = Будь ласка, вибери
idea-field-for-whom = Для кого?
idea-for-whom-hint = Наприклад: дівчата від 14, усі, сім’ї
idea-field-place = Де?
idea-field-when = Коли?
idea-field-days = У які дні?
idea-field-parts = У який час дня?
idea-field-languages = Якими мовами?
idea-public-hint = Твою ідею бачать усі, без твого імені. Будь ласка, не пиши в ній номерів телефону чи адрес.
idea-send = Надіслати ідею
idea-similar-title = Таке вже є?
idea-similar-intro = Ці ідеї схожі. Ти можеш підтримати їх або все одно надіслати свою ідею.
idea-error-what = Будь ласка, опиши свою ідею кількома словами.
idea-error-category = Будь ласка, вибери, що це за ідея.
idea-error-round = Будь ласка, вибери, до чого належить твоя ідея.
idea-error-round-closed = Цей раунд зараз не приймає ідей.
idea-error-move = Цей крок звідси неможливий.
idea-error-reason = Будь ласка, напишіть причину, зрозумілу молоді.
idea-error-revisit = Будь ласка, вкажіть дату, коли ви знову подивитеся на ідею.
idea-error-merge-target = Будь ласка, вкажіть номер видимої ідеї цього відділення.
idea-error-offer = Будь ласка, вкажіть номер заходу цього відділення.
idea-by-group = Від молодої людини з групи { $group }
idea-by-someone = Від молодої людини
idea-by-workshop = З воркшопу (зібрано на папері)
idea-supports = { $count ->
    [one] { $count } людині це подобається
    [few] { $count } людям це подобається
    [many] { $count } людям це подобається
   *[other] { $count } людям це подобається
}
idea-planners = { $count ->
    [one] { $count } людина планує разом
    [few] { $count } людини планують разом
    [many] { $count } людей планують разом
   *[other] { $count } людини планують разом
}
idea-support = Мені подобається
idea-unsupport = Все-таки ні
idea-plan = Я допоможу планувати
idea-unplan = Я все-таки не допомагатиму планувати
idea-plan-hint = «Мені подобається» означає: тобі подобається ідея. «Я допоможу планувати» означає: ти хочеш допомогти її втілити.
idea-withdraw = Відкликати ідею
idea-report = Поскаржитися
idea-timeline = Що вже сталося
idea-would-work = Що зробило б це можливим
idea-became = З цього вийшло:
idea-merged-into = Об’єднано з
idea-state-submitted = Надіслано
idea-state-published = Видно всім
idea-state-checking = Перевіряється
idea-state-feasible = Можливо
idea-state-feasible-if = Можливо, якщо …
idea-state-not-feasible = Неможливо
idea-state-parked = Розглянемо пізніше ще раз
idea-state-planning = Планується
idea-state-scheduled = Дату призначено
idea-state-done = Відбулося
idea-state-closed = Закрито
idea-state-merged = Об’єднано
idea-state-withdrawn = Відкликано
idea-state-removed = Видалено
idea-move-published = Опублікувати
idea-move-checking = Почати перевірку
idea-move-feasible = Можливо
idea-move-feasible-if = Можливо, якщо …
idea-move-not-feasible = Неможливо (з причиною)
idea-move-parked = Відкласти (з причиною і датою)
idea-move-planning = Почати планування
idea-move-scheduled = Захід призначено (номер заходу)
idea-move-done = Відбулося
idea-move-closed = Закрити
idea-move-merged = Об’єднати (з причиною і номером)
idea-move-removed = Видалити (з причиною)
weekday-1 = Понеділок
weekday-2 = Вівторок
weekday-3 = Середа
weekday-4 = Четвер
weekday-5 = П’ятниця
weekday-6 = Субота
weekday-7 = Неділя
day-part-morning = зранку
day-part-afternoon = удень
day-part-evening = увечері
day-part-weekend = на вихідних
criterion-cost = Витрати
criterion-room = Приміщення
criterion-staff-time = Час працівників
criterion-youth-protection = Захист неповнолітніх
criterion-date = Дата
done-title = Ви сказали — ми зробили
done-intro = Що стало з вашими ідеями — і чому.
done-none = Ще жодна ідея не отримала відповіді.
done-count-ideas = { $count ->
    [one] ідея
    [few] ідеї
    [many] ідей
   *[other] ідеї
}
done-count-supports = { $count ->
    [one] голос підтримки
    [few] голоси підтримки
    [many] голосів підтримки
   *[other] голосу підтримки
}
done-count-offers = { $count ->
    [one] захід із цих ідей
    [few] заходи з цих ідей
    [many] заходів з цих ідей
   *[other] заходу з цих ідей
}
me-ideas-title = Мої ідеї
me-ideas-mine = твоя
me-messages-title = Повідомлення для тебе
mail-idea-news-subject = Новини про твою ідею: { $state }
mail-idea-news-body = Привіт! Твоя ідея «{ $idea }» тепер має статус: { $state }.

    Докладніше: { $link }
mail-idea-news-reason-body = Привіт! Твоя ідея «{ $idea }» тепер має статус: { $state }.

    Чому: { $reason }

    Докладніше: { $link }
co-design-title = Участь та ідеї
co-design-queue = На перевірку
co-design-queue-empty = Зараз на вас не чекає жодна ідея.
co-design-overdue = { $count ->
    [one] { $count } ідея чекає на відповідь довше, ніж обіцяно
    [few] { $count } ідеї чекають на відповідь довше, ніж обіцяно
    [many] { $count } ідей чекають на відповідь довше, ніж обіцяно
   *[other] { $count } ідеї чекають на відповідь довше, ніж обіцяно
}
co-design-held = Затримано: контактні дані або скарга
co-design-reports = { $count ->
    [one] { $count } скарга
    [few] { $count } скарги
    [many] { $count } скарг
   *[other] { $count } скарги
}
co-design-move = Наступний крок
co-design-criteria = Що заважає
co-design-reason = Причина для молоді
co-design-reason-hint = Коротко й привітно. Потрібно для «Неможливо», «Відкласти», «Об’єднати» і «Видалити».
co-design-notes = Внутрішня примітка
co-design-notes-hint = Бачать лише працівники.
co-design-revisit = Знову розглянути
co-design-merge = Об’єднати з ідеєю №
co-design-offer = Захід №
co-design-save-move = Зберегти крок
co-design-paper-supports = Голоси підтримки на папері
co-design-add = Додати
co-design-rounds = Раунди ідей
co-design-round-new = Новий раунд ідей
co-design-round-create = Створити раунд
co-design-round = Раунд
co-design-pause = Призупинити
co-design-resume = Продовжити
co-design-codes = Коди для приєднання
co-design-codes-intro = Один код для групи або свята. Хто його має, може брати участь під нікнеймом, без електронної пошти.
co-design-code-new = Новий код
co-design-code-label = Для якої групи?
co-design-code-label-hint = Наприклад: Mädchengruppe Kalk. На публічних сторінках написано «молода людина з групи …».
co-design-code-max = Скільки людей може приєднатися?
co-design-code-until = Дійсний до
co-design-code-create = Створити код
co-design-code-link = Посилання для приєднання
co-design-code-ended = завершено
co-design-revoke = Завершити
co-design-joined = Приєдналися: { $count } з { $max }
co-design-joined-title = Хто приєднався з цим кодом
co-design-error-max = Будь ласка, вкажіть число від 1 до 500.
co-design-error-until = Будь ласка, вкажіть дату від сьогодні до року наперед.
co-design-paper-title = Внести ідею з паперу
co-design-paper-intro = Для ідей з воркшопу. Їх показано як «зібрано на папері».
co-design-paper-save = Внести ідею
co-design-flag-saved = Збережено.
co-design-flag-moved = Збережено. Молодь отримає повідомлення.
co-design-flag-code-made = Код створено.
co-design-flag-revoked = Дію коду завершено.
co-design-flag-paused = Раунд призупинено.
co-design-flag-resumed = Раунд триває далі.
co-design-flag-not-found = Не вдалося. Будь ласка, оновіть сторінку.
co-design-flag-paper-saved = Внесено.
register-as-member = Ти реєструєшся як { $name }.
register-as-member-hint = Ти береш участь за кодом: нам не потрібні твоє ім’я та адреса електронної пошти. Повідомлення про реєстрацію ти знайдеш на сторінці «Мої реєстрації». Якщо там вказана твоя адреса, вони приходять і на пошту. Якщо тобі 16 років або менше, ми питаємо твоїх батьків: поштою, якщо там вказана їхня адреса, інакше на папері.
round-programme = Належить до програми
round-no-programme = Жодної: скринька ідей осередку
co-design-qr-label = QR-код, щоб приєднатися з кодом { $code }
co-design-poster-intro = Скануй камерою телефона або введи код: так ти зможеш пропонувати й підтримувати ідеї.
dashboard-ideas-waiting = { $count ->
    [one] { $count } ідея молоді чекає на вас
    [few] { $count } ідеї молоді чекають на вас
    [many] { $count } ідей молоді чекають на вас
   *[other] { $count } ідеї молоді чекають на вас
}, з них { $late } довше, ніж обіцяно.
co-design-keep = Залишити як є і знову показати (скаргу перевірено)
me-address-title = Твоя адреса електронної пошти (за бажанням)
me-address-intro = Treffpunkt можна використовувати без електронної пошти. Якщо ти вкажеш адресу, твої повідомлення (реєстрація, список очікування, нагадування, відповіді на твої ідеї) також приходитимуть на пошту. Ми збережемо адресу, лише коли ти її підтвердиш.
me-address-parent-hint = Тобі 16 років або менше, тому ми також питаємо твою маму, твого тата або того, хто про тебе піклується. Ми збережемо твою адресу, лише якщо вони скажуть «так».
me-address-send = Надіслати посилання для підтвердження
me-address-kept = Твої повідомлення також приходять на пошту:
me-address-remove = Видалити адресу
me-address-waiting = Ми надіслали посилання на { $email }. Відкрий його, щоб підтвердити адресу.
me-address-waiting-parent = Адресу { $email } підтверджено. Тепер ми чекаємо на відповідь твоїх батьків.
me-address-flag-sent = Перевір свою пошту і відкрий посилання. Воно діє 7 днів.
me-address-flag-removed = Твою адресу видалено. Свої повідомлення ти й далі знайдеш тут.
me-address-confirm-text = { $email } — це твоя адреса? Тоді підтверди її тут.
me-address-confirm = Так, це моя адреса
me-address-done-kept = Дякуємо. Тепер твої повідомлення також приходять на пошту.
me-address-done-parent-asked = Дякуємо. Тепер ми запитали твоїх батьків. Якщо вони скажуть «так», твої повідомлення також приходитимуть на пошту.
contact-parent-done-yes = Дякуємо. Адресу збережено: тепер Ваша дитина отримуватиме повідомлення і електронною поштою.
contact-parent-done-no = Дякуємо за Вашу відповідь. Ми не зберігаємо цю адресу.
me-address-done-taken = Ця адреса вже збережена в нас із цим іменем. Відкрий «Мої реєстрації» за посиланням, яке ми надішлемо на цю адресу.
me-address-done-gone = Це посилання вже не діє: його вже використали, або йому більше 7 днів. Нове посилання можна попросити на твоїй сторінці «Мої реєстрації».
me-address-confirmed-at = Дата підтвердження
contact-error-parent-same = Будь ласка, вкажи тут адресу своїх батьків, а не свою.
contact-consent-text = Ми використовуємо цю адресу лише для повідомлень від Treffpunkt і нікому її не передаємо. Адресу можна будь-коли видалити тут.
contact-parent-title = Адреса електронної пошти для Вашої дитини
contact-parent-question = Ваша дитина (у нас під іменем «{ $nickname }», рік народження: { $year }) бере участь у заходах { $site } і хоче отримувати повідомлення від Treffpunkt на { $email }. Вашій дитині 16 років або менше, тому ми питаємо Вас: чи можемо ми зберегти цю адресу для повідомлень?
contact-yes = Так, я погоджуюся
contact-no = Ні
mail-contact-address-subject = Treffpunkt: будь ласка, підтверди свою адресу електронної пошти
mail-contact-address-body = Привіт!

    Ти хочеш отримувати повідомлення від Treffpunkt також електронною поштою. Відкрий це посилання і підтверди свою адресу (діє 7 днів):

    { $link }

    Якщо це не ти, нічого робити не потрібно. Тоді ми не збережемо цю адресу.
mail-contact-parent-subject = Treffpunkt: чи може { $nickname } отримувати повідомлення електронною поштою?
mail-contact-parent-body = Добрий день!

    Ваша дитина («{ $nickname }») бере участь у заходах { $site } і хоче отримувати повідомлення від Treffpunkt на { $email }. Вашій дитині 16 років або менше, тому ми питаємо Вас. Тут Ви можете відповісти «так» або «ні» (посилання діє 7 днів):

    { $link }

    Якщо Ви нічого не зробите, ми не збережемо цю адресу.
consent-purpose-contact-email = Адреса електронної пошти для повідомлень
own-data-table-contact-requests = Адреса, яка чекає на підтвердження
vote-title = Голосування
vote-result-title = Результат голосування
vote-intro = Вибери ідеї, які тобі подобаються найбільше (не більше { $count }). Останній день голосування: { $day }. Скільки голосів має кожна ідея, ми покажемо лише після цього. Ніхто не бачить, хто що вибрав.
vote-choose = Твій вибір (не більше { $count })
vote-submit = Проголосувати
vote-done = Дякуємо, твій голос зараховано. Результат ти побачиш тут після останнього дня: { $day }.
vote-join-first = Щоб голосувати, приєднайся з кодом своєї групи.
vote-no-options = Поки що немає ідей для голосування.
vote-flag-voted = Дякуємо, твій голос зараховано.
vote-flag-already = Твій голос уже зараховано. Кожна людина має лише один голос.
vote-flag-not-confirmed = Голосувати можуть ті, кого команда підтвердила для групи. Звернися до команди.
vote-flag-closed = Голосування закінчилося або ще не почалося.
vote-flag-empty = Будь ласка, вибери хоча б одну ідею.
vote-flag-too-many = Вибрано забагато ідей. Будь ласка, вибери менше.
vote-flag-option = Цієї ідеї немає в голосуванні.
vote-result-intro = { $count ->
    [one] { $count } людина проголосувала.
    [few] { $count } людини проголосували.
    [many] { $count } людей проголосували.
   *[other] { $count } людини проголосували.
}
vote-votes = { $count ->
    [one] { $count } голос
    [few] { $count } голоси
    [many] { $count } голосів
   *[other] { $count } голосу
}
vote-tied = нічия
vote-field-choices = Скільки ідей може вибрати кожна людина? (від 1 до 5)
vote-field-last-day = Останній день голосування
vote-open-hint = У голосуванні беруть участь ідеї, які ви визнали можливими. Голосувати можуть ті, кого ви підтвердили на сторінці коду. Голосування таємне; результат з’явиться після останнього дня.
vote-open = Відкрити голосування
vote-running = Голосування відкрите, останній день: { $day }. Бюлетенів: { $count }
vote-error-choices = Будь ласка, вкажіть число від 1 до 5.
vote-error-day = Будь ласка, вкажіть день від сьогодні, не більше ніж на рік наперед.
co-design-flag-vote-opened = Голосування відкрито.
co-design-flag-confirmed = Збережено.
co-design-confirm = Підтвердити
co-design-confirm-all = Підтвердити всіх
co-design-confirmed = підтверджено
co-design-confirm-intro = Підтвердьте, хто справді належить до групи: голосують лише вони. Так із двох телефонів не вийде двох голосів.
own-data-table-round-voters = Голосування за твоєю участю (без твого вибору)
round-rules-title = Як проходить цей раунд
co-design-error-paper-count = Будь ласка, введіть число від 1 до 500.
