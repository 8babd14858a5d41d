"""Bytes to text for seed files: BOMs, UTF-8, a declared charset, else cp1252/latin-1."""

from __future__ import annotations

import codecs
import re

from .model import SeedParseError

MAX_SEED_BYTES = 2 * 1024 * 1024
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_DECLARED_RE = re.compile(rb"""(?i)(?:charset|encoding)\s*=\s*["']?([a-z0-9_.:-]{2,40})""")
_MAX_CONTROL_SHARE = 0.05
# C0 controls other than whitespace, DEL and the C1 controls: what binary data decodes to.
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def decode_seed_bytes(data: bytes) -> str:
    """Decode a seed file's bytes to text.

    Order: a byte-order mark; strict UTF-8; a charset declared in the first 2 KB
    (``<meta charset>``, ``encoding=``); cp1252, then latin-1, which never fails. Raises
    ``SeedParseError`` for data over 2 MB and for binary data (NUL bytes outside UTF-16/32, or
    mostly non-printable characters after decoding).
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise SeedParseError(f"expected bytes, got {type(data).__name__}")
    data = bytes(data)
    if len(data) > MAX_SEED_BYTES:
        raise SeedParseError(f"seed file is {len(data)} bytes, over the 2 MB limit")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(encoding))
            except UnicodeDecodeError as exc:
                raise SeedParseError(f"invalid {encoding} after its byte-order mark") from exc
    if b"\x00" in data:
        raise SeedParseError("binary data: the file contains NUL bytes")
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_RE.search(data[:2048])
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            codecs.lookup(name)
            return _checked(data.decode(name))
        except (LookupError, UnicodeDecodeError, ValueError):
            pass
    try:
        return _checked(data.decode("cp1252"))
    except UnicodeDecodeError:
        return _checked(data.decode("latin-1"))


def _checked(text: str) -> str:
    if "\x00" in text:
        raise SeedParseError("binary data: the text contains NUL characters")
    if text:
        controls = len(_CONTROL_RE.findall(text))
        if controls / len(text) > _MAX_CONTROL_SHARE:
            raise SeedParseError("binary data: mostly non-printable characters")
    return text
