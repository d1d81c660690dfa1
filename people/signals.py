"""Keeps the cached "must this user use MFA?" answer (people.selectors.user_mfa_required) in
step with group membership, however it changes: from the user's side, the group's side, a
cleared group, a renamed or deleted group."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_save, pre_delete
from django.dispatch import receiver

from .services import mfa_requirement_forget

User = get_user_model()


def _member_ids(group: Group) -> list[int]:
    return list(group.user_set.values_list("pk", flat=True))


@receiver(m2m_changed, sender=User.groups.through)
def groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action == "pre_clear" and reverse:  # the members are gone once it is cleared
        instance._members_before_clear = _member_ids(instance)
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    if not reverse:
        mfa_requirement_forget(user_ids=[instance.pk])
    elif action == "post_clear":
        mfa_requirement_forget(user_ids=instance.__dict__.pop("_members_before_clear", []))
    else:
        mfa_requirement_forget(user_ids=pk_set or [])


@receiver(post_save, sender=Group)
def group_saved(sender, instance, created, **kwargs):
    if not created:  # a renamed group may become, or stop being, a staff role
        mfa_requirement_forget(user_ids=_member_ids(instance))


@receiver(pre_delete, sender=Group)
def group_deleted(sender, instance, **kwargs):
    mfa_requirement_forget(user_ids=_member_ids(instance))
