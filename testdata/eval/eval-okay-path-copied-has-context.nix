# The string a copied path gives refers to that store path; toString does not copy.
let s = "${./store-copy/app.conf}"; in
[ (builtins.hasContext s) (builtins.getContext s) (builtins.hasContext (toString ./store-copy/app.conf)) (baseNameOf (toString ./store-copy/app.conf)) ]
