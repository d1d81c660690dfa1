"""Compliance at scale: the dashboard and the CSV export over 50,000 employees in 200
departments with 4 assignments each, against a bare SQL export of the same rows in the same run.

Usage: .venv/bin/python bench/compliance.py [--employees N] [--departments D]
           [--database-url URL] [--runs R]
       (defaults: 50,000 employees, 200 departments, a throwaway SQLite database, 3 runs)

Set-up: a temporary directory with its own database (or --database-url: a scratch PostgreSQL
database, which the bench drops and recreates), production settings, migrate and load_demo;
then bulk-inserted departments (20 top-level, each with 9 sub-departments), employees (hire
dates spread over 6 years), 4 assignments that each cover everyone (fixed date; N days after
hire; departments with recertification; new hires), completion records for 40 % (hash-chained)
and course attempts for 20 %. Everything runs in this process through Django's test client.

Printed: dashboard render time (median of the runs, the officer's warm second request) and its
SQL query count at 10 % and 100 % of the employees (the count must not change); CSV export time
for all rows (employees x assignments) through the real view, streamed and consumed; the bare
SQL baseline (one raw query per assignment joining each employee to their latest completion
and to whether they started, written with csv.writer to a null sink; no status logic) and the
ratio; peak Python memory (tracemalloc, in a second run: tracing slows Python down) of the
export at 10 % and 100 % of the rows (flat means about the same). Targets: dashboard < 1 s,
queries independent of employees, export <= 3x the bare query, memory flat. Printed, never
asserted. --profile prints where the dashboard's time goes.
"""

import argparse
import csv
import datetime
import os
import random
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import serving  # noqa: E402

OFFICER = "compliance@demo.example"


class NullSink:
    def write(self, text: str) -> int:
        return len(text)


