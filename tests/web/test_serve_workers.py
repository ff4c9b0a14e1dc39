"""``cschub serve --workers``: several processes serve one PostgreSQL store over real HTTP, each
audited read is committed before its answer, and the workers' background chainers leave every
entry linked when the server stops. A DuckDB store is refused (one process only)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest
import sqlalchemy as sa

from cschub.access import audit, users

LA = "E09000027"
pg_only = pytest.mark.parametrize("store", ["postgresql"], indirect=True)


def _seed(store) -> str:
    with store.transaction() as conn:
        conn.execute(sa.text("INSERT INTO ssd_department (la_code, dept_team_id) "
                             "VALUES (:la, 'Team A')"), {"la": LA})
        conn.execute(sa.text("INSERT INTO ssd_professionals (la_code, prof_professional_id) "
                             "VALUES (:la, 'SW1')"), {"la": LA})
        for c in range(5):
            conn.execute(sa.text(
                "INSERT INTO ssd_person (la_code, pers_person_id, pers_dob) "
                "VALUES (:la, :c, DATE '2015-01-01')"), {"la": LA, "c": f"C{c}"})
            conn.execute(sa.text(
                "INSERT INTO ssd_involvements (la_code, invo_involvements_id, "
                "invo_professional_id, invo_professional_team, invo_person_id, "
                "invo_involvement_start_date) VALUES (:la, :c, 'SW1', 'Team A', :c, "
                "DATE '2024-01-01')"), {"la": LA, "c": f"C{c}"})
    users.add_user(store, "pat", "practitioner", professional_id="SW1")
    return users.new_token(store, "pat", "direct_care")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, server: subprocess.Popen) -> None:
    for _ in range(300):  # up to a minute: two workers start, the parent refreshes indicators
        if server.poll() is not None:
            raise AssertionError(f"cschub serve exited: {server.stderr.read()[-2000:]}")
        try:
            httpx.get(url + "/openapi.json", timeout=1)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise AssertionError("cschub serve did not start")


@pg_only
def test_two_workers_answer_and_every_entry_is_linked(store) -> None:
    token = _seed(store)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "cschub", "serve", "--db", store.url, "--la", LA,
         "--port", str(port), "--workers", "2", "--pool-size", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        _wait_until_up(url, server)

        def read(i: int) -> int:
            return httpx.post(f"{url}/api/children/record", timeout=30,
                              headers={"Authorization": f"Bearer {token}"},
                              json={"child": f"C{i % 5}", "purpose": "direct_care"}).status_code

        with ThreadPoolExecutor(8) as pool:
            statuses = list(pool.map(read, range(40)))
        assert statuses == [200] * 40
        # each answer came after its entry was committed
        assert store.scalar("SELECT count(*) FROM audit_log WHERE action = 'read'") == 40
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(60)
    assert store.scalar("SELECT count(*) FROM audit_log WHERE hash IS NULL") == 0
    verdict = audit.verify(store)
    assert (verdict.ok, verdict.entries) == (True, 40)


def test_a_duckdb_store_is_served_by_one_process_only(tmp_path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "cschub", "serve", "--db", f"duckdb:///{tmp_path}/x.duckdb",
         "--workers", "2"], capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert "--workers needs a PostgreSQL store" in done.stdout + done.stderr
    assert "Traceback" not in done.stderr
