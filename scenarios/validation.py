"""Graph checks for a branching scenario, run before a trainer publishes it.

A scenario is a graph of steps, each with a stable key. A step is either an ending (its outcome
is "good", "mixed" or "poor") or it offers choices; each choice leads to the step keyed `next`.
A choice may set a flag, and a choice that requires a flag is only shown once an earlier choice
on the learner's path has set that flag. The learner begins at the start step and the dialogue
stops at the first ending reached.

Pure Python, no Django: the models turn their rows into `StepSpec`s and show the `Finding`s.

Paths are followed over states (step key, flags set so far). Flags only come from `sets_flag`
on choices that can be taken (choices of non-ending steps); a choice requiring any other flag is
never shown. With more than `MAX_FLAGS` distinct flags the states could explode, so the checker
reports "too_many_flags" and follows paths as if every flag were already set: requires_flag then
only hides choices whose flag nothing sets. In that mode, problems that only particular flag
combinations cause are not found.
"""

from collections import Counter, deque
from dataclasses import dataclass

MAX_FLAGS = 12

# A step key and the flags set so far, one bit per flag.
State = tuple[str, int]


@dataclass(frozen=True)
class ChoiceSpec:
    """A choice: shown when requires_flag is "" or was set earlier on the path; taking it sets
    sets_flag (if any) and moves the learner to the step keyed `next`."""

    label: str
    next: str
    sets_flag: str = ""
    requires_flag: str = ""


@dataclass(frozen=True)
class StepSpec:
    """A step: an ending when outcome is set ("good", "mixed" or "poor"), otherwise it offers
    choices."""

    key: str
    choices: tuple[ChoiceSpec, ...] = ()
    outcome: str = ""


@dataclass(frozen=True)
class Finding:
    """A problem in a scenario: `code` is a stable identifier, `message` is English and names
    the step key(s) involved."""

    code: str
    step: str
    message: str
    detail: str = ""  # the missing key, for unknown_next


def scenario_check(*, steps: list[StepSpec], start: str) -> list[Finding]:
    """Every problem found in a scenario, or [] when it is sound.

    A sound scenario has unique step keys, a start step that exists, at least one ending, no
    ending with choices, no other step without choices, and no choice leading to a missing
    step. Every step can be reached from the start, and from every state the learner can reach
    an ending is still reachable and at least one choice is shown.

    When keys repeat, the first step with the key counts and the later ones are ignored. When
    the start step is missing, paths are not followed. Findings are ordered by the position of
    their step in `steps` (a missing start step comes first), then by code; findings about the
    whole scenario ("no_ending", "too_many_flags") are reported on the start step.
    """
    by_key: dict[str, StepSpec] = {}
    for step in steps:
        by_key.setdefault(step.key, step)
    findings = _structure_findings(steps=steps, by_key=by_key, start=start)
    if start in by_key:
        findings += _path_findings(by_key=by_key, start=start)
    position = {key: index for index, key in enumerate(by_key)}
    return sorted(findings, key=lambda finding: (position.get(finding.step, -1), finding.code))


def _structure_findings(
    *, steps: list[StepSpec], by_key: dict[str, StepSpec], start: str
) -> list[Finding]:
    """Problems visible in the steps themselves, without following any path."""
    findings = []
    if start not in by_key:
        findings.append(Finding("unknown_start", start, f'The start step "{start}" is not a step.'))
    if not any(step.outcome for step in by_key.values()):
        message = f'The scenario starting at "{start}" has no ending: no step has an outcome.'
        findings.append(Finding("no_ending", start, message))
    uses = Counter(step.key for step in steps)
    for key, step in by_key.items():
        if uses[key] > 1:
            message = f'{uses[key]} steps have the key "{key}"; step keys must be unique.'
            findings.append(Finding("duplicate_key", key, message))
        if step.outcome and step.choices:
            message = f'Step "{key}" is an ending (outcome "{step.outcome}") but has choices.'
            findings.append(Finding("ending_with_choices", key, message))
        if not step.outcome and not step.choices:
            message = f'Step "{key}" is not an ending and has no choices.'
            findings.append(Finding("no_choices", key, message))
        for choice in step.choices:
            if choice.next not in by_key:
                message = (
                    f'Choice "{choice.label}" in step "{key}" leads to "{choice.next}", '
                    "which is not a step."
                )
                findings.append(Finding("unknown_next", key, message, choice.next))
    return findings


