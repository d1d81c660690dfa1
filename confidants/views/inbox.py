"""The confidant's inbox: Confidants group members with a profile only (confidants/access.py).
Administrators and superusers have no way in: there is no admin screen for cases, and reading
one needs the confidant's own unlocked key."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .. import crypto, directory_services, services, unlock_limits
from ..access import (
    confidant_required,
    unlock_forget,
    unlock_store,
    unlocked_key,
    unlocked_required,
)
from ..forms import HandOverForm, NoteForm, PassphraseSetupForm, RecoveryForm, ReplyForm, UnlockForm
from ..models import Case, CaseAccess, CaseRecipient
from ..selectors import (
    case_for_confidant,
    case_view,
    directory_summary,
    hand_over_candidates,
    inbox_rows,
)


@require_GET
@confidant_required
def inbox(request):
    if not request.confidant.has_keys:
        return redirect("confidants:keys_setup")
    private = unlocked_key(request)
    return render(
        request,
        "confidants/inbox.html",
        {
            "rows": inbox_rows(confidant=request.confidant, private=private),
            "unlocked": private is not None,
            **directory_summary(confidant=request.confidant),
        },
    )


@require_http_methods(["GET", "POST"])
@confidant_required
def keys_setup(request):
    """First visit: choose a passphrase; the recovery key is shown once, on this response."""
    if request.confidant.has_keys:
        return redirect("confidants:inbox")
    form = PassphraseSetupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        recovery_key = services.confidant_keys_create(
            profile=request.confidant, passphrase=form.cleaned_data["passphrase"]
        )
        return render(
            request,
            "confidants/recovery_key.html",
            {"recovery_key": crypto.code_format(recovery_key)},
        )
    return render(request, "confidants/keys_setup.html", {"form": form})


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("confidants:inbox")


def _wait_text(seconds: int) -> str:
    return ngettext(
        "Too many wrong tries: please wait %(seconds)s second before trying again.",
        "Too many wrong tries: please wait %(seconds)s seconds before trying again.",
        seconds,
    ) % {"seconds": seconds}


def _key_try(request, form, *, field: str, wrong: str, attempt):
    """Run `attempt` (Argon2id derivations) within the unlock limits (unlock_limits.py).
    Returns (its result or None, HTTP status); a refusal is added to the form."""
    profile = request.confidant
    wait = unlock_limits.unlock_wait(profile)
    if wait:
        form.add_error(field, _wait_text(wait))
        return None, 429
    try:
        with unlock_limits.derivation_slot():
            result = attempt()
    except unlock_limits.UnlockBusy:
        form.add_error(
            None,
            _(
                "Several keys are being unlocked right now. Nothing was tried: please try "
                "again in a minute."
            ),
        )
        return None, 429
    except crypto.CryptoError:
        wait = unlock_limits.unlock_failed(profile)
        form.add_error(field, wrong + (" " + _wait_text(wait) if wait else ""))
        return None, 400
    unlock_limits.unlock_succeeded(profile)
    return result, 200


@require_http_methods(["GET", "POST"])
@confidant_required
def unlock(request):
    if not request.confidant.has_keys:
        return redirect("confidants:keys_setup")
    form = UnlockForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        private, status = _key_try(
            request,
            form,
            field="passphrase",
            wrong=_("That passphrase does not open your key. Try again."),
            attempt=lambda: crypto.private_key_unlock(
                material=request.confidant.key_material, passphrase=form.cleaned_data["passphrase"]
            ),
        )
        if private is not None:
            if not directory_services.profile_key_check(profile=request.confidant, private=private):
                return _key_mismatch(request)
            response = redirect(_next_url(request))
            unlock_store(request, response, private)
            return response
    if form.errors and status == 200:
        status = 400
    return render(
        request, "confidants/unlock.html", {"form": form, "next": _next_url(request)}, status=status
    )


def _key_mismatch(request):
    """The stored public key is not this confidant's: nothing is unlocked or sealed to it, and
    every confidant has been alarmed (confidants/directory_services.py)."""
    return render(request, "confidants/key_mismatch.html", status=409)


@require_POST
@confidant_required
def lock(request):
    response = redirect("confidants:inbox")
    unlock_forget(request, response)
    return response


@require_http_methods(["GET", "POST"])
@confidant_required
def recover(request):
    """A forgotten passphrase: the recovery key re-locks the same key pair, and a new recovery
    key is shown once."""
    form = RecoveryForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        reset, status = _key_try(
            request,
            form,
            field="recovery_key",
            wrong=_("That recovery key does not open your key."),
            attempt=lambda: services.confidant_passphrase_reset(
                profile=request.confidant,
                recovery_key=form.cleaned_data["recovery_key"],
                passphrase=form.cleaned_data["passphrase"],
            ),
        )
        if reset is not None:
            private, recovery_key = reset
            directory_services.profile_key_check(profile=request.confidant, private=private)
            response = render(
                request,
                "confidants/recovery_key.html",
                {"recovery_key": crypto.code_format(recovery_key)},
            )
            unlock_store(request, response, private)
            return response
    if form.errors and status == 200:
        status = 400
    return render(request, "confidants/recover.html", {"form": form}, status=status)


def _case_context(request, case: Case, **forms) -> dict:
    case_key = services.case_key_open(
        case=case, confidant=request.confidant, private=request.private_key
    )
    return {
        "view": case_view(case=case, case_key=case_key),
        "reply_form": forms.get("reply_form") or ReplyForm(),
        "note_form": forms.get("note_form") or NoteForm(),
        "hand_over_form": forms.get("hand_over_form")
        or HandOverForm(candidates=hand_over_candidates(confidant=request.confidant)),
        "next_statuses": services.STATUS_STEPS[case.status],
        "Status": Case.Status,
    }


@require_GET
@confidant_required
@unlocked_required
def case_detail(request, case_id):
    case = case_for_confidant(confidant=request.confidant, case_id=case_id)
    services.case_access_log(
        case=case, confidant=request.confidant, action=CaseAccess.Action.OPENED
    )
    return render(request, "confidants/case.html", _case_context(request, case))


@require_POST
@confidant_required
@unlocked_required
def case_action(request, case_id, action):
    """Reply, note, status and hand-over: each a POST that redirects back (or shows the form
    again with its error, keeping what was typed)."""
    case = case_for_confidant(confidant=request.confidant, case_id=case_id)
    confidant, private = request.confidant, request.private_key
    try:
        if action == "reply":
            form = ReplyForm(request.POST)
            if not form.is_valid():
                return _case_again(request, case, reply_form=form)
            services.case_reply(
                case=case, confidant=confidant, private=private, text=form.cleaned_data["message"]
            )
            messages.success(
                request, _("Your reply was sent. The reporter reads it with their receipt code.")
            )
        elif action == "note":
            form = NoteForm(request.POST)
            if not form.is_valid():
                return _case_again(request, case, note_form=form)
            services.case_note_add(
                case=case, confidant=confidant, private=private, text=form.cleaned_data["note"]
            )
            messages.success(request, _("Note saved, encrypted."))
        elif action == "status":
            services.case_status_set(
                case=case, confidant=confidant, status=request.POST.get("status", "")
            )
            messages.success(request, _("Status changed."))
        elif action == "hand-over":
            form = HandOverForm(request.POST, candidates=hand_over_candidates(confidant=confidant))
            if not form.is_valid():
                return _case_again(request, case, hand_over_form=form)
            services.case_hand_over(
                case=case, confidant=confidant, private=private, to=form.cleaned_data["to"]
            )
            messages.success(
                request,
                _("The case is now with %(name)s.") % {"name": form.cleaned_data["to"].name},
            )
            return redirect("confidants:inbox")
        else:
            raise Http404
    except services.CaseClosed:
        messages.error(request, _("This case is closed; nothing was changed."))
    except (ValueError, CaseRecipient.DoesNotExist):
        messages.error(
            request, _("That change is not possible for this case; nothing was changed.")
        )
    return redirect("confidants:case", case_id=case.pk)


def _case_again(request, case, **forms):
    return render(
        request, "confidants/case.html", _case_context(request, case, **forms), status=400
    )
