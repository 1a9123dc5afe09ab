"""Source-word normalisation, mirroring src/analysis/normalize.rs of the search."""
import re
import unicodedata

_AR_DROP = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670", "\u0640", "\u200c", "\u200d"}
_LATIN_FOLD = str.maketrans("àáâãåèéêëìíîïòóôõùúûçñ", "aaaaaeeeeiiiioooouuucn")


def _arabic(word, fa):
    out = []
    for c in word:
        if c in _AR_DROP:
            continue
        if c in "أإآٱ":
            out.append("ا")
        elif c in "ىيی":
            out.append("ی" if fa else "ي")
        elif c in "كک":
            out.append("ک" if fa else "ك")
        elif c == "ة":
            out.append("ه")
        elif "۰" <= c <= "۹":
            out.append(chr(ord("0") + ord(c) - ord("۰")))
        elif "٠" <= c <= "٩":
            out.append(chr(ord("0") + ord(c) - ord("٠")))
        else:
            out.append(c.lower())
    return "".join(out)


def normalize(lang, word):
    word = unicodedata.normalize("NFC", word.strip())
    if lang in ("ar", "fa", "ps", "ku_arab"):
        return _arabic(word, fa=(lang != "ar"))
    if lang == "tr":
        return "".join("ı" if c == "I" else "i" if c == "İ" else c.lower() for c in word)
    if lang in ("ru", "uk", "bg"):
        w = word.lower()
        if lang != "uk":
            w = w.replace("ё", "е")
        return re.sub("['’ʼ]", "", w)
    if lang == "en":
        return word.lower().translate(_LATIN_FOLD)
    # fr, pl, ro, ku, sq, so ...: lowercase, diacritics kept as written; typographic apostrophe unified.
    return word.lower().replace("’", "'")


_SCRIPT = {
    "ar": r"[\u0621-\u064a\u066e-\u06d3]+",
    "fa": r"[\u0621-\u063a\u0641-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc\u0622]+",
    "ru": r"[а-яё-]+",
    "bg": r"[а-яѝ]+",
    "uk": r"[а-щьюяєіїґ]+",
    "tr": r"[a-zçğıöşüâîû]+",
    "en": r"[a-z]+",
    "fr": r"[a-zàâæçéèêëîïôœùûüÿ]+",
    "pl": r"[a-ząćęłńóśźż]+",
    "ro": r"[a-zăâîșşțţ]+",
    "ku": r"[a-zçêîûş]+",
}


def is_word(lang, w):
    """A single word of the language's script, at least two letters, no digits or hyphens."""
    return len(w) >= 2 and re.fullmatch(_SCRIPT[lang], w) is not None and not w.startswith("-") \
        and "-" not in w
