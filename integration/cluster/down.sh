#!/usr/bin/env bash
# Stops the kube-apiserver and etcd started by up.sh and removes their state (data, certificates,
# logs, kubeconfig). The built binaries stay cached. Safe to run when nothing is up.
set -euo pipefail

CACHE="${SIDECAR_LINT_CLUSTER_CACHE:-$HOME/.cache/sidecar-lint/cluster}"
STATE="$CACHE/state"
[ -d "$CACHE" ] || exit 0

exec 9>"$CACHE/.lock"
flock 9

alive() { # <name>: the process in $STATE/<name>.pid runs and is ours (not a recycled pid)
  local pid
  pid="$(cat "$STATE/$1.pid" 2>/dev/null)" || return 1
  [ -n "$pid" ] && { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -qF -- "$STATE"
}

stopped=""
for name in kube-apiserver etcd; do
  if alive "$name"; then
    pid="$(cat "$STATE/$name.pid")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 50); do alive "$name" || break; sleep 0.2; done
    if alive "$name"; then kill -KILL "$pid" 2>/dev/null || true; fi
    stopped+=" $name"
  fi
done
rm -rf "$STATE"
echo "cluster: ${stopped:+stopped$stopped, }state removed"
