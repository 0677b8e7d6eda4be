### review: machine-assisted
# Treffpunkt, Turkish. Machine-assisted translation; not yet reviewed by a native speaker.

site-name = Treffpunkt
site-tagline = Gençler için etkinlikler
skip-to-content = İçeriğe geç
nav-home = Tüm etkinlikler

lang-picker-label = Dil
lang-continue = Türkçe devam et
lang-first-label = Dil seçimi
lang-picker-submit = Değiştir

format-date-time = %-d %B %A, %H:%M
format-long-date = %-d %B %A
format-time = %H:%M

home-title = Neler var?
home-programmes = Programlar
home-intro = 12-27 yaş arası gençler için buluşmalar, spor, dil ve şenlikler. Ücretsiz. Sen de gel!
home-empty = Şu anda yeni tarih yok. Lütfen yakında tekrar bak.

offer-kind-group = Grup etkinliği
offer-kind-event = Etkinlik

category-language = Dil
category-sport = Spor
category-culture = Kültür ve sanat
category-education = Okul ve meslek
category-information = Bilgi
category-leisure = Boş zaman
category-festival = Şenlik

offer-when = Ne zaman
offer-where = Nerede
offer-organisers = Düzenleyen
offer-audience = Kimin için
offer-ages = { $min }-{ $max } yaş arası
offer-audience-parents = Veliler
offer-audience-professionals = Uzmanlar
offer-focus-girls = Kızlar ve genç kadınlar için
offer-languages = Konuşulan diller
offer-programme = Bağlı olduğu program
offer-sessions = Tarihler
offer-sessions-more = { $count ->
    [one] ve { $count } tarih daha
   *[other] ve { $count } tarih daha
}
offer-no-sessions = Şu anda planlanmış tarih yok.
offer-capacity = { $count ->
    [one] { $count } yer
   *[other] { $count } yer
}
offer-map-link = Haritada göster (OpenStreetMap)
offer-share = Paylaş
offer-link-copied = Bağlantı kopyalandı

content-in-german = (Almanca)
venue-step-free = Basamaksız giriş
venue-accessible-toilet = Engelli tuvaleti

language-de = Almanca
language-en = İngilizce
language-ar = Arapça
language-uk = Ukraynaca
language-ru = Rusça
language-fa = Farsça (Farsi/Dari)
language-tr = Türkçe
language-fr = Fransızca
language-ku = Kürtçe
language-ti = Tigrinyaca

not-found-title = Sayfa bulunamadı
not-found-text = Bu sayfa yok veya artık yok. Belki etkinlik bitti.
back-home = Tüm etkinlikleri gör
error-title = Bir sorun oldu
error-text = Biraz sonra tekrar denenebilir.

footer-about = Treffpunkt, Gençlik Göç Hizmetleri (JMD) ve ortakları tarafından yürütülür.
footer-privacy = Reklam yok. Takip yok.

# Hesaplar ve giriş
field-email = E-posta adresi
field-password = Şifre
field-new-password = Yeni şifre
field-confirm-password = Şifreyi tekrar girin
field-display-name = Ad
field-role = Rol
field-organisation = Kurum
field-organisation-hint = Ortaklar için: etkinliklerini girdikleri kurum.
password-hint = { $count ->
    [one] En az { $count } karakter.
   *[other] En az { $count } karakter.
}

signin-title = Giriş yap
signin-intro = JMD ve ortaklarının çalışanları için.
signin-submit = Giriş yap
signin-forgot = Şifrenizi mi unuttunuz?
signin-young-people = Kayıtlarını görmek mi istiyorsun?
signin-failed = E-posta adresi veya şifre yanlış.
sign-out = Çıkış yap
too-many-attempts = Çok fazla deneme yapıldı. 15 dakika sonra tekrar denenebilir.
email-invalid = Geçerli bir e-posta adresi gerekli, örneğin name@example.org.
name-missing = Lütfen bir ad girin.
cross-site-refused = Bu istek başka bir web sitesinden geldi ve reddedildi.

reset-title = Şifrenizi sıfırlayın
reset-intro = E-posta adresinizi girin. Size bir bağlantı göndereceğiz. Bu bağlantıyla yeni bir şifre belirlersiniz. Bağlantı bir saat geçerlidir.
reset-submit = Bağlantı gönder
reset-sent = Bu adresle bir hesap varsa, e-posta yolda.
set-password-title = Şifrenizi belirleyin
set-password-submit = Şifreyi kaydet
password-too-short = Şifre çok kısa.
password-mismatch = İki şifre aynı değil.
link-unknown = Bu bağlantı geçerli değil. Yeni bir bağlantı istenebilir.
link-used = Bu bağlantı daha önce kullanıldı. Yeni bir bağlantı istenebilir.
link-expired = Bu bağlantının süresi doldu. Yeni bir bağlantı istenebilir.

staff-home = Genel bakış
staff-nav-label = Çalışan alanı
staff-your-offers = Etkinlikleriniz
staff-users = Hesaplar
staff-audit = İşlem kaydı
forbidden-title = Erişim yok
forbidden-text = Hesabınız bu sayfayı açamaz.

invite-title = Birini davet et
invite-intro = Bu kişi bir e-posta alır. E-postadaki bağlantıyla şifresini belirler. Bağlantı 7 gün geçerlidir.
invite-submit = Davet gönder
invite-sent = Davet yolda.
invite-exists = Bu adres için zaten bir hesap var.
accounts-title = Tüm hesaplar
account-invited = davet edildi, henüz şifre yok
role-admin = Yönetici
role-staff = Çalışan
role-partner = Ortak

audit-when = Ne zaman
audit-who = Kim
audit-what = Ne

edit-offer-title = Etkinliği düzenle
edit-offer-public-page = Herkese açık sayfayı gör

me-title = Kayıtlarım
me-intro = E-posta adresini yaz. Sana kayıtlarını gösteren bir bağlantı göndereceğiz. Şifreye ihtiyacın yok.
me-send-link = Bağlantı gönder
me-link-sent = E-postana bak. Bağlantı 30 dakika geçerli.
me-signed-in-as = Giriş yaptığın adres
me-no-registrations = Henüz hiç kaydın yok.
me-open = Kayıtlarımı aç

mail-reset-subject = Treffpunkt: yeni şifre
mail-reset-body = Merhaba,

    Biri (umarız sizsiniz) Treffpunkt için yeni bir şifre belirlemek istiyor. Bu bağlantıyı bir saat içinde açın:

    { $link }

    Bu isteği siz yapmadıysanız, bir şey yapmanız gerekmiyor.
mail-invite-subject = Treffpunkt'a davet
mail-invite-body = Merhaba { $name },

    { $inviter } sizi { $organisation } adına Treffpunkt platformuna davet etti. Burada gençler için etkinliklerinizi girersiniz. Bu bağlantıyla şifrenizi belirleyin (7 gün geçerli):

    { $link }

    Sonra buradan giriş yapın: { $login }
mail-magic-subject = Treffpunkt: kayıtların
mail-magic-body = Merhaba,

    Bu bağlantı kayıtlarını gösterir (30 dakika geçerli):

    { $link }

    Bu isteği sen yapmadıysan, bir şey yapmana gerek yok.

# Tarihler ve filtreler
agenda-later = Daha sonraki tarihler
agenda-empty = Tarih bulunamadı. Daha az filtre dene.
filter-title = Filtrele ve ara
filter-search = Ara
filter-district = Semt
filter-category = Tür
filter-language = Etkinlikte konuşulan dil
filter-age = Yaşın
filter-from = Başlangıç tarihi
filter-to = Bitiş tarihi
filter-free-places = Sadece boş yeri olanlar
filter-any = Hepsi
filter-submit = Göster
filter-reset = Filtreleri temizle
filter-age-invalid = Lütfen 12 ile 27 arasında bir yaş yaz, örneğin 16.
filter-date-invalid = Lütfen bir tarih yaz, örneğin 2026-12-01.
organisation-intro = Bu kurumun etkinlikleri, ortaklarla birlikte yaptıkları da.

# Etkinlik oluşturma
new-offer-title = Yeni etkinlik
offer-form-has-errors = Lütfen işaretli alanları kontrol edin. Diğer bilgiler silinmedi.
offer-field-title = Başlık (Almanca)
offer-field-description = Açıklama
offer-field-min-age = En küçük yaş
offer-field-max-age = En büyük yaş
offer-field-capacity = Yer sayısı
offer-field-capacity-hint = Sınır yoksa boş bırakın.
offer-field-network-share = Ağ ve saat başına yerlerin en fazla yüzde kaçı
offer-field-network-share-hint = Boş: 50. Okulun kablosuz ağından birlikte kayıt olan bir sınıfın daha fazlasına ihtiyacı var, örneğin 100.
offer-field-first-date = İlk tarih
offer-field-start = Başlangıç
offer-field-end = Bitiş
offer-field-repeat = Tekrar
offer-repeat-once = Bir kez
offer-repeat-weekly = Her hafta
offer-repeat-fortnightly = İki haftada bir
offer-field-count = Tarih sayısı
offer-field-publish = Hemen yayınla
offer-save = Etkinliği kaydet
offer-error-title-missing = Lütfen bir başlık girin.
offer-error-too-long = Bu metin çok uzun.
offer-error-choose = Bir seçenek seçilmeli.
offer-error-ages-youth = Gençler için etkinlikler 12-27 yaş içindir.
offer-error-ages-order = En büyük yaş, en küçük yaştan büyük olmalı.
offer-error-number = Lütfen bir sayı girin.
offer-error-capacity = Lütfen 1 veya daha büyük bir sayı girin ya da alanı boş bırakın.
offer-error-network-share = Lütfen 1 ile 100 arasında bir sayı girin.
offer-error-date = Lütfen bir tarih seçin.
offer-error-time = Lütfen bir saat girin, örneğin 17:00.
offer-error-end-before-start = Bitiş, başlangıçtan sonra olmalı.
offer-error-count = Lütfen 1 ile 52 arasında tarih girin.
offer-error-venue-site = Bu mekân, kurumun birimine ait değil.
edit-offer-status = Durum
offer-status-draft = Taslak (herkese açık değil)
offer-status-published = Yayında
offer-status-cancelled = İptal edildi
offer-publish = Yayınla
offer-cancel = Bu etkinliği iptal et
offer-cancel-explained = İptal ederseniz, etkinlik ve gelecek tüm tarihleri siteden kaldırılır.
offer-repeat-monthly = Her ay (aynı gün, örneğin ayın 2. salısı)
offer-field-except = Buluşma olmayan tarihler
offer-field-except-hint = Örneğin okul tatilleri: 2026-12-29 gibi tarihler, virgülle ayrılmış.
offer-error-except = Lütfen tarihleri şöyle yazın: 2026-12-29, 2027-01-05.
session-cancel = Sadece bu tarihi iptal et
offer-cancelled-notice = Bu etkinlik iptal edildi. Diğer etkinliklere bir bak.

