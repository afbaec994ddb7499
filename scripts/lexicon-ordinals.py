#!/usr/bin/env python3
"""Ordinal words 1-40 of every language we read, as complete paradigms, merged into seed/lexicon/<lang>.json.

Why: a meeting is placed by its number, and news writes that number as an ordinal word in whatever gender, case,
number or spelling the sentence needs ("yirmi ikinci", "vigesimosegunda", "zweiundzwanzigsten", "بیست و دومین").
Listing the forms seen in tuning articles left the rest of each paradigm out. The base words come from num2words (a
kept library of number words); the inflections of each language are the small rules below. The result is data in
seed/ (nothing here runs at extraction time): existing entries are kept, new forms are added.

Run: python3 -m venv /tmp/n2w && /tmp/n2w/bin/pip install num2words && /tmp/n2w/bin/python scripts/lexicon-ordinals.py
"""

import json
import pathlib

from num2words import num2words

LEXICON = pathlib.Path(__file__).resolve().parent.parent / "seed" / "lexicon"
TOP = 40


def cardinal(n, lang):
    return num2words(n, lang=lang)


def ordinal(n, lang):
    return num2words(n, lang=lang, to="ordinal")


# Turkish: the suffix follows the last vowel (vowel harmony); a final vowel drops the suffix's own; "dört" softens.
TR_SUFFIX = {"a": "ıncı", "ı": "ıncı", "e": "inci", "i": "inci", "o": "uncu", "u": "uncu", "ö": "üncü", "ü": "üncü"}
# The 3rd-person possessive the ordinal takes when it stands for the meeting ("yirmincisi", "onuncusunda").
TR_POSSESSIVE = {"ıncı": "sı", "inci": "si", "uncu": "su", "üncü": "sü"}
TR_CASES = ["", "nda", "nde", "na", "ne", "nı", "ni", "nu", "nü", "nın", "nin", "nun", "nün"]


def tr_ordinal_word(word):
    last = [c for c in word if c in TR_SUFFIX][-1]
    suffix = TR_SUFFIX[last]
    if word == "dört":
        word = "dörd"
    if word[-1] in TR_SUFFIX:
        return word + suffix[1:], suffix
    return word + suffix, suffix


def tr_forms(n):
    words = cardinal(n, "tr").split()
    # num2words writes compounds joined ("yirmibir"); news writes them apart: rebuild from the tens and the unit.
    tens, unit = divmod(n, 10)
    parts = ([cardinal(tens * 10, "tr")] if tens else []) + ([cardinal(unit, "tr")] if unit else [])
    if n == 10:
        parts = ["on"]
    words = parts or words
    last, suffix = tr_ordinal_word(words[-1])
    spaced = " ".join(words[:-1] + [last])
    forms = {spaced, spaced.replace(" ", "")}
    out = set()
    for f in forms:
        out.add(f)
        poss = f + TR_POSSESSIVE[suffix]
        out.add(poss)
        # case endings after the possessive keep the harmony of its vowel
        v = TR_POSSESSIVE[suffix][-1]
        harmonic = {"ı": ["nda", "na", "nı", "nın"], "i": ["nde", "ne", "ni", "nin"], "u": ["nda", "na", "nu", "nun"],
                    "ü": ["nde", "ne", "nü", "nün"]}[v]
        out.update(poss + c for c in harmonic)
    return out


# Persian: "-م" after the noun ("دور بیستم"), "-مین" before it ("بیستمین نشست"); 3 and 30 take their own forms.
def fa_forms(n):
    words = cardinal(n, "fa")
    stems = []
    if words.endswith("سه"):
        stems.append((words[: -len("سه")] + "سو", ""))
    elif words.endswith("سی"):
        stems.append((words, " ا"))  # سی ام
        stems.append((words, "ا"))  # سیام
    elif words.endswith("یک") and n > 1:
        stems.append((words, ""))
    else:
        stems.append((words, ""))
    out = set()
    for stem, joint in stems:
        out.add(stem + joint + "م")
        out.add(stem + joint + "مین")
    return out


# German: the stem takes the adjective endings of every case and gender.
def de_forms(n):
    base = ordinal(n, "de")
    stem = base[:-1] if base.endswith("e") else base
    return {stem + e for e in ["e", "en", "er", "es", "em"]}


