[ 1 "two" 3.5 true null ]
