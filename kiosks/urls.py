"""/kiosk/… (inside i18n_patterns: /kiosk/demo/, /rad/kiosk/demo/)."""

from django.urls import path

from . import views

urlpatterns = [
    path("<slug:slug>/", views.kiosk_start, name="kiosk"),
    path("<slug:slug>/heartbeat/", views.heartbeat, name="kiosk_heartbeat"),
]
