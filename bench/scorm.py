"""SCORM: import time of the Golf packages, and full-CMI commits per second under gunicorn.

Usage: .venv/bin/python bench/scorm.py [--database-url URL] [--learners N] [--seconds S]
           [--concurrency C] [--workers W] [--imports N] [--generator wrk|python]
       (defaults: postgres://postgres@127.0.0.1:5432/bench_scorm, dropped and recreated;
       500 learners, 20 s per load, 50 concurrent, 2 gunicorn workers, 5 imports per package,
       wrk when installed (`make bench-tools`), else the thread-pool generator)

A throwaway site as in bench/pages.py (bench/serving.py: production settings, Redis cache and
cached_db sessions, gunicorn with sync workers on 127.0.0.1, X-Forwarded-Proto: https), but on
PostgreSQL. Then, in the same run:

Import. Each Golf package from ../shared/fixtures/scorm is imported N times with
scorm.imports.package_import (checks, one row, files unpacked through the storage API) and,
as the baseline, unpacked N times with zipfile.extractall into a temporary folder. Medians.

Commits. One Golf lesson in the demo course; N learners (copies of the demo employee), each
with a session and a launched attempt, as the player page makes them. The load POSTs full
SCORM 1.2 CMI objects as scorm-again sends them (core with score and times, 4,096 characters
of suspend data, 10 interactions, objectives; about 6 KB of JSON) to the CSRF-protected commit
endpoint, learner after learner, each with its own session, CSRF cookie and header. Every
commit is stored raw and the attempt's summary updated. The baseline is /health/, the bare
view behind the same middleware, with the same generator and the same cookies. Afterwards
the database must hold exactly as many commits as were answered 200. Queries per commit are
counted in-process under the same settings. Target: >= 500 commits/s (10,000 learners
committing every 30 s). Figures are printed, never asserted.
"""

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import serving
from serving import BASELINE, HOST

FIXTURES = serving.ROOT.parent / "shared" / "fixtures" / "scorm"
PACKAGES = ["RuntimeBasicCalls_SCORM12.zip", "RuntimeBasicCalls_SCORM20043rdEdition.zip"]
CSRF = "BenchCsrfSecret0123456789abcdefg"  # 32 characters, as Django's CSRF secrets are

SETUP_SCRIPT = """
{session_function}
import statistics, tempfile, time, zipfile
from pathlib import Path
from django.contrib.auth.models import Group
from courses.models import CoursePage, LessonPage
from people.models import User
from scorm.imports import lesson_for_package, package_import
from scorm.services import attempt_launch, package_block

def median_ms(work, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter(); work(); times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000

course = CoursePage.objects.get(slug="respectvol-omgaan", locale__language_code="nl")
for name in {packages!r}:
    path = Path({fixtures!r}) / name
    def ours():
        with open(path, "rb") as upload:
            package_import(fileobj=upload, course=course)
    def plain():
        with tempfile.TemporaryDirectory() as folder, zipfile.ZipFile(path) as archive:
            archive.extractall(folder)
    timings = median_ms(ours, {imports}), median_ms(plain, {imports})
    print("IMPORT", name, path.stat().st_size, *timings)

with open(Path({fixtures!r}) / {first!r}, "rb") as upload:
    package = package_import(fileobj=upload, course=course)
lesson = lesson_for_package(course=course, package=package, title="Golf")
block_id = lesson.body[0].id
employee = Group.objects.get(name="Employee")
for number in range({learners}):
    user = User.objects.create_user(email=f"bench{{number}}@bench.example", first_name="Bench")
    user.groups.add(employee)
    attempt = attempt_launch(user=user, lesson=lesson, block_id=block_id, package=package)
    print("LEARNER", attempt.pk, session_for(user))
"""


