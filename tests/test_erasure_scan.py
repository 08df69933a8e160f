"""The on-disk erasure scan: finds what is left and never disturbs the live database."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from sandboxes.erasure import scan_for_residue, text_probes
from store.db import Store

ROW = "Alpha Werkstoffprüfung Bremsscheibe 42 Nm"
COUNT_ROWS = "import sqlite3,sys; c = sqlite3.connect(sys.argv[1]); print(c.execute('SELECT count(*) FROM t').fetchone()[0]); c.close()"  # noqa: E501


def rows_seen_by_another_process(db: Path) -> int:
    """What a separate process (like a CLI call) reads from the database, connecting briefly."""
    done = subprocess.run(
        [sys.executable, "-c", COUNT_ROWS, str(db)], capture_output=True, text=True, check=True
    )
    return int(done.stdout)


def test_a_scan_of_the_data_dir_keeps_the_gateways_commits_visible_to_other_processes(
    tmp_path: Path,
) -> None:
    # A scan that opened the SQLite files in the gateway's own process dropped the gateway's
    # POSIX locks; the next CLI call then deleted the WAL and later commits vanished for
    # everyone but the gateway (audit records "missing" right after a document deletion).
    db = tmp_path / "reallabor.db"
    store = Store.from_url(f"sqlite:///{db}")
    with store.session() as session:
        session.execute(text("CREATE TABLE t (x TEXT)"))
        session.execute(text("INSERT INTO t VALUES (:row)"), {"row": ROW})
    report = scan_for_residue([tmp_path], text_probes([ROW], chars=20))
    assert report.files_scanned >= 2  # the database and its WAL were searched
    assert report.files_found  # the row's text is there, so the scan finds it
    assert rows_seen_by_another_process(db) == 1
    with store.session() as session:
        session.execute(text("INSERT INTO t VALUES ('zweite Zeile')"))
    assert rows_seen_by_another_process(db) == 2, "a commit after the scan is lost to others"
    store.dispose()


def test_the_scan_names_files_with_residue_and_skips_what_it_is_told(tmp_path: Path) -> None:
    (tmp_path / "keep").mkdir()
    (tmp_path / "keep" / "a.txt").write_text("Die Pause dauert dreißig Minuten im Werk Leipzig.")
    (tmp_path / "b.txt").write_text("nichts davon")
    probes = text_probes(["Die Pause dauert dreißig Minuten im Werk Leipzig."])
    report = scan_for_residue([tmp_path], probes)
    assert report.files_found == ("keep/a.txt",) and report.files_scanned == 2
    skipped = scan_for_residue([tmp_path], probes, skip=[tmp_path / "keep"])
    assert skipped.files_found == () and skipped.files_scanned == 1
