"""The production shape under a small bounded load: 2 Rasa + 2 action servers behind the
web server, redacting PostgreSQL tracker store, Redis locks, directory on PostgreSQL."""
from __future__ import annotations

import asyncio
import zlib

import pytest

from scripts.load_test import run_load
from tests.scale_support import shared_scaled_stack

pytestmark = [pytest.mark.e2e, pytest.mark.postgres, pytest.mark.redis]


@pytest.fixture(scope="module")
def scaled(request, trained_model):
    return shared_scaled_stack(request, trained_model)


def test_bounded_load_through_two_replicas_loses_nothing(scaled):
    result = asyncio.run(run_load(scaled.base, conversations=5, turns=10, prefix="scale"))
    print(result.summary())
    assert (result.errors, result.lost, result.misordered, result.fallback) == (0, 0, 0, 0), \
        result.summary()
    assert result.statuses == {200: 50}

    upstreams = scaled.settings.rasa_upstreams
    used = set()
    for sender in result.senders:
        replica = upstreams[zlib.crc32(sender.encode()) % len(upstreams)]
        used.add(replica)
        events = scaled.tracker(replica, sender)["events"]
        # every turn reached the store of the replica that owns the conversation, in order
        user_turns = [e for e in events if e["event"] == "user"]
        assert len(user_turns) == 10
        stamps = [e["timestamp"] for e in user_turns]
        assert stamps == sorted(stamps)
    assert len(upstreams) == 2
