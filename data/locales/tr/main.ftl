# Wegweiser UI strings, Turkish.

site-name = Wegweiser
site-district = Unna Bölgesi
skip-to-content = İçeriğe geç
language-switch = Dil seçin
footer-about = Wegweiser, Unna Bölgesi’ndeki yeni gelenler için hizmetleri bir araya getirir: dil kursları, danışmanlık, iş, okul, boş zaman.
footer-data = Yer verileri: GeoNames (CC BY 4.0) ve Federal İstatistik Dairesi (dl-de/by-2-0).

home-title = Yeni gelenler için hizmetler
home-heading = Unna Bölgesi’nde yeni gelenler için hizmetler
home-lead = { $count ->
    [one] On şehirde bir hizmet – kendi dilinizde arayın.
   *[other] On şehirde { $count } hizmet – kendi dilinizde arayın.
}
search-label = Ne arıyorsunuz?
search-placeholder = ör. Almanca kursu, danışmanlık, iş
where-label = Nerede? (posta kodu veya şehir)
where-placeholder = ör. 59423 veya Unna
search-button = Ara
shortcuts-heading = Sık arananlar
shortcut-integration-course = Uyum kursu
shortcut-migration-counseling = Göçmen danışmanlığı
shortcut-recognition = Diplomaların tanınması
categories-heading = Tüm konular
offer-count = { $count ->
    [one] bir hizmet
   *[other] { $count } hizmet
}

results-title = Arama
results-count = { $count ->
    [0] Hizmet bulunamadı
    [one] Bir hizmet
   *[other] { $count } hizmet
}
searched-in = Aranan diller: { $languages }
relaxed = Tüm kelimeler bulunamadı. Şunlar olmadan sonuçlar: { $words }
did-you-mean = Bunu mu demek istediniz:
found-via = Şununla bulundu:
filters = Filtreler
filters-count = { $count ->
    [0] Filtreler
    [one] Filtreler ({ $count })
   *[other] Filtreler ({ $count })
}
remove-filter = Filtreyi kaldır: { $filter }
clear-all = Tüm filtreleri kaldır
facet-category = Konu
facet-city = Şehir
facet-language = Hizmetin dili
facet-group = Kimin için
in-language = Dil: { $language }
distance-km = { $km } km
badge-free = Ücretsiz
badge-childcare = Çocuk bakımı var
badge-outdated = Güncel olmayabilir
pagination = Sayfalar
previous-page = Önceki sayfa
next-page = Sonraki sayfa
no-results = Maalesef bununla ilgili bir şey bulamadık.
no-results-try = Şunları deneyin:
suggest-counseling = Yardımcı olabilecek danışma merkezleri
suggest-all = Tüm hizmetleri görün
suggest-without-filters = Aynı arama, filtresiz

offer-also-in = Şu dillerde de var:
offer-description = Açıklama
offer-contact = İletişim
offer-ended = Bu hizmet sona erdi.
offer-outdated = Bu bilgiler uzun süredir onaylanmadı, güncel olmayabilir.
show-german-original = Almanca orijinal metni göster
fact-when = Ne zaman
fact-where = Nerede
fact-cost = Ücret
fact-languages = Diller
fact-who = Kimin için
fact-level = Seviye
fact-childcare = Çocuk bakımı
fact-online = Çevrimiçi
starts-on = Başlangıç: { $date }
map-link = Haritada göster (OpenStreetMap)
calendar-add = Takvime ekle
calendar-subscribe = { $provider }: tüm tarihlere abone olun
calendar-starts = Başlangıç: { $title }
calendar-ends = Bitiş: { $title }
level-alpha = Okuma yazma kursu
yes = Evet
no = Hayır
action-call = Telefon et
action-write = E-posta yaz
action-website = Web sitesini aç
last-confirmed = Son onay tarihi: { $date }

not-found-heading = Sayfa bulunamadı
not-found-text = Bu sayfa mevcut değil (artık yok). Hizmet sona ermiş olabilir.
error-heading = Bir şeyler ters gitti
error-text = Lütfen biraz sonra tekrar deneyin.
back-home = Ana sayfaya dön

