from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig


class AdminConfig(DjangoAdminConfig):
    """Django's admin on the newsroom's site, which asks for the two-factor token at login."""

    default_site = "newsroom.two_factor.AdminSite"
