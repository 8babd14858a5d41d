#!/usr/bin/env bash
# Mozilla HTTP Observatory grade of Outlet served over TLS on 127.0.0.1: a self-signed
# certificate (openssl), gunicorn with production settings, and the scanner from npm.
# Usage: bash scripts/observatory.sh   (needs node and npm; prints the scanner's JSON and the grade)
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
# --ignore-scripts: the install scripts download a CA bundle and Chromium's HSTS preload list,
# which a closed network refuses. Neither matters for 127.0.0.1: it is in no preload list.
npm install --silent --no-audit --no-fund --ignore-scripts --prefix "$tmp/npm" @mdn/mdn-http-observatory
scanner="$tmp/npm/node_modules/@mdn/mdn-http-observatory"
echo '{}' > "$scanner/conf/hsts-preload.json"
# The scanner checks the certificate too: trust ours for this run only. Its bin wrapper would
# point NODE_EXTRA_CA_CERTS at the bundle that install script makes, so run the scanner itself.
NODE_EXTRA_CA_CERTS="$tmp/cert.pem" \
  node "$scanner/src/scan.js" "localhost:$port" |
  tee "$tmp/result.json"
"$PY" - "$tmp/result.json" <<'PY'
import json
import sys

scan = json.load(open(sys.argv[1]))["scan"]
print(f"Observatory grade: {scan['grade']} (score {scan['score']}, "
      f"{scan['testsPassed']} tests passed, {scan['testsFailed']} failed)")
PY
