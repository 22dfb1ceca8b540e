from __future__ import annotations

import json
from decimal import Decimal

import jsonschema
import pytest
from hypothesis import given, settings

import govplan
from govplan import Metric, Plan, Section, Task
from tests.conftest import FIXTURES, SCHEMA
from tests.strategies import plans

VALIDATOR = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))


def _validate(data: bytes) -> None:
    errors = sorted(VALIDATOR.iter_errors(json.loads(data)), key=str)
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]


@settings(max_examples=150, deadline=None)
@given(plans)
def test_json_round_trip_is_lossless(plan: Plan) -> None:
    data = govplan.dumps(plan, "json")
    assert govplan.loads(data, "json") == plan
    assert govplan.dumps(govplan.loads(data, "json"), "json") == data


@settings(max_examples=60, deadline=None)
@given(plans)
def test_every_json_written_validates(plan: Plan) -> None:
    _validate(govplan.dumps(plan, "json"))


@pytest.mark.parametrize("fixture", sorted(p.name for p in FIXTURES.glob("*.txt")))
def test_json_of_parsed_fixtures_validates(fixture: str) -> None:
    _validate(govplan.dumps(govplan.load(FIXTURES / fixture), "json"))


def test_json_keys_other_tools_read() -> None:
    task = Task(text="t", metrics=(Metric(Decimal("88.59"), unit="%"),))
    doc = json.loads(govplan.dumps(Plan(title="p", sections=(Section(title="s", tasks=(task,)),)), "json"))
    assert doc["govplan"] == "1"
    section = doc["plan"]["sections"][0]
    assert {"label", "ordinal", "level", "title", "text", "sections", "tasks", "metrics"} <= section.keys()
    metric = section["tasks"][0]["metrics"][0]
    assert metric["value"] == 88.59 and metric["comparator"] == "=" and metric["kind"] == "target"


def test_exact_decimal_survives() -> None:
    plan = Plan(tasks=(Task(metrics=(Metric(Decimal("0.1")),)),))
    back = govplan.loads(govplan.dumps(plan, "json"), "json")
    assert next(back.iter_tasks()).metrics[0].value == Decimal("0.1")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'{"plan": {"title": "x",\n "sections": [}', "invalid JSON"),
        (b"[1, 2]", "is an object"),
        (b'{"govplan": "2", "plan": {}}', "not supported"),
        (b'{"plan": {"sections": [{"level": "high"}]}}', "not a govplan plan"),
        (b'{"plan": {"date": "yesterday"}}', "not a govplan plan"),
        (b"\xff\xfe{", "not UTF-8"),
    ],
)
def test_bad_json_is_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(govplan.ParseError, match=message) as info:
        govplan.loads(data, "json", name="bad.json")
    assert str(info.value).startswith("bad.json")


def test_bad_json_names_the_line() -> None:
    with pytest.raises(govplan.ParseError) as info:
        govplan.loads(b'{\n"plan":\n{,}}', "json", name="x.json")
    assert info.value.line == 3
    assert str(info.value).startswith("x.json:3:")


def test_deep_nesting_is_an_error_not_a_crash() -> None:
    data = b'{"plan": {"sections": [' + b'{"sections": [' * 5000 + b"]}" * 5000 + b"]}}"
    with pytest.raises(govplan.GovplanError):
        govplan.loads(data, "json")
