### review: machine-assisted
# Treffpunkt, Russian. Machine-assisted translation; not yet reviewed by a native speaker.

site-name = Treffpunkt
site-tagline = Мероприятия для молодёжи
skip-to-content = Перейти к содержанию
nav-home = Все мероприятия

lang-picker-label = Язык
lang-continue = Продолжить на русском
lang-first-label = Выбор языка
lang-picker-submit = Сменить

format-date-time = %a, %-d %B, %H:%M
format-long-date = %A, %-d %B
format-time = %H:%M

home-title = Какие есть мероприятия?
home-programmes = Программы
home-intro = Встречи, спорт, языки и праздники для молодёжи от 12 до 27 лет. Бесплатно. Приходи!
home-empty = Сейчас новых встреч нет. Пожалуйста, посмотри ещё раз позже.

offer-kind-group = Групповое занятие
offer-kind-event = Событие

category-language = Язык
category-sport = Спорт
category-culture = Культура и творчество
category-education = Школа и работа
category-information = Информация
category-leisure = Свободное время
category-festival = Праздник

offer-when = Когда
offer-where = Где
offer-organisers = Организаторы
offer-audience = Для кого
offer-ages = Возраст: от { $min } до { $max }
offer-audience-parents = Родители
offer-audience-professionals = Специалисты
offer-focus-girls = Для девушек и молодых женщин
offer-languages = Языки на мероприятии
offer-programme = Часть программы
offer-sessions = Встречи
offer-sessions-more = { $count ->
    [one] и ещё { $count } встреча
    [few] и ещё { $count } встречи
    [many] и ещё { $count } встреч
   *[other] и ещё { $count } встречи
}
offer-no-sessions = Сейчас встречи не запланированы.
offer-capacity = { $count ->
    [one] { $count } место
    [few] { $count } места
    [many] { $count } мест
   *[other] { $count } места
}
offer-map-link = Показать на карте (OpenStreetMap)
offer-share = Поделиться
offer-link-copied = Ссылка скопирована

content-in-german = (на немецком)
venue-step-free = Вход без ступенек
venue-accessible-toilet = Безбарьерный туалет

language-de = Немецкий
language-en = Английский
language-ar = Арабский
language-uk = Украинский
language-ru = Русский
language-fa = Персидский (фарси/дари)
language-tr = Турецкий
language-fr = Французский
language-ku = Курдский
language-ti = Тигринья

not-found-title = Страница не найдена
not-found-text = Такой страницы нет (или больше нет). Может быть, мероприятие уже закончилось.
back-home = Ко всем мероприятиям
error-title = Что-то пошло не так
error-text = Попробовать ещё раз можно через минуту.

footer-about = Treffpunkt ведут молодёжные миграционные службы (JMD) вместе с партнёрами.
footer-privacy = Без рекламы. Без отслеживания.

# Аккаунты и вход
field-email = Адрес электронной почты
field-password = Пароль
field-new-password = Новый пароль
field-confirm-password = Пароль ещё раз
field-display-name = Имя
field-role = Роль
field-organisation = Организация
field-organisation-hint = Для партнёров: организация, для которой они вносят мероприятия.
password-hint = { $count ->
    [one] Минимум { $count } символ.
    [few] Минимум { $count } символа.
    [many] Минимум { $count } символов.
   *[other] Минимум { $count } символа.
}

signin-title = Вход
signin-intro = Для сотрудников JMD и его партнёров.
signin-submit = Войти
signin-forgot = Забыли пароль?
signin-young-people = Хочешь посмотреть свои записи?
signin-failed = Неверный адрес электронной почты или пароль.
sign-out = Выйти
too-many-attempts = Слишком много попыток. Попробовать ещё раз можно через 15 минут.
email-invalid = Нужен правильный адрес электронной почты, например name@example.org.
name-missing = Пожалуйста, введите имя.
cross-site-refused = Этот запрос пришёл с другого сайта и был отклонён.

reset-title = Сброс пароля
reset-intro = Введите свой адрес электронной почты. Мы отправим вам ссылку. По ней вы сможете задать новый пароль. Ссылка действует один час.
reset-submit = Отправить ссылку
reset-sent = Если с этим адресом есть аккаунт, мы отправили на него письмо.
set-password-title = Задать пароль
set-password-submit = Сохранить пароль
password-too-short = Пароль слишком короткий.
password-mismatch = Пароли не совпадают.
link-unknown = Эта ссылка недействительна. Можно запросить новую.
link-used = Эта ссылка уже использована. Можно запросить новую.
link-expired = Срок действия этой ссылки истёк. Можно запросить новую.

staff-home = Обзор
staff-nav-label = Раздел для сотрудников
staff-your-offers = Ваши мероприятия
staff-users = Аккаунты
staff-audit = Журнал действий
forbidden-title = Нет доступа
forbidden-text = У этого аккаунта нет доступа к этой странице.

invite-title = Пригласить человека
invite-intro = Человек получит письмо со ссылкой. По ссылке он задаст свой пароль. Ссылка действует 7 дней.
invite-submit = Отправить приглашение
invite-sent = Приглашение отправлено.
invite-exists = Для этого адреса уже есть аккаунт.
accounts-title = Все аккаунты
account-invited = приглашение отправлено, пароля ещё нет
role-admin = Администратор
role-staff = Сотрудник
role-partner = Партнёр

audit-when = Когда
audit-who = Кто
audit-what = Что

edit-offer-title = Изменить мероприятие
edit-offer-public-page = Открыть публичную страницу

me-title = Мои записи
me-intro = Введи свой адрес электронной почты. Мы отправим тебе ссылку на твои записи. Пароль не нужен.
me-send-link = Отправить ссылку
me-link-sent = Проверь свою электронную почту. Ссылка действует 30 минут.
me-signed-in-as = Вход выполнен с адресом
me-no-registrations = У тебя пока нет записей.
me-open = Открыть мои записи

mail-reset-subject = Treffpunkt: новый пароль
mail-reset-body = Здравствуйте!

    Кто-то (надеемся, вы) хочет задать новый пароль для Treffpunkt. Откройте эту ссылку в течение одного часа:

    { $link }

    Если этот запрос не от вас, ничего делать не нужно.
mail-invite-subject = Приглашение в Treffpunkt
mail-invite-body = Здравствуйте, { $name }!

    { $inviter } приглашает вас в Treffpunkt от имени { $organisation }. Там вы вносите свои мероприятия для молодёжи. Задайте свой пароль по этой ссылке (действует 7 дней):

    { $link }

    Потом входите здесь: { $login }
mail-magic-subject = Treffpunkt: твои записи
mail-magic-body = Привет!

    По этой ссылке ты увидишь свои записи (действует 30 минут):

    { $link }

    Если этот запрос не от тебя, ничего делать не нужно.

# Встречи и фильтры
agenda-later = Более поздние встречи
agenda-empty = Встречи не найдены. Попробуй убрать часть фильтров.
filter-title = Фильтр и поиск
filter-search = Поиск
filter-district = Район
filter-category = Тип
filter-language = Язык на мероприятии
filter-age = Твой возраст
filter-from = С даты
filter-to = До даты
filter-free-places = Только со свободными местами
filter-any = Все
filter-submit = Показать
filter-reset = Сбросить фильтры
filter-age-invalid = Пожалуйста, введи возраст от 12 до 27, например 16.
filter-date-invalid = Пожалуйста, введи дату, например 2026-12-01.
organisation-intro = Мероприятия этой организации, в том числе вместе с партнёрами.