def full_cmi(sequence: int) -> dict:
    """A SCORM 1.2 commit as scorm-again sends it (dataCommitFormat json, sendFullCommit)."""
    interactions = [
        {
            "id": f"com.scorm.golfsamples.interactions.playing_{i}",
            "type": "choice",
            "time": f"10:15:3{i % 10}",
            "weighting": "1",
            "student_response": "b",
            "result": "correct" if i % 3 else "wrong",
            "latency": "00:00:12",
            "objectives": {"childArray": [{"id": "obj_playing"}]},
            "correct_responses": {"childArray": [{"pattern": "b"}]},
        }
        for i in range(10)
    ]
    return {
        "cmi": {
            "core": {
                "student_id": "42",
                "student_name": "Bench, Learner",
                "lesson_location": str(sequence % 15),
                "credit": "credit",
                "lesson_status": "incomplete",
                "entry": "",
                "score": {"raw": "70", "min": "0", "max": "100"},
                "total_time": "00:12:34",
                "lesson_mode": "normal",
                "exit": "",
                "session_time": "00:01:05",
            },
            "suspend_data": ("v=1|p=" + "0123456789" * 410)[:4096],
            "launch_data": "",
            "comments": "",
            "comments_from_lms": "",
            "objectives": {
                "childArray": [
                    {"id": f"obj_{name}", "score": {"raw": "80"}, "status": "passed"}
                    for name in ("playing", "etiquette", "handicapping", "havingfun")
                ]
            },
            "student_data": {"mastery_score": "", "max_time_allowed": "", "time_limit_action": ""},
            "student_preference": {"audio": "0", "language": "", "speed": "0", "text": "0"},
            "interactions": {"childArray": interactions},
        },
        "commitSequence": sequence,
    }


WRK_SCRIPT = """
local targets = {targets}
local headers = {headers}
local body = {body}
local method = "{method}"
local counter = 0
request = function()
  counter = counter + 1
  local target = targets[(counter % #targets) + 1]
  headers["Cookie"] = target[2]
  return wrk.format(method, target[1], headers, body)
end
done = function(summary, latency, requests)
  io.write(string.format("RESULT %d %d %d %d %.3f %.3f %.3f\\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, summary.duration, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency.max / 1000))
end
"""


def lua_string(text: str) -> str:
    return "[==[" + text + "]==]"


def wrk_load(port, method, targets, headers, body, seconds, concurrency) -> dict:
    """wrk (C, two threads) against gunicorn: requests/s, p50/p95/max ms, non-2xx count."""
    lua_targets = "{" + ",".join(f"{{{lua_string(p)},{lua_string(c)}}}" for p, c in targets) + "}"
    lua_headers = (
        "{" + ",".join(f"[ {lua_string(k)} ]={lua_string(v)}" for k, v in headers.items()) + "}"
    )
    script = WRK_SCRIPT.format(
        targets=lua_targets,
        headers=lua_headers,
        body=lua_string(body) if body else "nil",
        method=method,
    )
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as handle:
        handle.write(script)
    command = ["wrk", "-t2", f"-c{concurrency}", f"-d{seconds}s", "-s", handle.name]
    run = subprocess.run(  # noqa: S603 (fixed argument list)
        [*command, f"http://{HOST}:{port}/"], capture_output=True, text=True, check=False
    )
    Path(handle.name).unlink()
    found = re.search(r"RESULT (.+)", run.stdout)
    if run.returncode or not found:
        raise RuntimeError(f"wrk failed ({run.returncode}):\n{run.stdout}\n{run.stderr}")
    fields = found.group(1).split()
    done, bad, failed = int(fields[0]), int(fields[1]), int(fields[2])
    return {
        "rps": done / (float(fields[3]) / 1e6),
        "p50": float(fields[4]),
        "p95": float(fields[5]),
        "max": float(fields[6]),
        "requests": done,
        "not_ok": bad + failed,
    }


def python_load(port, method, targets, headers, body, seconds, concurrency) -> dict:
    """The thread-pool generator of bench/serving.py, for a fixed number of requests."""
    count = max(200, int(seconds * 150))

    def vary(index: int) -> tuple[str, dict]:
        path, cookie = targets[index % len(targets)]
        return path, {"Cookie": cookie}

    figures = serving.load(
        port, targets[0][0], headers, count, concurrency, method=method, body=body, vary=vary
    )
    figures["requests"] = count
    figures["not_ok"] = count - figures["statuses"].get(200, 0)
    return figures


