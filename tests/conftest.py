from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from govplan import plugins

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCHEMA = ROOT / "schemas" / "govplan-1.schema.json"


@pytest.fixture
def fresh_registry(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A registry rebuilt from scratch (built-ins plus whatever entry points the test provides)."""
    monkeypatch.setattr(plugins, "pm", plugins.new_manager())
    monkeypatch.setattr(plugins, "_loaded", False)
    plugins.reset()
    yield
    plugins.reset()
