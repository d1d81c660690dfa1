"""Demo pages: a home page and a course catalogue in Dutch, translated to English and
Vietnamese through wagtail-localize, exactly as a translator would in the admin."""

import uuid

from django.db import transaction
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from . import demo_content
from .models import CourseIndexPage, CoursePage, HomePage, LessonPage

# Source texts (Dutch) and their translations. Keys are the Dutch source strings.
TEXTS = {
    "Samen werken aan een veilige werkplek": {
        "en": "Working together on a safe workplace",
        "vi": "Cùng nhau xây dựng nơi làm việc an toàn",
    },
    "start": {"en": "welcome", "vi": "trang-chu"},
    "Hier volg je de trainingen over respectvol gedrag en ongewenste omgangsvormen, "
    "en vind je de weg naar een vertrouwenspersoon.": {
        "en": "Here you take the training on respectful conduct and unwanted behaviour, "
        "and find your way to a confidant.",
        "vi": "Tại đây bạn tham gia các khóa đào tạo về ứng xử tôn trọng và hành vi không "
        "mong muốn, và biết cách liên hệ với người tin cậy.",
    },
    "Elke les duurt een paar minuten. Je kunt stoppen wanneer je wilt en later verdergaan "
    "waar je was gebleven.": {
        "en": "Each lesson takes a few minutes. You can stop whenever you like and carry on "
        "later where you left off.",
        "vi": "Mỗi bài học chỉ mất vài phút. Bạn có thể dừng bất cứ lúc nào và học tiếp sau "
        "từ chỗ đã dừng.",
    },
    "Trainingen": {"en": "Courses", "vi": "Khóa học"},
    "trainingen": {"en": "courses", "vi": "khoa-hoc"},
    "Verplichte en aanbevolen trainingen voor iedereen in de organisatie.": {
        "en": "Mandatory and recommended courses for everyone in the organisation.",
        "vi": "Các khóa học bắt buộc và khuyến nghị cho mọi người trong tổ chức.",
    },
    "Respectvol omgaan met elkaar en waar je hulp vindt": {
        "en": "Respectful conduct and where to find help",
        "vi": "Ứng xử tôn trọng và nơi tìm kiếm sự giúp đỡ",
    },
    "respectvol-omgaan": {"en": "respectful-conduct", "vi": "ung-xu-ton-trong"},
    "Wat is ongewenst gedrag, wat doe je als je het ziet of meemaakt, en hoe bereik je de "
    "vertrouwenspersoon?": {
        "en": "What is unwanted behaviour, what do you do when you see or experience it, and "
        "how do you reach the confidant?",
        "vi": "Hành vi không mong muốn là gì, bạn làm gì khi chứng kiến hoặc gặp phải, và làm "
        "sao để liên hệ với người tin cậy?",
    },
    "Alle medewerkers": {"en": "All employees", "vi": "Tất cả nhân viên"},
    "Omstander zijn: ingrijpen bij ongewenst gedrag": {
        "en": "Being a bystander: stepping in when behaviour crosses a line",
        "vi": "Người chứng kiến: lên tiếng khi có hành vi không phù hợp",
    },
    "omstander-zijn": {"en": "being-a-bystander", "vi": "nguoi-chung-kien"},
    "Vijf manieren om veilig in te grijpen wanneer een collega wordt lastiggevallen: "
    "afleiden, hulp inschakelen, vastleggen, aanspreken en later navragen.": {
        "en": "Five safe ways to step in when a colleague is being harassed: distract, "
        "delegate, document, direct and follow up later.",
        "vi": "Năm cách an toàn để can thiệp khi đồng nghiệp bị quấy rối: đánh lạc hướng, nhờ "
        "người khác giúp, ghi lại, lên tiếng trực tiếp và hỏi han sau đó.",
    },
    "Leidinggevenden en teamleiders": {
        "en": "Managers and team leaders",
        "vi": "Quản lý và trưởng nhóm",
    },
}

TARGET_LANGUAGES = ("en", "vi")


