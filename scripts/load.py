"""Load test of `innovis serve`: throughput, latency and errors of POST /api/ask and GET /healthz.

    python scripts/load.py                                  # bundled corpus, 1 and 2 workers
    python scripts/load.py --sentences 100000               # bench.py's generated corpus
    python scripts/load.py --workers 2 --clients 16 --requests 5000

Starts the server on loopback (port chosen by the system) with the index built beforehand, then
drives it with C concurrent keep-alive clients (one asyncio process, raw HTTP/1.1, TCP_NODELAY),
first GET /healthz, then POST /api/ask, each for a fixed number of requests: the run is
bounded and stops by itself (a phase that overruns its time limit is cut short and reported as
such). The ask requests are a mix of real questions (the bundled questions file, or questions of
the generated corpus's words), about one in four a "more" that carries on the client's last
conversation. Prints requests/s, p50 and p99 latency, errors and the server's CPU time per
request (the figure least moved by other work on a shared machine) per endpoint, and each
worker's resident memory before and after the run. Talks only to 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import itertools
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
PHASE_LIMIT_S = 300.0


class Result(NamedTuple):
    endpoint: str
    requests: int
    seconds: float
    latencies: list[float]
    errors: int
    cut_short: bool


def bundled_questions() -> list[str]:
    path = ROOT / "tests" / "data" / "bundled_questions.jsonl"
    return [json.loads(line)["question"] for line in path.read_text().splitlines() if line]


def generated_corpus(sentences: int, folder: Path) -> list[str]:
    """Index bench.py's generated releases of `sentences` sentences into `folder`; return
    questions about them."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from bench import questions, raw_documents

    import innovis

    started = time.perf_counter()
    innovis.Assistant.from_documents(raw_documents(sentences)).save(folder)
    print(f"indexed {sentences:,} generated sentences in {time.perf_counter() - started:.1f} s")
    return ["What about " + " ".join(words) + "?" for words in questions(500)]


def start_server(
    corpus: Path | None, workers: int, home: Path, cache: int | None
) -> tuple[subprocess.Popen[str], int]:
    env = {**os.environ, "XDG_CACHE_HOME": str(home / "cache"), "XDG_DATA_HOME": str(home)}
    command = [sys.executable, "-m", "innovis", "serve", "--port", "0", "--workers", str(workers)]
    if cache is not None:
        command += ["--cache", str(cache)]
    if corpus is not None:
        command += ["--corpus", str(corpus)]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert server.stdout is not None
    line = server.stdout.readline()
    match = re.search(r"at http://127\.0\.0\.1:(\d+)/", line)
    if not match:
        server.kill()
        raise SystemExit(f"the server did not start: {line!r}")
    port = int(match.group(1))
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(f"http://{HOST}:{port}/healthz", timeout=2).close()
            break
        except OSError:
            if time.monotonic() > deadline:
                server.kill()
                raise SystemExit("the server did not answer /healthz within 60 s") from None
            time.sleep(0.1)
    return server, port


def worker_pids(server: subprocess.Popen[str], workers: int) -> list[int]:
    """Return the pids of the processes that serve requests."""
    if workers == 1:
        return [server.pid]
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children").read_text().split()
    return [
        int(pid)
        for pid in children
        if "spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes().decode(errors="replace")
    ]


