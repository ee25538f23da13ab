FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
# HealthCheck: an HTTP probe in plain Java, as the runtime images have no curl or wget
RUN mkdir -p /opt/health \
    && printf '%s\n' 'public class HealthCheck { public static void main(String[] args) { try { java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI.create(args[0]).toURL().openConnection(); c.setConnectTimeout(2000); c.setReadTimeout(2000); System.exit(c.getResponseCode() == 200 ? 0 : 1); } catch (Exception e) { System.err.println(e); System.exit(1); } } }' > /opt/health/HealthCheck.java \
    && javac -d /opt/health /opt/health/HealthCheck.java \
    && rm /opt/health/HealthCheck.java
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
    ./gradlew --no-daemon -q assemble

FROM eclipse-temurin:21-jdk AS extract
WORKDIR /extract
COPY --from=build /build/build/libs/app.jar ./app.jar
RUN java -Djarmode=layertools -jar app.jar extract

FROM eclipse-temurin:21-jdk AS jre
RUN jlink --add-modules java.base,java.logging,java.net.http,jdk.httpserver \
    --strip-debug --no-man-pages --no-header-files --compress=zip-6 \
    --output /opt/jre

FROM debian:bookworm-slim AS runtime
WORKDIR /app
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=jre /opt/jre /opt/jre
COPY --from=build /opt/health /opt/health
COPY --from=extract --chown=10001:10001 /extract/dependencies/ ./
COPY --from=extract --chown=10001:10001 /extract/spring-boot-loader/ ./
COPY --from=extract --chown=10001:10001 /extract/snapshot-dependencies/ ./
COPY --from=extract --chown=10001:10001 /extract/application/ ./
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["/opt/jre/bin/java", "-Xmx16m", "-XX:+UseSerialGC", "-cp", "/opt/health", "HealthCheck", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["/opt/jre/bin/java", "-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError", "org.springframework.boot.loader.launch.JarLauncher"]
