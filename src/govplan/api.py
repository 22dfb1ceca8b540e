"""The public functions: load, loads, dump, dumps.

>>> import govplan
>>> plan = govplan.loads('{"govplan": "1", "plan": {"title": "示例方案"}}', format="json")
>>> govplan.loads(govplan.dumps(plan, format="json"), format="json") == plan
True
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO, Union

from govplan import plugins
from govplan.errors import FormatError, GovplanError, OutputError
from govplan.format import Format, Problem
from govplan.jurisdictions import apply_profiles
from govplan.model import Plan

PathOrFile = Union[str, "os.PathLike[str]", IO[bytes]]

_SNIFF_BYTES = 4096
# Read once, at import: os.umask can only be read by setting it, which must not race other threads.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


def _name_of(source: PathOrFile) -> str | None:
    if isinstance(source, (str, os.PathLike)):
        return os.fspath(source)
    name = getattr(source, "name", None)
    return name if isinstance(name, str) else None


def _read(source: PathOrFile) -> tuple[str | None, bytes]:
    name = _name_of(source)
    if not isinstance(source, (str, os.PathLike)):
        return name, source.read()
    try:
        return name, Path(source).read_bytes()
    except OSError as e:
        raise GovplanError(f"cannot read: {e.strerror or e}", path=name) from None


def _loader(fmt: Format) -> Format:
    if fmt.load is None:
        raise FormatError(f"format {fmt.name!r} can write plans but not read them")
    return fmt


def _choose_for_load(data: bytes, name: str | None, format: str | None) -> Format:
    if format is not None:
        return _loader(plugins.get_format(format))
    if name and name != "-":
        by_ext = plugins.format_for_path(name)
        if by_ext is not None:
            return by_ext
    sniffed = plugins.sniff_format(data[:_SNIFF_BYTES])
    if sniffed is None:
        raise FormatError("cannot tell the input's format; name it with format=...", path=name)
    return sniffed


def loads(data: bytes | str, format: str | None = None, *, name: str | None = None) -> Plan:
    """Read a plan from bytes or str. Without ``format`` the leading bytes decide.

    ``name`` is used in error messages and recorded as the plan's source.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fmt = _choose_for_load(raw, name, format)
    assert fmt.load is not None
    try:
        plan = fmt.load(raw, name)
        if not fmt.interchange:
            plan = apply_profiles(plan, plugins.profiles())
        return plugins.postprocess(plan)
    except GovplanError as e:
        raise e.at(name) from None
    except RecursionError:
        raise FormatError("input is nested too deeply", path=name) from None


def load(source: PathOrFile, format: str | None = None) -> Plan:
    """Read a plan from a path or a binary file; the format comes from the extension when not given.

    >>> import govplan, io
    >>> govplan.load(io.BytesIO(b'{"plan": {"title": "x"}}'), format="json").title
    'x'
    """
    name, data = _read(source)
    return loads(data, format, name=name)


def _dumper(plan: Plan, format: str) -> bytes:
    fmt = plugins.get_format(format)
    if fmt.dump is None:
        raise FormatError(f"format {fmt.name!r} can read plans but not write them")
    return fmt.dump(plan)


def dumps(plan: Plan, format: str) -> bytes:
    """Write a plan to bytes in ``format`` (bytes, because some formats such as xlsx are binary)."""
    return _dumper(plan, format)


def dump(plan: Plan, target: PathOrFile, format: str | None = None, *, overwrite: bool = True) -> None:
    """Write a plan to a path or a binary file; the format comes from the extension when not given.

    A path is written atomically (a temporary file beside it, then a rename), so a failed write
    never leaves half a file. With ``overwrite=False`` an existing file is left alone and
    :class:`OutputError` is raised.
    """
    name = _name_of(target)
    if format is None:
        fmt = plugins.format_for_path(name, for_dump=True) if name else None
        if fmt is None:
            raise FormatError("cannot tell the output format from the file name; name it with format=...", path=name)
        format = fmt.name
    data = _dumper(plan, format)
    if not isinstance(target, (str, os.PathLike)):
        target.write(data)
        return
    write_atomic(Path(target), data, overwrite=overwrite)


def write_atomic(path: Path, data: bytes, *, overwrite: bool = True) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    if not overwrite and path.exists():
        raise OutputError("already exists; refusing to overwrite it", path=str(path))
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as e:
        raise OutputError(f"cannot write: {e.strerror or e}", path=str(path)) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        # mkstemp makes the file private (0600); give it the mode a plain open() would have.
        os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else 0o666 & ~_UMASK)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def validate(source: PathOrFile, format: str | None = None) -> list[Problem]:
    """Check a document against its format's published schema; [] when it is valid.

    >>> import govplan, io
    >>> govplan.validate(io.BytesIO(b'{"govplan": "1", "plan": {"title": 1}}'), format="json")
    [Problem(message="plan/title: 1 is not of type 'string'", line=1)]
    """
    name, data = _read(source)
    fmt = _choose_for_load(data, name, format)
    if fmt.validate is None:
        raise FormatError(f"format {fmt.name!r} has no schema to validate against", path=name)
    return fmt.validate(data, name)


def formats() -> list[Format]:
    """Every registered format (built-in and plugins).

    >>> import govplan
    >>> "json" in [f.name for f in govplan.formats()]
    True
    """
    return plugins.formats()
