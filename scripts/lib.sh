# Shared by the scripts that capture expected outputs from real Nix; sourced, not run.
# shellcheck shell=bash

# Makes $work (removed when the script exits) with home/, new/ (what the tool gives now)
# and old/ (what the repository holds), and a reproducible environment for Nix: no search
# path, no user configuration, a fixed locale.
nix_sandbox() {
    work=$(mktemp -d)
    trap 'rm -rf -- "$work"' EXIT
    mkdir -p -- "$work/home" "$work/new" "$work/old"
    export NIX_PATH=
    export HOME="$work/home"
    export XDG_CONFIG_HOME="$work/home/.config"
    export XDG_CACHE_HOME="$work/home/.cache"
    export LC_ALL=C.UTF-8
    unset NIX_CONF_DIR NIX_USER_CONF_FILES NIX_CONFIG || true
}

# check_or_write CHECK DIR STALE EXISTING...: the outputs in $work/new against EXISTING,
# the files of the current directory that the repository holds. With CHECK=1 a difference
# is shown and fails with the message STALE; otherwise EXISTING are replaced in DIR by
# $work/new. Stops first if a case was broken (FAILED=1).
check_or_write() {
    local check=$1 dir=$2 stale=$3
    shift 3
    if (( ${failed:-0} )); then
        echo "error: some cases are broken; nothing was written" >&2
        exit 1
    fi
    if (( check )); then
        if (( $# )); then
            cp -- "$@" "$work/old/"
        fi
        if ! (cd -- "$work" && diff -r -u -- old new) >&2; then
            echo "error: $stale" >&2
            exit 1
        fi
    else
        if (( $# )); then
            rm -f -- "$@"
        fi
        cp -- "$work/new"/* "$dir/"
    fi
}
