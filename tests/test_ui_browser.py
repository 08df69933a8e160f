"""The web UI in a real headless Chromium against the real server with real vLLM.

Screenshots of every screen land in test-artifacts/screenshots/ (not committed).
"""

from __future__ import annotations

import io
import json
import re
import sqlite3
import uuid
import zipfile
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.conftest import EMBEDDED, GHOST, RECORDED, Server
from tests.fixtures.browser import (
    UI_TIMEOUT_MS,
    choose,
    login,
    new_page,
    open_tab,
    shot,
)
from tests.fixtures.files import encrypt_pdf, make_pdf

ANSWER_TIMEOUT_MS = 180_000
WATCH_ANSWER_LENGTHS = """() => {
    window.answerLengths = [];
    const output = document.querySelector("#chat-output");
    new MutationObserver(() => {
        const bots = output.querySelectorAll("[data-testid='bot']");
        if (bots.length) window.answerLengths.push(bots[bots.length - 1].innerText.length);
    }).observe(output, { subtree: true, childList: true, characterData: true });
}"""
HANDBOOK = make_pdf(
    [
        ["Qualitätshandbuch der Muster Zulieferer GmbH", "Kapitel 1: Geltungsbereich."],
        [
            "Prüfanweisung PA-7: Die Radschrauben werden mit 42 Nm Drehmoment angezogen.",
            "Verantwortlich für die Prüfanweisung ist Herr Jürgen Baumann (Qualitätssicherung).",
        ],
    ]
)
QUESTION = "Mit welchem Drehmoment werden die Radschrauben laut Prüfanweisung PA-7 angezogen?"


@pytest.fixture(scope="module")
def firm(server: Server) -> dict[str, Any]:
    tenant, _key = server.new_tenant("ui")
    return {"tenant": tenant, "member": server.new_user(tenant)}


def ask(page: Page, question: str) -> str:
    """Send a question in the chat and return the answer once the stream has ended."""
    page.locator("#chat-input textarea").fill(question)
    page.locator("#chat-send").click()
    return wait_answer(page)


def wait_answer(page: Page) -> str:
    """The last answer, after the status line says the call has ended."""
    expect(page.locator("#chat-status")).to_contain_text(
        re.compile("Antwort vollständig|Keine Antwort|Answer complete|No answer"),
        timeout=ANSWER_TIMEOUT_MS,
    )
    return page.locator("#chat-output [data-testid='bot']").last.inner_text()


