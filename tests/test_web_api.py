"""The HTTP API through Starlette's test client: every endpoint, every error, conversations."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from starlette.testclient import TestClient

import innovis
from innovis.web.app import EXPIRED_NOTE, Settings, create_app
from innovis.web.limits import RateLimiter
from innovis.web.tokens import TokenSigner, new_secret

DOCUMENTS = [
    innovis.Document(
        id="drone-lab",
        title="Acme Robotics Opens a Drone Lab at Science Park",
        date=datetime.date(2023, 3, 3),
        url="https://example.org/news/drone-lab",
        text="Acme Robotics today opened a drone laboratory at Science Park. "
        "The laboratory will test delivery drones for hospitals. "
        "It cost HK$20 million to build. "
        "The first test flights of the delivery drones will take place in June. "
        "Hospitals in Sha Tin will receive the first delivery drones. "
        "Delivery drones will carry blood samples between hospitals.",
    ),
    innovis.Document(
        id="fund",
        title="Science Park Launches a Start-up Fund",
        date=datetime.date(2022, 5, 9),
        text="Science Park launched a start-up fund of HK$50 million for young founders. "
        "Founders may apply for the fund from July.",
    ),
]


@pytest.fixture(scope="module")
def corpus_assistant() -> innovis.Assistant:
    return innovis.Assistant.from_documents(DOCUMENTS)


@pytest.fixture
def make_client(corpus_assistant: innovis.Assistant) -> Callable[..., TestClient]:
    def make(**settings: object) -> TestClient:
        signer = settings.pop("signer", None) or TokenSigner(new_secret())
        app = create_app(corpus_assistant, signer, Settings(**settings))  # type: ignore[arg-type]
        return TestClient(app)

    return make


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client()


def test_ask_answers_with_the_passage_fields_and_a_conversation(client: TestClient) -> None:
    response = client.post(
        "/api/ask", json={"question": "How much did the drone laboratory cost to build?"}
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    reply = response.json()
    assert set(reply) == {"kind", "text", "passages", "confidence", "suggestion", "conversation"}
    assert reply["kind"] == "answer"
    assert "HK$20 million" in reply["text"]
    passage = reply["passages"][0]
    assert list(passage) == ["doc_id", "title", "date", "url", "text", "start", "end", "score"]
    assert passage["doc_id"] == "drone-lab"
    assert passage["date"] == "2023-03-03"
    assert passage["url"] == "https://example.org/news/drone-lab"
    assert DOCUMENTS[0].text[passage["start"] : passage["end"]] == passage["text"]
    assert isinstance(reply["conversation"], str) and len(reply["conversation"]) > 22


def test_a_release_without_a_url_gives_null(client: TestClient) -> None:
    reply = client.post("/api/ask", json={"question": "How big is the start-up fund?"}).json()
    assert reply["passages"][0]["doc_id"] == "fund"
    assert reply["passages"][0]["url"] is None


def test_more_continues_the_conversation(client: TestClient) -> None:
    first = client.post("/api/ask", json={"question": "delivery drones", "k": 1}).json()
    token = first["conversation"]
    second = client.post(
        "/api/ask", json={"question": "more", "conversation": token, "k": 1}
    ).json()
    assert second["kind"] == "answer"
    assert second["passages"][0]["text"] != first["passages"][0]["text"]
    # The conversation keeps its id (the part before the signature's payload changes).
    assert second["conversation"] != token
    fresh = client.post("/api/ask", json={"question": "more", "k": 1}).json()
    assert fresh["kind"] == "help"  # without the conversation, "more" has nothing to continue


def test_a_conversation_is_kept_by_any_app_sharing_the_secret(
    make_client: Callable[..., TestClient],
) -> None:
    secret = new_secret()
    one = make_client(signer=TokenSigner(secret))
    other = make_client(signer=TokenSigner(secret))
    first = one.post("/api/ask", json={"question": "delivery drones", "k": 1}).json()
    second = other.post(
        "/api/ask", json={"question": "more", "conversation": first["conversation"], "k": 1}
    ).json()
    assert second["kind"] == "answer"
    assert EXPIRED_NOTE not in second["text"]


def test_an_unknown_conversation_starts_a_new_one_and_says_so(
    client: TestClient, make_client: Callable[..., TestClient]
) -> None:
    token = client.post("/api/ask", json={"question": "drone lab"}).json()["conversation"]
    elsewhere = make_client()  # another server: another secret
    for conversation in (token, "nonsense", token[:-2] + "AA", "v1.e30." + token.split(".")[2]):
        response = elsewhere.post(
            "/api/ask",
            json={
                "question": "How much did the drone laboratory cost to build?",
                "conversation": conversation,
            },
        )
        assert response.status_code == 200
        reply = response.json()
        assert reply["text"].startswith(EXPIRED_NOTE)
        assert "HK$20 million" in reply["text"]
        assert reply["conversation"] != conversation


def test_an_expired_conversation_starts_a_new_one(
    make_client: Callable[..., TestClient],
) -> None:
    now = [1_000_000.0]
    client = make_client(signer=TokenSigner(new_secret(), idle_seconds=60, clock=lambda: now[0]))
    token = client.post("/api/ask", json={"question": "drone", "k": 1}).json()["conversation"]
    now[0] += 59
    alive = client.post("/api/ask", json={"question": "more", "conversation": token}).json()
    assert not alive["text"].startswith(EXPIRED_NOTE)
    now[0] += 62
    late = client.post("/api/ask", json={"question": "more", "conversation": token}).json()
    assert late["text"].startswith(EXPIRED_NOTE)
    assert late["kind"] == "help"


def test_search_returns_passages(client: TestClient) -> None:
    response = client.get("/api/search", params={"q": "delivery drones hospitals", "k": 2})
    assert response.status_code == 200
    passages = response.json()["passages"]
    assert len(passages) == 2
    assert all(p["doc_id"] == "drone-lab" for p in passages)
    assert passages[0]["score"] >= passages[1]["score"]
    assert set(passages[0]) == {"doc_id", "title", "date", "url", "text", "start", "end", "score"}


def test_documents_and_health(client: TestClient) -> None:
    listed = client.get("/api/documents").json()
    assert listed["count"] == 2
    assert listed["documents"][0] == {
        "id": "drone-lab",
        "title": "Acme Robotics Opens a Drone Lab at Science Park",
        "date": "2023-03-03",
        "url": "https://example.org/news/drone-lab",
    }
    health = client.get("/healthz").json()
    assert health == {"status": "ok", "documents": 2, "sentences": 8}


@pytest.mark.parametrize(
    "body",
    [
        b"not json",
        b"\xff\xfe",
        b"[1, 2]",
        b'{"conversation": null}',
        b'{"question": 7}',
        b'{"question": "   "}',
        b'{"question": "drones", "conversation": 5}',
        b'{"question": "drones", "k": "2"}',
        b'{"question": "drones", "k": true}',
        b'{"question": "drones", "k": 0}',
        b'{"question": "drones", "k": 1000}',
    ],
)
def test_bad_bodies_get_400_with_a_message(client: TestClient, body: bytes) -> None:
    response = client.post("/api/ask", content=body)
    assert response.status_code == 400
    assert set(response.json()) == {"error"}
    assert "Traceback" not in response.text


def test_long_questions_and_bodies_get_413(client: TestClient) -> None:
    fine = client.post("/api/ask", json={"question": "🚁" * 2000})
    assert fine.status_code == 200  # 2,000 code points, 8,000 bytes: allowed
    long = client.post("/api/ask", json={"question": "d" * 2001})
    assert long.status_code == 413
    assert "2,000" in long.json()["error"]
    big = client.post("/api/ask", content=b'{"question": "x", "pad": "' + b"a" * 65_536 + b'"}')
    assert big.status_code == 413
    assert client.get("/api/search", params={"q": "d" * 2001}).status_code == 413


def test_search_errors(client: TestClient) -> None:
    assert client.get("/api/search").status_code == 400
    assert client.get("/api/search", params={"q": "drone", "k": "many"}).status_code == 400
    assert client.get("/api/search", params={"q": "drone", "k": "0"}).status_code == 400


def test_wrong_method_and_unknown_path(client: TestClient) -> None:
    for response in (client.get("/api/ask"), client.post("/healthz"), client.delete("/")):
        assert response.status_code == 405
        assert "error" in response.json()
    missing = client.get("/api/nothing")
    assert missing.status_code == 404
    assert missing.json() == {"error": "There is nothing at this path."}


def test_rate_limit_answers_429_with_retry_after(make_client: Callable[..., TestClient]) -> None:
    client = make_client(rate=3)
    statuses = [client.get("/api/documents").status_code for _ in range(3)]
    assert statuses == [200, 200, 200]
    limited = client.post("/api/ask", json={"question": "drones"})
    assert limited.status_code == 429
    assert int(limited.headers["retry-after"]) >= 1
    assert "error" in limited.json()
    assert make_client().get("/api/documents").status_code == 200  # off by default


def test_rate_limiter_refills_and_stays_bounded() -> None:
    now = [0.0]
    limiter = RateLimiter(60, clock=lambda: now[0], max_clients=100)
    assert all(limiter.wait("a") == 0 for _ in range(60))
    assert limiter.wait("a") == 1
    now[0] += 1.0
    assert limiter.wait("a") == 0
    for n in range(1000):
        limiter.wait(f"client-{n}")
    assert len(limiter) == 100


def test_cors_is_off_by_default_and_allows_the_origins_given(
    make_client: Callable[..., TestClient],
) -> None:
    origin = {"Origin": "https://news.example.org"}
    closed = make_client().get("/api/documents", headers=origin)
    assert "access-control-allow-origin" not in closed.headers
    client = make_client(cors=("https://news.example.org",))
    assert (
        client.get("/api/documents", headers=origin).headers["access-control-allow-origin"]
        == "https://news.example.org"
    )
    preflight = client.options(
        "/api/ask",
        headers={
            **origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
    )
    assert preflight.status_code == 200
    other = client.get("/api/documents", headers={"Origin": "https://evil.example.com"})
    assert "access-control-allow-origin" not in other.headers


def test_page_and_widget_are_served_with_a_strict_csp(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert '<script src="widget.js" defer></script>' in page.text
    assert "<script>" not in page.text  # no inline script to allow
    widget = client.get("/widget.js")
    assert widget.headers["content-type"].startswith("text/javascript")
    assert "innerHTML" not in widget.text  # data is only ever inserted as text
    assert client.get("/widget.css").headers["content-type"].startswith("text/css")
    assert "INNOVIS" in client.get("/api/greeting").json()["text"]


def test_question_log_gets_one_line_per_question(
    make_client: Callable[..., TestClient], tmp_path: Path
) -> None:
    import json

    from innovis.web.server import ServeOptions, _settings

    path = tmp_path / "questions.jsonl"
    client = make_client(log=_settings(ServeOptions(log=str(path))).log)
    client.post("/api/ask", json={"question": "drone laboratory cost to build"})
    client.post("/api/ask", json={"question": "hello"})
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert [(x["question"], x["kind"], x["source"]) for x in lines] == [
        ("drone laboratory cost to build", "answer", "serve"),
        ("hello", "greeting", "serve"),
    ]
    assert lines[0]["doc_id"] == "drone-lab"


def test_concurrent_conversations_keep_their_own_state(
    corpus_assistant: innovis.Assistant,
) -> None:
    app = create_app(corpus_assistant, TokenSigner(new_secret()))
    questions = ["delivery drones", "start-up fund", "drone laboratory", "hospitals"] * 10

    async def chat(client: httpx.AsyncClient, question: str) -> tuple[str, str]:
        first = (await client.post("/api/ask", json={"question": question, "k": 1})).json()
        body = {"question": "more", "conversation": first["conversation"], "k": 1}
        second = (await client.post("/api/ask", json=body)).json()
        return first["text"], second["text"]

    async def run() -> list[tuple[str, str]]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await asyncio.gather(*(chat(client, q) for q in questions))

    results = asyncio.run(run())
    alone = TestClient(app)
    for question, result in zip(questions, results, strict=True):
        first = alone.post("/api/ask", json={"question": question, "k": 1}).json()
        body = {"question": "more", "conversation": first["conversation"], "k": 1}
        second = alone.post("/api/ask", json=body).json()
        assert result == (first["text"], second["text"])


def test_a_web_conversation_says_what_the_library_conversation_says(
    client: TestClient, corpus_assistant: innovis.Assistant
) -> None:
    messages = ["delivery drones", "more", "more", "more", "start-up fund", "more"]
    chat = corpus_assistant.conversation()
    token = None
    for message in messages:
        reply = client.post(
            "/api/ask", json={"question": message, "conversation": token, "k": 1}
        ).json()
        token = reply["conversation"]
        assert reply["text"] == chat.ask(message, k=1).text


def test_remembered_replies_keep_each_conversation_apart(client: TestClient) -> None:
    # The same "more" from two points of one question's passages: each gets its own next one.
    first = client.post("/api/ask", json={"question": "delivery drones", "k": 1}).json()
    body = {"question": "more", "conversation": first["conversation"], "k": 1}
    second = client.post("/api/ask", json=body).json()
    third = client.post("/api/ask", json={**body, "conversation": second["conversation"]}).json()
    again = client.post("/api/ask", json=body).json()
    assert again["text"] == second["text"] != third["text"]
    assert again["conversation"].split(".")[0] == "v1"


def test_memo_forgets_the_least_recently_used_past_its_bound() -> None:
    from innovis.web.memo import Memo

    memo: Memo[str] = Memo(2)
    memo.put("a", "A")
    memo.put("b", "B")
    assert memo.get("a") == "A"
    memo.put("c", "C")
    assert (memo.get("a"), memo.get("b"), memo.get("c"), len(memo)) == ("A", None, "C", 2)
    off: Memo[str] = Memo(0)
    off.put("a", "A")
    assert off.get("a") is None


def test_a_chunked_body_is_read_no_further_than_the_limit(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"question": "drones", "pad": "'
        for _ in range(100):
            yield b"a" * 1024
        yield b'"}'

    assert client.post("/api/ask", content=chunks()).status_code == 413

    def small() -> Iterator[bytes]:
        yield b'{"question": '
        yield b'"delivery drones"}'

    assert client.post("/api/ask", content=small()).json()["kind"] == "answer"
