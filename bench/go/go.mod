module panicbench

go 1.19
