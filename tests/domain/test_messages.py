"""Every coded message is marked where it is written, in the one context the interface
words it in ("Errors"), and expected failures are never raised with unmarked words."""

from __future__ import annotations

import ast
from pathlib import Path

import keyworker_desktop

PACKAGE = Path(keyworker_desktop.__file__).parent
# Failures whose first argument is the message people read (store/errors, sync/client).
WORDED = {"StoreError", "WeakPassphrase", "SyncError", "Offline", "InsecureServer",
          "UntrustedServer", "AuthenticationFailed", "SignInAgain", "AccountDisabled",
          "DeviceRevoked", "ServerRefused", "DeleteRefused"}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _is_marked(node: ast.expr) -> bool:
    return (isinstance(node, ast.Call) and _name(node.func) == "QT_TRANSLATE_NOOP"
            and len(node.args) == 2
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args)
            and node.args[0].value == "Errors")  # type: ignore[attr-defined]


def _calls() -> list[tuple[str, ast.Call]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        where = str(path.relative_to(PACKAGE.parent))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                found.append((f"{where}:{node.lineno}", node))
    return found


def test_every_message_template_is_marked_in_the_errors_context() -> None:
    bad, seen = [], 0
    for where, call in _calls():
        if _name(call.func) != "Message" or where.startswith("keyworker_desktop/domain/i18n.py"):
            continue
        seen += 1
        code = call.args[0] if call.args else None
        if (len(call.args) != 2 or not isinstance(code, ast.Constant)
                or not isinstance(code.value, str) or not _is_marked(call.args[1])):
            bad.append(where)
    assert seen > 100  # the scan finds the messages it is about
    assert bad == []


def test_expected_failures_are_not_raised_with_unmarked_words() -> None:
    bad = [where for where, call in _calls()
           if _name(call.func) in WORDED and call.args
           and isinstance(call.args[0], ast.Constant | ast.JoinedStr)
           and not (isinstance(call.args[0], ast.Constant) and call.args[0].value == "")]
    assert bad == []
