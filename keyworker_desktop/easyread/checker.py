"""Easy-read advice for a piece of plain text.

``check_text`` looks for the things the easy-read rules warn about: long
sentences, acronyms without their full words, long or rare words, and more than
one idea in a sentence. It only advises: the keyworker decides.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from keyworker_desktop.domain.i18n import translate

MAX_WORDS = 15
MAX_SYLLABLES = 3  # words of 4 syllables or more are flagged

#: Acronyms met in this work and their full words.
GLOSSARY: Mapping[str, str] = {
    "CETR": "Care, Education and Treatment Review",
    "C(E)TR": "Care (Education) and Treatment Review",
    "CTR": "Care and Treatment Review",
    "DSR": "Dynamic Support Register",
    "NHS": "National Health Service",
    "CAMHS": "Child and Adolescent Mental Health Services",
    "SENCO": "Special Educational Needs Co-ordinator",
    "SENCo": "Special Educational Needs Co-ordinator",
    "SEN": "Special Educational Needs",
    "SEND": "Special Educational Needs and Disabilities",
    "EHCP": "Education, Health and Care Plan",
    "MDT": "multi-disciplinary team meeting",
    "GP": "family doctor",
    "OT": "occupational therapist",
    "SALT": "speech and language therapist",
    "PBS": "Positive Behaviour Support",
    "LD": "learning disability",
    "ASD": "autism",
    "ASC": "autism",
    "ADHD": "Attention Deficit Hyperactivity Disorder",
    "CLA": "child looked after",
    "LAC": "looked after child",
    "CIN": "child in need",
    "CP": "child protection",
    "A&E": "Accident and Emergency",
    "ICB": "Integrated Care Board",
    "LA": "local authority",
    "RAG": "red, amber, green rating",
}

#: Acronyms that readers know better than their full words.
WELL_KNOWN = frozenset({"OK", "TV", "DVD", "PE", "ID", "UK"})

#: Everyday words of four syllables that easy-read guides use freely.
COMMON_LONG_WORDS = frozenset({
    "everybody", "everything", "everyone", "television", "activity", "activities",
    "information", "january", "february",
})

#: Jargon and the plainer word to use instead.
PLAIN_WORDS: Mapping[str, str] = {
    "facilitate": "help",
    "commence": "start",
    "approximately": "about",
    "assessment": "check",
    "medication": "medicine",
    "appointment": "meeting",
    "accommodation": "home",
    "additional": "more",
    "assist": "help",
    "attend": "go to",
    "consequently": "so",
    "discharge": "leave hospital",
    "utilise": "use",
    "utilize": "use",
    "obtain": "get",
    "purchase": "buy",
    "require": "need",
    "regarding": "about",
    "sufficient": "enough",
    "terminate": "end",
    "objective": "goal",
    "prior": "before",
    "subsequently": "later",
    "intervention": "help",
    "escalate": "ask someone more senior",
    "liaise": "talk with",
    "implement": "do",
    "participate": "take part",
    "residential": "where you live",
    "therapeutic": "helpful",
    "transition": "move",
    "placement": "where you live",
    "review": "meeting to check how things are going",
    "commissioner": "person who pays for services",
    "multidisciplinary": "team",
    "professionals": "people who help you",
}

#: Words that mark the end of one clause and the start of another.
JOINERS = frozenset({"and", "but", "because", "which", "so", "or", "while", "although"})

#: Pronouns that start a clause.
SUBJECTS = frozenset({"i", "you", "he", "she", "we", "they", "it", "i'll", "we'll", "they'll",
                      "he'll", "she'll", "you'll", "i'm", "we're", "they're", "he's", "she's"})

#: A small, fixed list of verbs. A clause counts as one idea when it has one of
#: these, a modal verb, or a word ending in -ed / -ing of five letters or more.
VERBS = frozenset("""
am is are was were be been being have has had do does did will would can could shall should
may might must go goes went going come comes came get gets got make makes made like likes liked
want wants wanted need needs needed feel feels felt see sees saw meet meets met talk talks help
helps say says said tell tells told take takes took give gives gave keep keeps kept know knows
knew think thinks thought look looks find finds found play plays eat eats sleep sleeps live
lives work works call calls phone phones write writes visit visits stay stays let lets try tries
start starts stop stops move moves ask asks agree agrees love loves enjoy enjoys hate hates use
uses bring brings brought read reads learn learns check checks plan plans leave leaves left
""".split())

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’&()\-]*")
_ACRONYM = re.compile(r"^[A-Z][A-Z()&]*[A-Z](?:s)?$")


@dataclass(frozen=True)
class Advice:
    """One piece of advice about one sentence."""

    rule: str  # "long-sentence" | "acronym" | "hard-word" | "several-ideas"
    sentence: str
    message: str  # in the reader's language
    suggestion: str | None = None  # the writer's own language (English word lists)


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``: split after . ! ? and at line breaks."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s and s.strip()]


def words(sentence: str) -> list[str]:
    """The words of a sentence, punctuation trimmed ("C(E)TR" stays whole)."""
    out = []
    for w in _WORD.findall(sentence):
        w = w.rstrip("-'’")
        if w.endswith(")") and "(" not in w:
            w = w[:-1]
        if w:
            out.append(w)
    return out


def count_syllables(word: str) -> int:
    """A rough syllable count: vowel groups, less a silent final e."""
    w = re.sub(r"[^a-z]", "", word.lower())
    if not w:
        return 0
    groups = re.findall(r"[aeiouy]+", w)
    n = len(groups)
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and n > 1:
        n -= 1
    if w.endswith(("ed", "es")) and not w.endswith(("ted", "ded", "ses", "ces", "zes", "ges",
                                                    "xes", "shes", "ches")) and n > 1:
        n -= 1
    # "-ion", "-ia", "-eo", "-ua" etc. are usually two syllables, not one group.
    n += len(re.findall(r"(?:ia|io|eo|ua|uo|iu)(?!n?$)", w))
    n += len(re.findall(r"i[ao]$", w))
    return max(1, n)


def _plain_word(word: str) -> str | None:
    w = word.lower()
    candidates = [w]
    for suffix in ("s", "es", "d", "ed", "ing", "ly"):
        if w.endswith(suffix):
            base = w[: -len(suffix)]
            candidates += [base, base + "e"]
    for c in candidates:
        if c in PLAIN_WORDS:
            return c
    return None


def _is_verbish(word: str) -> bool:
    w = word.lower().replace("’", "'")
    if w in VERBS or w.endswith(("'ll", "'s", "'re", "'ve", "n't")):
        return True
    return len(w) >= 5 and w.endswith(("ed", "ing")) and w not in {"morning", "evening",
                                                                   "something", "nothing",
                                                                   "everything", "anything",
                                                                   "meeting", "during",
                                                                   "feeling", "feelings",
                                                                   "building"}


def clauses(sentence: str) -> list[str]:
    """Parts of a sentence between joining words and semicolons.

    "but", "because", "which", "so", ... and ";" always start a new part. "and"
    and "or" only do when a clause follows: a subject pronoun ("and I go"), a
    verb ("and helps him") or a name and a verb ("and Priya will write"); so
    "Sam and his family" or "Mum and Dad" stay in one part.
    """
    tokens = re.findall(r";|[^\s;]+", sentence)
    parts: list[list[str]] = [[]]
    for k, tok in enumerate(tokens):
        bare = tok.strip(",.!?:").lower()
        nxt = [t.strip(",.!?:") for t in tokens[k + 1 : k + 3]]
        if tok == ";" or bare in JOINERS - {"and", "or"}:
            parts.append([])
        elif bare in ("and", "or") and nxt and (
            nxt[0].lower() in SUBJECTS
            or _is_verbish(nxt[0])
            or (nxt[0][:1].isupper() and len(nxt) > 1 and _is_verbish(nxt[1]))
        ):
            parts.append([])
        else:
            parts[-1].append(tok)
    out = [" ".join(p).strip(" ,.!?") for p in parts]
    return [p for p in out if p]


def _expansion_nearby(expansion: str, sentences: list[str], i: int) -> bool:
    near = " ".join(sentences[max(0, i - 1) : i + 2]).lower()
    return expansion.lower() in near


def check_text(text: str, glossary: Mapping[str, str] | None = None) -> list[Advice]:
    """Advice on ``text`` against the easy-read rules, in reading order.

    ``glossary`` adds to (or overrides) the built-in acronyms. Rules:

    * ``long-sentence``: more than 15 words.
    * ``acronym``: two or more capitals (e.g. CTR, C(E)TR, NHS) whose full words
      are not in the same sentence or the one before or after.
    * ``hard-word``: a word in the jargon list, or of four syllables or more
      (names, i.e. capitalised words inside a sentence, are left alone).
    * ``several-ideas``: splitting the sentence at joining words or ";" (see
      ``clauses``) gives two or more parts that each have a verb-like word (see
      ``VERBS``), so "Mum and Dad will come" is one idea and "I like swimming
      and I go on Fridays" is two.
    """
    gloss = {**GLOSSARY, **(glossary or {})}
    gloss_upper = {k.upper(): v for k, v in gloss.items()}
    sentences = split_sentences(text)
    advice: list[Advice] = []
    for i, sentence in enumerate(sentences):
        ws = words(sentence)
        if len(ws) > MAX_WORDS:
            advice.append(Advice(
                "long-sentence", sentence,
                translate("EasyReadChecker",
                          "This sentence has {count} words. Try {limit} words or fewer.").format(
                    count=len(ws), limit=MAX_WORDS),
                translate("EasyReadChecker", "Split it into two sentences."),
            ))
        seen: set[str] = set()
        for pos, w in enumerate(ws):
            bare = w[:-1] if w.endswith("s") and w[:-1].isupper() else w
            if _ACRONYM.match(w) and sum(ch.isupper() for ch in bare) >= 2:
                if bare in WELL_KNOWN or bare in seen:
                    continue
                seen.add(bare)
                full = gloss.get(bare) or gloss_upper.get(bare.upper())
                if full and _expansion_nearby(full, sentences, i):
                    continue
                advice.append(Advice(
                    "acronym", sentence,
                    translate("EasyReadChecker",
                              "'{word}' is an acronym. Write the full words.").format(word=bare),
                    full,
                ))
                continue
            if pos > 0 and w[:1].isupper():
                continue  # a name
            plain = _plain_word(w)
            if plain:
                advice.append(Advice(
                    "hard-word", sentence,
                    translate("EasyReadChecker", "'{word}' is a hard word.").format(word=w),
                    PLAIN_WORDS[plain],
                ))
            elif (w.isalpha() and not w.isupper() and w.lower() not in COMMON_LONG_WORDS
                  and count_syllables(w) > MAX_SYLLABLES):
                advice.append(Advice(
                    "hard-word", sentence,
                    translate("EasyReadChecker",
                              "'{word}' is a long word. Try a shorter one.").format(word=w), None,
                ))
        parts = clauses(sentence)
        with_verbs = [p for p in parts if any(_is_verbish(x) for x in words(p))]
        if len(with_verbs) >= 2:
            advice.append(Advice(
                "several-ideas", sentence,
                translate("EasyReadChecker",
                          "This sentence may have more than one idea. Use one idea per sentence."),
                ". ".join(p[:1].upper() + p[1:] for p in with_verbs) + ".",
            ))
    return advice
