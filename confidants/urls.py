from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

urlpatterns = [
    path(_("talk-to-a-confidant/"), views.confidant_help, name="confidant_help"),
]
