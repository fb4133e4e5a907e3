#!/usr/bin/env bash
# compare-files-with-nix.sh LIBDIR DIR...: every distinct `.nix` file under the DIRs (real
# repositories' checkouts, say) that real Nix evaluates on its own must evaluate to the same
# value in ncc. Each file is imported; a function with a set pattern is given nixpkgs lib
# as `lib` where it asks for it (LIBDIR, a nixpkgs lib checkout, its lib/ or root), and
# nothing else. `nix-instantiate --eval --strict --json` and `ncc eval --json` evaluate the
# same expression; a file Nix cannot evaluate so (a module wanting `config` and `pkgs`, a
# file reading `<nixpkgs>`) is left out, a file ncc fails on or gives another value for is
# listed. Prints the counts; exits 1 on any difference. Two files at a time; 20 s each.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
[[ $# -ge 2 ]] || { echo "usage: $0 LIBDIR DIR..." >&2; exit 2; }
libdir="$(cd "$1" && pwd)"
[[ -f "$libdir/lib/default.nix" ]] && libdir="$libdir/lib"
shift
cargo build --release -q --manifest-path "$root/Cargo.toml"
ncc="${CARGO_TARGET_DIR:-$root/target}/release/ncc"

python3 - "$ncc" "$libdir" "$@" <<'PY'
import concurrent.futures, hashlib, json, os, subprocess, sys, tempfile

ncc, libdir, dirs = sys.argv[1], sys.argv[2], sys.argv[3:]
home = tempfile.mkdtemp()
expression = """{ file, libDir }:
let f = import (/. + file); lib = import (/. + libDir); in
if builtins.isFunction f then
  (let a = builtins.functionArgs f; in
   if a == { } then throw "not a function of a set"
   else f (builtins.intersectAttrs a { inherit lib; }))
else f"""

def files():
    seen = set()
    for top in dirs:
        for directory, subdirectories, names in os.walk(top):
            subdirectories[:] = sorted(d for d in subdirectories if d != ".git")
            for name in sorted(names):
                path = os.path.abspath(os.path.join(directory, name))
                if not name.endswith(".nix") or not os.path.isfile(path):
                    continue
                digest = hashlib.sha1(open(path, "rb").read()).hexdigest()
                if digest not in seen:
                    seen.add(digest)
                    yield path

def run(command, cwd):
    environment = {"PATH": os.environ["PATH"], "HOME": home, "NIX_PATH": ""}
    try:
        done = subprocess.run(command, capture_output=True, timeout=20, cwd=cwd, env=environment)
    except subprocess.TimeoutExpired:
        return None, "", "timed out"
    return done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")[-400:]

def compare(path):
    arguments = ["--argstr", "file", path, "--argstr", "libDir", libdir, "--expr", expression]
    cwd = os.path.dirname(path)
    status, nix, _ = run(["nix-instantiate", "--store", "dummy://", "--eval", "--strict", "--json"] + arguments, cwd)
    if status != 0:
        return "left out", path, ""
    status, ours, error = run([ncc, "eval", "--root", "/", "--json"] + arguments, cwd)
    if status != 0:
        return "ncc failed", path, error
    if json.loads(nix) != json.loads(ours):
        return "different", path, ours[:400]
    return "same", path, ""

counts = {}
found = list(files())
with concurrent.futures.ThreadPoolExecutor(2) as pool:
    for verdict, path, detail in pool.map(compare, found):
        counts[verdict] = counts.get(verdict, 0) + 1
        if verdict not in ("same", "left out"):
            print(f"{verdict}: {path}\n  {detail.strip()}")
print(f"{len(found)} distinct files: " + ", ".join(f"{n} {v}" for v, n in sorted(counts.items())))
sys.exit(1 if set(counts) - {"same", "left out"} else 0)
PY
