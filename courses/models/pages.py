from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.validators import MaxValueValidator
from django.db import models
from django.http import Http404
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from ..blocks import LessonStreamBlock


class CachedPageMixin:
    """A page served from the content cache (courses/content_cache.py) brings along what every
    request asks of it, computed once per generation of the published content."""

    def get_view_restrictions(self):
        """The list kept by cache_warm() on a cached page being served; else Wagtail's query
        (the admin needs a queryset)."""
        served = self.__dict__.get("served_view_restrictions")
        return super().get_view_restrictions() if served is None else served

    @cached_property
    def live_translations(self) -> list[Page]:
        """This page in every language it is published in (the language switcher)."""
        return list(self.get_translations(inclusive=True).live().select_related("locale"))

    def cache_warm(self) -> None:
        self.served_view_restrictions = list(super().get_view_restrictions())
        self.live_translations  # noqa: B018


class HomePage(Page):
    """The start page of one language tree."""

    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["courses.CourseIndexPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_list

        context = super().get_context(request, *args, **kwargs)
        context["courses"] = course_list(locale=self.locale)[:3]
        return context

    @property
    def localized(self) -> Page:
        """This home page in the language being read, where Wagtail starts routing a request:
        from what cache_warm() kept when the page comes from the content cache."""
        served = self.__dict__.get("served_localized")
        if served is None:
            return super().localized
        try:
            language = get_supported_content_language_variant(translation.get_language())
        except LookupError:  # as Locale.get_active(): the default language
            language = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        return served.get(language, self)

    def cache_warm(self) -> None:
        self.served_localized = {
            page.locale.language_code: page
            for page in self.get_translations(inclusive=True).live().select_related("locale")
        }

    def route(self, request, path_components):
        """Find a page below this one by its full path, from the content cache or in one query
        instead of one per level; pages that route their own sub-URLs still get Wagtail's walk."""
        from ..selectors import page_at_path

        if path_components:
            url_path = self.url_path + "/".join(path_components) + "/"
            page = page_at_path(url_path=url_path, locale_id=self.locale_id)
            if page is not None and type(page).route is Page.route:
                if not page.live:
                    raise Http404
                return RouteResult(page)
        return super().route(request, path_components)


class CourseIndexPage(Page):
    """The course catalogue of one language."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage"]

    class Meta:
        verbose_name = _("course catalogue")
        verbose_name_plural = _("course catalogues")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import catalogue_rows

        context = super().get_context(request, *args, **kwargs)
        status = request.GET.get("status", "")
        context.update(catalogue_rows(catalogue=self, user=request.user, status=status))
        return context


class CoursePage(CachedPageMixin, Page):
    """One course: its lessons are its children. Completion rules live here, per course."""

    intro = models.TextField(_("introduction"))
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=20)
    audience = models.CharField(_("audience"), max_length=200, blank=True)
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=80,
        validators=[MaxValueValidator(100)],
        help_text=_("Share of knowledge-check questions answered correctly to complete."),
    )
    min_active_minutes = models.PositiveIntegerField(
        _("minimum active minutes"), default=0, help_text=_("0 means no minimum.")
    )
    validity_months = models.PositiveSmallIntegerField(
        _("valid for (months)"),
        null=True,
        blank=True,
        help_text=_("After this, the course must be taken again. Empty: never expires."),
    )
    certificate_enabled = models.BooleanField(_("issue a certificate"), default=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("estimated_minutes"),
        FieldPanel("audience"),
    ]
    settings_panels = Page.settings_panels + [
        MultiFieldPanel(
            [
                FieldPanel("pass_mark"),
                FieldPanel("min_active_minutes"),
                FieldPanel("validity_months"),
                FieldPanel("certificate_enabled"),
            ],
            heading=_("Completion"),
        )
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    @cached_property
    def lessons(self) -> list["LessonPage"]:
        """The published lessons in order, as the course and lesson pages show them (titles
        and links: without their content, which is costly to load from the content cache)."""
        from ..selectors import course_lessons

        return course_lessons(course=self, with_body=False)

    def cache_warm(self) -> None:
        super().cache_warm()
        self.lessons  # noqa: B018

    def serve(self, request, *args, **kwargs):
        """A learner's course page is kept rendered until their progress or the course changes
        (courses/learner_cache.py)."""
        from ..learner_cache import learner_page

        kept = learner_page(request, f"page:{self.pk}")
        if kept.response is not None:
            return kept.response
        return kept.store(super().serve(request, *args, **kwargs))

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_outline

        context = super().get_context(request, *args, **kwargs)
        context["outline"] = course_outline(course=self, user=request.user)
        return context


class LessonPage(CachedPageMixin, Page):
    """A short lesson. Knowledge checks and scenarios inside it are graded on the server."""

    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=5)
    required = models.BooleanField(_("required for completion"), default=True)
    content_warning = models.CharField(
        _("content warning"),
        max_length=255,
        blank=True,
        help_text=_("Shown before the lesson when it deals with distressing experiences."),
    )
    body = StreamField(LessonStreamBlock(), verbose_name=_("content"))

    content_panels = Page.content_panels + [
        FieldPanel("estimated_minutes"),
        FieldPanel("content_warning"),
        FieldPanel("body"),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("required")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    @cached_property
    def course(self) -> "CoursePage":
        return CoursePage.objects.get(path=self.path[: -self.steplen])

    def cache_warm(self) -> None:
        super().cache_warm()
        self.course.lessons  # noqa: B018

    def serve(self, request, *args, **kwargs):
        """Opening a lesson records the view (services.lesson_view). A reload that records
        nothing is served from the learner's kept page (courses/learner_cache.py) until the
        next reload would record a sign of life; a page that recorded something is not kept."""
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        from ..learner_cache import learner_page
        from ..services import ACTIVITY_MIN_INTERVAL, lesson_view

        kept = learner_page(request, f"page:{self.pk}")
        if kept.response is not None:
            return kept.response
        self._progress = progress = lesson_view(user=request.user, lesson=self)
        response = super().serve(request, *args, **kwargs)
        if progress is None:  # rereading a completed course records nothing
            return kept.store(response)
        if hasattr(progress, "done_keys"):  # a reload within the interval: nothing recorded
            return kept.store(
                response, until=progress.attempt.last_event_at + ACTIVITY_MIN_INTERVAL
            )
        return response

    def get_context(self, request, *args, **kwargs):
        from ..selectors import lesson_state

        context = super().get_context(request, *args, **kwargs)
        progress = getattr(self, "_progress", None)  # None when rereading a completed course
        attempt = progress.attempt if progress else None
        done = getattr(progress, "done_keys", None)
        context.update(lesson_state(lesson=self, user=request.user, attempt=attempt, done=done))
        return context
