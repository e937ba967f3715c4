"""`python -m services_db ...`: the maintainers' command-line tool."""
from __future__ import annotations

import sys

from services_db.cli import main

sys.exit(main())
