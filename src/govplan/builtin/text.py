"""The ``text`` importer: plans as plain text copied from a web page (GBK/UTF-8/Big5, 简/繁)."""

from __future__ import annotations

from govplan import plugins
from govplan.errors import GovplanError, ParseError
from govplan.format import Format
from govplan.hookspecs import hookimpl
from govplan.jurisdictions import furniture_pattern
from govplan.model import Plan
from govplan.text.decode import decode
from govplan.text.reader import read_text


def load(data: bytes, name: str | None = None) -> Plan:
    """Decode and parse a text document."""
    text = decode(data, name)
    try:
        return read_text(text, name, extra_furniture=furniture_pattern(plugins.profiles()))
    except GovplanError:
        raise
    except RecursionError:
        raise ParseError("document is nested too deeply", path=name) from None


def sniff(head: bytes) -> bool:
    """Claim anything that decodes as text holding Chinese characters."""
    try:
        text = decode(head)
    except ParseError:
        return False
    return any("\u4e00" <= ch <= "\u9fff" for ch in text[:2000])


@hookimpl
def govplan_formats() -> list[Format]:
    return [
        Format(
            name="text",
            extensions=(".txt", ".text"),
            media_type="text/plain",
            description="plan text copied from a web page (UTF-8, GB18030/GBK, Big5, UTF-16)",
            load=load,
            sniff=sniff,
        )
    ]
