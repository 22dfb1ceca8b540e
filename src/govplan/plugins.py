"""The one plugin manager, and the lookup of formats through it.

Built-in plugins are registered exactly as third-party ones are, from :data:`BUILTIN_PLUGINS`;
third-party plugins come from the entry-point group ``govplan``.

    >>> [f.name for f in formats()]
    ['json', 'text', 'xml', 'docx', 'xlsx']
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from functools import cache
from typing import TYPE_CHECKING, TypeVar

import attrs
import pluggy

from govplan import hookspecs
from govplan.errors import FormatError, GovplanError, PluginError
from govplan.format import Format
from govplan.model import Plan

if TYPE_CHECKING:
    from govplan.jurisdictions import Profile

BUILTIN_PLUGINS: tuple[str, ...] = (
    "govplan.builtin.json",
    "govplan.builtin.text",
    "govplan.builtin.xml",
    "govplan.builtin.docx",
    "govplan.builtin.xlsx",
    "govplan.jurisdictions.national",
)

ENTRY_POINT_GROUP = "govplan"


def new_manager() -> pluggy.PluginManager:
    """A plugin manager that knows govplan's hooks and has no plugin registered yet."""
    manager = pluggy.PluginManager("govplan")
    manager.add_hookspecs(hookspecs)
    return manager


pm = new_manager()

_loaded = False


def disable(*names: str) -> None:
    """Switch plugins off by name (an entry point's name, or a built-in module's) before they load.

    >>> disable("govplan-markdown")  # as ``govplan -p no:govplan-markdown``
    """
    for name in names:
        if name and not pm.is_blocked(name):
            if pm.get_plugin(name) is not None:
                pm.unregister(name=name)
            pm.set_blocked(name)
    reset()


def _ensure_loaded() -> None:
    global _loaded
    if _loaded:
        return
    _loaded = True
    disable(*os.environ.get("GOVPLAN_DISABLE_PLUGINS", "").replace(" ", "").split(","))
    for name in BUILTIN_PLUGINS:
        if not pm.is_blocked(name):
            pm.register(importlib.import_module(name), name=name)
    if os.environ.get("GOVPLAN_DISABLE_PLUGIN_AUTOLOAD"):
        return
    # Like pluggy's load_setuptools_entrypoints, but a plugin that fails to import is named.
    from importlib.metadata import entry_points  # not at import time: it slows `govplan --help`

    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if pm.get_plugin(ep.name) is not None or pm.is_blocked(ep.name):
            continue
        dist = f" (from {ep.dist.name} {ep.dist.version})" if ep.dist is not None else ""
        try:
            plugin = ep.load()
        except Exception as e:  # a broken third-party package must not look like a govplan bug
            raise PluginError(f"plugin {ep.name!r}{dist} failed to load: {type(e).__name__}: {e}") from e
        pm.register(plugin, name=ep.name)


def reset() -> None:
    """Forget what was collected from plugins (after registering or unregistering one by hand)."""
    _collect.cache_clear()
    profiles.cache_clear()


T = TypeVar("T")


def _provided(hook: str, kind: type[T]) -> Iterator[tuple[str, T]]:
    """(plugin name, item) for every item of a list-returning hook, in registration order
    (get_hookimpls() lists built-ins first, so their sniffers and profiles come first)."""
    _ensure_loaded()
    for impl in getattr(pm.hook, hook).get_hookimpls():
        name = pm.get_name(impl.plugin) or repr(impl.plugin)
        try:
            provided = impl.function()
        except Exception as e:
            raise PluginError(f"plugin {name!r} failed in {hook}: {e}") from e
        for item in provided or ():
            if not isinstance(item, kind):
                raise PluginError(f"plugin {name!r} returned {item!r}, not a {kind.__module__}.{kind.__qualname__}")
            yield name, item


