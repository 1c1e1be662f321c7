"""Fixtures of the web tests: a hand-built knowledge base, a TestClient, a live server and Chromium."""

from __future__ import annotations

import os
import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from . import kb

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "web"
CHROMIUM = Path(os.environ.get("NEWSGRAPH_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]


@pytest.fixture(scope="session")
def kb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A knowledge base of three invented articles (one of them malicious), built without the model."""
    return kb.build(tmp_path_factory.mktemp("kb") / "kb.duckdb")


@pytest.fixture(scope="session")
def client(kb_path: Path) -> Iterator[Any]:
    """A TestClient over the hand-built knowledge base."""
    from fastapi.testclient import TestClient

    from newsgraph.web.app import create_app

    with TestClient(create_app(kb_path)) as test_client:
        yield test_client


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class LiveServer:
    """uvicorn serving a knowledge base on a free localhost port, in a thread."""

    def __init__(self, db: Path) -> None:
        import uvicorn

        from newsgraph.web.app import create_app

        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(create_app(db), host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError(f"the web server did not start on {self.url}")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="session")
def live_kb(kb_path: Path) -> Iterator[LiveServer]:
    """The hand-built knowledge base served over HTTP."""
    with LiveServer(kb_path) as server:
        yield server


@pytest.fixture(scope="session")
def chromium() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright (never a downloaded browser); skips when absent."""
    if not CHROMIUM.is_file():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's Chromium with `apt-get install -y chromium`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageProbe:
    """A browser page that records dialogs, page errors and console errors, and saves screenshots."""

    def __init__(self, page: Any, prefix: str) -> None:
        self.page = page
        self.prefix = prefix
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        page.on("dialog", self._dialog)
        page.on("pageerror", lambda err: self.errors.append(f"page error: {err}"))
        page.on("console", lambda msg: self.errors.append(f"console: {msg.text}") if msg.type == "error" else None)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def shot(self, name: str) -> Path:
        """Save a full-page screenshot under test-artifacts/web/."""
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{self.prefix}-{name}.png"
        self.page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture()
def probe(chromium: Any, request: pytest.FixtureRequest) -> Iterator[PageProbe]:
    """A fresh page (1280x900) watched for dialogs and errors; closed after the test."""
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield PageProbe(page, re.sub(r"[^\w.]+", "-", request.node.name.removeprefix("test_")).strip("-"))
    context.close()


@pytest.fixture(scope="session")
def samples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample articles (samples/) ingested with the real pipeline into a fresh database."""
    samples = ROOT / "samples"
    if not any(samples.glob("*")):
        pytest.skip(f"no bundled sample articles under {samples}")
    from newsgraph.ingest.run import IngestOptions, ingest

    db = tmp_path_factory.mktemp("samples") / "samples.duckdb"
    ingest([str(samples)], db, options=IngestOptions(workers=1))
    return db
