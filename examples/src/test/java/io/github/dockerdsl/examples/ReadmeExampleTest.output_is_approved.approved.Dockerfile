FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY go.mod ./
RUN --mount=type=cache,target=/root/go/pkg/mod \
    go mod download
COPY . .
RUN go vet ./... \
    && CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o /out/app .

FROM scratch
COPY --from=build /out/app /app
USER 10001:10001
EXPOSE 8080
HEALTHCHECK CMD ["/app", "-health"]
ENTRYPOINT ["/app"]
