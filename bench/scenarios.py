"""Time of the scenario graph checker, as a ratio to a plain BFS over the same graph.

Usage: .venv/bin/python bench/scenarios.py [--steps N] [--runs N]   (default 2000 steps, 21 runs)

Generates a scenario of N steps: a long main path whose steps branch to side steps that rejoin
the main path a little further on, leaves that end the dialogue early ("poor" or "mixed"), and a
"good" ending at the end of the main path. A few choices on the main path set one of three
flags and some side steps offer a shortcut that requires a flag. Then times, in the same run:

  plain  a breadth-first search over the step keys, ignoring flags (the baseline);
  check  scenario_check(), which follows (step, flags) states forwards and backwards.

Medians of the runs are printed in ms with the ratio; the target is check < 100 ms for 2,000
steps. Figures are printed, never asserted. No Django is needed.

This covers the checker only: the player's throughput is measured here once the player exists.
"""

import argparse
import statistics
import sys
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scenarios.validation import ChoiceSpec, StepSpec, scenario_check  # noqa: E402

FLAGS = ["asked", "documented", "escalated"]
TARGET_MS = 100


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=21)
    args = parser.parse_args()
    steps = scenario_build(size=args.steps)
    choices = sum(len(step.choices) for step in steps)
    findings = scenario_check(steps=steps, start="m0")
    reached = plain_bfs(steps=steps, start="m0")
    print(
        f"{len(steps)} steps, {choices} choices, {len(FLAGS)} flags, "
        f"{len(reached)} reached by plain BFS, {len(findings)} findings"
    )
    plain = median_ms(work=lambda: plain_bfs(steps=steps, start="m0"), runs=args.runs)
    check = median_ms(work=lambda: scenario_check(steps=steps, start="m0"), runs=args.runs)
    print(f"{'path':<8}{'median ms':>10}{'x plain':>9}")
    print(f"{'plain':<8}{plain:>10.2f}{1:>9.1f}")
    print(f"{'check':<8}{check:>10.2f}{check / plain:>9.1f}")
    verdict = "met" if check < TARGET_MS else "MISSED"
    print(f"target: check < {TARGET_MS} ms for 2,000 steps ({verdict})")


if __name__ == "__main__":
    main()
