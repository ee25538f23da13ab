// check failed with a unified diff and the command that regenerates the file, and changed nothing.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('[ERROR] --- Dockerfile (on disk)')
assert log.contains('[ERROR] +++ Dockerfile (generated)')
assert log.contains('[ERROR] -EXPOSE 3000')
assert log.contains('[ERROR] +EXPOSE 8080')
assert log.contains("Dockerfile is out of date (preset node); regenerate with 'mvn dockerdsl:generate' and commit the result")
assert new File(basedir, 'Dockerfile').getText('UTF-8').contains('EXPOSE 3000')
return true
