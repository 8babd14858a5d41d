from django.contrib import admin

from authors.models import Author
from newsroom.forms import AuthorPhotoForm


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    form = AuthorPhotoForm
    list_display = ["name", "slug", "user"]
    list_select_related = ["user"]
    search_fields = ["name", "bio"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]
