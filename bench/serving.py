"""Shared by the gunicorn benchmarks (bench/pages.py, bench/scenarios.py): a throwaway site in a
temporary directory under production settings, gunicorn on a free port of 127.0.0.1, a
thread-pool load generator, in-process query counts and a summary of the gunicorn log.

The site has its own SQLite database (migrate, load_demo) and media folder; static files are
collected into the project's var/static, as `make serve` does. The cache is Redis on
127.0.0.1:6379 (the first empty database from 9 up, flushed afterwards) or, without Redis,
locmemcache://. Leaving `site()` always stops gunicorn and removes the directory.
"""

import http.client
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
HOST = "127.0.0.1"
BASELINE = "/health/"
COMMAND_TIMEOUT = 600  # seconds for each manage.py step
START_TIMEOUT = 30  # seconds for gunicorn to answer /health/
REQUEST_TIMEOUT = 30  # seconds per request

# Statements for `manage.py shell -c`: `session_for(user)` returns the key of a new signed-in
# session (cached_db, as in production) for that user.
SESSION_FUNCTION = """
from django.contrib.sessions.backends.cached_db import SessionStore

def session_for(user):
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    return session.session_key
"""


def database_recreate(url: str) -> None:
    """Drop and create the PostgreSQL database named in `url` (a scratch database: migrations
    then start from nothing, as on a new installation)."""
    from urllib.parse import urlsplit

    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')


def database_drop(url: str) -> None:
    """Drop the scratch PostgreSQL database named in `url` (Django's connections closed)."""
    from urllib.parse import urlsplit

    import psycopg

    try:
        from django.db import connections

        connections.close_all()
    except ImportError:
        pass
    parts = urlsplit(url)
    admin_url = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{parts.path.lstrip("/")}" WITH (FORCE)')


def redis_database() -> int | None:
    """The first empty Redis database from 9 to 15 on 127.0.0.1, or None without Redis."""
    try:
        with socket.create_connection((HOST, 6379), timeout=0.5):
            pass
        import redis

        for number in range(9, 16):
            client = redis.Redis(host=HOST, port=6379, db=number, socket_timeout=2)
            if client.dbsize() == 0:
                return number
    except Exception as error:  # no server, no client library, or a Redis error: do without
        print(f"Redis not usable ({error}); using locmemcache://")
        return None
    print("No empty Redis database in 9..15; using locmemcache://")
    return None


def redis_flush(number: int | None) -> None:
    if number is None:
        return
    import redis

    redis.Redis(host=HOST, port=6379, db=number, socket_timeout=2).flushdb()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def manage(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(  # noqa: S603 (fixed argument list, no shell)
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT,
        check=False,
    )
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {args[0]} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def fetch(
    port: int, method: str, path: str, headers: dict[str, str], body: str | None = None
) -> tuple[int, float, http.client.HTTPResponse]:
    """One request on a fresh connection; returns status, seconds and the (read) response."""
    start = time.perf_counter()
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    try:
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
    finally:
        connection.close()
    return response.status, time.perf_counter() - start, response


def get(
    port: int, path: str, headers: dict[str, str]
) -> tuple[int, float, http.client.HTTPResponse]:
    """One GET on a fresh connection; returns status, seconds and the (read) response."""
    return fetch(port, "GET", path, headers)


def figures(results: list[tuple[int, float]], wall: float, count: int) -> dict:
    """`count` units of work per `wall` seconds, and the latencies and statuses of `results`
    (status, seconds); at least two results."""
    latencies = sorted(seconds for _status, seconds in results)
    statuses: dict[int, int] = {}
    for status, _seconds in results:
        statuses[status] = statuses.get(status, 0) + 1
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return {
        "rps": count / wall,
        "p50": cuts[49] * 1000,
        "p95": cuts[94] * 1000,
        "max": latencies[-1] * 1000,
        "statuses": statuses,
    }


def load(
    port: int,
    path: str,
    headers: dict,
    requests: int,
    concurrency: int,
    *,
    method: str = "GET",
    body: str | None = None,
    vary: Callable[[int], tuple[str, dict]] | None = None,
) -> dict:
    """`requests` requests at `concurrency`; a failed request counts with status 0. `vary(i)`
    gives request i its own path and extra headers (e.g. one learner's session each)."""

    def one(index: int) -> tuple[int, float]:
        target, extra = vary(index) if vary else (path, {})
        start = time.perf_counter()
        try:
            status, seconds, _response = fetch(port, method, target, {**headers, **extra}, body)
        except OSError:
            return 0, time.perf_counter() - start
        return status, seconds

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        start = time.perf_counter()
        results = list(pool.map(one, range(requests)))
        wall = time.perf_counter() - start
    return figures(results, wall, requests)


def cookie_header(jar: SimpleCookie) -> str:
    return "; ".join(f"{key}={morsel.value}" for key, morsel in jar.items())


def browser_cookies(port: int, session_key: str, paths: list[str]) -> str:
    """The cookies a browser would send once it has seen the pages: the session, plus the
    language and CSRF cookies the site sets (so responses stop setting them again)."""
    jar = SimpleCookie()
    jar["sessionid"] = session_key
    headers = {"Host": HOST, "X-Forwarded-Proto": "https"}
    for path in paths:
        headers["Cookie"] = cookie_header(jar)
        status, _seconds, response = get(port, path, headers)
        if status != 200:
            print(f"warning: {path} answered {status} during cookie warm-up")
        for header in response.headers.get_all("Set-Cookie") or []:
            jar.load(header)
    return cookie_header(jar)


def django_setup(env: dict[str, str]) -> None:
    """Django in this process, with the site's settings (for counting queries)."""
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Timeout)\b")
LOG_LEVEL_LINE = re.compile(r"\[(WARNING|ERROR|CRITICAL)\]|WORKER TIMEOUT|Not Found:|Forbidden")


