FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml ./
RUN --mount=type=cache,id=maven,target=/root/.m2,sharing=locked \
    mvn -B -q dependency:go-offline
COPY src ./src
RUN --mount=type=cache,id=maven,target=/root/.m2,sharing=locked \
    mvn -B -q -DskipTests package

FROM build AS layers
WORKDIR /layers
RUN mkdir -p dependencies/lib snapshot-dependencies/lib application \
    && cp -rp /build/target/lib/. dependencies/lib/ \
    && find dependencies/lib -name '*-SNAPSHOT.jar' -exec mv -t snapshot-dependencies/lib/ {} + \
    && cp -p /build/target/tool.jar application/app.jar

FROM eclipse-temurin:17-jre AS runtime
WORKDIR /app
RUN groupadd --system --gid 10001 app \
    && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
RUN mkdir -p /app/work \
    && chown 10001:10001 /app/work
COPY --from=layers /layers/dependencies/ ./
COPY --from=layers /layers/snapshot-dependencies/ ./
COPY --from=layers /layers/application/ ./
USER 10001:10001
# dockerdsl:suppress DF015 -- a batch worker without HTTP; the scheduler watches it
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75.0", "-XX:+ExitOnOutOfMemoryError", "-cp", "/app/app.jar:/app/lib/*", "com.acme.tool.Main"]