@cache
def _collect() -> dict[str, Format]:
    found: dict[str, Format] = {}
    for plugin_name, fmt in _provided("govplan_formats", Format):
        if fmt.name in found:
            raise PluginError(
                f"format {fmt.name!r} is provided by two plugins: "
                f"{found[fmt.name].plugin!r} and {plugin_name!r}; uninstall or disable one"
            )
        found[fmt.name] = attrs.evolve(fmt, plugin=plugin_name)
    return found


def formats() -> list[Format]:
    """Every registered format, built-in ones first."""
    return list(_collect().values())


def get_format(name: str) -> Format:
    """The format called ``name``; an unknown name raises :class:`FormatError` listing the known ones."""
    found = _collect()
    if name not in found:
        raise FormatError(f"unknown format {name!r}; known formats: {', '.join(sorted(found))}")
    return found[name]


def format_for_path(path: str, *, for_dump: bool = False) -> Format | None:
    """The format that claims ``path``'s extension (and can load, or dump), or None."""
    lowered = path.lower()
    best: Format | None = None
    for fmt in _collect().values():
        if (fmt.can_dump if for_dump else fmt.can_load) and any(lowered.endswith(e) for e in fmt.extensions):
            ext = max((e for e in fmt.extensions if lowered.endswith(e)), key=len)
            if best is None or len(ext) > max(len(e) for e in best.extensions if lowered.endswith(e)):
                best = fmt
    return best


def sniff_format(head: bytes) -> Format | None:
    """The first loadable format whose sniffer claims these leading bytes."""
    for fmt in _collect().values():
        if fmt.can_load and fmt.sniff is not None and fmt.sniff(head):
            return fmt
    return None


@cache
def profiles() -> tuple[Profile, ...]:
    """Every jurisdiction profile, in registration order (the national profile first)."""
    from govplan.jurisdictions import Profile

    return tuple(p for _, p in _provided("govplan_profiles", Profile))


def postprocess(plan: Plan) -> Plan:
    """Run the govplan_postprocess chain over a freshly imported plan."""
    _ensure_loaded()
    # pluggy's call order is the reverse of get_hookimpls(): tryfirst first, newest plugin first.
    for impl in reversed(pm.hook.govplan_postprocess.get_hookimpls()):
        name = pm.get_name(impl.plugin) or repr(impl.plugin)
        try:
            result = impl.function(plan=plan)
        except GovplanError:
            raise
        except Exception as e:
            raise PluginError(f"plugin {name!r} failed in govplan_postprocess: {type(e).__name__}: {e}") from e
        if result is not None:
            if not isinstance(result, Plan):
                raise PluginError(f"plugin {name!r} returned {type(result).__name__} from govplan_postprocess")
            plan = result
    return plan


@attrs.frozen
class PluginInfo:
    """What ``govplan plugins`` shows of one registered plugin."""

    name: str
    version: str
    provides: tuple[str, ...]


def plugin_info() -> list[PluginInfo]:
    """The registered plugins with their distribution's version and what each provides."""
    _ensure_loaded()
    from importlib.metadata import entry_points

    dists: dict[str, str] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.dist is not None:
            dists[ep.name] = ep.dist.version
    out = []
    for name, plugin in pm.list_name_plugin():
        if plugin is None:
            continue
        provides: list[str] = []
        for hook in ("govplan_formats", "govplan_profiles", "govplan_postprocess"):
            impl = next((i for i in getattr(pm.hook, hook).get_hookimpls() if i.plugin is plugin), None)
            if impl is None:
                continue
            if hook == "govplan_formats":
                provides += [f"format {f.name}" for f in _collect().values() if f.plugin == name]
            elif hook == "govplan_profiles":
                provides += [f"profile {p.name}" for p in impl.function() or ()]
            else:
                provides.append("postprocess")
        version = dists.get(name) or (_govplan_version() if name.startswith("govplan.") else "")
        out.append(PluginInfo(name, version, tuple(provides)))
    return out


def _govplan_version() -> str:
    import govplan

    return str(govplan.__version__)
