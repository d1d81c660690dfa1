from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Locale

from people.errors import bad_request

from . import selectors, services
from .access import lesson_open_or_404, record_open
from .certificates import certificate_pdf
from .models import CompletionRecord, LessonPage


def _back_to(lesson: LessonPage, request, anchor: str = ""):
    return redirect(lesson.get_url(request=request) + (f"#{anchor}" if anchor else ""))


@require_POST
@login_required
def answer_submit(request, lesson_id: int, block_id: str):
    """Signed-in learners who may read the lesson now (courses.access), own attempt only."""
    lesson = lesson_open_or_404(request, lesson_id)
    try:
        selected = [int(value) for value in request.POST.getlist("option")]
    except ValueError:
        selected = [-1]
    try:
        services.answer_submit(
            user=request.user, lesson=lesson, block_id=block_id, selected=selected
        )
    except services.ProgressError as error:
        messages.error(request, str(error))
    return _back_to(lesson, request, f"question-{block_id}")


@require_POST
@login_required
def lesson_complete(request, lesson_id: int):
    """Signed-in learners who may read the lesson now (courses.access), own attempt only."""
    lesson = lesson_open_or_404(request, lesson_id)
    try:
        record = services.lesson_complete(user=request.user, lesson=lesson)
    except services.ProgressError as error:
        messages.error(request, str(error))
        return _back_to(lesson, request, "complete")
    course = lesson.get_parent()
    if record is not None:
        messages.success(request, translation.gettext("You completed the course. Well done!"))
        return redirect(course.get_url(request=request))
    state = selectors.lesson_state(lesson=lesson, user=request.user)
    target = state["next_lesson"] or course
    return redirect(target.get_url(request=request))


@require_POST
@login_required
def lesson_active(request, lesson_id: int):
    """Signed-in learners who may read the lesson now: a sign of life from an open lesson (sent
    by site/static/js)."""
    services.activity_record(user=request.user, lesson=lesson_open_or_404(request, lesson_id))
    return HttpResponse(status=204)


@require_GET
@login_required
def my_training(request):
    """Signed-in users: their own courses and certificates."""
    from compliance.selectors import learner_deadlines

    rows = selectors.learner_courses(user=request.user, locale=Locale.get_active())
    deadlines = learner_deadlines(user=request.user)
    for row in rows:
        row["deadline"] = deadlines.get(row["course"].translation_key)
    rows.sort(key=lambda row: (row["deadline"] is None, row["deadline"] and row["deadline"].due))
    return render(request, "courses/my_training.html", {"rows": rows})


@require_GET
@login_required
def certificate_download(request, code: str):
    """The learner's own certificates, while the course is open to them; anyone else gets
    "not found"."""
    record = (
        CompletionRecord.objects.filter(verification_code=code, user=request.user)
        .select_related("course_page")
        .first()
    )
    course = record.course_page.specific if record and record.course_page else None
    if record is None or (course is not None and not course.certificate_enabled):
        raise Http404
    if not record_open(request, record):
        raise Http404
    response = HttpResponse(certificate_pdf(record), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{code}.pdf"'
    return response


@require_GET
@never_cache
def certificate_verify(request, code: str):
    """Public: anyone holding a code may check it. An unknown code reveals nothing."""
    if len(code) > 40:
        return bad_request(request)
    record = CompletionRecord.objects.filter(verification_code=code.upper()).first()
    if record is None:
        return render(request, "courses/verify.html", {"record": None}, status=404)
    status = selectors.record_status(record=record)
    return render(request, "courses/verify.html", {"record": record, "status": status})
