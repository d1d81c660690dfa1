"""Trainers upload SCORM packages in the admin. A package's files never change after upload
(attempts refer to exactly what learners saw), so editing only renames it."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, SnippetViewSet

from .forms import ScormPackageUploadForm
from .models import ScormPackage
from .package import PackageError


class ScormPackageCreateView(CreateView):
    def form_valid(self, form):
        """A zip can pass the checks and still fail while unpacking (a damaged member, a
        lying header): show that on the field like any other refusal."""
        try:
            return super().form_valid(form)
        except PackageError as error:
            form.add_error("package", error.message)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class ScormPackageViewSet(SnippetViewSet):
    model = ScormPackage
    icon = "media"
    menu_label = _("SCORM packages")
    add_to_admin_menu = True
    add_view_class = ScormPackageCreateView
    list_display = ["title", "version", "file_count", "uploaded_at"]
    list_filter = ["version"]
    search_fields = None
    panels = [FieldPanel("title")]
    upload_panel = ObjectList([FieldPanel("package"), FieldPanel("course")])

    def get_add_view_kwargs(self, **kwargs):
        return super().get_add_view_kwargs(
            panel=self.upload_panel.bind_to_model(ScormPackage),
            form_class=ScormPackageUploadForm,
            **kwargs,
        )


register_snippet(ScormPackageViewSet)
