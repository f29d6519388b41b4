"""What it costs the cache to tell whether a large corpus folder has changed.

    python scripts/change_check.py [--files 10000] [--size 2000] [--runs 7]

Writes `--files` releases of about `--size` bytes each into a temporary folder, then times
(medians, taken in turns, warm page cache) what a question pays while the corpus is unchanged,
and what it would pay if the cache hashed the content every time instead:

* listing the corpus files alone (`corpus_files`);
* the stamp the cache notes (size, mtime, ctime, inode and device of every file, `Stamp`);
* the stamp of names, sizes and mtimes only, as the cache used before;
* hashing every file's content (`corpus_key`).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from innovis.index.freshness import Stamp, corpus_key
from innovis.index.ranking import RankingConfig
from innovis.reading.files import corpus_files


def old_stamp(path: Path) -> str:
    """The stamp before content changes were looked for: names, sizes, modification times."""
    parts = []
    for file in corpus_files(path):
        status = file.stat()
        parts.append(f"{file}\0{status.st_size}\0{status.st_mtime_ns}")
    return "\n".join(parts)


def medians_ms(actions: dict[str, Callable[[], object]], runs: int) -> dict[str, float]:
    """Return the median time of each action, run in turns so that a busy machine slows them
    alike."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for action in actions.values():
        action()  # warm the page cache and the imports
    for _ in range(runs):
        for name, action in actions.items():
            started = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - started)
    return {name: statistics.median(found) * 1000 for name, found in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--size", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    config = RankingConfig()
    line = "The laboratory will test delivery drones for hospitals in the park. "
    text = "3 March 2023\nA Release\n" + line * (args.size // len(line))
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for number in range(args.files):
            sub = folder / f"{number // 1000:03d}"
            sub.mkdir(exist_ok=True)
            (sub / f"release-{number}.txt").write_text(text, encoding="utf-8")
        megabytes = sum(p.stat().st_size for p in corpus_files(folder)) / 2**20
        rows = medians_ms(
            {
                "list the files": lambda: corpus_files(folder),
                "stamp: size, mtime (before)": lambda: old_stamp(folder),
                "stamp: + ctime, inode, device": lambda: Stamp(
                    folder, config, corpus_files(folder)
                ),
                "hash every file's content": lambda: corpus_key(folder, config),
            },
            args.runs,
        )
    print(f"{args.files:,} files, {megabytes:,.1f} MB, medians of {args.runs} runs")
    for name, ms in rows.items():
        print(f"{name:32} {ms:9.1f} ms")


if __name__ == "__main__":
    main()
