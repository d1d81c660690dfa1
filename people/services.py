import logging
import secrets
from collections.abc import Iterable

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.contrib.auth.models import AbstractBaseUser, Group
from django.core.cache import cache
from django.db import connection, transaction
from wagtail.users.models import UserProfile

from .employee_import import (
    CREATE,
    DEACTIVATE,
    ERROR,
    UPDATE,
    EmployeeRow,
    ImportReport,
    RowResult,
    employees_check,
    protected_rows_refuse,
)
from .models import EmployeeProfile
from .roles import EMPLOYEE
from .selectors import import_protected_user_ids, import_state, mfa_required_key
from .tasks import email_change_notices_task

logger = logging.getLogger(__name__)
BATCH = 1000
PROFILE_FIELDS = ("employee_number", "department_id", "preferred_language", "hire_date")


def mfa_requirement_forget(*, user_ids: Iterable[int]) -> None:
    """Group membership changed: the next request of these users asks the database again
    whether they must use a second factor, so someone made a trainer is sent to MFA set-up
    at once. Forgotten now and again after the commit, so that a request reading the old
    membership in between cannot keep it."""
    keys = [mfa_required_key(user_id) for user_id in user_ids]
    if keys:
        cache.delete_many(keys)
        transaction.on_commit(lambda: cache.delete_many(keys))


@transaction.atomic
def profile_language_set(*, user: AbstractBaseUser, language: str) -> EmployeeProfile:
    """Remember the language a person wants the site, e-mails and certificates in."""
    if language not in dict(settings.LANGUAGES):
        raise ValueError(f"Unsupported language: {language!r}")
    profile, _created = EmployeeProfile.objects.get_or_create(user=user)
    profile.preferred_language = language
    profile.save(update_fields=["preferred_language"])
    admin_profile = UserProfile.get_for_user(user)  # the Wagtail admin speaks it too
    admin_profile.preferred_language = language
    admin_profile.save(update_fields=["preferred_language"])
    return profile


@transaction.atomic
def employees_import(
    *, rows: list[EmployeeRow], valid_only: bool, actor: AbstractBaseUser | None
) -> ImportReport:
    """Bring accounts and profiles in line with the HR file, in one transaction.

    The rows are checked again here, against the database as it is now. Nothing is written
    when a row has errors, unless `valid_only`: then the other rows are imported. An employee
    is found by employee number, so importing the file again updates and never duplicates.
    A leaver (active = no) loses the login but keeps the account, the profile and every
    completion record. `actor` is who imported (None: the command line), for the log and
    the notice. New employees get the Employee role, no password (they sign in through
    SSO or the password reset) and a verified e-mail address.

    Only employees change: the accounts a row would change are locked and checked again, so
    one that got a staff role or rights since the check is refused too. An employee whose
    e-mail address changes (only ever by employee number) keeps the new address as the only
    login address, and the old address gets a notice once the import is committed."""
    state = import_state()
    results = employees_check(rows, state)
    _protected_recheck(results)
    report = ImportReport(results=results)
    if report.counts[ERROR] and not valid_only:
        return report
    User = get_user_model()
    created = [r for r in results if r.action == CREATE]
    users = User.objects.bulk_create(
        [
            User(
                email=r.email,
                first_name=r.values["first_name"],
                last_name=r.values["last_name"],
                is_active=r.values["active"],
                password=_unusable_password(),
            )
            for r in created
        ],
        batch_size=BATCH,
    )
    for result, user in zip(created, users, strict=True):
        result.user_id = user.pk
    group = Group.objects.get(name=EMPLOYEE)
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=r.user_id, group_id=group.pk) for r in created],
        batch_size=BATCH,
    )
    _addresses_create(created)
    changed = [r for r in results if r.action in (UPDATE, DEACTIVATE)]
    moved = _accounts_update(changed, state.current)
    user_by_email = {**state.user_by_email}
    user_by_email.update((r.email, r.user_id) for r in results if r.action != ERROR)
    _profiles_save(created + changed, state.current, user_by_email)
    report.imported = True
    logger.info("Employee import by %s: %s", actor.pk if actor else "command", report.counts)
    if moved:
        notices = [_notice(r, state.current[r.user_id], actor) for r in moved]
        transaction.on_commit(lambda: email_change_notices_task.enqueue(notices=notices))
    return report


