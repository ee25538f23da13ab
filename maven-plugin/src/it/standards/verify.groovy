// The ACME jar, a plugin dependency, was found by name: generate applied its mirror, digests, CA and labels
// (approved-Dockerfile.txt, reviewed by hand), check agreed, and lint ran its company rule ACME001.
def read = { String name -> new File(basedir, name).getText('UTF-8') }
assert read('Dockerfile') == read('approved-Dockerfile.txt')
def log = read('build.log')
assert log.contains('[INFO] dockerdsl: wrote Dockerfile (preset java, standards acme)')
assert log.contains('[INFO] dockerdsl: Dockerfile is up to date (preset java, standards acme)')
assert log.contains("[ERROR] legacy/Dockerfile:1:1: error: [ACME001 InternalRegistryOnly] base image "
    + "'node:20.11.1-bookworm-slim' does not come from registry.acme.internal (fix: pull it through the mirror, "
    + "e.g. FROM registry.acme.internal/dockerhub/library/node:20.11.1-bookworm-slim)")
assert log.contains('[INFO] dockerdsl: 2 files checked: 1 error, 0 warnings, 0 info; 1 suppressed')
def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/dockerdsl/lint.sarif'))
// ACME's own waiver (DF039 for ca-certificates) is reported as suppressed; the one open finding is ACME001
assert sarif.runs[0].results.findAll { !it.suppressions }.collect { it.ruleId } == ['ACME001']
return true
