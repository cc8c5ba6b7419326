"""Fresh ids for new objects."""

from __future__ import annotations

import uuid


def new_id(prefix: str = "u") -> str:
    """Return a new unique id such as ``u-3f9a1c2b7d4e``."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"
