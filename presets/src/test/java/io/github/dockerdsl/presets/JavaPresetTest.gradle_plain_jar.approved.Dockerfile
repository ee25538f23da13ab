# syntax=docker/dockerfile:1.4

FROM gradle:8-jdk17 AS build
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

FROM eclipse-temurin:17-jre AS runtime
WORKDIR /app
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=build --link /opt/health /opt/health
COPY --from=build --chown=10001:10001 --link /build/build/libs/orders-1.0.jar ./app.jar
USER 10001:10001
EXPOSE 9000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["java", "-Xmx16m", "-XX:+UseSerialGC", "-cp", "/opt/health", "HealthCheck", "http://127.0.0.1:9000/actuator/health"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
