"""Administration: users, keys, quotas, PII policy and models; what shows depends on the role."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio
import gradio as gr

from compliance.pii.entities import ACTIONS, ENTITY_TYPES
from sandboxes.errors import ServiceError
from sandboxes.roles import Permission, Role
from sandboxes.users import SessionUser
from serving.deps import security_event
from ui.context import UiContext
from ui.render import table_html

ASSIGNABLE = [role for role in Role if role not in (Role.OPERATOR, Role.PARTICIPANT)]
AUDIT_COLUMNS = ("when", "event", "actor", "source", "details")


def build(ctx: UiContext) -> dict[str, Any]:
    """Lay out the administration screen and wire its events."""
    t, state = ctx.t, ctx.state
    tenant = gr.Dropdown(label=t("admin.tenant"), choices=[], elem_id="admin-tenant")
    notice = gr.Markdown(elem_id="admin-result")
    with gr.Accordion(t("admin.users"), open=True):
        users = gr.HTML(elem_id="admin-users")
        with gr.Row():
            username = gr.Textbox(label=t("admin.username"), elem_id="admin-username")
            role = gr.Dropdown(
                label=t("admin.role"),
                elem_id="admin-role",
                value=Role.MEMBER.value,
                choices=[(t("roles." + r.value), r.value) for r in ASSIGNABLE],
            )
        with gr.Row():
            create = gr.Button(
                t("admin.user_create"), variant="primary", elem_id="admin-user-create"
            )
            reset = gr.Button(t("admin.user_reset"), elem_id="admin-user-reset")
            remove = gr.Button(t("admin.user_delete"), variant="stop", elem_id="admin-user-delete")
    with gr.Accordion(t("admin.keys"), open=False):
        keys = gr.HTML(elem_id="admin-keys")
        with gr.Row():
            label = gr.Textbox(label=t("admin.key_label"), elem_id="admin-key-label")
            key_id = gr.Textbox(label=t("admin.key_id"), elem_id="admin-key-id")
        with gr.Row():
            new_key = gr.Button(t("admin.key_create"), elem_id="admin-key-create")
            revoke = gr.Button(t("admin.key_revoke"), variant="stop", elem_id="admin-key-revoke")
    with gr.Accordion(t("admin.quotas"), open=False):
        with gr.Row():
            daily = gr.Number(label=t("admin.daily"), precision=0, elem_id="admin-daily")
            monthly = gr.Number(label=t("admin.monthly"), precision=0, elem_id="admin-monthly")
            rpm = gr.Number(label=t("admin.rpm"), precision=0, elem_id="admin-rpm")
        with gr.Row():
            calls = gr.Number(
                label=t("admin.max_concurrent"), precision=0, minimum=1, elem_id="admin-calls"
            )
            flight = gr.Number(
                label=t("admin.max_tokens_in_flight"), precision=0, minimum=1,
                elem_id="admin-tokens-in-flight",
            )  # fmt: skip
        save_quota = gr.Button(t("admin.quota_save"), elem_id="admin-quota-save")
    with gr.Accordion(t("admin.pii"), open=False):
        policy = gr.HTML(elem_id="admin-pii")
        with gr.Row():
            entity = gr.Dropdown(
                label=t("admin.entity"),
                elem_id="admin-entity",
                choices=[
                    (t.get("entities." + e, "entities.OTHER", name=e), e) for e in ENTITY_TYPES
                ],
            )
            action = gr.Dropdown(
                label=t("admin.action"),
                elem_id="admin-action",
                choices=[(t("pii_actions." + a), a) for a in ACTIONS],
            )
        set_action = gr.Button(t("admin.pii_save"), elem_id="admin-pii-save")
    with gr.Accordion(t("admin.models"), open=False):
        models = gr.HTML(elem_id="admin-models")
    with gr.Accordion(t("admin.audit"), open=False, elem_id="admin-audit-section"):
        audit = gr.HTML(elem_id="admin-audit")

    async def scope(
        request: gr.Request, chosen: str | None, permission: Permission
    ) -> tuple[SessionUser, str]:
        user = await ctx.user(request, permission)
        if chosen and chosen != user.tenant_name and user.allows(Permission.ALL_TENANTS):
            return user, chosen
        return user, user.tenant_name

    async def show(chosen: str | None, request: gr.Request) -> tuple[Any, ...]:
        user, name = await scope(request, chosen, Permission.ADMINISTRATION)
        return await anyio.to_thread.run_sync(_snapshot, ctx, user, name)

    outputs = [users, keys, daily, monthly, rpm, calls, flight, policy, models, audit]

    async def run(
        request: gr.Request,
        chosen: str | None,
        permission: Permission,
        work: Callable[..., str],
        values: tuple[Any, ...],
        event: str,
    ) -> Any:
        user, name = await scope(request, chosen, permission)
        try:
            message = await anyio.to_thread.run_sync(lambda: work(user, name, *values))
        except ServiceError as exc:
            raise ctx.fail(exc.code or "generic") from exc
        await security_event(state, request, event, actor=user.username, tenant=name)
        return (message, *await show(chosen, request))

    def action_handler(
        permission: Permission, work: Callable[..., str], arity: int, event: str
    ) -> Callable[..., Any]:
        # Gradio hands over the request only to a parameter it can see in the signature,
        # so each number of inputs gets a handler with an explicit one.
        async def one(chosen: str | None, a: Any, request: gr.Request) -> Any:
            return await run(request, chosen, permission, work, (a,), event)

        async def two(chosen: str | None, a: Any, b: Any, request: gr.Request) -> Any:
            return await run(request, chosen, permission, work, (a, b), event)

        async def three(chosen: str | None, a: Any, b: Any, c: Any, request: gr.Request) -> Any:
            return await run(request, chosen, permission, work, (a, b, c), event)

        async def five(
            chosen: str | None, a: Any, b: Any, c: Any, d: Any, e: Any, request: gr.Request
        ) -> Any:
            return await run(request, chosen, permission, work, (a, b, c, d, e), event)

        handlers: dict[int, Callable[..., Any]] = {1: one, 2: two, 3: three, 5: five}
        return handlers[arity]

    def _create(user: SessionUser, name: str, who: str, as_role: str) -> str:
        _only_operators_touch_operators(user, as_role)
        info, password = state.users.create(name, (who or "").strip().lower(), as_role)
        return t("admin.user_created", username=info["username"], password=password)

    def _reset(user: SessionUser, name: str, who: str) -> str:
        _only_operators_touch_operators(user, _role_of(name, who))
        return t(
            "admin.user_reset_done", username=who, password=state.users.reset_password(name, who)
        )

    def _delete(user: SessionUser, name: str, who: str) -> str:
        _only_operators_touch_operators(user, _role_of(name, who))
        state.users.delete(name, who)
        return t("admin.user_deleted", username=who)

    def _role_of(name: str, who: str) -> str:
        found = [u["role"] for u in state.users.list(name) if u["username"] == who]
        if not found:
            raise ServiceError("no such user", status=404, code="user_not_found")
        return str(found[0])

    def _new_key(user: SessionUser, name: str, text: str) -> str:
        info, key = state.tenants.create_key(name, text or "ui")
        return t("admin.key_created", key=key, key_id=info["key_id"])

    def _revoke(user: SessionUser, name: str, kid: str) -> str:
        if kid.strip() not in {k["key_id"] for k in state.tenants.list_keys(name)}:
            raise ServiceError("no such key", status=404, code="key_not_found")
        state.tenants.revoke_key(kid.strip())
        return t("admin.key_revoked", key_id=kid.strip())

    def _quota(
        user: SessionUser,
        name: str,
        d: float | None,
        m: float | None,
        r: float | None,
        c: float | None,
        f: float | None,
    ) -> str:
        changes = {
            "daily_token_quota": d, "monthly_token_quota": m, "requests_per_minute": r,
            "max_concurrent": c, "max_tokens_in_flight": f,
        }  # fmt: skip
        state.tenants.set_limits(
            name, {k: None if v is None else int(v) for k, v in changes.items()}
        )
        return t("admin.quota_saved")

    def _pii(user: SessionUser, name: str, ent: str | None, act: str | None) -> str:
        if not ent or not act:
            raise ServiceError("entity and action needed", code="pii_choice")
        current = state.tenants.pii_policy(name).to_json()
        current["actions"][ent] = act
        state.tenants.set_pii_policy(name, current)
        return t("admin.pii_saved")

    # Each action, its permission (the role matrix), and the security event it leaves.
    wired: list[tuple[gr.Button, Permission, Callable[..., str], list[Any], str]] = [
        (create, Permission.USERS_MANAGE, _create, [username, role], "user_created"),
        (reset, Permission.USERS_MANAGE, _reset, [username], "password_reset"),
        (remove, Permission.USERS_MANAGE, _delete, [username], "user_deleted"),
        (new_key, Permission.KEYS_MANAGE, _new_key, [label], "key_created"),
        (revoke, Permission.KEYS_MANAGE, _revoke, [key_id], "key_revoked"),
        (
            save_quota,
            Permission.QUOTAS_MANAGE,
            _quota,
            [daily, monthly, rpm, calls, flight],
            "limits_changed",
        ),
        (set_action, Permission.PII_POLICY_MANAGE, _pii, [entity, action], "pii_policy_changed"),
    ]
    for button, permission, work, inputs, event in wired:
        handler = action_handler(permission, work, len(inputs), event)
        button.click(handler, [tenant, *inputs], [notice, *outputs])
    tenant.input(show, [tenant], outputs)
    return {
        "tenant": tenant,
        "show": show,
        "outputs": outputs,
        "quota_inputs": [daily, monthly, rpm, calls, flight, save_quota],
    }


def _only_operators_touch_operators(user: SessionUser, role: str) -> None:
    """A tenant admin manages the tenant's people, never the lab's operators."""
    if role == Role.OPERATOR.value and not user.allows(Permission.ALL_TENANTS):
        raise ServiceError("only operators create operators", status=403, code="forbidden")


def _snapshot(ctx: UiContext, user: SessionUser, name: str) -> tuple[Any, ...]:
    t, state = ctx.t, ctx.state
    user_rows = [
        [u["username"], t("roles." + u["role"]), str(u["created_at"])[:16]]
        for u in state.users.list(name)
    ]
    key_rows = [
        [
            k["key_id"],
            k["prefix"] + "…",
            k["label"],
            t("admin.revoked") if k["revoked"] else t("admin.active"),
        ]
        for k in state.tenants.list_keys(name)
    ]
    info = next(x for x in state.tenants.list_all() if x["tenant"] == name)
    actions = state.tenants.pii_policy(name).actions
    pii_rows = [
        [t.get("entities." + e, "entities.OTHER", name=e), t("pii_actions." + a)]
        for e, a in sorted(actions.items())
    ]
    model_rows = [
        [
            m.name,
            t("admin.healthy") if any(r.healthy for r in m.replicas) else t("admin.down"),
            len(m.replicas),
            (m.weights_sha256 or "")[:16],
        ]
        for m in state.router.models()
    ]
    events = state.security.recent(name, installation=user.allows(Permission.ALL_TENANTS))
    audit_rows = [
        [
            e["ts"][:19].replace("T", " "),
            t.get("security_events." + e["event"], "security_events.other", name=e["event"]),
            e["actor"],
            e.get("source_ip", ""),
            _details(e),
        ]
        for e in events
    ]
    return (
        table_html(
            "admin-users", [t("admin.username"), t("admin.role"), t("admin.created")], user_rows
        ),
        table_html(
            "admin-keys",
            [t("admin.key_id"), t("admin.prefix"), t("admin.key_label"), t("admin.state")],
            key_rows,
        ),
        info["daily_token_quota"],
        info["monthly_token_quota"],
        info["requests_per_minute"],
        info["max_concurrent"],
        info["max_tokens_in_flight"],
        table_html("admin-pii", [t("admin.entity"), t("admin.action")], pii_rows),
        table_html(
            "admin-models",
            [t("admin.model"), t("admin.health"), t("admin.replicas"), t("admin.weights")],
            model_rows,
        ),
        table_html("admin-audit", [t(f"admin.audit_{c}") for c in AUDIT_COLUMNS], audit_rows),
    )


def _details(event: dict[str, Any]) -> str:
    """What else the record says (ids, paths, reasons; records never hold a secret)."""
    skip = {"ts", "tenant", "actor", "status", "event", "source_ip"}
    extra = [f"{k}={v}" for k, v in event.items() if k not in skip]
    return ", ".join(extra + ([f"HTTP {event['status']}"] if event["status"] >= 400 else []))
