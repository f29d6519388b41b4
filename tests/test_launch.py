"""How the `innovis` process starts: the library loads on first use of a public name, and the
command runs with what loading made frozen out of the garbage collector's way."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

import innovis
from innovis.terminal import cli, launch


def _python(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout


def test_importing_the_package_loads_the_library_only_when_a_name_is_used() -> None:
    shown = _python(
        "import sys, innovis\n"
        "print('innovis.assistant' in sys.modules)\n"
        "from innovis import Reply\n"
        "print(innovis.Assistant.__module__, Reply.__module__)\n"
    )
    assert shown.split() == ["False", "innovis.assistant", "innovis.models"]


def test_every_public_name_is_there() -> None:
    for name in innovis.__all__:
        assert getattr(innovis, name) is not None
        assert name in dir(innovis)
    with pytest.raises(AttributeError, match="no attribute 'Assistent'"):
        innovis.Assistent  # noqa: B018


def test_the_command_runs_with_the_collector_on_and_what_loading_made_frozen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen = []
    monkeypatch.setattr(cli, "main", lambda: seen.append((gc.isenabled(), gc.get_freeze_count())))
    try:
        with pytest.raises(SystemExit) as exit:
            launch.run()
    finally:
        gc.unfreeze()
    assert exit.value.code is None  # main's status: here None, as it returned nothing
    assert seen and seen[0][0] and seen[0][1] > 0


def test_python_m_innovis_and_the_command_exit_with_the_status_of_main() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "innovis", "ask", "What is the capital of France?"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1 and "couldn't find an answer" in result.stdout


def test_a_cached_ask_imports_neither_typing_nor_nltk() -> None:
    # Importing `typing` takes ~2 ms of a one-question `innovis ask`: the modules it answers
    # with name `typing`'s names for type checkers only (`innovis/tuples.py`). NLTK (with numpy)
    # takes half a second: stemming a word the index does not know ("chairs") uses PyStemmer.
    ask = (
        "import contextlib, io, sys\n"
        "from innovis.terminal import cli\n"
        "for question in ('What is the San Tin Technopole?', 'who chairs HKSTP?', 'thanks'):\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        cli.main(['ask', question])\n"
        "print([name for name in ('typing', 'nltk', 'numpy') if name in sys.modules])\n"
    )
    _python(ask)  # builds the index and caches it
    assert _python(ask).strip() == "[]"


def _run_command(main: str) -> subprocess.CompletedProcess[str]:
    """Run `launch.run` in a fresh process whose `cli.main` is the Python expression `main`."""
    code = (
        "import atexit, os, sys\n"
        "from innovis.terminal import cli, launch\n"
        "leave = os._exit\n"
        "os._exit = lambda code: (sys.stderr.write('at once'), sys.stderr.flush(), leave(code))\n"
        f"cli.main = lambda: {main}\n"
        "launch.run()\n"
    )
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_a_finished_command_ends_the_process_at_once_with_its_output_and_status() -> None:
    ended = _run_command("(print('the answer', end=''), 1)[1]")
    assert (ended.stdout, ended.stderr, ended.returncode) == ("the answer", "at once", 1)


def test_what_is_registered_to_run_at_exit_still_runs() -> None:
    ended = _run_command("(atexit.register(print, 'registered'), print('the answer'), 0)[2]")
    assert (ended.stdout, ended.stderr, ended.returncode) == ("the answer\nregistered\n", "", 0)
