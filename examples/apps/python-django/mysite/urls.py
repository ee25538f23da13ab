from django.urls import path

from blog import views

urlpatterns = [
    path("health", views.health),
    path("", views.index),
]
