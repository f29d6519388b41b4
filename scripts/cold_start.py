"""Cold start of `innovis ask` against `python3 -c pass`, runs alternating, medians compared.

    python scripts/cold_start.py [--runs 15] [QUESTION]

Runs the installed `innovis` (from the same environment as this Python), with its index
cache warmed by one run first, as a user would after the first question.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("question", nargs="?", default="What is the San Tin Technopole?")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    innovis = shutil.which("innovis") or sys.exit("innovis is not installed on PATH")
    ask = [innovis, "ask", args.question]
    bare = [sys.executable, "-c", "pass"]
    timed(ask)  # warm the index cache
    python_times, ask_times = [], []
    for _ in range(args.runs):
        python_times.append(timed(bare))
        ask_times.append(timed(ask))
    python_median, ask_median = statistics.median(python_times), statistics.median(ask_times)
    print(f"python3 -c pass      median {python_median * 1000:6.1f} ms")
    print(f"innovis ask          median {ask_median * 1000:6.1f} ms")
    print(f"ratio                {ask_median / python_median:.2f}x  ({args.runs} runs each)")


if __name__ == "__main__":
    main()
