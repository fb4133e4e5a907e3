builtins.tail [ ]
