"""The ASGI app: the JSON API, the full-page chat at `/` and the widget script.

Handlers answer on the event loop itself rather than in a thread: a question takes a
millisecond or two of CPU under the GIL, so a thread hop would only add latency. Every response
carries a Content-Security-Policy that allows scripts from this server only (no inline script).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from importlib import resources
from typing import Any, NamedTuple

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..answering.conversation.replies import GREETING
from ..assistant import Assistant
from ..models import Passage, Reply
from ..text.printable import printable_json
from .limits import RateLimiter
from .memo import DEFAULT_ENTRIES, Memo
from .tokens import TokenSigner
from .turns import respond

MAX_BODY_BYTES = 65_536
MAX_QUESTION_CHARS = 2_000
MAX_K = 50
SEARCH_K = 5
EXPIRED_NOTE = "That conversation had expired (or was not one I know), so I've started a new one."
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'"
)
_SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
]
_STATIC = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/widget.js": ("widget.js", "text/javascript; charset=utf-8"),
    "/widget.css": ("widget.css", "text/css; charset=utf-8"),
    "/page.css": ("page.css", "text/css; charset=utf-8"),
    "/favicon.svg": ("favicon.svg", "image/svg+xml"),
}

# Called with (question, reply) after each answered /api/ask, e.g. to log questions.
QuestionLog = Callable[[str, Reply], None]


class Settings(NamedTuple):
    """How the app behaves beyond its corpus: `rate` requests a minute per client (None: no
    limit), the origins allowed to call the API from a browser, an optional question log, and how
    many replies each worker remembers for repeated questions (0: none)."""

    rate: int | None = None
    cors: Sequence[str] = ()
    log: QuestionLog | None = None
    memo: int = DEFAULT_ENTRIES


class _Answer(NamedTuple):
    """A reply to /api/ask as sent: the reply, the conversation state after it (JSON), and the
    response body written out but for its conversation token (which differs every time)."""

    reply: Reply
    state_json: str
    body: bytes


class ApiError(Exception):
    """A request the API refuses: answered with `{"error": message}` and `status`."""

    def __init__(self, status: int, message: str, headers: Mapping[str, str] | None = None):
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = dict(headers or {})


def _error_response(
    status: int, message: str, headers: Mapping[str, str] | None = None
) -> Response:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


async def _api_error(request: Request, error: Exception) -> Response:
    if isinstance(error, ApiError):
        return _error_response(error.status, error.message, error.headers)
    return await _server_error(request, error)


async def _http_error(request: Request, error: Exception) -> Response:
    if not isinstance(error, HTTPException):
        return await _server_error(request, error)
    messages = {404: "There is nothing at this path.", 405: "This path does not take that method."}
    message = messages.get(error.status_code, str(error.detail))
    return _error_response(error.status_code, message, error.headers)


async def _server_error(request: Request, error: Exception) -> Response:
    # Never a traceback to the client; uvicorn logs the exception for the operator.
    return _error_response(500, "Something went wrong on the server; please try again.")


def _security_headers(app: ASGIApp) -> ASGIApp:
    """Return `app` with the security headers added to every HTTP response."""

    async def wrapped(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *_SECURITY_HEADERS]
            await send(message)

        await app(scope, receive, send_with_headers)

    return wrapped


def _static(name: str) -> bytes:
    return resources.files("innovis.web").joinpath("static", name).read_bytes()


def _json(data: Any) -> bytes:
    # Escaped like the command line's JSON: `curl` may print it raw on a terminal.
    return printable_json(data, indent=None, separators=(",", ":")).encode("utf-8")


class _Api:
    """The API's handlers over one assistant."""

    def __init__(self, assistant: Assistant, signer: TokenSigner, settings: Settings) -> None:
        self._assistant = assistant
        self._signer = signer
        self._log = settings.log
        self._limiter = RateLimiter(settings.rate) if settings.rate else None
        self._memo: Memo[_Answer] = Memo(settings.memo)
        documents = assistant.documents
        self._urls = {d.id: d.url for d in documents if d.url}
        listed = [
            {
                "id": d.id,
                "title": d.title,
                "date": d.date.isoformat() if d.date else None,
                "url": d.url,
            }
            for d in documents
        ]
        self._documents = _json({"documents": listed, "count": len(listed)})
        self._health = _json(
            {"status": "ok", "documents": len(documents), "sentences": assistant.sentence_count}
        )
        self._greeting = _json({"text": GREETING})

    def _limit(self, request: Request) -> None:
        if self._limiter is None:
            return
        client = request.client.host if request.client else "unknown"
        wait = self._limiter.wait(client)
        if wait:
            raise ApiError(
                429,
                f"Too many requests; please wait {wait} s and try again.",
                {"Retry-After": str(wait)},
            )

    def _passage(self, passage: Passage) -> dict[str, Any]:
        data = passage.to_dict()
        url = data.get("url") or self._urls.get(passage.doc_id)
        return {
            "doc_id": data["doc_id"],
            "title": data["title"],
            "date": data["date"],
            "url": url,
            "text": data["text"],
            "start": data["start"],
            "end": data["end"],
            "score": data["score"],
        }

    async def ask(self, request: Request) -> Response:
        self._limit(request)
        data = await _json_body(request)
        question = data.get("question")
        conversation = data.get("conversation")
        k = data.get("k")
        if not isinstance(question, str):
            raise ApiError(400, '"question" must be a string.')
        if len(question) > MAX_QUESTION_CHARS:
            raise ApiError(413, f"A question may hold at most {MAX_QUESTION_CHARS:,} characters.")
        if not question.strip():
            raise ApiError(400, '"question" is empty; ask something, e.g. "What is HKSTP?".')
        if conversation is not None and not isinstance(conversation, str):
            raise ApiError(400, '"conversation" must be a string or null.')
        _check_k(k)
        opened = self._signer.open(conversation) if conversation else None
        before = opened.state if opened else None
        key = (question, k, _json(before) if before is not None else b"")
        remembered = self._memo.get(key)
        if remembered is None:
            reply, state = respond(self._assistant, question, before, k)
            remembered = _Answer(reply, json.dumps(state, separators=(",", ":")), self._body(reply))
            self._memo.put(key, remembered)
        if self._log is not None:
            self._log(question, remembered.reply)
        conversation_id = opened.id if opened else self._signer.new_id()
        token = self._signer.sign_json(conversation_id, remembered.state_json).encode("ascii")
        if conversation and opened is None:
            body = json.loads(remembered.body + b"}")
            body["text"] = f"{EXPIRED_NOTE}\n\n{body['text']}"
            prefix = _json(body)[:-1]
        else:
            prefix = remembered.body
        return Response(
            prefix + b',"conversation":"' + token + b'"}', media_type="application/json"
        )

    def _body(self, reply: Reply) -> bytes:
        """Return the JSON of a reply to /api/ask, less its conversation and closing brace."""
        body = {
            "kind": reply.kind,
            "text": reply.text,
            "passages": [self._passage(p) for p in reply.passages],
            "confidence": reply.confidence,
            "suggestion": reply.suggestion,
        }
        return _json(body)[:-1]
        return Response(_json(body), media_type="application/json")

    async def search(self, request: Request) -> Response:
        self._limit(request)
        query = request.query_params.get("q")
        if query is None or not query.strip():
            raise ApiError(400, 'Give the words to search for as "q", e.g. /api/search?q=drone.')
        if len(query) > MAX_QUESTION_CHARS:
            raise ApiError(413, f"A query may hold at most {MAX_QUESTION_CHARS:,} characters.")
        raw_k = request.query_params.get("k")
        k = SEARCH_K
        if raw_k is not None:
            try:
                k = int(raw_k)
            except ValueError:
                raise ApiError(400, f'"k" must be a whole number, not {raw_k[:20]!r}.') from None
            _check_k(k)
        passages = self._assistant.search(query, k=k)
        body = {"passages": [self._passage(p) for p in passages]}
        return Response(_json(body), media_type="application/json")

    async def documents(self, request: Request) -> Response:
        self._limit(request)
        return Response(self._documents, media_type="application/json")

    async def greeting(self, request: Request) -> Response:
        return Response(self._greeting, media_type="application/json")

    async def health(self, request: Request) -> Response:
        return Response(self._health, media_type="application/json")


