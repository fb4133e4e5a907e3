# a constant ${"a"} key is a static attribute, so rec sees it
let a = 10; in rec { ${"a"} = 1; b = a; }
