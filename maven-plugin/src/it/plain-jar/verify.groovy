// The files generate wrote are the approved ones (approved-*.txt, reviewed by hand), and check and lint passed on them.
def read = { String name -> new File(basedir, name).getText('UTF-8') }
assert read('Dockerfile') == read('approved-Dockerfile.txt')
assert read('.dockerignore') == read('approved-dockerignore.txt')
def log = read('build.log')
assert log.contains('[INFO] dockerdsl: detected jar target/hello.jar: build.finalName')
assert log.contains('[INFO] dockerdsl: detected Java 21: property maven.compiler.release')
assert log.contains('[INFO] dockerdsl: Dockerfile is up to date (preset java)')
assert log.contains('[INFO] dockerdsl: 1 file checked: 0 errors')
def sarif = new File(basedir, 'target/dockerdsl/lint.sarif')
assert sarif.isFile()
assert new groovy.json.JsonSlurper().parse(sarif).version == '2.1.0'
return true
