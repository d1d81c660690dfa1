"""The confidant directory's admin form as a browser posts it."""


def snippet_data(profile, **changes) -> dict:
    """The snippet editor's fields for `profile` (saved or not), with `changes`; a change to
    None leaves the field out."""
    data = {
        "name": profile.name,
        "user": profile.user_id or "",
        "kind": profile.kind,
        "photo": "",
        "languages": profile.languages,
        "phone": profile.phone,
        "email": profile.email,
        "availability": profile.availability,
        "introduction": profile.introduction,
        "sort_order": profile.sort_order,
    }
    if profile.active:
        data["active"] = "on"
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}
