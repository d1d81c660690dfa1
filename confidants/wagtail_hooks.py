"""Administrators keep the public directory up to date, within the confidants' consent: a new
entry is shown and receives requests only once a confidant confirms it, and a confirmed entry's
contact details and login are locked here (confidants/directory_services.py). Every save is
written to the change log the confidants see. Cases are deliberately absent here: no snippet,
no admin menu, no search index (confidants/README.md)."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import CreateView, DeleteView, EditView, SnippetViewSet

from . import directory_services
from .models import ConfidantProfile


class ProfileCreateView(CreateView):
    def save_instance(self):
        instance = super().save_instance()
        directory_services.profile_saved_in_admin(profile=instance, before=None)
        return instance


class ProfileEditView(EditView):
    def save_instance(self):
        before = ConfidantProfile.objects.filter(pk=self.object.pk).values("user_id", "active")
        before = before.first()
        instance = super().save_instance()
        directory_services.profile_saved_in_admin(profile=instance, before=before)
        return instance


class ProfileDeleteView(DeleteView):
    def delete_action(self):
        profile = self.object
        super().delete_action()
        directory_services.profile_deleted_in_admin(profile=profile)


class ConfidantProfileViewSet(SnippetViewSet):
    model = ConfidantProfile
    icon = "user"
    menu_label = ConfidantProfile._meta.verbose_name_plural
    add_to_admin_menu = True
    list_display = ["name", "kind", "active"]
    search_fields = None
    add_view_class = ProfileCreateView
    edit_view_class = ProfileEditView
    delete_view_class = ProfileDeleteView
    copy_view_enabled = False


register_snippet(ConfidantProfileViewSet)
