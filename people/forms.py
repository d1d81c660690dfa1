from django import forms
from django.utils.translation import gettext_lazy as _

from .models import language_choices


class LanguagePreferenceForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language for the site, e-mails and certificates"),
        choices=language_choices,
        widget=forms.RadioSelect,
    )


class EmployeeImportForm(forms.Form):
    """The HR file; it is read and checked here, so a refused file never reaches the report."""

    file = forms.FileField(
        label=_("Employee file (CSV)"),
        help_text=_(
            "UTF-8, separated by commas or semicolons, with a header line. "
            "Nothing is imported before you have seen the report."
        ),
    )

    def clean_file(self):
        from .employee_import import MAX_BYTES, ImportFileError, employees_read

        upload = self.cleaned_data["file"]
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(
                _("The file is larger than %(mb)s MB: split it into smaller files."),
                params={"mb": MAX_BYTES // (1024 * 1024)},
            )
        data = upload.read()
        try:
            self.cleaned_data["rows"] = employees_read(data)
        except ImportFileError as error:
            raise forms.ValidationError(str(error)) from None
        return data
