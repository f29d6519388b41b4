"""The chat page and the widget in a real headless browser, against a real `innovis serve`.

What a visitor sees: the greeting, a question answered with its quote and source (title, date,
link), "more" and a follow-up in the same conversation, and a release holding markup shown as
plain characters with nothing executed. Skipped, with the reason, where Chromium is missing.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from web_browser import browser_missing, chromium, running_server

_MISSING = browser_missing()
pytestmark = pytest.mark.skipif(_MISSING is not None, reason=_MISSING or "")

GREETING_START = "Hi! I’m INNOVIS"
DRONES = """\
---
title: Acme Robotics Opens a Drone Lab at Science Park
date: 2023-03-03
url: https://example.org/news/drone-lab
---
Acme Robotics today opened a drone laboratory at Science Park.

The laboratory will test delivery drones for hospitals. It cost HK$20 million to build.

The first test flights of the delivery drones will take place in June.

Hospitals in Sha Tin will receive the first delivery drones.
"""
POISONED = """\
4 April 2024
Robot Kitchen <img src=x onerror="window.__innovisPwned=1"> Opens Today
URL: javascript:window.__innovisPwned=3
(Hong Kong, 4 April 2024) – The robot kitchen opened today at the harbour.
Its menu board reads <script>window.__innovisPwned=2</script> in large letters.
The robot kitchen serves noodles cooked by twelve robotic arms.
"""


class _HostPage(http.server.BaseHTTPRequestHandler):
    """Another site's page that embeds the widget with one script tag."""

    widget = ""

    def do_GET(self) -> None:
        body = (
            "<!doctype html><html lang='en'><head><meta charset='utf-8'>"
            "<title>Host site</title></head><body><h1>Our news</h1>"
            f'<script src="{self.widget}" defer></script></body></html>'
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    """Yield (INNOVIS's URL, the URL of another site embedding its widget)."""
    root = tmp_path_factory.mktemp("browser")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "drone-lab.md").write_text(DRONES, encoding="utf-8")
    (corpus / "robot-kitchen.txt").write_text(POISONED, encoding="utf-8")
    host = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _HostPage)
    origin = f"http://127.0.0.1:{host.server_address[1]}"
    thread = threading.Thread(target=host.serve_forever, daemon=True)
    thread.start()
    try:
        with running_server(corpus, root / "home", "--workers", "2", "--cors", origin) as url:
            _HostPage.widget = url + "widget.js"
            yield url, origin + "/"
    finally:
        host.shutdown()
        host.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    driver = chromium(tmp_path_factory.mktemp("profile"))
    try:
        yield driver
    finally:
        driver.quit()


def _wait(driver: Any, condition: Any, timeout: float = 10) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.05).until(condition)


def _chat_root(driver: Any, host: str) -> Any:
    from selenium.webdriver.common.by import By

    return _wait(driver, lambda d: d.find_element(By.CSS_SELECTOR, host).shadow_root)


def _messages(root: Any) -> list[Any]:
    from selenium.webdriver.common.by import By

    return list(root.find_elements(By.CSS_SELECTOR, ".log .message"))


