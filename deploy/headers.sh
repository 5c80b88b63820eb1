#!/bin/sh
# Writes the response headers nginx adds (deploy/bantin.conf includes them)
# from a release build's Content Security Policy: run after every deploy.
# Usage: deploy/headers.sh <dist> <folder>   e.g. deploy/headers.sh dist /etc/nginx/bantin
set -eu
dist=$1
out=$2
mkdir -p "$out"
write() {
  policy=$(tr -d '\n' < "$dist/$1")
  cat > "$out/$2" <<CONF
add_header X-Content-Type-Options "nosniff" always;
add_header Referrer-Policy "strict-origin-when-cross-origin" always;
add_header Content-Security-Policy "$policy" always;
CONF
}
write content-security-policy.txt headers.conf
write content-security-policy-embed.txt headers-embed.conf