def sql_count(statements: list[str]) -> int:
    return sum(not is_transaction_control(sql) for sql in statements)


def server_log_summary(log: Path) -> Counter:
    """Server errors by path, exceptions by message, gunicorn warnings: each with its count."""
    summary: Counter = Counter()
    for line in log.read_text(errors="replace").splitlines():
        if line.startswith("Internal Server Error:") or EXCEPTION_LINE.match(line):
            summary[line[:200]] += 1
        elif LOG_LEVEL_LINE.search(line):
            summary[re.sub(r"^\[[^]]*\] \[\d+\] ", "", line)[:200]] += 1
    return summary


def is_transaction_control(sql: str) -> bool:
    return sql.split(" ", 1)[0].upper() in {"BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE"}


@dataclass
class Site:
    workdir: Path
    env: dict[str, str]
    redis_db: int | None
    server: subprocess.Popen | None = None
    port: int = 0
    problems: Counter = field(default_factory=Counter)  # filled in when the site is gone

    @property
    def log(self) -> Path:
        return self.workdir / "gunicorn.log"


@contextmanager
def site(prefix: str) -> Iterator[Site]:
    """A temporary directory and the production environment for it. Leaving stops gunicorn,
    summarises its log into `problems`, removes the directory and flushes the Redis database."""
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    redis_db = redis_database()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": f"{HOST},localhost",
        # Production refuses to start without a second host name for SCORM package files.
        "SCORM_CONTENT_ORIGIN": "http://localhost",
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "ALLOW_SQLITE": "true",  # production's escape for single-host trials and benchmarks
        "EMAIL_URL": "consolemail://",
        "MEDIA_STORAGE": "local",
        "MEDIA_ROOT": str(workdir / "media"),
        "CACHE_URL": f"redis://{HOST}:6379/{redis_db}"
        if redis_db is not None
        else "locmemcache://",
        "PYTHONUNBUFFERED": "1",
    }
    current = Site(workdir=workdir, env=env, redis_db=redis_db)
    try:
        yield current
    finally:
        gunicorn_stop(current)
        current.problems = server_log_summary(current.log) if current.log.exists() else Counter()
        shutil.rmtree(workdir, ignore_errors=True)
        redis_flush(redis_db)


def site_build(current: Site) -> None:
    """migrate, load_demo and collectstatic."""
    manage(current.env, "migrate", "--noinput", "-v", "0")
    manage(current.env, "load_demo")
    manage(current.env, "collectstatic", "--noinput", "-v", "0")


def site_describe(current: Site, seconds: float) -> str:
    env = current.env
    return (
        f"set-up in {seconds:.0f} s; cache {env['CACHE_URL']}; "
        f"database {env['DATABASE_URL']}; {os.cpu_count()} CPUs shared by gunicorn and the "
        f"load generator; load average {', '.join(f'{v:.1f}' for v in os.getloadavg())}"
    )


def gunicorn_start(current: Site, workers: int, threads: int = 1) -> None:
    """gunicorn on a free port of 127.0.0.1, once it answers /health/: sync workers, or
    gthread workers with `threads` threads each."""
    current.port = port = free_port()
    log = current.log
    with log.open("w") as log_file:
        current.server = server = subprocess.Popen(  # noqa: S603 (fixed argument list, no shell)
            [
                GUNICORN,
                "config.wsgi",
                "--bind",
                f"{HOST}:{port}",
                "--workers",
                str(workers),
                *(["--threads", str(threads)] if threads > 1 else []),
            ],
            cwd=ROOT,
            env=current.env,
            stdout=log_file,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if server.poll() is not None:
            raise RuntimeError(f"gunicorn exited:\n{log.read_text()}")
        try:
            health = {"Host": HOST, "X-Forwarded-Proto": "https"}
            if get(port, BASELINE, health)[0] == 200:
                break
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"gunicorn did not answer in {START_TIMEOUT} s:\n{log.read_text()}")
        time.sleep(0.2)


def gunicorn_stop(current: Site) -> None:
    server = current.server
    if server is None:
        return
    server.terminate()
    try:
        server.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    current.server = None


def log_report(problems: Counter) -> None:
    if problems:
        print(f"\ngunicorn log: {sum(problems.values())} error/warning line(s):")
        for line, times in problems.most_common(12):
            print(f"  {times:>5} x {line}")
    else:
        print("\ngunicorn log: no errors or warnings")