def _protected_recheck(results: list[RowResult]) -> None:
    """Lock the accounts the import would change (a role or a superuser flag given meanwhile
    waits for the import, or is seen now) and refuse the rows of those that have rights."""
    User = get_user_model()
    ids = [r.user_id for r in results if r.action in (UPDATE, DEACTIVATE)]
    protected: set[int] = set()
    for start in range(0, len(ids), BATCH):
        batch = ids[start : start + BATCH]
        list(User.objects.select_for_update().filter(pk__in=batch).values_list("pk"))
        protected |= import_protected_user_ids(user_ids=batch)
    if protected:
        protected_rows_refuse(results, protected=protected)


def _accounts_update(changed: list[RowResult], current: dict[int, dict]) -> list[RowResult]:
    """Returns the rows whose account got a new e-mail address: every allauth address of
    theirs is replaced by the new one, so the old one can neither sign in nor reset."""
    User = get_user_model()
    _rows_update(
        User,
        ["email", "first_name", "last_name", "is_active"],
        [
            User(
                pk=r.user_id,
                email=r.email,
                first_name=r.values["first_name"],
                last_name=r.values["last_name"],
                is_active=r.values["active"],
            )
            for r in changed
        ],
    )
    moved = [r for r in changed if current[r.user_id]["email"] != r.email]
    for start in range(0, len(moved), BATCH):
        EmailAddress.objects.filter(
            user_id__in=[r.user_id for r in moved[start : start + BATCH]]
        ).delete()
    _addresses_create(moved)
    return moved


def _notice(result: RowResult, stored: dict, actor: AbstractBaseUser | None) -> dict:
    language = result.values.get("preferred_language") or stored.get("preferred_language")
    return {
        "old_email": stored["email"],
        "new_email": result.email,
        "first_name": result.values["first_name"],
        "language": language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE,
        "actor": (actor.get_full_name() or actor.email) if actor else "",
    }


def _addresses_create(results: list[RowResult]) -> None:
    """HR vouches for the address: verified, and the one allauth writes to."""
    EmailAddress.objects.bulk_create(
        [
            EmailAddress(user_id=r.user_id, email=r.email, verified=True, primary=True)
            for r in results
        ],
        batch_size=BATCH,
    )


def _profiles_save(
    results: list[RowResult], current: dict[int, dict], user_by_email: dict[str, int]
) -> None:
    """An empty optional cell (language, hire date, manager) keeps what is stored."""
    new, existing = [], []
    for r in results:
        stored = current.get(r.user_id, {})
        profile = EmployeeProfile(
            pk=stored.get("profile_id"),
            user_id=r.user_id,
            active=r.values["active"],
            manager_id=user_by_email.get(r.values.get("manager_email"), stored.get("manager_id")),
        )
        for name in PROFILE_FIELDS:
            default = "" if name == "preferred_language" else None
            setattr(profile, name, r.values.get(name, stored.get(name, default)))
        (existing if profile.pk else new).append(profile)
    EmployeeProfile.objects.bulk_create(new, batch_size=BATCH)
    _rows_update(EmployeeProfile, ["active", "manager_id", *PROFILE_FIELDS], existing)


def _unusable_password() -> str:
    """As make_password(None), which is slow for 50,000 accounts: random, so that accounts
    without a password do not share a session hash."""
    return UNUSABLE_PASSWORD_PREFIX + secrets.token_hex(20)


def _rows_update(model, fields: list[str], objects: list) -> None:
    """One prepared UPDATE run for every object (executemany). bulk_update's CASE expressions
    take seconds per thousand rows."""
    opts, quote = model._meta, connection.ops.quote_name
    columns = [opts.get_field(name) for name in fields]
    sql = "UPDATE {} SET {} WHERE {} = %s".format(  # noqa: S608 (names from the model)
        quote(opts.db_table),
        ", ".join(f"{quote(column.column)} = %s" for column in columns),
        quote(opts.pk.column),
    )
    params = [
        [column.get_db_prep_save(getattr(obj, column.attname), connection) for column in columns]
        + [obj.pk]
        for obj in objects
    ]
    if params:
        with connection.cursor() as cursor:
            cursor.executemany(sql, params)
