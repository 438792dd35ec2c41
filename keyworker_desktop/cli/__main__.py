"""``python -m keyworker_desktop.cli``: the ``keyworker`` command without installing it."""

import sys

from keyworker_desktop.cli import main

sys.exit(main())
