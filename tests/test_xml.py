from __future__ import annotations

import io
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

import govplan
from govplan import Plan
from govplan.cli import main
from tests import strategies
from tests.conftest import FIXTURES, ROOT

CORPUS = ROOT.parent / "shared" / "corpus"
DOCUMENTS = sorted(FIXTURES.glob("*.txt")) + sorted(CORPUS.glob("*.txt")) + [ROOT / "examples/xinhe-county-plan.txt"]

# XML 1.0 cannot hold most control characters: plans for the XML property use text it can hold.
xml_text = st.text(
    alphabet=st.characters(
        blacklist_categories=["Cs"], blacklist_characters="\x00\ufffe\uffff", min_codepoint=9
    ).filter(lambda c: c in "\t\n\r" or c >= " "),
    max_size=20,
)


XML_PLANS = strategies.make_plans(xml_text)


@settings(max_examples=120, deadline=None)
@given(XML_PLANS)
def test_xml_round_trip_is_lossless_and_valid(plan: Plan) -> None:
    data = govplan.dumps(plan, "xml")
    back = govplan.loads(data, "xml")
    assert back == plan
    assert govplan.dumps(back, "xml") == data
    assert govplan.validate(_bytes(data), "xml") == []


def _bytes(data: bytes) -> io.BytesIO:
    return io.BytesIO(data)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_documents_give_valid_deterministic_xml(path: Path) -> None:
    plan = govplan.load(path)
    data = govplan.dumps(plan, "xml")
    assert data.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n<plan xmlns=\"urn:govplan:1\"")
    assert govplan.dumps(govplan.load(path), "xml") == data
    assert govplan.loads(data, "xml") == plan  # provenance included
    assert govplan.validate(_bytes(data), "xml") == []


def test_text_that_xml_cannot_hold_is_a_clear_error_naming_where_it_stands() -> None:
    with pytest.raises(govplan.GovplanError, match=r"cannot write XML: plan/title holds U\+0001"):
        govplan.dumps(Plan(title="a\x01b"), "xml")
    with pytest.raises(govplan.GovplanError, match=r"plan/addressees/addressee holds U\+FFFF"):
        govplan.dumps(Plan(addressees=("各乡镇", "县直各部门\uffff")), "xml")


def test_invalid_xml_names_file_line_and_problem() -> None:
    data = (
        b'<?xml version="1.0"?>\n<plan xmlns="urn:govplan:1" version="1">\n  <sections>\n'
        b'    <section level="zero"/>\n  </sections>\n</plan>\n'
    )
    with pytest.raises(govplan.ParseError) as info:
        govplan.loads(data, "xml", name="bad.xml")
    assert info.value.line == 4
    assert str(info.value).startswith("bad.xml:4: not valid govplan XML") and "level" in str(info.value)


def test_malformed_xml() -> None:
    with pytest.raises(govplan.ParseError, match=r"bad.xml:2: invalid XML"):
        govplan.loads(b"<plan>\n<title></plan>", "xml", name="bad.xml")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<plan xmlns="urn:govplan:1" version="1"><title>&lol9;</title></plan>"""

QUADRATIC = (
    b'<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY a "' + b"x" * 50_000 + b'">]>\n<plan xmlns="urn:govplan:1" '
    b'version="1"><title>' + b"&a;" * 50_000 + b"</title></plan>"
)


def _xxe(tmp_path: Path) -> bytes:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    return (
        f'<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY s SYSTEM "file://{secret}">]>\n'
        '<plan xmlns="urn:govplan:1" version="1"><title>&s;</title></plan>'
    ).encode()


EXTERNAL_DTD = (
    b'<?xml version="1.0"?>\n<!DOCTYPE plan SYSTEM "http://127.0.0.1:9/evil.dtd">\n'
    b'<plan xmlns="urn:govplan:1" version="1"/>'
)
DEEP = (
    b'<plan xmlns="urn:govplan:1" version="1"><sections>'
    + b"<section><sections>" * 10_000
    + (b"</sections></section>" * 10_000)
    + b"</sections></plan>"
)


@pytest.mark.parametrize("name", ["billion_laughs", "quadratic", "xxe", "external_dtd", "deep"])
def test_hostile_xml_is_refused(name: str, tmp_path: Path) -> None:
    data = {
        "billion_laughs": BILLION_LAUGHS,
        "quadratic": QUADRATIC,
        "xxe": _xxe(tmp_path),
        "external_dtd": EXTERNAL_DTD,
        "deep": DEEP,
    }[name]
    started = time.monotonic()
    with pytest.raises(govplan.ParseError) as info:
        govplan.loads(data, "xml", name="hostile.xml")
    assert "TOP SECRET" not in str(info.value)
    assert str(info.value).startswith("hostile.xml")
    # Nothing was expanded: refusal is immediate (a generous bound, not a benchmark).
    assert time.monotonic() - started < 5


def test_validate_command(tmp_path: Path) -> None:
    runner = CliRunner()
    good = tmp_path / "good.xml"
    govplan.dump(govplan.load(FIXTURES / "report.txt"), good)
    result = runner.invoke(main, ["validate", str(good)])
    assert result.exit_code == 0 and "valid" in result.output
    bad = tmp_path / "bad.xml"
    bad.write_text('<plan xmlns="urn:govplan:1" version="1">\n<period start="x"/>\n</plan>', encoding="utf-8")
    result = runner.invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1 and f"{bad}:2:" in result.stderr


def test_validate_json_with_lines(tmp_path: Path) -> None:
    runner = CliRunner()
    bad = tmp_path / "bad.json"
    bad.write_text('{"govplan": "1",\n "plan": {\n  "title": "x",\n  "sections": [{"level": 0}]}}', encoding="utf-8")
    result = runner.invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1
    assert f"{bad}:4: plan/sections/0/level" in result.stderr
    good = tmp_path / "good.json"
    govplan.dump(govplan.load(FIXTURES / "report.txt"), good)
    assert runner.invoke(main, ["validate", str(good)]).exit_code == 0


def test_validate_needs_a_schema(tmp_path: Path) -> None:
    src = tmp_path / "p.txt"
    src.write_text("某方案\n一、任务\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(src)])
    assert result.exit_code == 1 and "no schema" in result.stderr
