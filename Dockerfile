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
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["java", "-jar", "/app/onedoor.jar"]
