"""Assignments: which course an audience must complete, by when, and how often again.

Audiences are evaluated when read, never copied: a new hire or someone who moves department is
in or out of an assignment on the next page view (compliance/status.py)."""

import datetime

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, PageChooserPanel


class Assignment(ClusterableModel):
    class Audience(models.TextChoices):
        EVERYONE = "everyone", _("Everyone")
        DEPARTMENTS = "departments", _("Departments (with their sub-departments)")
        GROUPS = "groups", _("Roles")
        NEW_HIRES = "new-hires", _("New hires")

    class DueRule(models.TextChoices):
        FIXED = "fixed", _("On a fixed date")
        AFTER_ASSIGNMENT = "after-assignment", _("A number of days after the assignment")
        AFTER_HIRE = "after-hire", _("A number of days after the hire date")

    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Any language version: the assignment covers the course in every language."),
    )
    audience = models.CharField(
        _("who"), max_length=20, choices=Audience, default=Audience.EVERYONE
    )
    departments = ParentalManyToManyField(
        "people.Department", verbose_name=_("departments"), blank=True, related_name="+"
    )
    groups = ParentalManyToManyField(Group, verbose_name=_("roles"), blank=True, related_name="+")
    hired_since = models.DateField(
        _("hired on or after"),
        null=True,
        blank=True,
        help_text=_("For new hires: people hired on or after this date."),
    )
    starts_on = models.DateField(_("assigned on"), default=datetime.date.today)
    due_rule = models.CharField(_("due"), max_length=20, choices=DueRule, default=DueRule.FIXED)
    due_on = models.DateField(_("due date"), null=True, blank=True)
    due_days = models.PositiveSmallIntegerField(_("days to complete"), null=True, blank=True)
    recertify_months = models.PositiveSmallIntegerField(
        _("repeat every (months)"),
        null=True,
        blank=True,
        help_text=_("Leave empty when once is enough (or when the course's own validity applies)."),
    )
    reminders_paused = models.BooleanField(_("reminders paused"), default=False)
    active = models.BooleanField(_("active"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    panels = [
        PageChooserPanel("course", page_type="courses.CoursePage"),
        MultiFieldPanel(
            [
                FieldPanel("audience"),
                FieldPanel("departments"),
                FieldPanel("groups"),
                FieldPanel("hired_since"),
            ],
            heading=_("Audience"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("starts_on"),
                FieldPanel("due_rule"),
                FieldRowPanel([FieldPanel("due_on"), FieldPanel("due_days")]),
                FieldPanel("recertify_months"),
            ],
            heading=_("Deadlines"),
        ),
        FieldPanel("reminders_paused"),
        FieldPanel("active"),
    ]

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["starts_on", "pk"]
        permissions = [("view_dashboard", _("Can see the compliance dashboard and exports"))]

    def __str__(self):
        return f"{self.course.title} ({self.get_audience_display()})"

    @property
    def course_key(self):
        return self.course.translation_key

    def clean(self):
        from django.core.exceptions import ValidationError

        errors = {}
        if self.due_rule == self.DueRule.FIXED and not self.due_on:
            errors["due_on"] = _("Give the date by which the course must be completed.")
        if self.due_rule != self.DueRule.FIXED and not self.due_days:
            errors["due_days"] = _("Give the number of days people have to complete the course.")
        if self.audience == self.Audience.NEW_HIRES and not self.hired_since:
            errors["hired_since"] = _("Give the date from which people count as new hires.")
        if errors:
            raise ValidationError(errors)


class ReminderSent(models.Model):
    """A reminder already sent, so that running the task again sends nothing twice. `period`
    names the deadline the reminder was about (a date), so a new deadline gets new reminders."""

    class Kind(models.TextChoices):
        DUE_SOON = "due-soon", _("Due soon")
        OVERDUE = "overdue", _("Overdue")
        EXPIRING = "expiring", _("Certificate expiring")
        MANAGER_DIGEST = "manager-digest", _("Weekly manager digest")

    assignment = models.ForeignKey(
        Assignment, on_delete=models.CASCADE, null=True, related_name="reminders"
    )
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind)
    period = models.DateField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "user", "kind", "period"], name="one_reminder_per_deadline"
            ),
            # NULLs are distinct in a unique constraint: digests (no assignment) need their own.
            models.UniqueConstraint(
                fields=["user", "kind", "period"],
                condition=models.Q(assignment__isnull=True),
                name="one_digest_per_period",
            ),
        ]

    def __str__(self):
        return f"{self.kind} {self.user_id} {self.period}"


class ExportLog(models.Model):
    """Every export: who, when, what and with which filter (never the exported data)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    user_email = models.EmailField()
    at = models.DateTimeField(auto_now_add=True)
    kind = models.CharField(max_length=20)
    filters = models.JSONField(default=dict)
    rows = models.PositiveIntegerField(null=True)

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-at"]

    def __str__(self):
        return f"{self.kind} by {self.user_email} at {self.at:%Y-%m-%d %H:%M}"