# Создание мероприятий
new-offer-title = Новое мероприятие
offer-form-has-errors = Пожалуйста, проверьте отмеченные поля. Всё остальное осталось как было.
offer-field-title = Название (на немецком)
offer-field-description = Описание
offer-field-min-age = Возраст от
offer-field-max-age = Возраст до
offer-field-capacity = Количество мест
offer-field-capacity-hint = Оставьте пустым, если число мест не ограничено.
offer-field-network-share = Не больше такого процента мест на одну сеть за час
offer-field-network-share-hint = Пусто: 50. Школьному классу, который записывается вместе через школьный Wi-Fi, нужно больше, например 100.
offer-field-first-date = Первая встреча
offer-field-start = Начало
offer-field-end = Конец
offer-field-repeat = Повтор
offer-repeat-once = Один раз
offer-repeat-weekly = Каждую неделю
offer-repeat-fortnightly = Каждые две недели
offer-field-count = Количество встреч
offer-field-publish = Опубликовать сразу
offer-save = Сохранить мероприятие
offer-error-title-missing = Пожалуйста, введите название.
offer-error-too-long = Этот текст слишком длинный.
offer-error-choose = Нужно выбрать один вариант.
offer-error-ages-youth = Мероприятия для молодёжи — для возраста от 12 до 27 лет.
offer-error-ages-order = Возраст «до» должен быть больше, чем возраст «от».
offer-error-number = Пожалуйста, введите число.
offer-error-capacity = Пожалуйста, введите число от 1 или оставьте поле пустым.
offer-error-network-share = Пожалуйста, введите число от 1 до 100.
offer-error-date = Пожалуйста, выберите дату.
offer-error-time = Пожалуйста, введите время, например 17:00.
offer-error-end-before-start = Конец должен быть позже начала.
offer-error-count = Пожалуйста, укажите от 1 до 52 встреч.
offer-error-venue-site = Это место не относится к отделению организации.
edit-offer-status = Статус
offer-status-draft = Черновик (не опубликовано)
offer-status-published = Опубликовано
offer-status-cancelled = Отменено
offer-publish = Опубликовать
offer-cancel = Отменить это мероприятие
offer-cancel-explained = Если отменить мероприятие, оно и все его будущие встречи пропадут с сайта.
offer-repeat-monthly = Каждый месяц (тот же день недели, например 2-й вторник)
offer-field-except = Дни без встречи
offer-field-except-hint = Например, школьные каникулы: даты вида 2026-12-29, через запятую.
offer-error-except = Пожалуйста, напишите даты так: 2026-12-29, 2027-01-05.
session-cancel = Отменить только эту встречу
offer-cancelled-notice = Это мероприятие отменено. Посмотри другие мероприятия.

## Редактор мероприятия: данные, встречи, копии
copy-offer-title = Копировать мероприятие
offer-details = О мероприятии
offer-duplicate = Копировать как новое мероприятие
offer-flag-saved = Сохранено.
offer-flag-gone = Не получилось: мероприятие или встреча за это время изменились. Пожалуйста, проверьте данные.
offer-audience-youth = Молодёжь
offer-field-title-plain = Название
offer-field-focus = Для кого особенно
offer-focus-choice-everyone = Для всех
offer-focus-choice-girls = Для девушек и молодых женщин
offer-field-cohosts = Вместе с
offer-field-cohosts-hint = Другие организации, которые проводят мероприятие вместе с вами.
offer-field-contact-name = Контактное лицо
offer-field-contact-email = Электронная почта контактного лица
offer-field-contact-phone = Телефон контактного лица
offer-field-registration = Запись
offer-registration-none = Без записи: можно просто прийти
offer-registration-series = Одна запись на все встречи
offer-registration-session = Запись на каждую встречу отдельно
offer-field-registration-opens = Запись с
offer-field-registration-closes = Запись до
offer-field-registration-window-hint = Оставьте пустым: запись открыта сразу и до начала.
offer-programme-none = Без программы
offer-section-what = Что
offer-section-translations = Название и описание на других языках
offer-translations-hint = Молодые люди видят текст на своём языке, если он есть. Иначе они видят текст на немецком.
offer-section-who = Кто
offer-section-where = Где
offer-section-taking-part = Участие
offer-section-when = Когда
offer-error-capacity-taken = Уже занято больше мест. Пожалуйста, укажите не меньше мест, чем уже занято.
offer-error-email = Нужен правильный адрес электронной почты, например name@example.org.
offer-error-moment = Пожалуйста, выберите дату и время.
offer-error-window-order = Конец записи должен быть позже её начала.
offer-error-window-after-offer = Запись должна закончиться до последней встречи.
series-retime-title = Изменить время всех будущих встреч
series-retime-hint = У всех будущих встреч будет новое время. Дни не меняются.
series-retime-save = Изменить все будущие встречи
session-move-title = Перенести только эту встречу
session-move = Перенести встречу
session-field-date = Дата
session-add-title = Добавить встречу
session-add = Добавить встречу

## Редактор программ
staff-programmes = Программы
programmes-empty = Программ пока нет.
programme-offer-count = { $count ->
    [one] { $count } мероприятие
    [few] { $count } мероприятия
    [many] { $count } мероприятий
   *[other] { $count } мероприятия
}
programme-new = Новая программа
programme-edit = Изменить программу
programme-field-starts = Первый день
programme-field-ends = Последний день
programme-save = Сохранить программу
programme-error-end-before-start = Последний день должен быть позже первого дня.
programme-error-too-long = Программа длится не больше 120 дней.
programme-offers = Мероприятия в программе
programme-offers-none = В программе пока нет мероприятий.
programme-offers-add = Добавить мероприятия
programme-offer-change = Изменить
programme-offer-add = Добавить
programme-offer-remove = Убрать
offer-contact = Контактное лицо
offer-registration-opens-at = Запись открывается: { $when }
offer-registration-closes-at = Запись открыта до: { $when }
offer-places-full = Все места заняты. Ты можешь записаться в лист ожидания.
offer-places-free = { $free ->
    [one] Осталось { $free } место
    [few] Осталось { $free } места
    [many] Осталось { $free } мест
   *[other] Осталось { $free } места
} (из { $count })
field-site = Отделение (JMD)

## Запись
register-title = Записаться
register-intro = Это займёт одну минуту. Мы спрашиваем только то, что нужно для этого мероприятия.
register-field-first-name = Имя
register-field-email = Адрес электронной почты (твой или твоих родителей)
register-field-birth-year = Год рождения
register-field-birth-year-hint = Например, 2009
register-field-parent-email = Адрес электронной почты мамы или папы
register-field-parent-email-hint = Только если тебе 16 лет или меньше: твои родители получат письмо и ответят «да» или «нет».
register-field-parent-lang = Язык для твоих родителей (для их письма)
register-field-phone = Телефон (по желанию)
register-field-needs = Что нам нужно знать? (по желанию)
register-field-needs-hint = Например: инвалидная коляска, аллергия, я приду с сестрой.
register-field-gender = Пол (по желанию, только для нашей статистики)
register-gender-none = Не указан
register-gender-female = женский
register-gender-male = мужской
register-gender-diverse = другой
register-field-date = Встреча
register-field-privacy = Я прочитал(а) информацию о защите данных.
register-privacy-text = Мы храним твои данные только для этого мероприятия и удаляем их через { $months } мес. после последней встречи. Их видит только команда мероприятия. Мы никому их не передаём.
register-field-photo = Меня можно фотографировать на мероприятии (по желанию).
register-field-health-consent = Я даю согласие на то, чтобы команда использовала написанное выше для этого мероприятия, даже если это касается моего здоровья. (Нужно, только если поле выше заполнено. Если тебе меньше 16, мы спросим и твоих родителей.)
register-error-health-consent = В поле «Что нам нужно знать?» есть текст. Отметь, что мы можем его использовать, или удали текст.
register-submit = Записаться
register-error-name = Пожалуйста, напиши своё имя.
register-error-birth-year = Пожалуйста, напиши год рождения четырьмя цифрами, например 2009.
register-error-phone = Пожалуйста, пиши в номере телефона только цифры, пробелы и +.
register-error-privacy = Пожалуйста, подтверди, что ты прочитал(а) информацию о защите данных.
register-error-parent-email = Тебе 16 лет или меньше. Пожалуйста, напиши адрес электронной почты мамы или папы.
register-not-open = На это мероприятие нельзя записаться.
register-drop-in = Без записи: просто приходи.
register-not-yet = Запись ещё не началась.
register-closed = Запись закончилась.
register-too-young = Это мероприятие для тех, кто старше.
register-too-old = Это мероприятие для тех, кто младше.
register-already = С этим именем и этим адресом электронной почты уже есть запись. Мы ещё раз отправили ссылку на этот адрес.
register-link-sent = Спасибо! Мы отправили письмо на указанный адрес. В нём написано, что дальше, и есть ссылка на запись.
register-limited = Только что пришло очень много записей для этого адреса. Попробуй ещё раз через час или спроси команду JMD.
registration-burst = Только что из одной сети пришло очень много записей. Поэтому пока ты в листе ожидания; команда это проверит.
registration-title = Твоя запись
# Siblings share a parent's address: the page says whose registration it is.
registration-for = Записан(а): { $name }
registration-confirmed = Твоя запись подтверждена.
registration-waitlisted = Ты в листе ожидания под номером { $position }. Когда освободится место, ты получишь письмо.
registration-awaiting-consent = Мы держим для тебя место. Твои родители получили письмо. Когда они ответят «да», твоя запись будет подтверждена.
registration-cancelled = Эта запись отменена.
registration-cancel = Отменить запись
registration-cancel-hint = Не можешь прийти? Пожалуйста, отмени запись. Тогда твоё место получит кто-то другой.
registration-keep-link = Сохрани эту страницу. Ссылку мы также отправили тебе по электронной почте.
registration-offer-link = К мероприятию
consent-title = Согласие родителей
consent-intro = { $name } хочет участвовать в этом мероприятии. { $name } не старше 16 лет, поэтому мы спрашиваем вас.
consent-what = Что
consent-when = Когда
consent-photos = Фото на мероприятии
consent-photos-yes = { $name } хочет, чтобы фото были разрешены.
consent-photos-no = Без фото.
consent-photos-parent = Да, ребёнка ({ $name }) можно фотографировать на мероприятии (по желанию).
consent-text = Если вы ответите «да», вы соглашаетесь с тем, что для этого мероприятия мы храним данные вашего ребёнка ({ $name }): имя, адрес электронной почты и год рождения, а если они указаны, — телефон, пол, что нам стоит знать (это может касаться здоровья; отвечая «да», вы прямо соглашаетесь с тем, что мы используем это только для того, чтобы ребёнок мог хорошо участвовать). Фото вы разрешаете только отметкой ниже. Вы можете ответить «нет» и позже отозвать любое согласие. Мы удаляем эти данные через { $months } мес. после последней встречи.
consent-yes = Да, я даю согласие
consent-no = Нет
consent-done-yes = Спасибо. Запись подтверждена: { $name }.
consent-done-no = Спасибо за ваш ответ. Запись отменена.
consent-answered = На этот запрос уже ответили, или срок его действия истёк.

