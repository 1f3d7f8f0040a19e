set pagination off
set style enabled off
break main
run
info defers
break probe
continue
info defers
break say
continue
info defers
delete
break release if i == 11
continue
info defers
delete
continue
