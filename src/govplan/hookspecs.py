"""The hooks a govplan plugin can implement. This module is the plugin author's reference.

A plugin is a module (or an *instance*) with functions marked ``@govplan.hookimpl``. Third-party
plugins are found through the entry-point group ``govplan``::

    [project.entry-points.govplan]
    markdown = "govplan_markdown"        # a module: pluggy registers it as it is

pluggy registers the object an entry point names as it is and never instantiates a class: point the
entry point at a module or at an instance, not at a class.

govplan's own formats and its national profile register through these same hooks (see
``govplan.plugins.BUILTIN_PLUGINS``). A user can switch a plugin off for one run by its name:
``govplan -p no:NAME ...`` or ``GOVPLAN_DISABLE_PLUGINS=NAME[,NAME]``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from govplan.format import Format
    from govplan.jurisdictions import Profile
    from govplan.model import Plan

hookspec = pluggy.HookspecMarker("govplan")
hookimpl = pluggy.HookimplMarker("govplan")


@hookspec
def govplan_formats() -> list[Format]:  # type: ignore[empty-body]
    """Return the formats this plugin provides: importers, exporters or both.

    Each :class:`govplan.format.Format` carries a unique ``name`` (``"json"``), the file
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


@hookspec
def govplan_profiles() -> list[Profile]:  # type: ignore[empty-body]
    """Return jurisdiction profiles: what govplan should know about a region.

    Each :class:`govplan.jurisdictions.Profile` may carry canonical unit names with their aliases
    (县人民政府法制办公室 ← 县政府法制办), doc-number agency codes with the issuer and level they stand for
    (淮政 → 淮北市人民政府, 市级), region names with their administrative level, and extra furniture
    patterns of the region's web sites (matched against simplified, half-width text).

    Every plugin's profiles are collected (not firstresult): profiles add up. Where two profiles
    name the same alias or agency code, the one registered first wins, so govplan's national profile
    (registered first) cannot be overridden for central codes such as 国发, and among third-party
    plugins the order is the entry points' order. After a document importer (text, docx) has read a
    plan, the profiles give it its jurisdiction and its units their canonical names; the interchange
    formats (JSON, XML) are read back as written.

    Example::

        @govplan.hookimpl
        def govplan_profiles():
            return [Profile(name="anhui", units={"淮北市司法局": ["市司法局"]},
                            agencies={"淮政": ("淮北市人民政府", "市级")})]
    """


@hookspec
def govplan_postprocess(plan: Plan) -> Plan | None:
    """Return a changed plan, or None to leave it alone. Runs after every importer.

    Called after any importer (and after profiles were applied to documents), with the plan as the
    previous implementation left it: implementations form a chain, each seeing the result of the one
    before. The order is pluggy's call order: ``tryfirst=True`` implementations first, ``trylast=True``
    last, otherwise the plugin registered last runs first. Plans are frozen; build the new one with
    :func:`attrs.evolve`. Raise :class:`govplan.errors.GovplanError` to reject a plan.

    Example::

        @govplan.hookimpl(trylast=True)
        def govplan_postprocess(plan):
            return attrs.evolve(plan, title=plan.title.strip())
    """
