"""The scenario graph checker: one test per finding code, a realistic example with flags, and
property tests against a brute-force oracle written independently of the checker."""

from hypothesis import given, settings
from hypothesis import strategies as st

from scenarios.validation import MAX_FLAGS, ChoiceSpec, Finding, StepSpec, scenario_check

PATH_CODES = {"unreachable", "no_way_out", "all_choices_hidden"}


def go(label: str, to: str, *, sets: str = "", requires: str = "") -> ChoiceSpec:
    return ChoiceSpec(label=label, next=to, sets_flag=sets, requires_flag=requires)


def step(key: str, *choices: ChoiceSpec, outcome: str = "") -> StepSpec:
    return StepSpec(key=key, choices=choices, outcome=outcome)


def end(key: str, outcome: str = "good") -> StepSpec:
    return StepSpec(key=key, outcome=outcome)


def pairs(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(finding.code, finding.step) for finding in findings]


def only(findings: list[Finding], code: str) -> list[Finding]:
    return [finding for finding in findings if finding.code == code]


VALID = [
    step("a", go("Listen", "b"), go("Walk away", "poor")),
    step("b", go("Ask more", "a"), go("Refer to the confidant", "good")),
    end("good"),
    end("poor", "poor"),
]


def test_a_sound_scenario_has_no_findings():
    assert scenario_check(steps=VALID, start="a") == []


def test_duplicate_key_is_reported_once_on_the_key():
    steps = [*VALID, end("b", "mixed")]
    findings = scenario_check(steps=steps, start="a")
    assert pairs(findings) == [("duplicate_key", "b")]
    assert '"b"' in findings[0].message


def test_unknown_start():
    findings = scenario_check(steps=VALID, start="nowhere")
    assert pairs(findings) == [("unknown_start", "nowhere")]
    assert "nowhere" in findings[0].message


def test_unknown_next_names_the_choice_and_the_missing_key():
    steps = [step("a", go("Listen", "good"), go("Call HR", "hr")), end("good")]
    findings = scenario_check(steps=steps, start="a")
    assert pairs(findings) == [("unknown_next", "a")]
    assert all(text in findings[0].message for text in ('"a"', "Call HR", '"hr"'))


def test_no_ending_is_reported_on_the_start_step():
    steps = [step("a", go("On", "b")), step("b", go("Back", "a"))]
    findings = scenario_check(steps=steps, start="a")
    # Without an ending, every reached step is also a trap.
    assert pairs(findings) == [("no_ending", "a"), ("no_way_out", "a"), ("no_way_out", "b")]
    assert '"a"' in findings[0].message


def test_ending_with_choices():
    steps = [step("a", go("On", "good")), step("good", go("Again", "a"), outcome="good")]
    findings = scenario_check(steps=steps, start="a")
    assert pairs(findings) == [("ending_with_choices", "good")]
    assert '"good"' in findings[0].message


def test_no_choices():
    steps = [step("a", go("On", "b"), go("Stop", "end")), step("b"), end("end")]
    findings = scenario_check(steps=steps, start="a")
    assert pairs(findings) == [("no_choices", "b"), ("no_way_out", "b")]
    assert '"b"' in findings[0].message


def test_unreachable():
    steps = [*VALID, step("lost", go("On", "good"))]
    findings = scenario_check(steps=steps, start="a")
    assert pairs(findings) == [("unreachable", "lost")]
    assert '"lost"' in findings[0].message


def test_no_way_out_for_a_loop_without_exit():
    steps = [
        step("a", go("Listen", "loop1"), go("Leave", "end")),
        step("loop1", go("Again", "loop2")),
        step("loop2", go("And again", "loop1")),
        end("end"),
    ]
    findings = scenario_check(steps=steps, start="a")
    assert pairs(findings) == [("no_way_out", "loop1"), ("no_way_out", "loop2")]
    assert '"loop1"' in findings[0].message


def test_all_choices_hidden():
    steps = [
        step("a", go("Ask", "b", sets="asked"), go("Skip", "b")),
        step("b", go("Follow up", "end", requires="asked")),
        end("end"),
    ]
    findings = scenario_check(steps=steps, start="a")
    assert pairs(findings) == [("all_choices_hidden", "b"), ("no_way_out", "b")]
    assert '"b"' in findings[0].message
    assert "no flag is set" in findings[0].message


def test_a_flag_that_no_choice_sets_hides_its_choice():
    steps = [step("a", go("On", "end", requires="never")), end("end")]
    assert pairs(scenario_check(steps=steps, start="a")) == [
        ("all_choices_hidden", "a"),
        ("no_way_out", "a"),
        ("unreachable", "end"),
    ]


