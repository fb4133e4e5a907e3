# A derivation's attributes copy their paths, also inside lists, and depend on them.
let d = derivation { name = "uses-sources"; system = "x86_64-linux"; builder = ./store-copy/sub/run.sh; srcs = [ ./store-copy/app.conf ./store-copy/sub ]; args = [ ./store-copy/sub/b.txt ]; }; in
[ d.drvPath d.outPath ]