# French: plural, the feminine of "premier", and compounds written with or without hyphens.
def fr_forms(n):
    base = ordinal(n, "fr")
    forms = {base, base.replace(" ", "-"), base.replace("-", " ")}
    if n == 1:
        forms |= {"première"}
    return forms | {f + "s" for f in forms}


# Italian: four endings of gender and number.
def it_forms(n):
    base = ordinal(n, "it")
    stem = base[:-1]
    return {stem + e for e in "oaie"}


UNITS_ES = {1: "primero", 2: "segundo", 3: "tercero", 4: "cuarto", 5: "quinto", 6: "sexto", 7: "séptimo", 8: "octavo",
            9: "noveno"}
TENS_ES = {1: "décimo", 2: "vigésimo", 3: "trigésimo", 4: "cuadragésimo"}


def es_gendered(word):
    """masculine, feminine and their plurals, and the short masculine before a noun ("primer", "tercer")."""
    stem = word[:-1]
    out = {word, stem + "a", word + "s", stem + "as"}
    if word in ("primero", "tercero"):
        out.add(stem)
    return out


# Spanish: compounds spaced ("vigésima segunda") or joined ("vigesimosegunda"), both parts agreeing.
def es_forms(n):
    tens, unit = divmod(n, 10)
    if not tens:
        return es_gendered(UNITS_ES[unit])
    ten = TENS_ES[tens]
    if not unit:
        return es_gendered(ten)
    out = set()
    for u in es_gendered(UNITS_ES[unit]):
        fem = u.endswith("a") or u.endswith("as")
        t = ten[:-1] + ("a" if fem else "o")
        plural = u.endswith("s")
        out.add(t + ("s" if plural else "") + " " + u)
        joined = (ten[:-1] + "o").replace("é", "e") + u
        out.add(joined)
    if n == 11:
        out |= es_gendered("undécimo")
    if n == 12:
        out |= es_gendered("duodécimo")
    return out


UNITS_PT = {1: "primeiro", 2: "segundo", 3: "terceiro", 4: "quarto", 5: "quinto", 6: "sexto", 7: "sétimo", 8: "oitavo",
            9: "nono"}


def pt_forms(n):
    """Portuguese: both words agree in gender and number ("vigésima primeira", "vigésimos segundos")."""
    base = ordinal(n, "pt").split()
    out = set()
    for end in ["o", "a", "os", "as"]:
        out.add(" ".join(w[:-1] + end for w in base))
    return out


# Kazakh: -ыншы/-інші after a consonant, -ншы/-нші after a vowel, by the word's last vowel (back or front).
KK_BACK, KK_FRONT = set("аоұыя"), set("әеөүіэи")


def kk_ordinal_word(word):
    vowels = [c for c in word if c in KK_BACK | KK_FRONT]
    back = vowels[-1] in KK_BACK
    if word == "жиырма":
        return "жиырмасыншы"
    if word == "қырық":
        return "қырқыншы"
    if word[-1] in KK_BACK | KK_FRONT:
        return word + ("ншы" if back else "нші")
    return word + ("ыншы" if back else "інші")


def kk_forms(n):
    words = cardinal(n, "kz").split()
    return {" ".join(words[:-1] + [kk_ordinal_word(words[-1])])}


# Ukrainian: the last word takes the adjective endings of every case, gender and number, hard ("перший") or soft
# ("третій"); the apostrophe of "п'ятий" is written three ways.
UK_HARD = ["ий", "ого", "ому", "им", "ім", "а", "ої", "ій", "у", "ою", "е", "і", "их", "ими"]
UK_SOFT = ["ій", "ього", "ьому", "ім", "я", "ьої", "ю", "ьою", "є", "і", "іх", "іми"]


def uk_forms(n):
    words = ordinal(n, "uk").split()
    last = words[-1]
    if last.endswith("ій"):
        endings, stem = UK_SOFT, last[:-2]
    else:
        endings, stem = UK_HARD, last[:-2]
    out = set()
    for e in endings:
        f = " ".join(words[:-1] + [stem + e])
        out |= {f, f.replace("'", "\u2019"), f.replace("'", "\u02bc")}
    return out


