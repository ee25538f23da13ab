// At the root of an aggregator the goals run once, there: the Dockerfile builds the application module
// (the only one with Spring Boot's plugin) from the root, with every module's pom.xml copied first, and
// its facts come from the reactor's model of that module. The modules get no files of their own.
def read = { String name -> new File(basedir, name).getText('UTF-8') }
assert read('Dockerfile') == read('approved-Dockerfile.txt')
assert read('.dockerignore') == read('approved-dockerignore.txt')
for (module in ['lib', 'app']) {
  assert !new File(basedir, "${module}/Dockerfile").exists()
  assert !new File(basedir, "${module}/.dockerignore").exists()
}
def log = read('build.log')
assert log.count('--- dockerdsl:') == 2 : 'generate and check each run once, at the root'
assert log =~ /--- dockerdsl:[^:]+:generate \(default-cli\) @ shop-parent ---/
for (line in [
    'application module app: the only module with spring-boot-maven-plugin (set <module> to build another)',
    'multi-module build: 2 modules (lib, app) from the reactor, every pom.xml copied before the sources; build with -pl app -am',
    'Spring Boot 3.5.7: build plugin org.springframework.boot:spring-boot-maven-plugin',
    // the app module's own application.yml, its default profile (the 'local' profile's 8081 is not the image's)
    "port 9090: app/src/main/resources/application.yml server.port ('9090')",
    "healthcheck http://127.0.0.1:9090/manage/health: spring-boot-starter-actuator, app/src/main/resources/application.yml management.endpoints.web.base-path ('/manage')",
    'jar app/target/shop-app-2.1.0-SNAPSHOT.jar: build.finalName of shop-app',
    'Java 17: property maven.compiler.release']) {
  assert log.contains('[INFO] dockerdsl: detected ' + line) : line
}
assert log.contains('[INFO] dockerdsl: Dockerfile is up to date (preset java)')
// nothing was resolved to write it: no warning about modules not built yet
assert !log.contains('could not be resolved')
return true
