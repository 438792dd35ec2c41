"""Shared test set-up: Qt runs offscreen, before anything imports it."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "0")
# Tests must never reach a real OS keyring or the user's data directory.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ.pop("KEYWORKER_DATA_DIR", None)
os.environ.pop("KEYWORKER_PASSPHRASE", None)
