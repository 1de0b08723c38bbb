#!/usr/bin/env bash
# Builds the local test images the verify e2e tests run, from Debian's busybox-static: no registry
# is needed (or reachable). Idempotent: an image whose label records the same busybox build is kept.
#
#   localhost/sidecar-lint-e2e/busybox:1   busybox applets on PATH=/bin, CMD sh
#   localhost/sidecar-lint-e2e/web:1       the same, CMD busybox httpd on :80 serving
#                                          /usr/share/nginx/html (an nginx stand-in)
#
# Usage: integration/images/build.sh [--force]      (needs podman and busybox-static)
set -euo pipefail
BUSYBOX="${BUSYBOX:-/bin/busybox}"
PREFIX="localhost/sidecar-lint-e2e"
force=0
[ "${1:-}" = "--force" ] && force=1

command -v podman >/dev/null || { echo "build.sh: podman is not installed (apt-get install podman runc busybox-static)" >&2; exit 1; }
[ -x "$BUSYBOX" ] || { echo "build.sh: $BUSYBOX not found (apt-get install busybox-static)" >&2; exit 1; }
# A dynamically linked busybox would need its libraries in the image.
if command -v file >/dev/null && ! file -L "$BUSYBOX" | grep -q 'statically linked'; then
  echo "build.sh: $BUSYBOX is not statically linked (install busybox-static)" >&2; exit 1
fi
stamp="$(sha256sum "$BUSYBOX" | cut -c1-16)"

uptodate() { # <image>
  [ "$force" = 0 ] && [ "$(podman image inspect --format '{{index .Labels "busybox-sha"}}' "$1" 2>/dev/null || true)" = "$stamp" ]
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
root="$work/rootfs"
mkdir -p "$root"/{bin,etc,tmp,proc,sys,dev,root,var/log,usr/share/nginx/html,www}
chmod 1777 "$root/tmp"
cp "$BUSYBOX" "$root/bin/busybox"
for applet in $("$BUSYBOX" --list); do
  [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
done
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/false\n' >"$root/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
printf '127.0.0.1 localhost\n::1 localhost\n' >"$root/etc/hosts"
echo '<html><body>sidecar-lint e2e web</body></html>' >"$root/usr/share/nginx/html/index.html"
tar --numeric-owner -C "$root" -cf "$work/rootfs.tar" .

build() { # <name> <cmd-json>
  local image="$PREFIX/$1:1"
  if uptodate "$image"; then echo "$image is up to date"; return; fi
  # A label is set through a Containerfile-free import: --change takes Dockerfile instructions.
  podman import \
    --change "ENV PATH=/bin" \
    --change "WORKDIR /" \
    --change "LABEL busybox-sha=$stamp" \
    --change "LABEL org.opencontainers.image.source=integration/images/build.sh" \
    --change "CMD $2" \
    --quiet "$work/rootfs.tar" "$image" >/dev/null
  echo "built $image"
}
build busybox '["/bin/sh"]'
build web '["/bin/httpd","-f","-p","80","-h","/usr/share/nginx/html"]'
