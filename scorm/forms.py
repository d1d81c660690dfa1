"""The admin's upload form: a package is checked while the form validates, so a trainer sees
exactly why a zip was refused, and nothing is stored until it passes."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from courses.models import CoursePage

from .imports import package_import
from .models import ScormPackage
from .package import PackageError, inspect_package


class ScormPackageUploadForm(WagtailAdminModelForm):
    package = forms.FileField(
        label=_("SCORM package"),
        help_text=_("A .zip file with imsmanifest.xml at the top (SCORM 1.2 or SCORM 2004)."),
        widget=forms.ClearableFileInput(attrs={"accept": ".zip,application/zip"}),
    )
    course = forms.ModelChoiceField(
        label=_("course"),
        queryset=CoursePage.objects.none(),
        required=False,
        help_text=_("Optional: the course this package was made for."),
    )

    class Meta:
        model = ScormPackage
        fields: list[str] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        courses = CoursePage.objects.select_related("locale").order_by("title")
        self.fields["course"].queryset = courses
        self.fields["course"].label_from_instance = lambda c: f"{c.title} ({c.locale})"

    def clean_package(self):
        upload = self.cleaned_data["package"]
        try:
            inspect_package(upload)
        except PackageError as error:
            raise ValidationError(error.message, code=error.code) from error
        return upload

    def save(self, commit=True):
        """The import service stores the row and the files; the form only hands them over."""
        self.instance = package_import(
            fileobj=self.cleaned_data["package"],
            user=self.for_user,
            course=self.cleaned_data.get("course"),
        )
        return self.instance
