set pagination off
set style enabled off
break release if i == 117
run
info defers
delete
break release if i == 100
continue
info defers
delete
continue
