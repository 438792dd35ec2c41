"""deploy/: the systemd unit, the container image definition and the proxy examples name
commands and options that exist, and say what the admin guide says."""

from __future__ import annotations

import argparse
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from keyworker_desktop.sync.server import cli as central_cli
from keyworker_desktop.sync.server.app import create_app
from keyworker_desktop.sync.server.serving import is_loopback
from keyworker_desktop.sync.server.validate import MAX_BODY

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
GUIDE = REPO / "docs" / "admin-guide.md"


def unit_entries(path: Path) -> dict[str, dict[str, list[str]]]:
    """A systemd unit as sections of key to values (a key may repeat); fails on a line
    that is neither a comment, a section nor key=value."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    for n, line in enumerate(path.read_text().splitlines(), 1):
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if m := re.fullmatch(r"\[([A-Za-z]+)\]", line):
            current = sections.setdefault(m.group(1), {})
            continue
        key, sep, value = line.partition("=")
        assert current is not None and sep and re.fullmatch(r"[A-Za-z]+", key), \
            f"{path.name}:{n} is not key=value in a section"
        current.setdefault(key, []).append(value)
    return sections


def console_scripts() -> dict[str, str]:
    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    return dict(scripts)


def test_the_unit_runs_keyworker_central_serve_on_loopback_hardened() -> None:
    unit = unit_entries(DEPLOY / "keyworker-central.service")
    assert set(unit) == {"Unit", "Service", "Install"}
    service = unit["Service"]
    (exec_start,) = service["ExecStart"]
    argv = shlex.split(exec_start)
    assert Path(argv[0]).name in console_scripts()
    assert console_scripts()[Path(argv[0]).name] == "keyworker_desktop.sync.server.cli:main"
    args = central_cli.build_parser().parse_args(argv[1:])
    assert args.func is central_cli.cmd_serve
    # Plain HTTP is served only where the proxy alone can reach it.
    assert is_loopback(args.host) and not args.behind_tls_proxy
    # Never root: a dedicated user or a dynamic one.
    assert service.get("DynamicUser") == ["yes"] or service["User"][0] not in ("", "root")
    for key, value in (("ProtectSystem", "strict"), ("NoNewPrivileges", "yes"),
                       ("ProtectHome", "yes"), ("PrivateTmp", "yes"), ("UMask", "0077"),
                       ("CapabilityBoundingSet", "")):
        assert service[key] == [value], key
    assert unit["Install"]["WantedBy"] == ["multi-user.target"]
    # Its port is the one the proxy examples forward to.
    assert f"127.0.0.1:{args.port}" in (DEPLOY / "nginx-keyworker-central.conf").read_text()
    assert f"127.0.0.1:{args.port}" in (DEPLOY / "Caddyfile").read_text()


def test_systemd_analyze_verify_accepts_the_unit(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    script = Path(sys.executable).parent / "keyworker-central"
    if analyze is None or not script.exists():
        pytest.skip("systemd-analyze or the installed keyworker-central is not here")
    # The unit as installed on this machine: its ExecStart at this environment's script,
    # its environment file optional (verify checks that ExecStart exists).
    text = (DEPLOY / "keyworker-central.service").read_text()
    text = text.replace("/opt/keyworker-central/bin/keyworker-central", str(script))
    text = text.replace("EnvironmentFile=/", "EnvironmentFile=-/")
    unit = tmp_path / "keyworker-central.service"
    unit.write_text(text)
    done = subprocess.run([analyze, "verify", str(unit)], capture_output=True, text=True,
                          check=False)
    complaints = [line for line in done.stderr.splitlines()
                  if "keyworker-central.service" in line]
    assert done.returncode == 0 and complaints == [], done.stderr


def containerfile() -> list[tuple[str, str]]:
    """(instruction, arguments) with continuation lines joined and comments dropped."""
    text = re.sub(r"\\\n\s*", " ", (DEPLOY / "Containerfile").read_text())
    out = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, _, rest = line.partition(" ")
            out.append((word, rest.strip()))
    return out


def test_the_container_image_runs_the_documented_command() -> None:
    import json

    steps = containerfile()
    assert [a for w, a in steps if w == "FROM"][-1].startswith("docker.io/library/python:3.1")
    for w, a in steps:
        if w == "COPY" and not a.startswith("--from"):
            for src in a.split()[:-1]:
                assert (REPO / src).exists(), src
    (entry,) = [json.loads(a) for w, a in steps if w == "ENTRYPOINT"]
    (cmd,) = [json.loads(a) for w, a in steps if w == "CMD"]
    assert entry == ["keyworker-central"] and entry[0] in console_scripts()
    args = central_cli.build_parser().parse_args(cmd)
    assert args.func is central_cli.cmd_serve
    # On the container's own interface the server refuses plain HTTP without this flag.
    assert is_loopback(args.host) or args.behind_tls_proxy
    # Only the central store's part is installed; never as root at run time.
    (install,) = [a for w, a in steps if w == "RUN" and "pip install" in a]
    assert "'.[central]'" in install
    assert [a for w, a in steps if w == "USER"] and "0" not in [a for w, a in steps
                                                             if w == "USER"]
    health = " ".join(a for w, a in steps if w == "HEALTHCHECK")
    assert "/v1/status" in health
    assert any(getattr(r, "path", "") == "/v1/status" for r in create_app("sqlite://").routes)


def test_the_admin_guide_gives_the_same_commands() -> None:
    guide = GUIDE.read_text()
    for command in ("podman build -f deploy/Containerfile -t keyworker-central .",
                    "cp deploy/keyworker-central.service /etc/systemd/system/",
                    "systemctl enable --now keyworker-central",
                    "deploy/restore-drill.sh"):
        assert command in guide, command
    # Every keyworker-central command the guide names, in a command line or in code,
    # exists.
    named = set(re.findall(r"(?:^|`|/)keyworker-central(?: --database-url \S+)? ([a-z][a-z-]+)",
                           guide, re.MULTILINE))
    assert {"add-user", "list-devices", "revoke-device", "migrate", "serve"} <= named
    assert named <= central_commands(), named - central_commands()


def central_commands() -> set[str]:
    parser = central_cli.build_parser()
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return set(sub.choices)


def test_the_proxies_take_the_largest_push() -> None:
    nginx = (DEPLOY / "nginx-keyworker-central.conf").read_text()
    (size,) = re.findall(r"client_max_body_size (\d+)m;", nginx)
    assert int(size) * 1024 * 1024 > MAX_BODY
    (caddy,) = re.findall(r"max_size (\d+)MB", (DEPLOY / "Caddyfile").read_text())
    assert int(caddy) * 1000 * 1000 > MAX_BODY
    assert "return 301 https://" in nginx  # nothing in clear is passed on


def test_the_restore_drill_is_a_bash_script_that_parses() -> None:
    script = DEPLOY / "restore-drill.sh"
    assert script.stat().st_mode & 0o111
    subprocess.run(["bash", "-n", str(script)], check=True)
