"""The confidants' own say over the directory: pending entries, logins and keys to confirm or
reject, the change log, their own entry, and the first confidant's one-time code. Everything
here needs an unlocked key: consent is given from the unlocked inbox."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from .. import directory_services
from ..access import confidant_required, unlocked_required
from ..directory_forms import BootstrapForm, EntryForm
from ..models import ConfidantProfile
from ..selectors import directory_alarms, directory_changes, directory_pending


@require_GET
@confidant_required
@unlocked_required
def directory(request, bootstrap_form=None, status=200):
    me = request.confidant
    return render(
        request,
        "confidants/directory_consent.html",
        {
            "me": me,
            "may_decide": me.can_receive,
            "pending": directory_pending() if me.can_receive else [],
            "changes": directory_changes() if me.can_receive else [],
            "alarms": directory_alarms() if me.can_receive else [],
            "shared_entries": ConfidantProfile.objects.filter(user__isnull=True, active=True)
            if me.can_receive
            else [],
            "bootstrap_form": bootstrap_form or (BootstrapForm() if me.bootstrap_digest else None),
        },
        status=status,
    )


@require_POST
@confidant_required
@unlocked_required
def directory_decide(request, profile_id, decision):
    profile = get_object_or_404(ConfidantProfile, pk=profile_id)
    service = {
        "confirm": directory_services.profile_confirm,
        "reject": directory_services.profile_reject,
    }.get(decision)
    if service is None:
        raise Http404
    try:
        service(profile=profile, by=request.confidant)
    except directory_services.ConsentRefused:
        messages.error(request, _("You cannot decide on this entry; nothing was changed."))
    else:
        if decision == "confirm":
            messages.success(request, _("%(name)s is confirmed.") % {"name": profile.name})
        else:
            messages.success(request, _("%(name)s is rejected.") % {"name": profile.name})
    return redirect("confidants:directory")


@require_POST
@confidant_required
@unlocked_required
def directory_bootstrap(request):
    form = BootstrapForm(request.POST)
    if form.is_valid() and directory_services.bootstrap_redeem(
        profile=request.confidant, code=form.cleaned_data["code"], private=request.private_key
    ):
        messages.success(request, _("You are confirmed as the first confidant."))
        return redirect("confidants:directory")
    if form.is_valid():
        form.add_error("code", _("That code is not valid for your profile."))
    request.method = "GET"
    return directory(request, bootstrap_form=form, status=400)


@require_http_methods(["GET", "POST"])
@confidant_required
@unlocked_required
def entry_edit(request, profile_id):
    profile = get_object_or_404(ConfidantProfile, pk=profile_id)
    if not directory_services.entry_editable_by(profile=profile, confidant=request.confidant):
        raise Http404
    form = EntryForm(request.POST or None, instance=ConfidantProfile.objects.get(pk=profile.pk))
    if request.method == "POST" and form.is_valid():
        directory_services.entry_update(profile=profile, by=request.confidant, **form.cleaned_data)
        messages.success(request, _("The directory entry is saved."))
        return redirect("confidants:directory")
    return render(
        request,
        "confidants/entry_edit.html",
        {"form": form, "profile": profile},
        status=400 if form.errors else 200,
    )
