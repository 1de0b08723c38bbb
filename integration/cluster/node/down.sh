#!/usr/bin/env bash
# Stops what up.sh started and removes what it left: every pod sandbox and container (through CRI,
# so CNI releases addresses and port mappings), their mounts, network namespaces and cgroups, the
# pod bridge, the node's pods and Node object in the API, the node state; then the control plane
# (../down.sh). The built binaries and image archives stay cached. Safe to run when nothing is up.
#
#   integration/cluster/node/down.sh               # node and control plane
#   integration/cluster/node/down.sh --node-only   # node only: etcd + kube-apiserver keep running
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
KUBE_VERSION=v1.37.2
CACHE="${SIDECAR_LINT_CLUSTER_CACHE:-$HOME/.cache/sidecar-lint/cluster}"
BIN="$CACHE/bin"
CSTATE="$CACHE/state"
NODE="$CACHE/node"
RUN=/run/sidecar-lint-node
SOCK="$RUN/containerd/containerd.sock"
BRIDGE=slint0
KUBECTL="$BIN/kubectl-$KUBE_VERSION"
CRICTL="$BIN/crictl-lite-$KUBE_VERSION"

node_only=0
[ "${1:-}" = --node-only ] && node_only=1

if [ -d "$NODE" ] || [ -d "$RUN" ]; then
  exec 8>"$CACHE/.node-lock"
  flock 8

  alive() { # <name>: the process in $NODE/<name>.pid runs and is ours (not a recycled pid)
    local pid cmd
    pid="$(cat "$NODE/$1.pid" 2>/dev/null)" || return 1
    [ -n "$pid" ] || return 1
    cmd="$({ tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null)" || return 1
    case "$cmd" in *"$NODE"*) return 0 ;; *) return 1 ;; esac
  }
  stop() { # <name> [seconds]
    alive "$1" || return 0
    local pid
    pid="$(cat "$NODE/$1.pid")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq $((${2:-10} * 5))); do alive "$1" || break; sleep 0.2; done
    if alive "$1"; then kill -KILL "$pid" 2>/dev/null || true; sleep 0.2; fi
    stopped+=" $1"
  }
  stopped=""

  # No new pods, no restarts: scheduler and controller-manager first, then the kubelet.
  stop kube-scheduler
  stop kube-controller-manager
  stop kubelet 20

  # Pods and containers, through CRI while containerd still runs.
  if alive containerd && [ -x "$CRICTL" ]; then
    "$CRICTL" "unix://$SOCK" rmp >"$NODE/down-rmp.log" 2>&1 || "$CRICTL" "unix://$SOCK" rmp >>"$NODE/down-rmp.log" 2>&1 || true
  fi

  # The API side: this node's pods (they cannot run any more) and the Node object.
  admin="$CSTATE/kubeconfig"
  NODE_NAME="$(cat "$NODE/node-name" 2>/dev/null || true)"
  if [ -n "$NODE_NAME" ] && [ -s "$admin" ] && [ -x "$KUBECTL" ]; then
    kc() { timeout 30 "$KUBECTL" --kubeconfig "$admin" --request-timeout 10s "$@"; }
    if kc get --raw /readyz >/dev/null 2>&1; then
      kc delete pods --all-namespaces --field-selector "spec.nodeName=$NODE_NAME" \
        --force --grace-period=0 --wait=false >/dev/null 2>&1 || true
      kc delete node "$NODE_NAME" --ignore-not-found --wait=false >/dev/null 2>&1 || true
    fi
  fi

  stop containerd 20

  # Whatever survived: shims of our containerd, runc containers in our runc root.
  for p in /proc/[0-9]*; do
    cmd="$({ tr '\0' ' ' <"$p/cmdline"; } 2>/dev/null)" || continue
    case "$cmd" in *containerd-shim*"$SOCK"*) kill -KILL "${p#/proc/}" 2>/dev/null && stopped+=" shim:${p#/proc/}" ;; esac
  done
  if command -v runc >/dev/null && [ -d "$RUN/runc" ]; then
    for root in "$RUN"/runc/*; do
      [ -d "$root" ] || continue
      for id in $(runc --root "$root" list -q 2>/dev/null); do
        runc --root "$root" kill -a "$id" KILL 2>/dev/null || true
        runc --root "$root" delete -f "$id" 2>/dev/null || true
      done
    done
  fi

  # Mounts (overlay rootfs, shm, netns, volumes, tokens) under our directories, deepest first.
  for _ in 1 2 3; do
    mapfile -t mnts < <(awk -v a="$NODE" -v b="$RUN" 'index($5, a) == 1 || index($5, b) == 1 { print $5 }' /proc/self/mountinfo | sort -r)
    [ "${#mnts[@]}" -gt 0 ] || break
    for m in "${mnts[@]}"; do umount "$m" 2>/dev/null || umount -l "$m" 2>/dev/null || true; done
  done

  # cgroups the kubelet created (cgroupfs driver, cgroup v1 or v2), deepest first.
  for d in /sys/fs/cgroup/*/kubepods /sys/fs/cgroup/kubepods; do
    [ -d "$d" ] && find "$d" -depth -type d -exec rmdir {} + 2>/dev/null || true
  done

  ip link del "$BRIDGE" 2>/dev/null || true
  rm -rf "$NODE" "$RUN"
  echo "node: ${stopped:+stopped$stopped, }pods, containers and node state removed"
fi

if [ "$node_only" = 0 ]; then "$HERE/../down.sh"; fi
