"""The XML format (schemas/govplan-1.xsd): lossless, validated on the way in, and safe to parse.

The mapping is driven by the model: a text field is a child element (absent when None), any other
scalar (number, date, flag, code) an attribute, a nested object a child element and a tuple a wrapper
element holding one element per item. Values go through the same cattrs converter as JSON.

    >>> from govplan.model import Plan
    >>> plan = Plan(title="示例")
    >>> load(dump(plan)) == plan
    True
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import types
import typing
from decimal import Decimal
from functools import cache
from typing import Any, Union

import attrs
from lxml import etree

from govplan.errors import GovplanError, ParseError
from govplan.format import Format, Problem
from govplan.hookspecs import hookimpl
from govplan.model import Plan
from govplan.schemas import schema_path
from govplan.serialize import FORMAT_VERSION, converter, from_data

NAMESPACE = "urn:govplan:1"
_NS = f"{{{NAMESPACE}}}"
MAX_BYTES = 256 * 1024 * 1024

# The element name of one item of each tuple field.
_ITEM_NAMES = {
    "issuers": "issuer",
    "addressees": "addressee",
    "references": "reference",
    "tasks": "task",
    "sections": "section",
    "diagnostics": "diagnostic",
    "responsibilities": "responsibility",
    "metrics": "metric",
    "deadlines": "deadline",
    "subtasks": "task",
}

xml_converter = converter.copy()
# xs:decimal has no exponent: write the exact digits.
xml_converter.register_unstructure_hook(Decimal, lambda d: format(d, "f"))


@attrs.frozen
class _Field:
    name: str
    kind: str  # "text", "attribute", "object", "list"
    type: Any  # the scalar, class, or item type
    optional: bool
    empty_default: bool = False  # "" is the default, so an absent element reads back as ""


def _strip_optional(tp: Any) -> tuple[Any, bool]:
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return args[0], len(args) < len(typing.get_args(tp))
    return tp, False


@cache
def _fields(cls: type) -> tuple[_Field, ...]:
    hints = typing.get_type_hints(cls)
    out = []
    for f in attrs.fields(cls):
        tp, optional = _strip_optional(hints[f.name])
        if typing.get_origin(tp) is tuple:
            out.append(_Field(f.name, "list", typing.get_args(tp)[0], optional))
        elif attrs.has(tp):
            out.append(_Field(f.name, "object", tp, optional))
        elif tp is str:
            out.append(_Field(f.name, "text", tp, optional, f.default == ""))
        else:
            out.append(_Field(f.name, "attribute", tp, optional))
    return tuple(out)


# ------------------------------------------------------------------ writing
def _attr_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def _element(tag: str, data: dict[str, Any], cls: type, root: bool = False) -> etree._Element:
    nsmap: Any = {None: NAMESPACE}  # the default namespace; lxml-stubs type the key as str only
    el = etree.Element(_NS + tag, nsmap=nsmap) if root else etree.Element(_NS + tag)
    for f in _fields(cls):
        value = data.get(f.name)
        if value is None:
            continue
        if f.kind == "attribute":
            el.set(f.name, _attr_text(value))
        elif f.kind == "text":
            if value == "" and f.empty_default:
                continue
            etree.SubElement(el, _NS + f.name).text = _xml_text(value, f"{tag}/{f.name}")
        elif f.kind == "object":
            el.append(_element(f.name, value, f.type))
        elif value:
            wrapper = etree.SubElement(el, _NS + f.name)
            item = _ITEM_NAMES[f.name]
            for v in value:
                if attrs.has(f.type):
                    wrapper.append(_element(item, v, f.type))
                else:
                    etree.SubElement(wrapper, _NS + item).text = _xml_text(v, f"{tag}/{f.name}/{item}")
    return el


# What XML 1.0 cannot hold: control characters but tab and line ends, U+FFFE, U+FFFF, lone surrogates
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(value: str, where: str) -> str:
    bad = _NOT_XML.search(value)
    if bad is not None:
        raise GovplanError(
            f"cannot write XML: {where} holds U+{ord(bad[0]):04X}, a character XML cannot hold "
            f"(at {bad.start()} of {value[:40]!r})"
        )
    return value


def dump(plan: Plan) -> bytes:
    """The plan as indented UTF-8 XML; the same Plan always gives the same bytes."""
    data = xml_converter.unstructure(plan)
    root = _element("plan", data, Plan, root=True)
    root.set("version", FORMAT_VERSION)
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


# ------------------------------------------------------------------ reading
def _parse_scalar(text: str, tp: Any) -> Any:
    if tp is bool:
        return text in ("true", "1")
    if tp is int:
        return int(text)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return text
    if tp in (Decimal, dt.date, dt.datetime):
        return text  # the converter's hooks parse these
    return text


def _data(el: etree._Element, cls: type) -> dict[str, Any]:
    data: dict[str, Any] = {}
    children = {etree.QName(c).localname: c for c in el if isinstance(c.tag, str)}
    for f in _fields(cls):
        if f.kind == "attribute":
            raw = el.get(f.name)
            if raw is not None:
                data[f.name] = _parse_scalar(raw, f.type)
            continue
        child = children.get(f.name)
        if child is None:
            continue
        if f.kind == "text":
            data[f.name] = child.text or ""
        elif f.kind == "object":
            data[f.name] = _data(child, f.type)
        elif attrs.has(f.type):
            data[f.name] = [_data(item, f.type) for item in child if isinstance(item.tag, str)]
        else:
            data[f.name] = [item.text or "" for item in child if isinstance(item.tag, str)]
    return data


@cache
def _schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(schema_path("govplan-1.xsd")), _safe_parser()))


def _safe_parser() -> etree.XMLParser:
    # No DTD, no entities, no network; libxml2's own depth limit stays on (huge_tree=False).
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )


def parse_xml(data: bytes, name: str | None = None) -> etree._Element:
    """Parse untrusted XML: a DOCTYPE (and so any entity or external DTD) is refused before parsing."""
    if len(data) > MAX_BYTES:
        raise ParseError(f"XML larger than {MAX_BYTES // (1024 * 1024)} MiB", path=name)
    head = data[:65536]
    if b"<!DOCTYPE" in head or b"<!ENTITY" in data or b"<!doctype" in head:
        raise ParseError("XML with a DOCTYPE or entity declarations is refused (unsafe)", path=name)
    try:
        return etree.fromstring(data, _safe_parser())
    except etree.XMLSyntaxError as e:
        raise ParseError(f"invalid XML: {e.msg}", path=name, line=e.lineno) from None


def _schema_problems(root: etree._Element) -> list[Problem]:
    schema = _schema()
    if schema.validate(root):
        return []
    errors: Any = schema.error_log  # iterable at run time; lxml-stubs omit __iter__
    return [Problem(err.message, err.line) for err in errors]


def validate(data: bytes, name: str | None = None) -> list[Problem]:
    """Problems of an XML document against schemas/govplan-1.xsd; unsafe or malformed XML is one problem."""
    try:
        root = parse_xml(data, name)
    except ParseError as e:
        return [Problem(e.message, e.line)]
    return _schema_problems(root)


def load(data: bytes, name: str | None = None) -> Plan:
    """Read XML written by :func:`dump`, validating it against the XSD first."""
    root = parse_xml(data, name)
    problems = _schema_problems(root)
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ParseError(f"not valid govplan XML: {first.message}{more}", path=name, line=first.line)
    return from_data(_data(root, Plan), path=name)


def sniff(head: bytes) -> bool:
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return text.startswith(b"<?xml") or text.startswith(b"<plan")


@hookimpl
def govplan_formats() -> list[Format]:
    return [
        Format(
            name="xml",
            extensions=(".xml",),
            media_type="application/xml",
            description="govplan XML (schemas/govplan-1.xsd)",
            load=load,
            dump=dump,
            sniff=sniff,
            validate=validate,
            interchange=True,
        )
    ]
