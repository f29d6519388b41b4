"""`innovis eval` and the evaluation behind it, on the bundled corpus and on a folder of ours."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import innovis
from innovis import EvaluationFileError
from innovis.evaluation import evaluate, read_cases

QUESTIONS = Path(__file__).parent / "data" / "bundled_questions.jsonl"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "innovis", *args], capture_output=True, text=True, timeout=120
    )


def test_question_file_is_large_enough() -> None:
    cases = read_cases(QUESTIONS)
    assert sum(c.expect is not None for c in cases) >= 40
    assert sum(c.expect is None for c in cases) >= 15


def test_bundled_assistant_answers_and_falls_back_well(assistant: innovis.Assistant) -> None:
    report = evaluate(assistant, read_cases(QUESTIONS))
    assert report.accuracy >= 0.93
    assert report.fallback_precision >= 0.9 and report.fallback_recall >= 0.9
    assert 0 <= report.best_threshold <= 1
    assert report.best_right >= report.right


def test_eval_command_prints_figures_and_failures(tmp_path: Path) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        '{"question": "What is the San Tin Technopole?", "expect": "San Tin Technopole"}\n'
        '{"question": "How do I bake bread?", "expect": null}\n'
        '{"question": "How do I bake a cake?", "expect": "bake a cake"}\n',
        encoding="utf-8",
    )
    result = run("eval", str(cases))
    assert result.returncode == 0, result.stderr
    assert "answer accuracy      0.500" in result.stdout
    assert "fallback recall      1.000" in result.stdout
    assert "failures:\n  How do I bake a cake?" in result.stdout
    assert "best threshold" in result.stdout


def test_eval_on_a_folder_of_our_own_as_json(write_corpus, release: str, tmp_path: Path) -> None:
    folder = write_corpus({"drone.txt": release})
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        '{"question": "Who is the director of the lab?", "expect": "the lab\'s director"}\n'
        '{"question": "What is the capital of France?", "expect": null}\n',
        encoding="utf-8",
    )
    result = run("eval", str(cases), "--corpus", str(folder), "--json")
    assert result.returncode == 0, result.stderr
    figures = json.loads(result.stdout)
    assert (figures["accuracy"], figures["fallback_recall"], figures["failures"]) == (1.0, 1.0, [])


def test_expect_any_accepts_either_release_and_failures_name_the_release_quoted(
    write_corpus, tmp_path: Path
) -> None:
    lab = "3 March 2023\nDrone Lab Opens\nThe drone lab opened in June with ten engineers.\n"
    farm = "9 May 2024\nFarm Robots Arrive\nThe farm robots picked strawberries all summer.\n"
    port = "1 Jun 2024\nFerry Figures\nThe ferries carried two million passengers.\n"
    school = "2 Jun 2024\nCoding School\nThe school taught children to write games.\n"
    files = {"lab.txt": lab, "farm.txt": farm, "port.txt": port, "school.txt": school}
    folder = write_corpus(files)
    cases = tmp_path / "cases.jsonl"
    cases.write_text(
        '{"question": "When did the drone lab open?", "expect_any": ["no such text", "in June"],'
        ' "doc": "lab", "note": "extra keys are ignored"}\n'
        '{"question": "What did the farm robots pick?", "expect_any": ["apples", "pears"]}\n',
        encoding="utf-8",
    )
    assert read_cases(cases)[0].wanted == ("no such text", "in June")
    result = run("eval", str(cases), "--corpus", str(folder))
    assert result.returncode == 0, result.stderr
    assert "answer accuracy      0.500" in result.stdout
    assert "wanted “apples” or “pears”" in result.stdout
    assert "from farm, 2024-05-09" in result.stdout
    figures = json.loads(run("eval", str(cases), "--corpus", str(folder), "--json").stdout)
    assert figures["failures"][0]["quoted_from"] == ["farm"]


def test_press_room_fixture_is_large_and_kept_apart() -> None:
    data = Path(__file__).parent / "data"
    tuning = read_cases(data / "pressroom_questions_tuning.jsonl")
    held_out = read_cases(data / "pressroom_questions_heldout.jsonl")
    releases = [p for p in (data / "pressroom").rglob("*") if p.is_file()]
    assert len(releases) >= 30
    assert len(tuning) + len(held_out) >= 80
    assert not {c.question for c in tuning} & {c.question for c in held_out}
    for cases in (tuning, held_out):
        assert sum(c.expect is None for c in cases) >= 10
        assert sum(len(c.wanted) > 1 for c in cases) >= 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json\n", "line 1"),
        ('{"question": "q"}\n', "line 1"),
        ('{"question": "q", "expect_any": []}\n', "line 1"),
        ('{"question": "q", "expect_any": "one"}\n', "line 1"),
        ('{"question": "q", "expect": null, "expect_any": ["a"]}\n', "line 1"),
        ("[1]\n", "line 1"),
        ("\n", "holds no questions"),
    ],
)
def test_bad_question_files_are_reported(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationFileError, match=message):
        read_cases(path)
    result = run("eval", str(path))
    assert result.returncode == 2 and message in result.stderr
    assert "Traceback" not in result.stderr
