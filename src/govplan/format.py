"""The :class:`Format` record that plugins register (built-in formats live in :mod:`govplan.builtin`).

>>> from govplan.format import Format
>>> fmt = Format(name="demo", extensions=(".demo",), media_type="text/plain")
>>> fmt.can_load, fmt.can_dump
(False, False)
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from govplan.model import Plan

Loader = Callable[[bytes, "str | None"], Plan]
Dumper = Callable[[Plan], bytes]
Sniffer = Callable[[bytes], bool]
# Problems a document has against the format's schema: (line or None, message); [] when valid.
Validator = Callable[[bytes, "str | None"], "list[Problem]"]


@attrs.frozen
class Problem:
    """One way a document breaks its format's schema."""

    message: str
    line: int | None = None


def _lower_extensions(value: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(e.lower() if e.startswith(".") else "." + e.lower() for e in value)


@attrs.frozen
class Format:
    """One format: how to read a document into a Plan and/or write a Plan out."""

    name: str
    extensions: tuple[str, ...] = attrs.field(default=(), converter=_lower_extensions)
    media_type: str = "application/octet-stream"
    description: str = ""
    load: Loader | None = attrs.field(default=None, eq=False)
    dump: Dumper | None = attrs.field(default=None, eq=False)
    sniff: Sniffer | None = attrs.field(default=None, eq=False)
    validate: Validator | None = attrs.field(default=None, eq=False)
    # An interchange format (JSON, XML) holds a Plan as written: jurisdiction profiles are applied
    # only to plans read from documents.
    interchange: bool = False
    plugin: str = attrs.field(default="", eq=False)  # filled in by the registry

    @property
    def can_load(self) -> bool:
        return self.load is not None

    @property
    def can_dump(self) -> bool:
        return self.dump is not None
