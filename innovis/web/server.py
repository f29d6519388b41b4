"""Running the web app: the index made ready once, then uvicorn on one socket, in one process or
several.

The index is built (or found in the cache) once, in the process that starts the server, before
any connection is accepted. Workers are separate processes (uvicorn starts them fresh, not by
fork): each opens that same index folder, whose arrays are memory-mapped read-only, so the
workers share its pages. Every worker of one server signs conversation tokens with the same
secret, handed down with the rest of the settings in one environment variable.
"""

from __future__ import annotations

import json
import os
import socket
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from ..assistant import Assistant, Progress
from ..errors import InvalidArgumentError
from ..index.cache import corpus_key
from ..index.ranking import RankingConfig
from ..index.store import is_index
from ..models import Reply
from ..question_log import QuestionLog
from .app import Settings, create_app
from .memo import DEFAULT_ENTRIES
from .tokens import TokenSigner, new_secret, secret_from_hex

# The settings handed to worker processes (JSON): index folder, secret and limits.
WORKER_VARIABLE = "INNOVIS_SERVE"
# An operator's own secret (hex, at least 128 bits): servers that share it accept each other's
# conversation tokens, so a load balancer need not keep a client on one server.
SECRET_VARIABLE = "INNOVIS_SECRET"


class ServeOptions(NamedTuple):
    """Where and how to serve."""

    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    rate: int | None = None
    cors: Sequence[str] = ()
    log: str | None = None
    threshold: float | None = None
    memo: int = DEFAULT_ENTRIES


def index_folder(
    path: Path,
    cache_dir: Path,
    *,
    threshold: float | None = None,
    bm25: str = "BM25Okapi",
    progress: Progress | None = None,
    warn: Callable[[str], None] | None = None,
) -> tuple[Assistant, Path | None]:
    """Return the assistant over the corpus at `path` and the index folder it was loaded from.

    A saved index is used where it is; a corpus is built into the cache (or found there). The
    folder is None when the cache could not be written. Raises what `Assistant.from_path` raises.
    """
    if is_index(path):
        return Assistant.load(path, threshold=threshold), path
    assistant = Assistant.from_path(
        path, threshold=threshold, cache_dir=cache_dir, progress=progress, warn=warn, bm25=bm25
    )
    folder = cache_dir / corpus_key(path, RankingConfig.for_bm25(bm25))
    return assistant, folder if is_index(folder) else None


def _secret() -> bytes:
    """Return the operator's secret from the environment, else a new one for this server.

    Raises InvalidArgumentError for a secret that is not hex or is shorter than 128 bits.
    """
    text = os.environ.get(SECRET_VARIABLE)
    return secret_from_hex(text) if text else new_secret()


def _settings(options: ServeOptions) -> Settings:
    """Return the app's settings; the question log is opened (or refused) here.

    Raises QuestionLogError when the log file cannot be written.
    """
    log = None
    if options.log:
        writer = QuestionLog(options.log)

        def log(question: str, reply: Reply) -> None:
            writer.record(question, reply, "serve")

    return Settings(rate=options.rate, cors=tuple(options.cors), log=log, memo=options.memo)


def app_from_environment() -> Any:
    """Return the app for a worker process, from the settings its parent left in the
    environment (uvicorn calls this in each worker)."""
    data = json.loads(os.environ[WORKER_VARIABLE])
    options = ServeOptions(**data["options"])
    assistant = Assistant.load(data["index"], threshold=options.threshold)
    signer = TokenSigner(bytes.fromhex(data["secret"]))
    return create_app(assistant, signer, _settings(options))


def listening_socket(host: str, port: int) -> socket.socket:
    """Return a TCP socket bound to (host, port), ready to hand to uvicorn.

    The socket is made with protocol IPPROTO_TCP, not 0: asyncio turns Nagle's algorithm off
    (TCP_NODELAY) only on accepted sockets that report that protocol, and accepted sockets
    inherit it from this one. uvicorn's own multi-process socket leaves it 0 (uvicorn issue
    #3149), which delays every keep-alive response by the peer's delayed ACK, ~40 ms.
    Raises OSError when the address cannot be bound.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def address(sock: socket.socket) -> str:
    """Return the URL a bound socket serves, e.g. http://127.0.0.1:8000/."""
    host, port = sock.getsockname()[:2]
    return f"http://[{host}]:{port}/" if ":" in host else f"http://{host}:{port}/"


@contextmanager
def _worker_index(assistant: Assistant, folder: Path | None) -> Iterator[Path]:
    """Yield an index folder the workers can open: the cached one, else a temporary copy."""
    if folder is not None:
        yield folder
        return
    with tempfile.TemporaryDirectory(prefix="innovis-serve-") as temporary:
        copy = Path(temporary) / "index"
        assistant.save(copy)
        yield copy


def serve(
    assistant: Assistant,
    folder: Path | None,
    options: ServeOptions,
    announce: Callable[[str], None],
) -> None:
    """Serve `assistant` (whose index is saved in `folder`, if anywhere) until interrupted.

    `announce` hears where the server listens once the socket is bound. Raises OSError when the
    address cannot be bound and InvalidArgumentError for a bad secret or worker count.
    """
    import uvicorn

    if options.workers < 1:
        raise InvalidArgumentError("--workers must be at least 1.")
    secret = _secret()
    settings = _settings(options)  # the question log is opened (or refused) before binding
    sock = listening_socket(options.host, options.port)
    common: dict[str, Any] = {
        "log_level": "warning",
        "access_log": False,
        "server_header": False,
        "timeout_keep_alive": 30,
    }
    with sock:
        url = address(sock)
        announce(
            f"INNOVIS is serving {len(assistant.documents):,} release(s), "
            f"{assistant.sentence_count:,} sentences, at {url} "
            f"({options.workers} worker{'s' if options.workers > 1 else ''}); "
            f'embed the chat with <script src="{url}widget.js" defer></script>. '
            "Press Ctrl-C to stop."
        )
        if options.workers == 1:
            app = create_app(assistant, TokenSigner(secret), settings)
            config = uvicorn.Config(app, **common)
            uvicorn.Server(config).run(sockets=[sock])
            return
        from uvicorn.supervisors import Multiprocess

        with _worker_index(assistant, folder) as shared:
            os.environ[WORKER_VARIABLE] = json.dumps(
                {
                    "index": str(shared),
                    "secret": secret.hex(),
                    "options": {**options._asdict(), "cors": list(options.cors)},
                }
            )
            config = uvicorn.Config(
                "innovis.web.server:app_from_environment",
                factory=True,
                workers=options.workers,
                **common,
            )
            Multiprocess(config, sockets=[sock]).run()
