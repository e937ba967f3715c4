"""The embeddable chat widget script, with the facts it must carry built in.

`widget.js` is served with the crisis routes (from crisis/responses.yml, the one place
that text lives) and the need labels (from services_db.vocab) written into it, so
"Get help now" works even when the server can no longer be reached, and the numbers
can never drift from the reviewed crisis text.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from crisis.responses import load_responses
from services_db.vocab import NEED_LABELS

STATIC = Path(__file__).parent / "static"
MARKER = "/*NWD_DATA*/null"

# What each "Get help now" section is called, most urgent first. Types whose text is
# the same as an earlier one (self_harm shares suicidal's) are merged into it.
CRISIS_LABELS: dict[str, str] = {
    "overdose": "Someone may have overdosed: not breathing, will not wake, blue lips",
    "medical": "A medical emergency",
    "suicidal": "Thoughts of suicide or self-harm",
    "self_harm": "Thoughts of suicide or self-harm",
    "abuse": "Not safe: someone is hurting or threatening you",
    "child_at_risk": "A child is in danger",
}


def widget_data() -> dict:
    """The JSON written into widget.js."""
    responses = load_responses()
    routes, seen = [], set()
    for kind, label in CRISIS_LABELS.items():
        entry = responses["responses"][kind]
        key = (entry["first_line"], tuple(entry["then"]))
        if key in seen:
            continue
        seen.add(key)
        routes.append({"type": kind, "label": label, "first_line": entry["first_line"],
                       "then": list(entry["then"])})
    return {"crisis": routes, "carry_on": responses["carry_on"],
            "crisis_version": responses["version"], "needs": dict(NEED_LABELS)}


@lru_cache(maxsize=1)
def widget_script() -> bytes:
    source = (STATIC / "widget.js").read_text(encoding="utf-8")
    if MARKER not in source:
        raise RuntimeError(f"bot/static/widget.js lacks the data marker {MARKER!r}")
    data = json.dumps(widget_data(), ensure_ascii=True, separators=(",", ":"))
    return source.replace(MARKER, data, 1).encode("utf-8")
