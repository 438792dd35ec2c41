"""``python -m keyworker_desktop`` starts the desktop app."""

import sys

from keyworker_desktop.app import main

sys.exit(main())
