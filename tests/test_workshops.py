"""A whole workshop against the real server: join codes, demo corpus, exercises, verified wipe."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import uuid
import zipfile
from pathlib import Path
from typing import Any

import httpx
import openai
import pytest

from compliance.signing import ManifestInvalid, verify_document
from tests.conftest import EMBEDDED, RECORDED, Server, eventually

DEMO_FILES = {
    "qualitaetshandbuch.md",
    "arbeitsanweisung-pa7.md",
    "8d-bericht-2026-014.md",
    "lieferantenschreiben.md",
}
ALL_EXERCISES = ["halluzination", "prompt-injection", "personendaten", "zwei-modelle", "bias-probe"]
TIMEOUT = httpx.Timeout(600.0)  # an exercise reads long prompts; 2 loaded cores are slow


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def api(
    server: Server, method: str, path: str, token: str, tenant: str = "", **kwargs: Any
) -> httpx.Response:
    """A request with `token`; with `tenant`, the admin token acts for that tenant."""
    headers = {**bearer(token), **({"X-Reallabor-Tenant": tenant} if tenant else {})}
    return httpx.request(method, f"{server.url}{path}", headers=headers, timeout=TIMEOUT, **kwargs)


def wait_for_corpus(server: Server, token: str, names: set[str]) -> None:
    def ready() -> None:
        docs = api(server, "GET", "/v1/documents", token).json()["data"]
        assert {d["filename"] for d in docs if d["status"] == "ready"} == names, docs

    eventually(ready, timeout=180)


def file_hits(folder: Path, marker: bytes) -> list[str]:
    """Files under `folder` whose bytes contain `marker`."""
    return [str(p) for p in folder.rglob("*") if p.is_file() and marker in p.read_bytes()]


@pytest.fixture(scope="module")
def firm(server: Server) -> dict[str, Any]:
    """A firm with one confidential document of its own (participants must never see it)."""
    name, key = server.new_tenant("ws")
    # Two models that answer (the exercise "zwei-modelle" takes the first two allowed; the
    # server also routes a model whose backend is down, which is the fault tests' business).
    server.cli("tenant", "limits", name, "--models", f"{EMBEDDED},{RECORDED}")
    secret = b"# Vertraulich\n\nDas Projekt Zaunkoenig senkt die Kosten des Werks um 12 Prozent.\n"
    response = api(
        server, "POST", "/v1/documents", key, files=[("files", ("strategie.md", secret))]
    )
    assert response.status_code == 202, response.text
    wait_for_corpus(server, key, {"strategie.md"})
    doc_id = api(server, "GET", "/v1/documents", key).json()["data"][0]["id"]
    return {"tenant": name, "key": key, "doc_id": doc_id}


def test_whole_workshop_from_join_codes_to_verified_wipe_and_the_pack(
    server: Server, firm: dict[str, Any]
) -> None:
    marker = f"Kranich{uuid.uuid4().hex[:8]}"
    created = server.cli_json(
        "workshop", "create", "--tenant", firm["tenant"], "--title", "KI-Grundlagen Werk Grimma",
        "--seats", "3", *[arg for e in ALL_EXERCISES for arg in ("--exercise", e)],
    )  # fmt: skip
    workshop_id, codes = created["id"], created["join_codes"]
    assert len(codes) == 3 and len(set(codes)) == 3

    tokens = [server.cli_json("workshop", "join", code)["token"] for code in codes]
    assert server.cli_json("workshop", "join", codes[0].lower())["participant"] == "T01"
    wait_for_corpus(server, tokens[0], DEMO_FILES)
    listed = api(server, "GET", "/v1/documents", tokens[1]).json()["data"]
    assert firm["doc_id"] not in {d["id"] for d in listed}  # the firm's own documents stay out

    # Chat with the demo corpus through the official SDK, with a participant token as the key.
    sdk = server.client(tokens[0])
    answer = sdk.chat.completions.create(
        model=EMBEDDED,
        messages=[{"role": "user", "content": f"{marker}: Mit welchem Drehmoment werden die "
                   "Radschrauben laut Arbeitsanweisung AA-12 angezogen?"}],
        max_tokens=40,
        extra_body={"retrieval": True},
    )  # fmt: skip
    sources = answer.model_extra["sources"]  # type: ignore[index]
    assert "arbeitsanweisung-pa7.md" in {s["source"] for s in sources}
    probe = sdk.chat.completions.create(
        model=EMBEDDED,
        messages=[{"role": "user", "content": "Was senkt das Projekt Zaunkoenig?"}],
        max_tokens=20,
        extra_body={"retrieval": True},
    )
    assert "strategie.md" not in {s["source"] for s in probe.model_extra["sources"]}  # type: ignore[index]

    # A participant may not run the trainer's view or start another workshop.
    assert api(server, "GET", f"/v1/workshops/{workshop_id}", tokens[0]).status_code == 403
    refused = api(server, "POST", "/v1/workshops", tokens[0], json={"title": "x", "seats": 1})
    assert refused.json()["error"]["code"] == "permission_denied"

    # Exercise (c): with the filter off the model saw the name, with it on only a placeholder.
    run = api(server, "POST", "/v1/workshops/current/exercises/personendaten/run", tokens[1])
    assert run.status_code == 200, run.text
    off, on = run.json()["runs"]
    assert (off["setting"], on["setting"]) == ("filter_off", "filter_on")
    assert "Baumann" in json.dumps(off["model_saw"], ensure_ascii=False)
    seen_on = json.dumps(on["model_saw"], ensure_ascii=False)
    assert "Baumann" not in seen_on and "<PERSON_1>" in seen_on
    assert on["pii_receipt"]["hops"][0]["entities"]["PERSON"]["count"] >= 1
    # Exercise (b): the supplier letter's hidden instruction is flagged by the guard.
    injection = api(
        server, "POST", "/v1/workshops/current/exercises/prompt-injection/run", tokens[2]
    )
    assert injection.json()["runs"][0]["injection_flagged"] >= 1
    # Exercise (a): without documents no sources, with them the work instruction.
    grounded = api(server, "POST", "/v1/workshops/current/exercises/halluzination/run", tokens[2])
    bare, with_docs = grounded.json()["runs"]
    assert bare["sources"] == [] and "arbeitsanweisung-pa7.md" in {
        s["source"] for s in with_docs["sources"]
    }
    # Exercise (d): two models, one frozen context.
    pair = api(server, "POST", "/v1/workshops/current/exercises/zwei-modelle/run", tokens[0])
    first, second = pair.json()["runs"]
    assert first["model"] != second["model"] and first["sources"] == second["sources"]

    named = api(
        server, "PATCH", "/v1/workshops/current", tokens[1],
        json={"attendance_name": "Erika Musterfrau"},
    )  # fmt: skip
    assert named.json()["attendance_name"] == "Erika Musterfrau"

    operator = server.admin_token()
    view = api(
        server, "GET", f"/v1/workshops/{workshop_id}", operator,
        tenant=firm["tenant"],
    ).json()  # fmt: skip
    assert view["totals"]["joined"] == 3
    assert view["totals"]["exercise_runs"] == {
        "personendaten": 1, "prompt-injection": 1, "halluzination": 1, "zwei-modelle": 1,
    }  # fmt: skip
    assert all(p["shared_prompts"] == [] for p in view["participants"])  # nobody opted in
    assert marker not in json.dumps(view)

    # The trainer ends it: the certificate counts every store before and after.
    certificate = server.cli_json("workshop", "end", workshop_id)
    before, after = certificate["before"], certificate["after"]
    assert before["accounts"] == 3 and before["sessions"] >= 4 and before["seats"] == 3
    assert before["files"] == 4 and before["vectors"] > 0 and before["documents"] == 4
    assert before["usage_rows"] >= 1 and before["exercise_progress"] == 4
    assert set(after) == set(before) and not any(after.values()), after
    assert before["index_keys"] >= 4  # the keys that sealed the demo corpus, destroyed
    assert certificate["checked_on_disk"]["what"]
    assert certificate["verified"] is True and certificate["ended_by"] == "operator"
    verify_document(certificate)
    with pytest.raises(ManifestInvalid):
        verify_document({**certificate, "after": {**after, "vectors": 0, "files": 1}})
    pdf = api(
        server, "GET", f"/v1/workshops/{workshop_id}/certificate?format=pdf", operator,
        tenant=firm["tenant"],
    )  # fmt: skip
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")

    for token in tokens:  # every participant token is dead
        with pytest.raises(openai.AuthenticationError):
            server.client(token).models.list()
    assert server.cli("workshop", "join", codes[2], check=False).returncode != 0

    # Counted again independently of the certificate: rows, files, vectors, log lines.
    with sqlite3.connect(server.data_dir / "reallabor.db") as db:
        for table in ("tenants", "documents", "usage_daily"):
            column = "name" if table == "tenants" else "tenant"
            if table == "usage_daily":
                sql = "SELECT count(*) FROM usage_daily u JOIN tenants t ON t.id = u.tenant_id "
                sql += "WHERE t.name = ?"
            else:
                sql = f"SELECT count(*) FROM {table} WHERE {column} = ?"
            assert db.execute(sql, (workshop_id,)).fetchone()[0] == 0, table
        assert (
            db.execute(
                "SELECT count(*) FROM users WHERE username LIKE ?", (f"{workshop_id}%",)
            ).fetchone()[0]
            == 0
        )
    assert not (server.data_dir / "uploads" / workshop_id).exists()
    assert not list((server.data_dir / "index").glob(f"*{workshop_id}*"))
    assert file_hits(server.data_dir, marker.encode()) == []  # not in the database file either
    assert marker not in server.log_path.read_text(errors="replace")

    # What survives is the attendance record, and the firm's pack shows it under Art. 4.
    pack = api(server, "GET", "/v1/compliance/pack", operator, tenant=firm["tenant"])
    archive = zipfile.ZipFile(io.BytesIO(pack.content))
    rows = list(
        csv.DictReader(io.StringIO(archive.read("registers/workshops.csv").decode()), delimiter=";")
    )
    assert [r["title"] for r in rows] == ["KI-Grundlagen Werk Grimma"]
    assert rows[0]["participants"] == "3" and rows[0]["named_participants"] == "Erika Musterfrau"
    assert "personendaten" in rows[0]["content_covered"]
    report = "".join(
        archive.read(n).decode() for n in archive.namelist() if n.startswith("markdown/")
    )
    assert "KI-Grundlagen Werk Grimma" in report and "Erika Musterfrau" in report
    # The firm's own document was never touched.
    assert (
        api(server, "GET", f"/v1/documents/{firm['doc_id']}", firm["key"]).json()["status"]
        == "ready"
    )


def test_a_seat_has_its_own_quota_and_attached_documents_are_copies(
    server: Server, firm: dict[str, Any]
) -> None:
    created = server.cli_json(
        "workshop", "create", "--tenant", firm["tenant"], "--title", "Kontingent",
        "--seats", "2", "--seat-tokens", "100", "--attach", firm["doc_id"],
    )  # fmt: skip
    first, second = (server.cli_json("workshop", "join", c)["token"] for c in created["join_codes"])
    wait_for_corpus(server, first, DEMO_FILES | {"strategie.md"})  # attached by the trainer

    def hello(token: str) -> None:  # always more than 100 tokens: 90 generated + the prompt
        server.client(token).chat.completions.create(
            model=EMBEDDED,
            messages=[{"role": "user", "content": "Hallo"}],
            max_tokens=90,
            extra_body={"ignore_eos": True},
        )

    hello(first)  # accounted before the answer returns: the next call is refused at once
    with pytest.raises(openai.RateLimitError) as refused:
        hello(first)
    assert refused.value.body["code"] == "key_token_quota_exceeded"  # type: ignore[index]
    hello(second)  # the neighbour's seat still works
    certificate = server.cli_json("workshop", "end", created["id"])
    assert certificate["verified"] and certificate["before"]["files"] == 5
    # Ending the workshop deleted the copy, never the firm's original.
    assert (
        api(server, "GET", f"/v1/documents/{firm['doc_id']}", firm["key"]).json()["status"]
        == "ready"
    )
    again = httpx.post(
        f"{server.url}/admin/workshops/{created['id']}/end", headers=bearer(server.admin_token())
    )
    assert again.status_code == 409 and again.json()["error"]["code"] == "workshop_ended"


def test_trainer_role_runs_workshops_members_do_not(server: Server, firm: dict[str, Any]) -> None:
    tokens = {}
    for role in ("trainer", "member"):
        user = server.cli_json(
            "user", "create", "--tenant", firm["tenant"], "--username",
            f"{role[:5]}-{uuid.uuid4().hex[:6]}", "--role", role,
        )  # fmt: skip
        login = httpx.post(
            f"{server.url}/login",
            data={"username": user["username"], "password": user["password"]},
            follow_redirects=False,
        )
        tokens[role] = login.cookies["reallabor_session"]
    body = {"title": "Vom Trainer", "seats": 1, "exercises": ["halluzination"]}
    created = api(server, "POST", "/v1/workshops", tokens["trainer"], json=body)
    assert created.status_code == 201, created.text
    assert created.json()["created_by"].startswith("train")
    member = api(server, "POST", "/v1/workshops", tokens["member"], json=body)
    assert member.status_code == 403
    bad = api(server, "POST", "/v1/workshops", tokens["trainer"], json={**body, "seats": 0})
    assert bad.status_code == 400 and bad.json()["error"]["param"]
    seat = api(
        server, "POST", "/v1/workshops/join", "x", json={"code": created.json()["join_codes"][0]}
    )
    view = api(server, "GET", "/v1/workshops/current?lang=en", seat.json()["token"]).json()
    assert [e["id"] for e in view["exercises"]] == ["halluzination"]
    assert view["exercises"][0]["title"] == "Does the AI make up answers?"
    not_on = api(
        server, "POST", "/v1/workshops/current/exercises/bias-probe/run", seat.json()["token"]
    )
    assert not_on.status_code == 409 and not_on.json()["error"]["code"] == "exercise_not_active"
    wrong = api(server, "POST", "/v1/workshops/join", "x", json={"code": "AAA-BBB-CCC"})
    assert wrong.status_code == 401 and wrong.json()["error"]["code"] == "invalid_join_code"
    ended = api(server, "POST", f"/v1/workshops/{created.json()['id']}/end", tokens["trainer"])
    assert ended.json()["verified"] and ended.json()["ended_by"].startswith("train")
