from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest

import govplan
from govplan import plugins


def _install(tmp_path: Path, dist: str, module: str, source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Install a plugin the way pip would: a module plus a dist-info with an entry point."""
    (tmp_path / f"{module}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    info = tmp_path / f"{dist}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[govplan]\n{dist} = {module}\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, module, raising=False)


UPPER_PLUGIN = """
    import govplan
    from govplan import Format

    def dump(plan):
        return plan.title.upper().encode()

    @govplan.hookimpl
    def govplan_formats():
        return [Format(name="upper", extensions=(".up",), media_type="text/plain", dump=dump)]
"""


def test_builtin_formats_come_from_the_same_hook(fresh_registry: None) -> None:
    found = {f.name: f for f in govplan.formats()}
    assert found["json"].can_load and found["json"].can_dump
    assert found["json"].plugin == "govplan.builtin.json"
    assert found["text"].can_load and not found["text"].can_dump
    names = [impl.plugin_name for impl in plugins.pm.hook.govplan_formats.get_hookimpls()]
    assert {p for p in plugins.BUILTIN_PLUGINS if ".formats." in p} <= set(names)


def test_plugin_found_through_a_real_entry_point(
    fresh_registry: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _install(tmp_path, "govplan-upper", "govplan_upper", UPPER_PLUGIN, monkeypatch)
    fmt = plugins.get_format("upper")
    assert fmt.plugin == "govplan-upper"
    assert govplan.dumps(govplan.Plan(title="abc"), "upper") == b"ABC"
    out = tmp_path / "plan.up"
    govplan.dump(govplan.Plan(title="xyz"), out)
    assert out.read_bytes() == b"XYZ"


def test_two_plugins_claiming_one_name_is_an_error_naming_both(
    fresh_registry: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clash = UPPER_PLUGIN.replace('name="upper"', 'name="json"')
    _install(tmp_path, "govplan-clash", "govplan_clash", clash, monkeypatch)
    with pytest.raises(govplan.PluginError, match=r"json.*govplan.builtin.json.*govplan-clash"):
        govplan.formats()


def test_plugin_that_fails_to_import_is_named(
    fresh_registry: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _install(tmp_path, "govplan-broken", "govplan_broken", "import no_such_module_here\n", monkeypatch)
    with pytest.raises(govplan.PluginError, match=r"'govplan-broken'.*ModuleNotFoundError"):
        govplan.formats()


def test_plugin_returning_junk_is_named(fresh_registry: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    junk = UPPER_PLUGIN.replace("return [Format(", "return ['not a format', Format(")
    _install(tmp_path, "govplan-junk", "govplan_junk", junk, monkeypatch)
    with pytest.raises(govplan.PluginError, match=r"govplan-junk.*not a govplan.format.Format"):
        govplan.formats()


def test_unknown_format_lists_known_ones() -> None:
    with pytest.raises(govplan.FormatError, match=r"unknown format 'docz'.*json"):
        govplan.dumps(govplan.Plan(), "docz")


def test_format_chosen_by_extension_then_by_sniffing(tmp_path: Path) -> None:
    src = tmp_path / "plan.dat"
    src.write_bytes(govplan.dumps(govplan.Plan(title="嗅探"), "json"))
    assert govplan.load(src).title == "嗅探"
    txt = tmp_path / "plan.dat2"
    txt.write_text("示范方案\n一、主要任务\n", encoding="gb18030")
    assert govplan.load(txt).title == "示范方案"


def test_unknown_binary_input_is_a_clear_error(tmp_path: Path) -> None:
    src = tmp_path / "blob.bin"
    src.write_bytes(b"\x00\x01\x02\x03" * 10)
    with pytest.raises(govplan.FormatError, match=r"blob.bin.*cannot tell"):
        govplan.load(src)


def test_writer_only_format_cannot_load(fresh_registry: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _install(tmp_path, "govplan-upper2", "govplan_upper2", UPPER_PLUGIN, monkeypatch)
    with pytest.raises(govplan.FormatError, match=r"can write plans but not read"):
        govplan.loads(b"X", "upper")
