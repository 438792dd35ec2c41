"""The lupdate test: every marked text reaches the translators, under the context the
running app asks for, and the committed translation is in step with the code.

One path (``keyworker_desktop/domain/i18n.py``): ``self.tr("…")`` in a class,
``translate("Context", "…")`` elsewhere, ``QT_TRANSLATE_NOOP("Context", "…")`` for words
kept as data. ``translate("Context", value)`` with a value that is not a literal is allowed
only in a *data context*: one in which the package marks texts with ``QT_TRANSLATE_NOOP``
(the vocabulary labels, a screen's table headings), so the value's words reach the
translators where they are written. Problems are reported per part of the package, as
``file:line: what``.
"""

from __future__ import annotations

import ast
import importlib.util
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "keyworker_desktop"
#: The module that is the path: it passes contexts and texts through by design.
PATH_MODULE = PACKAGE / "domain" / "i18n.py"
#: The interface is one part (ui/ and the modules that start it); the rest by folder.
PARTS = ("ui", "domain", "easyread", "services", "reports", "store", "sync", "cli")
#: Call names lupdate reads (and so the only names a translation may be called by).
MODULES_OF_TRANSLATE = {"i18n", "QCoreApplication", "QApplication"}


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_script",
                                                  ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


script = _load_script()


@dataclass(frozen=True)
class Problem:
    path: Path
    line: int
    what: str

    def __str__(self) -> str:
        where = self.path.relative_to(ROOT) if self.path.is_relative_to(ROOT) else self.path
        return f"{where}:{self.line}: {self.what}"


@dataclass(frozen=True)
class Marked:
    """A call with a literal context and text: lupdate must extract exactly this."""

    path: Path
    line: int
    context: str
    text: str


@dataclass(frozen=True)
class DataUse:
    """``translate("Context", value)``: fine only where ``Context`` holds marked data."""

    path: Path
    line: int
    context: str


def part_of(path: Path, package: Path = PACKAGE) -> str:
    first = path.relative_to(package).parts[0]
    return first if first in PARTS else "ui"


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _call_name(call: ast.Call) -> tuple[str | None, str | None]:
    """(name, what it is called on) of a call that may be a translation."""
    func = call.func
    if isinstance(func, ast.Name):
        return func.id, None
    if isinstance(func, ast.Attribute):
        owner = func.value.id if isinstance(func.value, ast.Name) else "?"
        return func.attr, owner
    return None, None


