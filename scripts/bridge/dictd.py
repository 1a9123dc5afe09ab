"""Reading FreeDict dictionaries in dictd format (.index + .dict.dz) into ordered translation lists."""
import gzip
import re

_B64 = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}


def _b64(s):
    n = 0
    for c in s:
        n = n * 64 + _B64[c]
    return n


def raw_entries(prefix):
    """Yield (index headword, entry text) in index order; a headword may come several times (Ding)."""
    data = gzip.open(prefix + ".dict.dz").read()
    with open(prefix + ".index", encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 3 or p[0].startswith("00-database") or p[0].startswith("00database"):
                continue
            off, ln = _b64(p[1]), _b64(p[2])
            yield p[0], data[off:off + ln].decode("utf-8", "replace")


# Labels that mark a sense as rare, regional, old or technical: such senses weigh less.
RARE_LABELS = re.compile(
    r"\b(obs|obsolete|archaic|arch|veraltet|veraltend|old|hist|poet|poetisch|slang|vulg|pej|euphem|dialect|dial|"
    r"zool|bot|chem|phys|math|techn|geol|min|astron|biol|naut|mil|electr|comp|ling|mus|relig|anat|ornith|entom|"
    r"print|textil|agr|mach|constr|auto|aviat|sport|jur|econ|fin|pharm|statist|geogr|archit|philos|psych|"
    r"Schw|Ös|Süddt|Norddt|Austr|NZ|SAfr|selten|rare|übtr|fig|humor|iron|frz|lat|"
    r"Sc)\b\.?",
    re.I,
)
_TAG = re.compile(r"<[^>]*>")
_BRACKET = re.compile(r"\[[^\]]*\]")
_PAREN = re.compile(r"\([^)]*\)")
_BRACE = re.compile(r"\{[^}]*\}")
_IPA = re.compile(r"/[^/]*/")
_NUM = re.compile(r"^\s*(\d+)\.\s*")
_TRAIL_NUM = re.compile(r"\s+\d+\.\s*$")


def _clean_item(item):
    item = re.sub(r"<[^>]*>\S+", " ", item)  # Ding: "Wohnung <fem>Whg." abbreviation glued to a tag
    item = _IPA.sub(" ", item)
    item = _TAG.sub(" ", item)
    item = _BRACKET.sub(" ", item)
    item = _PAREN.sub(" ", item)
    item = _BRACE.sub(" ", item)
    item = item.replace("…", " ").replace("...", " ").replace("~", " ").replace('"', " ")
    item = re.sub(r"\s+", " ", item).strip(" .;:-!?'")
    toks = item.split(" ")
    # Abbreviations after the translation ("apartment apt.", "learn sth."): dropped.
    item = " ".join([toks[0]] + [t for t in toks[1:] if not t.endswith(".")])
    return item.strip(" .;:-!?'")


def parse_entry(text):
    """Return (headword as printed, [sense, ...]) where each sense is (labels_are_rare, [translation, ...]).

    Translation lines are the first line of the body and lines starting with 'N. '; other lines are
    examples, cross references or (WikDict) definitions in the source language, and are skipped.
    """
    lines = text.split("\n")
    head = lines[0]
    head = _IPA.sub(" ", head)
    head = _TAG.sub(" ", head)
    head = _PAREN.sub(" ", head)
    head = re.sub(r"\s+", " ", head).strip()
    senses = []
    first = True
    for line in lines[1:]:
        if not line.strip():
            continue
        s = line.strip()
        if s.startswith('"') or s.startswith("see:") or s.startswith("Synonym") or s.startswith("Note"):
            first = False
            continue
        m = _NUM.match(line)
        if m:
            body = line[m.end():]
        elif first:
            body = line
        else:
            continue
        first = False
        body = _TRAIL_NUM.sub("", body)
        if not body.strip():
            continue
        labels = " ".join(_BRACKET.findall(body) + _PAREN.findall(body))
        rare = bool(RARE_LABELS.search(labels))
        # Items are separated by commas and semicolons outside brackets.
        depth = 0
        cur = ""
        items = []
        for c in body:
            if c in "([{<":
                depth += 1
            elif c in ")]}>":
                depth = max(0, depth - 1)
            if c in ",;" and depth == 0:
                items.append(cur)
                cur = ""
            else:
                cur += c
        items.append(cur)
        # "Alman, Almanca. German measles (tıb.) ...": a period before a capital ends the item too.
        items = [p for i in items for p in re.split(r"\.\s+(?=[A-ZÄÖÜÇĞİŞ])", i)]
        items = [_clean_item(i) for i in items]
        items = [i for i in items if i]
        if items:
            senses.append((rare, items))
    return head, senses


def load(prefix):
    """{headword lowercased: [(rare, [items])...]} merging duplicate headwords in order."""
    out = {}
    for _, text in raw_entries(prefix):
        head, senses = parse_entry(text)
        if not head or not senses:
            continue
        out.setdefault(head.lower(), []).extend(senses)
    return out


def load_with_case(prefix):
    """Like load, also returning {lowercased headword: headword as printed (first seen)}."""
    out, case = {}, {}
    for _, text in raw_entries(prefix):
        head, senses = parse_entry(text)
        if not head or not senses:
            continue
        k = head.lower()
        out.setdefault(k, []).extend(senses)
        case.setdefault(k, head)
    return out, case
