"""Write the crisis responses in domain.yml from crisis/responses.yml.

Run `python -m crisis.sync_domain` after a reviewed change to crisis/responses.yml;
`--check` exits non-zero when domain.yml is out of date. Rasa then serves the crisis
text itself, so a crisis reply never depends on the action server.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from crisis.responses import carry_on_text, crisis_text, load_responses

DOMAIN = Path(__file__).resolve().parent.parent / "domain.yml"
BEGIN = "  # BEGIN crisis responses"
END = "  # END crisis responses"


def crisis_block() -> str:
    version = load_responses()["version"]
    lines = [f"{BEGIN} (generated from crisis/responses.yml v{version} by "
             "`python -m crisis.sync_domain`)"]
    for crisis_type in load_responses()["responses"]:
        lines += [f"  utter_crisis_{crisis_type}:",
                  f"    - text: {json.dumps(crisis_text(crisis_type), ensure_ascii=False)}"]
    lines += ["  utter_crisis_carry_on:",
              f"    - text: {json.dumps(carry_on_text(), ensure_ascii=False)}",
              "      buttons:",
              '        - title: "Carry on"',
              '          payload: "/affirm"',
              '        - title: "Not now"',
              '          payload: "/deny"',
              END]
    return "\n".join(lines)


def synced(domain_text: str) -> str:
    start = domain_text.index(BEGIN)
    end = domain_text.index(END, start) + len(END)
    return domain_text[:start] + crisis_block() + domain_text[end:]


def main(argv: list[str]) -> int:
    current = DOMAIN.read_text(encoding="utf-8")
    wanted = synced(current)
    if "--check" in argv:
        if current != wanted:
            print("domain.yml crisis responses are out of date: run python -m crisis.sync_domain")
            return 1
        return 0
    DOMAIN.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
