# syntax=docker/dockerfile:1.4

FROM maven:3.9-eclipse-temurin-21 AS build
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

FROM maven:3.9-eclipse-temurin-21 AS extract
WORKDIR /extract
COPY --from=build /build/target/app.jar ./app.jar
RUN java -Djarmode=layertools -jar app.jar extract

FROM gcr.io/distroless/java21-debian12:nonroot AS runtime
WORKDIR /app
COPY --from=build --link /opt/health /opt/health
COPY --from=extract --chown=65532:65532 --link /extract/dependencies/ ./
COPY --from=extract --chown=65532:65532 --link /extract/spring-boot-loader/ ./
COPY --from=extract --chown=65532:65532 --link /extract/snapshot-dependencies/ ./
COPY --from=extract --chown=65532:65532 --link /extract/application/ ./
USER 65532:65532
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["/usr/bin/java", "-Xmx16m", "-XX:+UseSerialGC", "-cp", "/opt/health", "HealthCheck", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["/usr/bin/java", "-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError", "org.springframework.boot.loader.launch.JarLauncher"]