## Сообщения
mail-confirmed-subject = Запись подтверждена: { $offer }
mail-confirmed-body = Привет, { $name }!

    Твоя запись подтверждена: { $offer }
    Когда: { $when }
    Где: { $where }

    Посмотреть или отменить запись: { $link }
    Все твои записи: { $me }

    До встречи!
mail-waitlisted-subject = Лист ожидания: { $offer }
mail-waitlisted-body = Привет, { $name }!

    Все места на «{ $offer }» заняты. Ты в листе ожидания.
    Когда освободится место, мы тебе напишем.

    Посмотреть или отменить запись: { $link }
    Все твои записи: { $me }
mail-promoted-subject = Освободилось место: { $offer }
mail-promoted-body = Привет, { $name }!

    Хорошая новость: освободилось место. Теперь твоя запись подтверждена: { $offer }
    Когда: { $when }
    Где: { $where }

    Не можешь прийти? Пожалуйста, отмени запись: { $link }
    Все твои записи: { $me }
mail-awaiting-consent-subject = Мы спрашиваем твоих родителей: { $offer }
mail-awaiting-consent-body = Привет, { $name }!

    Мы держим для тебя место: { $offer }
    Твои родители получили письмо. Когда они ответят «да», твоя запись будет подтверждена.

    Твоя запись: { $link }
mail-consent-request-subject = Пожалуйста, дайте согласие: { $name } хочет участвовать
mail-consent-request-body = Здравствуйте!

    { $name } хочет участвовать в этом мероприятии: { $offer }
    Когда: { $when }
    Где: { $where }

    { $name } не старше 16 лет, поэтому нам нужно ваше согласие.
    Здесь вы видите всю информацию и можете ответить «да» или «нет»: { $link }

    Мы держим это место 3 дня.
mail-consent-expired-subject = Срок записи истёк: { $offer }
mail-consent-expired-body = Привет, { $name }!

    Твои родители не ответили вовремя. Поэтому твоя запись на «{ $offer }» отменена.
    Ты можешь записаться ещё раз.
mail-cancelled-subject = Отменено: { $offer }
mail-cancelled-body = Привет, { $name }!

    Твоя запись на «{ $offer }» отменена.

    Твоя запись: { $link }
    Все твои записи: { $me }
mail-already-subject = Твоя запись: { $offer }
mail-already-body = Привет, { $name }!

    Кто-то пытался записаться на «{ $offer }» с твоим адресом электронной почты. У тебя уже есть запись.
    Посмотреть или отменить запись: { $link }
cancel-note = Сообщение для записавшихся (по желанию)
cancel-note-hint = Все записавшиеся получат письмо с вашим текстом, например с новой датой.
session-cancel-confirm = Отменить встречу
mail-offer-cancelled-subject = Отменено: { $offer }
mail-offer-cancelled-body = Привет, { $name }!

    К сожалению, мероприятие «{ $offer }» отменено. Все встречи отменены.

    { $note }
mail-session-cancelled-subject = Встреча отменена: { $offer }
mail-session-cancelled-body = Привет, { $name }!

    Встреча «{ $offer }» отменена: { $when }. Остальные встречи будут как обычно.

    { $note }

## Записавшиеся (для сотрудников)
participants-title = Записавшиеся
participants-flag-saved = Сохранено.
participants-flag-gone = Не получилось: запись за это время изменилась.
participants-flag-full = Свободных мест нет. Увеличьте число мест или отмените одну запись.
participants-flag-message-sent = Сообщение отправлено.
participants-flag-message-empty = Пожалуйста, напишите тему и текст.
participants-status-confirmed = Подтверждено
participants-status-awaiting_consent = Ждём ответа родителей
participants-status-waitlisted = Лист ожидания
participants-status-cancelled = Отменено
participants-csv = Скачать список как таблицу (CSV)
participants-add = Записать человека (например, на месте)
participants-add-submit = Записать
participants-message = Сообщение всем записавшимся
participants-message-subject = Тема
participants-message-body = Текст
participants-message-send = Отправить сообщение
participants-actions = Действия
participants-move-up = Дать место сейчас
participants-cancel = Отменить
participants-cancel-reason = Причина (по желанию)
participants-registered-at = Дата записи
participants-flag-consent-saved = Согласие внесено.
participants-consent = Согласие родителей
participants-consent-link = По ссылке, { $date }
participants-consent-paper = На бумаге: { $name }, подписано { $date }, форма { $form }
participants-consent-record = Внести согласие на бумаге
participants-typed-parent = В форме был другой адрес родителей: { $email }. На этот адрес запрос не отправляли. Проверьте, какой адрес верный, прежде чем вносить согласие.
participants-burst = В листе ожидания, потому что за час пришло много записей из одной сети. Пожалуйста, проверьте и при необходимости примите.
participants-correct = Исправить данные
participants-field-lang = Язык сообщений
participants-field-parent-lang = Язык родителей
participants-correct-hint = Имя и адрес электронной почты не меняются: они определяют, кто этот человек. Изменение записывается в журнал.
participants-correct-submit = Сохранить исправление
participants-flag-corrected = Данные исправлены.
consent-paper-signed-by = Подписал(а) (имя матери, отца или законного представителя)
consent-paper-signed-on = Дата подписи
consent-paper-form = Форма (название или версия)
consent-paper-form-hint = Как написано на форме, например «Einwilligung JMD 2026-03».
consent-paper-photos = Формуляр разрешает и фото.
consent-paper-submit = Внести согласие
consent-paper-error-signed-by = Пожалуйста, напишите, кто подписал.
consent-paper-error-signed-on = Пожалуйста, укажите дату подписи: сегодня или в последние 12 месяцев.
consent-paper-error-form = Пожалуйста, укажите, какая форма подписана.
answer-yes = да
answer-no = нет

## Недоставленные письма (для администраторов)
outbox-title = Недоставленные письма
outbox-intro = Почтовый сервер не принял эти сообщения. Когда причина исправлена (например, неверный адрес или данные для входа), можно попробовать ещё раз.
outbox-none-failed = Все сообщения доставлены.
outbox-error = Ошибка
outbox-attempts = { $count ->
    [one] { $count } попытка
    [few] { $count } попытки
    [many] { $count } попыток
   *[other] { $count } попытки
}
outbox-retry = Отправить ещё раз
outbox-retried = Сообщение скоро будет отправлено ещё раз.

## Календарь
calendar-add = Добавить в календарь
calendar-subscribe = Подписаться в календаре
calendar-alarm = Начало через 2 часа.
mail-date-changed-subject = Новое время: { $offer }
mail-date-changed-body = Привет, { $name }!

    У одной встречи мероприятия «{ $offer }» новое время. С этим письмом твой календарь получит новое время.
    Где: { $where }

    Твоя запись: { $link }
mail-reminder-day-subject = Завтра: { $offer }
mail-reminder-day-body = Привет, { $name }!

    Завтра начинается: { $offer }
    Когда: { $when }
    Где: { $where }

    Не можешь прийти? Пожалуйста, отмени запись: { $link }
mail-reminder-hours-subject = Скоро: { $offer }
mail-reminder-hours-body = Привет, { $name }!

    Через два часа начинается: { $offer }
    Когда: { $when }
    Где: { $where }

    Не можешь прийти? Пожалуйста, отмени запись: { $link }
offer-field-remind-day = Напоминание по электронной почте за день до каждой встречи
offer-field-remind-hours = Напоминание по электронной почте за два часа до каждой встречи
me-feed-title = Твои встречи в календаре
me-feed-intro = С этой ссылкой календарь в твоём телефоне показывает все твои встречи, даже если время меняется. Никому не давай эту ссылку.
me-feed-new = Создать новую ссылку для календаря

