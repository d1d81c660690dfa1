"""Requests/s and latency of the course and lesson pages for a signed-in learner under gunicorn
(production settings), as a ratio to a bare view with the same middleware, in the same run.

Usage: .venv/bin/python bench/pages.py [--requests N] [--concurrency C] [--workers W]
           [--warmup N] [--fresh] [--show-queries]
       (defaults: 1000 requests per page, 50 concurrent, 2 gunicorn workers, 100 warm-up)

Everything runs in a temporary directory with its own SQLite database: migrate, load_demo, a
session for the demo employee (medewerker@demo.example, who has opened lesson 1), then gunicorn
on a free port of 127.0.0.1. Static files are collected into the project's var/static, as
`make serve` does. The cache is Redis on 127.0.0.1:6379 (the first empty database from 9 up,
flushed afterwards) or, without Redis, locmemcache://.

The baseline is /health/: a bare view behind the same middleware, sent the same cookies (for a
signed-in request that middleware loads the session and the user, as the MFA check asks about
the user on every request). Every
request carries the session cookie, X-Forwarded-Proto: https and Host: 127.0.0.1; the load
generator (threads, one connection per request: gunicorn's sync workers do not keep alive)
shares the machine with gunicorn. Latencies include every response, whatever its status
(the statuses column counts them; status 0 is a failed connection). Queries per page are
counted in-process with Django's test client under the same settings (--show-queries prints
them). Targets: >= 0.5x the bare view's requests/s, p95 < 150 ms at 50 concurrent, <= 8
queries per page. Figures are printed, never asserted.

The lesson page writes only when something changes (lesson_view: the first view, another lesson,
or a view more than 30 seconds after the learner's last event), so most of the load's GETs of
the same lesson only read; when it does write, the SQLite settings (immediate transactions, WAL,
a busy timeout) make concurrent writers wait instead of failing. Published pages, their view
restrictions and translations come from Django's cache (courses/content_cache.py), as in
production; the warm request counted for queries reads them from there.

A learner's course and lesson pages are kept rendered until something they show changes
(courses/learner_cache.py), so the load's reloads are mostly served as kept, as a learner's
reloads are; the lesson page is rendered again (and records a sign of life) on the first
reload 30 seconds after the learner's last one. --fresh runs the site with
LEARNER_PAGES_KEPT=false: every request renders the page afresh, as after each progress write.
"""

import argparse
import time

import serving
from serving import BASELINE, HOST, browser_cookies, sql_count

LEARNER = "medewerker@demo.example"
COURSE = "/nl/trainingen/respectvol-omgaan/"
LESSON_SLUG = "wat-is-ongewenst-gedrag"
LESSON = f"{COURSE}{LESSON_SLUG}/"
PAGES = [BASELINE, COURSE, LESSON]

SESSION_SCRIPT = f"""
{serving.SESSION_FUNCTION}
from django.contrib.auth import get_user_model
from courses.models import LessonPage
from courses.services import lesson_view

user = get_user_model().objects.get(email="{LEARNER}")
lesson = LessonPage.objects.live().get(locale__language_code="nl", slug="{LESSON_SLUG}")
lesson_view(user=user, lesson=lesson)
print("SESSION_KEY=" + session_for(user))
"""