## Etkinlik düzenleme: bilgiler, tarihler, kopyalar
copy-offer-title = Etkinliği kopyala
offer-details = Etkinlik hakkında
offer-duplicate = Yeni etkinlik olarak kopyala
offer-flag-saved = Kaydedildi.
offer-flag-gone = İşlem yapılamadı: etkinlik veya tarih bu arada değişti. Lütfen kontrol edin.
offer-audience-youth = Gençler
offer-field-title-plain = Başlık
offer-field-focus = Özellikle kimin için
offer-focus-choice-everyone = Herkes
offer-focus-choice-girls = Kızlar ve genç kadınlar
offer-field-cohosts = Birlikte düzenleyenler
offer-field-cohosts-hint = Etkinliği sizinle birlikte düzenleyen diğer kurumlar.
offer-field-contact-name = İletişim kişisi
offer-field-contact-email = İletişim kişisinin e-postası
offer-field-contact-phone = İletişim kişisinin telefonu
offer-field-registration = Kayıt
offer-registration-none = Kayıt gerekmez: doğrudan gelinebilir
offer-registration-series = Tüm tarihler için bir kez kayıt
offer-registration-session = Her tarih için ayrı kayıt
offer-field-registration-opens = Kayıt başlangıcı
offer-field-registration-closes = Son kayıt
offer-field-registration-window-hint = Boş bırakırsanız: kayıt hemen açılır ve etkinlik başlayınca kapanır.
offer-programme-none = Program yok
offer-section-what = Ne
offer-section-translations = Diğer dillerde başlık ve açıklama
offer-translations-hint = Gençler metni kendi dillerinde görür, eğer o dilde metin varsa. Yoksa Almanca metni görürler.
offer-section-who = Kim
offer-section-where = Nerede
offer-section-taking-part = Katılım
offer-section-when = Ne zaman
offer-error-capacity-taken = Bundan daha fazla yer zaten dolu. Lütfen en az dolu yer sayısı kadar yer girin.
offer-error-email = Geçerli bir e-posta adresi gerekli, örneğin name@example.org.
offer-error-moment = Lütfen bir tarih ve bir saat seçin.
offer-error-window-order = Kayıt, açıldıktan sonra kapanmalı.
offer-error-window-after-offer = Kayıt, son tarihten önce kapanmalı.
series-retime-title = Gelecek tüm tarihlerin saatini değiştir
series-retime-hint = Gelecek tüm tarihler yeni saati alır. Günler aynı kalır.
series-retime-save = Gelecek tüm tarihleri değiştir
session-move-title = Sadece bu tarihi değiştir
session-move = Tarihi değiştir
session-field-date = Tarih
session-add-title = Bir tarih ekle
session-add = Tarih ekle

## Program düzenleme
staff-programmes = Programlar
programmes-empty = Henüz program yok.
programme-offer-count = { $count ->
    [one] { $count } etkinlik
   *[other] { $count } etkinlik
}
programme-new = Yeni program
programme-edit = Programı düzenle
programme-field-starts = İlk gün
programme-field-ends = Son gün
programme-save = Programı kaydet
programme-error-end-before-start = Son gün, ilk günden sonra olmalı.
programme-error-too-long = Bir program en fazla 120 gün sürer.
programme-offers = Programdaki etkinlikler
programme-offers-none = Programda henüz etkinlik yok.
programme-offers-add = Etkinlik ekle
programme-offer-change = Değiştir
programme-offer-add = Ekle
programme-offer-remove = Çıkar
offer-contact = İletişim
offer-registration-opens-at = Kayıt başlangıcı: { $when }
offer-registration-closes-at = Son kayıt: { $when }
offer-places-full = Tüm yerler dolu. Bekleme listesine yazılabilirsin.
offer-places-free = { $free ->
    [one] { $free } yer boş
   *[other] { $free } yer boş
} (toplam { $count })
field-site = Birim (JMD)

## Kayıt
register-title = Kayıt ol
register-intro = Bu sadece bir dakika sürer. Sadece bu etkinlik için gereken bilgileri soruyoruz.
register-field-first-name = Ad
register-field-email = E-posta adresi (senin veya ailenin)
register-field-birth-year = Doğum yılı
register-field-birth-year-hint = Örneğin 2009
register-field-parent-email = Annenin veya babanın e-posta adresi
register-field-parent-email-hint = Sadece 16 yaşında veya daha küçüksen: ailen bir e-posta alır ve evet ya da hayır der.
register-field-parent-lang = Ailen için dil (onlara giden e-posta için)
register-field-phone = Telefon (isteğe bağlı)
register-field-needs = Bilmemiz gereken bir şey var mı? (isteğe bağlı)
register-field-needs-hint = Örneğin: tekerlekli sandalye, alerji, kız kardeşimi getireceğim.
register-field-gender = Cinsiyet (isteğe bağlı, sadece istatistiğimiz için)
register-gender-none = Belirtilmedi
register-gender-female = kadın
register-gender-male = erkek
register-gender-diverse = diğer
register-field-date = Tarih
register-field-privacy = Gizlilik bilgilendirmesini okudum.
register-privacy-text = Bilgilerini sadece bu etkinlik için saklıyoruz ve son buluşmadan { $months } ay sonra siliyoruz. Bilgilerini sadece etkinliğin ekibi görür. Bilgilerini kimseye vermiyoruz.
register-field-photo = Etkinlikte benim fotoğrafımın çekilmesine izin veriyorum (isteğe bağlı).
register-field-health-consent = Yukarıya yazdıklarımın, sağlığımla ilgili olsa bile, bu etkinlik için ekip tarafından kullanılmasını kabul ediyorum. (Yalnızca yukarıya bir şey yazarsan gerekli. 16 yaşından küçüksen ailene de soruyoruz.)
register-error-health-consent = „Bilmemiz gereken bir şey var mı?“ alanına bir şey yazdın. Lütfen kullanmamıza izin verdiğini işaretle ya da metni sil.
register-submit = Şimdi kayıt ol
register-error-name = Lütfen adını yaz.
register-error-birth-year = Lütfen doğum yılını dört rakamla yaz, örneğin 2009.
register-error-phone = Telefon numarasına sadece rakam, boşluk ve + yaz.
register-error-privacy = Lütfen gizlilik bilgilendirmesini okuduğunu onayla.
register-error-parent-email = 16 yaşında veya daha küçüksün. Lütfen annenin veya babanın e-posta adresini yaz.
register-not-open = Bu etkinlik için kayıt yapılmıyor.
register-drop-in = Kayıt gerekmez: doğrudan gel.
register-not-yet = Kayıt henüz başlamadı.
register-closed = Kayıt bitti.
register-too-young = Bu etkinlik daha büyük yaştakiler için.
register-too-old = Bu etkinlik daha küçük yaştakiler için.
register-already = Bu ad ve bu e-posta adresiyle zaten bir kayıt var. Bağlantıyı bu adrese tekrar gönderdik.
register-link-sent = Teşekkürler! Verilen adrese bir e-posta gönderdik. İçinde sonraki adımlar ve kaydın bağlantısı var.
register-limited = Bu adres için az önce çok fazla kayıt geldi. Lütfen bir saat sonra tekrar dene ya da JMD ekibine sor.
registration-burst = Aynı ağdan az önce çok fazla kayıt geldi. Bu yüzden şimdilik bekleme listesindesin; ekip buna bakacak.
registration-title = Kaydın
# Siblings share a parent's address: the page says whose registration it is.
registration-for = Kayıtlı kişi: { $name }
registration-confirmed = Kaydın tamam.
registration-waitlisted = Bekleme listesindesin. Sıran: { $position }. Bir yer boşalınca sana e-posta gelir.
registration-awaiting-consent = Senin için bir yer ayırdık. Ailene bir e-posta gitti. Ailen evet derse kaydın tamamlanır.
registration-cancelled = Bu kayıt iptal edildi.
registration-cancel = Kaydı iptal et
registration-cancel-hint = Gelemiyor musun? Lütfen kaydını iptal et. Böylece yerini başka biri alır.
registration-keep-link = Bu sayfayı sakla. Bağlantıyı sana e-postayla da gönderdik.
registration-offer-link = Etkinliğe git
consent-title = Veli onayı
consent-intro = { $name } bu etkinliğe katılmak istiyor. { $name } 16 yaşında veya daha küçük olduğu için size soruyoruz.
consent-what = Ne
consent-when = Ne zaman
consent-photos = Etkinlikte fotoğraflar
consent-photos-yes = { $name } fotoğraflara izin verilmesini istiyor.
consent-photos-no = Fotoğraf yok.
consent-photos-parent = Evet, etkinlikte { $name } fotoğraflanabilir (isteğe bağlı).
consent-text = Evet derseniz, { $name } ile ilgili şu bilgileri bu etkinlik için saklamamızı kabul edersiniz: ad, e-posta adresi ve doğum yılı; { $name } belirttiyse telefon, cinsiyet, bilmemiz gerekenler (sağlıkla ilgili olabilir; Evet diyerek bunları yalnızca { $name } iyi katılabilsin diye kullanmamıza açıkça izin verirsiniz). Fotoğraflara yalnızca aşağıdaki kutuyu işaretleyerek izin verirsiniz. Hayır diyebilir ve her onayı daha sonra geri alabilirsiniz. Bu bilgileri son buluşmadan { $months } ay sonra sileriz.
consent-yes = Evet, kabul ediyorum
consent-no = Hayır
consent-done-yes = Teşekkürler. { $name } artık kayıtlı.
consent-done-no = Cevabınız için teşekkürler. Kayıt iptal edildi.
consent-answered = Bu istek zaten cevaplandı veya süresi doldu.

