# syntax=docker/dockerfile:1.4

FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
# HealthCheck: an HTTP probe in plain Java, as the runtime images have no curl or wget
RUN mkdir -p /opt/health \
    && printf '%s\n' 'public class HealthCheck { public static void main(String[] args) { try { java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI.create(args[0]).toURL().openConnection(); c.setConnectTimeout(2000); c.setReadTimeout(2000); System.exit(c.getResponseCode() == 200 ? 0 : 1); } catch (Exception e) { System.err.println(e); System.exit(1); } } }' > /opt/health/HealthCheck.java \
    && javac -d /opt/health /opt/health/HealthCheck.java \
    && rm /opt/health/HealthCheck.java
COPY --chmod=0755 mvnw ./
COPY .mvn ./.mvn
COPY pom.xml ./
RUN --mount=type=cache,id=maven,target=/root/.m2,sharing=locked \
    --mount=type=secret,id=maven_settings,required \
    ./mvnw -B -q -s /run/secrets/maven_settings dependency:go-offline
COPY src ./src
RUN --mount=type=cache,id=maven,target=/root/.m2,sharing=locked \
    --mount=type=secret,id=maven_settings,required \
    ./mvnw -B -q -s /run/secrets/maven_settings -DskipTests package

FROM eclipse-temurin:17-jdk AS extract
WORKDIR /extract
COPY --from=build /build/target/app.jar ./app.jar
RUN java -Djarmode=layertools -jar app.jar extract

FROM eclipse-temurin:17-jre AS runtime
WORKDIR /app
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
COPY --from=build --link /opt/health /opt/health
COPY --from=extract --chown=10001:10001 --link /extract/dependencies/ ./
COPY --from=extract --chown=10001:10001 --link /extract/spring-boot-loader/ ./
COPY --from=extract --chown=10001:10001 --link /extract/snapshot-dependencies/ ./
COPY --from=extract --chown=10001:10001 --link /extract/application/ ./
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["java", "-Xmx16m", "-XX:+UseSerialGC", "-cp", "/opt/health", "HealthCheck", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError", "org.springframework.boot.loader.launch.JarLauncher"]
