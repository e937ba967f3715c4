"""Database engine: SQLite by default, any SQLAlchemy URL (e.g. PostgreSQL) via env."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.pool import QueuePool

DEFAULT_DB_PATH = Path(__file__).resolve().parent / "directory.sqlite3"
ENV_VAR = "NAVIGATOR_DB_URL"

_engines: dict[str, Engine] = {}


def default_url() -> str:
    return os.environ.get(ENV_VAR) or f"sqlite:///{DEFAULT_DB_PATH}"


def get_engine(url: str | None = None) -> Engine:
    """One shared engine per URL (default: env NAVIGATOR_DB_URL, else embedded SQLite)."""
    url = url or default_url()
    engine = _engines.get(url)
    if engine is None:
        engine = _create(url)
        _engines[url] = engine
    return engine


def _create(url: str) -> Engine:
    if url.startswith("sqlite"):
        # A pool of kept-open connections (SQLAlchemy 1.4 would open the file and set the
        # pragmas again on every use of a file database). Loads replace the directory
        # inside one transaction, so open connections see the new version.
        in_memory = url in ("sqlite://", "sqlite:///:memory:")
        engine = create_engine(url, future=True,
                               **({} if in_memory else {"poolclass": QueuePool, "pool_size": 5,
                                                         "connect_args": {"check_same_thread": False}}))
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, future=True, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.close()