## Mesajlar
mail-confirmed-subject = Kaydın tamam: { $offer }
mail-confirmed-body = Merhaba { $name },

    Bu etkinliğe kayıtlısın: { $offer }
    Ne zaman: { $when }
    Nerede: { $where }

    Kaydını gör veya iptal et: { $link }
    Tüm kayıtların: { $me }

    Görüşmek üzere!
mail-waitlisted-subject = Bekleme listesi: { $offer }
mail-waitlisted-body = Merhaba { $name },

    “{ $offer }” için tüm yerler dolu. Bekleme listesindesin.
    Bir yer boşalınca sana yazacağız.

    Kaydını gör veya iptal et: { $link }
    Tüm kayıtların: { $me }
mail-promoted-subject = Bir yer boşaldı: { $offer }
mail-promoted-body = Merhaba { $name },

    Güzel haber: bir yer boşaldı. Artık bu etkinliğe kayıtlısın: { $offer }
    Ne zaman: { $when }
    Nerede: { $where }

    Gelemiyor musun? Lütfen kaydını iptal et: { $link }
    Tüm kayıtların: { $me }
mail-awaiting-consent-subject = Ailene soruyoruz: { $offer }
mail-awaiting-consent-body = Merhaba { $name },

    Senin için bir yer ayırdık: { $offer }
    Ailene bir e-posta gitti. Ailen evet derse kaydın tamamlanır.

    Kaydın: { $link }
mail-consent-request-subject = Lütfen onay verin: { $name } katılmak istiyor
mail-consent-request-body = Merhaba,

    { $name } bu etkinliğe katılmak istiyor: { $offer }
    Ne zaman: { $when }
    Nerede: { $where }

    { $name } 16 yaşında veya daha küçük olduğu için onayınıza ihtiyacımız var.
    Burada her şeyi görebilir ve evet veya hayır diyebilirsiniz: { $link }

    Bu yer 3 gün boyunca { $name } için ayrılmıştır.
mail-consent-expired-subject = Kaydın geçersiz oldu: { $offer }
mail-consent-expired-body = Merhaba { $name },

    Ailen zamanında cevap vermedi. Bu yüzden “{ $offer }” için kaydın iptal edildi.
    İstersen tekrar kayıt olabilirsin.
mail-cancelled-subject = İptal edildi: { $offer }
mail-cancelled-body = Merhaba { $name },

    “{ $offer }” için kaydın iptal edildi.

    Kaydın: { $link }
    Tüm kayıtların: { $me }
mail-already-subject = Kaydın: { $offer }
mail-already-body = Merhaba { $name },

    Biri senin e-posta adresinle “{ $offer }” için kayıt olmaya çalıştı. Sen zaten kayıtlısın.
    Kaydını gör veya iptal et: { $link }
cancel-note = Kayıtlı kişilere mesaj (isteğe bağlı)
cancel-note-hint = Kayıtlı herkes bir e-posta alır. E-postada sizin metniniz olur, örneğin yeni bir tarih.
session-cancel-confirm = Tarihi iptal et
mail-offer-cancelled-subject = İptal edildi: { $offer }
mail-offer-cancelled-body = Merhaba { $name },

    Maalesef “{ $offer }” iptal edildi. Tüm tarihler iptal.

    { $note }
mail-session-cancelled-subject = Tarih iptal edildi: { $offer }
mail-session-cancelled-body = Merhaba { $name },

    “{ $offer }” için bu tarih iptal edildi: { $when }. Diğer tarihler aynı kalıyor.

    { $note }

## Katılımcılar (çalışanlar)
participants-title = Kayıtlı kişiler
participants-flag-saved = Kaydedildi.
participants-flag-gone = İşlem yapılamadı: kayıt bu arada değişti.
participants-flag-full = Boş yer yok. Yer sayısını artırın veya bir kaydı iptal edin.
participants-flag-message-sent = Mesaj yolda.
participants-flag-message-empty = Lütfen bir konu ve bir metin yazın.
participants-status-confirmed = Kayıtlı
participants-status-awaiting_consent = Veli onayı bekleniyor
participants-status-waitlisted = Bekleme listesi
participants-status-cancelled = İptal edildi
participants-csv = Listeyi tablo olarak indir (CSV)
participants-add = Birinin kaydını yap (örneğin girişte)
participants-add-submit = Kayıt ekle
participants-message = Kayıtlı herkese mesaj
participants-message-subject = Konu
participants-message-body = Metin
participants-message-send = Mesajı gönder
participants-actions = İşlemler
participants-move-up = Şimdi yer ver
participants-cancel = İptal et
participants-cancel-reason = Neden (isteğe bağlı)
participants-registered-at = Kayıt tarihi
participants-flag-consent-saved = İzin kaydedildi.
participants-consent = Velinin izni
participants-consent-link = Bağlantı ile, { $date } tarihinde
participants-consent-paper = Kâğıt üzerinde: { $name }, { $date } tarihinde imzalandı, form { $form }
participants-consent-record = Kâğıt üzerindeki izni kaydet
participants-typed-parent = Formda başka bir veli adresi yazıyordu: { $email }. Bu adrese soru gönderilmedi. Onayı kaydetmeden önce hangisinin doğru olduğunu kontrol edin.
participants-burst = Bir saat içinde aynı ağdan çok sayıda kayıt geldiği için bekleme listesinde. Lütfen kontrol edin, uygunsa kabul edin.
participants-correct = Bilgileri düzelt
participants-field-lang = Mesajların dili
participants-field-parent-lang = Velilerin dili
participants-correct-hint = Ad ve e-posta adresi aynı kalır: kişinin kim olduğunu onlar gösterir. Değişiklik kayda geçer.
participants-correct-submit = Düzeltmeyi kaydet
participants-flag-corrected = Bilgiler düzeltildi.
consent-paper-signed-by = İmzalayan (annenin, babanın veya yasal vasinin adı)
consent-paper-signed-on = İmza tarihi
consent-paper-form = Form (adı veya sürümü)
consent-paper-form-hint = Formda yazdığı gibi, örneğin „Einwilligung JMD 2026-03“.
consent-paper-photos = Form fotoğraflara da izin veriyor.
consent-paper-submit = İzni kaydet
consent-paper-error-signed-by = Lütfen kimin imzaladığını yazın.
consent-paper-error-signed-on = Lütfen imza tarihini yazın: bugün veya son 12 ay içinde.
consent-paper-error-form = Lütfen hangi formun imzalandığını yazın.
answer-yes = evet
answer-no = hayır

## Teslim edilemeyen e-postalar (yöneticiler)
outbox-title = Teslim edilemeyen e-postalar
outbox-intro = Posta sunucusu bu mesajları kabul etmedi. Sorun giderilince (örneğin yanlış bir adres veya yanlış giriş bilgileri) tekrar deneyebilirsiniz.
outbox-none-failed = Tüm mesajlar teslim edildi.
outbox-error = Hata
outbox-attempts = { $count ->
    [one] { $count } deneme
   *[other] { $count } deneme
}
outbox-retry = Tekrar gönder
outbox-retried = Mesaj birazdan tekrar gönderilecek.

## Takvim
calendar-add = Takvime ekle
calendar-subscribe = Takvime abone ol
calendar-alarm = 2 saat sonra başlıyor.
mail-date-changed-subject = Yeni saat: { $offer }
mail-date-changed-body = Merhaba { $name },

    “{ $offer }” için bir tarihin saati değişti. Bu e-postayla takvimin yeni saati alır.
    Nerede: { $where }

    Kaydın: { $link }
mail-reminder-day-subject = Yarın: { $offer }
mail-reminder-day-body = Merhaba { $name },

    Yarın başlıyor: { $offer }
    Ne zaman: { $when }
    Nerede: { $where }

    Gelemiyor musun? Lütfen kaydını iptal et: { $link }
mail-reminder-hours-subject = Birazdan: { $offer }
mail-reminder-hours-body = Merhaba { $name },

    İki saat sonra başlıyor: { $offer }
    Ne zaman: { $when }
    Nerede: { $where }

    Gelemiyor musun? Lütfen kaydını iptal et: { $link }
offer-field-remind-day = Her tarihten bir gün önce e-postayla hatırlatma
offer-field-remind-hours = Her tarihten iki saat önce e-postayla hatırlatma
me-feed-title = Tarihlerin takviminde
me-feed-intro = Bu bağlantıyla telefonunun takvimi tüm tarihlerini gösterir. Bir saat değişirse takvim de değişir. Bağlantıyı kimseyle paylaşma.
me-feed-new = Yeni takvim bağlantısı oluştur

