"""The five roles, as Django groups, and what each may do in the Wagtail admin.

Group names are stable identifiers stored in the database; labels for people come from `label`.
Only the Confidants group ever gets the confidant inbox; Administrators never do.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Role:
    name: str
    label: str
    mfa_required: bool
    permissions: tuple[str, ...] = ()
    page_permissions: tuple[str, ...] = ()
    collection_permissions: tuple[str, ...] = ()


EMPLOYEE = "Employee"
TRAINER = "Trainer"
COMPLIANCE_OFFICER = "Compliance officer"
CONFIDANT = "Confidant"
ADMINISTRATOR = "Administrator"

ROLES = (
    Role(EMPLOYEE, _("Employee"), mfa_required=False),
    Role(
        TRAINER,
        _("Trainer"),
        mfa_required=True,
        permissions=(
            "wagtailadmin.access_admin",
            "wagtail_localize.submit_translation",
            "scenarios.add_scenario",
            "scenarios.change_scenario",
            "scenarios.publish_scenario",
            "scenarios.view_scenario",
            "scorm.add_scormpackage",
            "scorm.change_scormpackage",
            "scorm.view_scormpackage",
        ),
        page_permissions=("add_page", "change_page", "publish_page", "lock_page", "unlock_page"),
        collection_permissions=(
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.choose_image",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.choose_document",
        ),
    ),
    Role(
        COMPLIANCE_OFFICER,
        _("Compliance officer"),
        mfa_required=True,
        permissions=(
            "wagtailadmin.access_admin",
            "people.view_department",
            "people.view_employeeprofile",
            "people.import_employees",
            "compliance.add_assignment",
            "compliance.change_assignment",
            "compliance.delete_assignment",
            "compliance.view_assignment",
            "compliance.view_dashboard",
        ),
    ),
    Role(CONFIDANT, _("Confidant"), mfa_required=True),
    Role(
        ADMINISTRATOR,
        _("Administrator"),
        mfa_required=True,
        permissions=(
            "wagtailadmin.access_admin",
            "scorm.add_scormpackage",
            "scorm.change_scormpackage",
            "scorm.view_scormpackage",
            "people.add_user",
            "people.change_user",
            "people.delete_user",
            "people.view_user",
            "people.add_department",
            "people.change_department",
            "people.delete_department",
            "people.view_department",
            "people.add_employeeprofile",
            "people.change_employeeprofile",
            "people.view_employeeprofile",
            "people.import_employees",
            "confidants.add_confidantprofile",
            "confidants.change_confidantprofile",
            "confidants.delete_confidantprofile",
            "confidants.view_confidantprofile",
            "wagtailcore.add_site",
            "wagtailcore.change_site",
            "wagtailcore.view_site",
            "wagtailcore.add_locale",
            "wagtailcore.change_locale",
            "wagtailcore.view_locale",
        ),
    ),
)

ROLES_BY_NAME = {role.name: role for role in ROLES}
MFA_REQUIRED_GROUPS = frozenset(role.name for role in ROLES if role.mfa_required)


def _permission_declared(app_label: str, codename: str) -> bool:
    """Whether the current models (not the migration state) declare this permission."""
    from django.apps import apps as current_apps

    for model in current_apps.get_app_config(app_label).get_models():
        opts = model._meta
        defaults = {f"{action}_{opts.model_name}" for action in opts.default_permissions}
        if codename in defaults or codename in {name for name, _label in opts.permissions}:
            return True
    return False


def roles_sync(apps) -> None:
    """Create the role groups and give each exactly its permissions. Used by migrations."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    migrated_apps = {model._meta.app_label for model in apps.get_models()}

    def permissions(dotted_names) -> list:
        """Permissions of apps not migrated yet, or declared by the models but not yet by the
        migrations run so far, are skipped: a later migration syncs again once they exist.
        Any other missing permission is a mistake."""
        found = []
        for dotted in dotted_names:
            app_label, codename = dotted.split(".")
            if app_label not in migrated_apps:
                continue
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is None and not _permission_declared(app_label, codename):
                raise LookupError(f"No permission {dotted}")
            if permission is not None:
                found.append(permission)
        return found

    # Wagtail's sample groups are not roles of this platform.
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()
    for role in ROLES:
        group, _created = Group.objects.get_or_create(name=role.name)
        group.permissions.set(permissions(role.permissions))
        if root_page is not None:
            for page_permission in permissions(f"wagtailcore.{c}" for c in role.page_permissions):
                GroupPagePermission.objects.get_or_create(
                    group=group, page=root_page, permission=page_permission
                )
        if root_collection is not None:
            for collection_permission in permissions(role.collection_permissions):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=collection_permission
                )