@transaction.atomic
def courses_demo_load() -> None:
    """Create the Dutch pages if missing, then their translations if missing."""
    nl = Locale.objects.get(language_code="nl")
    for code in TARGET_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)

    home = HomePage.objects.filter(locale=nl).first()
    if home is None:
        home = home_create(
            locale=nl,
            title="Samen werken aan een veilige werkplek",
            slug="start",
            intro="Hier volg je de trainingen over respectvol gedrag en ongewenste "
            "omgangsvormen, en vind je de weg naar een vertrouwenspersoon.",
            body="<p>Elke les duurt een paar minuten. Je kunt stoppen wanneer je wilt en later "
            "verdergaan waar je was gebleven.</p>",
        )
    catalogue = CourseIndexPage.objects.filter(locale=nl).first()
    if catalogue is None:
        catalogue = home.add_child(
            instance=CourseIndexPage(
                title="Trainingen",
                slug="trainingen",
                intro="Verplichte en aanbevolen trainingen voor iedereen in de organisatie.",
                locale=nl,
            )
        )
    for title, slug, intro, minutes, audience in (
        (
            "Respectvol omgaan met elkaar en waar je hulp vindt",
            "respectvol-omgaan",
            "Wat is ongewenst gedrag, wat doe je als je het ziet of meemaakt, en hoe bereik je "
            "de vertrouwenspersoon?",
            25,
            "Alle medewerkers",
        ),
        (
            "Omstander zijn: ingrijpen bij ongewenst gedrag",
            "omstander-zijn",
            "Vijf manieren om veilig in te grijpen wanneer een collega wordt lastiggevallen: "
            "afleiden, hulp inschakelen, vastleggen, aanspreken en later navragen.",
            15,
            "Leidinggevenden en teamleiders",
        ),
    ):
        if not CoursePage.objects.filter(locale=nl, slug=slug).exists():
            catalogue.add_child(
                instance=CoursePage(
                    title=title,
                    slug=slug,
                    intro=intro,
                    estimated_minutes=minutes,
                    audience=audience,
                    pass_mark=75,
                    validity_months=24,
                    locale=nl,
                )
            )

    main_course = CoursePage.objects.get(locale=nl, slug="respectvol-omgaan")
    if not LessonPage.objects.child_of(main_course).exists():
        lessons_create(course=main_course)

    texts = {**TEXTS, **demo_content.TRANSLATIONS}
    targets = list(Locale.objects.filter(language_code__in=TARGET_LANGUAGES))
    for page in Page.objects.filter(locale=nl, depth__gte=2).order_by("path").specific():
        translation_apply(instance=page, locales=targets, texts=texts)


def lessons_create(*, course: CoursePage) -> None:
    """The demo course's lessons, in Dutch; translations follow through wagtail-localize."""
    for lesson in demo_content.LESSONS:
        body = list(lesson["body"])
        if lesson["slug"] == "als-je-het-zelf-meemaakt":
            body.append(("scenario", {"scenario": "repeated-remarks", "required": False}))
        course.add_child(
            instance=LessonPage(
                title=lesson["title"],
                slug=lesson["slug"],
                estimated_minutes=lesson["minutes"],
                content_warning=lesson["content_warning"],
                body=[stream_block(kind, value) for kind, value in body],
                locale=course.locale,
            )
        )


def stream_block(kind: str, value) -> dict:
    """Raw StreamField data with stable ids, list items included: wagtail-localize finds
    each translated list item by its id."""
    if kind == "knowledge_check":
        options = [
            {"type": "item", "value": option, "id": str(uuid.uuid4())}
            for option in value["options"]
        ]
        value = {**value, "options": options}
    return {"type": kind, "value": value, "id": str(uuid.uuid4())}


def home_create(*, locale: Locale, **fields) -> HomePage:
    """The home page of the default language, made the root of the default site in place of
    Wagtail's placeholder page (the site row itself is kept)."""
    home = Page.get_first_root_node().add_child(instance=HomePage(locale=locale, **fields))
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save(update_fields=["root_page"])
    Page.objects.filter(depth=2, content_type__model="page", slug="home").delete()
    return home


def translation_apply(*, instance, locales: list[Locale], texts: dict[str, dict[str, str]]):
    """Translate a page or snippet into the locales that lack it, through wagtail-localize's
    own translation records, so translators can keep working on it in the admin."""
    existing = set(instance.get_translations().values_list("locale_id", flat=True))
    missing = [locale for locale in locales if locale.pk not in existing]
    if not missing:
        return
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    for locale in missing:
        translation, _created = Translation.objects.get_or_create(
            source=source, target_locale=locale
        )
        code = locale.language_code
        po = translation.export_po()
        missing = [entry.msgid for entry in po if code not in texts.get(entry.msgid, {})]
        if missing:
            raise ValueError(f"No {code} text for: {missing}")
        for entry in po:
            entry.msgstr = texts[entry.msgid][code]
        translation.import_po(po)
        # Publish here rather than on commit (wagtail-localize's default), so that the
        # translated parent is live before its children are translated.
        translation.save_target(publish=False)
        instance.get_translation(locale).get_latest_revision().publish()
