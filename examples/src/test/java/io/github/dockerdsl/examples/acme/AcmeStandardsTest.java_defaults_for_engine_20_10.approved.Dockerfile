FROM registry.acme.internal/dockerhub/library/maven:3.9-eclipse-temurin-17@sha256:5336a6e651155c58cd08c7ef779dc7e37e7df745187b5260fc374419f2a43044 AS build
WORKDIR /build
# HealthCheck: an HTTP probe in plain Java, as the runtime images have no curl or wget
RUN mkdir -p /opt/health \
    && printf '%s\n' 'public class HealthCheck { public static void main(String[] args) { try { java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI.create(args[0]).toURL().openConnection(); c.setConnectTimeout(2000); c.setReadTimeout(2000); System.exit(c.getResponseCode() == 200 ? 0 : 1); } catch (Exception e) { System.err.println(e); System.exit(1); } } }' > /opt/health/HealthCheck.java \
    && javac -d /opt/health /opt/health/HealthCheck.java \
    && rm /opt/health/HealthCheck.java
COPY pom.xml ./
RUN --mount=type=cache,id=maven,target=/root/.m2,sharing=locked \
    mvn -B -q dependency:go-offline
COPY src ./src
RUN --mount=type=cache,id=maven,target=/root/.m2,sharing=locked \
    mvn -B -q -DskipTests package

FROM registry.acme.internal/dockerhub/library/eclipse-temurin:17-jre@sha256:f08b433cca4c649825660002e2659f88a6fd25862a81a36d229ff7611b04b62b AS runtime
COPY --chmod=0644 acme-root-ca.crt /usr/local/share/ca-certificates/acme-root-ca.crt
# dockerdsl:suppress DF039 -- ca-certificates must follow the distribution's security updates
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && update-ca-certificates
WORKDIR /app
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=build /opt/health /opt/health
COPY --from=build --chown=10001:10001 /build/target/app.jar ./app.jar
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["java", "-Xmx16m", "-XX:+UseSerialGC", "-cp", "/opt/health", "HealthCheck", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
LABEL org.opencontainers.image.title=orders \
    org.opencontainers.image.description="The order service" \
    org.opencontainers.image.licenses=Apache-2.0 \
    org.opencontainers.image.vendor="ACME Corp" \
    com.acme.team=platform
