"""`innovis index -o DIR` and `Assistant.save` never destroy what INNOVIS did not write."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import innovis
from innovis import IndexWriteError
from innovis.terminal.cli import main


@pytest.fixture
def corpus(write_corpus, release: str) -> Path:
    return write_corpus({"drone.txt": release})


def index(corpus: Path, output: str, capsys) -> tuple[int, str]:
    code = main(["index", str(corpus), "-o", output])
    return code, capsys.readouterr().err


def files_below(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in folder.rglob("*")
        if path.is_file()
    }


def test_a_folder_with_a_foreign_manifest_is_left_whole(corpus, tmp_path, capsys) -> None:
    project = tmp_path / "proj"
    (project / "src").mkdir(parents=True)
    (project / "manifest.json").write_text('{"name": "my-app"}', encoding="utf-8")
    (project / "important.txt").write_text("keep me", encoding="utf-8")
    (project / "src" / "main.js").write_text("console.log(1)", encoding="utf-8")
    before = files_below(project)
    code, err = index(corpus, str(project), capsys)
    assert code == 2 and "other files in it" in err and "Traceback" not in err
    assert files_below(project) == before


def test_a_file_added_to_an_index_folder_is_not_deleted(corpus, tmp_path, capsys) -> None:
    output = tmp_path / "drone-index"
    assert index(corpus, str(output), capsys)[0] == 0
    (output / "my-notes.txt").write_text("mine", encoding="utf-8")
    code, err = index(corpus, str(output), capsys)
    assert code == 2 and "'my-notes.txt'" in err
    assert (output / "my-notes.txt").read_text(encoding="utf-8") == "mine"
    assert innovis.Assistant.load(output).ask("drone laboratory").kind == "answer"


def test_an_index_folder_innovis_wrote_is_replaced(corpus, tmp_path, capsys) -> None:
    output = tmp_path / "drone-index"
    assert index(corpus, str(output), capsys)[0] == 0
    assert index(corpus, str(output), capsys)[0] == 0
    assert innovis.Assistant.load(output).ask("drone laboratory").kind == "answer"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_empty_folder_is_written_into(corpus, tmp_path, capsys) -> None:
    output = tmp_path / "empty"
    output.mkdir()
    assert index(corpus, str(output), capsys)[0] == 0
    assert (output / "manifest.json").is_file()


@pytest.mark.parametrize("name", ["afile", ""])
def test_a_file_or_no_name_is_refused(corpus, tmp_path, capsys, monkeypatch, name) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "afile").write_text("not a folder", encoding="utf-8")
    code, err = index(corpus, name, capsys)
    assert code == 2 and err.startswith("innovis: error:") and "Traceback" not in err
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "not a folder"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a non-root POSIX user")
def test_a_read_only_parent_is_refused(corpus, tmp_path, capsys) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        code, err = index(corpus, str(locked / "index"), capsys)
    finally:
        locked.chmod(0o700)
    assert code == 2 and "Cannot write in" in err


def test_a_folder_that_cannot_be_written_gives_a_clear_error(corpus, tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkdtemp", refuse)
    assistant = innovis.Assistant.from_path(corpus)
    with pytest.raises(IndexWriteError, match="Permission denied"):
        assistant.save(tmp_path / "index")


def test_save_refuses_a_folder_of_other_files(corpus, tmp_path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "cat.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(IndexWriteError, match=r"'cat\.jpg'"):
        innovis.Assistant.from_path(corpus).save(folder)
    assert (folder / "cat.jpg").read_bytes() == b"\xff\xd8"


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="names descriptors via /proc")
def test_every_file_and_the_folder_reach_the_disk_before_the_rename(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("innovis.index.folders.DURABLE", True)
    flushed: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        flushed.append(os.path.basename(os.readlink(f"/proc/self/fd/{descriptor}")))
        real_fsync(descriptor)

    def replace(source, target) -> None:
        flushed.append(f"rename to {Path(target).name}")
        real_replace(source, target)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    output = tmp_path / "index"
    innovis.Assistant.from_path(corpus).save(output)
    renamed = flushed.index("rename to index")
    before = set(flushed[:renamed])
    assert {p.name for p in output.iterdir()} <= before  # every file
    assert any(name.startswith(".index.") for name in before)  # the folder itself
    assert flushed[renamed + 1 :] == [tmp_path.name]  # then the folder it was renamed in


def test_what_a_killed_index_run_left_beside_the_folder_is_removed(corpus, tmp_path) -> None:
    dead = 99_999_999  # far above any process id a system hands out
    left = tmp_path / f".drone-index.{dead}.ab12"
    left.mkdir()
    (left / "texts.utf8").write_bytes(b"half")
    (left / "sentences.idf.npy").write_bytes(b"\x93NUMPY")
    users = tmp_path / f".drone-index.{dead}.notes"
    users.mkdir()
    (users / "todo.txt").write_text("mine", encoding="utf-8")
    innovis.Assistant.from_path(corpus).save(tmp_path / "drone-index")
    assert not left.exists()
    assert (users / "todo.txt").read_text(encoding="utf-8") == "mine"  # not index files
