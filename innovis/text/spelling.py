"""Spelling tolerance: a word the corpus never uses is matched to the corpus word it most likely
misspells ("Shenzen" → "shenzhen", "scince" → "science").

A candidate must start with the same letter, differ by at most one edit (insertion, deletion,
substitution or swap of two neighbours) for words of 5 to 7 letters and two for longer ones;
shorter words are left alone, where one edit turns a word into another real one. Among
candidates the closest wins, then the most frequent in the corpus. A word's other national
spelling ("program", "programme") comes before any of them. A word of English is read only
as another inflection of itself ("ranking": "rankings"), never as a word one ending away
("apple": "apply", "plane": "plan").

A corpus word with a block of letters added in one place ("investhk" of "invest", "startmeup"
of "startup") is no misspelling: slips of the fingers drop, double or swap single letters here
and there, while a block of two or more is a piece of another word, as names are coined
("InvestHK", "StartmeUp"). Such a word is left as typed, to be found or not as a name.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping

MIN_LENGTH = 5
LONG_WORD = 8
# American and British spellings of one word, by their endings: a visitor's "program",
# "center" or "organization" is the archive's "programme", "centre", "organisation" (and the
# reverse). Tried before any misspelling, and only a corpus word is taken.
_NATIONAL = (
    ("ization", "isation"),
    ("izations", "isations"),
    ("ize", "ise"),
    ("izes", "ises"),
    ("ized", "ised"),
    ("izing", "ising"),
    ("yze", "yse"),
    ("yzed", "ysed"),
    ("yzing", "ysing"),
    ("er", "re"),
    ("ers", "res"),
    ("or", "our"),
    ("ors", "ours"),
    ("ored", "oured"),
    ("og", "ogue"),
    ("ogs", "ogues"),
    ("ense", "ence"),
    ("eled", "elled"),
    ("eling", "elling"),
    ("am", "amme"),
    ("ams", "ammes"),
    ("ill", "il"),
    ("ollment", "olment"),
)


def national_variants(word: str) -> list[str]:
    """Return the other national spellings `word` may have ("program": "programme")."""
    found = []
    for one, other in _NATIONAL:
        for ending, instead in ((one, other), (other, one)):
            if word.endswith(ending) and len(word) > len(ending) + 2:
                found.append(word[: -len(ending)] + instead)
    return found


def edit_distance(a: str, b: str, limit: int) -> int:
    """Return the Damerau-Levenshtein (optimal string alignment) distance, or limit + 1 if more."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = ca != cb
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def adds_block(typed: str, word: str) -> bool:
    """Return whether `typed` is `word` with two or more letters added side by side, in one
    place ("investhk": "invest" and "hk"; "startmeup": "startup" and "me")."""
    extra = len(typed) - len(word)
    if extra < 2:
        return False
    return any(
        typed[:at] == word[:at] and typed[at + extra :] == word[at:] for at in range(len(word) + 1)
    )


# The ending of a noun of the one a verb is done to ("trainee", "employee"; Quirk et al.,
# Appendix I.31), and of the one who does it ("trainer", "incubator"), singular and plural.
_PATIENT = ("ee", "ees")
_AGENT = ("er", "or", "ers", "ors")


def swaps_role(typed: str, word: str) -> bool:
    """Return whether `typed` names the one a verb is done to and `word` the one who does it,
    or the reverse, from one stem ("incubatee", "incubator"): another word, not a slip."""
    return any(
        one.endswith(patient)
        and other.endswith(agent)
        and one.removesuffix(patient) == other.removesuffix(agent)
        for patient in _PATIENT
        for agent in _AGENT
        for one, other in ((typed, word), (word, typed))
    )


# Regular inflectional endings (Quirk et al. 3.53, 5.84): a plural or a verb's -s, -ed, -ing.
_ENDINGS = ("s", "es", "ed", "d", "ing")
# What a word ends in that takes -es rather than -s ("boxes", "matches").
_SIBILANT = ("s", "x", "z", "ch", "sh", "o")


def _bases(word: str) -> set[str]:
    """Return what `word` may be an inflection of: itself, without a regular ending, with a
    -y back ("companies": "company") or an -e ("closing": "close")."""
    bases = {word}
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            bases.add(word[: -len(ending)])
    if word.endswith("es") and not word[:-2].endswith(_SIBILANT):
        bases.discard(word[:-2])  # "wines" is no "win"; "boxes" is "box"
    if word.endswith(("ies", "ied")):
        bases.add(word[:-3] + "y")
    if word.endswith(("ing", "ed")):
        stem = word[: -3 if word.endswith("ing") else -2]
        bases.add(stem + "e")
        if len(stem) > 3 and stem[-1] == stem[-2]:
            bases.add(stem[:-1])  # "planned": "plan"
    return bases


def _forms(base: str) -> set[str]:
    """Return the regular inflections of `base` ("rank": "ranks", "ranked", "ranking")."""
    plural = "es" if base.endswith(_SIBILANT) else "s"
    if base.endswith("e"):
        return {base, base + "s", base + "d", base[:-1] + "ing"}
    forms = {base, base + plural, base + "ed", base + "ing"}
    if base.endswith("y"):
        forms.update((base[:-1] + "ies", base[:-1] + "ied"))
    return forms


def inflects(word: str, other: str) -> bool:
    """Return whether two words are regular inflections of one word ("ranking", "rankings";
    "company", "companies"), not two words ("plane", "plan"; "apple", "apply")."""
    return any(other in _forms(base) for base in _bases(word)) or any(
        word in _forms(base) for base in _bases(other)
    )


class Speller:
    """Corrects words against a corpus vocabulary of {word: frequency}."""

    def __init__(self, frequencies: Mapping[str, int]) -> None:
        self._frequencies = Counter(frequencies)
        self._buckets: defaultdict[tuple[str, int], list[str]] = defaultdict(list)
        for word in self._frequencies:
            if word.isalpha() and len(word) >= MIN_LENGTH - 1:
                self._buckets[word[0], len(word)].append(word)

    def correct(self, word: str, misspelt: bool = True) -> str | None:
        """Return the corpus word `word` most likely misspells, or None when there is none;
        with `misspelt` False (`word` is a word of its own, "speed"), only its other national
        spelling or another inflection of it ("ranking": "rankings"), never another word
        ("seed"), though it differ only in its ending ("apple": "apply")."""
        if not word.isalpha() or word in self._frequencies:
            return None
        spelled = [other for other in national_variants(word) if other in self._frequencies]
        if spelled:
            return max(spelled, key=self._frequencies.__getitem__)
        if len(word) < MIN_LENGTH:
            return None
        limit = 2 if len(word) >= LONG_WORD else 1
        best: tuple[int, int, str] | None = None
        for length in range(len(word) - limit, len(word) + limit + 1):
            for candidate in self._buckets.get((word[0], length), ()):
                if not misspelt and not inflects(word, candidate):
                    continue
                distance = edit_distance(word, candidate, limit)
                if (
                    distance <= limit
                    and not adds_block(word, candidate)
                    and not swaps_role(word, candidate)
                ):
                    key = (distance, -self._frequencies[candidate], candidate)
                    best = key if best is None or key < best else best
        return best[2] if best else None
