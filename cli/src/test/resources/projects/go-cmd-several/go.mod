module example.com/tools/v2

go 1.23
