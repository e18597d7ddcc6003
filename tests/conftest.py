"""Shared fixtures: a headless Debian Chromium for the browser tests, and a helper that opens a
local HTML file and records everything the page does that a test may want to forbid.

Chromium is Debian's (/usr/bin/chromium, installed by tests/setup.sh), driven by the
python playwright package; `playwright install` is never needed.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page, Playwright

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
# No sandbox: CI containers run as root; the rest keeps Chromium from calling home.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def launch_chromium(playwright: Playwright) -> Browser:
    """Debian's Chromium, headless, as the tests, benchmarks and screenshot script use it."""
    return playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `bash tests/setup.sh` (browser tests must run, not skip)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch_chromium(playwright)
        yield chromium
        chromium.close()


@dataclass
class Visit:
    """One page opened from disk, with what it asked for and complained about."""

    page: Page
    url: str
    requests: list[str] = field(default_factory=list)  # every URL requested, the page itself included
    failed: list[str] = field(default_factory=list)  # requests that failed, with the reason
    console_errors: list[str] = field(default_factory=list)  # console errors and uncaught exceptions
    dialogs: list[str] = field(default_factory=list)  # alert/confirm/prompt messages (dismissed)

    @property
    def foreign_requests(self) -> list[str]:
        """Requests for anything but the page file itself (data: URLs are not requests off the page)."""
        return [url for url in self.requests if url != self.url and not url.startswith("data:")]


@pytest.fixture
def open_page(browser: Browser) -> Iterator[Callable[..., Visit]]:
    """`open_page(path, width=1400, height=900)` opens a local file in a fresh, offline browser
    context, waits for the load event and returns a Visit; contexts are closed after the test."""
    contexts = []

    def open_(path: Path, width: int = 1400, height: int = 900) -> Visit:
        # bypass_csp: the page's Content-Security-Policy is only a safety net; the tests check that
        # the page itself requests nothing and runs no injected code, and playwright's waiting
        # helpers need eval, which that policy forbids.
        context = browser.new_context(viewport={"width": width, "height": height}, offline=True, bypass_csp=True)
        contexts.append(context)
        page = context.new_page()
        visit = Visit(page, Path(path).resolve().as_uri())
        page.on("request", lambda request: visit.requests.append(request.url))
        page.on("requestfailed", lambda request: visit.failed.append(f"{request.url}: {request.failure}"))
        page.on("console", lambda message: message.type == "error" and visit.console_errors.append(message.text))
        page.on("pageerror", lambda error: visit.console_errors.append(f"uncaught: {error}"))

        def dismiss(dialog) -> None:
            visit.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", dismiss)
        page.goto(visit.url, wait_until="load")
        return visit

    yield open_
    for context in contexts:
        context.close()
