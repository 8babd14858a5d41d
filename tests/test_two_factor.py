"""Two-factor authentication: opt-in per staff member, then asked for at every admin login.

Tokens are computed from the device's own key with django-otp's TOTP, for the current 30-second
step (drift 0) or the next one, which the device also accepts; a token is good only once.
"""

from urllib.parse import quote

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.test_newsroom_permissions import make_staff

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
PAGE = "/admin/two-factor/"


def token(device: TOTPDevice, drift: int = 0) -> str:
    value = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=drift)
    return f"{value:0{device.digits}d}"


def wrong_token(device: TOTPDevice) -> str:
    """A token accepted at none of the steps the device tolerates around now."""
    accepted = {token(device, drift) for drift in range(-2, 3)}
    return next(f"{n:06d}" for n in range(10) if f"{n:06d}" not in accepted)


def login(client, otp_token=None, **fields):
    data = {"username": "editor", "password": "pw", **fields}
    if otp_token is not None:
        data["otp_token"] = otp_token
    return client.post(LOGIN, data)


def logged_in(client) -> bool:
    return client.get(reverse("admin:index")).status_code == 200


@pytest.fixture
def editor():
    return make_staff("editor", "Editor")


@pytest.fixture
def device(editor):
    return TOTPDevice.objects.create(user=editor, name="Phone", confirmed=True)


@pytest.fixture
def no_throttle(settings):
    """django-otp slows a device down for a second after a wrong token; these tests do not wait."""
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def test_url_name_is_in_the_admin():
    assert reverse("admin:two_factor") == PAGE


# Logging in.


def test_without_a_device_the_password_is_enough(editor):
    client = Client()
    assert login(client).status_code == 302
    assert logged_in(client)


def test_the_login_form_has_a_token_field():
    page = Client().get(LOGIN)
    assert b'name="otp_token"' in page.content
    assert b'autocomplete="one-time-code"' in page.content


def test_with_a_device_the_password_alone_is_refused(device):
    client = Client()
    response = login(client)
    assert response.status_code == 200
    assert "current token" in response.context["form"].non_field_errors()[0]
    assert not logged_in(client)


@pytest.mark.usefixtures("no_throttle")
def test_with_a_device_a_wrong_token_is_refused_with_the_wrong_password_error(device):
    client = Client()
    with_wrong_token = login(client, otp_token=wrong_token(device))
    with_wrong_password = login(client, password="nope", otp_token=token(device))
    assert with_wrong_token.status_code == with_wrong_password.status_code == 200
    assert (
        with_wrong_token.context["form"].non_field_errors()
        == with_wrong_password.context["form"].non_field_errors()
    )
    assert not logged_in(client)


def test_with_a_device_the_current_token_logs_in_and_marks_the_session_verified(device):
    client = Client()
    response = login(client, otp_token=token(device))
    assert response.status_code == 302
    assert logged_in(client)
    assert client.session["otp_device_id"] == device.persistent_id
    home = client.get(reverse("admin:index"))
    assert home.wsgi_request.user.is_verified()


def test_a_token_works_once(device):
    assert login(Client(), otp_token=token(device)).status_code == 302
    replay = Client()
    assert login(replay, otp_token=token(device)).status_code == 200
    assert not logged_in(replay)


def test_another_users_token_does_not_do(device):
    other = make_staff("other", "Editor")
    other_device = TOTPDevice.objects.create(user=other, name="Phone", confirmed=True)
    client = Client()
    assert login(client, otp_token=token(other_device)).status_code == 200
    assert not logged_in(client)


def test_an_unconfirmed_device_does_not_ask_for_a_token(editor):
    TOTPDevice.objects.create(user=editor, name="Phone", confirmed=False)
    client = Client()
    assert login(client).status_code == 302
    assert logged_in(client)


@pytest.mark.usefixtures("no_throttle")
def test_five_wrong_tokens_lock_the_login_like_five_wrong_passwords(device):
    client = Client()
    for _ in range(4):
        assert login(client, otp_token=wrong_token(device)).status_code == 200
    assert login(client, otp_token=wrong_token(device)).status_code == 429
    assert login(client, otp_token=token(device)).status_code == 429
    assert not logged_in(client)


def test_the_token_is_not_kept_in_the_failed_login_log(device):
    from axes.models import AccessAttempt

    login(Client(), otp_token="123456")
    attempt = AccessAttempt.objects.get(username="editor")
    assert "123456" not in attempt.post_data


