"""Time indexing one large release from scratch: a fresh `innovis index` on generated prose.

    python scripts/index_time.py                          # 10 MB on one line, 3 runs
    python scripts/index_time.py --layout paragraphs      # the same text in ~1,000-char paragraphs
    python scripts/index_time.py --tree /old/checkout     # the same, with another source tree too

The release is varied English-like prose written by a seeded generator (sentence templates, a
few thousand invented names and words), so that Punkt and the analyser meet as many distinct
words as in real releases. Each run is a new process: wall time, and CPU time of the process
and its children (the second process that splits a long release), medians of the runs. With
`--tree`, each source tree is timed in turn (through PYTHONPATH), so a busy machine slows them
alike; on a shared machine the CPU time moves least.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SUBJECTS = "The company|Our team|The park|The new laboratory|A local startup|The chairman".split(
    "|"
)
VERBS = "announced opened launched expanded completed tested funded designed signed".split()
ADJECTIVES = "new advanced regional sustainable digital robotic medical public shared".split()
OBJECTS = "drone laboratory|battery plant|data centre|health platform|training scheme".split("|")
ENDINGS = "in March|last year|with its partners|for local hospitals|at Science Park".split("|")
SYLLABLES = "ka lo mi ren tor va sel qui dan bro fe lix mon tra zu pe gar hol nis ost".split()


def prose(size: int, seed: int = 11) -> str:
    """Return about `size` characters of varied sentences on one line."""
    chosen = random.Random(seed)

    def invented() -> str:
        return "".join(chosen.choices(SYLLABLES, k=chosen.randint(2, 4)))

    words = [invented() + chosen.choice(["", "s", "ing", "ment", "er"]) for _ in range(30_000)]
    sentences, length = [], 0
    while length < size:
        if chosen.random() < 0.35:
            name = f"{invented().capitalize()} {invented().capitalize()} Ltd."
            sentence = (
                f"{name} {chosen.choice(VERBS)} the {chosen.choice(words)} of "
                f"{chosen.choice(words)} {chosen.choice(ENDINGS)}, {chosen.choice(words)} "
                f"{chosen.choice(OBJECTS)}s."
            )
        else:
            sentence = (
                f"{chosen.choice(SUBJECTS)} {chosen.choice(VERBS)} a {chosen.choice(ADJECTIVES)} "
                f"{chosen.choice(OBJECTS)} {chosen.choice(ENDINGS)} worth "
                f"HK${chosen.randint(2, 900)} million."
            )
        sentences.append(sentence)
        length += len(sentence) + 1
    return " ".join(sentences)


def paragraphs(body: str, width: int = 1_000) -> str:
    """Return `body` broken into paragraphs of about `width` characters, at sentence ends."""
    parts, start = [], 0
    while start < len(body):
        cut = body.find(". ", start + width)
        cut = len(body) if cut < 0 else cut + 2
        parts.append(body[start:cut].strip())
        start = cut
    return "\n\n".join(parts)


def timed(corpus: Path, output: Path, tree: str | None) -> tuple[float, float]:
    """Return the wall and CPU seconds of one `innovis index` run in a new process."""
    environment = {**os.environ, **({"PYTHONPATH": tree} if tree else {})}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "innovis", "index", str(corpus), "-o", str(output)],
        env=environment,
        check=True,
        stdout=subprocess.DEVNULL,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=10.0)
    parser.add_argument("--layout", choices=["one-line", "paragraphs"], default="one-line")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--tree", action="append", default=[], help="another source tree")
    args = parser.parse_args()
    body = prose(int(args.megabytes * 1_000_000))
    if args.layout == "paragraphs":
        body = paragraphs(body)
    trees: list[str | None] = [None, *args.tree]
    times: dict[str | None, list[tuple[float, float]]] = {tree: [] for tree in trees}
    with tempfile.TemporaryDirectory() as scratch:
        corpus = Path(scratch, "release.txt")
        corpus.write_text(f"3 March 2023\nA Long Release\n\n{body}\n", encoding="utf-8")
        for run in range(args.runs):
            for number, tree in enumerate(trees):
                output = Path(scratch, f"index-{run}-{number}")
                times[tree].append(timed(corpus, output, tree))
    print(f"{len(body):,} characters, {args.layout}, medians of {args.runs} runs")
    for tree, found in times.items():
        wall = statistics.median(w for w, _ in found)
        cpu = statistics.median(c for _, c in found)
        print(f"{tree or 'this checkout':40} wall {wall:6.2f} s   cpu {cpu:6.2f} s")


if __name__ == "__main__":
    main()
