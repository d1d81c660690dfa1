"""Scenario checker time against a plain BFS; player requests/s against a bare Django view.

The checker's time is a ratio to a plain BFS over the same graph, the player's requests/s
under gunicorn a ratio to a bare view in the same run.

Usage: .venv/bin/python bench/scenarios.py [--steps N] [--runs N] [--skip-player]
           [--requests N] [--concurrency C] [--workers W] [--warmup N]
           [--playthroughs N] [--max-seconds S] [--fresh] [--show-queries]
       (defaults: 2000 steps, 21 runs; 1000 requests per page, 50 concurrent, 2 gunicorn
       workers, 100 warm-up, 300 play-throughs within 300 s)

Checker. Generates a scenario of N steps: a long main path whose steps branch to side steps
that rejoin the main path a little further on, leaves that end the dialogue early ("poor" or
"mixed"), and a "good" ending at the end of the main path. A few choices on the main path set
one of three flags and some side steps offer a shortcut that requires a flag. Then times, in
the same run:

  plain  a breadth-first search over the step keys, ignoring flags (the baseline);
  check  scenario_check(), which follows (step, flags) states forwards and backwards.

Medians of the runs are printed in ms with the ratio; the target is check < 100 ms for 2,000
steps. No Django is needed for this part; --skip-player runs only this part.

Player. A throwaway site as in bench/pages.py (bench/serving.py): production settings, a
temporary SQLite database with load_demo, gunicorn with 2 sync workers on 127.0.0.1, every
request with X-Forwarded-Proto: https and Host: 127.0.0.1. The demo employee
(medewerker@demo.example) starts the Dutch demo scenario "bystander-meeting" through
/nl/scenarios/bystander-meeting/play/, which redirects to the attempt page; then, in the
same run:

  GET   the attempt page (the start step with its four choices) and /health/, the bare view
        behind the same middleware sent the same cookies: N requests each at C concurrent;
  POST  play-throughs: each starts (GET play, 302), shows the first step, then posts four
        choices along meeting > mark-pushback > leader-steps-in > samira-talks to the "good"
        ending, each POST (position, choice and the CSRF token read from the csrftoken
        cookie, 302) followed by the GET of the next step, as a browser does.

A learner has one open attempt per scenario (play resumes it), so the play-throughs cannot
share one learner: each load thread plays as its own employee, a copy of the demo employee
created in the temporary database with a session of its own. The attempts are checked in
the database afterwards: each play-through must have finished "good" after four choices.
Queries of the play start, the attempt page and a choice are counted in-process under the
same settings. A learner's step page is kept rendered until their attempt changes
(courses/learner_cache.py), so the GET load of one attempt page is mostly served as kept, and
each play-through's GETs after a choice are fresh renders; --fresh runs the site with
LEARNER_PAGES_KEPT=false, so that every request renders. Target: attempt page >= 0.5x the
bare view's requests/s (the play-throughs' requests/s is shown against it too). Figures are
printed, never asserted.
"""

import argparse
import statistics
import sys
import time
from collections import Counter, deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from http.cookies import SimpleCookie
from pathlib import Path
from queue import Queue
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import serving  # noqa: E402
from serving import BASELINE, HOST, cookie_header, sql_count  # noqa: E402

from scenarios.validation import ChoiceSpec, StepSpec, scenario_check  # noqa: E402

FLAGS = ["asked", "documented", "escalated"]
TARGET_MS = 100

LEARNER = "medewerker@demo.example"
PLAYER_EMAIL = "speler{}@bench.example"  # the demo employee's copies, one per load thread
SCENARIO_KEY = "bystander-meeting"
PLAY = f"/nl/scenarios/{SCENARIO_KEY}/play/"
ATTEMPTS = "/nl/scenarios/attempts/"
# (step, index of the choice in the step) from the start step to the ending; 1 + 1 + 1 + 2 points
PLAY_PATH = [("meeting", 0), ("mark-pushback", 1), ("leader-steps-in", 0), ("samira-talks", 1)]
ENDING = "good"
PLAYER_TARGET = 0.5  # x the bare view's requests/s


