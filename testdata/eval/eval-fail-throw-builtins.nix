builtins.throw "explicit builtins"
