"""govplan: Chinese government plan documents as one typed object model.

>>> import govplan
>>> plan = govplan.loads("一、主要任务\\n(一)做好工作。(牵头单位:市司法局)\\n", format="text")
>>> [r.unit for t in plan.iter_tasks() for r in t.responsibilities]
['市司法局']
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from govplan.api import dump, dumps, formats, load, loads, validate
    from govplan.errors import FormatError, GovplanError, OutputError, ParseError, PluginError
    from govplan.format import Format, Problem
    from govplan.hookspecs import hookimpl
    from govplan.model import (
        Comparator,
        Deadline,
        Diagnostic,
        DocNumber,
        Jurisdiction,
        Metric,
        MetricKind,
        Period,
        Plan,
        Recurrence,
        Reference,
        Responsibility,
        Role,
        Section,
        Source,
        Span,
        Task,
        parse_doc_number,
    )

# Each public name and the module it lives in. Imported on first use (PEP 562), so that
# `govplan --help` does not pay for attrs, the model and the plugin machinery.
_EXPORTS = {
    **dict.fromkeys(["dump", "dumps", "formats", "load", "loads", "validate"], "govplan.api"),
    **dict.fromkeys(["FormatError", "GovplanError", "OutputError", "ParseError", "PluginError"], "govplan.errors"),
    **dict.fromkeys(["Format", "Problem"], "govplan.format"),
    "hookimpl": "govplan.hookspecs",
    **dict.fromkeys(
        [
            "Comparator",
            "Deadline",
            "Diagnostic",
            "DocNumber",
            "Jurisdiction",
            "Metric",
            "MetricKind",
            "Period",
            "Plan",
            "Recurrence",
            "Reference",
            "Responsibility",
            "Role",
            "Section",
            "Source",
            "Span",
            "Task",
            "parse_doc_number",
        ],
        "govplan.model",
    ),
}


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(importlib.import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    if name == "__version__":
        # importlib.metadata costs tens of milliseconds at start-up.
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("govplan")
        except PackageNotFoundError:  # pragma: no cover - a source tree that was never installed
            return "0+unknown"
    raise AttributeError(f"module 'govplan' has no attribute {name!r}")


__all__ = [
    "Comparator",
    "Deadline",
    "Diagnostic",
    "DocNumber",
    "Format",
    "FormatError",
    "GovplanError",
    "Jurisdiction",
    "Metric",
    "MetricKind",
    "OutputError",
    "ParseError",
    "Period",
    "Plan",
    "PluginError",
    "Problem",
    "Recurrence",
    "Reference",
    "Responsibility",
    "Role",
    "Section",
    "Source",
    "Span",
    "Task",
    "__version__",
    "dump",
    "dumps",
    "formats",
    "hookimpl",
    "load",
    "loads",
    "parse_doc_number",
    "validate",
]