def scenario_build(*, size: int) -> list[StepSpec]:
    """A sound scenario of exactly `size` steps (at least 30): a main path ending "good",
    rejoining side steps (some with a shortcut that requires a flag) and early endings."""
    main = size * 2 // 3  # side steps and early endings make up the rest
    last = main - 1
    paths: dict[int, list[ChoiceSpec]] = {}
    others = []
    for index in range(last):
        flag = FLAGS[index // 50 % len(FLAGS)] if index % 50 == 10 else ""
        paths[index] = [ChoiceSpec(label="Carry on", next=f"m{index + 1}", sets_flag=flag)]
        if index % 3 == 0:
            paths[index].append(ChoiceSpec(label="Ask a colleague", next=f"b{index}"))
            side = [ChoiceSpec(label="Go back", next=f"m{min(index + 2, last)}")]
            if index % 6 == 0:
                need = FLAGS[index // 6 % len(FLAGS)]
                shortcut = f"m{min(index + 4, last)}"
                side.append(ChoiceSpec(label="Shortcut", next=shortcut, requires_flag=need))
            others.append(StepSpec(key=f"b{index}", choices=tuple(side)))
        if index % 7 == 0:
            paths[index].append(ChoiceSpec(label="Give up", next=f"e{index}"))
            others.append(StepSpec(key=f"e{index}", outcome="poor" if index % 2 else "mixed"))
    for extra in range(size - main - len(others)):  # top up with more early endings
        paths[extra * 2 + 1].append(ChoiceSpec(label="Walk away", next=f"x{extra}"))
        others.append(StepSpec(key=f"x{extra}", outcome="mixed"))
    mains = [StepSpec(key=f"m{index}", choices=tuple(paths[index])) for index in range(last)]
    return [*mains, StepSpec(key=f"m{last}", outcome="good"), *others]


def plain_bfs(*, steps: list[StepSpec], start: str) -> set[str]:
    """The step keys reachable from the start, flags ignored."""
    by_key = {step.key: step for step in steps}
    seen = {start}
    queue = deque([start])
    while queue:
        for choice in by_key[queue.popleft()].choices:
            if choice.next in by_key and choice.next not in seen:
                seen.add(choice.next)
                queue.append(choice.next)
    return seen


def median_ms(*, work: Callable[[], object], runs: int) -> float:
    work()  # warm up
    timings = []
    for _ in range(runs):
        begin = time.perf_counter()
        work()
        timings.append(time.perf_counter() - begin)
    return statistics.median(timings) * 1000


def checker_report(*, size: int, runs: int) -> None:
    steps = scenario_build(size=size)
    choices = sum(len(step.choices) for step in steps)
    findings = scenario_check(steps=steps, start="m0")
    reached = plain_bfs(steps=steps, start="m0")
    print(
        f"{len(steps)} steps, {choices} choices, {len(FLAGS)} flags, "
        f"{len(reached)} reached by plain BFS, {len(findings)} findings"
    )
    plain = median_ms(work=lambda: plain_bfs(steps=steps, start="m0"), runs=runs)
    check = median_ms(work=lambda: scenario_check(steps=steps, start="m0"), runs=runs)
    print(f"{'path':<8}{'median ms':>10}{'x plain':>9}")
    print(f"{'plain':<8}{plain:>10.2f}{1:>9.1f}")
    print(f"{'check':<8}{check:>10.2f}{check / plain:>9.1f}")
    verdict = "met" if check < TARGET_MS else "MISSED"
    print(f"target: check < {TARGET_MS} ms for 2,000 steps ({verdict})")


def players_script(count: int) -> str:
    """For `manage.py shell -c`: a session for the demo employee and `count` copies of them
    (same role, department and language), each with a session of its own."""
    return f"""
{serving.SESSION_FUNCTION}
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from people.models import EmployeeProfile
from people.roles import EMPLOYEE

User = get_user_model()
learner = User.objects.get(email="{LEARNER}")
print("SESSION_KEY=" + session_for(learner))
for number in range({count}):
    email = "{PLAYER_EMAIL}".format(number)
    user = User.objects.create_user(email, first_name="Speler", last_name=str(number))
    user.groups.add(Group.objects.get(name=EMPLOYEE))
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    EmployeeProfile.objects.create(
        user=user,
        department=learner.profile.department,
        preferred_language=learner.profile.preferred_language,
        hire_date=learner.profile.hire_date,
    )
    print("PLAYER_KEY=" + session_for(user))
"""


def attempt_id(location: str) -> int | None:
    """The attempt's id from a redirect to its page, else None."""
    number = location.removeprefix(ATTEMPTS).rstrip("/")
    return int(number) if location.startswith(ATTEMPTS) and number.isdigit() else None


def player_in_process(env: dict[str, str], learner_key: str, player_key: str) -> dict:
    """In-process, same settings: the demo employee starts the scenario (SQL of the play start
    creating the attempt, then of the attempt page on a warm second request); a copy plays the
    path through to its ending (SQL of its first choice), which also finishes that copy's
    attempt before the load starts."""
    serving.django_setup(env)
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from scenarios.models import ScenarioAttempt

    def client_for(session_key: str) -> Client:
        client = Client(HTTP_HOST=HOST, HTTP_X_FORWARDED_PROTO="https")
        client.cookies["sessionid"] = session_key
        return client

    learner = client_for(learner_key)
    with CaptureQueriesContext(connection) as queries:
        response = learner.get(PLAY)
    play = (response.status_code, [query["sql"] for query in queries])
    attempt_url = response.get("Location", "")
    if attempt_id(attempt_url) is None:
        raise RuntimeError(f"{PLAY} answered {response.status_code} {attempt_url!r} in-process")
    learner.get(attempt_url)  # warm caches, set the CSRF cookie (so the next render is kept)
    with CaptureQueriesContext(connection) as queries:
        response = learner.get(attempt_url)
    page = (response.status_code, [query["sql"] for query in queries])
    rendered = response.content.decode().count('class="choice-button"')
    with CaptureQueriesContext(connection) as queries:
        response = learner.get(attempt_url)
    kept = (response.status_code, [query["sql"] for query in queries])

    player = client_for(player_key)
    own = player.get(PLAY).get("Location", "")
    player.get(own)
    choice = None
    for position, (_step, index) in enumerate(PLAY_PATH):
        with CaptureQueriesContext(connection) as queries:
            response = player.post(own, {"position": position, "choice": index})
        choice = choice or (response.status_code, [query["sql"] for query in queries])
        player.get(own)
    played = ScenarioAttempt.objects.filter(pk=attempt_id(own)).first()
    if played is None or played.outcome != ENDING or len(played.path) != len(PLAY_PATH):
        raise RuntimeError(
            f"the path {PLAY_PATH} did not reach the {ENDING!r} ending in-process: "
            f"{played and (played.outcome, played.path)}"
        )
    return {
        "play": play,
        "page": page,
        "kept": kept,
        "choice": choice,
        "url": attempt_url,
        "shown": rendered,
    }


def send(
    port: int, method: str, path: str, jar: SimpleCookie, body: str | None = None
) -> tuple[int, float, str]:
    """One request as the browser holding `jar` sends it (a POST as a form from the page
    itself); the jar takes the cookies set. Returns status, seconds and the redirect target;
    a failed request has status 0."""
    headers = {"Host": HOST, "X-Forwarded-Proto": "https", "Cookie": cookie_header(jar)}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers["Origin"] = f"https://{HOST}"
        headers["Referer"] = f"https://{HOST}{path}"
    start = time.perf_counter()
    try:
        status, seconds, response = serving.fetch(port, method, path, headers, body)
    except OSError:
        return 0, time.perf_counter() - start, ""
    for header in response.headers.get_all("Set-Cookie") or []:
        jar.load(header)
    return status, seconds, response.headers.get("Location", "")


def playthrough(port: int, jar: SimpleCookie) -> dict:
    """Start (or resume) an attempt, show its step, then per choice on PLAY_PATH: POST it with
    the CSRF token and GET the next step. Stops at the first unexpected answer."""
    run: dict = {"attempt": None, "requests": [], "choices": [], "complete": False}

    def record(kind: str, method: str, path: str, body: str | None = None) -> tuple:
        answer = send(port, method, path, jar, body)
        run["requests"].append((kind, answer[0], answer[1]))
        return answer

    status, _seconds, page = record("play", "GET", PLAY)
    run["attempt"] = attempt_id(page) if status == 302 else None
    if run["attempt"] is None or record("page", "GET", page)[0] != 200:
        return run
    for position, (_step, index) in enumerate(PLAY_PATH):
        token = jar["csrftoken"].value if "csrftoken" in jar else ""
        form = urlencode({"csrfmiddlewaretoken": token, "position": position, "choice": index})
        posted, post_seconds, target = record("choice", "POST", page, form)
        if posted != 302 or target != page:
            run["choices"].append((posted, post_seconds))
            return run
        shown, get_seconds, _target = record("page", "GET", page)
        run["choices"].append((posted if shown == 200 else shown, post_seconds + get_seconds))
        if shown != 200:
            return run
    run["complete"] = True
    return run


def playthroughs(
    port: int, jars: list[SimpleCookie], count: int, seconds: float
) -> tuple[list[dict], float]:
    """`count` play-throughs, one thread per jar (learner), none started after `seconds`."""
    free: Queue = Queue()
    for jar in jars:
        free.put(jar)
    deadline = time.monotonic() + seconds

    def one(_index: int) -> dict | None:
        if time.monotonic() > deadline:
            return None
        jar = free.get()
        try:
            return playthrough(port, jar)
        finally:
            free.put(jar)

    with ThreadPoolExecutor(max_workers=len(jars)) as pool:
        start = time.perf_counter()
        runs = [run for run in pool.map(one, range(count)) if run is not None]
        wall = time.perf_counter() - start
    return runs, wall


def attempts_check(ids: list[int]) -> Counter:
    """(outcome, choices taken) of the attempts with these ids, from the database."""
    from scenarios.models import ScenarioAttempt

    return Counter(
        (outcome or "open", len(path))
        for outcome, path in ScenarioAttempt.objects.filter(pk__in=ids).values_list(
            "outcome", "path"
        )
    )


def statuses_text(statuses: dict[int, int]) -> str:
    return ", ".join(f"{code}: {n}" for code, n in sorted(statuses.items()))


def player_report(args: argparse.Namespace) -> None:
    requests, concurrency = max(20, args.requests), max(1, args.concurrency)
    count = max(2, args.playthroughs)
    players = min(concurrency, count)
    with serving.site("bench-scenarios-") as site:
        if args.fresh:
            site.env["LEARNER_PAGES_KEPT"] = "false"
        setup_start = time.perf_counter()
        serving.site_build(site)
        output = serving.manage(site.env, "shell", "-c", players_script(players))
        keys: dict[str, list[str]] = {"SESSION_KEY": [], "PLAYER_KEY": []}
        for line in output.splitlines():
            name, _equals, value = line.partition("=")
            keys.get(name, []).append(value.strip())
        session_key, player_keys = keys["SESSION_KEY"][-1], keys["PLAYER_KEY"]
        print(serving.site_describe(site, time.perf_counter() - setup_start))

        queries = player_in_process(site.env, session_key, player_keys[0])
        attempt = queries["url"]

        serving.gunicorn_start(site, args.workers)
        port = site.port
        resumed = send(port, "GET", PLAY, SimpleCookie({"sessionid": session_key}))
        if resumed[0] != 302 or resumed[2] != attempt:
            print(f"warning: {PLAY} answered {resumed[0]} {resumed[2]!r}, not 302 {attempt}")
        headers = {
            "Host": HOST,
            "X-Forwarded-Proto": "https",
            "Cookie": serving.browser_cookies(port, session_key, [BASELINE, attempt]),
        }
        results = {}
        for path in (BASELINE, attempt):
            serving.load(port, path, headers, args.warmup, concurrency)
            results[path] = serving.load(port, path, headers, requests, concurrency)

        jars = [SimpleCookie({"sessionid": key}) for key in player_keys]
        runs, wall = playthroughs(port, jars, count, args.max_seconds)
        ids = [run["attempt"] for run in runs if run["complete"]]
        endings = attempts_check(ids)

    baseline = results[BASELINE]["rps"]
    print()
    print(
        f"player: {attempt} ({SCENARIO_KEY}, nl, start step with {queries['shown']} choices) "
        f"for {LEARNER}"
    )
    print(
        f"{requests} requests per page at concurrency {concurrency}, "
        f"gunicorn with {args.workers} sync workers, "
        + ("every page rendered afresh (--fresh)" if args.fresh else "learners' pages kept")
    )
    print(
        f"{'page':<40}{'req/s':>8}{'x health':>9}{'p50 ms':>8}{'p95 ms':>8}{'max ms':>8}"
        f"{'queries':>8}  statuses"
    )
    for path, label in ((BASELINE, BASELINE), (attempt, f"{attempt} (attempt page)")):
        figures = results[path]
        (status, render), (kept_status, kept) = queries["page"], queries["kept"]
        count_sql = "" if path == BASELINE else f"{sql_count(render)}/{sql_count(kept)}"
        refused = path != BASELINE and {status, kept_status} != {200}
        print(
            f"{label:<40}{figures['rps']:>8.1f}{figures['rps'] / baseline:>9.2f}"
            f"{figures['p50']:>8.1f}{figures['p95']:>8.1f}{figures['max']:>8.1f}"
            f"{count_sql:>8}  {statuses_text(figures['statuses'])}"
            + (f" (test client: {status}, {kept_status})" if refused else "")
        )

    steps = " > ".join(step for step, _index in PLAY_PATH) + f" > {ENDING}-end"
    sent = [request for run in runs for request in run["requests"]]
    choices = [choice for run in runs for choice in run["choices"]]
    print()
    print(
        f"{len(runs)} of {count} play-throughs at concurrency {players} (one learner each), "
        f"{len(PLAY_PATH)} choices each: {steps}"
    )
    if count > len(runs):
        print(f"  {count - len(runs)} not started within {args.max_seconds:.0f} s")
    flow = len(sent) / wall if wall else 0.0
    print(
        f"  {wall:.1f} s: {len(runs) / wall:.1f} play-throughs/s, {len(choices) / wall:.1f} "
        f"choices/s; {len(sent)} requests, {flow:.1f} req/s ({flow / baseline:.2f}x health)"
    )
    print(f"  {'request':<38}{'count':>8}{'p50 ms':>8}{'p95 ms':>8}{'max ms':>8}{'queries':>8}")
    rows = [
        ("GET play (start)", "play", [(s, t) for k, s, t in sent if k == "play"]),
        ("GET attempt page", "page", [(s, t) for k, s, t in sent if k == "page"]),
        ("POST choice", "choice", [(s, t) for k, s, t in sent if k == "choice"]),
        ("choice: POST + GET of the next step", "", choices),
    ]
    for label, kind, measured in rows:
        if len(measured) < 2:
            print(f"  {label:<38}{len(measured):>8}")
            continue
        figures = serving.figures(measured, wall, len(measured))
        count_sql = sql_count(queries[kind][1]) if kind else ""
        print(
            f"  {label:<38}{len(measured):>8}{figures['p50']:>8.1f}{figures['p95']:>8.1f}"
            f"{figures['max']:>8.1f}{count_sql:>8}  {statuses_text(figures['statuses'])}"
        )
    found = ", ".join(f"{n} {outcome} after {taken}" for (outcome, taken), n in endings.items())
    print(
        f"  database: {len(ids)} complete play-throughs, {len(set(ids))} distinct attempts: "
        f"{found or 'none'}"
    )

    print()
    page = results[attempt]
    good = endings.get((ENDING, len(PLAY_PATH)), 0)
    checks = [
        (
            f"attempt page req/s >= {PLAYER_TARGET}x health",
            page["rps"] / baseline >= PLAYER_TARGET,
        ),
        ("attempt page all 200", set(page["statuses"]) == {200}),
        (f"play-throughs req/s >= {PLAYER_TARGET}x health", flow / baseline >= PLAYER_TARGET),
        (
            f"all {count} play-throughs reached {ENDING}",
            good == len(set(ids)) == len(ids) == count,
        ),
    ]
    for name, ok in checks:
        print(f"{name}: {'meets' if ok else 'MISSES'}")
    print(
        "(queries: SQL statements, not counting BEGIN/COMMIT/SAVEPOINT/RELEASE; the attempt "
        "page's as a fresh render / a reload served as kept)"
    )
    if args.show_queries:
        for kind in ("play", "page", "kept", "choice"):
            statements = queries[kind][1]
            print(f"\n{kind}: {sql_count(statements)} queries")
            for sql in statements:
                print(f"  {sql[:160]}")
    serving.log_report(site.problems)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--skip-player", action="store_true", help="the checker part only")
    parser.add_argument("--requests", type=int, default=1000, help="per page (default 1000)")
    parser.add_argument("--concurrency", type=int, default=50, help="default 50")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--warmup", type=int, default=100, help="unrecorded requests per page")
    parser.add_argument("--playthroughs", type=int, default=300, help="default 300")
    parser.add_argument(
        "--max-seconds", type=float, default=300, help="start no play-through after (300)"
    )
    parser.add_argument(
        "--fresh", action="store_true", help="never serve kept pages: every request renders"
    )
    parser.add_argument("--show-queries", action="store_true", help="print the player's SQL")
    args = parser.parse_args()
    checker_report(size=args.steps, runs=args.runs)
    if not args.skip_player:
        print()
        player_report(args)


if __name__ == "__main__":
    main()
