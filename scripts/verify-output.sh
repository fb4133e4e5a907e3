#!/usr/bin/env bash
# verify-output.sh OUT_DIR: checks a tree written by `ncc build -o OUT_DIR` with the real
# tools: every script under etc/ncc/scripts through `bash -n` and shellcheck, every
# container unit through `systemd-analyze verify`. Prints what it checks; exits 1 on the
# first class of problem found, 2 on a usage error.
#
# What is verified, and what is not:
#
# 1. `systemd-analyze verify --root=OUT_DIR` on container@.service (systemd instantiates the
#    template as container@i.service) and on container@<name>.service for every drop-in
#    directory. With --root, systemd reads the units from OUT_DIR/etc/systemd/system and
#    resolves ExecStart= and the other commands inside OUT_DIR, so the scripts the units
#    name (/etc/ncc/scripts/... on the host) are checked to exist and be executable in the
#    tree. Any output at all fails. Units outside the tree (network.target, machines.target,
#    machine.slice) are not there, and --recursive-errors=no keeps them out of the check.
# 2. The same units with OUT_DIR/etc/systemd/system first on SYSTEMD_UNIT_PATH and the
#    host's own unit directories after it, as the units will be read on a real host; plus
#    multi-user.target with ncc's drop-in. Here the commands resolve on this machine, where
#    /etc/ncc/scripts does not exist, so systemd says "Command /etc/ncc/scripts/X is not
#    executable: No such file or directory". Exactly those lines are tolerated, and only
#    for scripts that check 1 proved present and executable in the tree; any other line
#    fails.
#
# Not verified: that the host has systemd-nspawn, machinectl, ip and nixos-container, and
# anything the scripts do when they run.
set -euo pipefail

if [[ $# -ne 1 || ! -d "$1" ]]; then
  echo "usage: $0 OUT_DIR   (a tree written by ncc build)" >&2
  exit 2
fi
out=$(cd "$1" && pwd)
unit_directory="$out/etc/systemd/system"
script_directory="$out/etc/ncc/scripts"
failed=0

fail() {
  echo "FAIL: $*" >&2
  failed=1
}

# --- scripts -------------------------------------------------------------------------

scripts=()
if [[ -d "$script_directory" ]]; then
  while IFS= read -r -d '' script; do
    scripts+=("$script")
  done < <(find "$script_directory" -type f -print0 | sort -z)
fi
echo "scripts: ${#scripts[@]} in ${script_directory#"$out"/}"
for script in "${scripts[@]}"; do
  if [[ ! -x "$script" ]]; then
    fail "${script#"$out"/} is not executable"
  fi
  if ! bash -n "$script"; then
    fail "bash -n ${script#"$out"/}"
  fi
done
if [[ ${#scripts[@]} -gt 0 ]]; then
  if ! shellcheck --shell=bash --severity=style "${scripts[@]}"; then
    fail "shellcheck reported the findings above"
  fi
fi

# --- units ---------------------------------------------------------------------------

units=()
if [[ -f "$unit_directory/container@.service" ]]; then
  units+=("container@.service")
fi
if [[ -d "$unit_directory" ]]; then
  while IFS= read -r -d '' drop_in_directory; do
    name=${drop_in_directory##*/}
    units+=("${name%.d}")
  done < <(find "$unit_directory" -maxdepth 1 -type d -name 'container@?*.service.d' -print0 | sort -z)
fi
echo "units: ${units[*]:-(none)}"

if [[ ${#units[@]} -gt 0 ]]; then
  # Check 1: inside the tree, everything must pass without a word.
  if ! report=$(systemd-analyze verify --root="$out" --recursive-errors=no "${units[@]}" 2>&1) ||
    [[ -n "$report" ]]; then
    fail "systemd-analyze verify --root=$out:"
    printf '%s\n' "$report" >&2
  fi

  # Check 2: against this machine's unit directories.
  host_units=("${units[@]}")
  if [[ -f "$unit_directory/multi-user.target.d/overrides.conf" ]]; then
    host_units+=("multi-user.target")
  fi
  report=$(SYSTEMD_UNIT_PATH="$unit_directory:" \
    systemd-analyze verify --recursive-errors=no "${host_units[@]}" 2>&1) || true
  unexpected=()
  while IFS= read -r line; do
    [[ -z "$line" ]] && continue
    pattern='^[^ ]+\.service: Command (/etc/ncc/scripts/[^ ]+) is not executable: No such file or directory$'
    if [[ "$line" =~ $pattern ]] && [[ -x "$out${BASH_REMATCH[1]}" ]] &&
      [[ ! -e "${BASH_REMATCH[1]}" ]]; then
      continue
    fi
    unexpected+=("$line")
  done <<< "$report"
  if [[ ${#unexpected[@]} -gt 0 ]]; then
    fail "SYSTEMD_UNIT_PATH=$unit_directory: systemd-analyze verify:"
    printf '%s\n' "${unexpected[@]}" >&2
  fi
fi

# --- links ---------------------------------------------------------------------------

# Every container ncc starts at boot must be linked to a unit file that is in the tree.
if [[ -d "$unit_directory/machines.target.wants" ]]; then
  while IFS= read -r -d '' link; do
    if [[ ! -e "$link" ]]; then
      fail "${link#"$out"/} -> $(readlink "$link") does not resolve"
    fi
  done < <(find "$unit_directory/machines.target.wants" -type l -print0)
fi

if [[ $failed -ne 0 ]]; then
  exit 1
fi
echo "ok: ${out}"
