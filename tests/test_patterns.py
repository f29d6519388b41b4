"""Patterns compiled on first use and tried only on text holding one of their needles
(`innovis.text.patterns`): they answer as `re` does, and no needle a match needs is missing."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest
from patterns import holds_a_needle

import innovis
from innovis import answering
from innovis.text.patterns import Pattern


def _library_patterns() -> list[tuple[str, Pattern]]:
    found = []
    for module in pkgutil.walk_packages(innovis.__path__, "innovis."):
        if module.name.startswith(("innovis.web", "innovis.terminal", "innovis.__main__")):
            continue
        for name, value in vars(importlib.import_module(module.name)).items():
            if isinstance(value, Pattern):
                found.append((f"{module.name}.{name}", value))
    return found


PATTERNS = _library_patterns()


def test_the_answering_patterns_are_found() -> None:
    names = {name for name, _ in PATTERNS}
    assert {
        "innovis.answering.kinds.periods._LISTING",
        "innovis.answering.conversation.followups._CONTEXT",
    } <= names


@pytest.mark.parametrize(
    "pattern",
    [pattern for _, pattern in PATTERNS if pattern.needles],
    ids=[name for name, pattern in PATTERNS if pattern.needles],
)
def test_every_text_a_pattern_matches_holds_one_of_its_needles(pattern: Pattern) -> None:
    assert holds_a_needle(pattern.pattern, pattern.needles, fold=pattern.ignores_case)


def test_a_needle_missing_from_the_list_is_caught() -> None:
    assert not holds_a_needle(r"\b(?:latest|newest|right\s+now)\b", ("latest", "newest", "now "))


def test_a_sign_outside_ascii_needs_no_needle_when_case_is_ignored() -> None:
    assert holds_a_needle(r"\bin\s+(?:dollars|€)", ("dollars",), fold=True)
    assert not holds_a_needle(r"\bin\s+(?:dollars|€)", ("dollars",))


def test_a_pattern_is_compiled_only_when_a_text_could_match() -> None:
    pattern = Pattern(r"\bnews?\b", needles="new")
    assert pattern.search("what is the gba?") is None
    assert pattern._compiled is None
    assert pattern.search("any news?") is not None
    assert pattern._compiled is not None


@pytest.mark.parametrize(
    "text", ["", "no news here", "news, news and more news", "renewal", "NEWS", "new\nnews"]
)
def test_a_pattern_answers_as_re_does(text: str) -> None:
    source = r"\b(new)s?\b"
    pattern, compiled = Pattern(source, needles="new"), re.compile(source)
    assert pattern.search(text) == compiled.search(text) or (
        pattern.search(text).span() == compiled.search(text).span()  # type: ignore[union-attr]
    )
    assert pattern.sub("x", text) == compiled.sub("x", text)
    assert pattern.findall(text) == compiled.findall(text)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert bool(pattern.match(text)) == bool(compiled.match(text))
    assert bool(pattern.fullmatch(text)) == bool(compiled.fullmatch(text))


def test_the_answering_stage_compiles_no_pattern_as_it_loads() -> None:
    # Every `innovis ask` imports the whole answering stage, whatever it asks: a pattern
    # compiled at import is paid for by every question (a big one costs a millisecond), where
    # a Pattern is compiled when a question first needs it.
    def compiled(value: object) -> bool:
        if isinstance(value, tuple | list):
            return any(map(compiled, value))
        if isinstance(value, dict):
            return any(map(compiled, value.values()))
        return isinstance(value, re.Pattern)

    eager = [
        f"{module.name}.{name}"
        for module in pkgutil.walk_packages(answering.__path__, "innovis.answering.")
        for name, value in vars(importlib.import_module(module.name)).items()
        if compiled(value)
    ]
    assert not eager, f"compiled as they load (make them text.patterns.Pattern): {eager}"


@pytest.mark.parametrize(
    ("source", "needles", "text"),
    [
        (r"\bhow\s+tall\b", "how", "HOW TALL is it?"),
        (r"\bsites?\b", "site", "the \u017fite"),  # the long s matches s when case is ignored
        (r"\bkb\b", "kb", "64 \u212ab"),  # and the Kelvin sign k
    ],
)
def test_a_pattern_that_ignores_case_finds_what_re_finds(
    source: str, needles: str, text: str
) -> None:
    pattern = Pattern(source, re.IGNORECASE, needles=needles)
    assert pattern.search(text) is not None
    assert re.search(source, text, re.IGNORECASE) is not None


def test_needles_of_a_pattern_that_ignores_case_are_lower_case() -> None:
    with pytest.raises(ValueError, match="lower-case ASCII"):
        Pattern(r"\bHow\b", re.IGNORECASE, needles="How")
