module example.com/x

go one.twenty
