# A path interpolated into a string, or added to one, is copied to the store: the string
# is the store path named by the path's contents (its NAR hash) and its base name.
[ "${./store-copy/app.conf}" "${./store-copy}" ("prefix " + ./store-copy/sub) "${./store-copy/sub/run.sh} --flag" ]