def test_member_journey_upload_ask_sources_pii_english_compare_logout(
    server: Server, browser: Browser, firm: dict[str, Any]
) -> None:
    page = new_page(browser, server.url)
    page.goto("/ui/")
    expect(page).to_have_url(re.compile(r"/login"))  # no session: the login page
    shot(page, "01-login")
    login(page, firm["member"]["username"], firm["member"]["password"])
    expect(page.locator("#ai-notice")).to_contain_text("KI-System")
    expect(page.get_by_role("tab", name="Administration")).to_have_count(0)

    open_tab(page, "Dokumente")
    page.locator("#upload-files input[type=file]").set_input_files(
        [{"name": "handbuch.pdf", "mimeType": "application/pdf", "buffer": HANDBOOK}]
    )
    expect(page.locator("#upload-result")).to_contain_text("handbuch.pdf")
    expect(page.locator("#doc-list")).to_contain_text("Bereit", timeout=ANSWER_TIMEOUT_MS)
    shot(page, "02-documents")

    open_tab(page, "Chat")
    page.locator("#chat-input textarea").fill(
        QUESTION + " Bitte antworten Sie Jürgen Baumann direkt."
    )
    # Watch the answer grow while it streams: every change of the page is recorded (polling
    # missed it when the engine was idle and the whole answer came within one poll).
    page.evaluate(WATCH_ANSWER_LENGTHS)
    page.locator("#chat-send").click()
    bot = page.locator("#chat-output [data-testid='bot']").last
    expect(bot).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    expect(page.locator("#chat-status")).to_contain_text("vollständig", timeout=ANSWER_TIMEOUT_MS)
    lengths: list[int] = page.evaluate("window.answerLengths")
    assert len({n for n in lengths if n}) >= 2, f"no streaming seen: {lengths[:20]}"
    assert bot.inner_text().strip()

    sources = page.locator("#chat-sources")
    expect(sources).to_contain_text("handbuch.pdf")
    expect(sources).to_contain_text("Seite 2")
    seen = page.locator("#chat-model-view")
    expect(seen.locator("mark.rl-pii").first).to_contain_text("PERSON_1")
    assert "Baumann" not in seen.inner_text()  # the name never reached the model
    assert "42 Nm" in seen.inner_text()  # ...but the document's facts did
    expect(page.locator("#chat-history input")).to_have_value(re.compile("Drehmoment"))
    shot(page, "03-chat")
    # The UI's call went through the gateway pipeline as this user: audited with the
    # user's id, the retrieved context's hash and the PII receipt.
    with sqlite3.connect(server.data_dir / "reallabor.db") as db:
        rows = db.execute(
            "SELECT key_id, status, retrieval, pii_receipt FROM audit_records "
            "WHERE tenant = ? AND request_id LIKE 'req_%' ORDER BY seq",
            (firm["tenant"],),
        ).fetchall()
    assert rows, "the UI's chat call left no audit record"
    key_id, status, retrieval, receipt = rows[-1]
    assert key_id.startswith("usr_") and status == 200
    assert json.loads(retrieval)["context_sha256"]
    assert json.loads(receipt)["hops"][0]["entities"]["PERSON"]["count"] >= 1

    page.locator("#lang-switch").click()
    page.wait_for_url(re.compile(r"/ui/en/"))
    expect(page.locator("#ai-notice")).to_contain_text("AI system")
    expect(page.get_by_role("tab", name="Compare models")).to_be_visible()
    expect(page.locator("#chat-send")).to_have_text("Send")

    open_tab(page, "Compare models")
    page.locator("#compare-input textarea").fill(QUESTION)
    models = page.locator("#compare-models")
    for label in (EMBEDDED, RECORDED):
        box = models.get_by_label(label)
        if not box.is_checked():
            box.check()
    expect(models.get_by_label(GHOST)).not_to_be_checked()
    page.locator("#compare-run").click()
    expect(page.locator("#compare-context")).to_contain_text("same context")
    verdict_choices = page.locator("#compare-vote")
    expect(verdict_choices.get_by_label("Answer A")).to_be_visible(timeout=ANSWER_TIMEOUT_MS)
    for cell in ("a", "b"):
        text = page.locator(f"#compare-answer-{cell}").inner_text()
        assert any(m in text for m in (EMBEDDED, RECORDED)) and len(text.split()) > 2
        assert "produced no answer" not in text  # greedy decoding: the same answer every run
    choose(page, verdict_choices.get_by_label("Answer A"))
    page.locator("#compare-cast").click()
    expect(page.locator("#compare-verdict")).to_contain_text("A = ")
    board = page.locator("#compare-leaderboard")
    expect(board).to_contain_text(EMBEDDED)
    expect(board).to_contain_text(RECORDED)
    shot(page, "04-compare")

    page.locator("#logout").click()
    page.wait_for_url(re.compile(r"/login"))
    page.goto("/ui/")
    expect(page).to_have_url(re.compile(r"/login"))