def _path_findings(*, by_key: dict[str, StepSpec], start: str) -> list[Finding]:
    """Problems found by following the learner's possible paths from the start."""
    flags = dict.fromkeys(
        choice.sets_flag
        for step in by_key.values()
        if not step.outcome
        for choice in step.choices
        if choice.sets_flag
    )
    bits = {flag: 1 << index for index, flag in enumerate(flags)}
    findings = []
    first_mask = 0
    if len(bits) > MAX_FLAGS:
        first_mask = (1 << len(bits)) - 1
        message = (
            f'The scenario starting at "{start}" uses {len(bits)} flags (more than '
            f"{MAX_FLAGS}); paths were checked as if every flag were already set."
        )
        findings.append(Finding("too_many_flags", start, message))
    into = _explore(by_key=by_key, bits=bits, first=(start, first_mask))
    can_end = _can_end(by_key=by_key, into=into)
    reached = {key for key, _ in into}
    for key in by_key:
        if key not in reached:
            message = f'Step "{key}" cannot be reached from the start step "{start}".'
            findings.append(Finding("unreachable", key, message))
    stuck: dict[str, int] = {}
    for key, mask in into:
        if (key, mask) not in can_end:
            stuck.setdefault(key, mask)
    for key, mask in stuck.items():
        message = f'From step "{key}" no ending can be reached {_flags_text(mask=mask, bits=bits)}.'
        findings.append(Finding("no_way_out", key, message))
    for key, mask in _all_hidden(by_key=by_key, bits=bits, states=into).items():
        message = (
            f'Step "{key}" shows no choice {_flags_text(mask=mask, bits=bits)}: '
            "every choice requires a flag that is not set."
        )
        findings.append(Finding("all_choices_hidden", key, message))
    return findings


def _bit(*, flag: str, bits: dict[str, int]) -> int:
    """The bit of a flag in a state: none for "", or a bit no path sets for a flag that no
    choice sets (so a choice requiring it is never shown)."""
    if not flag:
        return 0
    return bits.get(flag, 1 << len(bits))


def _explore(
    *, by_key: dict[str, StepSpec], bits: dict[str, int], first: State
) -> dict[State, list[State]]:
    """Every state the learner can reach from `first`, each with the states leading into it
    (breadth first). A choice is followed when its flag requirement is met; an ending ends the
    path, so its choices are never followed."""
    moves = {
        key: [
            (
                _bit(flag=choice.requires_flag, bits=bits),
                _bit(flag=choice.sets_flag, bits=bits),
                choice.next,
            )
            for choice in step.choices
            if choice.next in by_key
        ]
        for key, step in by_key.items()
        if not step.outcome
    }
    into: dict[State, list[State]] = {first: []}
    queue = deque([first])
    while queue:
        state = queue.popleft()
        key, mask = state
        for need, sets, target in moves.get(key, ()):
            if need & mask == need:
                after = (target, mask | sets)
                if after in into:
                    into[after].append(state)
                else:
                    into[after] = [state]
                    queue.append(after)
    return into


def _can_end(*, by_key: dict[str, StepSpec], into: dict[State, list[State]]) -> set[State]:
    """The reached states from which an ending can still be reached: walk the taken choices
    backwards from every reached ending."""
    done = {state for state in into if by_key[state[0]].outcome}
    queue = deque(done)
    while queue:
        for before in into[queue.popleft()]:
            if before not in done:
                done.add(before)
                queue.append(before)
    return done


def _all_hidden(
    *, by_key: dict[str, StepSpec], bits: dict[str, int], states: dict[State, list[State]]
) -> dict[str, int]:
    """For each non-ending step with choices, the first reached flags under which every one of
    its choices is hidden by requires_flag. A step with a choice that requires no flag always
    shows it, so only steps whose choices all require a flag are looked at."""
    needs = {
        key: [_bit(flag=choice.requires_flag, bits=bits) for choice in step.choices]
        for key, step in by_key.items()
        if not step.outcome and step.choices and all(c.requires_flag for c in step.choices)
    }
    hidden: dict[str, int] = {}
    for key, mask in states:
        if key in needs and all(need & mask != need for need in needs[key]):
            hidden.setdefault(key, mask)
    return hidden


def _flags_text(*, mask: int, bits: dict[str, int]) -> str:
    """The flags set in `mask`, for a message."""
    flags = [flag for flag, bit in bits.items() if mask & bit]
    return f"when these flags are set: {', '.join(flags)}" if flags else "when no flag is set"
