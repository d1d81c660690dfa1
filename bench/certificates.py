"""Certificate PDFs per second, as a ratio to a raw xhtml2pdf render of the same HTML.

Usage: .venv/bin/python bench/certificates.py [--count N]   (default 200, half nl, half vi)

Builds a throwaway SQLite database in a temporary directory (the project's own database is not
touched), creates the completion records through the real service path, then times:

  ours  certificate_pdf(record): template, QR code and PDF, as the download view does it;
  raw   pisa.CreatePDF on the same HTML, pre-rendered outside the timing, with the same font
        access policy (local reads confined to the font folder, no network).

The timed pass interleaves the two paths certificate by certificate; the median ms/PDF is
printed next to the mean, as the machine may be busy with other work. Target:
ours/raw >= 0.8. Peak memory comes from a second, untimed pass per path under tracemalloc
(which slows rendering down, so it is kept out of the timed pass); ru_maxrss is the process's
high-water mark, so it only ever grows and is read after each phase. Figures are printed,
never asserted.
"""

import argparse
import io
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

WORKDIR = Path(tempfile.mkdtemp(prefix="bench-certificates-"))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
os.environ["DATABASE_URL"] = f"sqlite:///{WORKDIR / 'db.sqlite3'}"
os.environ["MEDIA_ROOT"] = str(WORKDIR / "media")
os.environ["CACHE_URL"] = "locmemcache://"
os.environ["DEBUG"] = "false"  # no query log growing in memory

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.utils import translation  # noqa: E402
from xhtml2pdf import pisa  # noqa: E402
from xhtml2pdf.config.resources import ResourceAccessPolicy  # noqa: E402

from courses import services  # noqa: E402
from courses.certificates import FONT_DIR, certificate_html, certificate_pdf  # noqa: E402
from courses.factories import course_build, paragraph  # noqa: E402
from courses.models import CompletionRecord  # noqa: E402
from people.models import EmployeeProfile, User  # noqa: E402

LEARNERS = {
    "nl": [("Sanne", "de Vries"), ("Joëlle", "van 't Hoff"), ("Daan", "IJzerman")],
    "vi": [("Minh", "Nguyễn"), ("Thảo", "Trần Thị"), ("Đức", "Phạm Văn")],
}
COURSE_TITLES = {
    "nl": "Respectvol omgaan met elkaar en waar je hulp vindt",
    "vi": "Ứng xử tôn trọng và nơi tìm kiếm sự giúp đỡ",
}