def test_roles_member_has_no_administration_tenant_admin_manages_users(
    server: Server, browser: Browser, firm: dict[str, Any]
) -> None:
    admin = server.new_user(firm["tenant"], "tenant_admin")
    page = new_page(browser, server.url)
    login(page, admin["username"], admin["password"])
    open_tab(page, "Administration")
    expect(page.locator("#admin-users")).to_contain_text(firm["member"]["username"])
    page.get_by_role("button", name=re.compile("Modelle und Zustand")).click()
    expect(page.locator("#admin-models")).to_contain_text(EMBEDDED)
    newcomer = f"neu-{uuid.uuid4().hex[:6]}"
    page.locator("#admin-username textarea").fill(newcomer)
    page.locator("#admin-user-create").click()
    expect(page.locator("#admin-result")).to_contain_text("Erstes Passwort")
    password = page.locator("#admin-result code").inner_text()
    expect(page.locator("#admin-users")).to_contain_text(newcomer)
    # The firm's security log: who did what, from where (the admin's login, the new person).
    page.get_by_role("button", name=re.compile("Sicherheitsprotokoll")).click()
    log = page.locator("#admin-audit tbody tr")
    expect(log.filter(has_text="Person angelegt").first).to_contain_text(admin["username"])
    expect(log.filter(has_text="Anmeldung").first).to_contain_text("127.0.0.1")
    shot(page, "05-administration")

    member = new_page(browser, server.url)
    login(member, newcomer, password)  # the password shown once works
    expect(member.get_by_role("tab", name="Administration")).to_have_count(0)
    expect(member.get_by_role("tab", name="Nutzung")).to_have_count(0)


def test_second_tenant_sees_nothing_of_the_first(
    server: Server, browser: Browser, firm: dict[str, Any]
) -> None:
    other_tenant, _ = server.new_tenant("ui-other")
    stranger = server.new_user(other_tenant)
    page = new_page(browser, server.url)
    login(page, stranger["username"], stranger["password"])
    open_tab(page, "Dokumente")
    expect(page.locator("#doc-list")).to_contain_text("Noch keine Dokumente")
    open_tab(page, "Chat")
    page.locator("#chat-history").click()
    expect(page.get_by_role("option")).to_have_count(0)
    page.keyboard.press("Escape")


def test_errors_read_as_german_sentences(
    server: Server, browser: Browser, firm: dict[str, Any]
) -> None:
    tenant, _ = server.new_tenant("ui-err")
    user = server.new_user(tenant)
    page = new_page(browser, server.url)
    login(page, user["username"], user["password"])

    open_tab(page, "Dokumente")
    page.locator("#upload-files input[type=file]").set_input_files(
        [
            {"name": "geheim.pdf", "mimeType": "application/pdf", "buffer": encrypt_pdf(HANDBOOK)},
            {"name": "programm.exe", "mimeType": "application/octet-stream", "buffer": b"MZ"},
        ]
    )
    result = page.locator("#upload-result")
    expect(result).to_contain_text("programm.exe: abgelehnt")
    expect(result).to_contain_text("Dateiformat wird nicht unterstützt")
    expect(page.locator("#doc-list")).to_contain_text("passwortgeschützt", timeout=60_000)

    open_tab(page, "Chat")
    page.locator("#model-select input").fill(GHOST)
    page.get_by_role("option", name=GHOST).click()
    ask(page, "Hallo?")
    expect(page.locator("#chat-output")).to_contain_text("nicht erreichbar")

    page.locator("#model-select input").fill(EMBEDDED)
    page.get_by_role("option", name=EMBEDDED).click()
    # A question the firm's policy blocks is explained, and kept nowhere.
    server.cli_json("tenant", "pii-policy", tenant, "--set", "IBAN_CODE=block")
    ask(page, "Bitte auf DE89 3704 0044 0532 0130 00 überweisen.")
    expect(page.locator("#chat-output")).to_contain_text("nicht an ein Modell gehen")
    with sqlite3.connect(server.data_dir / "reallabor.db") as db:
        kept = db.execute(
            "SELECT count(*) FROM conversation_messages WHERE content LIKE '%0532%'"
        ).fetchone()[0]
        titled = db.execute("SELECT count(*) FROM conversations WHERE title LIKE '%0532%'")
        assert (kept, titled.fetchone()[0]) == (0, 0)

    server.cli("tenant", "limits", tenant, "--daily-tokens", "0")
    ask(page, "Noch eine Frage?")
    expect(page.locator("#chat-output")).to_contain_text("Tageskontingent")
    shot(page, "06-errors")

    page.context.clear_cookies()  # as if the session had expired
    page.locator("#chat-input textarea").fill("Und jetzt?")
    page.locator("#chat-send").click()
    expect(page.get_by_text("Ihre Sitzung ist abgelaufen")).to_be_visible()
    assert "Traceback" not in page.content()


