''$ and $$ and $x''