def seed(*, departments: int) -> dict:
    """Departments and the 4 assignments; returns the course and the departments."""
    from django.db import transaction
    from django.utils import timezone

    from compliance.models import Assignment
    from courses.models import CoursePage
    from people.models import Department

    course = CoursePage.objects.get(locale__language_code="nl", slug="respectvol-omgaan")
    today = timezone.localdate()
    with transaction.atomic():
        tops = Department.objects.bulk_create(
            Department(name=f"Divisie {i:02}") for i in range(max(1, departments // 10))
        )
        subs = Department.objects.bulk_create(
            Department(name=f"{top.name} team {j}", parent=top)
            for top in tops
            for j in range(departments // len(tops) - 1)
        )
        all_departments = tops + subs
        Assignment.objects.all().delete()
        start = today - datetime.timedelta(days=60)
        rules = [
            {"audience": "everyone", "due_rule": "fixed", "due_on": today},
            {"audience": "everyone", "due_rule": "after-hire", "due_days": 30},
            {
                "audience": "departments",
                "due_rule": "after-assignment",
                "due_days": 30,
                "recertify_months": 12,
            },
            {
                "audience": "new-hires",
                "due_rule": "after-hire",
                "due_days": 14,
                "hired_since": datetime.date(2000, 1, 1),
            },
        ]
        for rule in rules:
            assignment = Assignment(course=course, starts_on=start, **rule)
            assignment.save()
            if rule["audience"] == "departments":
                assignment.departments.set(tops)
                assignment.save()
    return {"course": course, "departments": all_departments}


def officer_client():
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.contrib.auth import get_user_model
    from django.test import Client

    user = get_user_model().objects.get(email=OFFICER)
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        TOTP.activate(user, generate_totp_secret())
    client = Client(HTTP_HOST=serving.HOST, HTTP_X_FORWARDED_PROTO="https")
    client.force_login(user)
    return client


def dashboard_figures(client, runs: int) -> tuple[float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get("/nl/compliance/")
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/nl/compliance/")
        timings.append(time.perf_counter() - start)
        assert response.status_code == 200, response.status_code
    return statistics.median(timings), serving.sql_count([q["sql"] for q in queries])


def traced(work) -> tuple[float, object, int]:
    """Seconds and result of `work()` untraced, then its peak traced bytes in a second run
    (tracemalloc slows allocation-heavy Python several times, so it never runs while timing)."""
    start = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - start
    tracemalloc.start()
    work()
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, result, peak


def export_figures(client, query: str = "") -> tuple[float, int, int]:
    """Seconds, rows and peak traced bytes for the CSV export through the view."""

    def export() -> int:
        response = client.get("/nl/compliance/export/csv/" + query)
        assert response.status_code == 200, response.status_code
        return sum(chunk.count(b"\n") for chunk in response.streaming_content) - 1

    return traced(export)


BARE_SQL = """
SELECT p.employee_number, u.first_name, u.last_name, u.email, d.name, m.email,
       r.completed_at, r.valid_until, r.verification_code, a.user_id IS NOT NULL
  FROM people_employeeprofile p
  JOIN people_user u ON u.id = p.user_id
  LEFT JOIN people_department d ON d.id = p.department_id
  LEFT JOIN people_user m ON m.id = p.manager_id
  LEFT JOIN (SELECT user_id, MAX(completed_at) AS done FROM courses_completionrecord
              WHERE course_key = %s GROUP BY user_id) l ON l.user_id = u.id
  LEFT JOIN courses_completionrecord r
         ON r.user_id = l.user_id AND r.course_key = %s AND r.completed_at = l.done
  LEFT JOIN (SELECT DISTINCT user_id FROM courses_courseattempt WHERE course_key = %s) a
         ON a.user_id = u.id
 WHERE p.active AND u.is_active
 ORDER BY u.id
"""


def bare_figures(course, assignments: int) -> tuple[float, int, int]:
    """The same rows straight from SQL, one query per assignment, written with csv.writer."""
    from django.db import connection

    key = course.translation_key.hex if connection.vendor == "sqlite" else course.translation_key

    def export() -> int:
        writer = csv.writer(NullSink())
        rows = 0
        for _ in range(assignments):
            with connection.cursor() as cursor:
                cursor.execute(BARE_SQL, [key, key, key])
                while batch := cursor.fetchmany(2000):
                    writer.writerows(batch)
                    rows += len(batch)
        return rows

    return traced(export)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=50_000)
    parser.add_argument("--departments", type=int, default=200)
    parser.add_argument(
        "--database-url",
        default="",
        help="a PostgreSQL database the bench drops and recreates (default: throwaway SQLite)",
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print a profile of the dashboard")
    args = parser.parse_args()
    rng = random.Random(2026)  # noqa: S311 (benchmark data, not secrets)

    with serving.site("bench-compliance-") as site:
        if args.database_url:
            site.env["DATABASE_URL"] = args.database_url
            serving.database_recreate(args.database_url)
        started = time.perf_counter()
        serving.manage(site.env, "migrate", "--noinput", "-v", "0")
        serving.manage(site.env, "load_demo")
        serving.manage(site.env, "collectstatic", "--noinput", "-v", "0")  # the manifest pages need
        serving.django_setup(site.env)
        from django.conf import settings

        settings.ALLOWED_HOSTS.append("testserver")
        client = officer_client()
        tenth = max(1, args.employees // 10)
        data = seed(departments=args.departments)
        employees_add(employees=tenth, start=0, rng=rng, data=data)
        small_dashboard = dashboard_figures(client, args.runs)
        small_export = export_figures(client)
        employees_add(employees=args.employees - tenth, start=tenth, rng=rng, data=data)
        print(
            f"set-up in {time.perf_counter() - started:.0f} s; database "
            f"{site.env['DATABASE_URL'].split('@')[-1]}; everything in this process (Django's "
            f"test client), {os.cpu_count()} CPUs; load average "
            + ", ".join(f"{v:.1f}" for v in os.getloadavg())
        )
        from compliance.models import Assignment
        from people.models import EmployeeProfile

        total = EmployeeProfile.objects.count()
        assignments = Assignment.objects.filter(active=True).count()
        big_dashboard = dashboard_figures(client, args.runs)
        if args.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.runcall(client.get, "/nl/compliance/")
            pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
        big_export = export_figures(client)
        bare = bare_figures(data["course"], assignments)
        from django.db import connection

        vendor = connection.vendor

    print()
    print(
        f"{total:,} employees (incl. demo), {args.departments} departments, "
        f"{assignments} assignments each, database {vendor}"
    )
    print(
        f"dashboard at {tenth:,} employees:   {small_dashboard[0] * 1000:8.0f} ms, "
        f"{small_dashboard[1]} queries"
    )
    print(
        f"dashboard at {total:,} employees:  {big_dashboard[0] * 1000:8.0f} ms, "
        f"{big_dashboard[1]} queries"
    )
    print(
        f"CSV export, {small_export[1]:,} rows:  {small_export[0]:8.2f} s, "
        f"peak {small_export[2] / 2**20:6.1f} MiB"
    )
    print(
        f"CSV export, {big_export[1]:,} rows: {big_export[0]:8.2f} s, "
        f"peak {big_export[2] / 2**20:6.1f} MiB"
    )
    print(f"bare SQL,   {bare[1]:,} rows: {bare[0]:8.2f} s, peak {bare[2] / 2**20:6.1f} MiB")
    print(f"export / bare SQL: {big_export[0] / bare[0]:.2f}x")
    print()
    checks = [
        ("dashboard < 1 s", big_dashboard[0] < 1.0),
        ("queries independent of employees", big_dashboard[1] == small_dashboard[1]),
        ("export <= 3x bare SQL", big_export[0] / bare[0] <= 3),
        (
            "memory flat (peak at 100 % <= 1.5x peak at 10 %)",
            big_export[2] <= 1.5 * small_export[2],
        ),
    ]
    for name, ok in checks:
        print(f"{name}: {'meets' if ok else 'MISSES'}")


def employees_add(*, employees: int, start: int, rng: random.Random, data: dict) -> None:
    """Employees spread over the departments, completions (hash-chained) for 40 % and course
    attempts for 20 %, in bulk. Completions are in date order within a call; the second call's
    go back in time again, which verify_completion_chain would report as back-dated."""
    from django.contrib.auth import get_user_model
    from django.db import transaction
    from django.utils import timezone

    from courses.models import CompletionChainHead, CompletionRecord, CourseAttempt
    from courses.services import verification_code_new
    from people.models import EmployeeProfile

    User = get_user_model()
    course, departments = data["course"], data["departments"]
    today = timezone.localdate()
    with transaction.atomic():
        users = User.objects.bulk_create(
            (
                User(
                    email=f"bench{i}@example.org",
                    first_name=f"Voornaam{i}",
                    last_name=f"Achternaam{i}",
                    password="!",
                )
                for i in range(start, start + employees)
            ),
            batch_size=5000,
        )
        EmployeeProfile.objects.bulk_create(
            (
                EmployeeProfile(
                    user=user,
                    employee_number=f"B{start + i:06}",
                    department=rng.choice(departments),
                    preferred_language=rng.choice(["nl", "nl", "en", "vi"]),
                    hire_date=today - datetime.timedelta(days=rng.randint(0, 6 * 365)),
                )
                for i, user in enumerate(users)
            ),
            batch_size=5000,
        )
        head, _created = CompletionChainHead.objects.get_or_create(pk=1)
        previous, position, records = head.last_hash, head.position, []
        chosen = rng.sample(users, k=int(employees * 0.4))
        moments = sorted(
            (timezone.now() - datetime.timedelta(days=rng.randint(0, 700))).replace(microsecond=0)
            for _user in chosen
        )
        for user, done in zip(chosen, moments, strict=True):
            position += 1
            record = CompletionRecord(
                user=user,
                user_name=f"{user.first_name} {user.last_name}",
                user_email=user.email,
                course_key=course.translation_key,
                course_page=course,
                course_title=course.title,
                language="nl",
                score=100,
                minutes=25,
                completed_at=done,
                verification_code=verification_code_new(),
                learner_id=user.pk,
                position=position,
                previous_hash=previous,
            )
            record.record_hash = previous = record.compute_hash()
            records.append(record)
        CompletionRecord.objects.bulk_create(records, batch_size=2000)
        head.last_hash, head.position = previous, position
        head.save(update_fields=["last_hash", "position"])
        CourseAttempt.objects.bulk_create(
            (
                CourseAttempt(user=user, course_key=course.translation_key, language="nl")
                for user in rng.sample(users, k=int(employees * 0.2))
            ),
            batch_size=2000,
        )


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    main()
