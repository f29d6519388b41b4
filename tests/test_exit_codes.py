"""Exit codes a script can trust: 0 answered, 1 fell back, 2 bad input, 3 a bug, 141 a closed
pipe; never a traceback unless INNOVIS_DEBUG asks for one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from innovis.terminal import cli


def _broken(_args: object) -> int:
    raise RuntimeError("something \x1b[31minside broke")


@pytest.mark.parametrize("debug", ["", "1"])
def test_a_bug_exits_3_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], debug: str
) -> None:
    monkeypatch.setattr(cli, "_ask", _broken)
    monkeypatch.setenv("INNOVIS_DEBUG", debug)
    assert cli.main(["ask", "anything"]) == cli.EXIT_BUG
    err = capsys.readouterr().err
    last = err.strip().splitlines()[-1]
    assert last.startswith("innovis: internal error (RuntimeError: something")
    assert "report" in last and "INNOVIS_DEBUG=1" in last and "\x1b" not in last
    assert ("Traceback" in err) == bool(debug)


def test_closed_stdout_ends_quietly() -> None:
    read, write = os.pipe()
    os.close(read)  # like `innovis ask … | head -0`: nobody reads what INNOVIS writes
    try:
        result = subprocess.run(
            [sys.executable, "-m", "innovis", "ask", "What is the GBA?"],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write)
    assert result.returncode == cli.EXIT_BROKEN_PIPE
    assert result.stderr == ""


def _with_closed(stream: str) -> subprocess.CompletedProcess[str]:
    """Run `innovis ask` started with standard output (`>&-`) or error (`2>&-`) closed."""
    command = f'"{sys.executable}" -m innovis ask "What is the GBA?" {stream}'
    return subprocess.run(["sh", "-c", command], capture_output=True, text=True, timeout=120)


def test_no_standard_output_at_all_is_told_on_standard_error_with_exit_2() -> None:
    result = _with_closed(">&-")
    assert result.returncode == cli.EXIT_USAGE
    assert result.stderr == "innovis: error: standard output is closed: nothing could be shown\n"


def test_no_standard_error_changes_nothing_of_the_answer() -> None:
    result = _with_closed("2>&-")
    assert result.returncode == cli.EXIT_ANSWERED
    assert "Greater Bay Area" in result.stdout


def test_eval_on_deeply_nested_json_is_a_clear_input_error(tmp_path: Path) -> None:
    cases = tmp_path / "deep.jsonl"
    cases.write_text("[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "innovis", "eval", str(cases)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == cli.EXIT_USAGE
    assert "line 1: expected" in result.stderr and "Traceback" not in result.stderr
