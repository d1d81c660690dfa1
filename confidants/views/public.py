"""Public pages, signed in or not: what a confidant is, the directory, the contact form and the
reporter's follow-up with a receipt code. These views never read or write the session and never
look at request.user when storing anything (confidants/access.py)."""

import hashlib
import secrets

from django.conf import settings
from django.core.cache import cache
from django.shortcuts import render
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from .. import challenge, crypto, services, throttle
from ..access import confidant_profile_for, intake_page
from ..forms import ContactForm, ReceiptForm, ReplyForm
from ..selectors import confidants_reachable, directory_profiles, thread_entries

TOKEN_SECONDS = 24 * 3600


@require_GET
@intake_page
def confidant_help(request):
    """What a confidant does and does not do, how this differs from HR, and the directory."""
    return render(
        request,
        "confidants/confidant_help.html",
        {
            "profiles": directory_profiles(),
            "can_send": confidants_reachable().exists(),
            "is_confidant": confidant_profile_for(request.user) is not None,
        },
    )


def _token_key(token: str) -> str:
    return "confidants:token:" + hashlib.sha256(token.encode()).hexdigest()


def _token_used(token: str) -> bool:
    """True when this form was already sent (a refresh or a double click): the cache keeps a
    digest of the form's one-time token for a day, never anything that was written."""
    return not cache.add(_token_key(token), 1, TOKEN_SECONDS)


def _contact_page(request, form, *, status: int = 200):
    return render(
        request,
        "confidants/contact.html",
        {
            "form": form,
            "proof": challenge.challenge_issue(purpose="contact", bits=settings.CONFIDANT_POW_BITS),
            "profiles": directory_profiles(),
        },
        status=status,
    )


@require_http_methods(["GET", "POST"])
@intake_page
def contact(request):
    """The contact form. A POST must carry a solved proof of work (confidants/challenge.py),
    checked before anything else; only then is the site-wide ceiling looked at and moved."""
    refused = None
    if request.method == "POST":
        try:
            challenge.proof_check(
                data=request.POST, purpose="contact", min_bits=settings.CONFIDANT_POW_BITS
            )
        except challenge.ProofRefused as refusal:
            refused = refusal
        token = request.POST.get("token", "")
        if refused and refused.reason == "reused" and token and cache.get(_token_key(token)):
            return render(request, "confidants/contact_already_sent.html", status=409)
    if not confidants_reachable().exists():
        return render(
            request, "confidants/contact_unavailable.html", {"profiles": directory_profiles()}
        )
    if request.method == "GET":
        form = ContactForm(language=get_language(), initial={"token": secrets.token_urlsafe(24)})
        return _contact_page(request, form)
    form = ContactForm(request.POST, language=get_language())
    if refused:
        form.add_error(None, refused.message)
    elif form.is_valid() and not throttle.intake_allowed():
        form.add_error(
            None,
            _(
                "Many messages reached the confidants in the last few minutes, so sending is "
                "paused briefly. Your text is still here: please try again in 10 minutes, or "
                "call a confidant (see the directory)."
            ),
        )
    if not form.is_valid():
        return _contact_page(request, form, status=400)
    if _token_used(form.cleaned_data["token"]):
        return render(request, "confidants/contact_already_sent.html", status=409)
    throttle.site_add("intake")
    data = form.cleaned_data
    case, code = services.intake_submit(
        intake=services.Intake(
            confidant=data["confidant"],
            channel=data["channel"],
            topic=data["topic"],
            language=data["language"],
            message=data["message"],
            name=data["name"],
            phone=data["phone"],
            email=data["email"],
            meeting=data["meeting"],
        )
    )
    return render(
        request,
        "confidants/contact_thanks.html",
        {
            "code": crypto.code_format(code) if code else "",
            "acknowledge_days": services.ACKNOWLEDGE_DAYS,
            "feedback_months": services.FEEDBACK_MONTHS,
        },
    )


def _follow_up_page(request, form, *, status: int = 200, failures: int | None = None):
    if failures is None:
        failures = throttle.browser_state(request)[0]
    proof = challenge.challenge_issue(
        purpose="receipt", bits=throttle.receipt_bits(failures=failures)
    )
    return render(
        request, "confidants/follow_up.html", {"form": form, "proof": proof}, status=status
    )


def _code_refused(request, form, *, known_shape: bool):
    """A wrong code, or one that cannot be a code at all (empty, too long, wrong length):
    counted site-wide and for this browser alike."""
    failures, wait = throttle.failure_next(request)
    if known_shape:
        message = ngettext(
            "This code is not known. Check it and try again in %(seconds)s second.",
            "This code is not known. Check it and try again in %(seconds)s seconds.",
            wait,
        )
    else:
        message = ngettext(
            "This is not a receipt code. Check it and try again in %(seconds)s second.",
            "This is not a receipt code. Check it and try again in %(seconds)s seconds.",
            wait,
        )
    form.add_error("code", message % {"seconds": wait})
    response = _follow_up_page(request, form, status=400, failures=failures)
    throttle.failure_store(request, response, failures=failures, wait=wait)
    return response


@require_http_methods(["GET", "POST"])
@intake_page
def follow_up(request):
    """The anonymous reporter's way back: the receipt code opens the thread for this one
    response; it is never put in a URL, the session or a cookie. Every POST carries a proof
    of work whose difficulty grows with this browser's wrong codes, checked before the code
    is looked at."""
    if request.method == "GET":
        return _follow_up_page(request, ReceiptForm())
    form = ReceiptForm(request.POST)
    failures = throttle.browser_state(request)[0]
    try:
        challenge.proof_check(
            data=request.POST,
            purpose="receipt",
            min_bits=throttle.receipt_bits(failures=failures),
        )
    except challenge.ProofRefused as refusal:
        form.add_error(None, refusal.message)
        return _follow_up_page(request, form, status=400)
    wait = throttle.browser_wait(request)
    if wait or not throttle.receipt_allowed():
        message = (
            ngettext(
                "Please wait %(seconds)s second before trying a code again.",
                "Please wait %(seconds)s seconds before trying a code again.",
                wait,
            )
            % {"seconds": wait}
            if wait
            else _(
                "Too many wrong codes were tried on this site just now. "
                "Please try again in 10 minutes."
            )
        )
        form.add_error("code", message)
        return _follow_up_page(request, form, status=429)
    if not form.is_valid():
        return _code_refused(request, form, known_shape=False)
    found = services.reporter_case(code=form.cleaned_data["code"])
    if found is None:
        return _code_refused(request, form, known_shape=True)
    case, case_key = found
    reply_form = ReplyForm(request.POST if "message" in request.POST else None)
    sent = False
    if reply_form.is_bound and reply_form.is_valid():
        try:
            services.reporter_reply(
                case=case, case_key=case_key, text=reply_form.cleaned_data["message"]
            )
            sent, reply_form = True, ReplyForm()
        except services.CaseClosed:
            reply_form.add_error(
                None, _("This conversation is closed. You can start a new one at any time.")
            )
    response = render(
        request,
        "confidants/thread.html",
        {
            "case": case,
            "entries": thread_entries(case=case, case_key=case_key),
            "form": reply_form,
            "code": form.cleaned_data["code"],
            "sent": sent,
            "proof": challenge.challenge_issue(
                purpose="receipt", bits=throttle.receipt_bits(failures=0)
            ),
        },
        status=200 if not reply_form.errors else 400,
    )
    throttle.success_record(response)
    return response
