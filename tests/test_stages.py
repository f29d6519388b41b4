"""The answering stages import one way (STYLE.md, rule 2): `words` → `kinds` → `question` →
`ranking` → `conversation`, each importing only the stages before it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from innovis import answering

STAGES = ("words", "kinds", "question", "ranking", "conversation")
ROOT = Path(answering.__path__[0])


def _stage_of(module: str) -> str | None:
    """Return the answering stage an absolute module name lies in, or None."""
    parts = module.split(".")
    if parts[:2] == ["innovis", "answering"] and len(parts) > 2:
        return parts[2]
    return None


def _imported(source: str, package: str) -> set[str]:
    """Return the absolute names a module of `package` imports, wherever in its code."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            parts = package.split(".")
            base = parts[: len(parts) - node.level + 1] if node.level else []
            module = ".".join([*base, *([node.module] if node.module else [])])
            found.add(module)
            found |= {f"{module}.{alias.name}" for alias in node.names}
    return found


def _stage_imports(stage: str) -> list[tuple[str, str]]:
    """Return (file, imported module) for every module of `stage`."""
    package = f"innovis.answering.{stage}"
    return [
        (path.name, name)
        for path in sorted((ROOT / stage).glob("*.py"))
        for name in _imported(path.read_text(encoding="utf-8"), package)
    ]


def test_every_answering_module_lies_in_a_stage() -> None:
    assert sorted(path.name for path in ROOT.glob("*.py")) == ["__init__.py"]
    packages = sorted(path.name for path in ROOT.iterdir() if (path / "__init__.py").exists())
    assert packages == sorted(STAGES)


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_imports_no_later_stage(stage: str) -> None:
    later = set(STAGES[STAGES.index(stage) + 1 :])
    wrong = [
        f"{file} imports {name}" for file, name in _stage_imports(stage) if _stage_of(name) in later
    ]
    assert not wrong, f"answering/{stage}/ imports a later stage: {wrong}"


@pytest.mark.parametrize(
    "source",
    [
        "from ..conversation.dialogue import Dialogue\n",
        "from ..conversation import dialogue\n",
        "def f():\n    from innovis.answering.ranking.retrieval import Retriever\n",
        "import innovis.answering.question.query\n",
    ],
)
def test_a_later_stage_import_is_seen(source: str) -> None:
    names = _imported(source, "innovis.answering.words")
    assert {_stage_of(name) for name in names} & {"conversation", "ranking", "question"}


def test_an_import_of_the_same_stage_or_below_is_read_as_such() -> None:
    names = _imported(
        "from .specific import zipf\nfrom ...text.patterns import Pattern\n",
        "innovis.answering.words",
    )
    assert "innovis.answering.words.specific" in names
    assert "innovis.text.patterns" in names
