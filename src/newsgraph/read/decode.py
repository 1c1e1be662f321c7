"""Bytes to text: byte-order marks, declared HTML charsets, and clear refusals of everything else.

Refused, each with a message naming the input: empty input, binary files (images, archives,
PDFs, NUL bytes), UTF-16 or UTF-32 without a byte-order mark, and bytes that are not UTF-8
(Latin-1 or Windows-1252 text, say) unless an encoding is given or an HTML page declares one.
"""

from __future__ import annotations

import codecs
import re

from newsgraph.errors import Errors, ReadError

MAX_BYTES = 10_000_000  # one article; a 50 MB "article" is a mistake, not news

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data; give the file a .gz suffix"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"BZh", "a bzip2 archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
    (b"\x00\x00\x00", "binary data"),
)
# Characters that no spaCy pipeline (nor UTF-8 output) can take: lone surrogates, which JSON escapes
# ("\ud800") and undecodable file names give, and NUL.
UNPARSABLE = re.compile("[\ud800-\udfff\x00]")
_HTML_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


def sniff_binary(head: bytes) -> str | None:
    """Describe ``head`` when it starts a binary file (or a BOM-less UTF-16/32 text), else None."""
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    for magic, what in _MAGIC:
        if head.startswith(magic) and (magic != b"BZh" or head[3:4].isdigit()):
            return what
    sample = head[:4096]
    if b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > len(sample) / 4 and even < odd / 8:
        return "UTF-16 little-endian text without a byte-order mark"
    if even > len(sample) / 4 and odd < even / 8:
        return "UTF-16 big-endian text without a byte-order mark"
    return f"NUL bytes, the first at offset {sample.index(0)}"


def clean_text(text: str) -> str:
    """Replace each lone surrogate and NUL character by U+FFFD, one for one, so no offset moves."""
    return UNPARSABLE.sub("\ufffd", text) if UNPARSABLE.search(text) else text


def declared_charset(data: bytes) -> str | None:
    """Return the charset an HTML page declares in a <meta> tag, if it is one Python knows."""
    match = _HTML_CHARSET.search(data[:8192])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def detect_charset(data: bytes) -> str | None:
    """Guess the codec of text that is not UTF-8 and declares none (charset-normalizer), or None.

    Among equally good guesses windows-1252 wins: it is the WHATWG fallback for unlabelled Western pages,
    and short texts often fit cp1250 or cp1257 just as well by the numbers while reading wrongly.
    """
    if not data or sniff_binary(data[:8192]) is not None:
        return None
    from charset_normalizer import from_bytes

    results = list(from_bytes(data[:200_000]))
    if not results:
        return None
    best = results[0]
    ties = [r for r in results if (r.chaos, r.coherence) == (best.chaos, best.coherence)]
    if any("cp1252" in r.could_be_from_charset for r in ties):
        return "cp1252"
    return str(best.encoding)


def _utf8_detail(data: bytes, err: UnicodeDecodeError) -> str:
    byte = data[err.start]
    hint = "; it looks like Latin-1 or Windows-1252 text" if byte >= 0x80 else ""
    return f"byte 0x{byte:02x} at offset {err.start}{hint}"


def decode(data: bytes, *, name: str, encoding: str | None = None, html: bool = False) -> str:
    """Decode bytes as text, refusing empty, binary and mis-encoded input.

    A byte-order mark (UTF-8, UTF-16, UTF-32) wins; then ``encoding`` when given; then UTF-8;
    then, for HTML, the charset the page declares.

    Args:
        data: The raw bytes of one article.
        name: How to name the input in errors.
        encoding: A codec to use instead of UTF-8 (e.g. ``"latin-1"``).
        html: Whether the bytes are an HTML page (its <meta charset> is honoured).

    Raises:
        ReadError: naming ``name`` and the problem.
    """
    if len(data) > MAX_BYTES:
        raise ReadError(Errors.E007.format(name=name, size=len(data), limit=MAX_BYTES), name=name)
    bom_codec = next(((bom, codec) for bom, codec in _BOMS if data.startswith(bom)), None)
    if bom_codec is None:
        what = sniff_binary(data[:8192])
        if what is not None:
            code = Errors.E003 if "without a byte-order mark" in what else Errors.E002
            raise ReadError(code.format(name=name, detail=what), name=name)
    codec = bom_codec[1] if bom_codec else (encoding or "utf-8")
    body = data[len(bom_codec[0]) :] if bom_codec else data
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as err:
        fallback = declared_charset(data) if html and bom_codec is None and encoding is None else None
        if fallback is None or fallback == "utf-8":
            raise ReadError(Errors.E003.format(name=name, detail=_utf8_detail(body, err)), name=name) from None
        text = body.decode(fallback, errors="replace")
    except LookupError:
        raise ReadError(Errors.E013.format(name=name, detail=f"unknown encoding {encoding!r}"), name=name) from None
    if not text.strip():
        raise ReadError(Errors.E001.format(name=name), name=name)
    return text