def queries_per_commit(env: dict[str, str], attempt_id: int, body: str) -> int:
    serving.django_setup(env)
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from scorm.models import ScormAttempt

    client = Client(HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https")
    client.force_login(ScormAttempt.objects.get(pk=attempt_id).user)
    path = f"/nl/scorm/attempts/{attempt_id}/commit/"
    client.post(path, body, content_type="application/json")  # warm
    with CaptureQueriesContext(connection) as queries:
        response = client.post(path, body, content_type="application/json")
    assert response.status_code == 200, response.content
    return serving.sql_count([q["sql"] for q in queries])


def commits_stored(env: dict[str, str]) -> int:
    from scorm.models import ScormCommit

    return ScormCommit.objects.count()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/bench_scorm")
    parser.add_argument("--learners", type=int, default=500)
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--threads", type=int, default=1, help="threads per worker (gthread); 1: sync workers"
    )
    parser.add_argument("--imports", type=int, default=5)
    parser.add_argument("--generator", choices=["wrk", "python"], default="")
    args = parser.parse_args()
    generator = args.generator or ("wrk" if shutil.which("wrk") else "python")
    load = wrk_load if generator == "wrk" else python_load

    with serving.site("bench-scorm-") as site:
        setup_start = time.perf_counter()
        site.env["DATABASE_URL"] = args.database_url
        serving.database_recreate(args.database_url)
        serving.site_build(site)
        script = SETUP_SCRIPT.format(
            session_function=serving.SESSION_FUNCTION,
            packages=PACKAGES,
            fixtures=str(FIXTURES),
            first=PACKAGES[0],
            imports=max(1, args.imports),
            learners=max(1, args.learners),
        )
        output = serving.manage(site.env, "shell", "-c", script)
        imports = [line.split()[1:] for line in output.splitlines() if line.startswith("IMPORT")]
        learners = [line.split()[1:] for line in output.splitlines() if line.startswith("LEARNER")]
        print(serving.site_describe(site, time.perf_counter() - setup_start))

        body = json.dumps(full_cmi(1), separators=(",", ":"))
        cookie = "sessionid={}; csrftoken=" + CSRF
        commit_targets = [
            (f"/nl/scorm/attempts/{attempt}/commit/", cookie.format(key))
            for attempt, key in learners
        ]
        health_targets = [(BASELINE, cookie.format(key)) for _attempt, key in learners]
        common = {"Host": HOST, "X-Forwarded-Proto": "https"}
        commit_headers = {
            **common,
            "Content-Type": "application/json;charset=UTF-8",
            "X-CSRFToken": CSRF,
            "Origin": f"https://{HOST}",
        }
        queries = queries_per_commit(site.env, int(learners[0][0]), body)
        before = commits_stored(site.env)

        serving.gunicorn_start(site, args.workers, args.threads)
        port = site.port
        load(port, "GET", health_targets, common, None, 3, args.concurrency)  # warm-up
        health = load(port, "GET", health_targets, common, None, args.seconds, args.concurrency)
        commits = load(
            port, "POST", commit_targets, commit_headers, body, args.seconds, args.concurrency
        )
        stored = commits_stored(site.env) - before
        serving.gunicorn_stop(site)
        serving.database_drop(args.database_url)

    print()
    print("Import (median of", args.imports, "runs each)")
    print(f"{'package':<46}{'zip KB':>8}{'import ms':>11}{'unzip ms':>10}{'x unzip':>9}")
    for name, size, ours, plain in imports:
        ours_ms, plain_ms = float(ours), float(plain)
        print(
            f"{name:<46}{int(size) / 1024:>8.0f}{ours_ms:>11.1f}{plain_ms:>10.1f}"
            f"{ours_ms / plain_ms:>9.2f}"
        )
    print()
    print(
        f"Commits: {len(learners)} learners, {len(body):,} bytes of JSON per commit, "
        f"{args.concurrency} concurrent for {args.seconds} s, gunicorn with {args.workers} "
        + (f"workers of {args.threads} threads" if args.threads > 1 else "sync workers")
        + f", generator {generator}"
    )
    print(
        f"{'':<28}{'req/s':>9}{'x health':>10}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'not 200':>9}"
    )
    for label, figures in (("/health/ (bare view)", health), ("commit (full CMI)", commits)):
        print(
            f"{label:<28}{figures['rps']:>9.1f}{figures['rps'] / health['rps']:>10.2f}"
            f"{figures['p50']:>9.1f}{figures['p95']:>9.1f}{figures['max']:>9.1f}"
            f"{figures['not_ok']:>9}"
        )
    answered = commits["requests"] - commits["not_ok"]
    in_flight = stored - answered  # answered by gunicorn after the generator stopped counting
    consistent = 0 <= in_flight <= args.concurrency
    print(
        f"commits stored: {stored:,} for {answered:,} answered 200 and {in_flight} in flight "
        f"when the clock stopped ({'consistent' if consistent else 'INCONSISTENT'}); "
        f"{queries} queries per commit"
    )
    verdict = "meets" if commits["rps"] >= 500 else "MISSES"
    print(f">= 500 commits/s (10,000 learners every 30 s): {verdict}")
    serving.log_report(site.problems)


if __name__ == "__main__":
    sys.exit(main())
