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
COPY --from=build /src/target/onedoor-*.jar /app/onedoor.jar
RUN mkdir -p /app/data /app/config && chown -R onedoor:onedoor /app
USER onedoor
EXPOSE 8080
# Memory (README, "Memory and start-up"): on H2 the started application uses about 280 MB of heap and
# 95 MB of metaspace, 630 MB resident with a 512 MB heap. A fixed heap keeps the node from taking 3/4 of
# whatever the host has; the container limit (docker-compose.yml, mem_limit 1280m) leaves room for
# metaspace, code cache, thread stacks and direct buffers. Exit on OOM so that the orchestrator restarts.
ENV JAVA_TOOL_OPTIONS="-Xms256m -Xmx768m -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m -XX:+ExitOnOutOfMemoryError"
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/onedoor.jar"]
