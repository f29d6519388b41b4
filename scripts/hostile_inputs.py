"""Time INNOVIS on inputs made to be slow: long questions, a release on one line, a Markdown
line of emphasis marks that never close. Each should take time linear in its size.

    python scripts/hostile_inputs.py                    # every case at full size (a few minutes)
    python scripts/hostile_inputs.py --scale 0.1        # every case at a tenth of the size
    python scripts/hostile_inputs.py --only question    # the cases whose name holds "question"

Questions are asked of the bundled corpus (100 kB each); a release case writes one file, reads
it, indexes it and asks one question of it. Each release is timed beside the same text broken
into paragraphs of about 1,000 characters (the "baseline"), since on a shared machine only such
ratios mean much: a ratio near 1 says the one long line costs what ordinary paragraphs do.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import innovis
from innovis.reading.readers import load_corpus

WORDS = (
    "park laboratory drone delivery hospital startup fund research robot battery city "
    "campus talent partner venture science company programme market health energy"
).split()


def _prose(size: int, stop: str = ". ") -> str:
    """Return about `size` characters of sentences that never repeat (repeated blocks are
    dropped by the clean-up stage, which would flatter the baseline)."""
    import random

    chosen = random.Random(7)
    sentences, length = [], 0
    while length < size:
        words = chosen.choices(WORDS, k=chosen.randint(6, 14))
        sentence = f"The {' '.join(words)} number {len(sentences)}{stop}"
        sentences.append(sentence)
        length += len(sentence)
    return "".join(sentences)


def _distinct_misspellings(size: int) -> str:
    words, number = [], 0
    while sum(map(len, words)) + len(words) < size:
        letters = "".join(chr(97 + (number // 26**i) % 26) for i in range(3))
        words.append("Tecnopole" + letters)
        number += 1
    return " ".join(words)


QUESTIONS: dict[str, Callable[[int], str]] = {
    "question: one misspelt word repeated": lambda n: "Tecnopole " * (n // 10),
    "question: distinct misspelt words": _distinct_misspellings,
    "question: a greeting repeated": lambda n: "hi " * (n // 3),
    "question: thanks repeated after a question": lambda n: (
        "What is the GBA? " + "thanks " * (n // 7)
    ),
    "question: a real question repeated": lambda n: "What is the San Tin Technopole? " * (n // 32),
}
RELEASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "release: sentences on one line (.txt)": (".txt", _prose),
    "release: words without a full stop (.txt)": (".txt", lambda n: _prose(n, " ")),
    "release: one word with no space (.txt)": (".txt", lambda n: "x" * n),
    "release: '*a ' emphasis marks (.md)": (".md", lambda n: "*a " * (n // 3)),
    "release: '[a' link openings (.md)": (".md", lambda n: "[a" * (n // 2)),
    "release: '_a *b [c <d ' mixed marks (.md)": (".md", lambda n: "_a *b [c <d " * (n // 12)),
}
SIZES = {".txt": 10_000_000, ".md": 1_000_000}


def _lines(body: str, width: int = 1_000) -> str:
    """Return `body` broken into paragraphs of about `width` characters, at spaces."""
    parts, start = [], 0
    while start < len(body):
        cut = body.find(" ", start + width)
        cut = len(body) if cut < 0 else cut + 1
        parts.append(f"{body[start:cut]} part {len(parts)}.")  # repeated blocks are dropped
        start = cut
    return "\n\n".join(parts)


def _index_and_ask(folder: Path, suffix: str, body: str) -> tuple[float, float, int]:
    """Write, read, index and ask; return (read seconds, index seconds, sentences)."""
    path = folder / f"release{suffix}"
    header = "12 Jan 2022\nA Long Release\n\n" if suffix == ".txt" else "# A Long Release\n\n"
    path.write_text(header + body + "\n", encoding="utf-8")
    started = time.perf_counter()
    documents = load_corpus(path)
    read = time.perf_counter() - started
    started = time.perf_counter()
    assistant = innovis.Assistant(documents)
    assistant.ask("When did the park open the laboratory?")
    return read, time.perf_counter() - started, assistant.sentence_count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="a factor for every size")
    parser.add_argument("--only", default="", help="run only cases whose name holds this")
    args = parser.parse_args()
    assistant = innovis.Assistant()
    assistant.ask("What is the GBA?")  # warm up: NLTK, the speller, the caches
    for name, make in QUESTIONS.items():
        if args.only in name:
            question = make(int(100_000 * args.scale))
            started = time.perf_counter()
            reply = assistant.ask(question)
            took = time.perf_counter() - started
            print(f"{name:48} {len(question):>10,} chars {took:7.2f} s  ({reply.kind})")
    for name, (suffix, make) in RELEASES.items():
        if args.only not in name:
            continue
        body = make(int(SIZES[suffix] * args.scale))
        with tempfile.TemporaryDirectory() as scratch:
            read, index, sentences = _index_and_ask(Path(scratch), suffix, body)
        with tempfile.TemporaryDirectory() as scratch:
            base_read, base_index, _ = _index_and_ask(Path(scratch), suffix, _lines(body))
        total, base = read + index, base_read + base_index
        print(
            f"{name:48} {len(body):>10,} chars {total:7.2f} s (read {read:.2f}, index "
            f"{index:.2f}; {sentences:,} sentences); baseline {base:.2f} s, "
            f"ratio {total / base:.2f}"
        )


if __name__ == "__main__":
    main()