def test_too_many_flags_checks_as_if_every_flag_were_set():
    flags = [f"f{index}" for index in range(MAX_FLAGS + 1)]
    steps = [
        step("a", *(go(f"Set {flag}", "b", sets=flag) for flag in flags)),
        # Needs f0 and f1 together: only reachable because every flag counts as set.
        step("b", go("Needs f0", "c", requires="f0")),
        step("c", go("Needs f1", "end", requires="f1"), go("Needs typo", "end", requires="f99")),
        end("end"),
    ]
    findings = scenario_check(steps=steps, start="a")
    assert pairs(findings) == [("too_many_flags", "a")]
    assert '"a"' in findings[0].message


def test_too_many_flags_still_hides_a_flag_that_no_choice_sets():
    flags = [f"f{index}" for index in range(MAX_FLAGS + 1)]
    steps = [
        step("a", *(go(f"Set {flag}", "b", sets=flag) for flag in flags)),
        step("b", go("Needs typo", "end", requires="f99")),
        end("end"),
    ]
    assert pairs(scenario_check(steps=steps, start="a")) == [
        ("no_way_out", "a"),
        ("too_many_flags", "a"),
        ("all_choices_hidden", "b"),
        ("no_way_out", "b"),
        ("unreachable", "end"),
    ]


def test_twelve_flags_are_still_followed_exactly():
    flags = [f"f{index}" for index in range(MAX_FLAGS)]
    steps = [
        step("a", *(go(f"Set {flag}", "b", sets=flag) for flag in flags)),
        step("b", go("Needs f0", "end", requires="f0"), go("Back", "a")),
        end("end"),
    ]
    assert scenario_check(steps=steps, start="a") == []


def test_several_findings_are_ordered_by_step_then_code():
    steps = [
        step("a", go("On", "b"), go("Away", "gone")),
        step("b"),
        step("c", go("Again", "c")),
        end("b", "good"),
    ]
    assert pairs(scenario_check(steps=steps, start="a")) == [
        ("no_ending", "a"),
        ("no_way_out", "a"),
        ("unknown_next", "a"),
        ("duplicate_key", "b"),
        ("no_choices", "b"),
        ("no_way_out", "b"),
        ("unreachable", "c"),
    ]


# A realistic dialogue: asking what happened earns the option to refer to the confidant.
def dialogue(*, ask_sets: str = "asked", shrug: bool = True) -> list[StepSpec]:
    listen = [go("Refer to the confidant", "referred", requires="asked")]
    if shrug:
        listen.append(go("Say it will blow over", "dismissed"))
    return [
        step(
            "intro",
            go("Ask what happened", "listen", sets=ask_sets),
            go("Change the subject", "listen"),
        ),
        step("listen", *listen),
        end("referred", "good"),
        end("dismissed", "poor"),
    ]


def test_dialogue_with_a_flag_is_sound():
    assert scenario_check(steps=dialogue(), start="intro") == []


def test_dialogue_without_the_flag_being_set_cannot_reach_the_good_ending():
    findings = scenario_check(steps=dialogue(ask_sets=""), start="intro")
    assert pairs(findings) == [("unreachable", "referred")]


def test_dialogue_where_skipping_the_question_leaves_no_choice():
    findings = scenario_check(steps=dialogue(shrug=False), start="intro")
    assert pairs(findings) == [
        ("all_choices_hidden", "listen"),
        ("no_way_out", "listen"),
        ("unreachable", "dismissed"),
    ]
    assert "no flag is set" in only(findings, "no_way_out")[0].message


# Property tests: random small graphs against a brute-force oracle.

KEYS = [f"s{index}" for index in range(12)]
FLAGS = ["asked", "warned"]


@st.composite
def scenarios(draw) -> tuple[list[StepSpec], str]:
    """1-12 steps "s0".., 0-3 choices each (sometimes to "missing"), flags from a pool of two,
    a random start (sometimes "missing") and now and then a repeated key."""
    count = draw(st.integers(1, 12))
    keys = KEYS[:count]
    targets = st.sampled_from([*keys, "missing"])
    choice = st.builds(
        ChoiceSpec,
        label=st.just("go"),
        next=targets,
        sets_flag=st.sampled_from(["", "", *FLAGS]),
        requires_flag=st.sampled_from(["", *FLAGS]),
    )
    steps = [
        StepSpec(
            key=key,
            choices=tuple(draw(st.lists(choice, max_size=3))),
            outcome=draw(st.sampled_from(["", "", "", "good", "mixed", "poor"])),
        )
        for key in keys
    ]
    if count > 1 and draw(st.integers(0, 9)) == 0:
        copy, into = draw(st.permutations(range(count)))[:2]
        steps[into] = StepSpec(key=keys[copy], choices=steps[into].choices, outcome="poor")
    return steps, draw(targets)


