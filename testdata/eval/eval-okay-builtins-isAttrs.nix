[ (builtins.isAttrs { }) (builtins.isAttrs [ ]) (builtins.isAttrs { outPath = "x"; }) ]