def cpu_seconds(pids: list[int]) -> float:
    """Return the CPU time (user and system) the processes have used so far."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def request_bytes(port: int, method: str, path: str, body: bytes | None = None) -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\n"
    if body is None:
        return (head + "\r\n").encode()
    head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    return head.encode() + body


@functools.cache
def _ask_request(port: int, question: str) -> bytes:
    body = json.dumps({"question": question, "conversation": None}).encode()
    return request_bytes(port, "POST", "/api/ask", body)


async def read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head[9:12])
    match = re.search(rb"(?i)\r\ncontent-length: *(\d+)", head)
    body = await reader.readexactly(int(match.group(1))) if match else b""
    return status, body


async def client(
    port: int, endpoint: str, jobs: Iterator[str], latencies: list[float], errors: list[int]
) -> None:
    """Send requests over one keep-alive connection until `jobs` runs out."""
    reader, writer = await asyncio.open_connection(HOST, port)
    writer.get_extra_info("socket").setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    token: bytes | None = None
    health = request_bytes(port, "GET", "/healthz")
    for turn, question in enumerate(jobs):
        if endpoint == "healthz":
            request = health
        elif turn % 4 == 3 and token:
            body = b'{"question":"more","conversation":"' + token + b'"}'
            request = request_bytes(port, "POST", "/api/ask", body)
        else:
            request = _ask_request(port, question)
        started = time.perf_counter()
        try:
            writer.write(request)
            status, payload = await read_response(reader)
        except (OSError, asyncio.IncompleteReadError, ValueError):
            errors.append(1)
            writer.close()
            reader, writer = await asyncio.open_connection(HOST, port)
            continue
        latencies.append(time.perf_counter() - started)
        if status != 200:
            errors.append(status)
        elif endpoint == "ask":
            # The token closes the reply: cut it out rather than parse the whole reply, so that
            # the client spends as little as it can of the cores it shares with the server.
            start = payload.rindex(b'"conversation":"') + len(b'"conversation":"')
            token = payload[start : payload.index(b'"', start)]
    writer.close()


async def phase(port: int, endpoint: str, questions: list[str], clients: int, n: int) -> Result:
    jobs = itertools.islice(itertools.cycle(questions), n)  # shared: n requests in all
    latencies: list[float] = []
    errors: list[int] = []
    started = time.perf_counter()
    tasks = [asyncio.ensure_future(client(port, endpoint, jobs, latencies, errors))
             for _ in range(clients)]  # fmt: skip
    done, pending = await asyncio.wait(tasks, timeout=PHASE_LIMIT_S)
    for task in pending:
        task.cancel()
    for task in done:
        if task.exception():
            errors.append(1)
    seconds = time.perf_counter() - started
    return Result(endpoint, len(latencies), seconds, latencies, len(errors), bool(pending))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def run(corpus: Path | None, label: str, questions: list[str], args: argparse.Namespace) -> None:
    for workers in args.workers:
        with tempfile.TemporaryDirectory() as home:
            server, port = start_server(corpus, workers, Path(home), args.cache)
            try:
                pids = worker_pids(server, workers)
                # Warm up every worker (first-use imports, page cache) before measuring.
                for _ in range(2):
                    asyncio.run(phase(port, "ask", questions, args.clients, 50 * args.clients))
                before = [rss_mb(pid) for pid in pids]
                results, cpu = [], {}
                for endpoint in ("healthz", "ask"):
                    used = cpu_seconds(pids)
                    results.append(
                        asyncio.run(phase(port, endpoint, questions, args.clients, args.requests))
                    )
                    cpu[endpoint] = cpu_seconds(pids) - used
                after = [rss_mb(pid) for pid in pids]
            finally:
                server.terminate()
                server.wait(timeout=30)
        rates = {}
        for result in results:
            rate = result.requests / result.seconds
            rates[result.endpoint] = rate
            note = " (cut short)" if result.cut_short else ""
            print(
                f"| {label} | {workers} | {args.clients} | "
                f"{'POST /api/ask' if result.endpoint == 'ask' else 'GET /healthz'} | "
                f"{result.requests:,} | {rate:,.0f} | "
                f"{percentile(result.latencies, 0.5) * 1000:.2f} | "
                f"{percentile(result.latencies, 0.99) * 1000:.2f} | {result.errors}{note} | "
                f"{cpu[result.endpoint] / max(1, result.requests) * 1e6:.0f} |"
            )
        memory = ", ".join(f"{b:.0f} → {a:.0f}" for b, a in zip(before, after, strict=True))
        print(
            f"|   ask/healthz throughput {rates['ask'] / rates['healthz']:.2f}x; "
            f"RSS MB per worker before → after: {memory} |"
        )
        sys.stdout.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, help="a corpus or index folder (default: bundled)")
    parser.add_argument("--sentences", type=int, help="serve bench.py's corpus of N sentences")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=5000, help="per endpoint")
    parser.add_argument(
        "--cache", type=int, help="the server's --cache (replies remembered per worker)"
    )
    args = parser.parse_args()
    print(
        "| corpus | workers | clients | endpoint | requests | req/s | p50 ms | p99 ms | errors "
        "| server CPU µs/request |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    if args.sentences:
        with tempfile.TemporaryDirectory() as temporary:
            folder = Path(temporary) / "index"
            questions = generated_corpus(args.sentences, folder)
            run(folder, f"{args.sentences:,} generated sentences", questions, args)
    else:
        questions = bundled_questions()
        run(args.corpus, str(args.corpus or "bundled"), questions, args)


if __name__ == "__main__":
    main()
