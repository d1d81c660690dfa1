"""The systemd units in deploy/ run commands that exist: every manage.py command is one Django
knows, every make target is in the Makefile, every timer starts a unit that is there, and the
worker unit runs the task worker."""

import configparser
import re
import shlex
from pathlib import Path

import pytest
from django.core.management import get_commands

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
MAKEFILE = DEPLOY.parent / "Makefile"
UNITS = sorted(p for p in DEPLOY.iterdir() if p.suffix in {".service", ".timer"})


def unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # systemd keys are case-sensitive
    parser.read(path)
    return parser


def manage_command(exec_start: str) -> str | None:
    words = shlex.split(exec_start)
    if "manage.py" in words:
        return words[words.index("manage.py") + 1]
    return None


def test_there_are_units_for_web_worker_and_every_job():
    names = {p.name for p in UNITS}
    assert {"safe-workplace-web.service", "safe-workplace-worker.service"} <= names
    commands = {
        manage_command(unit(p)["Service"]["ExecStart"]) for p in UNITS if p.suffix == ".service"
    }
    readme_jobs = {
        "send_reminders",
        "confidant_housekeeping",
        "confidant_notices",
        "publish_chain_head",
    }
    assert readme_jobs <= commands
    for job in readme_jobs:
        assert f"manage.py {job}" in (DEPLOY.parent / "README.md").read_text()


@pytest.mark.parametrize("path", [p for p in UNITS if p.suffix == ".service"], ids=str)
def test_every_service_runs_an_existing_command(path):
    service = unit(path)["Service"]
    exec_start = service["ExecStart"]
    words = shlex.split(exec_start)
    command = manage_command(exec_start)
    if command is not None:
        assert command in get_commands(), (path.name, command)
        assert words[0].endswith("/.venv/bin/python"), exec_start
        assert service["Environment"] == "DJANGO_SETTINGS_MODULE=config.settings.production"
    else:
        assert words[:1] == ["/usr/bin/make"], exec_start
        targets = re.findall(r"^([a-z-]+):", MAKEFILE.read_text(), flags=re.MULTILINE)
        assert words[1] in targets, (path.name, words[1])
    assert service["WorkingDirectory"] == "/srv/safe-workplace"
    assert service["User"] != "root"


@pytest.mark.parametrize("path", [p for p in UNITS if p.suffix == ".timer"], ids=str)
def test_every_timer_starts_an_existing_oneshot_service(path):
    timer = unit(path)["Timer"]
    target = timer.get("Unit", path.with_suffix(".service").name)
    service = DEPLOY / target
    assert service.is_file(), (path.name, target)
    assert unit(service)["Service"]["Type"] == "oneshot"
    assert timer["OnCalendar"] and timer["Persistent"] == "true"


def test_the_worker_unit_runs_the_database_worker():
    service = unit(DEPLOY / "safe-workplace-worker.service")["Service"]
    assert manage_command(service["ExecStart"]) == "db_worker"
    assert "--no-reload" in shlex.split(service["ExecStart"])
    assert service["Restart"] == "always"


def test_the_notices_timer_fires_at_the_full_hour():
    """Notices go out in one batch per hour, so no mail dates a request finer than its hour."""
    timer = unit(DEPLOY / "safe-workplace-confidant-notices.timer")["Timer"]
    assert timer["OnCalendar"] == "*-*-* *:00:00"
    assert "RandomizedDelaySec" not in timer