class Scanner(ast.NodeVisitor):
    """Finds marked texts, uses of data contexts and translation helpers in one module."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.classes: list[str] = []
        self.functions: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
        self.marked: list[Marked] = []
        self.data_markers: set[str] = set()
        self.data_uses: list[DataUse] = []
        self.problems: list[Problem] = []

    def problem(self, node: ast.AST, what: str) -> None:
        self.problems.append(Problem(self.path, getattr(node, "lineno", 0), what))

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast visitor
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _visit_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        if node.name in ("tr", "_tr", "_", "N_", "translate", "QT_TRANSLATE_NOOP"):
            self.problem(node, f"defines {node.name}(): a second translation path (use "
                               "keyworker_desktop.domain.i18n)")
        self.functions.append(node)
        self.generic_visit(node)
        self.functions.pop()

    visit_FunctionDef = _visit_function  # noqa: N815 - ast visitor
    visit_AsyncFunctionDef = _visit_function  # noqa: N815 - ast visitor

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:  # noqa: N802 - ast visitor
        for alias in node.names:
            if alias.name in ("translate", "QT_TRANSLATE_NOOP", "translate_in") and (
                    alias.asname not in (None, alias.name)):
                self.problem(node, f"imports {alias.name} as {alias.asname}: lupdate reads "
                                   "the name as written")
        self.generic_visit(node)

    def visit_Assign(self, node: ast.Assign) -> None:  # noqa: N802 - ast visitor
        value = node.value
        name = (value.id if isinstance(value, ast.Name)
                else value.attr if isinstance(value, ast.Attribute) else None)
        if name in ("translate", "tr", "QT_TRANSLATE_NOOP"):
            self.problem(node, f"{name} under another name: lupdate reads the name as written")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast visitor
        name, owner = _call_name(node)
        if name == "tr":
            self._tr(node)
        elif name == "translate" and owner in (None, *MODULES_OF_TRANSLATE):
            if owner in ("QCoreApplication", "QApplication"):
                self.problem(node, f"{owner}.translate: use domain.i18n.translate")
            self._translate(node, 0)
        elif name == "translate_in" and owner in (None, "i18n"):
            self._translate(node, 1)
        elif name == "QT_TRANSLATE_NOOP":
            context, text = (_literal(a) for a in (node.args + [None, None])[:2])
            if context is None or text is None:
                self.problem(node, "QT_TRANSLATE_NOOP needs a literal context and text")
            else:
                self.data_markers.add(context)
                self.marked.append(Marked(self.path, node.lineno, context, text))
        elif name in ("QT_TR_NOOP", "QT_TRANSLATE_N_NOOP"):
            self.problem(node, f"{name}: use QT_TRANSLATE_NOOP(\"Context\", \"text\")")
        self.generic_visit(node)

    def _tr(self, node: ast.Call) -> None:
        text = _literal(node.args[0]) if node.args else None
        if not self.classes:
            self.problem(node, "tr() outside a class lands in an empty context: use "
                               "translate(\"Context\", …)")
        elif text is None:
            self.problem(node, "tr() of a text that is not a literal: lupdate cannot extract it")
        else:
            self.marked.append(Marked(self.path, node.lineno, self.classes[-1], text))
        self._check_wrapper(node, node.args[0] if node.args else None)

    def _translate(self, node: ast.Call, first: int) -> None:
        args = node.args[first:first + 2]
        context = _literal(args[0]) if args else None
        text_node = args[1] if len(args) > 1 else None
        text = _literal(text_node)
        if context is None:
            self.problem(node, "translation context is not a literal")
        elif text is not None and "%n" in text:
            self.problem(node, "lupdate gives translate() no plural forms: in a class, "
                               "self.tr(\"… %n …\", \"\", n)")
        elif text is not None:
            self.marked.append(Marked(self.path, node.lineno, context, text))
        else:
            self.data_uses.append(DataUse(self.path, node.lineno, context))
        self._check_wrapper(node, text_node)

    def _check_wrapper(self, node: ast.Call, text: ast.expr | None) -> None:
        """A function passing its own parameter as the text hides the literal from lupdate."""
        if not self.functions or not isinstance(text, ast.Name):
            return
        function = self.functions[-1]
        params = {a.arg for a in (*function.args.posonlyargs, *function.args.args,
                                  *function.args.kwonlyargs)}
        if text.id in params:
            self.problem(node, f"{function.name}() wraps a translation of its parameter "
                               f"{text.id!r}: call translate/self.tr with the literal instead")


@dataclass
class Scan:
    marked: list[Marked]
    data_markers: set[str]
    data_uses: list[DataUse]
    problems: list[Problem]


def scan(files: Iterable[Path]) -> Scan:
    result = Scan([], set(), [], [])
    for path in files:
        if path == PATH_MODULE:
            continue
        scanner = Scanner(path)
        scanner.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        result.marked += scanner.marked
        result.data_markers |= scanner.data_markers
        result.data_uses += scanner.data_uses
        result.problems += scanner.problems
    # Texts kept as data lupdate cannot read (JSON) reach the catalogue through the script.
    result.data_markers |= set(script.data_texts())
    # A value translated in a context where nothing is marked: its words reach no one.
    result.problems += [Problem(u.path, u.line, f"translate({u.context!r}, value): nothing "
                                f"is marked with QT_TRANSLATE_NOOP({u.context!r}, …)")
                        for u in result.data_uses if u.context not in result.data_markers]
    return result


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    disambiguation: str
    path: Path | None
    line: int


def read_ts(ts: Path) -> list[Message]:
    """The current (not obsolete) messages of a .ts file."""
    messages = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            location = message.find("location")
            file = location.get("filename") if location is not None else None
            messages.append(Message(
                name, message.findtext("source") or "", message.findtext("comment") or "",
                (ts.parent / file).resolve() if file else None,
                int(location.get("line", "0")) if location is not None else 0))
    return messages


def extract(files: list[Path], ts: Path) -> list[Message]:
    """What lupdate extracts from ``files`` (absolute locations, for file:line)."""
    script.lupdate(files, ts, locations="absolute")
    return read_ts(ts)


def lupdate_problems(messages: list[Message], found: Scan) -> list[Problem]:
    problems = [Problem(m.path or PACKAGE, m.line, f"{m.source!r} lands in an empty context")
                for m in messages if not m.context]
    extracted = {(m.context, m.source) for m in messages}
    problems += [Problem(m.path, m.line, f"{m.text!r} in {m.context!r} is not extracted by "
                                         "lupdate")
                 for m in found.marked if (m.context, m.text) not in extracted]
    return problems


# -- the package ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def package_scan(tmp_path_factory: pytest.TempPathFactory) -> tuple[Scan, list[Message]]:
    files = script.sources()
    messages = extract(files, tmp_path_factory.mktemp("lupdate") / "extracted.ts")
    return scan(files), messages


@pytest.mark.parametrize("part", PARTS)
def test_every_marked_text_reaches_the_translators(
        part: str, package_scan: tuple[Scan, list[Message]]) -> None:
    found, messages = package_scan
    problems = [p for p in found.problems + lupdate_problems(messages, found)
                if p.path.is_relative_to(PACKAGE) and part_of(p.path) == part]
    assert not problems, "\n".join(str(p) for p in sorted(problems, key=str))


def test_the_committed_translation_has_every_text_of_the_code(
        package_scan: tuple[Scan, list[Message]]) -> None:
    _found, messages = package_scan
    ts = script.ts_file("cy")
    assert ts.exists(), f"{ts.relative_to(ROOT)} is missing: python scripts/translations.py update"
    committed = {(m.context, m.source, m.disambiguation) for m in read_ts(ts)}
    current = {(m.context, m.source, m.disambiguation) for m in messages}
    # Data lupdate cannot read (the checklist templates' JSON) is added by the script.
    current |= {(context, text, "") for context, texts in script.data_texts().items()
                for text in texts}
    missing, stale = sorted(current - committed), sorted(committed - current)
    assert not missing and not stale, (
        "translations/keyworker_cy.ts is out of date: python scripts/translations.py update\n"
        + "\n".join([f"missing: {m}" for m in missing[:20]]
                    + [f"no longer in the code: {m}" for m in stale[:20]]))


def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    qm = script.qm_file("cy")
    assert qm.exists(), f"{qm.relative_to(ROOT)} is missing: python scripts/translations.py release"
    fresh = tmp_path / "fresh.qm"
    script.lrelease(script.ts_file("cy"), fresh)
    assert fresh.read_bytes() == qm.read_bytes(), (
        f"{qm.relative_to(ROOT)} is older than the .ts: python scripts/translations.py release")


# -- the checks themselves catch what they are for ----------------------------------------
CLEAN = '''
from keyworker_desktop.domain.i18n import QT_TRANSLATE_NOOP, translate
from PySide6.QtWidgets import QWidget

LABELS = {"a": QT_TRANSLATE_NOOP("Data", "Apple")}


def label(code: str) -> str:
    return translate("Data", LABELS[code])


class Screen(QWidget):
    def title(self, n: int) -> str:
        return self.tr("%n apples", "", n) + translate("Screen", "Fruit")
'''

BAD = {
    "a local helper": "def _tr(text):\n    return translate('Record', text)\n",
    "a wrapper under another name": "def words(text):\n    return translate('Record', text)\n",
    "a renamed import": "from keyworker_desktop.domain.i18n import translate as t\n",
    "an f-string": "class A:\n    def f(self, n):\n        return self.tr(f'{n} apples')\n",
    "a call inside an f-string": "x = f\"{translate('Ctx', 'Pear')}!\"\n",
    "a context that is a variable": "CTX = 'Record'\nx = translate(CTX, 'Pear')\n",
    "a value in a context with no marked data": "x = translate('Nowhere', value)\n",
    "tr outside a class": "x = tr('Pear')\n",
    "a plural through translate": "x = translate('Ctx', '%n pears', '', 2)\n",
    "Qt's translate beside the path": "x = QCoreApplication.translate('A', 'Pear')\n",
}


def checked(tmp_path: Path, source: str) -> list[str]:
    module = tmp_path / "module.py"
    module.write_text(CLEAN + source, encoding="utf-8")
    found = scan([module])
    messages = extract([module], tmp_path / "module.ts")
    return [p.what for p in found.problems + lupdate_problems(messages, found)]


def test_clean_code_passes(tmp_path: Path) -> None:
    assert checked(tmp_path, "") == []


@pytest.mark.parametrize("case", sorted(BAD))
def test_each_way_a_text_goes_missing_is_caught(tmp_path: Path, case: str) -> None:
    assert checked(tmp_path, BAD[case]), case


def test_a_text_in_an_empty_context_is_named_with_its_line(tmp_path: Path) -> None:
    problems = checked(tmp_path, "x = tr('Pear')\n")
    assert "'Pear' lands in an empty context" in problems