## Настройки филиала (для сотрудников)
site-mail-title = Отправитель писем
site-mail-intro = Участники видят это имя в своём почтовом ящике. Если они отвечают на письмо, ответ приходит на адрес для ответа. Если оставить поле пустым, будет действовать настройка этого сервера Treffpunkt.
site-mail-from-name = Имя отправителя
site-mail-from-name-hint = Например: JMD Köln
site-mail-from-address = Адрес отправителя
site-mail-from-address-hint = Только адрес, с которого ваш почтовый сервер может отправлять письма. Уточните в своём ИТ-отделе.
site-mail-reply-to = Адрес для ответа
site-mail-reply-to-hint = Например, почтовый ящик вашей команды: jmd@example.org
site-mail-save = Сохранить
site-mail-error-name = Пожалуйста, напишите имя не длиннее 80 символов, в одну строку.

## Заявление о доступности и примечание о переводе
translation-note = Эту страницу перевели с помощью машины. Носитель языка ещё не проверил её.
translation-note-link = Помочь нам улучшить перевод
accessibility-title = Заявление о доступности
accessibility-scope = Это заявление касается сайта Treffpunkt по адресу { $url }.
accessibility-status-heading = Насколько доступен этот сайт?
accessibility-status = Этот сайт доступен частично. Он следует правилам BITV 2.0 и WCAG 2.1 уровня AA, кроме недостатков, перечисленных ниже.
accessibility-gaps-heading = Что пока недоступно?
accessibility-gap-translations = Тексты на арабском, украинском, фарси, турецком и русском языках написаны с помощью машины. Носители языка ещё не проверили их.
accessibility-gap-tables = Некоторые таблицы для сотрудников широкие. На маленьком экране их нужно прокручивать в сторону.
accessibility-method-heading = Как мы это проверили?
accessibility-method = Мы сами проверили сайт { $date }: автоматическими тестами (axe) на каждой странице на каждом языке, а также только с клавиатурой и на маленьком экране телефона.
accessibility-feedback-heading = Расскажи нам о барьерах
accessibility-feedback = Что-то у тебя не работает? Что-то трудно читать или использовать? Пожалуйста, напиши нам. Мы ответим тебе в течение двух недель.
accessibility-enforcement-heading = Если тебя не устраивает наш ответ
accessibility-enforcement = Ты можешь обратиться в службу примирения по Закону о равноправии людей с инвалидностью (Schlichtungsstelle nach dem Behindertengleichstellungsgesetz). Это бесплатно.

## Офлайн
offline-title = Ты не в сети
offline-text = Сейчас нет подключения к интернету. Если ты отправил(а) форму, она не отправлена. Всё, что ты написал(а), сохранено. Отправь форму ещё раз, когда снова будешь в сети.
offline-own-registrations = Мои записи (сохранены на этом телефоне)

## Requests that cannot be read
unreadable-title = Не получилось
unreadable-text = Мы не можем прочитать этот запрос. Нужно вернуться назад и попробовать ещё раз.

# The person's own corrections on their registration page
registration-details = Изменить мои данные
registration-details-hint = Имя и адрес электронной почты остаются: по ним тебя узнают. Всё остальное команда изменит для тебя.
registration-details-saved = Твои данные сохранены.
registration-parent-on-file = Запросы твоим родителям приходят на { $email }. Этот адрес меняет только команда.
registration-parent-hint = Нужно, только если тебе ещё нет 16.
own-correction-ask-staff = Этот год может внести только команда, потому что тогда родителей больше не будут спрашивать. Пожалуйста, обратись к команде.

# Site set-up: sites, partners, venues
form-error-missing = Пожалуйста, заполните это поле.
site-error-slug = Только буквы, цифры и дефисы, не более 40 символов.
site-error-slug-taken = Этот адрес уже занят другим отделением. Выберите другой.
site-error-time-zone = Такой часовой пояс нам неизвестен. Укажите в формате континент/город, например Europe/Berlin.
site-error-districts = Не более 100 районов, каждый на отдельной строке и не длиннее 60 символов.
organisation-error-website = Введите веб-адрес, который начинается с https://.
venue-error-no-districts = У вашего отделения ещё нет районов. Сначала добавьте их в настройках отделения.
organisation-contact = Контакт
organisation-kind-jmd = Молодёжная миграционная служба
organisation-kind-school = Школа
organisation-kind-youth_centre = Молодёжный центр
organisation-kind-migrant_org = Организация мигрантов
organisation-kind-sports_club = Спортивный клуб
organisation-kind-jobcenter = Джобцентр (Jobcenter)
organisation-kind-municipal = Муниципальный центр интеграции
organisation-kind-church = Церковная община
organisation-kind-welfare = Благотворительная организация
organisation-kind-employer = Работодатель
organisation-kind-culture = Культура и образование
organisation-kind-other = Другое
site-settings-title = Отделение
site-public-page = Открыть публичную страницу
site-new-title = Новое отделение
site-new-intro = Отделение — это одна молодёжная миграционная служба со своим адресом, командой и предложениями. Затем добавьте партнёров и места и пригласите команду.
site-field-state-choose = Выберите
site-field-slug = Адрес страницы
site-field-slug-hint = Последняя часть /sites/…, например koeln. Пусто — по названию города. Потом не меняется.
site-section-public = Для всех
site-field-name = Название
site-field-name-hint = Название отделения на каждой странице, например JMD Köln.
site-field-city = Город
venue-field-street = Улица и дом
venue-field-postal-code = Почтовый индекс
site-field-phone = Телефон
site-field-opening-hours = Часы работы
site-field-opening-hours-hint = По строке на день, например: Mo–Do 9–16 Uhr
site-field-description = Краткое описание (по-немецки)
site-section-carrier = Учредитель (для выходных данных)
site-section-carrier-hint = Организация, которая содержит молодёжную миграционную службу, с её почтовым адресом.
site-field-carrier = Название учредителя
site-field-carrier-address = Почтовый адрес учредителя
site-section-planning = Планирование
site-field-state = Федеральная земля
site-field-state-hint = От неё зависят школьные каникулы и праздники.
site-field-districts = Районы
site-field-districts-hint = Один район на строку. Места находятся в одном из них; фильтры их показывают.
site-field-time-zone = Часовой пояс
site-field-time-zone-hint = В Германии Europe/Berlin. Всё время отделения указано в этом поясе.
site-create = Создать отделение
network-organisations = Партнёры
network-venues = Места
network-organisation-new = Новый партнёр
network-venue-new = Новое место
network-organisations-none = Партнёров пока нет.
network-venues-none = Мест пока нет.
organisation-field-kind = Вид
network-archived = в архиве
network-edit = Изменить
network-archive = В архив
network-archive-hint = Прошлые предложения остаются как есть. Для новых больше не предлагается.
network-restore = Вернуть
network-restore-hint = В архиве. После возвращения снова доступно для новых предложений.
network-public-page = Открыть публичную страницу
organisation-field-website = Сайт
organisation-field-website-hint = Начиная с https://.
organisation-field-contact-hint = Телефон, e-mail или адрес офиса — никаких личных данных.
venue-map-link = Посмотреть на OpenStreetMap
venue-field-name-hint = Как молодые люди найдут место, например Jugendzentrum Kalk, комната 2.
venue-field-transit = Как доехать на транспорте
venue-field-transit-hint = Например: линия 1 до Kalk Post, затем 3 минуты пешком.
venue-section-access = Доступность
venue-hearing-loop = Индукционная петля
venue-field-notes = Примечания о доступе
setup-title = Что ещё нужно
setup-details = Укажите адрес отделения, учредителя, землю и районы
setup-no-venue = Мест пока нет: добавьте место.
setup-no-venue-partner = Мест пока нет. Команда отделения подтвердит ваше предложение.
setup-no-partner = Партнёров пока нет: добавьте школы, молодёжные центры, объединения
setup-no-staff = В команде пока никого: пригласите команду.
setup-no-offer = Предложений пока нет: создайте первое
setup-no-site = Отделений пока нет.
sites-title = Молодёжные миграционные службы рядом с тобой
sites-intro = Здесь ты получишь консультацию и найдёшь группы и мероприятия. Приходи или напиши нам.
site-carrier-label = Учредитель
home-site-choice = Выбрать отделение
home-all-sites = Все отделения
translations-description-only = Описание на других языках

