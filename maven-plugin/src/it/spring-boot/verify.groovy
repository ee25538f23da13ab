// The Boot plugin in the model makes a layered Spring Boot image; finalName defaults to artifactId-version.
def read = { String name -> new File(basedir, name).getText('UTF-8') }
assert read('Dockerfile') == read('approved-Dockerfile.txt')
def log = read('build.log')
assert log.contains('[INFO] dockerdsl: detected Spring Boot 3.3.5: build plugin org.springframework.boot:spring-boot-maven-plugin')
assert log.contains('[INFO] dockerdsl: detected port 8080: Spring Boot default (no server.port in application.properties/yml)')
assert log.contains('[INFO] dockerdsl: detected no healthcheck: spring-boot-starter-actuator is not a dependency (with it, /actuator/health) (set <healthPath> to probe one)')
assert log.contains('[INFO] dockerdsl: detected jar target/orders-0.3.0-SNAPSHOT.jar: build.finalName')
assert log.contains('[INFO] dockerdsl: detected Java 17: property java.version')
return true
