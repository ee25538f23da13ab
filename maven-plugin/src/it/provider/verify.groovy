// The company's provider ran: mirror registry, cost-centre label from the POM's properties.
def read = { String name -> new File(basedir, name).getText('UTF-8') }
assert read('Dockerfile') == read('approved-Dockerfile.txt')
assert read('.dockerignore') == read('approved-dockerignore.txt')
assert read('build.log').contains('[INFO] dockerdsl: wrote Dockerfile (provider com.acme.AcmeDockerfile)')
return true
