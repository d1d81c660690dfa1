"""Player page and commits (under the language prefix: messages in the learner's language);
package files (not: their addresses are the same in every language)."""

from django.urls import path

from . import views

urlpatterns = [
    path(
        "learn/lessons/<int:lesson_id>/scorm/<uuid:block_id>/",
        views.package_play,
        name="scorm_play",
    ),
    path("scorm/attempts/<int:attempt_id>/commit/", views.attempt_commit, name="scorm_commit"),
]

content_urlpatterns = [
    path("frame/<str:token>/", views.package_frame, name="scorm_frame"),
    path("content/<str:token>/<path:path>", views.package_file, name="scorm_file"),
]
