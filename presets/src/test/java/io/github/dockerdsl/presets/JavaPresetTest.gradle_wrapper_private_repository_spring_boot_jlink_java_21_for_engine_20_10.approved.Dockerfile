FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS healthprobe
ARG TARGETOS
ARG TARGETARCH
RUN --mount=type=cache,id=go-build,target=/root/.cache/go-build \
    mkdir -p /tmp/healthprobe /out \
    && printf '%s\n' \
    '// healthprobe: exits 0 when GET on the URL answers 2xx within 3 s (dockerdsl preset probe).' \
    'package main' \
    'import (' \
    '  "bufio"' \
    '  "fmt"' \
    '  "net"' \
    '  "os"' \
    '  "strings"' \
    '  "time"' \
    ')' \
    'func main() {' \
    '  if len(os.Args) != 2 || !strings.HasPrefix(os.Args[1], "http://") {' \
    '    fmt.Fprintln(os.Stderr, "usage: healthprobe http://HOST:PORT/PATH")' \
    '    os.Exit(2)' \
    '  }' \
    '  host, path := strings.TrimPrefix(os.Args[1], "http://"), "/"' \
    '  if i := strings.Index(host, "/"); i >= 0 {' \
    '    host, path = host[:i], host[i:]' \
    '  }' \
    '  conn, err := net.DialTimeout("tcp", host, 3*time.Second)' \
    '  if err != nil {' \
    '    fmt.Fprintln(os.Stderr, "unhealthy:", err)' \
    '    os.Exit(1)' \
    '  }' \
    '  conn.SetDeadline(time.Now().Add(3 * time.Second))' \
    '  fmt.Fprintf(conn, "GET %s HTTP/1.0\r\nHost: %s\r\nUser-Agent: healthprobe\r\n\r\n", path, host)' \
    '  status, err := bufio.NewReader(conn).ReadString(10)' \
    '  conn.Close()' \
    '  fields := strings.Fields(status)' \
    '  if err == nil && len(fields) >= 2 && strings.HasPrefix(fields[0], "HTTP/") && len(fields[1]) == 3 && fields[1][0] == 50 {' \
    '    os.Exit(0)' \
    '  }' \
    '  fmt.Fprintln(os.Stderr, "unhealthy:", strings.TrimSpace(status), err)' \
    '  os.Exit(1)' \
    '}' \
    > /tmp/healthprobe/main.go \
    && cd /tmp/healthprobe && GOFLAGS= CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags="-s -w" -o /out/healthprobe main.go

FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
COPY --chmod=0755 gradlew ./
COPY gradle ./gradle
COPY settings.gradle* build.gradle* gradle.properties* ./
RUN --mount=type=cache,id=gradle,target=/root/.gradle/caches,sharing=locked \
    --mount=type=cache,id=gradle-wrapper,target=/root/.gradle/wrapper,sharing=locked \
    --mount=type=secret,id=gradle_properties,target=/root/.gradle/gradle.properties,required \
    ./gradlew --no-daemon -q dependencies
COPY src ./src
RUN --mount=type=cache,id=gradle,target=/root/.gradle/caches,sharing=locked \
    --mount=type=cache,id=gradle-wrapper,target=/root/.gradle/wrapper,sharing=locked \
    --mount=type=secret,id=gradle_properties,target=/root/.gradle/gradle.properties,required \
    ./gradlew --no-daemon -q bootJar

FROM build AS extract
WORKDIR /layers
RUN java -Djarmode=tools -jar /build/build/libs/app.jar extract --layers --launcher --destination .

FROM eclipse-temurin:21-jdk AS jre
RUN jlink --add-modules java.base,java.logging,java.net.http,jdk.httpserver \
    --strip-debug --no-man-pages --no-header-files --compress=zip-6 \
    --output /opt/jre

FROM debian:bookworm-slim AS runtime
WORKDIR /app
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=jre /opt/jre /opt/jre
COPY --from=healthprobe /out/healthprobe /usr/local/bin/healthprobe
COPY --from=extract /layers/dependencies/ ./
COPY --from=extract /layers/spring-boot-loader/ ./
COPY --from=extract /layers/snapshot-dependencies/ ./
COPY --from=extract /layers/application/ ./
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=30s --retries=3 CMD ["/usr/local/bin/healthprobe", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["/opt/jre/bin/java", "-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError", "org.springframework.boot.loader.launch.JarLauncher"]
