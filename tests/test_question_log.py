"""The question log (`--log FILE`, $INNOVIS_LOG) and `innovis report FILE` for corpus owners."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from commands import run_innovis as innovis_cmd

import innovis
from innovis.question_log import QuestionLog, read_log
from innovis.question_summary import summarise

SAN_TIN = "What is the San Tin Technopole?"


def lines_of(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_ask_with_log_appends_one_line_per_question(tmp_path: Path, run_cli, monkeypatch) -> None:
    log = tmp_path / "questions.jsonl"
    assert run_cli("ask", "--log", str(log), SAN_TIN).code == 0
    monkeypatch.setenv("INNOVIS_LOG", str(log))
    assert run_cli("ask", "How do I bake a chocolate cake?").code == 1
    answered, unanswered = lines_of(log)
    assert answered["question"] == SAN_TIN and answered["kind"] == "answer"
    assert answered["doc_id"] == "2022-01-12-hkstp-supports-i-and-t-ecosystem"
    assert str(answered["title"]).startswith("HKSTP Fully Supports")
    assert answered["source"] == "ask" and str(answered["time"]).endswith("+00:00")
    assert unanswered["kind"] == "fallback" and unanswered["doc_id"] is None
    assert isinstance(unanswered["confidence"], float) and unanswered["confidence"] < 0.4
    assert set(answered) == {"time", "source", "question", "kind", "confidence", "doc_id", "title"}


def test_nothing_is_logged_unless_asked(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    before = set(tmp_path.rglob("*"))
    assert innovis_cmd("ask", SAN_TIN).returncode == 0
    created = {p for p in set(tmp_path.rglob("*")) - before if p.is_file()}
    cache = tmp_path / "home" / "cache"
    assert created and all(cache in p.parents for p in created)  # only the index cache


def test_chat_logs_each_message_but_not_commands(tmp_path: Path, run_cli) -> None:
    log = tmp_path / "chat.jsonl"
    assert run_cli("--log", str(log), stdin=f"hello\n{SAN_TIN}\n/help\n/foo\nbye\n").code == 0
    entries = lines_of(log)
    assert [e["question"] for e in entries] == ["hello", SAN_TIN, "bye"]
    assert [e["kind"] for e in entries] == ["greeting", "answer", "farewell"]
    assert {e["source"] for e in entries} == {"chat"}


def test_a_log_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    result = innovis_cmd("ask", "--log", str(tmp_path / "no" / "such" / "q.jsonl"), SAN_TIN)
    assert result.returncode == 2
    assert "Cannot write the question log" in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_log_file_is_private_to_its_owner(tmp_path: Path) -> None:
    log = QuestionLog(tmp_path / "q.jsonl")
    assert (log.path.stat().st_mode & 0o777) == 0o600


_WRITER = """
import sys
import innovis
from innovis.question_log import QuestionLog
log = QuestionLog(sys.argv[1])
reply = innovis.Reply("fallback", "no", confidence=0.1)
for number in range(int(sys.argv[3])):
    log.record(f"question {sys.argv[2]}-{number} " + "padding " * 600, reply, "test")
