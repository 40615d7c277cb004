"""Every message kg prints about bad input, with a code a user can search for.

Raise :class:`KgError` for input nothing usable can be read from; collect
:class:`kg.model.Problem` records (see :func:`problem`) for everything else, so
the quality report lists it and nothing is dropped silently.
"""

from __future__ import annotations

from .model import Problem, Severity

import bisect
import functools

__all__ = ["Errors", "KgError", "problem", "line_col", "LineIndex", "internal_error"]


class Errors:
    # ingest
    E001 = "E001 {path}: the file is empty"
    E002 = "E002 {path}: binary data (NUL byte at byte offset {offset}), not a text document"
    E003 = "E003 {path}: not in any supported encoding (UTF-8, GB18030/GBK, Big5); first undecodable byte at offset {offset}"
    E004 = ("E004 {path}: unsupported file type {suffix!r} (supported: .txt, .md, .html, .htm, .shtml, .xhtml, .mht, .mhtml, "
            ".docx, .doc, .wps, .rtf, .xlsx, .xlsm, .xls, .et, .csv, .pdf, or a directory of them)")
    E005 = "E005 {path}: no such file or directory"
    E006 = "E006 {path}: cannot read .docx ({reason})"
    E007 = "E007 {path}: nothing usable was read: no award entry and no narrative found"
    E008 = "E008 no input documents found under {path}"
    E009 = "E009 {path}: cannot read {fmt} ({reason})"
    E014 = "E014 {path}: the PDF is encrypted (password-protected); kg cannot read it"
    E016 = "E016 {path}: reading .doc needs antiword, which is not installed (Debian/Ubuntu: apt-get install antiword)"
    E017 = "E017 {path}: {tool} ran longer than {seconds:g} s and was stopped (a damaged or hostile file?; KG_DOC_TIMEOUT sets the limit)"
    E018 = "E018 {path}: the text of the .doc is over the limit of {limit} bytes (a bomb?; set KG_MAX_ZIP_UNCOMPRESSED to change it)"
    E015 = "E015 {path}: none of its {pages} page(s) has a text layer (a scanned PDF?); run OCR first"
    W101 = "W101 undecodable byte {byte} at byte offset {offset}, replaced by U+FFFD"
    W106 = "W106 {path}: {count} file(s) not read, of types kg does not read: {summary}"
    W105 = "W105 a character of the RTF's code page could not be decoded (text offset {offset}), read as U+FFFD"
    I102 = "I102 decoded as {encoding}"
    I103 = "I103 removed {count} page-break junk fragments ({kinds})"
    I104 = "I104 page furniture not read as content: {summary}"
    I105 = "I105 {count} content blocks not read as entries or narratives (lines {lines})"
    I106 = "I106 entry {subject!r} printed again; the second printing is kept as another source span"
    I107 = "I107 {count} traditional characters matched on their simplified form"
    W103 = "W103 page {page} has no text layer (scanned?); nothing read from it"
    W107 = "W107 HTML nested {depth} levels deep (source line {line}): below level {limit} read as the plain text of its container"
    W108 = "W108 HTML nested over {limit} levels at source line {line}, column {column}: the parser stops there; nothing after it is read"
    W109 = "W109 half of a UTF-16 surrogate pair (U+{code:04X}, from an escape in the file) at text offset {offset}, read as U+FFFD"
    W110 = "W110 {path}: a directory under it could not be listed, its files are not read: {what}"
    W104 = "W104 sheet {sheet!r}: {count} formula cell(s) without a saved value ({cells}), read as empty; open and save the file in Excel to store them"
    # parse: award lists
    E201 = "E201 {edition}届 {tier}: {found} entries parsed but the list announces {announced}"
    W202 = "W202 {edition}届 {tier}: entry number {missing} is missing (between {before} and {after})"
    W203 = "W203 {edition}届 {tier}: entry number {rank} appears twice"
    W204 = "W204 {edition}届 {tier} #{rank}: no colon between subject and title; split after {subject!r}"
    W205 = "W205 {edition}届 {tier} #{rank}: masked characters '**' in {field}: {text!r}"
    W206 = "W206 {edition}届 {tier}: the list ends before its announced total ({found} of {announced}): document truncated?"
    W207 = "W207 {edition}届 {tier} #{rank}: entry number out of order (after #{previous})"
    W208 = "W208 {edition}届: tier {label!r} is not in the tier lexicon; kept with code {code!r}"
    W209 = "W209 {edition}届 {tier}: the list announces no total"
    W210 = "W210 text after the last entry of {edition}届 {tier} not read as an entry: {text!r}"
    W211 = "W211 {competition}: the document announces {announced} entries but {found} are printed (page truncated?)"
    W212 = "W212 entry {text!r}: no unit printed; kept with its title only"
    W213 = "W213 text inside a list not read as an entry: {text!r}"
    W214 = "W214 tier {label!r} is not in the tier lexicon (schema/tiers.toml); kept with code {code!r}"
    W215 = "W215 the document names no competition; its list is filed under {name!r}"
    W218 = "W218 {competition}: a results page, but no award entry was read from it (its unread text is listed as I105/W213)"
    W217 = "W217 {text!r}: no edition number can be read from it (第一二届, 第0届); not read as a national list header"
    W216 = "W216 {competition} {tier}: {found} entries printed but the header announces {announced}"
    # parse: narratives
    W301 = "W301 narrative {title!r}: no section headings found"
    W302 = "W302 masked characters '**' in narrative {title!r}: {text!r}"
    W303 = "W303 {title!r} looked like a narrative heading, but in a document of award entries it heads entries or no sections; not read as a narrative"
    I304 = "I304 document date {date} (from its dateline); recorded as the date, not read as a subject"
    I305 = "I305 not a case narrative: {reason}"
    W304 = "W304 {title!r} is about several cases ({count}: {subjects}); no single narrative read"
    W306 = "W306 narrative {title!r}: no unit owning the case found in its title, subtitle, byline or first paragraph"
    W307 = "W307 {text!r} reads like a narrative heading (SUBJECT:TITLE) but is not read as one: {reason}; {where}"
    I307 = "I307 same case: {narrative!r} merged into {case} (score {score:.2f}: {evidence})"
    I308 = "I308 not the same case: {narrative!r} and {case} (score {score:.2f}: {evidence})"
    # extract / resolve
    W401 = "W401 subject {subject!r}: no region found"
    I402 = "I402 subject {subject!r}: ambiguous {name!r} ({candidates}); decided {chosen} by {rule}"
    W403 = "W403 subject {subject!r}: typo {typo!r} read as {fixed!r}"
    I404 = "I404 subject {subject!r}: historical name {name!r} ({code}) is today's {current}"
    I405 = "I405 subject {subject!r}: organisation without a region in the text"
    W406 = "W406 case {case!r}: no organisation domain found; using {domain}"
    W409 = "W409 {case}: printed with another subject or title in {source} ({subject!r}); kept as a separate case {other}"
    I407 = "I407 narrative {narrative!r} linked to award entry {case}"
    I409 = "I409 subject {subject!r}: {name!r} lies outside the document's context {context!r}; resolved within the context, {name!r} kept as the place"
    I410 = "I410 subject {subject!r} names no place; region taken from the document's context {context!r}"
    I415 = "I415 {path}: no award list or case narrative; read as an article: {n} dated adoption event(s)"
    I414 = "I414 narrative {narrative!r}: date kept as uncertain, {detail}"
    W408 = "W408 subject {subject!r}: masked region text {masked!r} read as {read!r}"
    W410 = "W410 {text!r} is a place-named label ({name}): a practice of {place}, never mapped to a mechanism"
    I411 = "I411 {text!r} is a metaphor or slogan, not a named practice"
    I412 = "I412 {text!r} is a generic word or policy term, not a named practice"
    I413 = "I413 title {title!r}: no named practice found"
    # sinks
    E501 = "E501 cannot reach Neo4j at {uri}: {reason}"
    E502 = "E502 Neo4j refused the credentials for user {user!r} at {uri}"
    E503 = "E503 the query writes to the database; kg query runs read-only (use kg load to write)"
    E504 = "E504 no query named {name!r}; see kg query --list"
    E505 = "E505 missing parameter {name!r} for query {query!r}"
    E506 = "E506 NEO4J_PASSWORD is not set (read from the environment, never from code)"
    E601 = "E601 no practice, mechanism or family named {name!r}"
    E602 = "E602 {path}:{line}: {reason}"
    E603 = "E603 no practice, mechanism or family named {name!r} has dated events"
    E701 = "E701 unknown view {kind!r}"
    E702 = "E702 {what} {name!r} not found in the graph"
    # saved builds (kg build --out DIR; --graph DIR)
    E801 = "E801 {path}: no saved build here (graph.json and manifest.json); make one with: kg build --out {path}"
    E802 = "E802 {path}: the saved build cannot be read ({reason}); make it again with: kg build --out {path}"
    E803 = "E803 give documents or --graph DIR, not both"
    # hardening (issue 13): files, outputs, queries, server, RDF
    E010 = "E010 {path}: not a regular file ({kind}); kg reads regular files only"
    E011 = "E011 {path}: {size} bytes is over the limit of {limit} bytes (set KG_MAX_INPUT_BYTES to change it)"
    E012 = "E012 {path}: cannot read ({reason})"
    E013 = "E013 {path}: .docx expands to {size} bytes uncompressed, over the limit of {limit} bytes (a zip bomb?)"
    E019 = "E019 {path}: no text was read from its {size} bytes ({fmt}){why}"
    E020 = "E020 {path}: cannot write output ({reason})"
    E509 = "E509 {reason}"
    E520 = "E520 query refused at line {line}, column {column}: keyword {keyword!r} is not on the read-only allowlist (schema/query_allowlist.toml)"
    E521 = "E521 query refused at line {line}, column {column}: {what} {name!r} is not on the read-only allowlist (schema/query_allowlist.toml)"
    E522 = "E522 query refused at line {line}, column {column}: one statement only (a ';' separates statements)"
    E523 = "E523 query refused at line {line}, column {column}: unterminated {what}"
    E524 = "E524 the query ran longer than its {seconds:g} s timeout and was stopped (kg query --timeout)"
    E525 = "E525 parameter {name!r} must be an integer, not {value!r}"
    E527 = "E527 query refused at line {line}, column {column}: control or invisible character {char} outside a string"
    E528 = "E528 Cypher error: {reason}"
    E530 = "E530 port {port} on 127.0.0.1 is already in use; choose another with --port"
    E531 = "E531 NEO4J_PASSWORD is too short: Neo4j requires at least 8 characters"
    E532 = "E532 {path}: {reason}; removed it"
    E533 = "E533 Neo4j exited before it was ready: {reason} (log {log})"
    E534 = "E534 {uri} is not a Bolt URI (use bolt://, neo4j://, bolt+s:// or neo4j+s://)"
    E535 = "E535 {owner} {key}: {value} does not fit in a 64-bit integer, which is what Neo4j stores"
    E540 = "E540 {path}: not readable as {fmt} RDF ({reason})"
    E703 = "E703 {what} must be {expected}, not {value!r}"
    E999 = "E999 internal error ({kind}: {reason}); please report it with the command (KG_DEBUG=1 shows the traceback)"


