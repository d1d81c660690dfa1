"""Reading what a SCO committed. SCORM 1.2 and 2004 name the same facts differently; the rest
of the platform sees one summary. Values arrive as the runtime sent them (strings, mostly)."""

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .models import ScormVersion

COMPLETED_12 = {"completed", "passed", "failed"}


@dataclass(frozen=True)
class CmiSummary:
    completion_status: str
    success_status: str
    score_raw: Decimal | None
    score_scaled: Decimal | None
    location: str
    exit: str

    @property
    def completed(self) -> bool:
        return self.completion_status == "completed"

    @property
    def passed(self) -> bool:
        """Completed and not failed: a package that judges no success passes by completing."""
        return self.completed and self.success_status != "failed"

    @property
    def percent(self) -> Decimal | None:
        if self.score_scaled is None:
            return None
        return (max(Decimal(0), self.score_scaled) * 100).quantize(Decimal("0.01"))


LIMIT = Decimal("999999")  # what the attempt's score column holds (10 digits, 4 decimals)


def _decimal(value, low: Decimal = -LIMIT, high: Decimal = LIMIT) -> Decimal | None:
    if value in (None, "") or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value)[:40])
        if not number.is_finite() or not low <= number <= high:
            return None
        return number.quantize(Decimal("1e-4"))
    except (InvalidOperation, ValueError):
        return None


def _text(value, limit: int = 1000) -> str:
    return str(value)[:limit] if isinstance(value, str | int | float) else ""


def _scaled(raw, low, high) -> Decimal | None:
    """SCORM 1.2 has no scaled score: raw within min..max (0..100 when not given)."""
    low = low if low is not None else Decimal(0)
    high = high if high is not None else Decimal(100)
    if raw is None or high <= low:
        return None
    return max(Decimal(0), min(Decimal(1), (raw - low) / (high - low))).quantize(Decimal("1e-5"))


def summarise(version: str, cmi: dict, *, mastery_score: Decimal | None = None) -> CmiSummary:
    if version == ScormVersion.SCORM_12:
        core = cmi.get("core") if isinstance(cmi.get("core"), dict) else {}
        score = core.get("score") if isinstance(core.get("score"), dict) else {}
        status = _text(core.get("lesson_status"), 20)
        raw = _decimal(score.get("raw"))
        if status == "completed" and mastery_score is not None and raw is not None:
            status = "passed" if raw >= mastery_score else "failed"
        return CmiSummary(
            completion_status="completed"
            if status in COMPLETED_12
            else (status or "not attempted"),
            success_status=status if status in {"passed", "failed"} else "unknown",
            score_raw=raw,
            score_scaled=_scaled(raw, _decimal(score.get("min")), _decimal(score.get("max"))),
            location=_text(core.get("lesson_location")),
            exit=_text(core.get("exit"), 20),
        )
    score = cmi.get("score") if isinstance(cmi.get("score"), dict) else {}
    raw = _decimal(score.get("raw"))
    scaled = _decimal(score.get("scaled"), Decimal(-1), Decimal(1))
    return CmiSummary(
        completion_status=_text(cmi.get("completion_status"), 20) or "unknown",
        success_status=_text(cmi.get("success_status"), 20) or "unknown",
        score_raw=raw,
        score_scaled=scaled
        if scaled is not None
        else _scaled(raw, _decimal(score.get("min")), _decimal(score.get("max"))),
        location=_text(cmi.get("location")),
        exit=_text(cmi.get("exit"), 20),
    )
