from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .forms import LanguagePreferenceForm
from .readiness import FAILING, readiness_report
from .selectors import user_preferred_language
from .services import profile_language_set


@require_GET
def health(request):
    """Public: load balancers ask whether the process answers. Reveals nothing."""
    return HttpResponse("ok", content_type="text/plain")


@require_GET
def health_ready(request):
    """Public: may this host take requests? Names each shared service's state (people/readiness.py),
    503 when one is failing; never an error's text."""
    report = readiness_report()
    status = 503 if FAILING in report.values() else 200
    response = JsonResponse(report, status=status)
    response["Cache-Control"] = "no-store"
    # The failing part is logged once as a warning (readiness.py); a probe asking every few
    # seconds must not send administrators an error mail each time.
    response._has_been_logged = True
    return response


@login_required
def language_preference(request):
    """Signed-in users only, each for their own account."""
    current = user_preferred_language(user=request.user) or translation.get_language()
    form = LanguagePreferenceForm(request.POST or None, initial={"language": current})
    if request.method == "POST" and form.is_valid():
        language = form.cleaned_data["language"]
        profile_language_set(user=request.user, language=language)
        translation.activate(language)
        messages.success(request, _("Your language preference has been saved."))
        return redirect(reverse("language_preference"))
    return render(request, "people/language_preference.html", {"form": form})
