// a port in application.yml that is no port: the error names the file, the key, the value and the parameter
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("dockerdsl: src/main/resources/application.yml server.port ('80800') is not a port; set the port with <port>")
assert !new File(basedir, 'Dockerfile').exists()
assert !new File(basedir, '.dockerignore').exists()
return true
