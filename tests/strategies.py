"""Hypothesis strategies that build arbitrary, valid Plans."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import strategies as st

from govplan.model import (
    Comparator,
    Deadline,
    Diagnostic,
    Jurisdiction,
    Metric,
    MetricKind,
    Period,
    Plan,
    Recurrence,
    Reference,
    Responsibility,
    Role,
    Section,
    Source,
    Span,
    Task,
)


def make_plans(text: st.SearchStrategy[str]) -> st.SearchStrategy[Plan]:
    """Plans whose every text field is drawn from ``text``."""
    opt_text = st.none() | text
    small = st.integers(min_value=0, max_value=10_000)
    spans = st.none() | st.builds(Span, small.map(lambda n: n + 1), small.map(lambda n: n + 1), small, small)
    # JSON numbers go through binary floats in other tools: keep values within 15 significant digits.
    decimals = st.decimals(min_value=-1e9, max_value=1e9, places=4, allow_nan=False, allow_infinity=False).map(
        lambda d: d.normalize() if d != 0 else Decimal(0)
    )
    dates = st.none() | st.dates(min_value=dt.date(1949, 1, 1), max_value=dt.date(2100, 12, 31))

    responsibilities = st.builds(
        Responsibility,
        text,
        st.sampled_from(Role),
        opt_text,
        opt_text,
        st.booleans(),
        st.booleans(),
        spans,
        opt_text,
    )
    metrics = st.builds(
        Metric,
        decimals,
        st.sampled_from(Comparator),
        text,
        opt_text,
        st.sampled_from(MetricKind),
        opt_text,
        text,
        spans,
    )
    deadlines = st.builds(Deadline, text, dates, st.none() | st.sampled_from(Recurrence), spans)

    def _tasks(children: st.SearchStrategy[tuple[Task, ...]]) -> st.SearchStrategy[Task]:
        return st.builds(
            Task,
            text,
            opt_text,
            st.none() | small,
            opt_text,
            st.lists(responsibilities, max_size=3).map(tuple),
            st.lists(metrics, max_size=2).map(tuple),
            st.lists(deadlines, max_size=2).map(tuple),
            children,
            spans,
        )

    tasks = st.recursive(
        _tasks(st.just(())), lambda inner: _tasks(st.lists(inner, max_size=2).map(tuple)), max_leaves=4
    )

    def _sections(children: st.SearchStrategy[tuple[Section, ...]]) -> st.SearchStrategy[Section]:
        return st.builds(
            Section,
            text,
            opt_text,
            st.none() | small,
            st.none() | st.integers(1, 6),
            text,
            children,
            st.lists(tasks, max_size=2).map(tuple),
            st.lists(metrics, max_size=2).map(tuple),
            st.lists(deadlines, max_size=1).map(tuple),
            spans,
        )

    sections = st.recursive(
        _sections(st.just(())), lambda inner: _sections(st.lists(inner, max_size=2).map(tuple)), max_leaves=4
    )

    plans = st.builds(
        Plan,
        title=text,
        doc_type=opt_text,
        issuers=st.lists(text, max_size=2).map(tuple),
        doc_number=opt_text,
        date=dates,
        published=st.none() | st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 1, 1)),
        index_number=opt_text,
        validity=opt_text,
        period=st.none() | st.builds(Period, st.none() | small, st.none() | small),
        addressees=st.lists(text, max_size=2).map(tuple),
        references=st.lists(st.builds(Reference, text, opt_text, spans), max_size=2).map(tuple),
        preamble=text,
        closing=text,
        tasks=st.lists(tasks, max_size=2).map(tuple),
        sections=st.lists(sections, max_size=3).map(tuple),
        diagnostics=st.lists(st.builds(Diagnostic, text, st.none() | small, text), max_size=2).map(tuple),
        source=st.none() | st.builds(Source, opt_text, opt_text, opt_text),
        jurisdiction=st.none() | st.builds(Jurisdiction, opt_text, opt_text),
    )

    return plans


plans = make_plans(st.text(max_size=20))
