"""The report as data: sections of paragraphs, tables, lists and fields with their provenance.

One structure feeds both renderers (PDF and Markdown), so the two never say different things.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Provenance = Literal["automatic", "confirmed", "human", "open"]


@dataclass(frozen=True)
class Paragraph:
    """Running text (plain; **bold** spans allowed)."""

    text: str


@dataclass(frozen=True)
class Warning:
    """A text that must stand out (a red box): e.g. an Annex III use was declared."""

    text: str


@dataclass(frozen=True)
class BulletList:
    """A list of short items."""

    items: list[str]


@dataclass(frozen=True)
class Table:
    """A table with a header row; every cell is text."""

    headers: list[str]
    rows: list[list[str]]


@dataclass(frozen=True)
class FieldEntry:
    """One fact of the report with who filled it (automatic, confirmed by a person, human, open)."""

    label: str
    value: str  # "OFFEN" / "OPEN" when provenance is "open"
    provenance: Provenance
    by: str = ""  # who confirmed or answered
    at: str = ""  # when (ISO date)


@dataclass(frozen=True)
class FieldList:
    """A block of fields shown as label / value / provenance."""

    fields: list[FieldEntry]


Block = Paragraph | Warning | BulletList | Table | FieldList


@dataclass
class Section:
    """A numbered section ("3", "3.1") with a title and its blocks."""

    number: str
    title: str
    blocks: list[Block] = field(default_factory=list)


@dataclass
class ReportDocument:
    """The whole report of one tenant in one language."""

    lang: str  # "de" or "en"
    title: str
    subtitle: str
    tenant: str
    generated_at: str  # ISO timestamp
    completeness: float  # 0..1
    labels: dict[str, str]  # renderer texts: "contents", "page", "provenance.automatic", ...
    sections: list[Section] = field(default_factory=list)
