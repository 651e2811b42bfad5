# Builds and runs the service (KCC channel, scheduler, CLI) on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY sql sql
COPY src/main src/main
RUN ./mvnw -B -ntp -q -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/akeneo-khaos-sync-*.jar app.jar
COPY jobs jobs
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
