"""Two-factor authentication for staff: a TOTP authenticator app that each person turns on.

It is opt-in. Once someone has confirmed a device, the admin login wants the app's current token
as well as their password; without one, the password is enough. A wrong or missing token is a
failed login for django-axes, counted like a wrong password, and it gets the same error, so the
form never says that the password was right.
"""

from base64 import b32encode
from functools import partial

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "Authenticator app"


def token_field(**kwargs) -> forms.CharField:
    return forms.CharField(
        label="Token",
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        **kwargs,
    )


def confirmed_device(user) -> TOTPDevice | None:
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def verify(device: TOTPDevice, token: str | None) -> bool:
    """Whether `token` is the device's current one and has not been used before.

    django-otp slows the device down after each wrong token (1, 2, 4... seconds). The row is
    locked so that two requests at once cannot both use the same token.
    """
    token = "".join((token or "").split())
    with transaction.atomic():
        return TOTPDevice.objects.select_for_update().get(pk=device.pk).verify_token(token)


class LoginForm(AdminAuthenticationForm):
    otp_token = token_field(
        required=False,
        help_text="Only if you have turned on two-factor authentication: the 6 digits your "
        "authenticator app shows.",
    )
    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "invalid_login": "Please enter the correct %(username)s and password for a staff "
        "account, and your app's current token if you have turned on two-factor "
        "authentication. Note that the %(username)s and password may be case-sensitive.",
    }

    def clean(self):
        cleaned = super().clean()
        user = self.get_user()
        device = confirmed_device(user) if user is not None else None
        if device is not None:
            if not verify(device, cleaned.get("otp_token")):
                user_login_failed.send(
                    sender=__name__,
                    credentials={"username": cleaned.get("username")},
                    request=self.request,
                )
                raise self.get_invalid_login_error()
            user.otp_device = device  # django-otp marks the session as verified at login
        return cleaned


class TokenForm(forms.Form):
    otp_token = token_field(help_text="The 6 digits your authenticator app shows now.")

    def __init__(self, device, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_otp_token(self):
        if not verify(self.device, self.cleaned_data["otp_token"]):
            raise forms.ValidationError(
                "That is not the token your app shows now. After a wrong token, wait a few "
                "seconds before the next try."
            )
        return self.cleaned_data["otp_token"]


def settings_page(request, admin_site):
    """Turn two-factor authentication on (a new secret, confirmed by a token) or off (a token).

    The form says which it means, so a page left open from before cannot do the other.
    """
    user = request.user
    device = confirmed_device(user)
    action = "on" if device is None else "off"
    if device is None:
        device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
        device = device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    form = TokenForm(device)
    if request.method == "POST":
        if request.POST.get("action") != action:
            return redirect("admin:two_factor")
        form = TokenForm(device, request.POST)
        if form.is_valid():
            if action == "on":
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                otp_login(request, device)
                messages.success(request, "Two-factor authentication is on.")
            else:
                TOTPDevice.objects.devices_for_user(user).delete()
                messages.success(request, "Two-factor authentication is off.")
            return redirect("admin:two_factor")
    context = {
        **admin_site.each_context(request),
        "title": "Two-factor authentication",
        "action": action,
        "form": form,
    }
    if action == "on":
        context["secret"] = b32encode(device.bin_key).decode()
        context["uri"] = device.config_url
    return TemplateResponse(request, "newsroom/two_factor.html", context)


class AdminSite(admin.AdminSite):
    """The admin, with the token on its login form and the page to turn it on (outlet/apps.py)."""

    login_form = LoginForm
    login_template = "newsroom/login.html"

    def get_urls(self):
        view = self.admin_view(partial(settings_page, admin_site=self))
        return [path("two-factor/", view, name="two_factor"), *super().get_urls()]