## Site ayarları (çalışanlar)
site-mail-title = E-postaların göndereni
site-mail-intro = Katılımcılar bu adı gelen kutularında görür. Bir mesaja cevap verirlerse, cevap yanıt adresine gider. Bir alanı boş bırakırsanız, bu Treffpunkt sunucusunun varsayılan ayarı kullanılır.
site-mail-from-name = Gönderen adı
site-mail-from-name-hint = Örneğin: JMD Köln
site-mail-from-address = Gönderen adresi
site-mail-from-address-hint = Sadece posta sunucunuzun gönderim yapabildiği bir adres. BT ekibinize sorun.
site-mail-reply-to = Yanıt adresi
site-mail-reply-to-hint = Örneğin ekibinizin gelen kutusu: jmd@example.org
site-mail-save = Kaydet
site-mail-error-name = Lütfen en fazla 80 karakterlik bir ad yazın, tek satırda.

## Erişilebilirlik beyanı ve çeviri notu
translation-note = Bu sayfa bir makine yardımıyla çevrildi. Bu dili anadili olarak konuşan biri henüz kontrol etmedi.
translation-note-link = Birlikte daha iyi hale getirelim
accessibility-title = Erişilebilirlik beyanı
accessibility-scope = Bu beyan, { $url } adresindeki Treffpunkt web sitesi içindir.
accessibility-status-heading = Bu web sitesi ne kadar erişilebilir?
accessibility-status = Bu web sitesi kısmen erişilebilir. BITV 2.0 ve WCAG 2.1 AA seviyesinin kurallarına uyar. Ama aşağıdaki eksikler var.
accessibility-gaps-heading = Henüz erişilebilir olmayan ne var?
accessibility-gap-translations = Arapça, Ukraynaca, Farsça, Türkçe ve Rusça metinler bir makine yardımıyla yazıldı. Bu dilleri anadili olarak konuşan kişiler onları henüz kontrol etmedi.
accessibility-gap-tables = Çalışanlar için bazı tablolar geniş. Küçük bir ekranda onları yana kaydırırsın.
accessibility-method-heading = Bunu nasıl kontrol ettik?
accessibility-method = Web sitesini { $date } tarihinde kendimiz kontrol ettik: her dilde her sayfada otomatik testler (axe), sadece klavye ile testler ve küçük bir telefon ekranında testler yaptık.
accessibility-feedback-heading = Engelleri bize bildir
accessibility-feedback = Bir şey senin için çalışmıyor mu? Bir şeyi okumak veya kullanmak zor mu? Lütfen bize yaz. Sana iki hafta içinde cevap veririz.
accessibility-enforcement-heading = Cevabımızdan memnun değilsen
accessibility-enforcement = Engellilerin Eşitliği Yasası'na göre çalışan arabuluculuk bürosuna başvurabilirsin (Schlichtungsstelle nach dem Behindertengleichstellungsgesetz). Bu ücretsizdir.

## Çevrimdışı
offline-title = Çevrimdışısın
offline-text = Şu anda internet bağlantısı yok. Bir form gönderdiysen, form gitmedi. Yazdıkların kaybolmadı. Tekrar çevrimiçi olunca formu yeniden gönder.
offline-own-registrations = Kayıtlarım (bu telefonda saklanıyor)

## Requests that cannot be read
unreadable-title = Olmadı
unreadable-text = Bu isteği okuyamıyoruz. Geri dönüp tekrar denenebilir.

# The person's own corrections on their registration page
registration-details = Bilgilerimi değiştir
registration-details-hint = Ad ve e-posta adresi aynı kalır: kim olduğunu onlar gösterir. Diğer her şeyi ekip senin için değiştirir.
registration-details-saved = Bilgilerin kaydedildi.
registration-parent-on-file = Ebeveynlerine gönderilen istekler { $email } adresine gider. Bu adresi yalnızca ekip değiştirir.
registration-parent-hint = Yalnızca henüz 16 yaşında değilsen gerekli.
own-correction-ask-staff = Bu yılı yalnızca ekip girebilir, çünkü o zaman ebeveynlerine artık sorulmaz. Lütfen ekiple konuş.

# Site set-up: sites, partners, venues
form-error-missing = Lütfen bu alanı doldurun.
site-error-slug = Lütfen yalnızca harf, rakam ve tire kullanın, en fazla 40 karakter.
site-error-slug-taken = Bu adres başka bir birimde kullanılıyor. Lütfen başka bir adres seçin.
site-error-time-zone = Bu saat dilimini tanımıyoruz. Lütfen kıta/şehir biçiminde yazın, örneğin Europe/Berlin.
site-error-districts = Lütfen en fazla 100 semt yazın, her biri ayrı satırda ve en fazla 60 karakter.
organisation-error-website = Lütfen https:// ile başlayan bir web adresi girin.
venue-error-no-districts = Biriminizin henüz semtleri yok. Önce birim ayarlarında ekleyin.
organisation-contact = İletişim
organisation-kind-jmd = Gençlik Göç Hizmeti
organisation-kind-school = Okul
organisation-kind-youth_centre = Gençlik merkezi
organisation-kind-migrant_org = Göçmen örgütü
organisation-kind-sports_club = Spor kulübü
organisation-kind-jobcenter = Jobcenter
organisation-kind-municipal = Belediye uyum merkezi
organisation-kind-church = Kilise
organisation-kind-welfare = Sosyal yardım kuruluşu
organisation-kind-employer = İşveren
organisation-kind-culture = Kültür ve eğitim
organisation-kind-other = Diğer
site-settings-title = Birim
site-public-page = Herkese açık sayfayı gör
site-new-title = Yeni birim
site-new-intro = Birim, kendi adresi, ekibi ve etkinlikleri olan bir gençlik göç hizmetidir. Ardından ortakları ve mekânları ekler, ekibi davet edersiniz.
site-field-state-choose = Lütfen seçin
site-field-slug = Sayfanın adresi
site-field-slug-hint = /sites/… adresinin son kısmı, örneğin koeln. Boş bırakılırsa şehirden oluşturulur. Sonra değişmez.
site-section-public = Herkes için
site-field-name = Ad
site-field-name-hint = Birimin her sayfadaki adı, örneğin JMD Köln.
site-field-city = Şehir
venue-field-street = Sokak ve numara
venue-field-postal-code = Posta kodu
site-field-phone = Telefon
site-field-opening-hours = Çalışma saatleri
site-field-opening-hours-hint = Her gün için bir satır, örneğin: Mo–Do 9–16 Uhr
site-field-description = Kısa açıklama (Almanca)
site-section-carrier = Yürüten kurum (künye için)
site-section-carrier-hint = Gençlik göç hizmetini yürüten kuruluş ve posta adresi.
site-field-carrier = Yürüten kurumun adı
site-field-carrier-address = Yürüten kurumun posta adresi
site-section-planning = Planlama
site-field-state = Eyalet
site-field-state-hint = Okul tatilleri ve resmî tatiller buna göre belirlenir.
site-field-districts = Semtler
site-field-districts-hint = Her satıra bir semt. Mekânlar bunlardan birindedir; filtreler bunları gösterir.
site-field-time-zone = Saat dilimi
site-field-time-zone-hint = Almanya'da Europe/Berlin. Birimin tüm saatleri bu dilimdedir.
site-create = Birimi oluştur
network-organisations = Ortaklar
network-venues = Mekânlar
network-organisation-new = Yeni ortak
network-venue-new = Yeni mekân
network-organisations-none = Henüz ortak yok.
network-venues-none = Henüz mekân yok.
organisation-field-kind = Tür
network-archived = arşivlendi
network-edit = Düzenle
network-archive = Arşivle
network-archive-hint = Geçmiş etkinlikler olduğu gibi kalır. Yeni etkinlikler için artık sunulmaz.
network-restore = Arşivden çıkar
network-restore-hint = Arşivde. Arşivden çıkarılınca yeni etkinlikler için yeniden seçilebilir.
network-public-page = Herkese açık sayfayı gör
organisation-field-website = Web sitesi
organisation-field-website-hint = Başında https:// olacak şekilde.
organisation-field-contact-hint = Ofisin telefonu, e-postası veya adresi; özel bilgi yok.
venue-map-link = OpenStreetMap'te gör
venue-field-name-hint = Gençlerin yeri bulacağı ad, örneğin Jugendzentrum Kalk, oda 2.
venue-field-transit = Otobüs ve trenle ulaşım
venue-field-transit-hint = Örneğin: 1 numaralı hat ile Kalk Post'a, sonra 3 dakika yürüyüş.
venue-section-access = Erişilebilirlik
venue-hearing-loop = İndüksiyon döngüsü (işitme cihazları için)
venue-field-notes = Erişim notları
setup-title = Eksik olanlar
setup-details = Birimin adresini, yürüten kurumunu, eyaletini ve semtlerini girin
setup-no-venue = Henüz mekân yok: bir tane ekleyin.
setup-no-venue-partner = Henüz mekân yok. Birimin ekibi önerinizi onaylar.
setup-no-partner = Henüz ortak kuruluş yok: okulları, gençlik merkezlerini, dernekleri ekleyin
setup-no-staff = Henüz ekip üyesi yok: ekibi davet edin.
setup-no-offer = Henüz etkinlik yok: ilk etkinliği oluşturun
setup-no-site = Henüz birim yok.
sites-title = Yakınındaki gençlik göç hizmetleri
sites-intro = Burada danışmanlık alır, grupları ve etkinlikleri bulursun. Uğra ya da bize yaz.
site-carrier-label = Yürüten kurum
home-site-choice = Birim seç
home-all-sites = Tüm birimler
translations-description-only = Diğer dillerde açıklama

