"""The JSON interchange format: ``{"govplan": "1", "plan": {...}}`` (schemas/govplan-1.schema.json)."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from govplan.errors import ParseError
from govplan.formats import Format
from govplan.hookspecs import hookimpl
from govplan.model import Plan
from govplan.serialize import FORMAT_VERSION, from_data, to_data


def dump(plan: Plan) -> bytes:
    """The plan as UTF-8 JSON, Chinese left readable, keys in model order."""
    doc = {"govplan": FORMAT_VERSION, "plan": to_data(plan)}
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def load(data: bytes, name: str | None = None) -> Plan:
    """Read JSON written by :func:`dump` (a bare plan object is accepted too)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise ParseError(f"not UTF-8 JSON (byte {e.start})", path=name) from None
    try:
        # parse_float=Decimal keeps 88.59 exact on the way in.
        doc: Any = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as e:
        raise ParseError(f"invalid JSON: {e.msg} (column {e.colno})", path=name, line=e.lineno) from None
    if not isinstance(doc, dict):
        raise ParseError("a govplan JSON document is an object", path=name)
    version = doc.get("govplan")
    if version is not None and str(version).split(".")[0] != FORMAT_VERSION:
        raise ParseError(
            f"govplan JSON format version {version!r} is not supported (this is {FORMAT_VERSION})", path=name
        )
    plan = doc.get("plan", doc)
    if not isinstance(plan, dict):
        raise ParseError("'plan' must be an object", path=name)
    return from_data(plan, path=name)


def sniff(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


@hookimpl
def govplan_formats() -> list[Format]:
    return [
        Format(
            name="json",
            extensions=(".json",),
            media_type="application/json",
            description="govplan JSON interchange format",
            load=load,
            dump=dump,
            sniff=sniff,
        )
    ]