def _ask(driver: Any, root: Any, question: str) -> Any:
    """Type `question`, press Enter, and return INNOVIS's reply (the new last message)."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    before = len(_messages(root))
    field = root.find_element(By.CSS_SELECTOR, "input.question")
    field.send_keys(question, Keys.ENTER)
    _wait(driver, lambda d: len(_messages(root)) >= before + 2)
    return _messages(root)[-1]


def _open_page(driver: Any, url: str) -> Any:
    from selenium.webdriver.common.by import By

    driver.get(url)
    root = _chat_root(driver, "#innovis-chat")
    _wait(driver, lambda d: GREETING_START in root.find_element(By.CSS_SELECTOR, ".log").text)
    return root


def test_the_page_greets_answers_with_quote_and_source_and_follows_up(
    site: tuple[str, str], browser: Any
) -> None:
    from selenium.webdriver.common.by import By

    root = _open_page(browser, site[0])
    log = root.find_element(By.CSS_SELECTOR, "[role=log]")
    assert log.get_attribute("aria-live") == "polite"
    assert root.find_element(By.CSS_SELECTOR, "label").get_attribute("textContent")
    reply = _ask(browser, root, "How much did the drone laboratory cost to build?")
    quote = reply.find_element(By.CSS_SELECTOR, "figure.quote")
    assert "It cost HK$20 million to build." in quote.find_element(By.TAG_NAME, "blockquote").text
    source = quote.find_element(By.TAG_NAME, "figcaption")
    assert "Acme Robotics Opens a Drone Lab at Science Park" in source.text
    assert "3 Mar 2023" in source.text
    link = source.find_element(By.TAG_NAME, "a")
    assert link.get_attribute("href") == "https://example.org/news/drone-lab"
    # "more": the next passage on the same question, through the same conversation (the
    # server has two workers, so this also shows that either can continue it).
    reply = _ask(browser, root, "Tell me about the delivery drones")
    quoted = reply.find_element(By.CSS_SELECTOR, "figure.quote").text
    before = len(_messages(root))
    reply.find_element(By.CSS_SELECTOR, "button.chip").click()
    _wait(browser, lambda d: len(_messages(root)) >= before + 2)
    more = _messages(root)[-1]
    assert "answer" in more.get_attribute("class")
    assert more.find_element(By.CSS_SELECTOR, "figure.quote").text != quoted
    # A follow-up question in the same conversation.
    follow = _ask(browser, root, "When will the first test flights take place?")
    assert "June" in follow.find_element(By.CSS_SELECTOR, "blockquote").text
    errors = [e for e in browser.get_log("browser") if e["level"] == "SEVERE"]
    assert errors == []  # no script or style refused by the CSP, no failed request


def test_two_quotes_of_one_release_share_one_source(site: tuple[str, str], browser: Any) -> None:
    from selenium.webdriver.common.by import By

    root = _open_page(browser, site[0])
    reply = _ask(browser, root, "delivery drones")
    quotes = reply.find_elements(By.CSS_SELECTOR, "figure.quote blockquote")
    assert len(quotes) == 2
    sources = reply.find_elements(By.CSS_SELECTOR, "figure.quote figcaption")
    assert len(sources) == 1  # the release is named once, under both of its quotes
    assert "Acme Robotics Opens a Drone Lab" in sources[0].text
    said = reply.text
    assert said.count("will test delivery drones for hospitals") == 1  # not again as text
    assert said.count("will receive the first delivery drones") == 1


def test_a_poisoned_release_shows_its_markup_as_text_and_runs_nothing(
    site: tuple[str, str], browser: Any
) -> None:
    from selenium.webdriver.common.by import By

    root = _open_page(browser, site[0])
    reply = _ask(browser, root, "What does the menu board of the robot kitchen read?")
    quote = reply.find_element(By.CSS_SELECTOR, "figure.quote")
    assert "<script>window.__innovisPwned=2</script>" in quote.text
    assert '<img src=x onerror="window.__innovisPwned=1">' in quote.text
    question = _messages(root)[-2]
    assert question.find_elements(By.TAG_NAME, "img") == []
    _ask(browser, root, '<img src=x onerror="window.__innovisPwned=4"> robot kitchen noodles')
    assert root.find_elements(By.CSS_SELECTOR, ".log img, .log script") == []
    assert quote.find_elements(By.TAG_NAME, "a") == []  # a javascript: URL is never a link
    assert browser.execute_script("return window.__innovisPwned === undefined")


def test_the_widget_opens_from_its_bubble_on_another_site(
    site: tuple[str, str], browser: Any
) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(site[1])
    root = _chat_root(browser, ".innovis-widget")
    bubble = root.find_element(By.CSS_SELECTOR, "button.bubble")
    panel = root.find_element(By.CSS_SELECTOR, "[role=dialog]")
    assert bubble.get_attribute("aria-label") == "Chat with INNOVIS"
    assert not panel.is_displayed()
    bubble.click()
    _wait(browser, lambda d: GREETING_START in root.find_element(By.CSS_SELECTOR, ".log").text)
    assert bubble.get_attribute("aria-expanded") == "true"
    focused = browser.execute_script("return arguments[0].activeElement", root)
    assert focused.get_attribute("class") == "question"  # the panel opens on the question field
    reply = _ask(browser, root, "When will the first test flights take place?")
    assert "June" in reply.text  # the API answered across origins (--cors)
    root.find_element(By.CSS_SELECTOR, "input.question").send_keys(Keys.ESCAPE)
    _wait(browser, lambda d: not panel.is_displayed())
    assert bubble.get_attribute("aria-expanded") == "false"
    focused = browser.execute_script("return arguments[0].activeElement", root)
    assert focused.get_attribute("class") == bubble.get_attribute("class")
