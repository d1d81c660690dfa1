from wagtail.users.apps import WagtailUsersAppConfig


class PeopleWagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with this project's user and group screens (people/user_admin.py)."""

    user_viewset = "people.user_admin.UserViewSet"
    group_viewset = "people.user_admin.GroupViewSet"
