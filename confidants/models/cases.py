"""Cases: only ciphertext, dates, status and who may open them. No user account, IP address or
user agent is ever stored; times are kept to the hour so they cannot be matched to other logs."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .directory import ConfidantProfile


class Topic(models.TextChoices):
    BULLYING = "bullying", _("Bullying")
    SEXUAL_HARASSMENT = "sexual-harassment", _("Sexual harassment")
    AGGRESSION = "aggression", _("Aggression or violence")
    DISCRIMINATION = "discrimination", _("Discrimination")
    INTIMIDATION = "intimidation", _("Intimidation")
    INTEGRITY = "integrity", _("Integrity concern")
    OTHER = "other", _("Something else")
    NOT_STATED = "", _("Not stated")


class Channel(models.TextChoices):
    CALL_BACK = "call-back", _("Call me back")
    EMAIL = "email", _("E-mail me")
    MEETING = "meeting", _("Meet in person")
    THREAD = "thread", _("Anonymous message thread")


class Case(models.Model):
    class Status(models.TextChoices):
        NEW = "new", pgettext_lazy("case status", "New")
        ACKNOWLEDGED = "acknowledged", pgettext_lazy("case status", "Acknowledged")
        IN_PROGRESS = "in-progress", pgettext_lazy("case status", "In progress")
        CLOSED = "closed", pgettext_lazy("case status", "Closed")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    received_on = models.DateField(_("received on"))
    status = models.CharField(_("status"), max_length=20, choices=Status, default=Status.NEW)
    acknowledged_on = models.DateField(_("acknowledged on"), null=True, blank=True)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    # Topic, channel, language, contact details: one JSON document under the case key.
    sealed_details = models.BinaryField()
    # Anonymous thread only: the receipt code's lookup digest and the reporter's wrapped key.
    receipt_lookup = models.CharField(max_length=64, unique=True, null=True, editable=False)
    receipt_salt = models.BinaryField(default=b"", editable=False)
    receipt_wrapped_key = models.BinaryField(default=b"", editable=False)

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        default_permissions = ()  # no admin, no generic permissions: see confidants/access.py

    def __str__(self):
        return str(_("case received on %(date)s") % {"date": self.received_on})

    @property
    def has_thread(self) -> bool:
        return self.receipt_lookup is not None


class CaseRecipient(models.Model):
    """A confidant who may open the case: the case key sealed to their public key."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="recipients")
    confidant = models.ForeignKey(
        ConfidantProfile, on_delete=models.CASCADE, related_name="case_keys"
    )
    sealed_case_key = models.BinaryField()

    class Meta:
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["case", "confidant"], name="one_key_per_recipient")
        ]

    def __str__(self):  # no content: ids, kinds and dates only
        return f"{self.case_id} -> {self.confidant_id}"


class CaseMessage(models.Model):
    class Author(models.TextChoices):
        REPORTER = "reporter", _("Reporter")
        CONFIDANT = "confidant", _("Confidant")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="messages")
    author = models.CharField(max_length=10, choices=Author)
    sent_at = models.DateTimeField()
    sealed_body = models.BinaryField()

    class Meta:
        default_permissions = ()
        ordering = ["sent_at", "id"]

    def __str__(self):  # no content: ids, kinds and dates only
        return f"{self.case_id} {self.author} {self.sent_at:%Y-%m-%d %H}h"


class CaseNote(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(ConfidantProfile, on_delete=models.PROTECT, related_name="+")
    written_at = models.DateTimeField()
    sealed_body = models.BinaryField()

    class Meta:
        default_permissions = ()
        ordering = ["written_at", "id"]

    def __str__(self):  # no content: ids, kinds and dates only
        return f"{self.case_id} note {self.pk}"


class CaseAccess(models.Model):
    """Who opened or changed which case when; never what they read or wrote."""

    class Action(models.TextChoices):
        OPENED = "opened", _("opened the case")
        ACKNOWLEDGED = "acknowledged", _("acknowledged the case")
        STATUS = "status", _("changed the status")
        REPLIED = "replied", _("replied to the reporter")
        NOTE = "note", _("added a note")
        HANDED_OVER = "handed-over", _("handed the case over")
        RECEIVED = "received", _("received the case")

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="access_log")
    confidant = models.ForeignKey(ConfidantProfile, on_delete=models.PROTECT, related_name="+")
    action = models.CharField(max_length=20, choices=Action)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        default_permissions = ()
        ordering = ["at", "id"]

    def __str__(self):  # no content: ids, kinds and dates only
        return f"{self.case_id} {self.action} {self.at:%Y-%m-%d %H:%M}"


class CaseReminder(models.Model):
    """A deadline reminder already sent, so that running the task again sends nothing twice."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="reminders")
    kind = models.CharField(max_length=30)

    class Meta:
        default_permissions = ()
        constraints = [models.UniqueConstraint(fields=["case", "kind"], name="one_reminder_each")]

    def __str__(self):  # no content: ids, kinds and dates only
        return f"{self.case_id} {self.kind}"


CONFIDANT_KINDS = ("internal", "external", "any")  # ConfidantProfile.Kind values, or "any"


class CaseCounter(models.Model):
    """How many contact requests arrived per month, topic, channel and kind of confidant; kept
    after cases are deleted, read by the annual report. Nothing in a row can be paired with a
    case: the id is random, the finest time is the month, every row of a month is created at
    once in random order (statistics.py) and every request rewrites every row of its month."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    year = models.PositiveSmallIntegerField()
    month = models.PositiveSmallIntegerField()
    topic = models.CharField(max_length=20, choices=Topic, blank=True)
    channel = models.CharField(max_length=10, choices=Channel)
    confidant_kind = models.CharField(max_length=10)  # internal, external or "any"
    count = models.PositiveIntegerField(default=0)

    class Meta:
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(
                fields=["year", "month", "topic", "channel", "confidant_kind"],
                name="one_counter_per_cell",
            )
        ]

    def __str__(self):  # no content: a cell and its count
        return f"{self.year}-{self.month:02} {self.topic or '-'} {self.channel}: {self.count}"
