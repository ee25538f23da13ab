module example.com/dockerdsl/sample-go

// 1.19 is Debian bookworm's own Go: the app builds with it and with the 1.22 stand-in alike.
go 1.19
