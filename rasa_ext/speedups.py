"""A hot-path fix for Rasa 3.6: validate action-server replies with a prebuilt validator.

Rasa checks every reply from the action server against a fixed JSON schema with
``jsonschema.validate(reply, schema)``. That call first re-checks the *schema itself*
against the JSON Schema meta-schema, every time; with jsonschema 4.17 (what Rasa 3.6
pins) this was three quarters of the Rasa server's CPU time on a navigator turn
(py-spy, docs/benchmarks.md "Latency and training"). The replacement validates the same
reply against the same schema with the same validator class jsonschema would pick, but
checks the schema once per process. Replies that fail are rejected exactly as before.

``install()`` is called when the REST channel module is imported (credentials.yml names
it, so every Rasa server imports it at start-up, before the first message).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Dict

from jsonschema import ValidationError
from jsonschema.validators import validator_for
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL


@lru_cache(maxsize=1)
def _reply_validator() -> Any:
    schema = RemoteAction.action_response_format_spec()
    cls = validator_for(schema)
    cls.check_schema(schema)  # once, not on every reply
    return cls(schema)


def _validate_action_result(self: RemoteAction, result: Dict[str, Any]) -> bool:
    try:
        _reply_validator().validate(result)
        return True
    except ValidationError as e:
        e.message += (
            ". Failed to validate Action server response from API, make sure your "
            "response from the Action endpoint is valid. For more information about the "
            f"format visit {DOCS_BASE_URL}/custom-actions"
        )
        raise e


def install() -> None:
    """Use the prebuilt validator for action-server replies (idempotent)."""
    RemoteAction._validate_action_result = _validate_action_result  # type: ignore[method-assign]
