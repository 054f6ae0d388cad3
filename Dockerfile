# OneDoor application image: built from source in a Maven stage, run as a non-root user on a JRE.
# syntax=docker/dockerfile:1

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
# CJK fonts so that generated documents (agreements as PDF) render Chinese
RUN apt-get update \
 && apt-get install -y --no-install-recommends fonts-wqy-zenhei curl \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --system onedoor && useradd --system --gid onedoor --home-dir /app --shell /usr/sbin/nologin onedoor
WORKDIR /app
COPY --from=build --chown=onedoor:onedoor /src/target/onedoor-*.jar /tmp/onedoor.jar
RUN mkdir -p /app/data /app/config && chown -R onedoor:onedoor /app
USER onedoor
EXPOSE 8080
# Memory (README, "Memory and start-up"): on H2 the started application uses about 280 MB of heap and
# 95 MB of metaspace, 630 MB resident with a 512 MB heap. A fixed heap keeps the node from taking 3/4 of
# whatever the host has; the container limit (docker-compose.yml, mem_limit 1280m) leaves room for
# metaspace, code cache, thread stacks and direct buffers. Exit on OOM so that the orchestrator restarts.
ENV JAVA_TOOL_OPTIONS="-Xms256m -Xmx768m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m -XX:+ExitOnOutOfMemoryError"
# Start-up (issue #16, README "Memory and start-up", docs/benchmarks.md): the jar extracted (the application
# jar beside its libraries in lib/: classes load from plain jars instead of jars nested in the fat jar, a
# third of the start's CPU) and a class data sharing archive (AppCDS) written by one training start on a
# throw-away H2 database, which stops once the context is refreshed (Spring Boot's spring.context.exit).
# With the same JVM and options the archive is used; otherwise the JVM says so and starts without it.
RUN java -Djarmode=tools -jar /tmp/onedoor.jar extract --destination /app/release \
 && ONEDOOR_DATA_DIR=/tmp/cds-training java -XX:ArchiveClassesAtExit=/app/release/onedoor.jsa \
      -Dspring.context.exit=onRefresh -jar /app/release/onedoor.jar \
 && rm -rf /tmp/cds-training /tmp/onedoor.jar
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/release/onedoor.jsa", "-jar", "/app/release/onedoor.jar"]
