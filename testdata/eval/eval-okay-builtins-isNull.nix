[ (isNull null) (builtins.isNull false) (isNull { }) ]
