from __future__ import annotations

import json
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner

import govplan
from govplan.batch import convert_many
from govplan.cli import main
from govplan.views import outline, stats
from tests.conftest import FIXTURES

runner = CliRunner()
N_INPUTS = len(list(FIXTURES.glob("*.txt"))) + 2  # the fixtures, sub/report.txt and broken.txt


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    for f in FIXTURES.glob("*.txt"):
        shutil.copy(f, src / f.name)
    shutil.copy(FIXTURES / "report.txt", src / "sub" / "report.txt")
    (src / "broken.txt").write_bytes(b"\x00\x01binary")
    (src / "notes.md").write_text("not a plan format", encoding="utf-8")
    return src


def test_convert_many_keeps_going_and_reports(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    outcomes = convert_many([inputs], to="json", out_dir=out, executor=ThreadPoolExecutor(2))
    assert len(outcomes) == N_INPUTS  # .md is no input format
    failed = [o for o in outcomes if not o.ok]
    assert len(failed) == 1 and "broken.txt" in (failed[0].error or "") and "binary" in (failed[0].error or "")
    assert (out / "sub" / "report.json").exists() and (out / "notice_plan.trad.json").exists()
    assert json.loads((out / "report.json").read_text(encoding="utf-8"))["plan"]["doc_type"] == "报告"


def test_convert_many_in_processes_and_never_overwrites(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = convert_many([inputs / "report.txt", inputs / "web_page_plan.txt"], to="xml", out_dir=out, jobs=2)
    assert [o.ok for o in first] == [True, True]
    (out / "report.xml").write_text("mine", encoding="utf-8")
    again = convert_many([inputs / "report.txt"], to="xml", out_dir=out)
    assert not again[0].ok and "already exists" in (again[0].error or "")
    assert (out / "report.xml").read_text(encoding="utf-8") == "mine"
    assert convert_many([inputs / "report.txt"], to="xml", out_dir=out, overwrite=True)[0].ok


def test_two_inputs_for_one_output_are_refused(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    shutil.copy(FIXTURES / "report.txt", tmp_path / "a" / "plan.txt")
    (tmp_path / "a" / "plan.json").write_bytes(govplan.dumps(govplan.Plan(title="x"), "json"))
    outcomes = convert_many([tmp_path / "a"], to="xml", out_dir=tmp_path / "out", jobs=1)
    assert sorted(o.ok for o in outcomes) == [False, True]
    assert any("also" in (o.error or "") for o in outcomes)


def test_convert_many_on_a_dask_cluster(inputs: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None
    ) as cluster:
        with distributed.Client(cluster) as client:
            outcomes = convert_many([inputs], to="json", out_dir=tmp_path / "out", executor=client.get_executor())
    assert sum(o.ok for o in outcomes) == N_INPUTS - 1 and (tmp_path / "out" / "sub" / "report.json").exists()


def test_cli_batch(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(main, ["convert", str(inputs), "-o", str(out), "-j", "2"])
    assert result.exit_code == 1
    assert f"converted {N_INPUTS - 1} of {N_INPUTS} files" in result.stderr
    assert result.stderr.count("govplan: error:") == 1 and "broken.txt" in result.stderr
    assert "Traceback" not in result.output
    result = runner.invoke(
        main,
        ["convert", str(inputs / "report.txt"), str(inputs / "web_page_plan.txt"), "-o", str(out), "--to", "xml", "-q"],
    )
    assert result.exit_code == 0 and (out / "report.xml").exists()


def test_show_tree_in_both_scripts() -> None:
    for name in ("notice_plan.txt", "notice_plan.trad.txt"):
        result = runner.invoke(main, ["show", str(FIXTURES / name)])
        assert result.exit_code == 0
        lines = result.output.splitlines()
        assert lines[1].startswith("行动计划")
        assert any(line.strip().startswith("时限: 2023年底前 → 2023-12-31") for line in lines)
    trad = runner.invoke(main, ["show", str(FIXTURES / "notice_plan.trad.txt")]).output
    assert "責任: 市數據資源局" not in trad and "责任: 市數據資源局" in trad  # units as written


def test_show_items_that_are_tasks_and_sections_in_turn_in_turn() -> None:
    from tests.test_model import MIXED

    text = outline(govplan.loads(MIXED, "text"))
    assert (
        text.index("加强执法监督")
        < text.index("推进政务公开")
        < text.index("开展清理整合")
        < text.index("强化复议应诉")
    )


def test_show_one_unit() -> None:
    plan = govplan.load(FIXTURES / "notice_plan.txt")
    text = outline(plan, unit="市住房城乡建设局")
    assert "2. 工程建设项目审批时间" in text and "1. 2023年底前" not in text
    assert "二、重点任务" in text and "三、保障措施" not in text
    # either script finds the unit
    assert "2. 工程" in outline(govplan.load(FIXTURES / "notice_plan.trad.txt"), unit="市住房城乡建设局")


def test_stats() -> None:
    plans = [govplan.load(FIXTURES / "notice_plan.txt"), govplan.load(FIXTURES / "report.txt")]
    s = stats(plans)
    assert s.plans == 2 and s.tasks == sum(1 for p in plans for _ in p.iter_tasks())
    assert s.by_unit["市司法局"] == {"责任": 2}
    assert s.deadlines_by_year["2023"] == 1 and s.deadlines_by_year["周期"] == 2
    assert s.metrics_by_kind == {"target": 6, "achieved": 8}  # tasks only: goals are sections
    result = runner.invoke(main, ["stats", str(FIXTURES / "notice_plan.txt"), str(FIXTURES / "report.txt")])
    assert result.exit_code == 0 and "2 plan(s)" in result.output and "市司法局" in result.output
