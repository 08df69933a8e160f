"""Deleted means unreadable on disk: real server, real Qdrant Edge, real SQLite, real browser.

Each test puts a unique marker into the system, checks it is used, deletes it, then searches
every file under the data dir, the server's log and the temp folder byte for byte.
"""

from __future__ import annotations

import io
import tempfile
import time
import uuid
import zipfile
from pathlib import Path
from typing import Any

import httpx
from playwright.sync_api import Browser, expect

from tests.conftest import EMBEDDED, Server, eventually
from tests.fixtures.browser import login, new_page, open_tab

ANSWER_TIMEOUT_MS = 180_000
TEMP_FILE_LIMIT = 64 * 1024 * 1024


def files_holding(needle: bytes, server: Server) -> list[str]:
    """Files under the data dir, the server log and the temp folder that hold `needle`."""
    roots = [server.data_dir, server.log_path, Path(tempfile.gettempdir())]
    found: set[str] = set()
    for root in roots:
        paths = [root] if root.is_file() else root.rglob("*")
        for path in paths:
            try:
                if not path.is_file() or path.is_symlink():
                    continue
                if root != server.data_dir and path.stat().st_size > TEMP_FILE_LIMIT:
                    continue
                if "pytest-of-" in str(path) and not path.is_relative_to(server.data_dir.parent):
                    continue  # another test session's data dir (earlier local runs)
                if needle in path.read_bytes():
                    found.add(str(path))
            except OSError:  # vanished or unreadable (sockets, other users' files)
                continue
    return sorted(found)


def document_text(marker: str) -> str:
    """A German work instruction of a few chunks with the marker in its middle."""
    filler = (
        "Die Prüfmittel werden vor Schichtbeginn einer Sichtprüfung unterzogen. Abweichungen "
        "meldet der Schichtleiter im Qualitätsportal, die Freigabe erfolgt durch die QS. "
    )
    return (
        "# Arbeitsanweisung Sonderprüfung\n\n"
        + filler * 6
        + f"\n\n## Kennung\n\nDas Vorhaben trägt die interne Kennung {marker} und läuft im "
        "Werk Zwickau mit zwölf Prüfplätzen.\n\n" + filler * 6
    )


def wait_ready(server: Server, key: str, doc_id: str) -> None:
    def ready() -> None:
        doc = httpx.get(
            f"{server.url}/v1/documents/{doc_id}", headers={"Authorization": f"Bearer {key}"}
        ).json()
        assert doc["status"] == "ready", doc

    eventually(ready, timeout=300)


def test_a_deleted_document_leaves_no_readable_byte_on_disk(server: Server) -> None:
    tenant, key = server.new_tenant("erase")
    marker = f"Kolibri{uuid.uuid4().hex[:12]}"
    auth = {"Authorization": f"Bearer {key}"}
    upload = httpx.post(
        f"{server.url}/v1/documents",
        headers=auth,
        files=[("files", ("sonderpruefung.md", document_text(marker).encode(), "text/markdown"))],
        timeout=60,
    )
    doc_id = upload.json()["data"][0]["document"]["id"]
    wait_ready(server, key, doc_id)
    found = httpx.post(
        f"{server.url}/v1/retrieve",
        headers=auth,
        json={"query": "Welche interne Kennung trägt das Vorhaben in Zwickau?", "top_k": 3},
        timeout=60,
    ).json()
    assert any(marker in s["text"] for s in found["results"]), "the marker must be retrievable"
    answer = server.client(key).chat.completions.create(
        model=EMBEDDED,
        messages=[{"role": "user", "content": "Welche Kennung trägt das Vorhaben?"}],
        max_tokens=8,
        extra_body={"retrieval": {"top_k": 2}},
    )
    assert answer.choices[0].message is not None
    holders = files_holding(marker.encode(), server)
    # Before deletion only the uploaded original holds the text: the index stores it sealed.
    assert holders and all(f"/uploads/{tenant}/{doc_id}/" in h for h in holders), holders

    result = httpx.delete(f"{server.url}/v1/documents/{doc_id}", headers=auth).json()
    assert result["deleted"] is True and result["remaining"] == 0
    checked = result["on_disk"]
    assert checked["key_destroyed"] is True and checked["files_with_residue"] == 0
    assert checked["probes"] > 0 and checked["files_scanned"] > 0
    assert files_holding(marker.encode(), server) == []
    again = httpx.post(
        f"{server.url}/v1/retrieve", headers=auth, json={"query": marker, "top_k": 5}
    ).json()
    assert all(marker not in s["text"] for s in again["results"])

    second = f"Zaunkoenig{uuid.uuid4().hex[:12]}"
    upload = httpx.post(
        f"{server.url}/v1/documents",
        headers=auth,
        files=[("files", ("zweites.md", document_text(second).encode(), "text/markdown"))],
        timeout=60,
    )
    wait_ready(server, key, upload.json()["data"][0]["document"]["id"])
    deleted = server.cli_json("tenant", "delete", tenant)
    assert deleted["deleted"] is True
    assert files_holding(second.encode(), server) == []


