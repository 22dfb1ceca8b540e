"""Where the published schemas are: inside an installed wheel, or in the source tree's schemas/.

>>> schema_path("govplan-1.xsd").name
'govplan-1.xsd'
"""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def schema_path(name: str) -> Path:
    """The path of a schema file shipped with govplan."""
    for folder in (_HERE, _HERE.parents[2] / "schemas"):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"govplan schema {name!r} is not installed")
