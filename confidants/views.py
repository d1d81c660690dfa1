from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@require_GET
@never_cache
def confidant_help(request):
    """Public, signed in or not: what a confidant is and how to reach one."""
    return render(request, "confidants/confidant_help.html")