# Turning it on and off.


def staff_client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_anonymous_visitors_are_sent_to_the_login_page():
    response = Client().get(PAGE)
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)
    assert not TOTPDevice.objects.exists()


def test_non_staff_users_are_sent_to_the_login_page():
    reader = User.objects.create_user("reader", password="pw")
    client = staff_client(reader)
    for response in (client.get(PAGE), client.post(PAGE, {"action": "on", "otp_token": "1"})):
        assert response.status_code == 302
        assert response["Location"].startswith(LOGIN)
    assert not TOTPDevice.objects.exists()


def test_the_page_is_linked_from_every_admin_page(editor):
    page = staff_client(editor).get(reverse("admin:index"))
    assert f'href="{PAGE}"'.encode() in page.content


def test_the_page_shows_a_new_secret_and_its_address_without_script_or_style(editor, settings):
    client = staff_client(editor)
    page = client.get(PAGE)
    device = TOTPDevice.objects.get(user=editor)
    assert not device.confirmed
    html = page.content.decode()
    secret = page.context["secret"]
    assert len(secret) == 32 and secret in html
    issuer = quote(settings.SITE_NAME)
    assert f"otpauth://totp/{issuer}%3Aeditor?secret={secret}&amp;" in html
    assert f"issuer={issuer}" in html
    assert "<script>" not in html and "style=" not in html
    assert "no-cache" in page["Cache-Control"]
    # Coming back shows the same secret, until it is confirmed.
    assert client.get(PAGE).context["secret"] == secret
    assert TOTPDevice.objects.filter(user=editor).count() == 1


@pytest.mark.usefixtures("no_throttle")
def test_turning_on_needs_the_current_token(editor):
    client = staff_client(editor)
    client.get(PAGE)
    device = TOTPDevice.objects.get(user=editor)
    for bad in ("", wrong_token(device), "abcdef"):
        response = client.post(PAGE, {"action": "on", "otp_token": bad})
        assert response.status_code == 200
        assert response.context["form"].errors
        device.refresh_from_db()
        assert not device.confirmed
    response = client.post(PAGE, {"action": "on", "otp_token": token(device)})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    # This session counts as verified, and the next login needs a token.
    assert client.get(reverse("admin:index")).wsgi_request.user.is_verified()
    assert "is <strong>on</strong>" in client.get(PAGE).content.decode()
    assert login(Client()).status_code == 200
    assert login(Client(), otp_token=token(device, drift=1)).status_code == 302


@pytest.mark.usefixtures("no_throttle")
def test_turning_off_needs_the_current_token(device):
    client = staff_client(device.user)
    page = client.get(PAGE)
    assert "secret" not in page.context
    for bad in ("", wrong_token(device)):
        response = client.post(PAGE, {"action": "off", "otp_token": bad})
        assert response.status_code == 200
        assert TOTPDevice.objects.filter(pk=device.pk, confirmed=True).exists()
    response = client.post(PAGE, {"action": "off", "otp_token": token(device)})
    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(user=device.user).exists()
    assert login(Client()).status_code == 302


def test_a_form_from_before_cannot_do_the_opposite(device):
    """A "turn on" form left open in another tab does not turn it off, even with a good token."""
    client = staff_client(device.user)
    response = client.post(PAGE, {"action": "on", "otp_token": token(device)})
    assert response.status_code == 302
    assert TOTPDevice.objects.filter(pk=device.pk, confirmed=True).exists()


def test_the_page_refuses_posts_without_a_csrf_token(device):
    client = Client(enforce_csrf_checks=True)
    client.force_login(device.user)
    response = client.post(PAGE, {"action": "off", "otp_token": token(device)})
    assert response.status_code == 403
    assert TOTPDevice.objects.filter(pk=device.pk).exists()


def test_other_administrators_never_see_a_devices_secret(device):
    boss = User.objects.create_superuser("boss", password="pw")
    client = staff_client(boss)
    change = client.get(reverse("admin:otp_totp_totpdevice_change", args=[device.pk]))
    assert change.status_code == 200
    assert device.key not in change.content.decode()
    config = reverse("admin:otp_totp_totpdevice_config", kwargs={"pk": device.pk})
    assert client.get(config).status_code == 403
