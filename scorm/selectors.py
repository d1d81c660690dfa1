"""Reads for hosted SCORM packages: what the runtime starts from, and who may fetch files."""

from django.contrib.auth.models import AbstractBaseUser
from django.core import signing

from courses.access import MAX_ID, lesson_key_open_to

from .models import ScormAttempt, ScormVersion

CONTENT_SALT = "scorm.content"
CONTENT_MAX_AGE = 4 * 3600  # a long lesson; the address also dies with the access


def runtime_start(*, attempt: ScormAttempt, user: AbstractBaseUser) -> dict:
    """The CMI data the runtime is loaded with: who the learner is, and, when resuming, the
    bookmark, suspend data, status and score last committed. Session values start afresh."""
    name = user.get_full_name() or user.email
    cmi = attempt.latest_cmi if attempt.commit_count else {}
    resuming = attempt.commit_count > 0
    if attempt.package.version == ScormVersion.SCORM_12:
        core = cmi.get("core") if isinstance(cmi.get("core"), dict) else {}
        start = {
            "core": {
                "student_id": str(user.pk),
                "student_name": name,
                "entry": "resume" if core.get("exit") == "suspend" else "ab-initio",
            }
        }
        if resuming:
            for field in ("lesson_location", "lesson_status", "score"):
                if field in core:
                    start["core"][field] = core[field]
            if "suspend_data" in cmi:
                start["suspend_data"] = cmi["suspend_data"]
        return start
    start = {
        "learner_id": str(user.pk),
        "learner_name": name,
        "entry": "resume" if cmi.get("exit") == "suspend" else "ab-initio",
    }
    if resuming:
        for field in ("location", "completion_status", "success_status", "score", "suspend_data"):
            if field in cmi:
                start[field] = cmi[field]
    return start


def attempt_lesson_key(*, attempt_id: int, user: AbstractBaseUser):
    """The lesson (translation key) of the learner's own attempt, as a subquery."""
    attempt = ScormAttempt.objects.filter(pk=min(attempt_id, MAX_ID), user=user)
    return attempt.values("lesson_key")[:1]


def content_token(*, attempt: ScormAttempt, site_origin: str) -> str:
    """Signed, expiring permission to fetch one package's files for one learner's attempt: the
    files' address carries it, as the content origin holds no cookie of this site. `o` is the
    site origin allowed to frame the files."""
    grant = {"a": attempt.pk, "p": str(attempt.package.uuid), "o": site_origin}
    return signing.dumps(grant, salt=CONTENT_SALT, compress=True)


def content_grant(token: str) -> dict | None:
    """The grant of a signed address that has not expired, while the learner it was issued to
    may still open the lesson (checked on every file: access revoked, the address is dead)."""
    try:
        grant = signing.loads(token, salt=CONTENT_SALT, max_age=CONTENT_MAX_AGE)
    except signing.BadSignature:
        return None
    attempt = (
        ScormAttempt.objects.filter(pk=grant.get("a"), package__uuid=grant.get("p"))
        .select_related("user")
        .first()
    )
    if attempt is None or lesson_key_open_to(attempt.user, attempt.lesson_key) is None:
        return None
    return grant