def records_create(count: int) -> list[CompletionRecord]:
    """`count` completion records, alternating nl and vi, via attempt_get_or_start and
    completion_record_create (each record closes its attempt, so the next one starts anew)."""
    courses = {
        language: course_build(
            lessons=[[paragraph("x")]],
            language=language,
            title=title,
            slug=f"bench-{language}",
            validity_months=24,
        )
        for language, title in COURSE_TITLES.items()
    }
    users = {language: [] for language in LEARNERS}
    for language, names in LEARNERS.items():
        for number, (first, last) in enumerate(names):
            user = User.objects.create_user(
                f"{language}{number}@bench.example", first_name=first, last_name=last
            )
            EmployeeProfile.objects.create(
                user=user, employee_number=f"B{language}{number:03d}", preferred_language=language
            )
            users[language].append(user)
    records = []
    for index in range(count):
        language = "nl" if index % 2 == 0 else "vi"
        user = users[language][(index // 2) % len(users[language])]
        # As in a request under /nl/ or /vi/: the services take the active language.
        with translation.override(language):
            attempt = services.attempt_get_or_start(user=user, course=courses[language])
            attempt.language = language  # the record copies this; pin it whatever the rule
            attempt.save(update_fields=["language"])
            records.append(
                services.completion_record_create(
                    attempt=attempt,
                    course=courses[language],
                    score=70 + index % 31,
                    minutes=20 + index % 15,
                )
            )
    return records


def raw_pdf(html: str) -> bytes:
    """xhtml2pdf directly, with the same resource policy as courses.certificates.html_to_pdf."""
    policy = ResourceAccessPolicy.server(FONT_DIR, allow_remote=False)
    output = io.BytesIO()
    result = pisa.CreatePDF(html, dest=output, encoding="utf-8", resource_policy=policy)
    if result.err:
        raise RuntimeError(f"raw xhtml2pdf render failed with {result.err} error(s)")
    return output.getvalue()


def maxrss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def timed(render: Callable[[object], bytes], items: list) -> tuple[float, int]:
    total_bytes = 0
    start = time.perf_counter()
    for item in items:
        pdf = render(item)
        total_bytes += len(pdf)
    seconds = time.perf_counter() - start
    return seconds, total_bytes


def traced_peak(render: Callable[[object], bytes], items: list) -> float:
    tracemalloc.start()
    try:
        for item in items:
            render(item)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="certificates (default 200)")
    args = parser.parse_args()
    count = max(2, args.count)
    try:
        call_command("migrate", verbosity=0)
        setup_start = time.perf_counter()
        records = records_create(count)
        setup_seconds = time.perf_counter() - setup_start
        languages = {lang: sum(r.language == lang for r in records) for lang in ("nl", "vi")}
        htmls = [certificate_html(record) for record in records]  # outside the timing
        load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
        print(
            f"{count} records ({languages['nl']} nl, {languages['vi']} vi) created in "
            f"{setup_seconds:.1f} s; HTML pre-rendered for the raw baseline; "
            f"{os.cpu_count()} CPUs, load average {load}"
        )

        # Warm both paths (fonts, templates, translations, QR encoder) before timing.
        for index in range(min(2, count)):
            certificate_pdf(records[index])
            raw_pdf(htmls[index])
        rss_start = maxrss_mib()

        # Timed pass, interleaved certificate by certificate (and which path goes first
        # alternates), so that other load on the machine does not favour either path. Each
        # path renders every certificate exactly once.
        raw_times, ours_times = [], []
        raw_bytes = ours_bytes = 0
        for index, (record, html) in enumerate(zip(records, htmls, strict=True)):
            for path in ("raw", "ours") if index % 2 == 0 else ("ours", "raw"):
                if path == "raw":
                    seconds, size = timed(raw_pdf, [html])
                    raw_times.append(seconds)
                    raw_bytes += size
                else:
                    seconds, size = timed(certificate_pdf, [record])
                    ours_times.append(seconds)
                    ours_bytes += size
        raw_seconds, ours_seconds = sum(raw_times), sum(ours_times)
        rss_timed = maxrss_mib()
        # For the reading of the ratio: what ours adds on top of xhtml2pdf (template and QR).
        html_start = time.perf_counter()
        for record in records:
            certificate_html(record)
        html_seconds = time.perf_counter() - html_start

        # Memory pass, one path after the other.
        raw_peak = traced_peak(raw_pdf, htmls)
        rss_raw = maxrss_mib()
        ours_peak = traced_peak(certificate_pdf, records)
        rss_ours = maxrss_mib()
    finally:
        shutil.rmtree(WORKDIR, ignore_errors=True)

    raw_rate, ours_rate = count / raw_seconds, count / ours_seconds
    ratio = ours_rate / raw_rate
    print()
    print(
        f"{'path':<34}{'PDFs':>6}{'seconds':>9}{'PDFs/s':>8}{'ms/PDF':>8}{'median':>8}"
        f"{'KiB/PDF':>9}"
        f"{'tracemalloc peak MiB':>22}{'maxrss MiB':>12}"
    )
    rows = (
        ("raw pisa.CreatePDF baseline", raw_times, raw_bytes, raw_peak, rss_raw),
        ("certificate_pdf(record) ours", ours_times, ours_bytes, ours_peak, rss_ours),
    )
    for name, times, size, peak, rss in rows:
        seconds = sum(times)
        print(
            f"{name:<34}{count:>6}{seconds:>9.2f}{count / seconds:>8.2f}"
            f"{1000 * seconds / count:>8.1f}{1000 * statistics.median(times):>8.1f}"
            f"{size / count / 1024:>9.1f}{peak:>22.1f}{rss:>12.1f}"
        )
    print(
        f"{'  of which certificate_html only':<34}{count:>6}{html_seconds:>9.2f}"
        f"{count / html_seconds:>8.1f}{1000 * html_seconds / count:>8.1f}"
    )
    print()
    verdict = "meets" if ratio >= 0.8 else "BELOW"
    print(f"ratio ours/raw (PDFs/s): {ratio:.2f}x  (target >= 0.80x: {verdict})")
    print(
        f"maxrss is the process high-water mark (column: after that path's memory pass): "
        f"{rss_start:.1f} MiB after warm-up, {rss_timed:.1f} MiB after the timed pass"
    )


if __name__ == "__main__":
    main()
