[ "containers" "web" ]
