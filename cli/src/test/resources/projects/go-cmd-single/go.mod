module example.com/svc

go 1.21.0

toolchain go1.22.5

require golang.org/x/net v0.20.0
