"""The one settings object: every port, URL and secret comes from here.

Values come from environment variables with safe defaults: everything binds to
127.0.0.1, the directory is an embedded SQLite file, the Rasa HTTP API is off
unless RASA_AUTH_TOKEN is set, and nothing is persisted.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB_PATH = ROOT / "services_db" / "directory.sqlite3"


def _int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise SystemExit(f"settings: {name}={raw!r} is not a whole number") from None


def _str(name: str, default: str | None = None) -> str | None:
    raw = os.environ.get(name, "").strip()
    return raw or default


@dataclass(frozen=True)
class Settings:
    host: str = field(default_factory=lambda: _str("NAVIGATOR_HOST", "127.0.0.1"))
    web_port: int = field(default_factory=lambda: _int("WEB_PORT", 8000))
    rasa_port: int = field(default_factory=lambda: _int("RASA_PORT", 5005))
    action_port: int = field(default_factory=lambda: _int("ACTION_PORT", 5055))
    db_url: str = field(
        default_factory=lambda: _str("NAVIGATOR_DB_URL", f"sqlite:///{DEFAULT_DB_PATH}")
    )
    rasa_auth_token: str | None = field(default_factory=lambda: _str("RASA_AUTH_TOKEN"))
    # Where the web server forwards chat; a comma-separated list means replicas,
    # chosen by sender id.
    rasa_urls: tuple[str, ...] = field(
        default_factory=lambda: tuple(
            u.strip().rstrip("/")
            for u in (_str("RASA_URLS") or "").split(",")
            if u.strip()
        )
    )
    action_url: str | None = field(default_factory=lambda: _str("ACTION_ENDPOINT_URL"))
    tracker_store_url: str | None = field(default_factory=lambda: _str("TRACKER_STORE_URL"))
    lock_store_url: str | None = field(default_factory=lambda: _str("LOCK_STORE_URL"))
    # Partner sites allowed to embed the chat widget cross-origin (CORS allow-list),
    # e.g. "https://partner.org.uk,https://other.scot". Empty: same origin only.
    widget_origins: tuple[str, ...] = field(
        default_factory=lambda: tuple(
            o.strip().rstrip("/")
            for o in (_str("WIDGET_ORIGINS") or "").split(",")
            if o.strip()
        )
    )
    max_message_chars: int = field(default_factory=lambda: _int("MAX_MESSAGE_CHARS", 1000))
    # Scaled mode: this many Rasa servers (ports rasa_port + i), each with its own
    # action server (action_port + i). The launcher routes chat to them by sender id.
    rasa_replicas: int = field(default_factory=lambda: _int("RASA_REPLICAS", 1))
    # A persistent tracker store deletes conversations idle for longer than this.
    tracker_expire_hours: int = field(default_factory=lambda: _int("TRACKER_EXPIRE_HOURS", 24))
    # Chat rate limit per client IP (token bucket): a sustained rate and a burst.
    rate_limit_per_minute: int = field(default_factory=lambda: _int("RATE_LIMIT_PER_MINUTE", 60))
    rate_limit_burst: int = field(default_factory=lambda: _int("RATE_LIMIT_BURST", 20))
    log_level: str = field(default_factory=lambda: _str("LOG_LEVEL", "INFO").upper())

    @property
    def rasa_upstreams(self) -> tuple[str, ...]:
        return self.rasa_urls or (f"http://{self.host}:{self.rasa_port}",)

    @property
    def action_endpoint(self) -> str:
        return self.action_url or f"http://{self.host}:{self.action_port}/webhook"


def load() -> Settings:
    return Settings()
