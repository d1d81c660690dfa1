from django.urls import path
from django.utils.translation import gettext_lazy as _

from .views import dashboard, exports, progress

app_name = "compliance"

urlpatterns = [
    path(_("compliance/"), dashboard.dashboard, name="dashboard"),
    path(_("compliance/employees/"), dashboard.employees, name="employees"),
    path(_("compliance/reminders/"), dashboard.reminders_now, name="reminders_now"),
    path(
        _("compliance/reminders/<str:result_id>/"),
        progress.reminders_progress_page,
        name="reminders_progress",
    ),
    path(
        _("compliance/reminders/<str:result_id>/status.json"),
        progress.reminders_progress_json,
        name="reminders_progress_json",
    ),
    path(_("compliance/export/csv/"), exports.export_csv, name="export_csv"),
    path(_("compliance/export/xlsx/"), exports.export_xlsx, name="export_xlsx"),
    path(_("compliance/export/pdf/"), exports.export_pdf, name="export_pdf"),
    path(_("compliance/export/audit-pack/"), exports.export_audit_pack, name="export_audit_pack"),
    path(
        _("compliance/export/audit-pack/<str:result_id>/"),
        progress.audit_pack_progress_page,
        name="audit_pack_progress",
    ),
    path(
        _("compliance/export/audit-pack/<str:result_id>/status.json"),
        progress.audit_pack_progress_json,
        name="audit_pack_progress_json",
    ),
    path(
        _("compliance/export/audit-pack/<str:result_id>/download/"),
        progress.audit_pack_download,
        name="audit_pack_download",
    ),
]
