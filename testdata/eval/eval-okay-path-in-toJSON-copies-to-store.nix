# toJSON writes a path as the store path it is copied to.
builtins.toJSON { config = ./store-copy/app.conf; files = [ ./store-copy/sub ]; }