# Days off: public holidays, school holidays, closing days
holiday-new-year = Новый год
holiday-good-friday = Страстная пятница
holiday-easter-sunday = Пасхальное воскресенье
holiday-easter-monday = Пасхальный понедельник
holiday-labour-day = День труда
holiday-ascension = Вознесение
holiday-whit-sunday = Троица
holiday-whit-monday = Духов день
holiday-german-unity = День германского единства
holiday-christmas = Рождество
holiday-boxing-day = Второй день Рождества
holiday-epiphany = Богоявление
holiday-womens-day = Международный женский день
holiday-corpus-christi = Праздник Тела Христова
holiday-assumption = Успение Богородицы
holiday-childrens-day = Всемирный день ребёнка
holiday-reformation-day = День Реформации
holiday-all-saints = День всех святых
holiday-repentance-day = День покаяния и молитвы
offer-field-skip-days-off = Пропускать праздники, школьные каникулы и нерабочие дни
offer-field-skip-days-off-hint = По календарю федеральной земли и нерабочим дням отделения. Пропущенные дни входят в число встреч.
offer-no-session = { $date } встречи нет: { $reason }
site-closing-days = Нерабочие дни
site-closing-days-hint = Дни, когда отделение закрыто, например дни-мосты или дни команды. Праздники и каникулы земли Treffpunkt уже знает.
site-closing-day-date = День
site-closing-day-reason = Причина
site-closing-day-add = Добавить нерабочий день
site-closing-day-remove = Удалить
site-closing-days-none = Нерабочих дней пока нет.
closing-day-error-date = Выберите день начиная с сегодняшнего, не позже чем через три года.
closing-day-error-reason = Укажите короткую причину, не более 80 символов.
school-holidays-autumn = осенние каникулы
school-holidays-christmas = рождественские каникулы
school-holidays-winter = зимние каникулы
school-holidays-easter = пасхальные каникулы
school-holidays-whitsun = каникулы на Троицу
school-holidays-summer = летние каникулы
school-holidays-other = нет занятий в школе
network-proposed = предложено
network-confirm = Подтвердить
venue-propose-title = Предложить место
venue-propose-intro = Команда отделения проверит место. После этого его можно выбрать для предложений.
venue-propose-link = Нет нужного места? Предложите его.
venue-proposed-flash = Спасибо! Команда отделения проверит место, после этого его можно будет выбрать.
setup-venue-proposals = Предложенные места ждут подтверждения

# Offers as staff describe them: cost, what to bring, meeting point, several days
offer-field-cost = Стоимость в евро
offer-field-cost-hint = Оставьте пустым, если бесплатно. Например 5 или 12,50. Молодые люди увидят, что можно попросить поддержку.
offer-error-cost = Введите сумму, например 5 или 12,50, не более 1000 евро.
offer-cost = Стоимость
offer-cost-free = Бесплатно
offer-cost-amount = { $euros },{ $cents } евро
offer-cost-support = Для тебя это дорого? Спроси нас о поддержке.
offer-field-bring = Что взять с собой
offer-field-bring-hint = Например: спортивная обувь, бутылка воды.
offer-bring = Взять с собой
offer-field-meeting-point = Место встречи
offer-field-meeting-point-hint = Только если встречаетесь не на месте, например: главный вход вокзала.
offer-meeting-point = Встречаемся
offer-field-end-date = Последний день
offer-field-end-date-hint = Только для одной встречи на несколько дней, например поездки с пятницы по воскресенье. Время окончания — в последний день.
offer-error-end-date = Последний день — первый день или позже, не более чем через 14 дней.
offer-error-end-date-series = Многодневные встречи не повторяются.
offer-field-visibility = Кто видит предложение
offer-field-visibility-hint = Встречи сети и рабочие группы видят только команда и партнёры. По ссылке-приглашению — только те, у кого она есть.
offer-visibility-public = Все (публично)
offer-visibility-partners = Только команда и партнёры
offer-visibility-invited = Только по ссылке-приглашению
offer-invitation-link = Ссылка-приглашение, чтобы передать:
agenda-from-time = с { $time }
agenda-until-time = до { $time }
agenda-all-day = весь день

# Trips with a night away
offer-field-overnight = С ночёвкой (поездка, лагерь)
offer-field-overnight-hint = Тогда при регистрации спрашивается контакт на экстренный случай. Для всех младше 18 подписанное согласие родителей на бумаге отмечается в списке участников.
offer-overnight = Ночёвка
offer-overnight-text = Мы ночуем вне дома. При регистрации мы спрашиваем контакт на экстренный случай. Если тебе меньше 18, нужно письменное согласие родителей: бланк ты получишь у нас.
register-field-emergency-contact = Контакт на экстренный случай
register-field-emergency-contact-hint = Имя и номер телефона человека, которому мы можем позвонить во время поездки.
register-error-emergency-contact = Пожалуйста, укажи имя и номер телефона на экстренный случай.
registration-trip-consent = Для этой поездки нам нужно письменное согласие твоих родителей. Принеси его подписанным не позже отъезда; бланк ты получишь у нас.
participants-trip-consent-paper = Поездка: письменное согласие — { $name }, подписано { $date }, бланк { $form }
participants-trip-consent-missing = Поездка: письменного согласия родителей ещё нет
participants-trip-consent-record = Отметить согласие на поездку
participants-photo-consent-record = Отметить согласие родителей на фото
participants-needs-wait-parent = Видно после согласия родителей (может касаться здоровья)
participants-photos-allowed = Фото: разрешено
participants-photos-refused = Фото: не разрешено
participants-photos-parent-missing = Фото: согласия родителей ещё нет
staff-done-created = Отделение создано. Список ниже показывает, чего ещё не хватает.
staff-done-welcome = Ваш пароль сохранён. Добро пожаловать в Treffpunkt!

# Retention
site-section-privacy = Защита данных: как долго мы храним данные
site-section-privacy-hint = После этого Treffpunkt сам удаляет данные раз в день. Эти сроки указаны в сведениях о защите данных.
site-field-keep-months = Записи: месяцев после последней встречи
site-field-keep-months-hint = От 1 до 36; пусто: 6.
site-field-keep-days = Отправленные сообщения: дней
site-field-keep-days-hint = От 1 до 365; пусто: 30.
site-error-period = Пожалуйста, укажите целое число в указанных пределах.

# My data
own-data-title = Мои данные
own-data-intro = Здесь ты видишь всё, что мы храним о тебе. Ты можешь это скачать, отозвать согласие на фото или всё удалить.
own-data-of = Данные: { $name }
own-data-what = Вот что мы храним, в том виде, как это записано. Сообщения мы храним недолго, записи — несколько месяцев после последней встречи.
own-data-download = Скачать всё (JSON)
own-data-photos-text = Ты разрешил(а) фото. Ты можешь в любой момент это отозвать.
own-data-photos-withdraw = Больше без фото
own-data-delete-title = Удалить всё
own-data-delete-warning = Это удаляет все данные этого человека ({ $name }). Действующие записи отменяются: места получат следующие из листа ожидания. Это нельзя отменить.
own-data-delete-confirm = Да, удалить всё
own-data-delete = Удалить навсегда
own-data-delete-all-warning = Удалить всех здесь: { $names }. Действующие записи отменяются, места переходят к следующим в листе ожидания. Это нельзя отменить.
own-data-delete-all = Окончательно удалить всех
own-data-deleted = Удалено. Мы больше ничего не храним об этом человеке.
own-data-flag-photos-withdrawn = Готово: больше без фото.
own-data-flag-confirm-missing = Пожалуйста, отметь «Да, удалить всё», если действительно хочешь всё удалить.
own-data-table-participants = О человеке
own-data-table-registrations = Записи
own-data-table-reminders-sent = Напоминания
own-data-table-calendar-feeds = Подписка на календарь
own-data-table-outbox = Сообщения на этот адрес

# People (requests about personal data)
people-title = Люди
people-intro = Для запросов по телефону или лично: кто хочет знать, что мы храним, или быть удалённым. Каждый просмотр данных человека записывается в журнал.
people-search = Адрес электронной почты или имя
people-search-hint = Полный адрес (также родителей) или начало имени.
people-search-submit = Искать
people-none = Никого не найдено.
people-registrations = { $count ->
        [one] { $count } запись
        [few] { $count } записи
        [many] { $count } записей
       *[other] { $count } записи
    }

