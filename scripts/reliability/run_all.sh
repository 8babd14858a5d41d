#!/usr/bin/env bash
# make reliability: the load and fault scripts, one after another, each on its own throw-away
# PostgreSQL and gunicorn on 127.0.0.1. About 7 minutes; exits non-zero if a figure misses.
set -uo pipefail
cd "$(dirname "$0")/../.."
PY=${PY:-.venv/bin/python}
status=0
for script in load db_restart worker_kill import_kill; do
  "$PY" -W ignore "scripts/reliability/$script.py" || status=1
done
exit $status
