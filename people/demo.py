"""Demo organisation: two departments and one person per role. Safe to run again."""

import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from .models import Department, EmployeeProfile
from .roles import ADMINISTRATOR, COMPLIANCE_OFFICER, CONFIDANT, EMPLOYEE, TRAINER

DEMO_PASSWORD = "veilig-werken-2026"  # noqa: S105 (printed by make run)

DEMO_PEOPLE = (
    # e-mail, first name, last name, role, employee number, department, language
    ("medewerker@demo.example", "Sanne", "de Vries", EMPLOYEE, "E1001", "Klantenservice", "nl"),
    ("nhanvien@demo.example", "Minh", "Nguyễn", EMPLOYEE, "E1002", "Klantenservice", "vi"),
    ("trainer@demo.example", "Ahmed", "Bakker", TRAINER, "E1003", "Hoofdkantoor", "nl"),
    ("compliance@demo.example", "Eva", "Jansen", COMPLIANCE_OFFICER, "E1004", "Hoofdkantoor", "en"),
    ("vertrouwenspersoon@demo.example", "Lotte", "Visser", CONFIDANT, "", "", "nl"),
    ("extern.vertrouwenspersoon@demo.example", "Thanh", "Trần", CONFIDANT, "", "", "vi"),
    ("beheerder@demo.example", "Daan", "Smit", ADMINISTRATOR, "E1005", "Hoofdkantoor", "nl"),
)


@transaction.atomic
def people_demo_load() -> list[tuple[str, str]]:
    """Create what is missing; never touch what exists. Returns (e-mail, role) per demo login."""
    head_office, _ = Department.objects.get_or_create(name="Hoofdkantoor", parent=None)
    departments = {
        "Hoofdkantoor": head_office,
        "Klantenservice": Department.objects.get_or_create(
            name="Klantenservice", parent=head_office
        )[0],
    }
    User = get_user_model()
    logins = []
    for email, first, last, role, number, department, language in DEMO_PEOPLE:
        user, created = User.objects.get_or_create(
            email=email, defaults={"first_name": first, "last_name": last}
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save(update_fields=["password"])
            user.groups.add(Group.objects.get(name=role))
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            EmployeeProfile.objects.create(
                user=user,
                employee_number=number or None,
                department=departments.get(department),
                preferred_language=language,
                hire_date=datetime.date(2024, 3, 1),
            )
        logins.append((email, role))
    return logins
