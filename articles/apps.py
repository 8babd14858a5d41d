from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "articles"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import pre_save
        from taggit.models import Tag

        from articles import invalidation, tags

        invalidation.connect()
        pre_save.connect(tags.ascii_slug_for_new_tag, sender=Tag, dispatch_uid="ascii-tag-slug")
