# Builds the portal and runs it as an unprivileged user. Used by docker-compose.yml.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/tochuc-portal-*.jar /portal.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --create-home --home-dir /home/portal portal && mkdir /data && chown portal /data
USER portal
COPY --from=build /portal.jar /app/portal.jar
ENV PORTAL_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Djava.awt.headless=true"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/portal.jar"]
