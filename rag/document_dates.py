"""The date a document carries itself (file metadata), for date filters on retrieval."""

from __future__ import annotations

import email
import email.policy
import email.utils
import logging
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def document_date(path: Path, kind: str) -> date | None:
    """The document's own date (last modified, else created; an e-mail's Date), if it has one."""
    readers: dict[str, Callable[[Path], Any]] = {
        "pdf": _pdf_date,
        "docx": lambda p: _office_date(p, "docx"),
        "pptx": lambda p: _office_date(p, "pptx"),
        "xlsx": lambda p: _office_date(p, "xlsx"),
        "email": _eml_date,
    }
    reader = readers.get(kind)
    if reader is None:
        return None
    try:
        value = reader(path)
    except Exception as exc:  # noqa: BLE001 - metadata is optional: a broken date never rejects a file
        log.info("no document date kind=%s reason=%s", kind, type(exc).__name__)
        return None
    return value.date() if isinstance(value, datetime) else value


def _pdf_date(path: Path) -> datetime | None:
    import pypdf

    meta = pypdf.PdfReader(str(path)).metadata
    if meta is None:
        return None
    return meta.modification_date or meta.creation_date


def _office_date(path: Path, kind: str) -> datetime | None:
    if kind == "docx":
        import docx

        props: Any = docx.Document(str(path)).core_properties
    elif kind == "pptx":
        from pptx import Presentation

        props = Presentation(str(path)).core_properties
    else:
        import openpyxl

        book = openpyxl.load_workbook(str(path), read_only=True)
        props = book.properties
        book.close()
    modified: datetime | None = props.modified or props.created
    return modified


def _eml_date(path: Path) -> datetime | None:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    header = message.get("date")
    return email.utils.parsedate_to_datetime(str(header)) if header else None


def day_number(iso_day: str) -> int:
    """Days since 1970-01-01 for an ISO date: the number that date-range filters compare."""
    return date.fromisoformat(iso_day[:10]).toordinal() - _EPOCH


_EPOCH = date(1970, 1, 1).toordinal()
