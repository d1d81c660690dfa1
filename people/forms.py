from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import GroupForm, UserCreationForm, UserEditForm

from .models import language_choices
from .privileges import group_change_errors, privilege_grant_errors


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


class _PrivilegeGuard:
    """Wagtail's user and group forms, refusing what only a superuser with a second factor may
    do (people/privileges.py). The view passes the signed-in user as `acting_user`; without one
    everything privileged is refused."""

    def __init__(self, *args, acting_user=None, **kwargs):
        self.acting_user = acting_user
        super().__init__(*args, **kwargs)

    def clean(self):
        data = super().clean()
        for field, message in self.privilege_errors(data).items():
            self.add_error(field if field in self.fields else None, message)
        return data


class _UserPrivilegeGuard(_PrivilegeGuard):
    def privilege_errors(self, data):
        return privilege_grant_errors(
            acting_user=self.acting_user,
            user=self.instance,
            is_superuser=data.get("is_superuser") if "is_superuser" in self.fields else None,
            groups=data.get("groups"),
            email=data.get("email"),
            password=data.get("password1") or "",
        )


class GuardedUserCreationForm(_UserPrivilegeGuard, UserCreationForm):
    pass


class GuardedUserEditForm(_UserPrivilegeGuard, UserEditForm):
    pass


class GuardedGroupForm(_PrivilegeGuard, GroupForm):
    def privilege_errors(self, data):
        return group_change_errors(
            acting_user=self.acting_user,
            group=self.instance,
            name=data.get("name"),
            permissions=data.get("permissions"),
        )
