"""Sessions: tests, lint (ruff), types (mypy --strict), plugins (the example plugins, installed), docs."""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "types", "plugins"]


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
    """Build the documentation site (warnings are errors) and run the docstring examples."""
    session.install("-e", ".[test,docs]")
    session.run("mkdocs", "build", "--strict")
    session.run("python", "-m", "pytest", "src/govplan")


@nox.session
def plugins(session: nox.Session) -> None:
    """Install the example plugins into a fresh environment and run their tests with real entry points."""
    session.install("-e", ".[test]", "./plugins/govplan-anhui", "./plugins/govplan-markdown")
    session.run("govplan", "plugins")
    session.run("python", "-m", "pytest", "plugins/govplan-anhui/tests", "plugins/govplan-markdown/tests")
