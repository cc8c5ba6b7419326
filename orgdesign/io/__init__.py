"""Files: `.orgd` projects (atomic save, migrations), crash recovery, imports.

Only the project-file API is re-exported here; importers and log readers
live in their own modules (``orgdesign.io.hr_import`` ...) and are imported
from there, so loading a project pulls in nothing else.
"""

from .atomic import atomic_write_bytes
from .migrations import MIGRATIONS, migrate
from .project_file import (
    MAX_FILE_BYTES,
    backup_path_for,
    dumps_project,
    load_project,
    loads_project,
    save_project,
)
from .recovery import (
    RecoveryEntry,
    discard_recovery,
    list_recoveries,
    load_recovery,
    recovery_dir,
    write_recovery,
)

__all__ = [
    "MAX_FILE_BYTES", "MIGRATIONS", "RecoveryEntry", "atomic_write_bytes", "backup_path_for",
    "discard_recovery", "dumps_project", "list_recoveries", "load_project", "load_recovery",
    "loads_project", "migrate", "recovery_dir", "save_project", "write_recovery",
]