def test_accessibility_labels_and_keyboard_chat(
    server: Server, browser: Browser, firm: dict[str, Any]
) -> None:
    page = new_page(browser, server.url)
    page.goto("/login")
    unlabeled_login = page.evaluate(UNLABELED_CONTROLS)
    assert unlabeled_login == []
    login(page, firm["member"]["username"], firm["member"]["password"])
    assert page.evaluate(UNLABELED_CONTROLS) == []

    box = page.locator("#chat-input textarea")
    box.focus()
    page.keyboard.type("Was ist PA-7? Antworten Sie kurz.")
    page.keyboard.press("Enter")  # Enter sends, no mouse needed
    expect(page.locator("#chat-output [data-testid='user']").last).to_contain_text("PA-7")
    wait_answer(page)
    box.focus()
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => document.activeElement.closest('#chat-send, #chat-new') !== null"
    )
    assert focused, "Tab from the question does not reach the send button"


# Every visible form control needs an accessible name: a label, aria-label(ledby) or text.
UNLABELED_CONTROLS = """() => {
  const named = (el) => {
    if (el.getAttribute('aria-label') || el.getAttribute('aria-labelledby')) return true;
    if (el.id && document.querySelector(`label[for="${CSS.escape(el.id)}"]`)) return true;
    if (el.closest('label')) return true;
    if (el.getAttribute('title')) return true;
    if (['BUTTON', 'A'].includes(el.tagName) && el.innerText.trim()) return true;
    return false;
  };
  const controls = [...document.querySelectorAll('input, textarea, select, button')]
    .filter((el) => el.type !== 'hidden' && el.offsetParent !== null);
  return controls.filter((el) => !named(el)).map((el) => el.outerHTML.slice(0, 120));
}"""


def test_compliance_officer_fills_the_intake_and_downloads_the_pack(
    server: Server, browser: Browser, firm: dict[str, Any]
) -> None:
    officer = server.new_user(firm["tenant"], "compliance_officer")
    page = new_page(browser, server.url)
    login(page, officer["username"], officer["password"])
    expect(page.get_by_role("tab", name="Administration")).to_have_count(0)
    open_tab(page, "Dokumentation")
    expect(page.locator("#intake-status")).to_contain_text("0 von")
    page.locator("#intake-purpose textarea").fill("Vorauswahl bei der Bewerberauswahl")
    page.locator("#intake-retention_days input").fill("90")
    page.locator("#intake-save").click()
    status = page.locator("#intake-status")
    expect(status).to_contain_text("Anhang III")  # the screening warns at once
    expect(status).to_contain_text("2 von")
    page.locator("#intake-accept-proposals").click()  # pre-filled answers a person confirms
    expect(status).to_contain_text("7 von")
    expect(page.locator("#intake-retention_days input")).to_have_value("90")  # kept, not replaced
    page.locator("#pack-generate").click()
    expect(page.locator("#pack-result")).to_contain_text("Vollständigkeit")
    expect(status).to_contain_text("Anhang III")  # the warning stays in view
    link = page.locator("#pack-file a[download]").first
    expect(link).to_have_attribute("download", re.compile(r"^reallabor-doku-.*\.zip$"))
    with page.expect_download() as download_info:
        link.click()
    data = Path(download_info.value.path()).read_bytes()
    assert data[:2] == b"PK"  # a ZIP
    manifest = json.loads(zipfile.ZipFile(io.BytesIO(data)).read("manifest.json"))
    assert "bom.json" in manifest["files"] and manifest["signature"]
    shot(page, "07-documentation")