category-language_course = Dil kursları
category-integration_course = Uyum kursları
category-counseling = Danışmanlık
category-training = Eğitim ve mesleki yeterlilik
category-recognition = Diplomaların tanınması
category-school = Okul ve eğitim
category-childcare = Çocuk bakımı
category-work = İş ve meslek eğitimi
category-leisure = Boş zaman ve buluşma
category-mobility = Ulaşım
category-health = Sağlık
category-housing = Konut
category-other = Diğer

group-women = Kadınlar
group-men = Erkekler
group-youth = Gençler
group-children = Çocuklar
group-parents = Ebeveynler
group-seniors = Yaşlılar
group-refugees = Mülteciler
group-eu_citizens = AB vatandaşları
group-all = Herkes

forbidden-heading = Erişim yok
forbidden-text = Bu sayfaya veya işleme hesabınızla izin verilmiyor.

provider-area = Hizmet sağlayıcı alanı
provider-login-heading = Hizmet sağlayıcı girişi
provider-login-intro = Kurumlar ve dernekler kendi hizmetlerini burada güncel tutar.
provider-login-failed = E-posta adresi veya şifre yanlış.
provider-login-too-many = Çok fazla deneme yapıldı. Lütfen 15 dakika bekleyin.
provider-email = E-posta adresi
provider-password = Şifre
provider-sign-in = Giriş yap
provider-sign-out = Çıkış yap
provider-my-offers = Hizmetlerim
provider-new-offer = Yeni hizmet
provider-edit-offer = Hizmeti düzenle
provider-moderation = Onaylar
provider-accounts = Hesaplar
provider-no-offers = Henüz hizmet yok.
provider-outdated-heading = Lütfen kontrol edin
provider-outdated-intro = Bu hizmetler altı aydan uzun süredir onaylanmadı.
provider-still-current = Hâlâ güncel
provider-column-offer = Hizmet
provider-column-provider = Hizmet sağlayıcı
provider-column-state = Durum
provider-column-actions = İşlemler
provider-state-published = yayında
provider-state-pending = onay bekliyor
provider-state-outdated = güncel olmayabilir
provider-state-ended = sona erdi
provider-state-withdrawn = geri çekildi
provider-duplicate = Kopyala
provider-history = Geçmiş
provider-withdraw = Geri çek
provider-done-saved = Kaydedildi. Hizmet artık aramada görünüyor.
provider-done-pending = Kaydedildi. Değişiklik onay bekliyor; o zamana kadar eski sürüm görünür kalır.
provider-done-withdrawn = Hizmet geri çekildi.
provider-done-confirmed = Teşekkürler, hizmetin güncel olduğu onaylandı.
provider-pending-notice = Bir değişiklik onay bekliyor. Formda bekleyen sürüm gösteriliyor.
provider-form-has-problems = Lütfen işaretli alanları düzeltin.
provider-section-what = Ne
provider-section-who = Kimin için
provider-section-when = Ne zaman
provider-section-where = Nerede
provider-section-cost = Ücret
provider-section-contact = İletişim
provider-offer-id = Tanımlayıcı (küçük harfler, rakamlar ve kısa çizgiler)
provider-provider-id = Hizmet sağlayıcının tanımlayıcısı
provider-provider-name = Hizmet sağlayıcının adı
provider-field-title = Başlık
provider-field-summary = Kısa açıklama
provider-field-description = Açıklama
provider-translation-missing = eksik
provider-tags = Anahtar kelimeler (virgülle ayırın)
provider-languages = Hizmetin dilleri (kısaltmalar, ör. de, ar, uk)
provider-not-stated = belirtilmemiş
provider-start = Başlangıç
provider-end = Bitiş
provider-times = Saatler
provider-location-n = Yer { $n }
provider-location-name = Yerin adı
provider-street = Sokak ve kapı numarası
provider-postcode = Posta kodu
provider-city = Şehir
provider-lat = Enlem
provider-lon = Boylam
provider-phone = Telefon
provider-website = Web sitesi
provider-save = Kaydet
provider-preview = Önizleme
provider-preview-notice = Önizleme: Herkese açık sayfa böyle görünür. Henüz kaydedilmedi.
provider-back-to-form = Düzenlemeye devam et
provider-id-taken = Bu tanımlayıcı zaten kullanılıyor.
provider-diff-field = Alan
provider-diff-before = önce
provider-diff-after = sonra
provider-restore = Bu sürümü geri yükle
provider-queue-empty = Onay bekleyen değişiklik yok.
provider-wants-withdrawal = Hizmet sağlayıcı, hizmeti geri çekmek istiyor.
provider-reason = Gerekçe (reddederken)
provider-approve = Onayla
provider-reject = Reddet
provider-providers = Hizmet sağlayıcılar
provider-users = Kullanıcılar
provider-admin = Bölge yönetimi
provider-add-provider = Hizmet sağlayıcı ekle
provider-add-user = Hesap oluştur
provider-account-saved = Kaydedildi.
provider-account-invalid = Lütfen bilgileri kontrol edin: geçerli bir e-posta, en az 10 karakterlik bir şifre, hizmet sağlayıcı veya yönetim.

