"""(a) wrk at 64 connections on an article page, cache cold then warm: errors, non-2xx, p99."""

# They run fixed local tools (gunicorn, wrk, pg_ctl, apt-get) with arguments built here.
# ruff: noqa: S603, S607

import os
import re
import shutil
import subprocess  # nosec B404
import sys

from common import Gunicorn, Site, article_path, figure

DURATION = int(os.environ.get("RELIABILITY_WRK_SECONDS", "60"))
P99_LIMIT_MS = 500


def ensure_wrk() -> None:
    if not shutil.which("wrk"):
        print("installing wrk (apt-get install -y wrk)", flush=True)
        prefix = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.run([*prefix, "apt-get", "install", "-y", "wrk"], check=True)  # nosec B603


def milliseconds(text: str) -> float:
    value, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def wrk(url: str) -> dict:
    out = subprocess.run(  # nosec B603 B607
        ["wrk", "-t2", "-c64", f"-d{DURATION}s", "--latency", "--timeout", "5s",
         "-H", "X-Forwarded-Proto: https", url],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "errors": sum(map(int, errors.groups())) if errors else 0,
        "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
        "p50": milliseconds(re.search(r"50%\s+(\S+)", out).group(1)),
        "p99": milliseconds(re.search(r"99%\s+(\S+)", out).group(1)),
    }


def main() -> int:
    ensure_wrk()
    ok = True
    with Site() as site, Gunicorn(site, workers=2) as server:
        path = article_path(site)
        for state in ("cold", "warm"):
            if state == "cold":
                site.clear_cache()
            result = wrk(server.url(path))
            print(f"(a) wrk -c64 {DURATION}s on an article page, cache {state}:")
            figure("requests", f"{result['requests']:,} ({result['rps']:.0f}/s)")
            figure("socket errors", result["errors"], ok=result["errors"] == 0)
            figure("non-2xx", result["non_2xx"], ok=result["non_2xx"] == 0)
            figure("p50", f"{result['p50']:.1f}", " ms")
            figure("p99", f"{result['p99']:.1f}", " ms", ok=result["p99"] < P99_LIMIT_MS)
            ok &= result["errors"] == 0 and result["non_2xx"] == 0 and result["p99"] < P99_LIMIT_MS
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
