(import ./dir).fromParent
