# the importing file's lexical "hidden" is not in scope here, so
# the with-bound one is found
with { hidden = "from lib"; }; hidden
