"""Admin forms: the article's stale-save guard, image uploads and seed-file uploads."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.crypto import get_random_string

from articles.models import Article
from newsroom.images import clean_image
from newsroom.models import LeadImage

MAX_IMPORT_FILES = 50
MAX_IMPORT_BYTES = 2 * 1024 * 1024


class ArticleAdminForm(forms.ModelForm):
    """Refuses a save based on a version of the article that someone else has since replaced."""

    version = forms.CharField(widget=forms.HiddenInput, required=False)

    STALE = (
        "Someone else saved this article (%(who)s, %(when)s) after you opened it. Your changes "
        "have not been saved and theirs are kept: open the article again in a new tab, then "
        "copy your changes across."
    )

    class Meta:
        model = Article
        # The admin replaces this with the fields of its fieldsets.
        fields = ["title", "slug", "standfirst", "body", "section", "status", "published_at"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["version"].initial = self.instance.updated_at.isoformat()

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk:
            self._refuse_stale_version(self.data.get(self.add_prefix("version"), ""))
        # Publishing without a date means "now"; a future date schedules.
        if cleaned.get("status") == Article.Status.PUBLISHED and not cleaned.get("published_at"):
            cleaned["published_at"] = timezone.now()
        return cleaned

    def _refuse_stale_version(self, version: str) -> None:
        # The lock holds until the admin's transaction commits, so two saves cannot both pass.
        current = (
            Article.objects.select_for_update()
            .filter(pk=self.instance.pk)
            .values_list("updated_at", flat=True)
            .first()
        )
        if current is not None and version != current.isoformat():
            latest = self.instance.history.first()
            who = (latest.history_user if latest else None) or "an import or a script"
            when = timezone.localtime(current).strftime("%d %b %Y %H:%M:%S")
            raise ValidationError(self.STALE, code="stale", params={"who": who, "when": when})


def cleaned_upload(upload, stem: str) -> ContentFile:
    """An uploaded image, validated and re-encoded without metadata, as a file to save."""
    clean = clean_image(upload.read())
    return ContentFile(clean.data, name=f"{stem}-{get_random_string(6).lower()}.{clean.extension}")


class LeadImageForm(forms.ModelForm):
    class Meta:
        model = LeadImage
        fields = ["image", "alt", "caption", "credit"]

    def clean_image(self):
        upload = self.cleaned_data["image"]
        if upload and "image" in self.changed_data:
            return cleaned_upload(upload, "lead")
        return upload


class AuthorPhotoForm(forms.ModelForm):
    def clean_photo(self):
        upload = self.cleaned_data.get("photo")
        if upload and "photo" in self.changed_data:
            return cleaned_upload(upload, "author")
        return upload


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,.md,text/plain"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if not files:
            raise ValidationError("Choose at least one seed file.")
        if len(files) > MAX_IMPORT_FILES:
            raise ValidationError(f"At most {MAX_IMPORT_FILES} files at a time.")
        too_big = [f.name for f in files if f.size > MAX_IMPORT_BYTES]
        if too_big:
            raise ValidationError(
                f"Over the {MAX_IMPORT_BYTES // 1024 // 1024} MB limit: {', '.join(too_big)}."
            )
        return [super(MultipleFileField, self).clean(f, initial) for f in files]


class ImportForm(forms.Form):
    files = MultipleFileField(label="Seed files")
    as_draft = forms.BooleanField(
        required=False, initial=True, label="Import as drafts (publish them after review)"
    )
    force = forms.BooleanField(
        required=False, label="Overwrite articles edited in the admin since their import"
    )