# Days off: public holidays, school holidays, closing days
holiday-new-year = Yılbaşı
holiday-good-friday = Kutsal Cuma
holiday-easter-sunday = Paskalya Pazarı
holiday-easter-monday = Paskalya Pazartesisi
holiday-labour-day = İşçi Bayramı
holiday-ascension = İsa'nın Göğe Yükselişi
holiday-whit-sunday = Pentekost Pazarı
holiday-whit-monday = Pentekost Pazartesisi
holiday-german-unity = Alman Birlik Günü
holiday-christmas = Noel
holiday-boxing-day = Noel'in ikinci günü
holiday-epiphany = Epifani
holiday-womens-day = Dünya Kadınlar Günü
holiday-corpus-christi = Kutsal Beden Bayramı
holiday-assumption = Meryem'in Göğe Kabulü
holiday-childrens-day = Dünya Çocuk Günü
holiday-reformation-day = Reform Günü
holiday-all-saints = Azizler Günü
holiday-repentance-day = Tövbe ve Dua Günü
offer-field-skip-days-off = Resmî tatilleri, okul tatillerini ve kapalı günleri atla
offer-field-skip-days-off-hint = Eyalet takvimine ve birimin kapalı günlerine göre. Atlanan günler tarih sayısına dahildir.
offer-no-session = { $date } tarihinde buluşma yok: { $reason }
site-closing-days = Kapalı günler
site-closing-days-hint = Birimin kapalı olduğu günler, örneğin köprü günleri veya ekip günleri. Treffpunkt eyaletin resmî ve okul tatillerini zaten bilir.
site-closing-day-date = Gün
site-closing-day-reason = Neden
site-closing-day-add = Kapalı gün ekle
site-closing-day-remove = Kaldır
site-closing-days-none = Henüz kapalı gün yok.
closing-day-error-date = Lütfen bugünden itibaren, en fazla üç yıl sonrası için bir gün seçin.
closing-day-error-reason = Lütfen kısa bir neden yazın, en fazla 80 karakter.
school-holidays-autumn = sonbahar tatili
school-holidays-christmas = Noel tatili
school-holidays-winter = kış tatili
school-holidays-easter = Paskalya tatili
school-holidays-whitsun = Pentekost tatili
school-holidays-summer = yaz tatili
school-holidays-other = okul yok
network-proposed = önerildi
network-confirm = Onayla
venue-propose-title = Mekân öner
venue-propose-intro = Birimin ekibi mekânı kontrol eder. Sonra etkinlikler için seçebilirsiniz.
venue-propose-link = Mekân yok mu? Bir tane önerin.
venue-proposed-flash = Teşekkürler! Birimin ekibi mekânı kontrol ediyor, sonra seçebilirsiniz.
setup-venue-proposals = Önerilen mekânlar onay bekliyor

# Offers as staff describe them: cost, what to bring, meeting point, several days
offer-field-cost = Ücret (Euro)
offer-field-cost-hint = Ücretsizse boş bırakın. Örneğin 5 veya 12,50. Gençler destek isteyebileceklerini okur.
offer-error-cost = Lütfen 5 veya 12,50 gibi bir tutar girin, en fazla 1000 Euro.
offer-cost = Ücret
offer-cost-free = Ücretsiz
offer-cost-amount = { $euros },{ $cents } Euro
offer-cost-support = Senin için fazla mı? Bize destek hakkında sor.
offer-field-bring = Yanında getir
offer-field-bring-hint = Örneğin: spor ayakkabı, su şişesi.
offer-bring = Yanına al
offer-field-meeting-point = Buluşma noktası
offer-field-meeting-point-hint = Yalnızca mekânın kendisinde buluşmuyorsanız, örneğin: Ana tren istasyonu ana giriş.
offer-meeting-point = Buluşma yeri
offer-field-end-date = Son gün
offer-field-end-date-hint = Yalnızca birkaç gün süren tek bir tarih için, örneğin cumadan pazara bir gezi. Bitiş saati son gündedir.
offer-error-end-date = Son gün ilk gün ya da sonrasıdır, en fazla 14 gün sonra.
offer-error-end-date-series = Birkaç gün süren tarihler tekrarlanamaz.
offer-field-visibility = Etkinliği kim bulur
offer-field-visibility-hint = Ağ toplantılarını ve çalışma gruplarını yalnızca ekip ve ortaklar görür. Davet bağlantısıyla: yalnızca bağlantıya sahip olanlar.
offer-visibility-public = Herkes (herkese açık)
offer-visibility-partners = Yalnızca ekip ve ortaklar
offer-visibility-invited = Yalnızca davet bağlantısıyla
offer-invitation-link = Paylaşmak için davet bağlantısı:
agenda-from-time = { $time } itibarıyla
agenda-until-time = { $time } saatine kadar
agenda-all-day = tüm gün

# Trips with a night away
offer-field-overnight = Konaklamalı (gezi, kamp)
offer-field-overnight-hint = Kayıt formu o zaman bir acil durum kişisi sorar. 18 yaşından küçük herkes için ebeveynlerin imzalı onay formu katılımcı listesine işlenir.
offer-overnight = Konaklama
offer-overnight-text = Geceyi dışarıda geçiriyoruz. Kayıtta bir acil durum kişisi soruyoruz. 18 yaşından küçüksen ebeveynlerinin kâğıt üzerinde onayı gerekir: formu bizden alırsın.
register-field-emergency-contact = Acil durum kişisi
register-field-emergency-contact-hint = Gezi sırasında arayabileceğimiz bir kişinin adı ve telefon numarası.
register-error-emergency-contact = Lütfen acil durumlar için bir ad ve telefon numarası yaz.
registration-trip-consent = Bu gezi için ebeveynlerinin kâğıt üzerinde onayına ihtiyacımız var. İmzalı formu en geç yola çıkarken getir; formu bizden alırsın.
participants-trip-consent-paper = Gezi: { $name } tarafından kâğıt üzerinde onay, imza tarihi { $date }, form { $form }
participants-trip-consent-missing = Gezi: ebeveynlerin kâğıt üzerindeki onayı henüz yok
participants-trip-consent-record = Gezi onayını işle
participants-photo-consent-record = Ailenin fotoğraf onayını işle
participants-needs-wait-parent = Ailenin onayından sonra görünür (sağlıkla ilgili olabilir)
participants-photos-allowed = Fotoğraf: izin var
participants-photos-refused = Fotoğraf: izin yok
participants-photos-parent-missing = Fotoğraf: ailenin onayı henüz yok
staff-done-created = Birim oluşturuldu. Aşağıdaki liste hâlâ eksik olanları gösteriyor.
staff-done-welcome = Şifreniz kaydedildi. Treffpunkt’a hoş geldiniz!

# Retention
site-section-privacy = Veri koruma: verileri ne kadar saklıyoruz
site-section-privacy-hint = Bundan sonra Treffpunkt verileri günde bir kez kendiliğinden siler. Gizlilik notları bu süreleri belirtir.
site-field-keep-months = Kayıtlar: son buluşmadan sonra kaç ay
site-field-keep-months-hint = 1 ile 36 arası; boş: 6.
site-field-keep-days = Gönderilen mesajlar: gün
site-field-keep-days-hint = 1 ile 365 arası; boş: 30.
site-error-period = Lütfen belirtilen aralıkta bir tam sayı yazın.

# My data
own-data-title = Verilerim
own-data-intro = Burada senin hakkında sakladığımız her şeyi görürsün. İndirebilir, fotoğraf onayını geri alabilir veya her şeyi silebilirsin.
own-data-of = Veriler: { $name }
own-data-what = Sakladıklarımız, kayıtlı olduğu gibi. Mesajları kısa süre, kayıtları son buluşmadan birkaç ay sonrasına kadar saklıyoruz.
own-data-download = Her şeyi indir (JSON)
own-data-photos-text = Fotoğraflara izin verdin. Bunu istediğin zaman geri alabilirsin.
own-data-photos-withdraw = Artık fotoğraf yok
own-data-delete-title = Her şeyi sil
own-data-delete-warning = Bu, { $name } hakkındaki her şeyi siler. Devam eden kayıtlar iptal edilir: yerler bekleme listesindeki sıradakilere geçer. Bu geri alınamaz.
own-data-delete-confirm = Evet, her şeyi sil
own-data-delete = Kalıcı olarak sil
own-data-delete-all-warning = Buradaki herkesi sil: { $names }. Devam eden kayıtlar iptal edilir, yerler bekleme listesindeki sıradakilere geçer. Bu geri alınamaz.
own-data-delete-all = Herkesi kalıcı olarak sil
own-data-deleted = Silindi. Bu kişi hakkında artık hiçbir şey saklamıyoruz.
own-data-flag-photos-withdrawn = Tamam: artık fotoğraf yok.
own-data-flag-confirm-missing = Gerçekten her şeyi silmek istiyorsan lütfen “Evet, her şeyi sil” kutusunu işaretle.
own-data-table-participants = Kişi hakkında
own-data-table-registrations = Kayıtlar
own-data-table-reminders-sent = Hatırlatmalar
own-data-table-calendar-feeds = Takvim aboneliği
own-data-table-outbox = Bu adrese mesajlar

# People (requests about personal data)
people-title = Kişiler
people-intro = Telefonla veya yüz yüze gelen talepler için: ne sakladığımızı öğrenmek ya da silinmek isteyenler. Bir kişinin verilerine her bakış kayda geçer.
people-search = E-posta adresi veya ad
people-search-hint = Adresin tamamı (ebeveynlerinki de) veya adın başı.
people-search-submit = Ara
people-none = Kimse bulunamadı.
people-registrations = { $count } kayıt

