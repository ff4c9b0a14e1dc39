"""Schemathesis against the OpenAPI spec, signed in with an API token for several roles:
whatever it sends to any operation, no 500s and no traceback."""

from __future__ import annotations

import schemathesis
from hypothesis import HealthCheck, given, settings

from cschub.access.users import new_token

PURPOSES = {"pat": "direct_care", "nhs": "safeguarding", "dee": "subject_access",
            "ana": "direct_care"}


def test_no_server_errors_for_any_generated_request(secured_app) -> None:
    tokens = {u: new_token(secured_app.state.store, u, p) for u, p in PURPOSES.items()}
    schema = schemathesis.openapi.from_asgi("/openapi.json", secured_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) >= 10  # the JSON and CSV twins and the record API

    for operation in operations:
        @given(case=operation.as_strategy())
        @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
        def check(case) -> None:
            for user, token in tokens.items():
                response = case.call(headers={"Authorization": f"Bearer {token}"})
                assert response.status_code < 500, (case.path, user, response.text[:200])
                assert "Traceback" not in response.text

        check()
