"""Users, roles, login lockout, sessions, conversations and compare votes on a real store."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import delete, func, inspect, select, update

import sandboxes.users
from sandboxes.conversations import ConversationService
from sandboxes.errors import ServiceError
from sandboxes.models import (
    CompareVote,
    Conversation,
    ConversationMessage,
    LoginFailure,
    Tenant,
    User,
    UserSession,
)
from sandboxes.roles import API_KEY_ROLE, ROLE_PERMISSIONS, Permission, Role, allows, parse_role
from sandboxes.tenants import QuotaDefaults, TenantService
from sandboxes.users import UserError, UserService
from sandboxes.votes import CompareVotes
from store.db import Store, as_utc, downgrade, migrate, utcnow
from tests.conftest import Server

NEW_TABLES = {
    "users",
    "user_sessions",
    "login_failures",
    "conversations",
    "conversation_messages",
    "compare_votes",
}


@dataclass
class Env:
    url: str
    store: Store
    tenants: TenantService
    users: UserService
    conversations: ConversationService
    votes: CompareVotes


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    url = f"sqlite:///{tmp_path / 'users.db'}"
    migrate(url)
    store = Store.from_url(url)
    tenants = TenantService(store, QuotaDefaults(None, None, None))
    tenants.create("acme")
    tenants.create("globex")
    users = UserService(store, tenants, idle_minutes=30, max_hours=2, lockout_minutes=15)
    yield Env(url, store, tenants, users, ConversationService(store), CompareVotes(store))
    store.dispose()


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def _count(env: Env, table: type) -> int:
    with env.store.session() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_password_is_stored_as_argon2id_hash(env: Env) -> None:
    info, password = env.users.create("acme", " Alice ", "member")
    assert info["username"] == "alice" and info["tenant"] == "acme" and info["role"] == "member"
    assert len(password) >= 16
    with env.store.session() as session:
        stored = session.scalars(select(User.password_hash)).one()
    assert stored.startswith("$argon2id$") and password not in stored


def test_create_validates_name_role_and_uniqueness(env: Env) -> None:
    env.users.create("acme", "alice", "member")
    with pytest.raises(UserError) as exists:
        env.users.create("globex", "alice", "member")  # unique across tenants
    assert (exists.value.status, exists.value.code) == (409, "user_exists")
    for bad in ("al", "a" * 65, "al ice", "älice"):
        with pytest.raises(UserError) as err:
            env.users.create("acme", bad, "member")
        assert err.value.code == "invalid_username"
    with pytest.raises(ServiceError) as role:
        env.users.create("acme", "bob", "boss")
    assert (role.value.status, role.value.code) == (400, "invalid_role")
    assert "tenant_admin" in str(role.value)
    with pytest.raises(UserError) as seat:  # workshop seats come only from join codes
        env.users.create("acme", "bob", "participant")
    assert seat.value.code == "invalid_role" and "join codes" in str(seat.value)
    with pytest.raises(ServiceError) as tenant:
        env.users.create("nope", "bob", "member")
    assert tenant.value.status == 404


def test_login_errors_do_not_tell_unknown_users_apart(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, password = env.users.create("acme", "alice", "trainer")
    token, user = env.users.login("ALICE", password)
    assert token.startswith("rls_") and len(token) > 40
    assert (user.username, user.role, user.tenant_name) == ("alice", Role.TRAINER, "acme")
    assert user.allows(Permission.WORKSHOPS_RUN) and not user.allows(Permission.ADMINISTRATION)
    burned: list[str] = []
    monkeypatch.setattr(sandboxes.users, "burn_verification", burned.append)
    errors = []
    for name, secret in (("alice", "wrong"), ("mallory", password)):
        with pytest.raises(UserError) as err:
            env.users.login(name, secret)
        errors.append((err.value.status, err.value.code, str(err.value)))
    assert errors[0] == errors[1] == (401, "invalid_credentials", "wrong username or password")
    assert burned == [password]  # the unknown user cost a verification too


def test_lockout_after_failures_refuses_even_the_right_password(env: Env) -> None:
    _, password = env.users.create("acme", "alice", "member")
    for _ in range(5):
        with pytest.raises(UserError) as err:
            env.users.login("alice", "wrong")
        assert err.value.code == "invalid_credentials"
    with pytest.raises(UserError) as locked:
        env.users.login("alice", password)
    assert (locked.value.status, locked.value.code) == (429, "login_locked")
    assert 14 * 60 < locked.value.retry_after <= 15 * 60
    with env.store.session() as session:  # the lock runs out
        session.execute(update(LoginFailure).values(locked_until=utcnow()))
    env.users.login("alice", password)


def test_success_clears_failures_and_unknown_names_lock_too(env: Env) -> None:
    _, password = env.users.create("acme", "alice", "member")
    for _ in range(4):
        with pytest.raises(UserError):
            env.users.login("alice", "wrong")
    env.users.login("alice", password)
    for _ in range(4):
        with pytest.raises(UserError):
            env.users.login("alice", "wrong")
    env.users.login("alice", password)  # 4 + 4 failures, but cleared in between
    for _ in range(5):
        with pytest.raises(UserError):
            env.users.login("ghost", "x")
    with pytest.raises(UserError) as locked:
        env.users.login("ghost", "x")
    assert locked.value.code == "login_locked"


def _age_sessions(env: Env, **changes: timedelta) -> None:
    now = utcnow()
    values = {column: now - delta for column, delta in changes.items()}
    with env.store.session() as session:
        session.execute(update(UserSession).values(**values))


def test_session_idle_expiry_and_sliding(env: Env) -> None:
    _, password = env.users.create("acme", "alice", "member")
    token, _ = env.users.login("alice", password)
    _age_sessions(env, last_seen_at=timedelta(minutes=29))
    user = env.users.session_user(token)
    assert user is not None and user.expires_at > utcnow() + timedelta(minutes=110)
    with env.store.session() as session:
        seen = session.scalars(select(UserSession.last_seen_at)).one()
    assert utcnow() - as_utc(seen) < timedelta(minutes=1)  # slid
    _age_sessions(env, last_seen_at=timedelta(minutes=31))
    assert env.users.session_user(token) is None  # refused at once ...
    # ... and removed by the gateway's housekeeping, which audits each one (session_expired)
    assert [s.reason for s in env.users.sessions.expire(utcnow())] == ["idle"]
    assert _count(env, UserSession) == 0
    assert env.users.session_user("rls_unknown") is None


def test_session_absolute_expiry(env: Env) -> None:
    _, password = env.users.create("acme", "alice", "member")
    token, _ = env.users.login("alice", password)
    _age_sessions(env, expires_at=timedelta(seconds=1))
    assert env.users.session_user(token) is None


def test_logout_ends_only_that_session(env: Env) -> None:
    _, password = env.users.create("acme", "alice", "member")
    first, _ = env.users.login("alice", password)
    second, _ = env.users.login("alice", password)
    env.users.logout(first)
    assert env.users.session_user(first) is None
    assert env.users.session_user(second) is not None
    with env.store.session() as session:  # only the token's hash is stored
        assert session.get(UserSession, hashlib.sha256(second.encode()).hexdigest())


def test_reset_password_ends_sessions_and_old_password_fails(env: Env) -> None:
    _, old = env.users.create("acme", "alice", "member")
    token, _ = env.users.login("alice", old)
    new = env.users.reset_password("acme", "alice")
    assert new != old and env.users.session_user(token) is None
    with pytest.raises(UserError):
        env.users.login("alice", old)
    env.users.login("alice", new)
    with pytest.raises(UserError) as other_tenant:
        env.users.reset_password("globex", "alice")
    assert other_tenant.value.code == "user_not_found"


def test_set_role_and_list(env: Env) -> None:
    env.users.create("acme", "alice", "member")
    env.users.create("globex", "bob", "compliance_officer")
    changed = env.users.set_role("acme", "alice", "tenant_admin")
    assert (changed["username"], changed["role"]) == ("alice", "tenant_admin")
    assert [(u["tenant"], u["username"]) for u in env.users.list()] == [
        ("acme", "alice"),
        ("globex", "bob"),
    ]
    (bob,) = env.users.list("globex")
    assert set(bob) == {"username", "tenant", "role", "created_at"}
    assert bob["role"] == "compliance_officer"
    with pytest.raises(ServiceError) as err:
        env.users.set_role("acme", "alice", "king")
    assert err.value.code == "invalid_role"


def test_principal_carries_user_role_and_id(env: Env) -> None:
    _, password = env.users.create("acme", "alice", "tenant_admin")
    _, user = env.users.login("alice", password)
    principal = env.users.principal(user)
    assert principal.key_id == f"usr_{user.user_id}" and principal.username == "alice"
    assert principal.role == Role.TENANT_ADMIN and principal.tenant_name == "acme"
    assert principal.allows(Permission.USERS_MANAGE)
    assert env.tenants.acting_for("acme").role == Role.OPERATOR
    _, key = env.tenants.create_key("acme")
    program = env.tenants.authenticate(key)
    assert program is not None and program.role == API_KEY_ROLE == Role.MEMBER


def test_weak_hash_is_upgraded_at_login(env: Env) -> None:
    env.users.create("acme", "alice", "member")
    weak = PasswordHasher(time_cost=1, memory_cost=8192).hash("pw-weak-1234")
    with env.store.session() as session:
        session.execute(update(User).values(password_hash=weak))
    env.users.login("alice", "pw-weak-1234")
    with env.store.session() as session:
        stored = session.scalars(select(User.password_hash)).one()
    assert stored != weak and stored.startswith("$argon2id$")
    env.users.login("alice", "pw-weak-1234")


def _user_with_data(env: Env, tenant: str, name: str) -> tuple[int, str]:
    _, password = env.users.create(tenant, name, "member")
    _, user = env.users.login(name, password)
    conv = env.conversations.create(user.user_id, user.tenant_id, "Frage")
    env.conversations.append(conv, user.user_id, "user", "Hallo?")
    env.conversations.append(conv, user.user_id, "assistant", "Hallo!", {"model": "m"})
    env.votes.record(
        user.tenant_id, user.user_id, question_sha256=_sha("q"), context_sha256=_sha(""),
        candidates=[{"model": "a", "weights_sha256": "1"}, {"model": "b", "weights_sha256": "2"}],
        winner="a", blind=True,
    )  # fmt: skip
    return user.user_id, conv


def test_delete_user_removes_sessions_and_conversations(env: Env) -> None:
    _user_with_data(env, "acme", "alice")
    bob_id, bob_conv = _user_with_data(env, "acme", "bob")
    removed = env.users.delete("acme", "alice")
    assert removed["sessions"] == 1 and removed["conversations"] == 1
    assert removed["messages"] == 2
    assert _count(env, User) == 1 and _count(env, UserSession) == 1
    assert len(env.conversations.messages(bob_conv, bob_id)) == 2
    with env.store.session() as session:  # the vote stays, anonymous
        assert sorted(session.scalars(select(CompareVote.user_id)).all(), key=lambda v: v or 0) == [
            None,
            bob_id,
        ]
    with pytest.raises(UserError) as gone:
        env.users.delete("acme", "alice")
    assert gone.value.status == 404


def test_tenant_delete_removes_users_and_their_data(env: Env) -> None:
    _user_with_data(env, "acme", "alice")
    globex_id, _ = _user_with_data(env, "globex", "bob")
    removed = env.tenants.delete("acme")
    assert removed["users"] == 1 and removed["conversations"] == 1 and removed["votes"] == 1
    assert removed["messages"] == 2 and removed["sessions"] == 1
    assert _count(env, User) == 1 and _count(env, Conversation) == 1
    assert _count(env, ConversationMessage) == 2 and _count(env, CompareVote) == 1
    assert [u["username"] for u in env.users.list()] == ["bob"]
    assert env.conversations.list(globex_id)[0]["messages"] == 2


def test_tenant_row_delete_cascades_in_the_database(env: Env) -> None:
    _user_with_data(env, "acme", "alice")
    with env.store.session() as session:  # without the service: the foreign keys cascade
        session.execute(delete(Tenant))
    for table in (User, UserSession, Conversation, ConversationMessage, CompareVote):
        assert _count(env, table) == 0


def test_role_matrix() -> None:
    assert not allows(Role.MEMBER, Permission.ADMINISTRATION)
    assert allows("member", Permission.DOCUMENTS_WRITE)
    admin = ROLE_PERMISSIONS[Role.TENANT_ADMIN]
    assert Permission.ALL_TENANTS not in admin and Permission.QUOTAS_MANAGE not in admin
    assert Permission.USERS_MANAGE in admin and Permission.COMPLIANCE_PACK in admin
    # The operator may do everything except sit in a workshop seat (seats come from codes).
    assert set(Permission) - ROLE_PERMISSIONS[Role.OPERATOR] == {Permission.WORKSHOP_JOIN}
    # A seat may not upload: the room shares one index.
    assert ROLE_PERMISSIONS[Role.PARTICIPANT] == {
        Permission.CHAT, Permission.COMPARE, Permission.DOCUMENTS_READ, Permission.WORKSHOP_JOIN,
    }  # fmt: skip
    assert ROLE_PERMISSIONS[Role.COMPLIANCE_OFFICER] == {
        Permission.CHAT, Permission.DOCUMENTS_READ, Permission.USAGE_VIEW,
        Permission.COMPLIANCE_PACK,
    }  # fmt: skip
    assert ROLE_PERMISSIONS[Role.TRAINER] - ROLE_PERMISSIONS[Role.MEMBER] == {
        Permission.WORKSHOPS_RUN
    }
    assert not allows("boss", Permission.CHAT)
    assert parse_role(" Tenant_Admin ") is Role.TENANT_ADMIN
    with pytest.raises(ServiceError) as err:
        parse_role("root")
    assert err.value.code == "invalid_role" and "compliance_officer" in str(err.value)


def test_conversations_belong_to_their_user(env: Env) -> None:
    a_id, conv = _user_with_data(env, "acme", "alice")
    b_id, _ = _user_with_data(env, "acme", "bob")
    newer = env.conversations.create(a_id, env.tenants.get_id("acme"), "x" * 300)
    listed = env.conversations.list(a_id)
    assert [c["id"] for c in listed] == [newer, conv] and listed[0]["messages"] == 0
    assert len(listed[0]["title"]) == 200
    env.conversations.append(conv, a_id, "user", "noch was")
    assert env.conversations.list(a_id)[0]["id"] == conv  # updated goes first
    messages = env.conversations.messages(conv, a_id)
    assert [m["role"] for m in messages] == ["user", "assistant", "user"]
    assert messages[1]["meta"] == {"model": "m"} and messages[0]["content"] == "Hallo?"
    for call in (
        lambda: env.conversations.messages(conv, b_id),
        lambda: env.conversations.append(conv, b_id, "user", "hijack"),
        lambda: env.conversations.delete(conv, b_id),
    ):
        with pytest.raises(ServiceError) as err:
            call()
        assert (err.value.status, err.value.code) == (404, "conversation_not_found")
    with pytest.raises(ServiceError):
        env.conversations.append(conv, a_id, "system", "no")
    assert env.conversations.delete(conv, a_id) == 4
    assert env.conversations.delete_all(a_id) == 1
    assert env.conversations.list(a_id) == [] and len(env.conversations.list(b_id)) == 1


def test_vote_leaderboard_arithmetic(env: Env) -> None:
    tenant = env.tenants.get_id("acme")

    def vote(models: list[str], winner: str) -> None:
        env.votes.record(
            tenant, None, question_sha256=_sha("q"), context_sha256=_sha("c"),
            candidates=[{"model": m, "weights_sha256": _sha(m)} for m in models],
            winner=winner, blind=True,
        )  # fmt: skip

    vote(["a", "b"], "a")
    vote(["a", "b"], "a")
    vote(["a", "b", "c"], "c")
    vote(["b", "c"], "tie")
    board = {row["model"]: row for row in env.votes.leaderboard(tenant)}
    assert board["a"] == {
        "model": "a", "games": 3, "wins": 2, "losses": 1, "ties": 0, "win_rate": 0.6667
    }  # fmt: skip
    assert (board["b"]["games"], board["b"]["wins"], board["b"]["losses"]) == (4, 0, 3)
    assert board["b"]["ties"] == 1 and board["c"]["ties"] == 1
    assert (board["c"]["wins"], board["c"]["losses"], board["c"]["win_rate"]) == (1, 0, 0.5)
    assert [row["model"] for row in env.votes.leaderboard(tenant)] == ["a", "c", "b"]
    assert env.votes.leaderboard(env.tenants.get_id("globex")) == []
    for models, winner in ((["a", "b"], "z"), (["a"], "a"), (["a", "a"], "a")):
        with pytest.raises(ServiceError) as err:
            vote(models, winner)
        assert (err.value.status, err.value.code) == (400, "invalid_vote")


def test_migration_downgrades_to_0002_and_back(env: Env) -> None:
    _user_with_data(env, "acme", "alice")
    env.store.dispose()
    downgrade(env.url, "0002")
    probe = Store.from_url(env.url)
    assert not NEW_TABLES & set(inspect(probe.engine).get_table_names())
    probe.dispose()
    migrate(env.url)
    probe = Store.from_url(env.url)
    assert set(inspect(probe.engine).get_table_names()) >= NEW_TABLES
    probe.dispose()


def test_user_cli(server: Server) -> None:
    tenant, _ = server.new_tenant("u")
    name = f"cli-{tenant[-8:]}"
    created = server.cli_json("user", "create", "--tenant", tenant, "--username", name,
                              "--role", "tenant_admin")  # fmt: skip
    assert created["username"] == name and len(created["password"]) >= 16
    listed = server.cli_json("user", "list", "--tenant", tenant)
    assert [(u["username"], u["role"]) for u in listed] == [(name, "tenant_admin")]
    assert name in server.cli("user", "list").stdout
    wrong = server.cli("user", "create", "--tenant", tenant, "--username", "x-" + name,
                       "--role", "boss", check=False)  # fmt: skip
    assert wrong.returncode != 0 and "tenant_admin" in wrong.stderr
    twice = server.cli("user", "create", "--tenant", tenant, "--username", name,
                       "--role", "member", check=False)  # fmt: skip
    assert twice.returncode != 0 and "exists" in twice.stderr
    reset = server.cli_json("user", "reset-password", "--tenant", tenant, "--username", name)
    assert reset["username"] == name and reset["password"] != created["password"]
    role = server.cli_json("user", "set-role", "--tenant", tenant, "--username", name,
                           "--role", "member")  # fmt: skip
    assert role["role"] == "member"
    removed = server.cli_json("user", "delete", "--tenant", tenant, "--username", name)
    assert removed["username"] == name and removed["sessions"] == 0
    assert server.cli_json("user", "list", "--tenant", tenant) == []
    missing = server.cli("user", "delete", "--tenant", tenant, "--username", name, check=False)
    assert missing.returncode != 0 and "no user" in missing.stderr
    server.cli_json("tenant", "delete", tenant)
