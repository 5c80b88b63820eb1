#!/bin/sh
# Runs nginx in the foreground with deploy/bantin.conf serving a build, as the
# end-to-end tests' server. Usage: tests/e2e/nginx.sh <dist> <port>
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
dist=$(cd "$1" && pwd)
port=$2
conf=$(mktemp -d "${TMPDIR:-/tmp}/bantin-nginx.XXXXXX")
"$here/deploy/headers.sh" "$dist" "$conf/bantin"
sed -e "s|listen 80;|listen 127.0.0.1:$port;|" -e "s|root /srv/bantin/dist;|root $dist;|" \
  "$here/deploy/bantin.conf" > "$conf/site.conf"
modules=""
for module in /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so; do
  [ -f "$module" ] && modules="${modules}load_module $module;"
done
if [ -z "$modules" ]; then
  # No brotli module on this machine: serve gzip only.
  sed -i -e '/^    brotli/d' -e '/^                 application\/feed+json application\/wasm image\/svg+xml;$/d' "$conf/site.conf"
fi
cp /etc/nginx/mime.types "$conf/mime.types"
cat > "$conf/nginx.conf" <<CONF
$modules
worker_processes 1;
pid $conf/nginx.pid;
error_log stderr warn;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $conf/body;
    proxy_temp_path $conf/proxy;
    fastcgi_temp_path $conf/fastcgi;
    uwsgi_temp_path $conf/uwsgi;
    scgi_temp_path $conf/scgi;
    include site.conf;
}
CONF
exec nginx -p "$conf" -c "$conf/nginx.conf" -g 'daemon off;'