def session_cookie(server: Server, user: dict[str, Any]) -> dict[str, str]:
    """A session of `user` opened through the login form, as a Cookie header."""
    response = httpx.post(
        f"{server.url}/login",
        data={"username": user["username"], "password": user["password"], "next": "/ui/"},
    )
    token = response.cookies.get("reallabor_session")
    assert token, response.status_code
    return {"cookie": f"reallabor_session={token}"}


def test_the_pack_downloads_only_for_its_maker_and_no_file_is_served_to_others(
    server: Server, browser: Browser
) -> None:
    tenant, _key = server.new_tenant("pack")
    officer = server.new_user(tenant, "compliance_officer")
    other_tenant, _ = server.new_tenant("other")
    stranger = server.new_user(other_tenant, "compliance_officer")
    page = new_page(browser, server.url)
    login(page, officer["username"], officer["password"])
    open_tab(page, "Dokumentation")
    page.locator("#pack-generate").click()
    expect(page.locator("#pack-result")).to_contain_text("Vollständigkeit")
    link = page.locator("#pack-file a[download]").first
    href = link.get_attribute("href")
    assert href and href.startswith("/downloads/") and len(href) > 50
    with page.expect_download() as download_info:
        link.click()
    data = Path(download_info.value.path()).read_bytes()
    assert zipfile.ZipFile(io.BytesIO(data)).read("manifest.json")

    assert httpx.get(server.url + href).status_code == 401
    strangers = session_cookie(server, stranger)
    assert httpx.get(server.url + href, headers=strangers).status_code == 404
    colleague = session_cookie(server, server.new_user(tenant, "compliance_officer"))
    assert httpx.get(server.url + href, headers=colleague).status_code == 404

    # The pack exists once on disk: in the private download folder, under a hashed name
    # (besides the browser's own copy of the download).
    middle = data[len(data) // 2 : len(data) // 2 + 64]
    holders = [h for h in files_holding(middle, server) if "playwright" not in h]
    assert len(holders) == 1 and "/downloads/" in holders[0], holders
    assert href.rsplit("/", 1)[1] not in holders[0]
    # No file the installation keeps is served by Gradio's file route to anyone else.
    stored = [p for p in server.data_dir.rglob("*") if p.is_file() and "models" not in p.parts]
    assert len(stored) > 10
    for path in stored:
        url = f"{server.url}/ui/gradio_api/file={path}"
        assert httpx.get(url).status_code == 401, path
        assert httpx.get(url, headers=strangers).status_code == 404, path
    fetch = (
        f"{server.url}/ui/gradio_api/file=http://127.0.0.1:{server.url.rsplit(':', 1)[1]}/healthz"
    )
    assert httpx.get(fetch, headers=strangers).status_code == 404


def test_deleting_a_chat_and_a_document_in_the_ui_leaves_no_trace_on_disk(
    server: Server, browser: Browser
) -> None:
    tenant, _key = server.new_tenant("forget")
    member = server.new_user(tenant, "member")
    page = new_page(browser, server.url)
    login(page, member["username"], member["password"])
    doc_marker = f"Stieglitz{uuid.uuid4().hex[:12]}"
    open_tab(page, "Dokumente")
    page.locator("#upload-files input[type=file]").set_input_files(
        [{"name": "anweisung.md", "mimeType": "text/markdown",
          "buffer": document_text(doc_marker).encode()}]
    )  # fmt: skip
    expect(page.locator("#doc-list")).to_contain_text("Bereit", timeout=ANSWER_TIMEOUT_MS)

    chat_marker = f"Eisvogel{uuid.uuid4().hex[:12]}"
    open_tab(page, "Chat")
    page.locator("#chat-input textarea").fill(
        f"Welche interne Kennung hat das Vorhaben? Mein Stichwort: {chat_marker}"
    )
    page.locator("#chat-send").click()
    expect(page.locator("#chat-status")).to_contain_text("vollständig", timeout=ANSWER_TIMEOUT_MS)
    expect(page.locator("#chat-sources")).to_contain_text("anweisung.md")
    assert eventually(lambda: _holding(chat_marker, server), timeout=10)  # stored as history

    page.locator("#chat-delete").click()
    expect(page.locator("#chat-history input")).to_have_value("")
    open_tab(page, "Dokumente")
    page.locator("#doc-select input").fill("anweisung.md")
    page.get_by_role("option", name="anweisung.md").click()
    page.locator("#doc-delete").click()
    expect(page.locator("#doc-list")).not_to_contain_text("anweisung.md")
    deadline = time.monotonic() + 30
    while files_holding(chat_marker.encode(), server) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert files_holding(chat_marker.encode(), server) == []
    assert files_holding(doc_marker.encode(), server) == []


def _holding(marker: str, server: Server) -> list[str]:
    found = files_holding(marker.encode(), server)
    assert found
    return found
