"""The profile and post-processing hooks, jurisdiction inference, and switching plugins off."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import attrs
import pytest
from click.testing import CliRunner

import govplan
from govplan import Jurisdiction, Plan, plugins
from govplan.cli import main
from govplan.jurisdictions import Profile, apply_profiles, region_of
from tests.test_plugins import _install

PROFILE_PLUGIN = """
    import govplan
    from govplan.jurisdictions import Profile

    @govplan.hookimpl
    def govplan_profiles():
        return [Profile(name="demo", units={"县人民政府法制办公室": ["县政府法制办"]},
                        agencies={"石政": ("石门县人民政府", "县级")}, regions={"石门县": "县级"},
                        furniture=[r"^石门政府网$"])]
"""

POSTPROCESS_PLUGIN = """
    import attrs
    import govplan

    @govplan.hookimpl
    def govplan_postprocess(plan):
        return attrs.evolve(plan, title=plan.title + "{mark}")
"""


@pytest.mark.parametrize(
    ("issuer", "region", "level"),
    [
        ("淮北市人民政府", "淮北市", "市级"),
        ("巴东县人民政府", "巴东县", "县级"),
        ("新邱区人民政府", "新邱区", "县级"),
        ("湖北省人民政府办公厅", "湖北省", "省级"),
        ("恩施土家族苗族自治州人民政府", "恩施土家族苗族自治州", "市级"),
        ("上海市人民政府", "上海市", "省级"),
        ("中共中央办公厅", "中华人民共和国", "国家级"),
        ("東林區人民政府", "東林區", "县级"),
    ],
)
def test_region_of_issuer(issuer: str, region: str, level: str) -> None:
    assert region_of(issuer) == Jurisdiction(region, level)


def test_national_profile_from_the_doc_number() -> None:
    plan = govplan.loads("国办发〔2021〕5号\n关于推进工作的意见\n一、任务\n", "text")
    assert plan.issuers == ("国务院办公厅",)
    assert plan.jurisdiction == Jurisdiction("中华人民共和国", "国家级")


def test_jurisdiction_from_the_title_when_nothing_else_says() -> None:
    assert govplan.loads("巴东县法治政府建设实施方案\n一、目标\n", "text").jurisdiction == Jurisdiction(
        "巴东县", "县级"
    )


def test_json_and_xml_are_read_as_written() -> None:
    plan = Plan(title="某县方案", issuers=("某县人民政府",))
    for fmt in ("json", "xml"):
        assert govplan.loads(govplan.dumps(plan, fmt), fmt).jurisdiction is None


def test_profile_plugin(fresh_registry: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _install(tmp_path, "govplan-demo", "govplan_demo", PROFILE_PLUGIN, monkeypatch)
    plan = govplan.loads("石门政府网\n石政〔2020〕1号\n某方案\n一、任务\n(一)甲。(牵头单位:县政府法制办)\n", "text")
    assert plan.issuers == ("石门县人民政府",) and plan.jurisdiction == Jurisdiction("石门县", "县级")
    (r,) = next(plan.iter_tasks()).responsibilities
    assert (r.unit, r.canonical) == ("县政府法制办", "县人民政府法制办公室")
    assert "石门政府网" not in govplan.dumps(plan, "json").decode()
    assert [p.name for p in plugins.profiles()] == ["national", "demo"]


def test_postprocess_chain_runs_in_pluggy_order(
    fresh_registry: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # one distribution with two plugins (entry points) in it
    _install(tmp_path, "govplan-a", "govplan_post_a", POSTPROCESS_PLUGIN.format(mark="A"), monkeypatch)
    (tmp_path / "govplan_post_b.py").write_text(textwrap.dedent(POSTPROCESS_PLUGIN.format(mark="B")), encoding="utf-8")
    with (tmp_path / "govplan-a-1.0.dist-info" / "entry_points.txt").open("a", encoding="utf-8") as f:
        f.write("govplan-b = govplan_post_b\n")
    title = govplan.loads('{"plan": {"title": "T"}}', "json").title
    # each implementation sees the previous one's plan; the one registered last runs first
    assert sorted(title[1:]) == ["A", "B"] and len(title) == 3
    order = [i.plugin_name for i in reversed(plugins.pm.hook.govplan_postprocess.get_hookimpls())]
    assert title == "T" + "".join(name[-1].upper() for name in order)


def test_postprocess_failure_names_the_plugin(
    fresh_registry: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = "import govplan\n\n@govplan.hookimpl\ndef govplan_postprocess(plan):\n    return 1 / 0\n"
    _install(tmp_path, "govplan-zero", "govplan_zero", broken, monkeypatch)
    with pytest.raises(govplan.PluginError, match=r"'govplan-zero' failed in govplan_postprocess: ZeroDivisionError"):
        govplan.loads('{"plan": {}}', "json")


def test_disable_a_plugin_for_a_run(fresh_registry: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _install(tmp_path, "govplan-demo", "govplan_demo2", PROFILE_PLUGIN, monkeypatch)
    result = CliRunner().invoke(main, ["plugins"])
    assert "govplan-demo 1.0: profile demo" in result.output
    assert "govplan.builtin.json" in result.output
    plugins.reset()
    result = CliRunner().invoke(main, ["-p", "no:govplan-demo", "plugins"])
    assert result.exit_code == 0 and "govplan-demo" not in result.output


def test_disable_a_builtin_by_environment(fresh_registry: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOVPLAN_DISABLE_PLUGINS", "govplan.builtin.xlsx, govplan.jurisdictions.national")
    assert "xlsx" not in [f.name for f in govplan.formats()]
    assert plugins.profiles() == ()


def test_apply_profiles_keeps_names_as_written() -> None:
    profile = Profile(name="p", units={"市发展和改革委员会": ["市发改委"]})
    plan = govplan.loads("某市方案\n一、任务\n(一)甲。(牵头单位:市发改委、市财政局)\n", "text")
    applied = apply_profiles(plan, [profile])
    units = [(r.unit, r.canonical) for r in next(applied.iter_tasks()).responsibilities]
    assert units == [("市发改委", "市发展和改革委员会"), ("市财政局", None)]
    assert attrs.evolve(applied, tasks=(), sections=()) == attrs.evolve(
        apply_profiles(applied, [profile]), tasks=(), sections=()
    )


def test_profile_plugin_returning_junk(fresh_registry: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    junk = textwrap.dedent(PROFILE_PLUGIN).replace("return [Profile(", "return ['x', Profile(")
    _install(tmp_path, "govplan-junkp", "govplan_junkp", junk, monkeypatch)
    with pytest.raises(govplan.PluginError, match=r"govplan-junkp.*not a govplan.jurisdictions.Profile"):
        govplan.loads("某方案\n", "text")
    assert sys.modules  # the registry error did not break the interpreter
