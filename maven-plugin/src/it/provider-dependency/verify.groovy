// The provider found the class of its compile dependency (else: NoClassDefFoundError) and ran.
def read = { String name -> new File(basedir, name).getText('UTF-8') }
assert read('build.log').contains('[INFO] dockerdsl: wrote Dockerfile (provider com.acme.LedgerDockerfile)')
assert read('Dockerfile').contains('LABEL com.acme.built-in-phase=package')
assert !new File(basedir, '.dockerignore').exists()
return true
