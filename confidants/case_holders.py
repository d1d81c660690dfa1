"""Who holds a case, and the one rule for taking the other confidants' keys to it away
(acknowledging, closing or handing over a case sent to "any confidant")."""

from . import directory_services
from .models import Case, CaseAccess, CaseRecipient, ConfidantProfile


class NotHolder(ValueError):
    """Only the confidant holding a case, or any confirmed recipient of a case nobody took on
    yet, may take the others' keys to it away."""


def case_holder(case: Case) -> int | None:
    """The confidant who acknowledged the case or last received it by hand-over, if any."""
    return (
        CaseAccess.objects.filter(
            case=case, action__in=[CaseAccess.Action.ACKNOWLEDGED, CaseAccess.Action.RECEIVED]
        )
        .order_by("-at", "-id")
        .values_list("confidant_id", flat=True)
        .first()
    )


def narrowing_check(*, case: Case, confidant: ConfidantProfile) -> None:
    others = CaseRecipient.objects.filter(case=case).exclude(confidant=confidant)
    if not others.exists():
        return
    holder = case_holder(case)
    if holder is not None and holder != confidant.pk:
        raise NotHolder
    if not confidant.can_receive:
        raise NotHolder


def recipients_narrow(*, case: Case, keep: ConfidantProfile) -> None:
    """Remove every other confidant's key; shown to all confidants in the change log."""
    deleted, _rows = CaseRecipient.objects.filter(case=case).exclude(confidant=keep).delete()
    if deleted:
        directory_services.change_log(
            kind=directory_services.Kind.CASE_TAKEN, profile=keep, by=keep
        )
