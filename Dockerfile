# Builds and runs the service from the repository.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY corpus corpus
COPY translations translations
RUN ./mvnw -B -q package -DskipTests \
 && java -Djarmode=tools -jar target/assistant-*.jar extract --destination /app \
 && mv /app/assistant-*.jar /app/assistant.jar

FROM eclipse-temurin:25-jre
WORKDIR /app
RUN useradd --system --uid 10001 assistant && mkdir -p /app/data && chown assistant /app/data
COPY --from=build /app /app
# A training run records an ahead-of-time class cache. It runs as the service's user with its data in
# a scratch directory that is removed: a database left in /app/data would be owned by the wrong user,
# and the named volume is seeded from the image ("database is read only" in the container).
RUN chown assistant /app
USER assistant
RUN ASSISTANT_DATA_DIR=/tmp/aot-training java -XX:AOTCacheOutput=/app/assistant.aot -Dspring.context.exit=onRefresh \
      -jar /app/assistant.jar \
 && rm -rf /tmp/aot-training \
 && test -z "$(ls -A /app/data)"
ENV ASSISTANT_DATA_DIR=/app/data
EXPOSE 8080
ENTRYPOINT ["java", "-XX:AOTCache=/app/assistant.aot", "-XX:MaxRAMPercentage=75", "-jar", "/app/assistant.jar"]
