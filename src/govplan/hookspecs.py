"""The hooks a govplan plugin can implement. This module is the plugin author's reference.

A plugin is a module (or an *instance*) with functions marked ``@govplan.hookimpl``. Third-party
plugins are found through the entry-point group ``govplan``::

    [project.entry-points.govplan]
    markdown = "govplan_markdown"        # a module: pluggy registers it as it is

pluggy registers the object an entry point names as it is and never instantiates a class: point the
entry point at a module or at an instance, not at a class.

govplan's own formats register through these same hooks (see ``govplan.plugins.BUILTIN_PLUGINS``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from govplan.formats import Format

hookspec = pluggy.HookspecMarker("govplan")
hookimpl = pluggy.HookimplMarker("govplan")


@hookspec
def govplan_formats() -> list[Format]:  # type: ignore[empty-body]
    """Return the formats this plugin provides: importers, exporters or both.

    Each :class:`govplan.formats.Format` carries a unique ``name`` (``"json"``), the file
    ``extensions`` it claims (``(".json",)``), a ``media_type``, and ``load`` and/or ``dump``
    callables. ``load(data: bytes, name: str | None) -> Plan`` reads a whole document (``name`` is
    the file name, for messages); ``dump(plan: Plan) -> bytes`` writes one. ``sniff(head: bytes) ->
    bool``, optional, claims a document by its first bytes when the extension says nothing (stdin,
    ``.dat``). Raise :class:`govplan.errors.ParseError` for bad input, never a bare exception.

    Called once when the registry is built; every plugin's list is collected. Two formats with one
    name are an error naming both plugins.

    Example::

        @govplan.hookimpl
        def govplan_formats():
            return [Format(name="md", extensions=(".md",), media_type="text/markdown", dump=to_markdown)]
    """
