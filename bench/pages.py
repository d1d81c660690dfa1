"""Requests/s and latency of the course and lesson pages for a signed-in learner under gunicorn
(production settings), as a ratio to a bare view with the same middleware, in the same run.

Usage: .venv/bin/python bench/pages.py [--requests N] [--concurrency C] [--workers W]
           [--warmup N] [--show-queries]
       (defaults: 1000 requests per page, 50 concurrent, 2 gunicorn workers, 100 warm-up)

Everything runs in a temporary directory with its own SQLite database: migrate, load_demo, a
session for the demo employee (medewerker@demo.example, who has opened lesson 1), then gunicorn
on a free port of 127.0.0.1. Static files are collected into the project's var/static, as
`make serve` does. The cache is Redis on 127.0.0.1:6379 (the first empty database from 9 up,
flushed afterwards) or, without Redis, locmemcache://.

The baseline is /health/: a bare view behind the same middleware, sent the same cookies. Every
request carries the session cookie, X-Forwarded-Proto: https and Host: 127.0.0.1; the load
generator (threads, one connection per request: gunicorn's sync workers do not keep alive)
shares the machine with gunicorn. Latencies include every response, whatever its status
(the statuses column counts them; status 0 is a failed connection). Queries per page are
counted in-process with Django's test client under the same settings (--show-queries prints
them). Targets: >= 0.5x the bare view's requests/s, p95 < 150 ms at 50 concurrent, <= 8
queries per page. Figures are printed, never asserted.

The lesson page writes on every GET (lesson_view); the SQLite settings (immediate transactions,
WAL, a busy timeout) make concurrent writers wait instead of failing.
"""

import argparse
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
from concurrent.futures import ThreadPoolExecutor
from http.cookies import SimpleCookie
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
GUNICORN = str(ROOT / ".venv" / "bin" / "gunicorn")
HOST = "127.0.0.1"
LEARNER = "medewerker@demo.example"
BASELINE = "/health/"
COURSE = "/nl/trainingen/respectvol-omgaan/"
LESSON_SLUG = "wat-is-ongewenst-gedrag"
LESSON = f"{COURSE}{LESSON_SLUG}/"
PAGES = [BASELINE, COURSE, LESSON]
COMMAND_TIMEOUT = 600  # seconds for each manage.py step
START_TIMEOUT = 30  # seconds for gunicorn to answer /health/
REQUEST_TIMEOUT = 30  # seconds per request

SESSION_SCRIPT = f"""
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.cached_db import SessionStore
from courses.models import LessonPage
from courses.services import lesson_view

user = get_user_model().objects.get(email="{LEARNER}")
lesson = LessonPage.objects.live().get(locale__language_code="nl", slug="{LESSON_SLUG}")
lesson_view(user=user, lesson=lesson)
session = SessionStore()
session["_auth_user_id"] = str(user.pk)
session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
session["_auth_user_hash"] = user.get_session_auth_hash()
session.create()
print("SESSION_KEY=" + session.session_key)
"""


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


def get(
    port: int, path: str, headers: dict[str, str]
) -> tuple[int, float, http.client.HTTPResponse]:
    """One GET on a fresh connection; returns status, seconds and the (read) response."""
    start = time.perf_counter()
    connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        response.read()
    finally:
        connection.close()
    return response.status, time.perf_counter() - start, response


def load(port: int, path: str, headers: dict, requests: int, concurrency: int) -> dict:
    """`requests` GETs at `concurrency`; a failed request counts with status 0."""

    def one(_index: int) -> tuple[int, float]:
        start = time.perf_counter()
        try:
            status, seconds, _response = get(port, path, headers)
        except OSError:
            return 0, time.perf_counter() - start
        return status, seconds

    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        start = time.perf_counter()
        results = list(pool.map(one, range(requests)))
        wall = time.perf_counter() - start
    latencies = sorted(seconds for _status, seconds in results)
    statuses: dict[int, int] = {}
    for status, _seconds in results:
        statuses[status] = statuses.get(status, 0) + 1
    cuts = statistics.quantiles(latencies, n=100, method="inclusive")
    return {
        "rps": requests / wall,
        "p50": cuts[49] * 1000,
        "p95": cuts[94] * 1000,
        "max": latencies[-1] * 1000,
        "statuses": statuses,
    }


def browser_cookies(port: int, session_key: str) -> str:
    """The cookies a browser would send once it has seen the pages: the session, plus the
    language and CSRF cookies the site sets (so responses stop setting them again)."""
    jar = SimpleCookie()
    jar["sessionid"] = session_key
    headers = {"Host": HOST, "X-Forwarded-Proto": "https"}
    for path in PAGES:
        headers["Cookie"] = "; ".join(f"{k}={m.value}" for k, m in jar.items())
        status, _seconds, response = get(port, path, headers)
        if status != 200:
            print(f"warning: {path} answered {status} during cookie warm-up")
        for header in response.headers.get_all("Set-Cookie") or []:
            jar.load(header)
    return "; ".join(f"{key}={morsel.value}" for key, morsel in jar.items())


