"""The single path between the model and plain data (dicts, lists, str, numbers, bool, None).

JSON and XML both go through :data:`converter`, so the two formats cannot drift apart.

    >>> from govplan.model import Plan
    >>> data = to_data(Plan(title="示例"))
    >>> data["title"], from_data(data) == Plan(title="示例")
    ('示例', True)
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Any

import cattrs

from govplan.errors import ParseError
from govplan.model import Plan

FORMAT_VERSION = "1"

converter = cattrs.Converter(forbid_extra_keys=False)


def _unstructure_decimal(value: Decimal) -> int | float:
    # JSON has one number type; an integral value stays an int so 95 is written 95, not 95.0.
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _structure_decimal(value: Any, _: type) -> Decimal:
    if isinstance(value, bool):
        raise ValueError(f"not a number: {value!r}")
    try:
        # str() first: Decimal(0.1) would carry the float's binary noise.
        return Decimal(str(value))
    except InvalidOperation as e:
        raise ValueError(f"not a number: {value!r}") from e


converter.register_unstructure_hook(Decimal, _unstructure_decimal)
converter.register_structure_hook(Decimal, _structure_decimal)
converter.register_unstructure_hook(dt.date, lambda d: d.isoformat())
converter.register_structure_hook(dt.date, lambda v, _: dt.date.fromisoformat(v))
converter.register_unstructure_hook(dt.datetime, lambda d: d.isoformat())
converter.register_structure_hook(dt.datetime, lambda v, _: dt.datetime.fromisoformat(v))


def to_data(plan: Plan) -> dict[str, Any]:
    """The plan as plain data, with the key names of the JSON format."""
    data: dict[str, Any] = converter.unstructure(plan)
    return data


def from_data(data: Any, *, path: str | None = None) -> Plan:
    """Build a Plan from plain data; a malformed structure raises :class:`ParseError` saying where."""
    try:
        return converter.structure(data, Plan)
    except (cattrs.BaseValidationError, ValueError, TypeError, KeyError) as e:
        raise ParseError(f"not a govplan plan: {_describe(e)}", path=path) from None


def _describe(e: BaseException) -> str:
    if isinstance(e, cattrs.BaseValidationError):
        notes = cattrs.transform_error(e)
        return "; ".join(notes[:3]) if notes else str(e)
    return str(e)
