"""Bounded load client: N concurrent conversations x T turns through the web server's /api/chat.

Each conversation sends its turns one after another (as a person would) and checks every
reply: HTTP 200, at least one message, every message addressed to this conversation.
Counts errors (non-200 or no answer), lost replies (200 with no messages), fallback
replies (the web server's urgent-routes answer because Rasa answered nothing) and
misrouted replies (a message addressed to another conversation). A conversation never has
two turns in flight, so a reply cannot overtake another of the same conversation.

    python scripts/load_test.py http://127.0.0.1:8000 --conversations 20 --turns 50
"""
from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
import uuid
from dataclasses import dataclass, field

import aiohttp

# One conversation's turns, repeated: needs, place, role, a plan, small talk, start again.
SCRIPT = (
    "hi",
    "I need help with housing and my drug use",
    "Glasgow",
    "it's for me",
    "thanks",
    "can you help with money too",
    "start again",
    "my brother needs rehab in Fife",
    "ok",
    "bye",
)


@dataclass
class LoadResult:
    label: str
    conversations: int
    turns: int
    seconds: float = 0.0
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    lost: int = 0
    misordered: int = 0
    fallback: int = 0  # 200 answers the web server wrote itself (Rasa answered nothing)
    fallback_turns: dict[int, int] = field(default_factory=dict)  # by turn number
    statuses: dict[int, int] = field(default_factory=dict)
    senders: list[str] = field(default_factory=list)

    @property
    def sent(self) -> int:
        return self.conversations * self.turns

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        xs = sorted(self.latencies)
        return xs[min(len(xs) - 1, max(0, round(p / 100 * len(xs)) - 1))]

    def summary(self) -> dict:
        return {
            "label": self.label, "conversations": self.conversations, "turns": self.turns,
            "requests": self.sent, "seconds": round(self.seconds, 2),
            "throughput_rps": round(self.sent / self.seconds, 2) if self.seconds else 0,
            "p50_ms": round(self.percentile(50) * 1000, 1),
            "p95_ms": round(self.percentile(95) * 1000, 1),
            "p99_ms": round(self.percentile(99) * 1000, 1),
            "mean_ms": round(statistics.fmean(self.latencies) * 1000, 1) if self.latencies else None,
            "errors": self.errors, "lost": self.lost, "misordered": self.misordered,
            "fallback": self.fallback, "fallback_turns": self.fallback_turns,
            "statuses": self.statuses,
        }


async def _conversation(session: aiohttp.ClientSession, url: str, sender: str, turns: int,
                        result: LoadResult, script: tuple[str, ...]) -> None:
    for turn in range(turns):
        message = script[turn % len(script)]
        started = time.perf_counter()
        try:
            async with session.post(url, json={"sender": sender, "message": message}) as r:
                status = r.status
                fallback = "X-Navigator-Fallback" in r.headers
                body = await r.json(content_type=None)
        except (aiohttp.ClientError, asyncio.TimeoutError, json.JSONDecodeError):
            result.errors += 1
            result.statuses[0] = result.statuses.get(0, 0) + 1
            continue
        result.latencies.append(time.perf_counter() - started)
        result.statuses[status] = result.statuses.get(status, 0) + 1
        if status != 200:
            result.errors += 1
            continue
        messages = body.get("messages") if isinstance(body, dict) else None
        if not messages:
            result.lost += 1
        elif fallback:
            result.fallback += 1
            result.fallback_turns[turn] = result.fallback_turns.get(turn, 0) + 1
        elif any(m.get("recipient_id", sender) != sender for m in messages):
            result.misordered += 1


async def run_load(base_url: str, conversations: int, turns: int, *, label: str = "",
                   script: tuple[str, ...] = SCRIPT, timeout: float = 60,
                   prefix: str = "load") -> LoadResult:
    """Run the load and return what happened (never raises for a failed request)."""
    result = LoadResult(label or base_url, conversations, turns)
    run_id = uuid.uuid4().hex[:8]
    result.senders = [f"{prefix}-{run_id}-{i}" for i in range(conversations)]
    connector = aiohttp.TCPConnector(limit=conversations)
    async with aiohttp.ClientSession(connector=connector,
                                     timeout=aiohttp.ClientTimeout(total=timeout)) as session:
        url = base_url.rstrip("/") + "/api/chat"
        started = time.perf_counter()
        await asyncio.gather(*(_conversation(session, url, s, turns, result, script)
                               for s in result.senders))
        result.seconds = time.perf_counter() - started
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base_url")
    parser.add_argument("--conversations", type=int, default=20)
    parser.add_argument("--turns", type=int, default=50)
    args = parser.parse_args()
    result = asyncio.run(run_load(args.base_url, args.conversations, args.turns))
    print(json.dumps(result.summary(), indent=2))


if __name__ == "__main__":
    main()
