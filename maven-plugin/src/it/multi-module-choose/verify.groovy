// an aggregator with two application modules: without <module> the error names the parameter and the
// candidates, and nothing is written; the parameter (here -Ddockerdsl.module) picks one
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("dockerdsl: parameter 'module' is not set, and several modules of shop-parent build an "
    + "application: api (spring-boot-maven-plugin), admin (spring-boot-maven-plugin); set <module> to the one the "
    + "Dockerfile builds")
assert log.contains('[INFO] dockerdsl: detected application module admin: parameter module')
def dockerfile = new File(basedir, 'Dockerfile').getText('UTF-8')
assert dockerfile.contains('mvn -B -q -pl admin -am -DskipTests package')
assert dockerfile.contains('java -Djarmode=tools -jar /build/admin/target/shop-admin-1.0.0.jar extract')
return true
