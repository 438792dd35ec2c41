"""Run every benchmark in bench/ in turn; each prints its figures and baseline ratios.

    .venv/bin/python bench/run_all.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

here = Path(__file__).parent
failed = []
for script in sorted(here.glob("bench_*.py")):
    print(f"\n=== {script.name} ===", flush=True)
    if subprocess.run([sys.executable, str(script)], cwd=here.parent).returncode != 0:
        failed.append(script.name)
print("\nmissed targets in: " + ", ".join(failed) if failed
      else "\nall benchmarks met their targets")
sys.exit(1 if failed else 0)
