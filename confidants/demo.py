"""Demo directory: an internal and an external confidant, both able to receive messages, and an
external helpline without a login, all confirmed (the first as if with a one-time code, the
others by it). Safe to run again: existing profiles are left alone."""

from django.contrib.auth import get_user_model
from django.db import transaction

from .directory_services import demo_profiles_confirm
from .models import ConfidantProfile
from .services import confidant_keys_create

DEMO_PASSPHRASE = "vertrouwelijk-en-veilig-2026"  # noqa: S105 (printed by make run)

DEMO_CONFIDANTS = (
    {
        "email": "vertrouwenspersoon@demo.example",
        "name": "Lotte Visser",
        "kind": ConfidantProfile.Kind.INTERNAL,
        "languages": ["nl", "en"],
        "phone": "+31 20 555 0142",
        "availability": "ma–do 9:00–17:00",
        "introduction": (
            "Ik werk twaalf jaar bij de organisatie, op de afdeling Financiën, en ben opgeleid "
            "als vertrouwenspersoon. Bij mij kun je je verhaal kwijt, in je eigen tempo."
        ),
    },
    {
        "email": "extern.vertrouwenspersoon@demo.example",
        "name": "Thanh Trần",
        "kind": ConfidantProfile.Kind.EXTERNAL,
        "languages": ["vi", "en", "nl"],
        "phone": "+31 30 555 0178",
        "availability": "Mon–Fri 8:30–18:00",
        "introduction": (
            "Independent confidant, hired by the organisation but not employed by it. "
            "I speak Vietnamese, English and Dutch."
        ),
    },
    {
        "email": None,
        "name": "Vertrouwenslijn (24/7)",
        "kind": ConfidantProfile.Kind.EXTERNAL,
        "languages": ["nl", "en"],
        "phone": "+31 800 555 0100",
        "availability": "24/7",
        "introduction": "An external helpline for urgent situations outside office hours.",
    },
)


@transaction.atomic
def confidants_demo_load() -> str:
    """Create missing demo profiles with a key pair under DEMO_PASSPHRASE; returns it."""
    User = get_user_model()
    created = []
    for order, item in enumerate(DEMO_CONFIDANTS):
        if ConfidantProfile.objects.filter(name=item["name"]).exists():
            continue
        user = User.objects.filter(email=item["email"]).first() if item["email"] else None
        profile = ConfidantProfile.objects.create(
            user=user,
            name=item["name"],
            kind=item["kind"],
            languages=item["languages"],
            phone=item["phone"],
            email=item["email"] or "",
            availability=item["availability"],
            introduction=item["introduction"],
            sort_order=order,
        )
        if user is not None:
            confidant_keys_create(profile=profile, passphrase=DEMO_PASSPHRASE)
        created.append(profile)
    if created:
        demo_profiles_confirm(profiles=created)
    return DEMO_PASSPHRASE
