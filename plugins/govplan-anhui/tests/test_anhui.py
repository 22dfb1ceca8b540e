from __future__ import annotations

import subprocess
import sys

import govplan
from govplan import plugins

PAGE = """安徽省人民政府网
皖公网安备 34000002000001号
淮政〔2023〕7号
界首市优化营商环境工作方案
一、重点任务
(一)建设信用平台。(牵头单位:市发展改革委;配合单位:市数据资源局、市财政局)
"""


def test_found_through_its_entry_point() -> None:
    info = {i.name: i for i in plugins.plugin_info()}
    assert info["govplan-anhui"].version == "0.1.0"
    assert "profile anhui" in info["govplan-anhui"].provides


def test_agency_code_gives_issuer_and_level() -> None:
    plan = govplan.loads(PAGE, "text")
    assert plan.issuers == ("淮北市人民政府",)
    assert plan.jurisdiction == govplan.Jurisdiction("淮北市", "市级")


def test_county_level_city() -> None:
    plan = govplan.loads("界首市人民政府关于印发界首市工作方案的通知\n一、任务\n", "text")
    assert plan.jurisdiction == govplan.Jurisdiction("界首市", "县级")


def test_canonical_names_beside_names_as_written() -> None:
    task = next(govplan.loads(PAGE, "text").iter_tasks())
    assert [(r.unit, r.canonical) for r in task.responsibilities] == [
        ("市发展改革委", "市发展和改革委员会"),
        ("市数据资源局", "市数据资源管理局"),
        ("市财政局", None),
    ]


def test_site_furniture_is_dropped() -> None:
    text = govplan.dumps(govplan.loads(PAGE, "text"), "json").decode()
    assert "安徽省人民政府网" not in text and "皖公网安备" not in text


def test_can_be_disabled_for_a_run() -> None:
    code = "import govplan; print(govplan.loads('淮政〔2023〕7号\\n某方案\\n一、任务\\n', 'text').issuers)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"GOVPLAN_DISABLE_PLUGINS": "govplan-anhui", "PATH": ""},
    ).stdout
    assert out.strip() == "()"
