"""Delete one conversation from whatever tracker store the agent uses."""
from __future__ import annotations

from typing import Iterator

from rasa.core.tracker_store import (
    AwaitableTrackerStore,
    FailSafeTrackerStore,
    InMemoryTrackerStore,
    RedisTrackerStore,
    SQLTrackerStore,
    TrackerStore,
)


def _stores(store: TrackerStore) -> Iterator[TrackerStore]:
    """The concrete stores behind Rasa's wrappers, including a fail-safe fallback in use."""
    if isinstance(store, FailSafeTrackerStore):
        yield from _stores(store._tracker_store)
        if store._fallback_tracker_store is not None:
            yield from _stores(store._fallback_tracker_store)
    elif isinstance(store, AwaitableTrackerStore):
        yield from _stores(store._tracker_store)
    else:
        yield store


async def forget_conversation(store: TrackerStore, sender_id: str) -> None:
    """Remove every stored event of `sender_id`; raises if a store cannot."""
    for s in _stores(store):
        delete = getattr(s, "delete", None)
        if delete is not None:
            await delete(sender_id)
        elif isinstance(s, InMemoryTrackerStore):
            s.store.pop(sender_id, None)
        elif isinstance(s, RedisTrackerStore):
            s.red.delete(s.key_prefix + sender_id)
        elif isinstance(s, SQLTrackerStore):
            with s.session_scope() as session:
                session.query(s.SQLEvent).filter(s.SQLEvent.sender_id == sender_id).delete()
                session.commit()
        else:
            raise TypeError(f"cannot forget conversations in {type(s).__name__}")
