"""Language-independent URLs at the site root: the service worker must live at /sw.js."""

from django.urls import path

from . import views

urlpatterns = [
    path("sw.js", views.service_worker, name="service_worker"),
    path("offline/", views.offline, name="offline"),
    path("qr.svg", views.qr_svg, name="qr_svg"),
]