def queries_per_page(env: dict[str, str], session_key: str) -> dict[str, tuple[int, list[str]]]:
    """In-process, same settings: (status, SQL statements) per page on a warm second request."""
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https")
    client.cookies["sessionid"] = session_key
    counts = {}
    for path in PAGES:
        client.get(path)  # warm caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        counts[path] = (response.status_code, [query["sql"] for query in queries])
    return counts


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1000, help="per page (default 1000)")
    parser.add_argument("--concurrency", type=int, default=50, help="default 50")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--warmup", type=int, default=100, help="unrecorded requests per page")
    parser.add_argument("--show-queries", action="store_true", help="print each page's SQL")
    args = parser.parse_args()
    requests, concurrency = max(20, args.requests), max(1, args.concurrency)

    workdir = Path(tempfile.mkdtemp(prefix="bench-pages-"))
    redis_db = redis_database()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": HOST,
        "DATABASE_URL": f"sqlite:///{workdir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "CACHE_URL": f"redis://{HOST}:6379/{redis_db}"
        if redis_db is not None
        else "locmemcache://",
        "PYTHONUNBUFFERED": "1",
    }
    log = workdir / "gunicorn.log"
    server = None
    try:
        setup_start = time.perf_counter()
        manage(env, "migrate", "--noinput", "-v", "0")
        manage(env, "load_demo")
        manage(env, "collectstatic", "--noinput", "-v", "0")
        output = manage(env, "shell", "-c", SESSION_SCRIPT)
        session_key = output.split("SESSION_KEY=")[-1].strip()
        print(
            f"set-up in {time.perf_counter() - setup_start:.0f} s; cache {env['CACHE_URL']}; "
            f"database {env['DATABASE_URL']}; {os.cpu_count()} CPUs shared by gunicorn and the "
            f"load generator; load average {', '.join(f'{v:.1f}' for v in os.getloadavg())}"
        )

        queries = queries_per_page(env, session_key)

        port = free_port()
        with log.open("w") as log_file:
            server = subprocess.Popen(  # noqa: S603 (fixed argument list, no shell)
                [
                    GUNICORN,
                    "config.wsgi",
                    "--bind",
                    f"{HOST}:{port}",
                    "--workers",
                    str(args.workers),
                ],
                cwd=ROOT,
                env=env,
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
                raise RuntimeError(
                    f"gunicorn did not answer in {START_TIMEOUT} s:\n{log.read_text()}"
                )
            time.sleep(0.2)

        headers = {
            "Host": HOST,
            "X-Forwarded-Proto": "https",
            "Cookie": browser_cookies(port, session_key),
        }
        results = {}
        for path in PAGES:
            load(port, path, headers, args.warmup, concurrency)
            results[path] = load(port, path, headers, requests, concurrency)
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
        problems = server_log_summary(log) if log.exists() else Counter()
        shutil.rmtree(workdir, ignore_errors=True)
        redis_flush(redis_db)

    baseline = results[BASELINE]["rps"]
    print()
    print(
        f"{requests} requests per page at concurrency {concurrency}, "
        f"gunicorn with {args.workers} sync workers"
    )
    print(
        f"{'page':<58}{'req/s':>8}{'x health':>9}{'p50 ms':>8}{'p95 ms':>8}{'max ms':>8}"
        f"{'queries':>8}  statuses"
    )
    for path, figures in results.items():
        statuses = ", ".join(f"{code}: {n}" for code, n in sorted(figures["statuses"].items()))
        status, count = queries[path][0], sql_count(queries[path][1])
        print(
            f"{path:<58}{figures['rps']:>8.1f}{figures['rps'] / baseline:>9.2f}"
            f"{figures['p50']:>8.1f}{figures['p95']:>8.1f}{figures['max']:>8.1f}"
            f"{count:>8}  {statuses}" + ("" if status == 200 else f" (test client: {status})")
        )
    print()
    for path in (COURSE, LESSON):
        figures, count = results[path], sql_count(queries[path][1])
        checks = [
            ("req/s >= 0.5x health", figures["rps"] / baseline >= 0.5),
            (f"p95 < 150 ms at {concurrency}", figures["p95"] < 150),
            ("<= 8 queries", count <= 8),
            ("all 200", set(figures["statuses"]) == {200}),
        ]
        verdicts = "; ".join(f"{name}: {'meets' if ok else 'MISSES'}" for name, ok in checks)
        print(f"{path}: {verdicts}")
    print("(queries: SQL statements, not counting BEGIN/COMMIT/SAVEPOINT/RELEASE)")
    if args.show_queries:
        for path, (_status, statements) in queries.items():
            print(f"\n{path}: {sql_count(statements)} queries")
            for sql in statements:
                print(f"  {sql[:160]}")
    if problems:
        print(f"\ngunicorn log: {sum(problems.values())} error/warning line(s):")
        for line, times in problems.most_common(12):
            print(f"  {times:>5} x {line}")
    else:
        print("\ngunicorn log: no errors or warnings")


if __name__ == "__main__":
    main()
