"""The JSON interchange format: ``{"govplan": "1", "plan": {...}}`` (schemas/govplan-1.schema.json)."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from functools import cache
from typing import Any

import jsonschema

from govplan.errors import ParseError
from govplan.format import Format, Problem
from govplan.hookspecs import hookimpl
from govplan.model import Plan
from govplan.schemas import schema_path
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


@cache
def _validator() -> jsonschema.protocols.Validator:
    schema = json.loads(schema_path("govplan-1.schema.json").read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema)


def validate(data: bytes, name: str | None = None) -> list[Problem]:
    """Problems of a JSON document against schemas/govplan-1.schema.json, each with its line."""
    try:
        text = data.decode("utf-8-sig")
        doc = json.loads(text)
    except UnicodeDecodeError as e:
        return [Problem(f"not UTF-8 (byte {e.start})")]
    except json.JSONDecodeError as e:
        return [Problem(f"invalid JSON: {e.msg}", e.lineno)]
    errors = sorted(_validator().iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    return [
        Problem(
            f"{'/'.join(map(str, e.absolute_path)) or '(document)'}: {e.message}", line_of(text, list(e.absolute_path))
        )
        for e in errors
    ]


_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


def line_of(text: str, path: list[str | int]) -> int | None:
    """The line where the value at a JSON path starts.

    >>> line_of('{"a": {"b": [1,\\n 2]}}', ["a", "b", 1])
    2
    """
    pos = _WS.match(text, 0).end()  # type: ignore[union-attr]
    for step in path:
        if pos >= len(text) or text[pos] not in "{[":
            return None
        if text[pos] == "{":
            pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
            while text[pos] == '"':
                key, pos = _DECODER.raw_decode(text, pos)
                pos = _WS.match(text, pos).end() + 1  # type: ignore[union-attr]
                pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
                if key == step:
                    break
                _, pos = _DECODER.raw_decode(text, pos)
                pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
                if text[pos] == ",":
                    pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
            else:
                return None
        else:
            pos = _WS.match(text, pos + 1).end()  # type: ignore[union-attr]
            for _ in range(int(step)):
                _, pos = _DECODER.raw_decode(text, pos)
                pos = _WS.match(text, pos).end() + 1  # type: ignore[union-attr]
                pos = _WS.match(text, pos).end()  # type: ignore[union-attr]
    return text.count("\n", 0, pos) + 1


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
            validate=validate,
            interchange=True,
        )
    ]
