from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

import govplan
from govplan.cli import main
from tests.conftest import FIXTURES

runner = CliRunner()


def test_convert_text_to_json(tmp_path: Path) -> None:
    out = tmp_path / "plan.json"
    result = runner.invoke(main, ["convert", str(FIXTURES / "notice_plan.txt"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["plan"]["doc_number"] == "青政〔2023〕18号"
    assert govplan.load(out).title.startswith("青川市优化营商环境攻坚行动计划")


def test_formats_lists_json_both_ways() -> None:
    result = runner.invoke(main, ["formats"])
    assert result.exit_code == 0
    json_line = next(line for line in result.output.splitlines() if line.startswith("json"))
    assert "import/export" in json_line and ".json" in json_line and "govplan.builtin.json" in json_line


def test_version() -> None:
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and govplan.__version__ in result.output


def test_stdin_to_stdout() -> None:
    data = "示范工作要点\n一、重点工作\n(一)完成清理。(责任单位:县司法局)\n".encode("gb18030")
    result = runner.invoke(main, ["convert", "-", "-o", "-", "--from", "text"], input=data)
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout_bytes)
    assert doc["plan"]["doc_type"] == "工作要点"


def test_bad_input_is_one_line_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"plan": [', encoding="utf-8")
    result = runner.invoke(main, ["convert", str(bad), "-o", str(tmp_path / "out.json")])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "bad.json:1:" in result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "out.json").exists()


def test_missing_input_exit_1(tmp_path: Path) -> None:
    result = runner.invoke(main, ["convert", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "o.json")])
    assert result.exit_code == 1 and "nope.txt" in result.stderr


def test_refuses_to_overwrite_its_input(tmp_path: Path) -> None:
    src = tmp_path / "plan.json"
    original = govplan.dumps(govplan.Plan(title="原件"), "json")
    src.write_bytes(original)
    result = runner.invoke(main, ["convert", str(src), "-o", str(src), "--overwrite"])
    assert result.exit_code == 1 and "input" in result.stderr
    assert src.read_bytes() == original


def test_refuses_to_overwrite_existing_output_without_flag(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("keep me", encoding="utf-8")
    args = ["convert", str(FIXTURES / "report.txt"), "-o", str(out)]
    result = runner.invoke(main, args)
    assert result.exit_code == 1 and "already exists" in result.stderr
    assert out.read_text(encoding="utf-8") == "keep me"
    assert runner.invoke(main, [*args, "--overwrite"]).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["plan"]["doc_type"] == "报告"


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert runner.invoke(main, ["convert", str(FIXTURES / "report.txt")]).exit_code == 2
    result = runner.invoke(main, ["convert", str(FIXTURES / "report.txt"), "-o", str(tmp_path / "x.unknown")])
    assert result.exit_code == 2 and "--to" in result.output


def test_unknown_format_exit_1(tmp_path: Path) -> None:
    result = runner.invoke(main, ["convert", str(FIXTURES / "report.txt"), "-o", str(tmp_path / "o"), "--to", "nope"])
    assert result.exit_code == 1 and "unknown format 'nope'" in result.stderr


def test_diagnostics_go_to_stderr(tmp_path: Path) -> None:
    src = tmp_path / "gap.txt"
    src.write_text("示范方案\n一、目标\n三、任务\n", encoding="utf-8")
    result = runner.invoke(main, ["convert", str(src), "-o", str(tmp_path / "gap.json")])
    assert result.exit_code == 0
    assert f"{src}:3: warning: numbering skips" in result.stderr
    quiet = runner.invoke(main, ["convert", str(src), "-o", str(tmp_path / "q.json"), "-q"])
    assert quiet.stderr == ""


def test_help_does_not_load_the_heavy_parts() -> None:
    import subprocess
    import sys

    code = (
        "import sys\nfrom govplan.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print('LOADED:' + ','.join(m for m in ('lxml', 'xlsxwriter', 'attrs', 'cattrs', 'jsonschema',"
        " 'govplan.text.reader') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "Usage: " in out
    assert out.rstrip().splitlines()[-1] == "LOADED:"


def test_written_files_get_the_usual_mode(tmp_path: Path) -> None:
    import os

    out = tmp_path / "plan.json"
    govplan.dump(govplan.Plan(title="x"), out)
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask
