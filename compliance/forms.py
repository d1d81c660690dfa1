from django import forms
from django.utils.translation import gettext_lazy as _

from people.models import Department

from .models import Assignment
from .selectors import Filters
from .status import Status


def status_choices():
    return (
        [("", _("All"))]
        + [(s, Status.LABELS[s]) for s in Status.ORDER]
        + [("expiring", _("Expiring within 30 days"))]
    )


class FilterForm(forms.Form):
    """The officer's filters, shared by the dashboard, the employee list and every export."""

    assignment = forms.ModelChoiceField(
        label=_("Assignment"),
        queryset=Assignment.objects.none(),
        required=False,
        empty_label=_("All assignments"),
    )
    department = forms.ModelChoiceField(
        label=_("Department"),
        queryset=Department.objects.none(),
        required=False,
        empty_label=_("All departments"),
    )
    status = forms.ChoiceField(label=_("Status"), choices=status_choices, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignment"].queryset = Assignment.objects.filter(active=True).select_related(
            "course"
        )
        self.fields["department"].queryset = Department.objects.order_by("name")

    def filters(self) -> Filters:
        data = self.cleaned_data
        return Filters(
            assignment_id=data["assignment"].pk if data.get("assignment") else None,
            department_id=data["department"].pk if data.get("department") else None,
            status=data.get("status") or None,
        )
