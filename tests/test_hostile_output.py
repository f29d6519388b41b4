"""Nothing a corpus or a question holds reaches the terminal as a control code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import innovis
from innovis.text import printable as shown
from innovis.text.patterns import Pattern
from innovis.text.printable import printable, printable_json

# Bytes a terminal obeys: ESC, BEL, CSI (U+009B, UTF-8 encoded), and a bare carriage return.
HOSTILE_BYTES = (b"\x1b", b"\x07", b"\xc2\x9b", b"\r", b"\x00")
POISONED = {
    "drone.txt": "12 Jan 2022\nDrone \x1b]0;PWNED\x07\x1b[31mLab Opens \x9b31m\n\n"
    "The drone laboratory \x1b[2J opened at Science Park in May.\x07 "
    "It tests delivery drones for hospitals.\x00\n",
    "park.txt": "3 Mar 2023\nPark Adds Buildings\n\nThe park adds two buildings next year.\n",
    "fund.txt": "5 Apr 2023\nA Fund for Biotech\n\nA fund of HK$50 million backs biotech firms.\n",
}


def run(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "innovis", *args],
        input=stdin,
        capture_output=True,
        env={**os.environ, "COLUMNS": "80"},
        timeout=120,
    )


@pytest.fixture
def poisoned(write_corpus) -> Path:
    folder: Path = write_corpus(POISONED)
    return folder


@pytest.mark.parametrize(
    "args",
    [
        ["ask", "What does the drone labratory test?"],  # answered, with "Did you mean …?"
        ["ask", "--json", "What does the drone labratory test?"],
        ["ask", "Where do I buy a bicycle?"],  # the fallback lists the poisoned title
        ["ask", "--json", "Where do I buy a bicycle?"],
        ["ask", "What does the drone labratory\x1b]0;X\x07 test\x9b?"],
        ["chat"],
    ],
)
def test_no_control_codes_in_what_innovis_prints(poisoned: Path, args: list[str]) -> None:
    lines = "What does the drone labratory\x1b[31m test?\nwhat can you do?\nbicycles?\n"
    result = run("--corpus", str(poisoned), *args, stdin=lines.encode())
    assert result.returncode in (0, 1), result.stderr
    assert b"Lab Opens" in result.stdout or b"\\u001b" in result.stdout
    for byte in HOSTILE_BYTES:
        assert byte not in result.stdout
        assert byte not in result.stderr


def test_json_escapes_c1_controls_and_reads_back_unchanged(poisoned: Path) -> None:
    result = run("--corpus", str(poisoned), "ask", "--json", "What does the drone laboratory test?")
    assert b"\\u009b" in result.stdout and b"\\u001b" in result.stdout
    reply = json.loads(result.stdout)
    assert reply["passages"][0]["title"] == "Drone \x1b]0;PWNED\x07\x1b[31mLab Opens \x9b31m"


def test_did_you_mean_does_not_echo_typed_escapes(poisoned: Path) -> None:
    result = run("--corpus", str(poisoned), "ask", "What does the drone labratory \x1b[5m test?")
    assert result.returncode == 0
    assert "Did you mean" in result.stdout.decode()
    assert b"\x1b" not in result.stdout


def test_printable_keeps_newlines_tabs_and_letters() -> None:
    assert printable("Caf\u00e9\tok\n“東”") == "Caf\u00e9\tok\n“東”"
    assert printable("a\x1b[31mb\x9bc\x07\rd\udce9") == "a\ufffd[31mb\ufffdc\ufffd d\ufffd"


def test_printable_json_escapes_what_json_dumps_passes_raw() -> None:
    data = {"t": "x\x9by\x7f\u00e9\x1b\udce9"}
    text = printable_json(data, indent=None)
    assert text == '{"t": "x\\u009by\\u007f\u00e9\\u001b\\udce9"}'
    assert json.loads(text) == data


def test_usage_errors_do_not_echo_typed_escapes() -> None:
    result = run("ask", "--bogus\x1b]0;PWNED\x07", "What is the GBA?")
    assert result.returncode == 2 and b"unrecognized arguments" in result.stderr
    assert b"\x1b" not in result.stderr and b"\x07" not in result.stderr


def test_the_web_api_escapes_control_characters_too() -> None:
    from starlette.testclient import TestClient

    from innovis.web.app import create_app
    from innovis.web.tokens import TokenSigner, new_secret

    documents = [
        innovis.Document("lab", "The drone lab opened in May.\x9b", "Lab \x1b]0;X\x07Opens"),
        innovis.Document("fund", "A fund backs biotech firms in the region.", "Fund"),
        innovis.Document("park", "The park adds two buildings next year.", "Park"),
    ]
    app = create_app(innovis.Assistant(documents), TokenSigner(new_secret()))
    response = TestClient(app).post("/api/ask", json={"question": "When did the lab open?"})
    assert response.json()["passages"][0]["title"] == "Lab \x1b]0;X\x07Opens"
    for byte in HOSTILE_BYTES:
        assert byte not in response.content


def test_bidirectional_overrides_and_line_separators_are_replaced() -> None:
    assert printable("a\u202eb\u2066c\u2028d") == "a\ufffdb\ufffdc d"


@pytest.mark.parametrize("code", [*range(0x20), *range(0x7F, 0xA0), *range(0x2028, 0x202F)])
def test_control_characters_among_printable_text_are_replaced(code: int) -> None:
    text = f"Caf\u00e9 “東” {chr(code)} ok"
    if chr(code) in "\t\n":
        assert printable(text) == text
    else:
        assert printable(text) in (text.replace(chr(code), " "), text.replace(chr(code), "\ufffd"))


@pytest.mark.parametrize("pattern", [shown._UNSAFE, shown._UNSAFE_IN_JSON], ids=["text", "json"])
def test_every_character_the_patterns_replace_is_unprintable(pattern: Pattern) -> None:
    # Text that Python counts as printable (newlines and tabs aside) is shown as it is, without
    # trying the pattern: that is safe only while Python counts none of these as printable.
    replaced = [chr(code) for code in range(0x10000) if pattern.search(chr(code))]
    assert len(replaced) > 2048
    assert not [char for char in replaced if char.isprintable()]