# Legal pages
legal-privacy = Gizlilik bildirimi
legal-imprint = Künye (Impressum)
legal-choose-site = Hangi birim için?
legal-controller-title = Kim sorumlu?
legal-controller-text = { $site } için sorumlu olan kurum:
legal-dpo = Veri koruma görevlisi:
legal-dpo-none = Gizlilikle ilgili sorular için:
legal-what-title = Neyi, neden ve ne kadar saklıyoruz
legal-what-registration = Kayıt olduğunda: ad, e-posta adresi, doğum yılı ve dil; isteğe bağlı olarak telefon, cinsiyet, bilmemiz gerekenler ve fotoğrafa izin olup olmadığı; geceli gezilerde bir acil durum kişisi. Neden: etkinliğe katılabilmen için (kamu görevi olarak gençlik çalışması, GDPR md. 6(1)(e)). Ne kadar: son buluşmadan { $months } ay sonrasına kadar.
legal-what-parents = 16 yaşında veya daha küçüksen: ebeveynlerinin e-posta adresi ve dili, onay verip vermedikleri ve ne zaman verdikleri (rıza, GDPR md. 6(1)(a)). Sağlığın hakkında bize yazdıklarını yalnızca iyi katılabilmen için ve yalnızca rızayla kullanırız (GDPR md. 9(2)(a)). Ne kadar: kayıt kadar.
legal-what-consents = Fotoğraf yalnızca izinle: 18 yaşından küçüksen ailenin de iznine, 14 yaşından itibaren her zaman senin de iznine ihtiyacımız var. Sağlığın hakkında bilmemiz gerekenleri yalnızca senin açık rızanla, 16 yaşın altında ailenin rızasıyla kullanırız (GDPR md. 9(2)(a)). Her onayı, metninin sürümü ve diliyle birlikte, kayıt saklandığı sürece saklarız.
legal-what-audit = Bir fon veren katılımcı listesini denetlemek zorundaysa (harcama belgesi), listeyi denetim bitene kadar, en fazla on yıl saklarız (GDPR md. 6(1)(c)). Bu sürede silinmesini istersen bilgilerini kısıtlarız: artık kimse kullanmaz ve denetim biter bitmez sileriz (GDPR md. 17(3)(b) ve md. 18).
legal-what-figures = Silmeden önce, her ay, etkinlik, alan, semt, cinsiyet ve yaş grubu için kaç kayıt olduğunu isimsiz sayarız. Bu rakamları raporlar için saklarız; 5'ten küçük sayıları asla paylaşmayız.
legal-what-messages = Sana gönderdiğimiz mesajlar (onaylar, hatırlatmalar, bağlantılar): { $days } gün. Kötüye kullanıma karşı adreslerin ve ağların şifreli sayaçları en fazla bir gün, ekipte kimin neyi değiştirdiğinin kaydı iki yıl (meşru menfaat, GDPR md. 6(1)(f)).
legal-who-title = Verileri kim görür
legal-who-text = Yalnızca { $site } ekibi ve etkinliği yürüten ortak kuruluş. Hiçbir şeyi başkasına vermeyiz ve satmayız.
legal-processors = Bizim adımıza çalışan teknik hizmet sağlayıcılar:
legal-none-text = Reklam yok, takip yok. Çerezler yalnızca dil, birim ve giriş için. Sayfalar başka sunuculardan hiçbir şey yüklemez.
legal-rights-title = Hakların
legal-rights-text = Ne sakladığımızı istediğin zaman görebilir, indirebilir, düzelttirebilir ve silebilirsin: “Kayıtlarım” altında e-posta adresine gelen bir bağlantıyla ya da ekipte. Bir onayı istediğin zaman geri alabilirsin. Eyaletinin veri koruma otoritesine şikâyette bulunabilirsin.
legal-imprint-text = § 5 DDG uyarınca bilgiler. { $site } için bu sayfaların sağlayıcısı:
legal-contact = İletişim
site-field-privacy-contact = Veri koruma görevlisi (ad ve iletişim)
site-field-processors = Teknik hizmet sağlayıcılar (işleyenler)
site-field-processors-hint = Örneğin: barındırma …, e-posta gönderimi … Gizlilik bildiriminde böyle görünür.

# Consent records
own-data-table-consents = Onaylar
consent-field-purpose = Ne için
consent-field-given-by = Kim tarafından
consent-field-method = Nasıl
consent-field-given-at = Ne zaman
consent-field-withdrawn-at = Geri alındı
consent-field-text-version = Metin sürümü
consent-purpose-privacy-notice = Gizlilik notu okundu
consent-purpose-parent = Ebeveyn onayı
consent-purpose-photos = Fotoğraflar
consent-purpose-trip-paper = Gezi: kâğıt üzerinde onay
consent-purpose-health-needs = Sağlıkla ilgili olabilecek bilgiler
consent-given-by-self = kendisi
consent-given-by-parent = ebeveynler
consent-given-by-staff = ekip
consent-method-online = çevrim içi
consent-method-paper = kâğıt üzerinde
consent-method-in-person = yüz yüze

