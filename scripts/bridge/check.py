#!/usr/bin/env python3
"""Hand-written spot check of data/bridge: 25 everyday concepts per language.

    python3 scripts/bridge/check.py [DIR]      (DIR defaults to data/bridge)

Prints each word's line and whether an expected German word is among its targets (and first).
Only a sanity check written for this purpose; the data is not derived from it.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from norm import normalize  # noqa: E402

EXPECT = [
    ("work", "arbeit"), ("wife", "frau ehefrau"), ("son", "sohn"), ("school", "schule"),
    ("doctor", "arzt ärztin"), ("apartment", "wohnung"), ("money", "geld"),
    ("free", "kostenlos gratis umsonst kostenfrei unentgeltlich"), ("learn", "lernen erlernen"),
    ("register", "anmelden registrieren anmeldung registrierung eintragen einschreiben"),
    ("pregnant", "schwanger"), ("debt", "schulden schuld verschuldung"),
    ("lawyer", "anwalt rechtsanwalt"), ("course", "kurs lehrgang kurse"), ("help", "hilfe helfen"),
    ("daughter", "tochter"), ("child", "kind"), ("rent", "miete mieten"),
    ("certificate", "zeugnis bescheinigung zertifikat urkunde nachweis"), ("asylum", "asyl"),
    ("german", "deutsch"), ("study", "studium studieren lernen ausbildung"),
    ("profession", "beruf arbeit stelle job"), ("language", "sprache"), ("hospital", "krankenhaus klinik"),
]
WORDS = {
    "en": "work wife son school doctor apartment money free learn register pregnant debt lawyer course help "
          "daughter child rent certificate asylum german study profession language hospital",
    "fr": "travail femme fils école médecin appartement argent gratuit apprendre inscrire enceinte dette avocat "
          "cours aide fille enfant loyer certificat asile allemand études métier langue hôpital",
    "ru": "работа жена сын школа врач квартира деньги бесплатно учиться зарегистрироваться беременная долг "
          "адвокат курс помощь дочь ребенок аренда справка убежище немецкий учеба профессия язык больница",
    "uk": "робота дружина син школа лікар квартира гроші безкоштовно вчитися зареєструватися вагітна борг "
          "адвокат курс допомога донька дитина оренда довідка притулок німецька навчання професія мова лікарня",
    "tr": "iş karı oğul okul doktor daire para ücretsiz öğrenmek kayıt hamile borç avukat kurs yardım "
          "kız çocuk kira sertifika sığınma almanca eğitim meslek dil hastane",
    "ar": "عمل زوجة ابن مدرسة طبيب شقة مال مجاني تعلم تسجيل حامل دين محامي دورة مساعدة "
          "بنت طفل إيجار شهادة لجوء الألمانية دراسة مهنة لغة مستشفى",
    "fa": "کار همسر پسر مدرسه پزشک آپارتمان پول رایگان آموختن ثبت باردار بدهی وکیل دوره کمک "
          "دختر کودک اجاره مدرک پناهندگی آلمانی تحصیل شغل زبان بیمارستان",
    "pl": "praca żona syn szkoła lekarz mieszkanie pieniądze darmowy uczyć rejestracja ciężarna dług adwokat "
          "kurs pomoc córka dziecko czynsz zaświadczenie azyl niemiecki studia zawód język szpital",
    "bg": "работа съпруга син училище лекар апартамент пари безплатен уча регистрация бременна дълг адвокат "
          "курс помощ дъщеря дете наем удостоверение убежище немски обучение професия език болница",
    "ku": "kar jin kur dibistan bijîşk xanî pere belaş hînbûn qeyd ducanî deyn parêzer kurs alîkarî "
          "keç zarok kirê belge penaberî almanî xwendin pîşe ziman nexweşxane",
}


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "../../data/bridge")
    langs = sys.argv[2].split(",") if len(sys.argv) > 2 else list(WORDS)
    for lang in langs:
        path = os.path.join(d, lang + ".tsv")
        if not os.path.exists(path):
            continue
        table = {}
        for line in open(path, encoding="utf-8"):
            w, t = line.rstrip("\n").split("\t")
            table[w] = t.split()
        hit = first = 0
        print(f"== {lang}")
        for (concept, exp), word in zip(EXPECT, WORDS[lang].split()):
            k = normalize(lang, word)
            got = table.get(k, [])
            ok = any(g in exp.split() for g in got)
            hit += ok
            first += bool(got) and got[0] in exp.split()
            print(f"  {'ok ' if ok else '-- '}{concept:12} {k}\t{' '.join(got)}")
        print(f"  {lang}: {hit}/{len(EXPECT)} have an expected word, {first} first")


if __name__ == "__main__":
    main()