# Legal pages
legal-privacy = Политика конфиденциальности
legal-imprint = Выходные данные (Impressum)
legal-choose-site = Для какого отделения?
legal-controller-title = Кто отвечает?
legal-controller-text = За { $site } отвечает организация-учредитель:
legal-dpo = Ответственный за защиту данных:
legal-dpo-none = Вопросы о защите данных:
legal-what-title = Что мы храним, зачем и как долго
legal-what-registration = Когда ты записываешься: имя, адрес электронной почты, год рождения и язык; по желанию телефон, пол, что нам стоит знать и можно ли фото; для поездок с ночёвкой — контакт на экстренный случай. Зачем: чтобы ты мог(ла) участвовать (молодёжная работа как публичная задача, ст. 6(1)(e) GDPR). Как долго: до { $months } мес. после последней встречи.
legal-what-parents = Если тебе 16 или меньше: адрес электронной почты и язык твоих родителей, а также согласились ли они и когда (согласие, ст. 6(1)(a) GDPR). То, что ты пишешь нам о своём здоровье, мы используем только для того, чтобы ты мог(ла) хорошо участвовать, и только с согласия (ст. 9(2)(a) GDPR). Как долго: как запись.
legal-what-consents = Фото только с согласия: если тебе меньше 18, нам нужно и согласие родителей, а с 14 лет всегда и твоё. То, что нам нужно знать о твоём здоровье, мы используем только с твоего явного согласия, до 16 лет — с согласия родителей (ст. 9(2)(a) GDPR). Каждое согласие мы храним с версией и языком его текста, пока хранится запись.
legal-what-audit = Если спонсор должен проверить список участников (отчёт об использовании средств), мы храним его до конца проверки, не больше десяти лет (ст. 6(1)(c) GDPR). Если в это время ты попросишь удалить свои данные, мы их ограничим: никто их больше не использует, и мы удалим их, как только проверка закончится (ст. 17(3)(b) и ст. 18 GDPR).
legal-what-figures = Перед удалением мы без имён считаем, сколько было записей по месяцам, мероприятиям, направлениям, районам, полу и возрастным группам. Эти цифры мы храним для отчётов; числа меньше 5 мы никогда не передаём.
legal-what-messages = Сообщения, которые мы тебе отправляем (подтверждения, напоминания, ссылки): { $days } дн. Для защиты от злоупотреблений — зашифрованные счётчики адресов и сетей, не больше одного дня, и журнал, кто в команде что изменил, два года (законный интерес, ст. 6(1)(f) GDPR).
legal-who-title = Кто видит данные
legal-who-text = Только команда { $site } и партнёрская организация, которая проводит мероприятие. Мы ничего не передаём и ничего не продаём.
legal-processors = Технические поставщики, работающие по нашему поручению:
legal-none-text = Без рекламы, без отслеживания. Cookies только для языка, отделения и входа. Страницы ничего не загружают с других серверов.
legal-rights-title = Твои права
legal-rights-text = Ты в любой момент можешь увидеть, что мы храним, скачать это, попросить исправить и удалить: в «Мои записи» по ссылке на твой адрес или у команды. Согласие можно в любой момент отозвать. Ты можешь пожаловаться в орган по защите данных своей федеральной земли.
legal-imprint-text = Сведения согласно § 5 DDG. Поставщик этих страниц для { $site }:
legal-contact = Контакт
site-field-privacy-contact = Ответственный за защиту данных (имя и контакт)
site-field-processors = Технические поставщики (обработчики)
site-field-processors-hint = Например: хостинг у …, отправка почты через … Так и будет в политике конфиденциальности.

# Consent records
own-data-table-consents = Согласия
consent-field-purpose = Для чего
consent-field-given-by = Кем
consent-field-method = Как
consent-field-given-at = Когда
consent-field-withdrawn-at = Отозвано
consent-field-text-version = Версия текста
consent-purpose-privacy-notice = Сведения о защите данных прочитаны
consent-purpose-parent = Согласие родителей
consent-purpose-photos = Фото
consent-purpose-trip-paper = Поездка: письменное согласие
consent-purpose-health-needs = Сведения, которые могут касаться здоровья
consent-given-by-self = сам(а)
consent-given-by-parent = родители
consent-given-by-staff = команда
consent-method-online = онлайн
consent-method-paper = на бумаге
consent-method-in-person = лично

# Privacy in operation (admins)
privacy-admin-title = Защита данных в работе
privacy-admin-next-run = Следующий ежедневный запуск удалит:
privacy-admin-record = Реестр операций обработки (ст. 30 GDPR)
privacy-admin-record-hint = Из реестра в коде: каждый столбец с персональными данными, его словами (по-английски).
privacy-admin-record-csv = Скачать как таблицу
hold-title = Сохранить для проверки
hold-intro = После последней встречи мы удаляем записи, как только истечёт срок, установленный для отделения. Если спонсор захочет проверить список позже (отчёт об использовании средств), сохраните его до конца проверки. На это время данные тех, кто просит их удалить, ограничиваются вместо удаления.
hold-reason = Какая проверка?
hold-reason-hint = Например, «Отчёт KJP 2026». Пожалуйста, без имён.
hold-until = Хранить до
hold-until-hint = Последний день, когда нужен список; не больше десяти лет.
hold-submit = Сохранить список
hold-active = Этот список хранится до { $date } включительно: { $reason }. После этого ежедневный запуск удаляет то, чей срок прошёл.
hold-end = Закончить хранение сейчас
hold-error-reason = Пожалуйста, напишите, для какой проверки хранится список.
hold-error-until = Пожалуйста, укажите день после сегодняшнего, не больше чем на десять лет вперёд.
participants-flag-held = Сохранено. Список хранится для проверки.
participants-flag-hold-ended = Хранение списка для проверки закончено.
participants-status-restricted = Ограничено (просили удалить, хранится для проверки)
own-data-restricted = Удалено, кроме записей, список которых спонсор ещё может проверить. Они ограничены: никто их больше не использует, и они будут удалены, как только проверка закончится.
privacy-admin-holds = Списки, сохранённые для проверок
privacy-admin-no-holds = Сейчас ни один список не хранится для проверки.
privacy-admin-figures = Анонимные цифры
privacy-admin-figures-hint = Подтверждённые записи за год по направлению, возрастной группе и полу, для отчётов спонсорам. Числа меньше 5 и столько других, чтобы их нельзя было вычислить, показаны как «x».
privacy-admin-figures-year = Цифры за { $year } (CSV)
figures-site = Отделение
figures-year = Год
figures-by-age = Записи по направлению и возрастной группе
figures-by-gender = Записи по направлению и полу
figures-area = Направление
figures-total = Итого
figures-hidden = x: скрыто (меньше 5 или чтобы малое число нельзя было вычислить)
figures-age-under-12 = до 12
figures-age-12-15 = 12–15
figures-age-16-17 = 16–17
figures-age-18-21 = 18–21
figures-age-22-27 = 22–27
figures-age-older = старше 27
figures-age-unknown = неизвестно
privacy-col-data = Данные
privacy-col-purpose = Цель
privacy-col-basis = Правовое основание
privacy-col-keep = Хранение
privacy-count-registrations = Записи
privacy-count-participants = Люди без записи
privacy-count-messages = Сообщения
privacy-count-expired = Просроченные ссылки, сессии, черновики
privacy-count-audit = Записи журнала (старше двух лет)
privacy-count-feeds = Подписки на календарь без человека

