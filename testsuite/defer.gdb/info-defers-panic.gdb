set pagination off
set style enabled off
break release if i == 2
run
info defers
delete
break release if i == 20
continue
info defers
delete
continue
