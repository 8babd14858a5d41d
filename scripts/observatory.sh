#!/usr/bin/env bash
# Mozilla HTTP Observatory grade of Outlet served over TLS on 127.0.0.1: a self-signed
# certificate (openssl), gunicorn with production settings, and the scanner from npm.
# Usage: bash scripts/observatory.sh   (needs node/npx; prints the scanner's JSON and the grade)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
tmp=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$tmp"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout "$tmp/key.pem" -out "$tmp/cert.pem" 2>/dev/null
export DEBUG=0 SECRET_KEY="observatory-$RANDOM$RANDOM" ALLOWED_HOSTS=localhost,127.0.0.1
export STATIC_ROOT="$tmp/static"
"$PY" manage.py collectstatic --noinput -v0
port=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$PY" -m gunicorn outlet.wsgi --bind "127.0.0.1:$port" --workers 2 --log-level warning \
  --certfile "$tmp/cert.pem" --keyfile "$tmp/key.pem" &
server=$!
for _ in $(seq 50); do
  curl -skf "https://127.0.0.1:$port/robots.txt" >/dev/null && break
  sleep 0.2
done
# The scanner checks the certificate too: trust ours for this run only.
export NODE_EXTRA_CA_CERTS="$tmp/cert.pem"
npx --yes -p @mdn/mdn-http-observatory mdn-http-observatory-scan "localhost:$port" | tee "$tmp/result.json"
"$PY" -c 'import json,sys; r=json.load(open(sys.argv[1])); s=r.get("scan", r); print(f"Observatory grade: {s.get(\"grade\")} (score {s.get(\"score\")})")' "$tmp/result.json"
