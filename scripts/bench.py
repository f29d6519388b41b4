"""Speed and memory of INNOVIS's BM25 engine against rank-bm25 and bm25s, on the same tokens.

    python scripts/bench.py                      # 10k, 100k and 1M sentences (several minutes)
    python scripts/bench.py --sizes 10000 100000 --queries 100
    python scripts/bench.py --sizes 1000000 --checksums   # what verifying costs at load

Synthetic corpora: a Zipf-distributed vocabulary (exponent 1.1, 200k words), sentence lengths
drawn like press-release sentences after stopword removal (log-normal, median ~16 terms), and
questions of 3 to 5 mid-frequency words (ranks 100 to 5,000). Every figure comes from its own
process, so that peak RSS is that system's alone: build time, index size on disk, peak RSS while
building, load time, query p50 and p99 (top 10), and RSS while answering. rank-bm25 cannot save
an index without pickle, so it has no size or load time. The last rows build INNOVIS's whole
product index from raw text (Punkt, analysis, both BM25 fields) and answer questions from it.
Needs `pip install bm25s threadpoolctl` (benchmark-only dependencies).

Every worker runs with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE removed from its environment:
some machines set them to work around old OpenBLAS builds, and they pin a current numpy to a
slower kernel, which slows the numpy-based peers (and INNOVIS's numpy paths) unfairly. The run
ends with the BLAS kernel the workers used, as threadpoolctl reports it. Load times leave out
importing numpy, for every system (`import bm25s` imports it before its clock starts); what
INNOVIS's start-up costs as a whole is `scripts/cold_start.py`'s to measure.

`--checksums` builds only the raw-text index and times loading it (`store.load`) with and
without its CRC-32 checksums verified, in alternating fresh processes (medians): the load time
without verification is the machine's baseline in the same run, since it is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

VOCABULARY = 200_000
ZIPF = 1.1
SEED = 7
SYSTEMS = ("innovis", "rank-bm25", "bm25s")
# Set on some machines for old OpenBLAS builds; they slow a current numpy (see the docstring).
BLAS_OVERRIDES = ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE")


def sentence_tokens(n: int) -> list[list[str]]:
    """Return `n` sentences of Zipf-distributed terms, the same for every system."""
    import numpy as np

    rng = np.random.default_rng(SEED)
    lengths = np.clip(rng.lognormal(np.log(16), 0.45, size=n).astype(np.int64), 3, 60)
    ranks = rng.zipf(ZIPF, size=int(lengths.sum() * 1.3))
    ranks = ranks[ranks <= VOCABULARY][: int(lengths.sum())]
    words = [f"w{r}" for r in range(VOCABULARY + 1)]
    flat = [words[r] for r in ranks.tolist()]
    sentences, position = [], 0
    for length in lengths.tolist():
        sentences.append(flat[position : position + length])
        position += length
    return sentences


def questions(count: int) -> list[list[str]]:
    """Return questions of 3 to 5 mid-frequency words."""
    import numpy as np

    rng = np.random.default_rng(SEED + 1)
    return [
        [f"w{r}" for r in rng.integers(100, 5_000, size=int(rng.integers(3, 6)))]
        for _ in range(count)
    ]


def raw_documents(n: int) -> list:
    """Return press releases of raw text, 20 sentences each, `n` sentences in all."""
    from innovis import Document

    sentences = [" ".join(tokens).capitalize() + "." for tokens in sentence_tokens(n)]
    return [
        Document(
            f"release-{start // 20}",
            " ".join(sentences[start : start + 10])
            + "\n"
            + " ".join(sentences[start + 10 : start + 20]),
            title=sentences[start][:60],
        )
        for start in range(0, n, 20)
    ]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def folder_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / 2**20


def timed_queries(answer, queries: list[list[str]]) -> dict[str, float]:
    for query in queries[:3]:
        answer(query)  # warm up caches and lazy imports
    times = []
    for query in queries:
        started = time.perf_counter()
        answer(query)
        times.append(time.perf_counter() - started)
    times.sort()
    return {
        "p50_ms": statistics.median(times) * 1000,
        "p99_ms": times[min(len(times) - 1, int(len(times) * 0.99))] * 1000,
    }


def work(task: str, size: int, folder: Path, n_queries: int) -> dict[str, Any]:
    """Run one measurement in this process and return its figures."""
    if task == "innovis-build":
        from innovis.index.postings import BM25Index
        from innovis.index.store import save_bm25

        tokens = sentence_tokens(size)
        started = time.perf_counter()
        index = BM25Index.build(tokens)
        built = time.perf_counter() - started
        save_bm25(index, folder, "bench")
        return {"build_s": built, "disk_mb": folder_mb(folder), "build_rss_mb": peak_rss_mb()}
    if task == "innovis-query":
        import numpy  # imported before the clock, as `import bm25s` imports it

        from innovis.index.store import load_bm25

        started = time.perf_counter()
        index = load_bm25(folder, "bench")
        loaded = time.perf_counter() - started
        figures = timed_queries(lambda q: index.top_k(q, 10), questions(n_queries))
        return {"load_s": loaded, **figures, "query_rss_mb": peak_rss_mb()}
    if task == "rank-bm25":
        import numpy as np
        from rank_bm25 import BM25Okapi

        tokens = sentence_tokens(size)
        started = time.perf_counter()
        bm25 = BM25Okapi(tokens)
        built = time.perf_counter() - started
        count = max(5, n_queries // (size // 10_000)) if size > 10_000 else n_queries

        def answer(query: list[str]) -> None:
            scores = bm25.get_scores(query)
            np.argpartition(-scores, 10)[:10]

        figures = timed_queries(answer, questions(count))
        return {
            "build_s": built,
            "build_rss_mb": peak_rss_mb(),
            **figures,
            "query_rss_mb": peak_rss_mb(),
        }
    if task == "bm25s-build":
        import bm25s

        tokens = sentence_tokens(size)
        started = time.perf_counter()
        retriever = bm25s.BM25(method="robertson")
        retriever.index(tokens, show_progress=False)
        built = time.perf_counter() - started
        retriever.save(folder, show_progress=False)
        return {"build_s": built, "disk_mb": folder_mb(folder), "build_rss_mb": peak_rss_mb()}
    if task == "bm25s-query":
        import bm25s

        started = time.perf_counter()
        retriever = bm25s.BM25.load(folder, mmap=True, show_progress=False)
        loaded = time.perf_counter() - started
        figures = timed_queries(
            lambda q: retriever.retrieve([q], k=10, show_progress=False), questions(n_queries)
        )
        return {"load_s": loaded, **figures, "query_rss_mb": peak_rss_mb()}
    if task == "innovis-raw-build":
        from innovis.index.build import build_index
        from innovis.index.store import save

        documents = raw_documents(size)
        started = time.perf_counter()
        index = build_index(documents)
        built = time.perf_counter() - started
        save(index, folder)
        return {"build_s": built, "disk_mb": folder_mb(folder), "build_rss_mb": peak_rss_mb()}
    if task == "innovis-raw-query":
        import numpy  # as above: load times leave out importing numpy

        from innovis import Assistant

        started = time.perf_counter()
        assistant = Assistant.load(folder)
        loaded = time.perf_counter() - started
        asked = [" ".join(q) for q in questions(n_queries)]
        figures = timed_queries(lambda q: assistant.ask(" ".join(q)), [q.split() for q in asked])
        return {"load_s": loaded, **figures, "query_rss_mb": peak_rss_mb()}
    if task in ("innovis-raw-load", "innovis-raw-load-unverified"):
        from innovis.index.store import load

        started = time.perf_counter()
        load(folder, verify=task == "innovis-raw-load")
        return {"load_s": time.perf_counter() - started, "load_rss_mb": peak_rss_mb()}
    if task == "blas":
        import numpy  # noqa: F401  (loads the BLAS library that threadpoolctl inspects)

        try:
            from threadpoolctl import threadpool_info
        except ImportError:
            return {}
        return {
            f"{info.get('internal_api')} {info.get('version')}": info.get("architecture") or "?"
            for info in threadpool_info()
            if info.get("user_api") == "blas"
        }
    raise SystemExit(f"unknown task {task}")


def run_worker(task: str, size: int, folder: Path, n_queries: int) -> dict[str, Any]:
    command = [
        sys.executable,
        __file__,
        "--worker",
        task,
        "--sizes",
        str(size),
        "--queries",
        str(n_queries),
        "--folder",
        str(folder),
    ]
    env = {name: value for name, value in os.environ.items() if name not in BLAS_OVERRIDES}
    result = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    if result.returncode != 0:
        raise SystemExit(f"{task} at {size} failed:\n{result.stderr}")
    return json.loads(result.stdout)


def measure(size: int, n_queries: int) -> dict[str, dict[str, float]]:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        rows = {
            "innovis": {
                **run_worker("innovis-build", size, root / "innovis", n_queries),
                **run_worker("innovis-query", size, root / "innovis", n_queries),
            },
            "bm25s": {
                **run_worker("bm25s-build", size, root / "bm25s", n_queries),
                **run_worker("bm25s-query", size, root / "bm25s", n_queries),
            },
            "rank-bm25": run_worker("rank-bm25", size, root / "rank", n_queries),
            "innovis, raw text": {
                **run_worker("innovis-raw-build", size, root / "raw", n_queries),
                **run_worker("innovis-raw-query", size, root / "raw", max(20, n_queries // 4)),
            },
        }
    return rows


def measure_checksums(size: int, runs: int, kept: Path | None) -> None:
    """Print what verifying checksums adds to loading a raw-text index of `size` sentences
    (built in `kept`, or reused from there when it holds one)."""
    with tempfile.TemporaryDirectory() as scratch:
        folder = kept or Path(scratch) / "raw"
        if (folder / "manifest.json").is_file():
            built = {"disk_mb": folder_mb(folder)}
        else:
            built = run_worker("innovis-raw-build", size, folder, 0)
        files = [p for p in folder.iterdir() if p.is_file()]
        times: dict[str, list[float]] = {"innovis-raw-load-unverified": [], "innovis-raw-load": []}
        for _ in range(runs):
            for task, found in times.items():
                found.append(run_worker(task, size, folder, 0)["load_s"])
    plain = statistics.median(times["innovis-raw-load-unverified"])
    verified = statistics.median(times["innovis-raw-load"])
    print(f"{size:,} sentences, raw text: {len(files)} files, {built['disk_mb']:,.1f} MB")
    print(f"load without checksums  median {plain * 1000:8.1f} ms")
    print(f"load with checksums     median {verified * 1000:8.1f} ms")
    cost = verified - plain
    speed = f", {built['disk_mb'] / cost:,.0f} MB/s" if cost > 0 else ""
    print(f"checksum cost           {cost * 1000:8.1f} ms ({runs} runs each{speed})")


def cell(row: dict[str, float], key: str, digits: int = 1) -> str:
    return f"{row[key]:,.{digits}f}" if key in row else "–"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--checksums", action="store_true", help="time verifying at load only")
    parser.add_argument("--runs", type=int, default=7, help="loads of each kind (--checksums)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument(
        "--folder", type=Path, help="with --checksums: keep the index here, or reuse it"
    )
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(work(args.worker, args.sizes[0], args.folder, args.queries)))
        return
    if args.checksums:
        for size in args.sizes:
            measure_checksums(size, args.runs, args.folder)
        return
    print(
        "| sentences | system | build s | disk MB | build RSS MB | load s | query p50 ms "
        "| query p99 ms | answering RSS MB |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    ratios = []
    for size in args.sizes:
        rows = measure(size, args.queries)
        for name, row in rows.items():
            print(
                f"| {size:,} | {name} | {cell(row, 'build_s', 2)} | {cell(row, 'disk_mb')} | "
                f"{cell(row, 'build_rss_mb', 0)} | {cell(row, 'load_s', 3)} | "
                f"{cell(row, 'p50_ms', 2)} | {cell(row, 'p99_ms', 2)} | "
                f"{cell(row, 'query_rss_mb', 0)} |",
                flush=True,
            )
        innovis = rows["innovis"]["p50_ms"]
        ratios.append(
            f"{size:,}: p50 {rows['rank-bm25']['p50_ms'] / innovis:,.0f}x faster than "
            f"rank-bm25, {rows['bm25s']['p50_ms'] / innovis:,.1f}x faster than bm25s"
        )
    print()
    print("\n".join(ratios))
    print()
    print(blas_line())


def blas_line() -> str:
    """Say which BLAS kernel the workers ran, and which overrides were removed for them."""
    with tempfile.TemporaryDirectory() as scratch:
        found = run_worker("blas", 0, Path(scratch), 0)
    kernels = ", ".join(f"{name} ({kernel})" for name, kernel in found.items())
    removed = [name for name in BLAS_OVERRIDES if name in os.environ]
    dropped = f"{' and '.join(removed)} removed" if removed else "no BLAS override was set"
    return f"BLAS: {kernels or 'unknown (pip install threadpoolctl)'}; {dropped}."


if __name__ == "__main__":
    main()
