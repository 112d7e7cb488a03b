"""The web app on a small real content tree: one exercise of each kind the pages treat
apart (code, choice, written report, plot), a private data directory, a real SQLite."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from mldojo.settings import Settings
from mldojo.web.app import create_app
from tests.conftest import BROADCAST, copy_exercises

CHOICE = "evaluation.metrics.screening_metric_choice"
WRITTEN = "soft.communication.forecast_for_operations"
PLOT = "stack.matplotlib.learning_curves"
WEB_EXERCISES = (BROADCAST, CHOICE, WRITTEN, PLOT)
WRONG = "def add_row_offsets(X, offsets):\n    return X + offsets\n"
RIGHT = "def add_row_offsets(X, offsets):\n    return X + offsets[:, None]\n"
ORIGIN = "http://127.0.0.1"


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return copy_exercises(tmp_path / "content", *WEB_EXERCISES)


@pytest.fixture
def web_settings(settings: Settings) -> Settings:
    """Checks graded by cold sandboxed children: nothing is left running after a test."""
    return replace(settings, grader="inline")


@pytest.fixture
def client(web_settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(web_settings), base_url=ORIGIN) as test_client:
        yield test_client


def page(client: TestClient, url: str) -> str:
    response = client.get(url, headers={"accept": "text/html"})
    assert response.status_code == 200, response.text
    return response.text


def token(client: TestClient, url: str = "/") -> str:
    """The CSRF token a page hands its scripts (the session cookie is now in the client)."""
    found = re.search(r'<meta name="csrf-token" content="([0-9a-f]+)">', page(client, url))
    assert found is not None
    return found.group(1)


def post_form(client: TestClient, url: str, fields: dict[str, str], csrf: str) -> Any:
    """A page's own form sent as a browser without scripts sends it: not followed."""
    return client.post(
        url,
        data={**fields, "csrf_token": csrf},
        headers={"accept": "text/html"},
        follow_redirects=False,
    )


def post_json(client: TestClient, url: str, body: Any, csrf: str | None) -> Any:
    headers = {"accept": "application/json"}
    if csrf is not None:
        headers["x-csrf-token"] = csrf
    return client.post(url, json=body, headers=headers)
