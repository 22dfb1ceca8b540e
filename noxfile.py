"""Sessions: tests, lint (ruff), types (mypy --strict), docs (the Markdown docs must build)."""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "types"]


@nox.session
def tests(session: nox.Session) -> None:
    session.install("-e", ".[test]")
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    session.install("ruff")
    session.run("ruff", "check", ".")


@nox.session
def types(session: nox.Session) -> None:
    session.install("-e", ".[dev]")
    session.run("mypy", "--strict")


@nox.session
def docs(session: nox.Session) -> None:
    """Check the docs' Python examples (docstrings) run as written."""
    session.install("-e", ".[test]")
    session.run("python", "-m", "pytest", "--doctest-modules", "src/govplan", "-p", "no:benchmark")