def test_workshop_in_the_browser_join_exercise_trainer_view_and_end(
    server: Server, browser: Browser, firm: dict[str, Any]
) -> None:
    trainer = server.new_user(firm["tenant"], "trainer")
    lead = new_page(browser, server.url)
    login(lead, trainer["username"], trainer["password"])
    open_tab(lead, "Workshops leiten")
    lead.locator("#trainer-title input").fill("Schulung Montage")
    lead.locator("#trainer-seats input").fill("2")
    lead.locator("#trainer-exercises").get_by_label("Personendaten in Anfragen").check()
    lead.locator("#trainer-create").click()
    codes = lead.locator("#trainer-codes code")
    expect(codes).to_have_count(2)
    expect(lead.locator("#trainer-codes svg")).to_have_count(2)  # a QR code per seat
    first_code, second_code = codes.nth(0).inner_text(), codes.nth(1).inner_text()
    shot(lead, "07-trainer-codes")

    seat = new_page(browser, server.url)
    seat.goto(f"/join?code={first_code}")  # the QR code's link fills in the code
    expect(seat.locator("#join-code")).to_have_value(first_code)
    seat.locator("#join-submit").click()
    seat.wait_for_url(re.compile(r"/ui/"))
    expect(seat.locator("#workshop-header")).to_contain_text("T01", timeout=UI_TIMEOUT_MS)
    seat.locator("#workshop-exercise").get_by_label("Personendaten in Anfragen").check()
    expect(seat.locator("#workshop-exercise-text")).to_contain_text("Baumann")
    seat.locator("#workshop-run").click()
    off, on = seat.locator("#workshop-run-1"), seat.locator("#workshop-run-2")
    expect(off).to_contain_text("Filter AUS", timeout=ANSWER_TIMEOUT_MS)
    expect(off.locator(".rl-seen").first).to_contain_text("Baumann")
    expect(on.locator("mark.rl-pii").first).to_contain_text("PERSON_1")
    assert "Baumann" not in on.locator(".rl-seen").first.inner_text()
    shot(seat, "08-workshop-exercise")

    seat.locator("#workshop-preferences").click()
    seat.locator("#workshop-share input").check()
    seat.locator("#workshop-save").click()
    expect(seat.locator("#workshop-saved")).to_contain_text("Gespeichert")
    open_tab(seat, "Chat")
    marker = f"Montagefrage {uuid.uuid4().hex[:6]} zum Drehmoment"
    ask(seat, marker)

    neighbour = new_page(browser, server.url)
    neighbour.goto(f"/join?code={second_code}")
    neighbour.locator("#join-submit").click()
    expect(neighbour.locator("#workshop-header")).to_contain_text("T02")
    open_tab(neighbour, "Chat")
    expect(neighbour.locator("#chat-history")).not_to_contain_text("Montagefrage")

    lead.locator("#trainer-refresh").click()
    room = lead.locator("#trainer-view")
    expect(room).to_contain_text("2 von 2 Plätzen")
    expect(room).to_contain_text(marker)  # T01 opted in on screen
    expect(room).to_contain_text("nicht freigegeben")  # T02 did not
    shot(lead, "09-trainer-room")
    lead.locator("#trainer-end").click()
    expect(lead.locator("#trainer-certificate")).to_contain_text("Alles gelöscht")
    files = lead.locator("#trainer-files a[download]")
    expect(files).to_have_count(2)
    with lead.expect_download() as download_info:
        lead.locator("#trainer-files a[download$='.json']").click()
    signed = json.loads(Path(download_info.value.path()).read_bytes())
    assert signed["verified"] and signed["before"]["accounts"] == 2
    assert signed["before"]["shared_prompts"] == 1 and not any(signed["after"].values())
    assert "files_with_session_text" in signed["after"]  # searched byte for byte: none left

    seat.locator("#chat-input textarea").fill("Noch eine Frage?")
    seat.locator("#chat-send").click()
    expect(seat.get_by_text("Ihre Sitzung ist abgelaufen").first).to_be_visible()
