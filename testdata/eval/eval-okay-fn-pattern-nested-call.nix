let f = { a ? { }, ... }: a.x or "none"; in [ (f { }) (f { a.x = "yes"; }) ]
