# syntax=docker/dockerfile:1.4

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
RUN --mount=type=cache,id=maven,target=/root/.m2,sharing=locked \
    mvn -B -q dependency:go-offline
COPY src ./src
RUN --mount=type=cache,id=maven,target=/root/.m2,sharing=locked \
    mvn -B -q -DskipTests package

FROM maven:3.9-eclipse-temurin-17 AS jre
RUN jlink --add-modules java.base,java.logging \
    --strip-debug --no-man-pages --no-header-files --compress=2 \
    --output /opt/jre

FROM debian:bookworm-slim AS runtime
WORKDIR /app
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=jre --link /opt/jre /opt/jre
COPY --from=build --link /build/target/app.jar ./app.jar
USER 10001:10001
# dockerdsl:suppress DF015 -- healthcheck turned off in the preset options; the orchestrator probes the service
EXPOSE 8080
ENTRYPOINT ["/opt/jre/bin/java", "-XX:MaxRAMPercentage=60.0", "-XX:+ExitOnOutOfMemoryError", "-Xss512k", "-jar", "/app/app.jar"]
