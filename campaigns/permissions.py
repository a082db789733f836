"""The commune boundary: a reporter sees and touches only the figures of their own commune.

The boundary lives in two places that every admin URL goes through: this permission policy
(instance checks, registered for ProgressFigure in apps.py) and the scoped querysets of the
figure views (admin_views.py), so an object of another commune is simply not found (404).
"""

from wagtail.permission_policies import ModelPermissionPolicy

from .models import communes_managed_by


class CommuneScopedPermissionPolicy(ModelPermissionPolicy):
    """Django model permissions (add/change/delete/view), further limited to the user's communes."""

    def in_scope(self, user, instance):
        communes = communes_managed_by(user)
        return communes is None or communes.filter(pk=instance.commune_id).exists()

    def scope(self, user, queryset):
        communes = communes_managed_by(user)
        return queryset if communes is None else queryset.filter(commune__in=communes)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self.in_scope(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and self.in_scope(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.scope(user, self.model._default_manager.all())

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])
