from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from courses import views as course_views
from people import views as people_views
from people.media import media_file
from scorm import urls as scorm_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("i18n/", include("django.conf.urls.i18n")),
    path("health/", people_views.health, name="health"),
    path("health/ready/", people_views.health_ready, name="health_ready"),
    path("scorm/", include(scorm_urls.content_urlpatterns)),
    path(f"{settings.MEDIA_URL.strip('/')}/<path:path>", media_file, name="media_file"),
]

urlpatterns += i18n_patterns(
    path("accounts/language/", people_views.language_preference, name="language_preference"),
    path("", include("scorm.urls")),  # first: the runtime commits every 30 s per learner
    path("accounts/", include("allauth.urls")),
    path("", include("confidants.urls")),
    path("", include("compliance.urls")),
    path("", include("courses.urls")),
    path("", include("scenarios.urls")),
    path("verify/<str:code>/", course_views.certificate_verify, name="certificate_verify"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
