"""Delete tracker-store conversations idle for longer than HOURS (for a cron job or timer).

    python -m rasa_ext.expire postgresql://user@host:5432/nwd_tracker 24
"""
from __future__ import annotations

import argparse

from rasa_ext.tracker_store import RedactingSQLTrackerStore


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", help="SQLAlchemy URL of the tracker database")
    parser.add_argument("hours", type=float)
    args = parser.parse_args()
    store = RedactingSQLTrackerStore(host=args.url, expire_hours=args.hours)
    print(f"expired {store.expire()} conversations")


if __name__ == "__main__":
    main()
