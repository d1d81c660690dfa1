from django.urls import path

from . import views

urlpatterns = [
    path("scenarios/<slug:key>/play/", views.scenario_play, name="scenario_play"),
    path("scenarios/attempts/<int:attempt_id>/", views.scenario_attempt, name="scenario_attempt"),
]
