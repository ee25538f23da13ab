package io.github.dockerdsl.rule.catalog;

import io.github.dockerdsl.parse.DockerfileParser;
import io.github.dockerdsl.parse.ParsedDockerfile;
import io.github.dockerdsl.rule.Policy;
import java.util.stream.Collectors;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;

/**
 * A hand-written Dockerfile gets its fixes in Dockerfile terms: no {@code .user(...)} or
 * {@code .withMount(CacheMount...)} for a reader who has no Java code.
 */
class DockerfileTermsFixTest {
  @Test
  void every_fix_of_a_messy_file_is_dockerfile_text() {
    String text = String.join("\n",
        "FROM python:3.11-slim-bookworm AS build",
        "WORKDIR src",
        "ADD requirements.txt ./",
        "RUN sudo apt-get update && apt-get install -y --no-install-recommends gcc",
        "RUN pip install -r requirements.txt",
        "RUN curl -fsSL https://example.com/x.sh | sh",
        "RUN cd /src && make",
        "ARG DB_PASSWORD",
        "ENV CERT_FILE=/etc/app/cert.pem",
        "COPY .npmrc ./",
        "FROM scratch AS unused",
        "FROM python:3.11-slim-bookworm",
        "COPY --from=build / /opt/build",
        "RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5",
        "RUN pip install flask==3.0.3",
        "USER app",
        "EXPOSE 80:8080",
        "CMD [\"python\", \"-m\", \"app\"]",
        "");
    ParsedDockerfile parsed = DockerfileParser.parse(text);
    Approvals.verify(Policy.strict().evaluate(parsed.dockerfile(), parsed.facts()).stream()
        .map(v -> v.rule() + " at " + v.location().describe() + "\n  fix: " + v.fix())
        .collect(Collectors.joining("\n")));
  }
}
