"""``python -m orgdesign``: the same as the ``orgdesign`` command."""

import sys

from orgdesign.cli import main

sys.exit(main())
