# syntax=docker/dockerfile:1.4

FROM registry.acme.internal/dockerhub/library/gradle:8-jdk17@sha256:ead2f7d9fe23f5de19a735e498ba861aa7de2190a22eb2b580484887e9ed4528 AS build
WORKDIR /build
# HealthCheck: an HTTP probe in plain Java, as the runtime images have no curl or wget
RUN mkdir -p /opt/health \
    && printf '%s\n' 'public class HealthCheck { public static void main(String[] args) { try { java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI.create(args[0]).toURL().openConnection(); c.setConnectTimeout(2000); c.setReadTimeout(2000); System.exit(c.getResponseCode() == 200 ? 0 : 1); } catch (Exception e) { System.err.println(e); System.exit(1); } } }' > /opt/health/HealthCheck.java \
    && javac -d /opt/health /opt/health/HealthCheck.java \
    && rm /opt/health/HealthCheck.java
COPY settings.gradle* build.gradle* gradle.properties* ./
RUN --mount=type=cache,id=gradle,target=/root/.gradle/caches,sharing=locked \
    gradle --no-daemon -q dependencies
COPY src ./src
RUN --mount=type=cache,id=gradle,target=/root/.gradle/caches,sharing=locked \
    gradle --no-daemon -q assemble

FROM registry.acme.internal/dockerhub/library/gradle:8-jdk17@sha256:ead2f7d9fe23f5de19a735e498ba861aa7de2190a22eb2b580484887e9ed4528 AS jre
RUN jlink --add-modules java.base,java.logging,java.net.http,jdk.httpserver \
    --strip-debug --no-man-pages --no-header-files --compress=2 \
    --output /opt/jre

FROM registry.acme.internal/dockerhub/library/debian:bookworm-slim@sha256:9e19588af3b82443b2490b9df6c85d79a87108549aaef7a9a11b42d395f50509 AS runtime
COPY --chmod=0644 acme-root-ca.crt /usr/local/share/ca-certificates/acme-root-ca.crt
# dockerdsl:suppress DF039 -- ca-certificates must follow the distribution's security updates
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && update-ca-certificates
WORKDIR /app
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=jre --link /opt/jre /opt/jre
COPY --from=build --link /opt/health /opt/health
COPY --from=build --chown=10001:10001 --link /build/build/libs/app.jar ./app.jar
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["/opt/jre/bin/java", "-Xmx16m", "-XX:+UseSerialGC", "-cp", "/opt/health", "HealthCheck", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["/opt/jre/bin/java", "-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
LABEL org.opencontainers.image.vendor="ACME Corp" \
    com.acme.team=platform
