"""Error pages shared by every app's views."""

from django.shortcuts import render


def bad_request(request, message: str = ""):
    """400 in the site's layout and the visitor's language, saying what is wrong with the
    address (Django's own handler shows no reason)."""
    return render(request, "400.html", {"message": message}, status=400)
