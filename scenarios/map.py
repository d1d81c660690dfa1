"""A picture of a scenario: steps as boxes in columns by distance from the start, choices as
arrows, endings coloured by outcome, steps with problems outlined. Drawn as SVG by the
project itself, no external service."""

from collections import deque
from dataclasses import dataclass

from .validation import Finding, StepSpec

BOX_W, BOX_H, GAP_X, GAP_Y, MARGIN = 150, 44, 70, 26, 20


@dataclass(frozen=True)
class Node:
    key: str
    x: int
    y: int
    outcome: str
    problem: bool


@dataclass(frozen=True)
class Edge:
    d: str  # SVG path: a straight arrow forward, a curve back or within a column
    label: str
    broken: bool


def _edge_path(sx: int, sy: int, tx: int, ty: int) -> str:
    """From box (sx, sy) to box (tx, ty): straight when it goes forward, a bracket on the left
    within a column, an arc over the top when it goes back."""
    mid_s, mid_t = sy + BOX_H // 2, ty + BOX_H // 2
    if tx > sx:
        return f"M {sx + BOX_W} {mid_s} L {tx} {mid_t}"
    if tx == sx:
        bend = GAP_X // 2
        return f"M {sx} {mid_s} C {sx - bend} {mid_s}, {tx - bend} {mid_t}, {tx} {mid_t}"
    top = min(sy, ty) - GAP_Y
    cs, ct = sx + BOX_W // 2, tx + BOX_W // 2
    return f"M {cs} {sy} C {cs} {top}, {ct} {top}, {ct} {ty}"


def scenario_map(*, steps: list[StepSpec], start: str, findings: list[Finding]) -> dict:
    by_key = {}
    for step in steps:
        by_key.setdefault(step.key, step)
    depth = {start: 0} if start in by_key else {}
    queue = deque(depth)
    while queue:
        key = queue.popleft()
        for choice in by_key[key].choices:
            if choice.next in by_key and choice.next not in depth:
                depth[choice.next] = depth[key] + 1
                queue.append(choice.next)
    last = max(depth.values(), default=-1)
    for key in by_key:  # unreachable steps go in a column of their own at the end
        depth.setdefault(key, last + 1)
    columns: dict[int, list[str]] = {}
    for key in by_key:
        columns.setdefault(depth[key], []).append(key)
    problems = {finding.step for finding in findings}
    position = {}
    nodes = []
    for column, keys in sorted(columns.items()):
        for row, key in enumerate(keys):
            # GAP_Y of room above the first row for the arcs of choices that go back
            x, y = MARGIN + column * (BOX_W + GAP_X), MARGIN + GAP_Y + row * (BOX_H + GAP_Y)
            position[key] = (x, y)
            nodes.append(Node(key, x, y, by_key[key].outcome, key in problems))
    edges = []
    for key, step in by_key.items():
        x, y = position[key]
        for choice in step.choices:
            if choice.next in position:
                tx, ty = position[choice.next]
                edges.append(Edge(_edge_path(x, y, tx, ty), choice.label, False))
            else:
                d = f"M {x + BOX_W} {y + BOX_H // 2} l {GAP_X // 2} {-BOX_H // 2}"
                edges.append(Edge(d, choice.label, True))
    width = MARGIN * 2 + (max(columns, default=0) + 1) * (BOX_W + GAP_X)
    height = (
        MARGIN * 2 + GAP_Y + max((len(k) for k in columns.values()), default=1) * (BOX_H + GAP_Y)
    )
    return {
        "nodes": nodes,
        "edges": edges,
        "width": width,
        "height": height,
        "box_w": BOX_W,
        "box_h": BOX_H,
    }
