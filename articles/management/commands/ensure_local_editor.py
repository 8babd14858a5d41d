import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

USERNAME = "editor"


class Command(BaseCommand):
    help = "Create the local editor account on first run and print its user name and password."

    def handle(self, *args, **options):
        User = get_user_model()
        if User.objects.filter(username=USERNAME).exists():
            self.stdout.write(f"Editor account: {USERNAME} (password as printed on first run)")
            return
        password = secrets.token_urlsafe(12)
        # A staff member in the Editor role, not a superuser: the account works as editors do.
        user = User.objects.create_user(USERNAME, email="", password=password, is_staff=True)
        user.groups.add(Group.objects.get(name="Editor"))
        self.stdout.write(
            self.style.SUCCESS(f"Created editor account: user {USERNAME}, password {password}")
        )
