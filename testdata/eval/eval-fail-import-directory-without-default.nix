import ./store-copy
