"""Jurisdiction profiles: canonical unit names, doc-number agency codes, regions and their levels.

Profiles come from plugins through the ``govplan_profiles`` hook; :func:`apply_profiles` uses them to
give a Plan its jurisdiction and its units their canonical names (never replacing the name as written).

    >>> from govplan.model import Plan
    >>> p = Profile(name="demo", agencies={"淮政": ("淮北市人民政府", "市级")})
    >>> apply_profiles(Plan(doc_number="淮政〔2022〕45号"), [p]).jurisdiction
    Jurisdiction(region='淮北市', level='市级')
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

import attrs

from govplan.model import Jurisdiction, Plan, Responsibility, Section, Task
from govplan.text.fold import fold


def _freeze_units(value: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in value.items()}


@attrs.frozen
class Profile:
    """What govplan should know about one jurisdiction.

    - ``units``: canonical name → aliases as they are written (县政府法制办公室: [县政府法制办, 县法制办]).
    - ``agencies``: doc-number agency code → (issuer, level): 淮政 → (淮北市人民政府, 市级).
    - ``regions``: region name → level: 淮北市 → 市级.
    - ``furniture``: regular expressions (matched against simplified, half-width text) for lines of
      this region's web sites that are not part of any document.
    """

    name: str
    region: str | None = None
    level: str | None = None
    units: dict[str, tuple[str, ...]] = attrs.field(factory=dict, converter=_freeze_units)
    agencies: dict[str, tuple[str, str]] = attrs.field(factory=dict)
    regions: dict[str, str] = attrs.field(factory=dict)
    furniture: tuple[str, ...] = ()


# Region names by their last character, for issuers no profile names.
_REGION = re.compile(
    r"^(?:中共)?(?P<region>[\u4e00-\u9fff]{1,12}?(?:自治区|自治州|自治县|特别行政区|省|市|州|盟|地区|县|区|旗|乡|镇|街道))"
)
_LEVEL_BY_SUFFIX = (
    ("特别行政区", "省级"),
    ("自治区", "省级"),
    ("省", "省级"),
    ("自治州", "市级"),
    ("州", "市级"),
    ("盟", "市级"),
    ("地区", "市级"),
    ("自治县", "县级"),
    ("县", "县级"),
    ("旗", "县级"),
    ("区", "县级"),
    ("街道", "乡级"),
    ("乡", "乡级"),
    ("镇", "乡级"),
)
_CENTRAL = re.compile(r"^(?:中共中央|国务院|全国人大|中央)")
_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")


def region_of(issuer: str, profiles: Iterable[Profile] = ()) -> Jurisdiction | None:
    """The region an issuing body belongs to, with its level.

    >>> region_of("巴东县人民政府"), region_of("国务院办公厅").level
    (Jurisdiction(region='巴东县', level='县级'), '国家级')
    """
    folded = fold(issuer)
    if _CENTRAL.match(folded):
        return Jurisdiction("中华人民共和国", "国家级")
    known = {fold(name): (name, level) for p in profiles for name, level in p.regions.items()}
    for key in sorted(known, key=len, reverse=True):
        if folded.startswith(key) or folded.startswith("中共" + key):
            return Jurisdiction(*known[key])
    m = _REGION.match(folded)
    if not m:
        return None
    region = m["region"]
    if region in _MUNICIPALITIES:
        return Jurisdiction(issuer[folded.index(region) : folded.index(region) + len(region)], "省级")
    start = folded.index(region)
    written = issuer[start : start + len(region)]
    if region.endswith("市"):
        return Jurisdiction(written, "市级")  # a county-level city needs a profile to say so
    level = next(lv for suffix, lv in _LEVEL_BY_SUFFIX if region.endswith(suffix))
    return Jurisdiction(written, level)


def _alias_table(profiles: Iterable[Profile]) -> dict[str, str]:
    table: dict[str, str] = {}
    for p in profiles:
        for canonical, aliases in p.units.items():
            for name in (canonical, *aliases):
                table.setdefault(fold(name), canonical)
    return table


def _with_canonical(r: Responsibility, table: Mapping[str, str]) -> Responsibility:
    canonical = table.get(fold(r.unit))
    if canonical is None or r.canonical is not None:
        return r
    return attrs.evolve(r, canonical=canonical)


def _task(t: Task, table: Mapping[str, str]) -> Task:
    return attrs.evolve(
        t,
        responsibilities=tuple(_with_canonical(r, table) for r in t.responsibilities),
        subtasks=tuple(_task(s, table) for s in t.subtasks),
    )


def _section(s: Section, table: Mapping[str, str]) -> Section:
    return attrs.evolve(
        s, tasks=tuple(_task(t, table) for t in s.tasks), sections=tuple(_section(c, table) for c in s.sections)
    )


def apply_profiles(plan: Plan, profiles: Iterable[Profile]) -> Plan:
    """The plan with its jurisdiction inferred (issuer, then doc number) and units' canonical names."""
    profiles = list(profiles)
    issuers = plan.issuers
    jurisdiction = plan.jurisdiction
    parts = plan.doc_number_parts
    agency = None
    if parts is not None:
        for p in profiles:
            if parts.agency in p.agencies:
                agency = p.agencies[parts.agency]
                break
    if not issuers and agency is not None:
        issuers = tuple(agency[0].split())  # 中共中央 国务院: a joint issuance
    if jurisdiction is None:
        for issuer in issuers:
            jurisdiction = region_of(issuer, profiles)
            if jurisdiction is not None:
                break
        if jurisdiction is None and agency is None and plan.title:
            jurisdiction = region_of(plan.title, profiles)  # 巴东县法治政府建设实施方案: the region leads the title
        if agency is not None and (jurisdiction is None or jurisdiction.level is None):
            found = region_of(agency[0], profiles)
            jurisdiction = Jurisdiction(found.region if found else None, agency[1])
    table = _alias_table(profiles)
    return attrs.evolve(
        plan,
        issuers=issuers,
        jurisdiction=jurisdiction,
        tasks=tuple(_task(t, table) for t in plan.tasks),
        sections=tuple(_section(s, table) for s in plan.sections),
    )


def furniture_pattern(profiles: Iterable[Profile]) -> re.Pattern[str] | None:
    """One pattern for every profile's extra furniture, or None."""
    patterns = [f"(?:{p})" for profile in profiles for p in profile.furniture]
    return re.compile("|".join(patterns)) if patterns else None