def _check_k(k: object) -> None:
    if k is None:
        return
    if isinstance(k, bool) or not isinstance(k, int):
        raise ApiError(400, '"k" must be a whole number or null.')
    if not 1 <= k <= MAX_K:
        raise ApiError(400, f'"k" must be from 1 to {MAX_K}, not {k}.')


async def _json_body(request: Request) -> dict[str, Any]:
    """Return the request's JSON object. Raises ApiError: 413 past MAX_BODY_BYTES, 400 for
    anything but a JSON object."""
    length = request.headers.get("content-length")
    if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
        raise ApiError(413, f"A request body may hold at most {MAX_BODY_BYTES:,} bytes.")
    if length is not None:
        raw = await request.body()  # no more than Content-Length: the server holds to it
    else:
        # Chunked, with no length given: read no further than the limit.
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > MAX_BODY_BYTES:
                raise ApiError(413, f"A request body may hold at most {MAX_BODY_BYTES:,} bytes.")
            chunks.append(chunk)
        raw = b"".join(chunks)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise ApiError(400, "The body must be JSON in UTF-8.") from None
    if not isinstance(data, dict):
        raise ApiError(400, 'The body must be a JSON object, e.g. {"question": "What is HKSTP?"}.')
    return data


def _static_route(path: str, name: str, media_type: str) -> Route:
    content = _static(name)
    headers = {"Cache-Control": "no-cache"}

    async def serve(request: Request) -> Response:
        return Response(content, media_type=media_type, headers=headers)

    return Route(path, serve, methods=["GET"])


def create_app(
    assistant: Assistant, signer: TokenSigner, settings: Settings | None = None
) -> ASGIApp:
    """Return the ASGI app serving `assistant`: the API, the page and the widget.

    `signer` makes and checks conversation tokens; every worker of one server needs the same.
    """
    settings = settings or Settings()
    api = _Api(assistant, signer, settings)
    routes = [
        Route("/api/ask", api.ask, methods=["POST"]),
        Route("/api/search", api.search, methods=["GET"]),
        Route("/api/documents", api.documents, methods=["GET"]),
        Route("/api/greeting", api.greeting, methods=["GET"]),
        Route("/healthz", api.health, methods=["GET"]),
        *(_static_route(path, *entry) for path, entry in _STATIC.items()),
    ]
    middleware = []
    if settings.cors:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=list(settings.cors),
                allow_methods=["GET", "POST"],
                allow_headers=["Content-Type"],
                max_age=600,
            )
        )
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={
            ApiError: _api_error,
            HTTPException: _http_error,
            Exception: _server_error,
        },
    )
    return _security_headers(app)
