"""Run every benchmark in bench/ in turn; each prints its figures and baseline ratios.

    .venv/bin/python bench/run_all.py [--fleet] [--pouchdb]

``--fleet`` adds bench_fleet.py (20 and 50 laptops syncing at once: a minute or more),
``--pouchdb`` adds bench_pouchdb.py (installs PouchDB with npm on its first run); both
are left out by default to keep this quick.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# script: the flag that includes it
SLOW = {"bench_fleet.py": "--fleet", "bench_pouchdb.py": "--pouchdb"}

here = Path(__file__).parent
failed = []
for script in sorted(here.glob("bench_*.py")):
    flag = SLOW.get(script.name)
    if flag and flag not in sys.argv[1:]:
        print(f"\n=== {script.name}: skipped (add {flag}) ===", flush=True)
        continue
    print(f"\n=== {script.name} ===", flush=True)
    if subprocess.run([sys.executable, str(script)], cwd=here.parent).returncode != 0:
        failed.append(script.name)
print("\nmissed targets in: " + ", ".join(failed) if failed
      else "\nall benchmarks met their targets")
sys.exit(1 if failed else 0)