"""


def test_several_processes_append_whole_lines(tmp_path: Path) -> None:
    path = tmp_path / "shared.jsonl"
    writers = [
        subprocess.Popen([sys.executable, "-c", _WRITER, str(path), str(n), "150"])
        for n in range(4)
    ]
    assert all(writer.wait(timeout=60) == 0 for writer in writers)
    entries, bad = read_log(path)
    assert bad == 0
    assert sorted(e.question.split()[1] for e in entries) == sorted(
        f"{n}-{i}" for n in range(4) for i in range(150)
    )


def entry_log(tmp_path: Path, asked: list[tuple[str, str, float]]) -> Path:
    """Write a log of (question, kind, confidence) replies; return its path."""
    log = QuestionLog(tmp_path / "asked.jsonl")
    for question, kind, confidence in asked:
        passages = ()
        if kind == "answer":
            passages = (innovis.Passage("park", "Park News", None, "x", 0, 1, 1.0),)
        log.record(question, innovis.Reply(kind, "...", passages, confidence), "test")  # type: ignore[arg-type]
    return log.path


ASKED = [
    ("How do I rent an office?", "fallback", 0.1),
    ("how do I rent an office", "fallback", 0.1),
    ("Office rental prices?", "fallback", 0.2),
    ("Can I rent an office at the park?", "fallback", 0.15),
    ("What is the capital of France?", "fallback", 0.0),
    ("capital of France", "fallback", 0.0),
    ("Do you rent labs?", "fallback", 0.1),
    ("Is the football pitch open?", "fallback", 0.1),
    ("football pitch booking", "fallback", 0.1),
    ("What size in square foot?", "fallback", 0.1),
    ("more", "fallback", 0.0),
    ("When does the park open?", "answer", 0.45),
    ("park opening hours", "answer", 0.5),
    ("What is the San Tin Technopole?", "answer", 0.95),
    ("hello", "greeting", 1.0),
]


def test_summary_groups_questions_by_their_words(tmp_path: Path) -> None:
    entries, _ = read_log(entry_log(tmp_path, ASKED))
    summary = summarise(entries, below=0.6)
    assert (summary.total, summary.answered, summary.unanswered, summary.unsure) == (15, 3, 11, 2)
    office, france, football, *singles = summary.unanswered_groups
    labs, foot = sorted(singles, key=lambda group: "foot" in group.terms)
    assert office.asked == 4 and "office" in office.terms and "rent" in office.terms
    assert office.questions[0] == ("How do I rent an office?", 2)  # same words, case aside
    assert france.asked == 2 and set(france.terms) == {"capital", "france"}
    assert labs.asked == 1  # "rent" alone is not enough to join the office questions
    assert football.asked == 2 and "football" in football.terms and "foot" in foot.terms
    assert [g.asked for g in summary.unsure_groups] == [2]  # "opening hours" joins "open"
    assert all("more" not in g.terms for g in summary.unanswered_groups)


def test_report_command_shows_what_to_add(tmp_path: Path, run_cli) -> None:
    path = entry_log(tmp_path, ASKED)
    path.write_text(path.read_text(encoding="utf-8") + "not json\n", encoding="utf-8")
    code, out, err = run_cli("report", str(path))
    assert code == 0, err
    assert "15 messages" in out and "skipped 1 line" in err
    without, unsure = out.split("Answered, but unsure")
    assert without.index("How do I rent an office?") < without.index("capital of France")
    assert "4 times" in without and "San Tin" not in out
    assert "When does the park open?" in unsure and "Park News" in unsure
    data = json.loads(run_cli("report", "--json", "--top", "1", str(path)).out)
    assert data["unanswered"] == 11 and len(data["unanswered_groups"]) == 1
    assert data["unanswered_groups"][0]["questions"][0]["count"] == 2


def test_report_never_prints_control_codes_from_questions(tmp_path: Path, run_cli) -> None:
    path = entry_log(tmp_path, [("rent \x1b[31man office\x07", "fallback", 0.1)])
    code, out, _ = run_cli("report", str(path))
    assert code == 0
    assert "\x1b" not in out and "\x07" not in out and "rent" in out


def test_report_on_a_missing_log_says_how_to_start_one(tmp_path: Path, run_cli) -> None:
    code, _, err = run_cli("report", str(tmp_path / "missing.jsonl"))
    assert code == 2
    assert "No question log at" in err and "--log" in err


def test_report_reads_lines_without_the_optional_fields(tmp_path: Path) -> None:
    path = tmp_path / "served.jsonl"
    line = {"time": "2026-01-02T03:04:05Z", "question": "Where do I park?", "kind": "fallback"}
    path.write_text(json.dumps({**line, "confidence": 0.1}) + "\n", encoding="utf-8")
    entries, bad = read_log(path)
    assert bad == 0 and entries[0].question == "Where do I park?" and entries[0].doc_id is None
    summary = summarise(entries)
    assert summary.unanswered_groups[0].terms == ("park",)
    assert summary.first == "2026-01-02T03:04:05Z"


def test_report_with_the_corpus_names_the_words_it_never_uses(
    tmp_path: Path, run_cli, write_corpus, release: str
) -> None:
    folder = write_corpus({"drone.txt": release})
    asked = [("Is there a canteen at the drone lab?", "fallback", 0.2)] * 2
    path = entry_log(tmp_path, asked)
    code, out, err = run_cli("report", str(path), "--corpus", str(folder))
    assert code == 0, err
    assert "the releases never use: canteen" in out
    assert "drone" not in out.split("never use:")[1]
    data = json.loads(run_cli("report", "--json", str(path), "--corpus", str(folder)).out)
    assert data["unanswered_groups"][0]["unused_words"] == ["canteen"]
    assert "never use" not in run_cli("report", str(path)).out  # no corpus named, no claim