class KgError(Exception):
    """An error that stops kg with a clear message and a non-zero exit."""

    def __init__(self, message: str):
        super().__init__(message)
        self.code = message.split(" ", 1)[0]


class LineIndex:
    """The offsets where lines start, found once; positions are then a binary search each."""

    __slots__ = ("starts",)

    def __init__(self, text: str):
        starts = [0]
        find = text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self.starts = starts

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset ((0, 0) for a negative one)."""
        if offset < 0:
            return 0, 0
        line = bisect.bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


@functools.lru_cache(maxsize=16)
def _index(text: str) -> LineIndex:
    return LineIndex(text)


def internal_error(exc: BaseException) -> str:
    """The one line printed for an unexpected exception (a bug in kg, not bad input)."""
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    return Errors.E999.format(kind=type(exc).__name__, reason=(lines[0] if lines else "no detail")[:200])


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset (the line index of ``text`` is built once and cached)."""
    if offset < 0:
        return 0, 0
    return _index(text).line_col(offset)


def problem(
    template: str,
    severity: Severity,
    source: str,
    doc_text: str = "",
    offset: int = -1,
    **values: object,
) -> Problem:
    """Build a :class:`Problem` from an ``Errors`` template."""
    message = template.format(**values)
    line, col = line_col(doc_text, offset) if doc_text else (0, 0)
    context = doc_text[max(0, offset - 15) : offset + 25].replace("\n", "⏎") if doc_text and offset >= 0 else ""
    return Problem(
        code=message.split(" ", 1)[0],
        severity=severity,
        message=message,
        source=source,
        offset=offset,
        line=line,
        column=col,
        context=context,
    )
