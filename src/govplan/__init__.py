"""govplan: Chinese government plan documents as one typed object model.

>>> import govplan
>>> plan = govplan.loads("一、主要任务\\n(一)做好工作。(牵头单位:市司法局)\\n", format="text")
>>> [r.unit for t in plan.iter_tasks() for r in t.responsibilities]
['市司法局']
"""

from importlib.metadata import PackageNotFoundError, version

from govplan.api import dump, dumps, formats, load, loads, validate
from govplan.errors import FormatError, GovplanError, OutputError, ParseError, PluginError
from govplan.formats import Format, Problem
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

try:
    __version__ = version("govplan")
except PackageNotFoundError:  # pragma: no cover - running from a source tree that was never installed
    __version__ = "0+unknown"


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
