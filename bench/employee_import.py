"""The HR employee import at scale: 50,000 generated rows (semicolons, managers inside the file,
200 departments) through read, dry run and import; then the same file again (all unchanged), a
file with 10 % changed and 5 % leavers, and one where 2 % have a new e-mail address (each old
address gets a notice, sent here by the immediate task backend into memory).

Usage: .venv/bin/python bench/employee_import.py [--employees N]
Set-up: a throwaway SQLite database in a temporary directory, migrated. Printed, never asserted.
"""

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
HEADER = "personeelsnummer;voornaam;achternaam;e-mail;afdeling;leidinggevende;taal;in dienst;actief"


def hr_file(
    employees: int, paths: list[str], changed: float = 0, leavers: float = 0, moved: float = 0
) -> bytes:
    lines = [HEADER]
    for i in range(employees):
        manager = f"p{i // 10}@hr.example" if i >= 10 else ""
        email = f"p{i}@{'new.' if employees - i <= employees * moved else ''}hr.example"
        last = f"Achternaam{i}" + ("-Nieuw" if i < employees * changed else "")
        active = "nee" if employees - i <= employees * leavers else "ja"
        lines.append(
            f"P{i:06};Voornaam;{last};{email};{paths[i % len(paths)]};{manager};"
            f"{('nl', 'en', 'vi')[i % 3]};{1 + i % 28:02}-03-2020;{active}"
        )
    return ("\n".join(lines) + "\n").encode()


def timed(label: str, function):
    start = time.perf_counter()
    value = function()
    print(f"{label:<44} {time.perf_counter() - start:7.2f} s")
    return value


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--employees", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        os.environ["DATABASE_URL"] = f"sqlite:///{directory}/bench.sqlite3"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
        import django

        django.setup()
        from django.core.management import call_command

        from people.employee_import import employees_check, employees_read
        from people.models import Department
        from people.services import employees_import

        call_command("migrate", verbosity=0)
        tops = Department.objects.bulk_create(Department(name=f"Divisie {i}") for i in range(20))
        Department.objects.bulk_create(
            Department(name=f"Team {j}", parent=top) for top in tops for j in range(9)
        )
        paths = [f"Divisie {i}/Team {j}" for i in range(20) for j in range(9)]
        n = args.employees
        print(f"{n:,} employees, {len(paths) + 20} departments")
        data = hr_file(n, paths)
        print(f"file size: {len(data) / 1e6:.1f} MB")
        rows = timed("read (decode, CSV, columns)", lambda: employees_read(data))
        timed("dry run (check against the database)", lambda: employees_check(rows))
        report = timed(
            "import: create all", lambda: employees_import(rows=rows, valid_only=False, actor=None)
        )
        print("   ", report.counts)
        report = timed(
            "same file again: read + import (unchanged)",
            lambda: employees_import(rows=employees_read(data), valid_only=False, actor=None),
        )
        print("   ", report.counts)
        changed = hr_file(n, paths, changed=0.10, leavers=0.05)
        report = timed(
            "10 % changed, 5 % leavers: read + import",
            lambda: employees_import(rows=employees_read(changed), valid_only=False, actor=None),
        )
        print("   ", report.counts)
        from django.core import mail

        mail.outbox = []
        moved = hr_file(n, paths, changed=0.10, leavers=0.05, moved=0.02)
        report = timed(
            "2 % new e-mail addresses: read + import",
            lambda: employees_import(rows=employees_read(moved), valid_only=False, actor=None),
        )
        print("   ", report.counts, f"notices: {len(mail.outbox)}")


if __name__ == "__main__":
    main()
