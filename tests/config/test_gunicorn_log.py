"""The shipped gunicorn settings (config/gunicorn.conf.py), run for real: the access log keeps
no line of a confidant page and no query string of any page."""

import http.client
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
HOST = "127.0.0.1"
CONFIDANT_CONTACT = "/nl/praat-met-een-vertrouwenspersoon/contact/"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def status_of(port: int, path: str) -> int:
    connection = http.client.HTTPConnection(HOST, port, timeout=20)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


@pytest.fixture
def gunicorn(tmp_path):
    """gunicorn with the shipped settings on a free port; yields (port, log file) and always
    stops it. The site's database is an empty SQLite file: pages fail with 500, which gunicorn
    logs like any other answer."""
    port, log = free_port(), tmp_path / "gunicorn.log"
    env = {key: value for key, value in os.environ.items() if key != "CACHE_URL"}
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        PYTHONUNBUFFERED="1",
    )
    command = [GUNICORN, "-c", "config/gunicorn.conf.py", "config.wsgi", "--bind", f"{HOST}:{port}"]
    with log.open("w") as output:
        server = subprocess.Popen(  # noqa: S603 (fixed arguments, no shell)
            [*command, "--workers", "1", "--no-control-socket"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 30
        while True:
            assert server.poll() is None, log.read_text()
            try:
                if status_of(port, "/health/") == 200:
                    break
            except OSError:
                pass
            assert time.monotonic() < deadline, f"gunicorn did not answer:\n{log.read_text()}"
            time.sleep(0.2)
        yield port, log
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=15)


def access_lines(log: Path) -> list[str]:
    return [line for line in log.read_text().splitlines() if ' HTTP/1.1" ' in line]


@pytest.mark.slow
def test_the_access_log_keeps_no_confidant_page_and_no_query_string(gunicorn):
    port, log = gunicorn
    served = [
        status_of(port, CONFIDANT_CONTACT),
        status_of(port, f"{CONFIDANT_CONTACT}?draft=mijn-verhaal"),
        status_of(port, "/nl/?q=zoekwoord-7781"),
        status_of(port, "/health/?code=geheim-4412"),
    ]
    assert all(status in {200, 302, 404, 500} for status in served)
    time.sleep(0.5)  # the worker writes its access line after the answer
    text = log.read_text()
    lines = access_lines(log)
    assert any('"GET /nl/ HTTP/1.1" 500' in line for line in lines), text
    assert sum('"GET /health/ HTTP/1.1" 200' in line for line in lines) >= 2, text
    assert "vertrouwenspersoon" not in text
    assert "mijn-verhaal" not in text
    assert "zoekwoord-7781" not in text
    assert "geheim-4412" not in text
