from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from .views import directory, inbox, public, report

confidant_patterns = [
    path(_("talk-to-a-confidant/contact/"), public.contact, name="contact"),
    path(_("talk-to-a-confidant/follow-up/"), public.follow_up, name="follow_up"),
    path(_("confidant/inbox/"), inbox.inbox, name="inbox"),
    path(_("confidant/passphrase/"), inbox.keys_setup, name="keys_setup"),
    path(_("confidant/unlock/"), inbox.unlock, name="unlock"),
    path(_("confidant/lock/"), inbox.lock, name="lock"),
    path(_("confidant/recover/"), inbox.recover, name="recover"),
    path(_("confidant/cases/<uuid:case_id>/"), inbox.case_detail, name="case"),
    path(_("confidant/cases/<uuid:case_id>/<slug:action>/"), inbox.case_action, name="case_action"),
    path(_("confidant/directory/"), directory.directory, name="directory"),
    path(_("confidant/directory/<int:profile_id>/entry/"), directory.entry_edit, name="entry_edit"),
    path(
        _("confidant/directory/<int:profile_id>/<slug:decision>/"),
        directory.directory_decide,
        name="directory_decide",
    ),
    path(
        _("confidant/directory/first-confidant/"),
        directory.directory_bootstrap,
        name="directory_bootstrap",
    ),
    path(_("confidant/report/"), report.annual_report, name="report"),
    path(_("confidant/report/pdf/"), report.annual_report_pdf, name="report_pdf"),
]

urlpatterns = [
    path(_("talk-to-a-confidant/"), public.confidant_help, name="confidant_help"),
    path("", include((confidant_patterns, "confidants"))),
]