def queries_per_page(env: dict[str, str], session_key: str) -> dict[str, dict]:
    """In-process, same settings, per page: status and SQL statements of a fresh render (the
    learner's kept pages retired first, as after any progress write) and of the reload that
    follows, which a learner's course and lesson pages serve as kept (courses/learner_cache.py).
    A warm-up request first sets the cookies and fills the content cache."""
    serving.django_setup(env)
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from courses.learner_cache import learner_changed

    learner = get_user_model().objects.get(email=LEARNER)
    client = Client(HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https")
    client.cookies["sessionid"] = session_key
    counts = {}
    for path in PAGES:
        client.get(path)  # warm caches, set the CSRF cookie
        learner_changed(user_id=learner.pk)
        counts[path] = {}
        for kind in ("render", "kept"):
            with CaptureQueriesContext(connection) as queries:
                response = client.get(path)
            counts[path][kind] = (response.status_code, [query["sql"] for query in queries])
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=1000, help="per page (default 1000)")
    parser.add_argument("--concurrency", type=int, default=50, help="default 50")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--warmup", type=int, default=100, help="unrecorded requests per page")
    parser.add_argument(
        "--fresh", action="store_true", help="never serve kept pages: every request renders"
    )
    parser.add_argument("--show-queries", action="store_true", help="print each page's SQL")
    args = parser.parse_args()
    requests, concurrency = max(20, args.requests), max(1, args.concurrency)

    with serving.site("bench-pages-") as site:
        if args.fresh:
            site.env["LEARNER_PAGES_KEPT"] = "false"
        setup_start = time.perf_counter()
        serving.site_build(site)
        output = serving.manage(site.env, "shell", "-c", SESSION_SCRIPT)
        session_key = output.split("SESSION_KEY=")[-1].strip()
        print(serving.site_describe(site, time.perf_counter() - setup_start))

        queries = queries_per_page(site.env, session_key)

        serving.gunicorn_start(site, args.workers)
        port = site.port
        headers = {
            "Host": HOST,
            "X-Forwarded-Proto": "https",
            "Cookie": browser_cookies(port, session_key, PAGES),
        }
        results = {}
        for path in PAGES:
            serving.load(port, path, headers, args.warmup, concurrency)
            results[path] = serving.load(port, path, headers, requests, concurrency)

    baseline = results[BASELINE]["rps"]
    print()
    print(
        f"{requests} requests per page at concurrency {concurrency}, "
        f"gunicorn with {args.workers} sync workers, "
        + ("every page rendered afresh (--fresh)" if args.fresh else "learners' pages kept")
    )
    print(
        f"{'page':<58}{'req/s':>8}{'x health':>9}{'p50 ms':>8}{'p95 ms':>8}{'max ms':>8}"
        f"{'queries':>9}  statuses"
    )
    for path, figures in results.items():
        statuses = ", ".join(f"{code}: {n}" for code, n in sorted(figures["statuses"].items()))
        render, kept = (sql_count(queries[path][kind][1]) for kind in ("render", "kept"))
        refused = {kind: status for kind, (status, _sql) in queries[path].items() if status != 200}
        print(
            f"{path:<58}{figures['rps']:>8.1f}{figures['rps'] / baseline:>9.2f}"
            f"{figures['p50']:>8.1f}{figures['p95']:>8.1f}{figures['max']:>8.1f}"
            f"{f'{render}/{kept}':>9}  {statuses}"
            + (f" (test client: {refused})" if refused else "")
        )
    print()
    for path in (COURSE, LESSON):
        figures, count = results[path], sql_count(queries[path]["render"][1])
        checks = [
            ("req/s >= 0.5x health", figures["rps"] / baseline >= 0.5),
            (f"p95 < 150 ms at {concurrency}", figures["p95"] < 150),
            ("<= 8 queries", count <= 8),
            ("all 200", set(figures["statuses"]) == {200}),
        ]
        verdicts = "; ".join(f"{name}: {'meets' if ok else 'MISSES'}" for name, ok in checks)
        print(f"{path}: {verdicts}")
    print(
        "(queries: SQL statements of a fresh render / of a reload served as kept, not counting "
        "BEGIN/COMMIT/SAVEPOINT/RELEASE)"
    )
    if args.show_queries:
        for path, kinds in queries.items():
            for kind, (_status, statements) in kinds.items():
                print(f"\n{path} ({kind}): {sql_count(statements)} queries")
                for sql in statements:
                    print(f"  {sql[:160]}")
    serving.log_report(site.problems)


if __name__ == "__main__":
    main()
