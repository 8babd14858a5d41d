"""Static checks: bandit finds nothing unreviewed, and Outlet's semgrep rules hold.

Bandit's medium and high findings are the ones ruff's flake8-bandit rules (`S...`) also
report; a finding whose lines carry the matching `noqa: S...` has been reviewed in code review
and says why beside it. Anything else fails. The semgrep rules in .semgrep/outlet.yml flag
`mark_safe`, `|safe`, `autoescape off` and raw SQL outside the few reviewed modules; they are
first shown to fire on planted code, so a rule that silently matched nothing would fail here.
"""

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["articles", "authors", "newsroom", "outlet", "pages", "scripts"]
SEMGREP_RULES = ROOT / ".semgrep" / "outlet.yml"
# bandit test id -> the ruff rule that reports the same thing.
RUFF_EQUIVALENT = {"B703": "S308", "B611": "S611"}


def bandit_findings() -> list[dict]:
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "bandit", "-q", "-r", *PACKAGES, "-x", "*/migrations/*"]
        + ["--severity-level", "medium", "-f", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert out.returncode in (0, 1), out.stderr
    return json.loads(out.stdout)["results"]


def reviewed(finding: dict) -> bool:
    test_id = finding["test_id"]
    rule = RUFF_EQUIVALENT.get(test_id, "S" + test_id[1:])
    lines = (ROOT / finding["filename"]).read_text(encoding="utf-8").splitlines()
    first, last = min(finding["line_range"]), max(finding["line_range"])
    span = lines[first - 1 : last]
    return any(re.search(rf"noqa: [^#]*\b{rule}\b", line) for line in span)


def test_bandit_has_no_unreviewed_medium_or_high_finding():
    unreviewed = [
        f"{f['filename']}:{f['line_number']} {f['test_id']} {f['issue_text']}"
        for f in bandit_findings()
        if not reviewed(f)
    ]
    assert unreviewed == []


def test_bandit_reports_what_it_should(tmp_path):
    (tmp_path / "bad.py").write_text(
        "import hashlib, subprocess\n"
        "subprocess.call('ls ' + input(), shell=True)\n"
        "hashlib.md5(b'x')\n"
    )
    out = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "bandit", "-q", "-r", str(tmp_path), "-f", "json"],
        capture_output=True,
        text=True,
    )
    ids = {f["test_id"] for f in json.loads(out.stdout)["results"]}
    assert {"B602", "B324"} <= ids


def semgrep(*targets, cwd=ROOT) -> list[tuple[str, str, int]]:
    executable = shutil.which("semgrep") or str(Path(sys.executable).with_name("semgrep"))
    if not Path(executable).exists():
        pytest.fail("semgrep is not installed: it is in the test dependencies")
    out = subprocess.run(  # noqa: S603
        [executable, "scan", "--config", str(SEMGREP_RULES), "--metrics=off"]
        + ["--disable-version-check", "--json", "--quiet", *targets],
        cwd=cwd,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    report = json.loads(out.stdout)
    assert report["errors"] == [], report["errors"]
    return [
        (r["check_id"].rsplit(".", 1)[-1], r["path"], r["start"]["line"]) for r in report["results"]
    ]


def test_semgrep_rules_fire_on_planted_code(tmp_path):
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "views.py").write_text(
        "from django.utils.safestring import mark_safe\n"
        "from django.db import connection\n"
        "from django.db.models.expressions import RawSQL\n"
        "def v(request, Article):\n"
        "    html = mark_safe(request.GET['x'])\n"
        "    Article.objects.raw('SELECT * FROM a WHERE t = ' + request.GET['t'])\n"
        "    Article.objects.annotate(x=RawSQL('1', []))\n"
        "    with connection.cursor() as c:\n"
        "        c.execute('DELETE FROM a')\n"
        "    return html\n"
    )
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "page.html").write_text(
        "<p>{{ article.title|safe }}</p>\n{% autoescape off %}{{ x }}{% endautoescape %}\n"
    )
    found = {rule for rule, _path, _line in semgrep(".", cwd=tmp_path)}
    assert found == {
        "outlet-mark-safe",
        "outlet-raw-sql",
        "outlet-safe-filter",
        "outlet-autoescape-off",
    }


def test_semgrep_finds_nothing_outside_the_reviewed_modules():
    assert semgrep("articles", "authors", "newsroom", "outlet", "pages", "templates") == []