# Bulgarian (num2words has no Bulgarian): ordinals are adjectives in -и with a gender, a number and a postposed
# article ("вторият", "втората", "вторите"); the tens and teens have a full and a spoken spelling ("двадесети",
# "двайсети"); compounds join with "и" and inflect the last word ("двадесет и втората").
BG_UNITS = ["първ", "втор", "трет", "четвърт", "пет", "шест", "седм", "осм", "девет"]
BG_TEENS = {
    11: ["единадесет", "единайсет"],
    12: ["дванадесет", "дванайсет"],
    13: ["тринадесет", "тринайсет"],
    14: ["четиринадесет", "четиринайсет"],
    15: ["петнадесет", "петнайсет"],
    16: ["шестнадесет", "шестнайсет"],
    17: ["седемнадесет", "седемнайсет"],
    18: ["осемнадесет", "осемнайсет"],
    19: ["деветнадесет", "деветнайсет"],
}
BG_TENS = {10: ["десет"], 20: ["двадесет", "двайсет"], 30: ["тридесет", "трийсет"], 40: ["четиридесет", "четирийсет"]}
BG_ENDINGS = ["и", "ия", "ият", "а", "ата", "о", "ото", "ите"]


def bg_forms(n):
    tens, unit = divmod(n, 10)
    if n in BG_TEENS:
        heads, stems = [""], BG_TEENS[n]
    elif unit == 0:
        heads, stems = [""], BG_TENS[n]
    else:
        heads = [f"{w} и " for w in BG_TENS[tens * 10]] if tens else [""]
        stems = [BG_UNITS[unit - 1]]
    return {h + s + e for h in heads for s in stems for e in BG_ENDINGS}


# Polish (written here rather than from num2words, which lacks the case forms): ordinals are adjectives with seven
# cases, three genders and two numbers; "drugi" and "trzeci" take the soft endings; in a compound both words agree
# ("dwudziestej pierwszej").
PL_HARD = ["y", "ego", "emu", "ym", "a", "ej", "ą", "e", "ych", "ymi"]
PL_SOFT = ["i", "iego", "iemu", "im", "ia", "iej", "ią", "ie", "ich", "imi"]
PL_KG = ["i", "iego", "iemu", "im", "a", "iej", "ą", "ie", "ich", "imi"]
PL_UNITS = [
    ("pierwsz", PL_HARD),
    ("drug", PL_KG),
    ("trzec", PL_SOFT),
    ("czwart", PL_HARD),
    ("piąt", PL_HARD),
    ("szóst", PL_HARD),
    ("siódm", PL_HARD),
    ("ósm", PL_HARD),
    ("dziewiąt", PL_HARD),
]
PL_TEENS = ["jedenast", "dwunast", "trzynast", "czternast", "piętnast", "szesnast", "siedemnast", "osiemnast",
            "dziewiętnast"]
PL_TENS = {10: "dziesiąt", 20: "dwudziest", 30: "trzydziest", 40: "czterdziest"}


def pl_forms(n):
    tens, unit = divmod(n, 10)
    if 11 <= n <= 19:
        return {PL_TEENS[n - 11] + e for e in PL_HARD}
    if unit == 0:
        return {PL_TENS[n] + e for e in PL_HARD}
    if tens == 0:
        stem, endings = PL_UNITS[unit - 1]
        return {stem + e for e in endings}
    stem, endings = PL_UNITS[unit - 1]
    return {f"{PL_TENS[tens * 10]}{a} {stem}{b}" for a, b in zip(PL_HARD, endings)}


GENERATORS = {
    "tr": tr_forms,
    "fa": fa_forms,
    "de": de_forms,
    "fr": fr_forms,
    "it": it_forms,
    "es": es_forms,
    "pt": pt_forms,
    "kk": kk_forms,
    "uk": uk_forms,
    "bg": bg_forms,
    "pl": pl_forms,
}


def main():
    for lang, forms in GENERATORS.items():
        path = LEXICON / f"{lang}.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        table = data["values"]["ordinal"]
        added = 0
        for n in range(1, TOP + 1):
            for f in sorted(forms(n)):
                if f not in table:
                    table[f] = n
                    added += 1
                elif table[f] != n:
                    raise SystemExit(f"{lang}: {f} is {table[f]} in the lexicon, {n} here")
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(lang, "added", added)


if __name__ == "__main__":
    main()
