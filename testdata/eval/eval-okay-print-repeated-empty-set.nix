let e = { }; in [ e e ]
