[ (dirOf "/a/b/c") (dirOf "a/b") (dirOf "c") (dirOf "/a") (dirOf "a/b/") ]
