"""`innovis serve` as a real server: the index made once, two workers, conversations that
either worker continues, the question log, and a clear error for a busy port."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

from web_browser import running_server

import innovis

RELEASE = """\
---
title: Harbour Ferry Goes Electric
date: 2024-02-01
url: https://example.org/news/ferry
---
The harbour ferry now runs on batteries.

Each battery pack stores two megawatt hours.

The ferry carries four hundred passengers a trip.

Charging the ferry takes forty minutes at the pier.

The electric ferry saves three thousand tonnes of carbon a year.
"""


def _post(url: str, body: dict[str, Any]) -> dict[str, Any]:
    request = urllib.request.Request(
        url + "api/ask",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", "Connection": "close"},
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        result: dict[str, Any] = json.load(response)
        return result


def test_two_workers_share_one_index_and_continue_each_others_conversations(
    tmp_path: Path,
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "ferry.md").write_text(RELEASE, encoding="utf-8")
    log = tmp_path / "questions.jsonl"
    with running_server(corpus, tmp_path / "home", "--workers", "2", "--log", str(log)) as url:
        with urllib.request.urlopen(url + "healthz", timeout=10) as response:
            assert json.load(response) == {"status": "ok", "documents": 1, "sentences": 5}
        # Each request is a new connection, which either worker may accept: a conversation
        # kept in one worker's memory would be lost about half the time.
        chat = innovis.Assistant.from_path(corpus).conversation()
        messages = ["Tell me about the ferry", "more", "more", "more"]
        token = None
        for message in messages:
            reply = _post(url, {"question": message, "conversation": token, "k": 1})
            assert reply["text"] == chat.ask(message, k=1).text
            token = reply["conversation"]
        assert reply["kind"] == "answer"  # the fourth passage on the ferry: no turn was lost
    lines = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]
    assert [line["question"] for line in lines] == messages


def test_a_busy_port_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "innovis", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
            env={
                "HOME": str(tmp_path),
                "XDG_CACHE_HOME": str(tmp_path / "cache"),
                "PATH": "/usr/bin:/bin",
            },
        )
    assert result.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


def test_accepted_connections_get_tcp_nodelay() -> None:
    # uvicorn issue #3149: a listener made with protocol 0 hands asyncio accepted sockets that
    # it will not set TCP_NODELAY on, and every keep-alive reply then waits ~40 ms.
    from innovis.web.server import listening_socket

    with (
        listening_socket("127.0.0.1", 0) as listener,
        socket.create_connection(listener.getsockname()[:2]),
    ):
        accepted, _ = listener.accept()
        with accepted:
            assert accepted.proto == socket.IPPROTO_TCP
            assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)


def test_an_unwritable_question_log_is_a_clear_error(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "innovis",
            "serve",
            "--port",
            "0",
            "--log",
            str(tmp_path / "missing" / "log.jsonl"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={"HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path / "cache"), "PATH": "/bin"},
    )
    assert result.returncode == 2
    assert "Cannot write the question log" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_short_secret_is_refused(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "innovis", "serve", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            "HOME": str(tmp_path),
            "XDG_CACHE_HOME": str(tmp_path / "cache"),
            "PATH": "/bin",
            "INNOVIS_SECRET": "abcd" * 4,
        },
    )
    assert result.returncode == 2
    assert "at least 32 hex digits" in result.stderr