# The public site: filters, distance, shortlist, print, privacy.
footer-links = Diğer sayfalar
footer-providers = Hizmet sağlayıcılar için: giriş
facet-features = Yalnızca göster
feature-starts-soon = Önümüzdeki 4 hafta içinde başlıyor
starts-within-days = { $days ->
    [one] Bir gün içinde başlıyor
   *[other] Önümüzdeki { $days } gün içinde başlıyor
}
badge-evening-or-weekend = Akşamları veya hafta sonu
badge-starts = Başlangıç:
near-heading = Uzaklık
near-place = { $place } yakınında
near-enter-place = Uzaklıkları görmek için yukarıya bir posta kodu veya şehir girin.
near-unknown-place = Bu yeri tanımıyoruz. Lütfen Unna Bölgesi’nde bir posta kodu veya şehir girin.
radius-label = Çevre
radius-any = Uzaklık fark etmez
radius-km = { $km } km
radius-within = { $km } km çevresinde
sort-label = Sıralama
sort-distance = Uzaklığa göre
sort-relevance = En uygun olana göre
apply-filters = Uygula
my-list = Listem ({ $count })
list-add = Listeme ekle
list-remove = Listeden çıkar
list-intro = Bu liste yalnızca kendi bağlantısında yaşar: hesap yok, hiçbir şey kaydedilmez. Bağlantıyı saklayın veya paylaşın.
list-missing = { $count ->
    [one] Bu listedeki bir hizmet artık mevcut değil.
   *[other] Bu listedeki { $count } hizmet artık mevcut değil.
}
list-empty = Listeniz boş. Arama sonuçlarındaki hizmetleri “Listeme ekle” ile ekleyin.
list-share-heading = Listeyi paylaş
list-share-label = Bu listenin bağlantısı (kopyalamak için)
list-copy-link = Bağlantıyı aç veya kopyala
list-share-languages = Bağlantı her dilde çalışır: yukarıdan başka bir dil seçin, liste korunur.
list-print-heading = Eşlik ettiğiniz kişi için yazdırın
list-client-language = Kişinin dili
list-print = Yazdırma görünümünü aç
list-continue = Aramaya devam et
offer-tools = Kaydet, yazdır, paylaş
action-print = Yazdır
action-link = Bu hizmetin bağlantısı
print-heading = Sizin için hizmetler
print-hint = Bu sayfayı tarayıcınızın yazdırma işleviyle yazdırın.
print-back = Geri
fact-phone = Telefon
fact-email = E-posta
privacy-title = Veri koruma
privacy-intro = Wegweiser burada arama yapan insanlar hakkında mümkün olduğunca az bilgi saklar.
privacy-tracking-heading = İzleme yok
privacy-tracking = İstatistik veya reklam hizmetleri, izleme pikselleri ve profiller yoktur. Kim olduğunuzu bilmiyoruz.
privacy-requests-heading = Üçüncü taraf sunucu yok
privacy-requests = Sayfalar, resimler ve yazı tipleri yalnızca bu sunucudan gelir; tarayıcınız başka hiçbir hizmete bağlanmaz. Yalnızca bir bağlantıyı kendiniz açtığınızda, örneğin OpenStreetMap'teki haritayı veya bir hizmet sağlayıcının web sitesini, onların kuralları geçerli olur.
privacy-cookies-heading = Dil için tek bir çerez
privacy-cookies = Seçtiğiniz dili “lang” adlı bir çerezde hatırlarız, böylece ana sayfa yine sizin dilinizde açılır. Yalnızca dil kodunu içerir ve bir yıl sonra sona erer.
privacy-searches-heading = Arama terimleri
privacy-searches = Aradığınız şeyler IP adresinizle veya başka kişisel verilerle birlikte kaydedilmez. Kayıtlarımız yalnızca açılan sayfayı içerir, arama terimlerini içermez.
privacy-list-heading = Listeniz
privacy-list = Liste yalnızca sayfanın adresinde bulunur. Onu kaydetmeyiz; bağlantıya sahip olan herkes listeyi görür.
privacy-providers-heading = Hizmet sağlayıcılar
privacy-providers = Giriş yapan hizmet sağlayıcılar, 12 saat sonra veya çıkış yapıldığında geçersiz olan bir oturum çerezi alır. E-posta adresini, parolayı yalnızca özet (hash) olarak ve hangi hizmeti kimin ne zaman değiştirdiğini saklarız. Parola tahminini önlemek için başarısız girişleri 15 dakika boyunca bellekte sayarız.
translation-outdated = Bu çeviri güncel olmayabilir: yukarıdaki Almanca metin geçerlidir.
translation-last-confirmed = Bu çeviri en son { $date } tarihinde onaylandı
translation-not-confirmed = Bu çeviri, Almanca metin değiştiğinden beri onaylanmadı.
provider-translation-outdated = güncel olmayabilir: Almanca metin değişti
provider-translations-heading = Kontrol edilecek çeviriler
provider-translations-intro = Bu çeviriler yazıldıktan sonra Almanca metin değişti. Çevirileri güncelleyin veya hâlâ doğru olduklarını onaylayın.
provider-translation-confirm = Almancayla hâlâ uyuşuyor
provider-state-translation-outdated = Çeviri güncel olmayabilir: { $languages }
provider-done-translation = Teşekkürler, çeviri güncel olarak onaylandı.
weekday-mo = Pazartesi
weekday-tu = Salı
weekday-we = Çarşamba
weekday-th = Perşembe
weekday-fr = Cuma
weekday-sa = Cumartesi
weekday-su = Pazar
fact-hours = Açılış saatleri
badge-open-now = Şu an açık
fact-by-appointment = Yalnızca randevuyla
provider-hours-hint = Almanca yazımla günler ve saatler, ör. Mo–Fr 09:00–12:00; Do 14:00–18:00
provider-hours-proposed = Saat metninden önerildi: lütfen kontrol edip kaydedin.
facet-time-of-day = Günün saati
time-of-day-morning = Sabahları
time-of-day-afternoon = Öğleden sonraları
time-of-day-evening = Akşamları
time-of-day-weekend = Hafta sonları
offer-next-steps = Sonraki adımlar
fact-how-to-apply = Nasıl başvurulur
fact-documents = Yanınızda getirmeniz gerekenler
fact-eligibility = Kimler katılabilir
fact-accessibility = Erişilebilirlik
fact-wheelchair = Tekerlekli sandalyeyle erişilebilir
wheelchair-yes = Tekerlekli sandalyeyle erişilebilir
wheelchair-no = Tekerlekli sandalyeyle erişilemez
