"""10,000 generated hostile messages through the web server, with the real Rasa behind it:
no 5xx, no crash, a reply to every accepted message, a clear reply for over-long ones.

Most requests are decided by the web server itself (over-long, broken JSON, invalid
UTF-8, wrong types); 200 valid-but-hostile strings go all the way through Rasa.
"""
from __future__ import annotations

import asyncio
import json
import random
import time
from dataclasses import replace

import aiohttp
import pytest

from bot.protect import MAX_SCAN_CHARS
from navigator.settings import Settings
from tests.conftest import free_port
from tests.web_support import RunningWeb

pytestmark = pytest.mark.e2e
TOTAL, THROUGH_RASA = 10_000, 200
NASTY = [
    "", " ", "\n\n\t", "\x00", "\x00\x01\x02\x1b[31mred\x07", "\u202eevil\u202c", "\u200b\u200d\ufeff",
    "😀🔥💉🏠" * 20, "👩‍👩‍👧‍👦", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
    "\"}]}{\"message\":", "\\u0000\\\\\"", "'; DROP TABLE events; --", "1 OR 1=1", "${jndi:ldap://x}",
    "{{7*7}}", "%s%s%s%n", "../../etc/passwd", "\ud800", "\udfff lone", "ñ é ü ß Ω 中文 العربية",
    "I need help\x00with housing", "overdose" * 50, "help " * 199,
]


def _valid_message(rng: random.Random) -> str:
    parts = [rng.choice(NASTY) for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.3:
        parts.append("".join(chr(rng.randint(0, 0x2FFF)) for _ in range(rng.randint(1, 200))))
    return "".join(parts)[:1000]


def _web_only_case(rng: random.Random, limit: int) -> tuple[bytes, str]:
    """(request body, kind) for a request the web server must answer by itself."""
    kind = rng.choice(["too_long", "huge", "bad_utf8", "broken_json", "not_object",
                       "bad_sender", "bad_message", "deep"])
    sender = f"hostile-{rng.randint(0, 99)}"
    if kind == "too_long":
        text = rng.choice(NASTY + ["a"]) * (limit // 2 + 1)
        # over the limit, and up to half as long again as the part searched for a crisis
        body = json.dumps({"sender": sender, "message": text[:rng.randint(limit + 1, MAX_SCAN_CHARS * 3 // 2)]
                           .ljust(limit + 1, "x")}).encode()
    elif kind == "huge":
        body = json.dumps({"sender": sender, "message": "x" * rng.randint(70_000, 300_000)}).encode()
    elif kind == "bad_utf8":
        body = b'{"sender": "%s", "message": "' % sender.encode() + bytes(
            rng.choice([0xff, 0xfe, 0xc0, 0x80, 0xed]) for _ in range(rng.randint(1, 20))) + b'"}'
        try:
            body.decode("utf-8")
            kind = "through_rasa"  # the random bytes happened to be valid UTF-8
        except UnicodeDecodeError:
            pass
    elif kind == "broken_json":
        good = json.dumps({"sender": sender, "message": rng.choice(NASTY)})
        body = good[:rng.randint(0, len(good) - 1)].encode()
    elif kind == "not_object":
        body = json.dumps(rng.choice([[], [1, 2], "text", 42, None, True])).encode()
    elif kind == "bad_sender":
        body = json.dumps({"sender": rng.choice(["", "s" * 65, 5, None, ["a"], {"a": 1}]),
                           "message": "hi"}).encode()
    elif kind == "bad_message":
        body = json.dumps({"sender": sender, "message": rng.choice([5, None, ["hi"], {"t": 1}])}).encode()
    else:
        depth = rng.randint(1000, 100_000)
        body = b"[" * depth + b"]" * depth
    return body, kind


def test_ten_thousand_hostile_messages(rasa_stack):
    rng = random.Random(20261123)
    settings = replace(Settings(), web_port=free_port(), rasa_urls=(rasa_stack.rasa_url,),
                       rate_limit_per_minute=10**9, rate_limit_burst=10**9)
    limit = settings.max_message_chars
    cases = [(json.dumps({"sender": f"hostile-rasa-{i % 20}", "message": _valid_message(rng)})
              .encode(), "through_rasa") for i in range(THROUGH_RASA)]
    cases += [_web_only_case(rng, limit) for _ in range(TOTAL - THROUGH_RASA)]
    outcomes: list[tuple[str, int, object]] = []

    async def send_all(base: str):
        sem = asyncio.Semaphore(8)
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as s:
            async def one(body: bytes, kind: str):
                async with sem:
                    async with s.post(f"{base}/api/chat", data=body,
                                      headers={"Content-Type": "application/json"}) as r:
                        text = await r.text()
                        try:
                            parsed = json.loads(text)
                        except ValueError:
                            parsed = text
                        outcomes.append((kind, r.status, parsed))
            await asyncio.gather(*(one(b, k) for b, k in cases))

    started = time.perf_counter()
    with RunningWeb(settings) as base:
        asyncio.run(send_all(base))
    elapsed = time.perf_counter() - started
    counts: dict[tuple[str, int], int] = {}
    for kind, status, _ in outcomes:
        counts[(kind, status)] = counts.get((kind, status), 0) + 1
    print(f"\nhostile input: {len(outcomes)} requests in {elapsed:.1f}s; {sorted(counts.items())}")

    assert len(outcomes) == TOTAL
    assert not [o for o in outcomes if o[1] >= 500], "server errors"
    for kind, status, body in outcomes:
        if kind == "through_rasa":
            assert status == 200 and body["messages"], body
        elif kind in ("too_long", "huge") or status == 413:
            assert status in (200, 413), (kind, status)
            assert "too long" in body["messages"][0]["text"]
        else:
            assert status == 400 and "error" in body, (kind, status, body)
    # nothing died on the way
    assert all(c.alive() for c in rasa_stack.stack.children)
    assert rasa_stack.send("hostile-after", "hello")
