from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import views

urlpatterns = [
    path(_("my-training/"), views.my_training, name="my_training"),
    path(
        "learn/lessons/<int:lesson_id>/questions/<uuid:block_id>/",
        views.answer_submit,
        name="answer_submit",
    ),
    path("learn/lessons/<int:lesson_id>/complete/", views.lesson_complete, name="lesson_complete"),
    path("learn/lessons/<int:lesson_id>/active/", views.lesson_active, name="lesson_active"),
    path("certificates/<str:code>.pdf", views.certificate_download, name="certificate_download"),
]
