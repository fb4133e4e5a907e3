[ { }.nothere ]
