"""Errors govplan raises. Every one is a :class:`GovplanError` and names the file and line where known."""

from __future__ import annotations


class GovplanError(Exception):
    """Base class: a message, and the file and line it is about when known.

    >>> str(GovplanError("unbalanced bracket", path="plan.txt", line=12))
    'plan.txt:12: unbalanced bracket'
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        return f"{where}: {self.message}" if where else self.message

    def at(self, path: str | None) -> GovplanError:
        """The same error, naming ``path`` if it did not name a file yet."""
        if self.path is None and path is not None:
            self.path = path
        return self


class FormatError(GovplanError):
    """No registered format fits, or the format cannot do what was asked (load or dump)."""


class ParseError(GovplanError):
    """The input could not be read as the format it claims to be."""


class PluginError(GovplanError):
    """A plugin failed to load, or two plugins claim the same format name."""


class OutputError(GovplanError):
    """Writing the output would overwrite the input or existing data."""
