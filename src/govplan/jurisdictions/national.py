"""The national profile, registered like any plugin: central doc-number codes and their issuers."""

from __future__ import annotations

from govplan.hookspecs import hookimpl
from govplan.jurisdictions import Profile

NATIONAL = Profile(
    name="national",
    region="中华人民共和国",
    level="国家级",
    agencies={
        "中发": ("中共中央 国务院", "国家级"),
        "中办发": ("中共中央办公厅 国务院办公厅", "国家级"),
        "厅字": ("中共中央办公厅 国务院办公厅", "国家级"),
        "国发": ("国务院", "国家级"),
        "国办发": ("国务院办公厅", "国家级"),
        "国函": ("国务院", "国家级"),
        "国办函": ("国务院办公厅", "国家级"),
        "国令": ("国务院", "国家级"),
    },
    regions={"中华人民共和国": "国家级"},
)


@hookimpl
def govplan_profiles() -> list[Profile]:
    return [NATIONAL]
