"""Jurisdiction profile for Anhui province (安徽省), written against govplan's public API only."""

from __future__ import annotations

import govplan
from govplan.jurisdictions import Profile

__version__ = "0.1.0"

_CITIES = (
    "合肥市",
    "淮北市",
    "亳州市",
    "宿州市",
    "蚌埠市",
    "阜阳市",
    "淮南市",
    "滁州市",
    "六安市",
    "马鞍山市",
    "芜湖市",
    "宣城市",
    "铜陵市",
    "池州市",
    "安庆市",
    "黄山市",
)
# County-level cities: a name ending in 市 does not say its level.
_COUNTY_CITIES = ("界首市", "桐城市", "潜山市", "天长市", "明光市", "宁国市", "广德市", "无为市", "巢湖市")

ANHUI = Profile(
    name="anhui",
    region="安徽省",
    level="省级",
    agencies={
        "皖发": ("中共安徽省委 安徽省人民政府", "省级"),
        "皖政": ("安徽省人民政府", "省级"),
        "皖政办": ("安徽省人民政府办公厅", "省级"),
        "皖政办秘": ("安徽省人民政府办公厅", "省级"),
        "皖政秘": ("安徽省人民政府", "省级"),
        "合政": ("合肥市人民政府", "市级"),
        "合政办": ("合肥市人民政府办公室", "市级"),
        "淮政": ("淮北市人民政府", "市级"),
        "淮政办": ("淮北市人民政府办公室", "市级"),
        "芜政": ("芜湖市人民政府", "市级"),
        "蚌政": ("蚌埠市人民政府", "市级"),
        "濉政": ("濉溪县人民政府", "县级"),
    },
    regions={"安徽省": "省级", **dict.fromkeys(_CITIES, "市级"), **dict.fromkeys(_COUNTY_CITIES, "县级")},
    units={
        "市人民政府办公室": ["市政府办公室", "市政府办"],
        "市发展和改革委员会": ["市发展改革委", "市发改委", "市发展改革委员会"],
        "市委机构编制委员会办公室": ["市委编办", "市编办"],
        "市数据资源管理局": ["市数据资源局", "市数管局"],
        "市人力资源和社会保障局": ["市人力资源社会保障局", "市人社局"],
        "市市场监督管理局": ["市市场监管局"],
        "县人民政府法制办公室": ["县政府法制办", "县法制办"],
        "县委机构编制委员会办公室": ["县编办", "县委编办"],
    },
    furniture=(r"安徽省人民政府网", r"皖公网安备", r"^中国安徽$"),
)


@govplan.hookimpl
def govplan_profiles() -> list[Profile]:
    return [ANHUI]
