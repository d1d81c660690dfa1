"""Render time of the public pages, as a ratio to the cheapest view measured in the same run.

Usage: .venv/bin/python bench/bench_pages.py [requests per page]   (after `make demo`)
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ["DEBUG"] = "false"

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

PAGES = ["/health/", "/nl/", "/vi/", "/nl/trainingen/", "/en/talk-to-a-confidant/"]


def measure(client: Client, path: str, runs: int) -> tuple[float, int]:
    client.get(path)  # warm caches and templates
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(path)
        timings.append(time.perf_counter() - start)
        assert response.status_code == 200, (path, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return statistics.median(timings) * 1000, len(queries)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    client = Client(HTTP_HOST="127.0.0.1")
    results = {path: measure(client, path, runs) for path in PAGES}
    baseline = results["/health/"][0]
    print(f"{'page':<28}{'median ms':>10}{'x health':>10}{'queries':>9}")
    for path, (ms, queries) in results.items():
        print(f"{path:<28}{ms:>10.2f}{ms / baseline:>10.1f}{queries:>9}")


if __name__ == "__main__":
    main()
