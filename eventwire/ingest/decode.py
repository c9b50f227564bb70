"""Turn untrusted bytes into text, or say precisely why not.

Order (first that works wins): a byte-order mark (UTF-32 before UTF-16, whose
BOM is a prefix of UTF-32-LE's), strict UTF-8, a charset declared by the
transport (HTTP header) or in the page (``<meta charset>``), read as browsers
read it (the WHATWG Encoding Standard: ``euc-kr`` is windows-949,
``shift_jis`` windows-31J, ``gb2312`` GB18030, ``iso-8859-1`` windows-1252;
pages rely on the extra characters, and one of them used to send a whole page
to the statistical guess and into mojibake), BOM-less UTF-16
(alternating NUL bytes), a statistical guess by charset_normalizer on a
sample, and finally cp1252 (a superset of Latin-1's printable range) when the
bytes look like 8-bit Western text: mostly ASCII, no control characters.

Everything here raises :class:`~eventwire.errors.DocumentError` with reason
``empty``, ``binary`` or ``encoding`` and never anything else.
"""

from __future__ import annotations

import codecs
import re

from eventwire.errors import DocumentError

# Magic numbers of formats that are certainly not text (checked after BOMs).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0", "OLE2 document (old MS Office)"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"\x00asm", "WebAssembly module"),
    (b"\xca\xfe\xba\xbe", "Mach-O/Java class file"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x01\x00", "icon file"),
    (b"wOFF", "web font"),
    (b"SQLite format 3", "SQLite database"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Labels that browsers decode with a superset (WHATWG Encoding Standard).
# Keys are lower-case with "_" as "-".
_SUPERSETS = {
    "euc-kr": "cp949",
    "ks-c-5601-1987": "cp949",
    "korean": "cp949",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ms-kanji": "cp932",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "big5": "big5hkscs",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "tis-620": "cp874",
    "iso-8859-11": "cp874",
}
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", re.IGNORECASE
)
SAMPLE = 65_536  # bytes examined by the sniffers and the statistical guess
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
_HIGH_BYTES = bytes(range(0x80, 0x100))
_CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")


def sniff_binary(data: bytes) -> str | None:
    """A description of the binary format ``data`` starts with, or None."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc, len(bom)
    return None


def _utf16_guess(sample: bytes) -> str | None:
    """BOM-less UTF-16: ASCII-range text leaves NULs at every other byte."""
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd > 0.6 and even < 0.1:
        return "utf-16-le"
    if even > 0.6 and odd < 0.1:
        return "utf-16-be"
    return None


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_western(sample: bytes) -> bool:
    # bytes.translate deletes in C: cheap counting on a 64 KB sample.
    if len(sample.translate(None, _CONTROL_BYTES)) != len(sample):
        return False
    high = len(sample) - len(sample.translate(None, _HIGH_BYTES))
    return high <= 0.3 * max(1, len(sample))


def decode_bytes(data: bytes, declared: str | None = None, what: str = "input") -> str:
    """Decode ``data`` to text (see the module docstring) or raise DocumentError.

    ``declared`` is a charset named by the transport (HTTP Content-Type), tried
    after UTF-8; ``what`` names the input in error details.
    """
    if not data.strip():
        raise DocumentError("empty", f"{what} is empty ({len(data)} bytes, no text)")
    bom = _bom(data)
    if bom:
        enc, skip = bom
        text = _try(data[skip:], enc)
        if text is None:
            raise DocumentError(
                "encoding", f"{what} starts with a {enc} byte-order mark but is not valid {enc}"
            )
        return _check_text(text, what)
    binary = sniff_binary(data)
    if binary:
        raise DocumentError("binary", f"{what} is binary data ({binary}), not HTML or text")
    sample = data[:SAMPLE]
    text = _try(data, "utf-8")
    if text is not None:
        return _check_text(text, what)
    utf16 = _utf16_guess(sample)
    if utf16:
        text = _try(data, utf16)
        if text is not None:
            return _check_text(text, what)
    if b"\x00" in sample:
        raise DocumentError("binary", f"{what} contains NUL bytes and no text encoding fits")
    m = _META_CHARSET.search(sample)
    in_page: str | None = m.group(1).decode("ascii", "ignore") if m else None
    for charset in (declared, in_page):
        for enc in _as_browsers_read(charset):
            text = _try(data, enc)
            if text is not None:
                return _check_text(text, what)
    guess = _statistical_guess(sample)
    if guess:
        text = _try(data, guess)
        if text is not None:
            return _check_text(text, what)
    if _looks_western(sample):
        text = _try(data, "cp1252")
        return _check_text(text if text is not None else data.decode("latin-1"), what)
    raise DocumentError("encoding", f"{what} is not UTF-8 and no other text encoding fits its bytes")


def _as_browsers_read(label: str | None) -> list[str]:
    """The encodings to try for a declared ``label``: its browser superset
    first, then the label itself (windows-1252 leaves five bytes undefined
    that Latin-1 still decodes)."""
    if not label:
        return []
    superset = _SUPERSETS.get(label.strip().lower().replace("_", "-"))
    return [superset, label] if superset else [label]


def _statistical_guess(sample: bytes) -> str | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with requests
        return None
    try:
        best = from_bytes(sample).best()
    except Exception:  # noqa: BLE001 - the guesser failing only means "no guess"
        return None
    return best.encoding if best is not None else None


def _check_text(text: str, what: str) -> str:
    """Reject decoded text that is empty or is really binary (many control chars)."""
    if not text.strip():
        raise DocumentError("empty", f"{what} holds only whitespace")
    head = text[:SAMPLE]
    if "\x00" in head:
        raise DocumentError("binary", f"{what} decodes to text with NUL characters (binary data)")
    controls = len(_CONTROL_CHARS.findall(head))
    if controls > 0.05 * len(head):
        raise DocumentError("binary", f"{what} is mostly control characters (binary data)")
    return text