# Участие: вход по коду, идеи, поддержка, проверка командой, «Вы сказали — мы сделали»
join-title = Присоединиться по коду
join-intro = Твоя группа или праздник дали тебе код? С ним ты можешь предлагать идеи и поддерживать их. Адрес электронной почты не нужен.
join-invitation = Ты присоединяешься к группе: { $group } ({ $site }).
join-field-code = Код
join-field-nickname = Ник
join-nickname-hint = Его видят только сотрудники. Пожалуйста, без номера телефона и без имени в соцсетях.
join-field-lang = На каком языке нам тебе писать?
join-privacy = Мы храним твой ник, год рождения, язык и твои идеи. Твоё имя никогда не видно публично, только твою группу.
join-submit = Присоединиться
join-again-title = Уже с нами? Вернись с кодом возврата
join-field-reentry = Код возврата
join-again-submit = Вернуться
join-error-code = В коде 8 символов, например KALK-7Q3M.
join-error-code-not-valid = По этому коду сейчас нельзя присоединиться. Пожалуйста, спроси человека, который дал тебе код.
join-error-nickname-contact = Пожалуйста, не пиши в нике номер телефона, электронную почту или имя в соцсетях.
join-error-age = Участвовать могут молодые люди от 10 до 30 лет. Пожалуйста, проверь свой год рождения.
join-flag-limited = Слишком много попыток. Пожалуйста, попробуй ещё раз через 15 минут.
join-flag-unknown = Мы не знаем этот код возврата. Пожалуйста, проверь его ещё раз.
join-flag-not-valid = По этому коду сейчас нельзя присоединиться.
join-welcome-title = Добро пожаловать!
join-reentry-intro = Это твой код возврата. Мы показываем его только этот один раз:
join-reentry-hint = Сфотографируй его или запиши. С ним ты вернёшься к своим идеям на другом телефоне.
join-welcome-offers = К мероприятиям
ideas-title = Идеи
ideas-title-site = Идеи: { $site }
ideas-intro = Что должно быть? Предложи идею, поддержи другие идеи и посмотри, что из них получится.
ideas-join-hint = Чтобы участвовать, тебе нужен код от твоей группы.
ideas-rounds = Для чего мы собираем идеи
ideas-no-rounds = Сейчас мы не собираем идеи.
ideas-list = Идеи
ideas-none = Идей пока нет. Твоя может быть первой!
ideas-more = Другие идеи
ideas-flag-sent = Спасибо! Твою идею теперь видно.
ideas-flag-held = Спасибо! Сотрудник или сотрудница быстро посмотрит твою идею, потом её будет видно.
ideas-flag-supported = Сохранено.
ideas-flag-limited = Слишком много попыток. Пожалуйста, попробуй ещё раз позже.
ideas-flag-closed = Этот раунд сейчас не принимает идеи.
ideas-flag-reported = Спасибо. Мы это посмотрим.
ideas-flag-not-now = Для этой идеи это сейчас невозможно.
ideas-flag-withdrawn = Твоя идея отозвана.
round-decidable = Что вы можете решить
round-budget = Деньги
round-deciders = Кто решает
round-until = Идеи до
round-paused = Пауза (каникулы)
round-always-open = всегда открыт
round-question = Вопрос
round-question-hint = Например: Что должно быть на Sommerfest Chorweiler?
round-closes-on = Последний день для идей
round-closes-hint = Оставьте пустым для ящика идей, который всегда открыт.
round-response-days = Ответ молодёжи в течение (дней)
round-post-moderated = Показывать идеи сразу и проверять потом (только для раундов от 16 лет). Тексты с контактными данными всегда сначала проверяются.
round-error-closes = Пожалуйста, выберите дату начиная с сегодняшней.
round-error-response-days = Пожалуйста, укажите число от 1 до 90.
round-phase-open = открыт
round-phase-paused = на паузе
round-phase-closed = завершён
idea-new = Предложить идею
idea-field-what = Какая у тебя идея?
idea-what-hint = Одного-двух предложений достаточно.
idea-field-category = Что это за идея?
idea-choose-category = Пожалуйста, выбери
idea-field-for-whom = Для кого?
idea-for-whom-hint = Например: девушки от 14, все, семьи
idea-field-place = Где?
idea-field-when = Когда?
idea-field-days = В какие дни?
idea-field-parts = В какое время дня?
idea-field-languages = На каких языках?
idea-public-hint = Твою идею видят все, без твоего имени. Пожалуйста, не пиши в ней номера телефонов или адреса.
idea-send = Отправить идею
idea-similar-title = Такое уже есть?
idea-similar-intro = Эти идеи похожи. Ты можешь поддержать их или всё равно отправить свою идею.
idea-error-what = Пожалуйста, опиши свою идею в нескольких словах.
idea-error-category = Пожалуйста, выбери, что это за идея.
idea-error-round = Пожалуйста, выбери, к чему относится твоя идея.
idea-error-round-closed = Этот раунд сейчас не принимает идеи.
idea-error-move = Этот шаг отсюда невозможен.
idea-error-reason = Пожалуйста, напишите причину, понятную молодым людям.
idea-error-revisit = Пожалуйста, укажите дату, когда вы снова посмотрите на идею.
idea-error-merge-target = Пожалуйста, укажите номер видимой идеи этого отделения.
idea-error-offer = Пожалуйста, укажите номер мероприятия этого отделения.
idea-by-group = От кого-то из группы { $group }
idea-by-someone = От кого-то из молодёжи
idea-by-workshop = Из воркшопа (собрано на бумаге)
idea-supports = { $count ->
    [one] { $count } человеку это нравится
    [few] { $count } людям это нравится
    [many] { $count } людям это нравится
   *[other] { $count } людям это нравится
}
idea-planners = { $count ->
    [one] { $count } человек планирует вместе
    [few] { $count } человека планируют вместе
    [many] { $count } человек планируют вместе
   *[other] { $count } человека планируют вместе
}
idea-support = Мне нравится
idea-unsupport = Всё-таки нет
idea-plan = Я помогу планировать
idea-unplan = Я всё-таки не буду помогать планировать
idea-plan-hint = «Мне нравится» значит: тебе нравится идея. «Я помогу планировать» значит: ты хочешь помочь её воплотить.
idea-withdraw = Отозвать идею
idea-report = Пожаловаться
idea-timeline = Что уже произошло
idea-would-work = Что сделало бы это возможным
idea-became = Из этого получилось:
idea-merged-into = Объединено с
idea-state-submitted = Отправлено
idea-state-published = Видно всем
idea-state-checking = Проверяется
idea-state-feasible = Возможно
idea-state-feasible-if = Возможно, если …
idea-state-not-feasible = Невозможно
idea-state-parked = Посмотрим ещё раз позже
idea-state-planning = Планируется
idea-state-scheduled = Дата назначена
idea-state-done = Состоялось
idea-state-closed = Закрыто
idea-state-merged = Объединено
idea-state-withdrawn = Отозвано
idea-state-removed = Удалено
idea-move-published = Опубликовать
idea-move-checking = Начать проверку
idea-move-feasible = Возможно
idea-move-feasible-if = Возможно, если …
idea-move-not-feasible = Невозможно (с причиной)
idea-move-parked = Отложить (с причиной и датой)
idea-move-planning = Начать планирование
idea-move-scheduled = Мероприятие назначено (номер мероприятия)
idea-move-done = Состоялось
idea-move-closed = Закрыть
idea-move-merged = Объединить (с причиной и номером)
idea-move-removed = Удалить (с причиной)
weekday-1 = Понедельник
weekday-2 = Вторник
weekday-3 = Среда
weekday-4 = Четверг
weekday-5 = Пятница
weekday-6 = Суббота
weekday-7 = Воскресенье
day-part-morning = утром
day-part-afternoon = днём
day-part-evening = вечером
day-part-weekend = на выходных
criterion-cost = Расходы
criterion-room = Помещение
criterion-staff-time = Время сотрудников
criterion-youth-protection = Защита несовершеннолетних
criterion-date = Дата
done-title = Вы сказали — мы сделали
done-intro = Что стало с вашими идеями — и почему.
done-none = Пока ни одна идея не получила ответа.
done-count-ideas = { $count ->
    [one] идея
    [few] идеи
    [many] идей
   *[other] идеи
}
done-count-supports = { $count ->
    [one] голос поддержки
    [few] голоса поддержки
    [many] голосов поддержки
   *[other] голоса поддержки
}
done-count-offers = { $count ->
    [one] мероприятие из этих идей
    [few] мероприятия из этих идей
    [many] мероприятий из этих идей
   *[other] мероприятия из этих идей
}
me-ideas-title = Мои идеи
me-ideas-mine = твоя
me-messages-title = Сообщения для тебя
mail-idea-news-subject = Новости о твоей идее: { $state }
mail-idea-news-body = Привет! У твоей идеи «{ $idea }» теперь статус: { $state }.

    Подробнее: { $link }
mail-idea-news-reason-body = Привет! У твоей идеи «{ $idea }» теперь статус: { $state }.

    Почему: { $reason }

    Подробнее: { $link }
