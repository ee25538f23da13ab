module example.com/inventory

go 1.22

require example.com/greet v0.1.0

// greet is a tiny module kept in this repository, vendored like any other dependency
replace example.com/greet => ./third_party/greet