def first_steps(steps: list[StepSpec]) -> dict[str, StepSpec]:
    """The steps that count: the first one with each key."""
    table = {}
    for spec in reversed(steps):
        table[spec.key] = spec
    return table


def oracle(steps: list[StepSpec], start: str, *, preset: frozenset = frozenset()) -> dict:
    """Step sets per path code, by exhaustive depth-first search over (step, flags) states and
    a fixpoint for 'an ending can still be reached'."""
    table = first_steps(steps)
    if start not in table:
        return {code: set() for code in PATH_CODES}

    def moves(key: str, flags: frozenset) -> list[tuple[str, frozenset]]:
        if table[key].outcome:
            return []
        result = []
        for choice in table[key].choices:
            shown = choice.requires_flag == "" or choice.requires_flag in flags
            if shown and choice.next in table:
                added = {choice.sets_flag} if choice.sets_flag else set()
                result.append((choice.next, flags | added))
        return result

    seen = set()
    stack = [(start, preset)]
    while stack:
        state = stack.pop()
        if state not in seen:
            seen.add(state)
            stack.extend(moves(*state))

    ends = {state for state in seen if table[state[0]].outcome}
    grew = True
    while grew:
        grew = False
        for state in seen - ends:
            if any(after in ends for after in moves(*state)):
                ends.add(state)
                grew = True

    def hidden(key: str, flags: frozenset) -> bool:
        spec = table[key]
        return bool(
            not spec.outcome
            and spec.choices
            and all(c.requires_flag and c.requires_flag not in flags for c in spec.choices)
        )

    return {
        "unreachable": set(table) - {key for key, _ in seen},
        "no_way_out": {key for key, _ in seen - ends},
        "all_choices_hidden": {key for key, flags in seen if hidden(key, flags)},
    }


def found(findings: list[Finding]) -> dict:
    result = {code: set() for code in PATH_CODES}
    for finding in findings:
        if finding.code in PATH_CODES:
            assert finding.step not in result[finding.code], "a step is reported once per code"
            result[finding.code].add(finding.step)
    return result


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_path_findings_match_the_oracle(scenario):
    steps, start = scenario
    findings = scenario_check(steps=steps, start=start)
    assert "too_many_flags" not in {finding.code for finding in findings}
    assert found(findings) == oracle(steps, start)


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_findings_are_ordered_and_name_their_step(scenario):
    steps, start = scenario
    findings = scenario_check(steps=steps, start=start)
    assert findings == scenario_check(steps=steps, start=start)
    first = {}
    for index, spec in enumerate(steps):
        first.setdefault(spec.key, index)
    order = [(first.get(finding.step, -1), finding.code) for finding in findings]
    assert order == sorted(order)
    assert all(f'"{finding.step}"' in finding.message for finding in findings)


@settings(max_examples=300, deadline=None)
@given(scenarios())
def test_structure_findings_match_a_direct_reading(scenario):
    steps, start = scenario
    table = first_steps(steps)
    keys = [spec.key for spec in steps]
    expected = {("duplicate_key", key) for key in keys if keys.count(key) > 1}
    if start not in table:
        expected.add(("unknown_start", start))
    if all(not spec.outcome for spec in table.values()):
        expected.add(("no_ending", start))
    for key, spec in table.items():
        if spec.outcome and spec.choices:
            expected.add(("ending_with_choices", key))
        if not spec.outcome and not spec.choices:
            expected.add(("no_choices", key))
        expected |= {("unknown_next", key) for c in spec.choices if c.next not in table}
    structural = {"duplicate_key", "unknown_start", "no_ending", "ending_with_choices"}
    structural |= {"no_choices", "unknown_next"}
    findings = scenario_check(steps=steps, start=start)
    assert {pair for pair in pairs(findings) if pair[0] in structural} == expected


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_with_too_many_flags_paths_are_followed_as_if_all_were_set(scenario):
    steps, start = scenario
    many = [f"m{index}" for index in range(MAX_FLAGS + 1)]
    setter = step("setter", *(go("set", "setter", sets=flag) for flag in many))
    steps = [*steps, setter]
    findings = scenario_check(steps=steps, start=start)
    table = first_steps(steps)
    settable = {c.sets_flag for s in table.values() if not s.outcome for c in s.choices}
    expected = oracle(steps, start, preset=frozenset(settable - {""}))
    assert found(findings) == expected
    assert ("too_many_flags" in {finding.code for finding in findings}) == (start in table)