co-design-title = Участие и идеи
co-design-queue = На проверку
co-design-queue-empty = Сейчас ни одна идея вас не ждёт.
co-design-overdue = { $count ->
    [one] { $count } идея ждёт ответа дольше, чем обещано
    [few] { $count } идеи ждут ответа дольше, чем обещано
    [many] { $count } идей ждут ответа дольше, чем обещано
   *[other] { $count } идеи ждут ответа дольше, чем обещано
}
co-design-held = Задержано: контактные данные или жалоба
co-design-reports = { $count ->
    [one] { $count } жалоба
    [few] { $count } жалобы
    [many] { $count } жалоб
   *[other] { $count } жалобы
}
co-design-move = Следующий шаг
co-design-criteria = Что мешает
co-design-reason = Причина для молодёжи
co-design-reason-hint = Коротко и дружелюбно. Нужно для «Невозможно», «Отложить», «Объединить» и «Удалить».
co-design-notes = Внутренняя заметка
co-design-notes-hint = Видят только сотрудники.
co-design-revisit = Посмотреть снова
co-design-merge = Объединить с идеей №
co-design-offer = Мероприятие №
co-design-save-move = Сохранить шаг
co-design-paper-supports = Голоса поддержки на бумаге
co-design-add = Добавить
co-design-rounds = Раунды идей
co-design-round-new = Новый раунд идей
co-design-round-create = Создать раунд
co-design-round = Раунд
co-design-pause = Поставить на паузу
co-design-resume = Продолжить
co-design-codes = Коды для присоединения
co-design-codes-intro = Один код для группы или праздника. У кого он есть, тот может участвовать под ником, без электронной почты.
co-design-code-new = Новый код
co-design-code-label = Для какой группы?
co-design-code-label-hint = Например: Mädchengruppe Kalk. На публичных страницах написано «кто-то из группы …».
co-design-code-max = Сколько человек может присоединиться?
co-design-code-until = Действует до
co-design-code-create = Создать код
co-design-code-link = Ссылка для присоединения
co-design-code-ended = завершён
co-design-revoke = Завершить
co-design-joined = Присоединились: { $count } из { $max }
co-design-joined-title = Кто присоединился по этому коду
co-design-error-max = Пожалуйста, укажите число от 1 до 500.
co-design-error-until = Пожалуйста, укажите дату от сегодняшней до года вперёд.
co-design-paper-title = Внести идею с бумаги
co-design-paper-intro = Для идей из воркшопа. Они показываются как «собрано на бумаге».
co-design-paper-save = Внести идею
co-design-flag-saved = Сохранено.
co-design-flag-moved = Сохранено. Молодые люди получат сообщение.
co-design-flag-code-made = Код создан.
co-design-flag-revoked = Код завершён.
co-design-flag-paused = Раунд на паузе.
co-design-flag-resumed = Раунд продолжается.
co-design-flag-not-found = Не получилось. Пожалуйста, обновите страницу.
co-design-flag-paper-saved = Внесено.
register-as-member = Ты регистрируешься как { $name }.
register-as-member-hint = Ты участвуешь по коду: нам не нужны твоё имя и адрес электронной почты. Сообщения о записи ты найдёшь на странице «Мои записи». Если там указан твой адрес, они приходят и на почту. Если тебе 16 лет или меньше, мы спрашиваем твоих родителей: по почте, если там указан их адрес, иначе на бумаге.
round-programme = Относится к программе
round-no-programme = Ни к какой: ящик идей отделения
co-design-qr-label = QR-код, чтобы присоединиться с кодом { $code }
co-design-poster-intro = Отсканируй камерой телефона или введи код: так ты сможешь предлагать и поддерживать идеи.
dashboard-ideas-waiting = { $count ->
    [one] { $count } идея молодёжи ждёт вас
    [few] { $count } идеи молодёжи ждут вас
    [many] { $count } идей молодёжи ждут вас
   *[other] { $count } идеи молодёжи ждут вас
}, из них { $late } дольше, чем обещано.
co-design-keep = Оставить как есть и снова показать (жалоба проверена)
me-address-title = Твой адрес электронной почты (по желанию)
me-address-intro = Treffpunkt можно использовать без электронной почты. Если ты укажешь адрес, твои сообщения (запись, лист ожидания, напоминания, ответы на твои идеи) будут приходить и на почту. Мы сохраним адрес, только когда ты его подтвердишь.
me-address-parent-hint = Тебе 16 лет или меньше, поэтому мы спрашиваем и твою маму, твоего папу или того, кто о тебе заботится. Мы сохраним твой адрес, только если они скажут «да».
me-address-send = Отправить ссылку для подтверждения
me-address-kept = Твои сообщения приходят и на почту:
me-address-remove = Удалить адрес
me-address-waiting = Мы отправили ссылку на { $email }. Открой её, чтобы подтвердить адрес.
me-address-waiting-parent = Адрес { $email } подтверждён. Теперь мы ждём ответа твоих родителей.
me-address-flag-sent = Проверь свою почту и открой ссылку. Она действует 7 дней.
me-address-flag-removed = Твой адрес удалён. Свои сообщения ты и дальше найдёшь здесь.
me-address-confirm-text = { $email } — это твой адрес? Тогда подтверди его здесь.
me-address-confirm = Да, это мой адрес
me-address-done-kept = Спасибо. Теперь твои сообщения приходят и на почту.
me-address-done-parent-asked = Спасибо. Теперь мы спросили твоих родителей. Если они скажут «да», твои сообщения будут приходить и на почту.
contact-parent-done-yes = Спасибо. Адрес сохранён: теперь ваш ребёнок будет получать сообщения и по электронной почте.
contact-parent-done-no = Спасибо за ваш ответ. Мы не сохраняем этот адрес.
me-address-done-taken = Этот адрес уже сохранён у нас с этим именем. Открой «Мои записи» по ссылке, которую мы пришлём на этот адрес.
me-address-done-gone = Эта ссылка больше не действует: её уже использовали, или ей больше 7 дней. Новую ссылку можно запросить на твоей странице «Мои записи».
me-address-confirmed-at = Дата подтверждения
contact-error-parent-same = Пожалуйста, укажи здесь адрес своих родителей, а не свой.
contact-consent-text = Мы используем этот адрес только для сообщений от Treffpunkt и никому его не передаём. Адрес можно удалить здесь в любое время.
contact-parent-title = Адрес электронной почты для вашего ребёнка
contact-parent-question = Ваш ребёнок (у нас под именем «{ $nickname }», { $year } года рождения) участвует в мероприятиях { $site } и хочет получать сообщения от Treffpunkt на { $email }. Вашему ребёнку 16 лет или меньше, поэтому мы спрашиваем вас: можно нам сохранить этот адрес для сообщений?
contact-yes = Да, я даю согласие
contact-no = Нет
mail-contact-address-subject = Treffpunkt: пожалуйста, подтверди свой адрес электронной почты
mail-contact-address-body = Привет!

    Ты хочешь получать сообщения от Treffpunkt и по электронной почте. Открой эту ссылку и подтверди свой адрес (действует 7 дней):

    { $link }

    Если этот запрос не от тебя, ничего делать не нужно. Тогда мы не сохраним этот адрес.
mail-contact-parent-subject = Treffpunkt: может ли { $nickname } получать сообщения по электронной почте?
mail-contact-parent-body = Здравствуйте!

    Ваш ребёнок («{ $nickname }») участвует в мероприятиях { $site } и хочет получать сообщения от Treffpunkt на { $email }. Вашему ребёнку 16 лет или меньше, поэтому мы спрашиваем вас. Здесь вы можете ответить «да» или «нет» (ссылка действует 7 дней):

    { $link }

    Если вы ничего не сделаете, мы не сохраним этот адрес.
consent-purpose-contact-email = Адрес электронной почты для сообщений
own-data-table-contact-requests = Адрес, который ждёт подтверждения
vote-title = Голосование
vote-result-title = Результат голосования
vote-intro = Выбери идеи, которые тебе нравятся больше всего (не больше { $count }). Последний день голосования: { $day }. Сколько голосов у каждой идеи, мы покажем только после этого. Никто не видит, кто что выбрал.
vote-choose = Твой выбор (не больше { $count })
vote-submit = Проголосовать
vote-done = Спасибо, твой голос учтён. Результат ты увидишь здесь после последнего дня: { $day }.
vote-join-first = Чтобы голосовать, присоединись по коду своей группы.
vote-no-options = Пока нет идей для голосования.
vote-flag-voted = Спасибо, твой голос учтён.
vote-flag-already = Твой голос уже учтён. У каждого человека только один голос.
vote-flag-not-confirmed = Голосовать могут те, кого команда подтвердила для группы. Обратись к команде.
vote-flag-closed = Голосование закончилось или ещё не началось.
vote-flag-empty = Пожалуйста, выбери хотя бы одну идею.
vote-flag-too-many = Выбрано слишком много идей. Пожалуйста, выбери меньше.
vote-flag-option = Этой идеи нет в голосовании.
vote-result-intro = { $count ->
    [one] { $count } человек проголосовал.
    [few] { $count } человека проголосовали.
    [many] { $count } человек проголосовали.
   *[other] { $count } человека проголосовали.
}
vote-votes = { $count ->
    [one] { $count } голос
    [few] { $count } голоса
    [many] { $count } голосов
   *[other] { $count } голоса
}
vote-tied = ничья
vote-field-choices = Сколько идей может выбрать каждый человек? (от 1 до 5)
vote-field-last-day = Последний день голосования
vote-open-hint = В голосовании участвуют идеи, которые вы признали возможными. Голосовать могут те, кого вы подтвердили на странице кода. Голосование тайное; результат появится после последнего дня.
vote-open = Открыть голосование
vote-running = Голосование открыто, последний день: { $day }. Бюллетеней: { $count }
vote-error-choices = Пожалуйста, укажите число от 1 до 5.
vote-error-day = Пожалуйста, укажите день начиная с сегодняшнего, не больше чем на год вперёд.
co-design-flag-vote-opened = Голосование открыто.
co-design-flag-confirmed = Сохранено.
co-design-confirm = Подтвердить
co-design-confirm-all = Подтвердить всех
co-design-confirmed = подтверждено
co-design-confirm-intro = Подтвердите, кто действительно входит в группу: голосуют только они. Так с двух телефонов не получится двух голосов.
own-data-table-round-voters = Голосования с твоим участием (без твоего выбора)
round-rules-title = Как проходит этот раунд
co-design-error-paper-count = Пожалуйста, введите число от 1 до 500.
