[ (baseNameOf "/a/b/c.txt") (baseNameOf "a/b/") (baseNameOf "c") (baseNameOf "") (baseNameOf "/") ]
