"""Word forms the Snowball stemmer leaves apart though they are one word to a reader.

Snowball strips regular endings ("appointed", "joins", "opening"), but an irregular verb
changes its vowel: a visitor asks "when did it begin?" and the release says it "began
operation"; "who won?" and "the startup that wins". Each form here is read as its base form
before stemming, in questions and releases alike (`analysis.stem`), so either finds the other.

Left out on purpose: forms that are as often another word ("found" is also "to found", "left"
a direction, "saw", "felt", "bit" and "fed" other words, "born" an adjective, "Hung" and "Sung"
surnames), so a sentence about one is never read as about the other.

A role compound names one post whoever holds it: a visitor asks how long someone was
"chairwoman", "chairperson" or "spokeswoman" where a release writes "chairman" or "spokesman".
Each is read as its "-man" form (`role_forms`).

`NOMINALISED` is the same for the few nouns a release uses for what a visitor asks with a verb
("applicants" for "how many applied", "expansion" for "expanded", "successor" for "succeeded"),
where Snowball's stems differ; it keeps to families whose members mean the same event.
"""

from __future__ import annotations

# base form: its irregular past tense and past participle forms.
_IRREGULAR = {
    "arise": "arose arisen",
    "awake": "awoke awoken",
    "become": "became",
    "begin": "began begun",
    "blow": "blew blown",
    "break": "broke broken",
    "bring": "brought",
    "build": "built",
    "buy": "bought",
    "catch": "caught",
    "choose": "chose chosen",
    "come": "came",
    "deal": "dealt",
    "draw": "drew drawn",
    "drive": "drove driven",
    "eat": "ate eaten",
    "fall": "fell fallen",
    "fight": "fought",
    "flee": "fled",
    "fly": "flew flown",
    "foresee": "foresaw foreseen",
    "forget": "forgot forgotten",
    "forgive": "forgave forgiven",
    "freeze": "froze frozen",
    "get": "got gotten",
    "give": "gave given",
    "go": "went gone",
    "grow": "grew grown",
    "hear": "heard",
    "hold": "held",
    "keep": "kept",
    "know": "knew known",
    "lead": "led",
    "lend": "lent",
    "lose": "lost",
    "make": "made",
    "mean": "meant",
    "meet": "met",
    "oversee": "oversaw overseen",
    "overcome": "overcame",
    "overtake": "overtook overtaken",
    "pay": "paid",
    "rebuild": "rebuilt",
    "rise": "rose risen",
    "run": "ran",
    "see": "seen",
    "seek": "sought",
    "sell": "sold",
    "send": "sent",
    "shake": "shook shaken",
    "shine": "shone",
    "shoot": "shot",
    "show": "shown",
    "shrink": "shrank shrunk",
    "sink": "sank sunk",
    "sit": "sat",
    "sleep": "slept",
    "speak": "spoke spoken",
    "spend": "spent",
    "spin": "spun",
    "stand": "stood",
    "stick": "stuck",
    "strike": "struck stricken",
    "take": "took taken",
    "teach": "taught",
    "tell": "told",
    "think": "thought",
    "throw": "threw thrown",
    "undergo": "underwent undergone",
    "understand": "understood",
    "undertake": "undertook undertaken",
    "uphold": "upheld",
    "wear": "wore worn",
    "win": "won",
    "withdraw": "withdrew withdrawn",
    "write": "wrote written",
}

# base verb: nouns for the same event, or its doer, whose Snowball stems differ from the verb's.
_NOMINALISED = {
    "apply": "application applications applicant applicants",
    "admit": "admission admissions",
    "decide": "decision decisions",
    "expand": "expansion expansions",
    "extend": "extension extensions",
    "grow": "growth",
    "include": "inclusion",
    "succeed": "successor successors succession",
    "found": "founder founders founding",
    "compete": "competition competitions competitor competitors",
    "participate": "participant participants participation",
    "attend": "attendee attendees attendance",
    # The one an event is done to ("-ee"): an "incubatee" is incubated, a "trainee" trained.
    "incubate": "incubatee incubatees",
    "train": "trainee trainees",
    "appoint": "appointee appointees",
    "nominate": "nominee nominees",
    "arrive": "arrival",
    "acquire": "acquisition acquisitions",
    "depart": "departure",
    "retire": "retirement",
    "chair": "chairman chairmen chairwoman chairwomen chairperson chairpersons",
}

BASE = {
    form: base
    for table in (_IRREGULAR, _NOMINALISED)
    for base, forms in table.items()
    for form in forms.split()
}


# The endings of a role compound's other forms, each read as "-man". "-men" only after an "s"
# ("spokesmen", "businessmen"): other words end in it ("specimen", "abdomen", "regimen").
_ROLE_ENDINGS = ("woman", "women", "person", "persons", "people", "smen")
# The forms of a role compound, from its "-man" form.
_ROLE_FORMS = ("man", "men", "woman", "women", "person", "persons", "people")
# The shortest stem of a role compound ("lay" of "layperson"): "woman" itself is none.
_ROLE_STEM = 3


def _role_stem(word: str) -> str | None:
    """Return what a role compound's ending follows ("chair" of "chairwoman"), or None when
    `word` is no role compound in one of its -woman, -person or plural forms."""
    for ending in _ROLE_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _ROLE_STEM:
            stem = word[: -len(ending)]
            return stem + "s" if ending == "smen" else stem
    return None


def role_forms(word: str) -> frozenset[str]:
    """Return the forms of a (lower-case) role compound, "chairman", "chairwoman",
    "chairperson" and their plurals, from any of them; an empty set for another word."""
    stem = _role_stem(word)
    for ending in ("man", "men"):
        if stem is None and word.endswith(ending) and len(word) - 3 >= _ROLE_STEM:
            # A "-man" form and its plural ("chairmen"): their other forms are only looked
            # for, never read as them ("specimen" is no role).
            stem = word[:-3]
    return frozenset() if stem is None else frozenset(stem + ending for ending in _ROLE_FORMS)


def irregular_forms(word: str) -> frozenset[str]:
    """Return the irregular past forms of a (lower-case) verb ("win": "won"), if any."""
    return frozenset(_IRREGULAR.get(word, "").split())


def base_form(word: str) -> str:
    """Return the base form of a lower-case word the stemmer would leave apart from it, or the
    word itself."""
    if word in BASE:
        return BASE[word]
    stem = _role_stem(word)
    return word if stem is None else stem + "man"