# Privacy in operation (admins)
privacy-admin-title = İşleyişte veri koruma
privacy-admin-next-run = Bir sonraki günlük çalışma şunları siler:
privacy-admin-record = İşleme faaliyetleri kaydı (GDPR md. 30)
privacy-admin-record-hint = Koddaki kayıttan: kişisel veri içeren her sütun, kendi sözcükleriyle (İngilizce).
privacy-admin-record-csv = Tablo olarak indir
hold-title = Denetim için sakla
hold-intro = Son buluşmadan sonra, birimin belirlediği süre dolunca kayıtları sileriz. Bir fon veren listeyi daha sonra denetlemek isterse (harcama belgesi), listeyi denetim bitene kadar saklayın. Bu sürede silinmek isteyenlerin verileri silinmek yerine kısıtlanır.
hold-reason = Hangi denetim?
hold-reason-hint = Örneğin „KJP 2026 harcama belgesi“. Lütfen isim yazmayın.
hold-until = Şu tarihe kadar sakla
hold-until-hint = Listenin gerektiği son gün; en fazla on yıl.
hold-submit = Listeyi sakla
hold-active = Bu liste { $date } dahil saklanıyor: { $reason }. Sonra günlük çalışma, süresi geçenleri siler.
hold-end = Saklamayı şimdi bitir
hold-error-reason = Lütfen listenin hangi denetim için saklandığını yazın.
hold-error-until = Lütfen bugünden sonraki bir gün girin, en fazla on yıl sonrası.
participants-flag-held = Kaydedildi. Liste denetim için saklanıyor.
participants-flag-hold-ended = Listeyi denetim için saklama bitti.
participants-status-restricted = Kısıtlandı (silinmesi istendi, denetim için saklanıyor)
own-data-restricted = Silindi; yalnızca listesini bir fon verenin hâlâ denetleyebileceği kayıtlar hariç. Bunlar kısıtlandı: artık kimse kullanmıyor ve denetim biter bitmez silinecekler.
privacy-admin-holds = Denetim için saklanan listeler
privacy-admin-no-holds = Şu anda denetim için saklanan liste yok.
privacy-admin-figures = Anonim rakamlar
privacy-admin-figures-hint = Bir yılın onaylanmış kayıtları alana, yaş grubuna ve cinsiyete göre, fon verenlere raporlar için. 5'ten küçük sayılar ve bunların hesaplanamaması için gereken diğerleri „x“ olarak görünür.
privacy-admin-figures-year = { $year } rakamları (CSV)
figures-site = Birim
figures-year = Yıl
figures-by-age = Alana ve yaş grubuna göre kayıtlar
figures-by-gender = Alana ve cinsiyete göre kayıtlar
figures-area = Alan
figures-total = Toplam
figures-hidden = x: gizli (5'ten az ya da küçük bir sayı hesaplanamasın diye)
figures-age-under-12 = 12 yaş altı
figures-age-12-15 = 12–15
figures-age-16-17 = 16–17
figures-age-18-21 = 18–21
figures-age-22-27 = 22–27
figures-age-older = 27 yaşından büyük
figures-age-unknown = bilinmiyor
privacy-col-data = Veri
privacy-col-purpose = Amaç
privacy-col-basis = Hukuki dayanak
privacy-col-keep = Saklama
privacy-count-registrations = Kayıtlar
privacy-count-participants = Kaydı olmayan kişiler
privacy-count-messages = Mesajlar
privacy-count-expired = Süresi dolmuş bağlantılar, oturumlar, taslaklar
privacy-count-audit = İşlem kaydı girdileri (iki yıldan eski)
privacy-count-feeds = Kişisi olmayan takvim abonelikleri

# Katılım: kodla katılma, fikirler, destek, ekip kontrolü, “Siz söylediniz – biz yaptık”
join-title = Kodla katıl
join-intro = Grubundan veya bir şenlikten kod mu aldın? Bu kodla fikir önerebilir ve fikirleri destekleyebilirsin. E-posta adresine gerek yok.
join-invitation = Katıldığın grup: { $group } ({ $site }).
join-field-code = Kod
join-field-nickname = Takma ad
join-nickname-hint = Onu sadece çalışanlar görür. Lütfen telefon numarası ve sosyal medya adı yazma.
join-field-lang = Sana hangi dilde yazalım?
join-privacy = Takma adını, doğum yılını, dilini ve fikirlerini saklıyoruz. Adın hiçbir zaman herkese açık görünmez, sadece grubun görünür.
join-submit = Katıl
join-again-title = Zaten katıldın mı? Dönüş kodunla geri gel
join-field-reentry = Dönüş kodu
join-again-submit = Geri gel
join-error-code = Kod 8 karakterden oluşur, örneğin KALK-7Q3M.
join-error-code-not-valid = Bu kodla şu anda katılınamıyor. Lütfen kodu sana veren kişiye sor.
join-error-nickname-contact = Lütfen takma adına telefon numarası, e-posta veya sosyal medya adı yazma.
join-error-age = 10 ile 30 yaş arasındaki gençler katılabilir. Lütfen doğum yılını kontrol et.
join-flag-limited = Çok fazla deneme yapıldı. Lütfen 15 dakika sonra tekrar dene.
join-flag-unknown = Bu dönüş kodunu tanımıyoruz. Lütfen kodu tekrar kontrol et.
join-flag-not-valid = Bu kodla şu anda katılınamıyor.
join-welcome-title = Hoş geldin!
join-reentry-intro = Bu senin dönüş kodun. Onu sadece bu bir kez gösteriyoruz:
join-reentry-hint = Fotoğrafını çek veya bir yere yaz. Bu kodla başka bir telefonda da fikirlerine geri dönersin.
join-welcome-offers = Etkinliklere git
ideas-title = Fikirler
ideas-title-site = Fikirler: { $site }
ideas-intro = Neler olsun? Bir fikir öner, başka fikirleri destekle ve onlardan ne çıktığını gör.
ideas-join-hint = Katılmak için grubundan bir kod alman gerekir.
ideas-rounds = Ne için fikir topluyoruz
ideas-no-rounds = Şu anda fikir toplamıyoruz.
ideas-list = Fikirler
ideas-none = Henüz fikir yok. İlk fikir seninki olabilir!
ideas-more = Diğer fikirler
ideas-flag-sent = Teşekkürler! Fikrin artık görünüyor.
ideas-flag-held = Teşekkürler! Bir çalışan fikrine kısaca bakacak, sonra fikrin görünecek.
ideas-flag-supported = Kaydedildi.
ideas-flag-limited = Çok fazla deneme yapıldı. Lütfen daha sonra tekrar dene.
ideas-flag-closed = Bu tur şu anda fikir kabul etmiyor.
ideas-flag-reported = Teşekkürler. Buna bakacağız.
ideas-flag-not-now = Bu fikir için bu şu anda mümkün değil.
ideas-flag-withdrawn = Fikrin geri çekildi.
round-decidable = Neye karar verebilirsiniz
round-budget = Para
round-deciders = Kim karar veriyor
round-until = Fikirler için son tarih
round-paused = Ara verildi (tatil)
round-always-open = her zaman açık
round-question = Soru
round-question-hint = Örneğin: Sommerfest Chorweiler'da neler olsun?
round-closes-on = Fikirler için son gün
round-closes-hint = Her zaman açık bir fikir kutusu için boş bırakın.
round-response-days = Gençlere cevap süresi (gün)
round-post-moderated = Fikirleri hemen göster ve sonra kontrol et (sadece 16 yaş ve üstü turlar için). İletişim bilgisi içeren metinler her zaman önce kontrol edilir.
round-error-closes = Lütfen bugünden itibaren bir tarih seçin.
round-error-response-days = Lütfen 1 ile 90 arasında bir sayı girin.
round-phase-open = açık
round-phase-paused = ara verildi
round-phase-closed = bitti
idea-new = Fikir öner
idea-field-what = Fikrin ne?
idea-what-hint = Bir veya iki cümle yeter.
idea-field-category = Ne tür bir fikir?
idea-choose-category = Lütfen seç
idea-field-for-whom = Kimin için?
idea-for-whom-hint = Örneğin: 14 yaş ve üstü kızlar, herkes, aileler
idea-field-place = Nerede?
idea-field-when = Ne zaman?
idea-field-days = Hangi günler?
idea-field-parts = Günün hangi saatinde?
idea-field-languages = Hangi dillerde?
idea-public-hint = Fikrini herkes görebilir, adın görünmez. Lütfen içine telefon numarası veya adres yazma.
idea-send = Fikri gönder
idea-similar-title = Bu zaten var mı?
idea-similar-intro = Bu fikirler benzer. Onları destekleyebilir veya yine de kendi fikrini gönderebilirsin.
idea-error-what = Lütfen fikrini birkaç kelimeyle anlat.
idea-error-category = Lütfen fikrin ne tür olduğunu seç.
idea-error-round = Lütfen fikrinin neye ait olduğunu seç.
idea-error-round-closed = Bu tur şu anda fikir kabul etmiyor.
idea-error-move = Bu adım buradan yapılamaz.
idea-error-reason = Lütfen gençlerin anlayacağı bir neden yazın.
idea-error-revisit = Lütfen fikre tekrar bakacağınız bir tarih girin.
idea-error-merge-target = Lütfen bu birimdeki görünür bir fikrin numarasını girin.
idea-error-offer = Lütfen bu birimdeki bir etkinliğin numarasını girin.
idea-by-group = { $group } grubundan bir gençten
idea-by-someone = Bir gençten
idea-by-workshop = Bir atölyeden (kâğıt üzerinde toplandı)
idea-supports = { $count ->
    [one] { $count } kişi bunu beğeniyor
   *[other] { $count } kişi bunu beğeniyor
}
idea-planners = { $count ->
    [one] { $count } kişi birlikte planlıyor
   *[other] { $count } kişi birlikte planlıyor
}
idea-support = Beğendim
idea-unsupport = Vazgeçtim
idea-plan = Planlamaya yardım edeceğim
idea-unplan = Planlamaya yardım etmekten vazgeçtim
idea-plan-hint = “Beğendim” şu demek: fikri beğeniyorsun. “Planlamaya yardım edeceğim” şu demek: fikrin gerçekleşmesine yardım etmek istiyorsun.
idea-withdraw = Fikri geri çek
idea-report = Bildir
idea-timeline = Şimdiye kadar neler oldu
idea-would-work = Neyle mümkün olurdu
idea-became = Bundan çıkan:
idea-merged-into = Birleştirildiği fikir
idea-state-submitted = Gönderildi
idea-state-published = Görünür
idea-state-checking = İnceleniyor
idea-state-feasible = Yapılabilir
idea-state-feasible-if = Yapılabilir, eğer …
idea-state-not-feasible = Yapılamaz
idea-state-parked = Daha sonra tekrar bakılacak
idea-state-planning = Planlanıyor
idea-state-scheduled = Tarih belli
idea-state-done = Gerçekleşti
idea-state-closed = Kapatıldı
idea-state-merged = Birleştirildi
idea-state-withdrawn = Geri çekildi
idea-state-removed = Kaldırıldı
idea-move-published = Yayınla
idea-move-checking = İncelemeyi başlat
idea-move-feasible = Yapılabilir
idea-move-feasible-if = Yapılabilir, eğer …
idea-move-not-feasible = Yapılamaz (nedeniyle)
idea-move-parked = Beklet (neden ve tarihle)
idea-move-planning = Planlamayı başlat
idea-move-scheduled = Etkinlik belli (etkinlik numarası)
idea-move-done = Gerçekleşti
idea-move-closed = Kapat
idea-move-merged = Birleştir (neden ve numarayla)
idea-move-removed = Kaldır (nedeniyle)
weekday-1 = Pazartesi
weekday-2 = Salı
weekday-3 = Çarşamba
weekday-4 = Perşembe
weekday-5 = Cuma
weekday-6 = Cumartesi
weekday-7 = Pazar
day-part-morning = sabahları
day-part-afternoon = öğleden sonra
day-part-evening = akşamları
day-part-weekend = hafta sonu
criterion-cost = Maliyet
criterion-room = Oda
criterion-staff-time = Çalışanların zamanı
criterion-youth-protection = Gençlerin korunması
criterion-date = Tarih
done-title = Siz söylediniz – biz yaptık
done-intro = Fikirlerinizden ne çıktı, nedenleriyle birlikte.
done-none = Henüz hiçbir fikre cevap verilmedi.
done-count-ideas = { $count ->
    [one] fikir
   *[other] fikir
}
done-count-supports = { $count ->
    [one] destek
   *[other] destek
}
done-count-offers = { $count ->
    [one] bunlardan çıkan etkinlik
   *[other] bunlardan çıkan etkinlik
}
me-ideas-title = Fikirlerim
me-ideas-mine = senin
me-messages-title = Sana mesajlar
mail-idea-news-subject = Fikrinle ilgili yenilik: { $state }
mail-idea-news-body = Merhaba, “{ $idea }” fikrinin şimdiki durumu: { $state }.

    Daha fazlası: { $link }
mail-idea-news-reason-body = Merhaba, “{ $idea }” fikrinin şimdiki durumu: { $state }.

    Neden: { $reason }

    Daha fazlası: { $link }
co-design-title = Katılım ve fikirler
co-design-queue = Kontrol edilecekler
co-design-queue-empty = Şu anda sizi bekleyen fikir yok.
co-design-overdue = { $count ->
    [one] { $count } fikir söz verilenden uzun süredir cevap bekliyor
   *[other] { $count } fikir söz verilenden uzun süredir cevap bekliyor
}
co-design-held = Bekletilenler: iletişim bilgisi var veya bildirildi
co-design-reports = { $count ->
    [one] { $count } bildirim
   *[other] { $count } bildirim
}
co-design-move = Sonraki adım
co-design-criteria = Engel ne
co-design-reason = Gençler için neden
co-design-reason-hint = Kısa ve nazik. “Yapılamaz”, “Beklet”, “Birleştir” ve “Kaldır” için gerekli.
co-design-notes = İç not
co-design-notes-hint = Sadece çalışanlar görür.
co-design-revisit = Tekrar bakılacak tarih
co-design-merge = Birleştirilecek fikir no.
co-design-offer = Etkinlik no.
co-design-save-move = Adımı kaydet
co-design-paper-supports = Kâğıt üzerindeki destekler
co-design-add = Ekle
co-design-rounds = Fikir turları
co-design-round-new = Yeni fikir turu
co-design-round-create = Tur oluştur
co-design-round = Tur
co-design-pause = Ara ver
co-design-resume = Devam ettir
co-design-codes = Katılım kodları
co-design-codes-intro = Bir grup veya bir şenlik için bir kod. Kodu olan, e-posta olmadan takma adla katılabilir.
co-design-code-new = Yeni kod
co-design-code-label = Hangi grup için?
co-design-code-label-hint = Örneğin: Mädchengruppe Kalk. Herkese açık sayfalarda “… grubundan bir genç” yazar.
co-design-code-max = Kaç kişi katılabilir?
co-design-code-until = Son geçerlilik tarihi
co-design-code-create = Kod oluştur
co-design-code-link = Katılım bağlantısı
co-design-code-ended = bitti
co-design-revoke = Bitir
co-design-joined = { $max } kişiden { $count } kişi katıldı
co-design-joined-title = Bu kodla kimler katıldı
co-design-error-max = Lütfen 1 ile 500 arasında bir sayı girin.
co-design-error-until = Lütfen bugünden bir yıl sonrasına kadar bir tarih girin.
co-design-paper-title = Kâğıttaki fikri gir
co-design-paper-intro = Bir atölyeden gelen fikirler için. Bunlar “kâğıt üzerinde toplandı” olarak gösterilir.
co-design-paper-save = Fikri gir
co-design-flag-saved = Kaydedildi.
co-design-flag-moved = Kaydedildi. Gençlere haber verilecek.
co-design-flag-code-made = Kod oluşturuldu.
co-design-flag-revoked = Kod bitirildi.
co-design-flag-paused = Tura ara verildi.
co-design-flag-resumed = Tur devam ediyor.
co-design-flag-not-found = Olmadı. Lütfen sayfayı yenileyin.
co-design-flag-paper-saved = Girildi.
register-as-member = { $name } olarak kaydoluyorsun.
register-as-member-hint = Bir kodla katıldın: adına ve e-postana ihtiyacımız yok. Kayıtla ilgili mesajları “Kayıtlarım” sayfasında bulursun. Orada bir adres yazdıysan, mesajlar e-postayla da gelir. 16 yaşında veya daha küçüksen ailene soruyoruz: orada onların adresini yazdıysan e-postayla, yoksa kâğıt üzerinde.
round-programme = Bir programa ait
round-no-programme = Hiçbiri: yerin fikir kutusu
co-design-qr-label = { $code } koduyla katılmak için QR kodu
co-design-poster-intro = Telefon kameranla tara ya da kodu yaz: böylece fikir önerebilir ve fikirleri destekleyebilirsin.
dashboard-ideas-waiting = { $count ->
    [one] { $count } gençlerin fikri sizi bekliyor
   *[other] { $count } gençlerin fikri sizi bekliyor
}, bunlardan { $late } tanesi söz verilenden uzun süredir.
co-design-keep = Olduğu gibi bırak ve yeniden göster (şikâyet incelendi)
me-address-title = E-posta adresin (isteğe bağlı)
me-address-intro = Treffpunkt'u e-posta olmadan da kullanabilirsin. Bir adres yazarsan, mesajların (kayıt, bekleme listesi, hatırlatmalar, fikirlerine cevaplar) e-postayla da gelir. Adresi ancak sen onayladıktan sonra saklarız.
me-address-parent-hint = 16 yaşında veya daha küçük olduğun için annene, babana veya sana bakan kişiye de soruyoruz. Adresini ancak onlar evet derse saklarız.
me-address-send = Onay bağlantısı gönder
me-address-kept = Mesajların e-postayla şu adrese de gidiyor:
me-address-remove = Adresi sil
me-address-waiting = { $email } adresine bir bağlantı gönderdik. Adresi onaylamak için bağlantıyı aç.
me-address-waiting-parent = { $email } adresini onayladın. Şimdi ailenin cevabını bekliyoruz.
me-address-flag-sent = E-posta kutuna bak ve bağlantıyı aç. Bağlantı 7 gün geçerli.
me-address-flag-removed = Adresin silindi. Mesajlarını yine burada bulursun.
me-address-confirm-text = { $email } senin adresin mi? O zaman burada onayla.
me-address-confirm = Evet, bu benim adresim
me-address-done-kept = Teşekkürler. Mesajların artık e-postayla da geliyor.
me-address-done-parent-asked = Teşekkürler. Şimdi ailene sorduk. Ailen evet derse mesajların e-postayla da gelir.
contact-parent-done-yes = Teşekkürler. Adres kaydedildi: çocuğunuz mesajlarını artık e-posta ile de alacak.
contact-parent-done-no = Cevabınız için teşekkürler. Adresi saklamıyoruz.
me-address-done-taken = Bu adres bizde zaten bu isimle kayıtlı. “Kayıtlarım” sayfasını bu adrese gelen bir bağlantıyla aç.
me-address-done-gone = Bu bağlantı artık geçerli değil: daha önce kullanıldı veya 7 günden eski. “Kayıtlarım” sayfandan yeni bir bağlantı isteyebilirsin.
me-address-confirmed-at = Onay tarihi
contact-error-parent-same = Lütfen buraya kendi adresini değil, ailenin adresini yaz.
contact-consent-text = Bu adresi yalnızca Treffpunkt'tan gelen mesajlar için kullanırız ve kimseye vermeyiz. Adres burada her zaman silinebilir.
contact-parent-title = Çocuğunuz için bir e-posta adresi
contact-parent-question = Çocuğunuz (bizde “{ $nickname }” adıyla, doğum yılı { $year }) { $site } etkinliklerine katılıyor ve Treffpunkt'tan gelen mesajları { $email } adresine almak istiyor. Çocuğunuz 16 yaşında veya daha küçük olduğu için size soruyoruz: Bu adresi bunun için saklayabilir miyiz?
contact-yes = Evet, kabul ediyorum
contact-no = Hayır
mail-contact-address-subject = Treffpunkt: lütfen e-posta adresini onayla
mail-contact-address-body = Merhaba,

    Treffpunkt'tan gelen mesajları e-postayla da almak istiyorsun. Bu bağlantıyı aç ve adresini onayla (7 gün geçerli):

    { $link }

    Bu isteği sen yapmadıysan, bir şey yapmana gerek yok. O zaman adresi saklamayız.
mail-contact-parent-subject = Treffpunkt: { $nickname } mesajları e-postayla alabilir mi?
mail-contact-parent-body = Merhaba,

    Çocuğunuz (“{ $nickname }”) { $site } etkinliklerine katılıyor ve Treffpunkt'tan gelen mesajları { $email } adresine almak istiyor. Çocuğunuz 16 yaşında veya daha küçük olduğu için size soruyoruz. Burada evet veya hayır diyebilirsiniz (7 gün geçerli):

    { $link }

    Hiçbir şey yapmazsanız adresi saklamayız.
consent-purpose-contact-email = Mesajlar için e-posta adresi
own-data-table-contact-requests = Onay bekleyen adres
vote-title = Oylama
vote-result-title = Oylamanın sonucu
vote-intro = En çok beğendiğin fikirleri seç (en fazla { $count }). { $day } gününe kadar oy verebilirsin. Her fikrin kaç oy aldığını ancak ondan sonra gösteriyoruz. Kimin neyi seçtiğini kimse görmez.
vote-choose = Seçimin (en fazla { $count })
vote-submit = Oy ver
vote-done = Teşekkürler, oyun sayıldı. Sonucu { $day } gününden sonra burada görürsün.
vote-join-first = Oy vermek için grubunun koduyla katıl.
vote-no-options = Henüz oylamada hiçbir fikir yok.
vote-flag-voted = Teşekkürler, oyun sayıldı.
vote-flag-already = Zaten oy verdin. Herkesin bir oyu var.
vote-flag-not-confirmed = Ekibin bu grup için onayladığı kişiler oy verebilir. Ekiple konuş.
vote-flag-closed = Oylama bitti veya henüz açılmadı.
vote-flag-empty = Lütfen en az bir fikir seç.
vote-flag-too-many = Çok fazla fikir seçtin. Lütfen daha az seç.
vote-flag-option = Bu fikir oylamada yok.
vote-result-intro = { $count ->
    [one] { $count } kişi oy verdi.
   *[other] { $count } kişi oy verdi.
}
vote-votes = { $count ->
    [one] { $count } oy
   *[other] { $count } oy
}
vote-tied = berabere
vote-field-choices = Her kişi kaç fikir seçebilir? (1 ile 5 arası)
vote-field-last-day = Oylamanın son günü
vote-open-hint = Yapılabilir bulduğunuz fikirler oylamaya çıkar. Kodun sayfasında onayladığınız kişiler oy verebilir. Oylar gizlidir; sonuç son günden sonra görünür.
vote-open = Oylama aç
vote-running = Oylama { $day } gününe kadar açık: { $count } oy pusulası
vote-error-choices = Lütfen 1 ile 5 arasında bir sayı girin.
vote-error-day = Lütfen bugünden itibaren, en fazla bir yıl sonrasına kadar bir gün girin.
co-design-flag-vote-opened = Oylama açık.
co-design-flag-confirmed = Kaydedildi.
co-design-confirm = Onayla
co-design-confirm-all = Herkesi onayla
co-design-confirmed = onaylandı
co-design-confirm-intro = Gruba gerçekten kimin ait olduğunu onaylayın: sadece onlar oy verir. Böylece iki telefon iki oy olmaz.
own-data-table-round-voters = Katıldığın oylamalar (seçtiklerin gösterilmez)
round-rules-title = Bu tur nasıl işliyor
co-design-error-paper-count = Lütfen 1 ile 500 arasında bir sayı girin.
