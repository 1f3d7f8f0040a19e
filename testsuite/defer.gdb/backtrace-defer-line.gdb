set pagination off
set style enabled off
break release
run
bt 2
continue
bt 2
continue
