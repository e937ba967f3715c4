"""SQL tracker store that never writes free text, expires old conversations and rides
out a database restart.

endpoints.yml (bot/processes.py writes it from TRACKER_STORE_URL):

    tracker_store:
      type: rasa_ext.tracker_store.RedactingSQLTrackerStore
      dialect: postgresql
      url: 127.0.0.1
      db: nwd_tracker
      expire_hours: 24        # conversations idle longer than this are deleted
      keep_slots: [needs, council_area, role, crisis, requested_slot]

Every event is passed through rasa_ext.redact before it is written. Expiry runs on
save at most once a minute, and by `python -m rasa_ext.expire URL HOURS` (cron). A database error on
read or write is retried for a few seconds, so a PostgreSQL restart delays replies
instead of dropping the conversation's context.
"""
from __future__ import annotations

import asyncio
import json
import logging
import time
from typing import Any, Awaitable, Callable, Iterable, Optional, TypeVar

import sqlalchemy as sa
import sqlalchemy.exc
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from rasa_ext.redact import DEFAULT_KEEP_SLOTS, redact_event

log = logging.getLogger(__name__)
T = TypeVar("T")
RETRY_DELAYS = (0.2, 0.5, 1, 2, 3, 4, 5)  # about 15 s in all


class RedactingSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore that stores redacted events and deletes idle conversations."""

    def __init__(self, domain: Optional[Domain] = None, *, expire_hours: float = 24,
                 expire_every_seconds: float = 60,
                 keep_slots: Iterable[str] = DEFAULT_KEEP_SLOTS, **kwargs: Any) -> None:
        super().__init__(domain, **kwargs)
        # Pre-ping: connections that died with a database restart are replaced, not used.
        url = self.engine.url
        self.engine.dispose()
        self.engine = sa.create_engine(url, pool_pre_ping=True)
        self.sessionmaker = sa.orm.session.sessionmaker(bind=self.engine)
        self.expire_seconds = float(expire_hours) * 3600
        self.expire_every_seconds = float(expire_every_seconds)
        self.keep_slots = tuple(keep_slots)
        self._last_expiry = 0.0

    async def _retrying(self, what: str, call: Callable[[], Awaitable[T]]) -> T:
        for delay in RETRY_DELAYS + (None,):
            try:
                return await call()
            except sqlalchemy.exc.DBAPIError as exc:
                transient = exc.connection_invalidated or isinstance(
                    exc, sqlalchemy.exc.OperationalError)
                if delay is None or not transient:
                    raise
                log.warning("tracker store: %s failed (%s), retrying in %ss",
                            what, type(exc.orig).__name__, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")

    async def retrieve(self, sender_id: str) -> Optional[DialogueStateTracker]:
        return await self._retrying("read", lambda: super(RedactingSQLTrackerStore, self)
                                    .retrieve(sender_id))

    async def retrieve_full_tracker(self, conversation_id: str) -> Optional[DialogueStateTracker]:
        return await self._retrying("read", lambda: super(RedactingSQLTrackerStore, self)
                                    .retrieve_full_tracker(conversation_id))

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self._retrying("write", lambda: self._save(tracker))
        if time.monotonic() - self._last_expiry >= self.expire_every_seconds:
            self._last_expiry = time.monotonic()
            try:
                self.expire()
            except sqlalchemy.exc.SQLAlchemyError as exc:
                log.warning("tracker store: expiry failed (%s)", type(exc).__name__)

    async def _save(self, tracker: DialogueStateTracker) -> None:
        """SQLTrackerStore.save, with every event redacted before it is written."""
        await self.stream_events(tracker)
        with self.session_scope() as session:
            for event in self._additional_events(session, tracker):
                data = redact_event(event.as_dict(), self.keep_slots)
                session.add(self.SQLEvent(
                    sender_id=tracker.sender_id, type_name=event.type_name,
                    timestamp=data.get("timestamp"),
                    intent_name=(data.get("parse_data") or {}).get("intent", {}).get(INTENT_NAME_KEY),
                    action_name=data.get("name"), data=json.dumps(data)))
            session.commit()

    async def delete(self, sender_id: str) -> None:
        """Delete every event of one conversation (the forget route)."""
        with self.session_scope() as session:
            session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete()
            session.commit()

    def expire(self, now: Optional[float] = None) -> int:
        """Delete conversations whose last event is older than expire_hours; return how many."""
        cutoff = (now or time.time()) - self.expire_seconds
        E = self.SQLEvent
        with self.session_scope() as session:
            stale = (session.query(E.sender_id).group_by(E.sender_id)
                     .having(sa.func.max(E.timestamp) < cutoff).subquery())
            senders = [s for (s,) in session.query(stale.c.sender_id).all()]
            if senders:
                session.query(E).filter(E.sender_id.in_(senders)).delete(synchronize_session=False)
            session.commit()
        if senders:
            log.info("tracker store: expired %d conversations", len(senders))
        return len(senders)
